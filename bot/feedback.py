"""SQLite record of answers given in Slack, feedback clicks on them (each click, and each person's vote with
its reason), and ingest runs."""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import sqlite3
import threading
import uuid
from collections import Counter, defaultdict
from contextlib import closing
from dataclasses import astuple, dataclass, fields
from pathlib import Path
from typing import TextIO

from bot.answer.models import Answer

log = logging.getLogger("smabot.feedback")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answers (
    answer_id TEXT PRIMARY KEY, question TEXT NOT NULL, answer_json TEXT NOT NULL,
    user_id TEXT, channel_id TEXT, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT, answer_id TEXT NOT NULL, question TEXT NOT NULL,
    user_id TEXT NOT NULL, verdict TEXT NOT NULL CHECK (verdict IN ('helpful', 'not_helpful')),
    created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS ingest_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT, mode TEXT NOT NULL, outcome TEXT NOT NULL,
    summary TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS votes (
    answer_id TEXT NOT NULL, user_id TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('helpful', 'not_helpful')),
    reason TEXT, note TEXT, updated_at TEXT NOT NULL, PRIMARY KEY (answer_id, user_id));
"""
# Schema versions (PRAGMA user_version): 1 added `votes`, each person's last click per answer with its reason,
# filled from the clicks already in `feedback` (which stay as they were).
SCHEMA_VERSION = 1
_MIGRATIONS = {1: """
INSERT OR IGNORE INTO votes (answer_id, user_id, verdict, updated_at)
    SELECT answer_id, user_id, verdict, created_at FROM feedback
    WHERE id IN (SELECT MAX(id) FROM feedback GROUP BY answer_id, user_id);
"""}

REASONS = {
    "wrong_number": "Wrong number",
    "wrong_source": "Wrong or missing source",
    "outdated": "Outdated",
    "not_answered": "Didn't answer the question",
    "other": "Other",
}
NOTE_LIMIT = 1000


@dataclass(frozen=True)
class Vote:
    """One person's current verdict on one answer."""

    answer_id: str
    question: str
    route: str
    user_id: str
    verdict: str
    reason: str | None
    note: str | None
    updated_at: str


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


class AnswerLog:
    """Thread-safe; one short-lived connection per call. An unwritable data folder is logged, never fatal:
    answers are still given, only not kept."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._ready = False
        try:
            self._connect().close()
        except (OSError, sqlite3.Error) as exc:
            log.error("the answer log %s is not usable (%s); answers will not be recorded until it is", path, exc)

    def _connect(self) -> sqlite3.Connection:
        if not self._ready:  # created on first use, so a data folder fixed later is picked up
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(self.path, timeout=10)) as db:
                db.executescript(_SCHEMA)
                migrate(db)
            self._ready = True
        return sqlite3.connect(self.path, timeout=10)

    def _write(self, sql: str, params: tuple) -> None:
        with self._lock, closing(self._connect()) as db, db:
            db.execute(sql, params)

    def record_answer(self, answer: Answer, user_id: str | None, channel_id: str | None) -> str:
        """The answer's id; a failed write is logged, not raised (the answer is given all the same)."""
        answer_id = uuid.uuid4().hex[:16]
        try:
            self._write("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?)",
                        (answer_id, answer.question, answer.model_dump_json(), user_id, channel_id, _now()))
        except (OSError, sqlite3.Error) as exc:
            log.error("answer %s not recorded in %s: %s", answer_id, self.path, exc)
        return answer_id

    def get_answer(self, answer_id: str) -> Answer | None:
        """None when the answer is unknown or the log cannot be read (logged)."""
        try:
            with closing(self._connect()) as db:
                row = db.execute("SELECT answer_json FROM answers WHERE answer_id = ?", (answer_id,)).fetchone()
        except (OSError, sqlite3.Error) as exc:
            log.error("answer %s cannot be read from %s: %s", answer_id, self.path, exc)
            return None
        return Answer.model_validate(json.loads(row[0])) if row else None

    def record_feedback(self, answer_id: str, user_id: str, verdict: str) -> bool:
        """The click is logged and becomes the person's vote on the answer, replacing an earlier one (and its
        reason). False when the answer is unknown (nothing is stored then)."""
        answer = self.get_answer(answer_id)
        if answer is None:
            return False
        now = _now()
        with self._lock, closing(self._connect()) as db, db:
            db.execute("INSERT INTO feedback (answer_id, question, user_id, verdict, created_at) "
                       "VALUES (?, ?, ?, ?, ?)", (answer_id, answer.question, user_id, verdict, now))
            db.execute("INSERT INTO votes (answer_id, user_id, verdict, updated_at) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT (answer_id, user_id) DO UPDATE SET verdict = excluded.verdict, reason = NULL, "
                       "note = NULL, updated_at = excluded.updated_at", (answer_id, user_id, verdict, now))
        return True

    def record_reason(self, answer_id: str, user_id: str, reason: str, note: str | None) -> bool:
        """Why the person's 👎 was given. False (nothing stored) when the reason is not one of REASONS or their
        vote on the answer is not 👎 (unknown answer, or changed since)."""
        if reason not in REASONS:
            return False
        with self._lock, closing(self._connect()) as db, db:
            changed = db.execute("UPDATE votes SET reason = ?, note = ?, updated_at = ? WHERE answer_id = ? "
                                 "AND user_id = ? AND verdict = 'not_helpful'",
                                 (reason, (note or "").strip()[:NOTE_LIMIT] or None, _now(), answer_id, user_id))
            return changed.rowcount == 1

    def votes(self, since: dt.datetime | None = None) -> list[Vote]:
        """Current votes (last click per person per answer), newest first; since: changed at or after."""
        with closing(self._connect()) as db:
            rows = db.execute(
                "SELECT v.answer_id, a.question, a.answer_json, v.user_id, v.verdict, v.reason, v.note, v.updated_at "
                "FROM votes v JOIN answers a USING (answer_id) WHERE v.updated_at >= ? "
                "ORDER BY v.updated_at DESC, v.rowid DESC",
                ((since or dt.datetime.min.replace(tzinfo=dt.timezone.utc)).isoformat(timespec="seconds"),)).fetchall()
        return [Vote(answer_id, question, json.loads(answer_json).get("route", "unknown"), user, verdict, reason,
                     note, at) for answer_id, question, answer_json, user, verdict, reason, note, at in rows]

    def feedback(self) -> list[tuple[str, str, str, str]]:
        """(answer_id, question, user_id, verdict) in click order."""
        with closing(self._connect()) as db:
            return db.execute("SELECT answer_id, question, user_id, verdict FROM feedback ORDER BY id").fetchall()

    def record_ingest(self, user_id: str | None, mode: str, outcome: str, summary: str) -> None:
        self._write("INSERT INTO ingest_runs (user_id, mode, outcome, summary, created_at) VALUES (?, ?, ?, ?, ?)",
                    (user_id, mode, outcome, summary, _now()))

    def recent_ingests(self, limit: int = 5) -> list[tuple[str, str, str, str, str]]:
        """(created_at, user_id, mode, outcome, summary), newest first."""
        with closing(self._connect()) as db:
            return db.execute("SELECT created_at, user_id, mode, outcome, summary FROM ingest_runs "
                              "ORDER BY id DESC LIMIT ?", (limit,)).fetchall()


def migrate(db: sqlite3.Connection) -> None:
    """Bring an existing answer log up to SCHEMA_VERSION, one step per transaction; no row is dropped."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    for step in range(version + 1, SCHEMA_VERSION + 1):
        db.executescript(f"BEGIN; {_MIGRATIONS[step]} PRAGMA user_version = {step}; COMMIT;")


def summarize_votes(votes: list[Vote], worst: int = 5) -> str:
    """Plain-text summary: totals, by route, 👎 by reason, and the answers with the most 👎 (net of 👍)."""
    if not votes:
        return "No feedback recorded yet."
    by_route: dict[str, Counter] = defaultdict(Counter)
    for vote in votes:
        by_route[vote.route][vote.verdict] += 1
    down = [v for v in votes if v.verdict == "not_helpful"]
    lines = [f"Votes: {len(votes)} ({len(votes) - len(down)} helpful, {len(down)} not helpful)", "", "By route:"]
    lines += [f"  {route:<10} {c['helpful']:>4} helpful {c['not_helpful']:>4} not helpful"
              for route, c in sorted(by_route.items())]
    lines += ["", "Not helpful, by reason:"]
    reasons = Counter(REASONS.get(v.reason or "", "(no reason given)") for v in down)
    lines += [f"  {label:<27} {n:>4}" for label, n in reasons.most_common()] or ["  (none)"]
    score: Counter = Counter()
    for vote in votes:
        score[vote.answer_id] += 1 if vote.verdict == "not_helpful" else -1
    questions = {v.answer_id: v for v in votes}
    bad = [(answer_id, n) for answer_id, n in score.most_common() if n > 0][:worst]
    lines += ["", "Worst answers:"]
    for answer_id, n in bad:
        vote = questions[answer_id]
        why = sorted({REASONS[v.reason] for v in down if v.answer_id == answer_id and v.reason})
        lines.append(f"  {n:>+3} {answer_id} [{vote.route}] {vote.question[:100]}"
                     + (f" ({'; '.join(why)})" if why else ""))
    if not bad:
        lines.append("  (none)")
    return "\n".join(lines)


def write_votes_csv(votes: list[Vote], out: TextIO) -> None:
    writer = csv.writer(out)
    writer.writerow([f.name for f in fields(Vote)])
    writer.writerows(astuple(v) for v in votes)
