"""SQLite record of answers given in Slack, feedback clicks on them, and ingest runs."""

from __future__ import annotations

import datetime as dt
import json
import logging
import sqlite3
import threading
import uuid
from contextlib import closing
from pathlib import Path

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
"""


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
            with closing(sqlite3.connect(self.path, timeout=10)) as db, db:
                db.executescript(_SCHEMA)
            self._ready = True
        return sqlite3.connect(self.path, timeout=10)

    def _write(self, sql: str, params: tuple) -> None:
        with self._lock, closing(self._connect()) as db, db:
            db.execute(sql, params)

    @staticmethod
    def new_answer_id() -> str:
        return uuid.uuid4().hex[:16]

    def record_answer(self, answer: Answer, user_id: str | None, channel_id: str | None,
                      answer_id: str | None = None) -> str:
        """The answer's id; a failed write is logged, not raised (the answer has been or will be given)."""
        answer_id = answer_id or self.new_answer_id()
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
        """False when the answer is unknown (nothing is stored then)."""
        answer = self.get_answer(answer_id)
        if answer is None:
            return False
        self._write("INSERT INTO feedback (answer_id, question, user_id, verdict, created_at) VALUES (?, ?, ?, ?, ?)",
                    (answer_id, answer.question, user_id, verdict, _now()))
        return True

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
