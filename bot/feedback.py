"""SQLite record of answers given in Slack, feedback clicks on them, and ingest runs."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import threading
import uuid
from contextlib import closing
from pathlib import Path

from bot.answer.models import Answer

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
    """Thread-safe; one short-lived connection per call."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def _write(self, sql: str, params: tuple) -> None:
        with self._lock, closing(self._connect()) as db, db:
            db.execute(sql, params)

    def record_answer(self, answer: Answer, user_id: str | None, channel_id: str | None) -> str:
        answer_id = uuid.uuid4().hex[:16]
        self._write("INSERT INTO answers VALUES (?, ?, ?, ?, ?, ?)",
                    (answer_id, answer.question, answer.model_dump_json(), user_id, channel_id, _now()))
        return answer_id

    def get_answer(self, answer_id: str) -> Answer | None:
        with closing(self._connect()) as db:
            row = db.execute("SELECT answer_json FROM answers WHERE answer_id = ?", (answer_id,)).fetchone()
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
