"""The answer log's votes: the last click per person per answer, with a 👎's reason; an old log migrates without
losing a row; `smabot feedback` summarises and exports them."""

from __future__ import annotations

import csv
import sqlite3
import subprocess
import sys

from bot.answer.models import Answer
from bot.feedback import AnswerLog, summarize_votes
from bot.settings import PROJECT_ROOT

OLD_SCHEMA = """
CREATE TABLE answers (answer_id TEXT PRIMARY KEY, question TEXT NOT NULL, answer_json TEXT NOT NULL,
    user_id TEXT, channel_id TEXT, created_at TEXT NOT NULL);
CREATE TABLE feedback (id INTEGER PRIMARY KEY AUTOINCREMENT, answer_id TEXT NOT NULL, question TEXT NOT NULL,
    user_id TEXT NOT NULL, verdict TEXT NOT NULL CHECK (verdict IN ('helpful', 'not_helpful')), created_at TEXT NOT NULL);
CREATE TABLE ingest_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, user_id TEXT, mode TEXT NOT NULL, outcome TEXT NOT NULL,
    summary TEXT NOT NULL, created_at TEXT NOT NULL);
"""


def answer(question: str, route: str = "figures") -> Answer:
    return Answer(question=question, route=route, answer="An answer.")


def test_an_old_log_migrates_keeping_every_click_and_taking_the_last_as_the_vote(tmp_path):
    path = tmp_path / "smabot.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(OLD_SCHEMA)
        db.execute("INSERT INTO answers VALUES ('a1', 'Q1', ?, 'U1', 'C1', '2026-11-01T00:00:00+00:00')",
                   (answer("Q1").model_dump_json(),))
        db.executemany("INSERT INTO feedback (answer_id, question, user_id, verdict, created_at) VALUES (?, ?, ?, ?, ?)",
                       [("a1", "Q1", "U1", "helpful", "2026-11-01T00:00:01+00:00"),
                        ("a1", "Q1", "U1", "not_helpful", "2026-11-01T00:00:02+00:00"),
                        ("a1", "Q1", "U2", "helpful", "2026-11-01T00:00:03+00:00")])
        db.execute("INSERT INTO ingest_runs (user_id, mode, outcome, summary, created_at) "
                   "VALUES ('U1', 'run', 'ok', 's', '2026-11-01T00:00:00+00:00')")
    log = AnswerLog(path)
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM feedback").fetchone()[0] == 3
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    assert {(v.user_id, v.verdict) for v in log.votes()} == {("U1", "not_helpful"), ("U2", "helpful")}
    assert len(log.recent_ingests()) == 1
    AnswerLog(path)  # opening again migrates nothing twice
    assert len(log.votes()) == 2


def test_the_last_click_is_the_vote_and_a_reason_belongs_to_a_thumbs_down_only(tmp_path):
    log = AnswerLog(tmp_path / "log.sqlite3")
    answer_id = log.record_answer(answer("How much in 2026?"), "U1", "C1")
    assert not log.record_reason(answer_id, "U1", "wrong_number", None)  # no 👎 yet
    assert log.record_feedback(answer_id, "U1", "not_helpful")
    assert not log.record_reason(answer_id, "U1", "made-up reason", None)
    assert log.record_reason(answer_id, "U1", "wrong_number", "  it is 1.5192 trillion  ")
    (vote,) = log.votes()
    assert (vote.verdict, vote.reason, vote.note, vote.route) == ("not_helpful", "wrong_number", "it is 1.5192 trillion",
                                                                  "figures")
    assert log.record_feedback(answer_id, "U1", "helpful")
    (vote,) = log.votes()
    assert (vote.verdict, vote.reason, vote.note) == ("helpful", None, None)
    assert not log.record_feedback("unknown", "U1", "helpful")


def test_the_summary_counts_by_route_and_reason_and_names_the_worst_answers(tmp_path):
    log = AnswerLog(tmp_path / "log.sqlite3")
    bad = log.record_answer(answer("What did Korea pay in 2019?", "retrieval"), "U1", "C1")
    good = log.record_answer(answer("How many troops?"), "U1", "C1")
    for user in ("U1", "U2"):
        log.record_feedback(bad, user, "not_helpful")
    log.record_reason(bad, "U1", "outdated", None)
    log.record_feedback(good, "U1", "helpful")
    summary = summarize_votes(log.votes())
    assert "Votes: 3 (1 helpful, 2 not helpful)" in summary
    assert "retrieval     0 helpful    2 not helpful" in summary and "figures       1 helpful    0 not helpful" in summary
    assert "Outdated" in summary and "(no reason given)" in summary
    worst = summary.split("Worst answers:")[1]
    assert f"+2 {bad} [retrieval] What did Korea pay in 2019? (Outdated)" in worst and good not in worst


def test_smabot_feedback_prints_the_summary_and_exports_csv(tmp_path):
    log = AnswerLog(tmp_path / "smabot.sqlite3")
    answer_id = log.record_answer(answer("How much in 2026?"), "U1", "C1")
    log.record_feedback(answer_id, "U1", "not_helpful")
    log.record_reason(answer_id, "U1", "wrong_source", "cite the MOFA notice")
    out = tmp_path / "votes.csv"
    env = {"PATH": "/usr/bin:/bin", "SMABOT_DATA_DIR": str(tmp_path), "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-m", "bot.cli", "feedback", "--csv", str(out)], cwd=PROJECT_ROOT,
                            capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    assert "Wrong or missing source" in result.stdout and "How much in 2026?" in result.stdout
    rows = list(csv.DictReader(out.open()))
    assert rows == [{**rows[0], "answer_id": answer_id, "question": "How much in 2026?", "verdict": "not_helpful",
                     "reason": "wrong_source", "note": "cite the MOFA notice"}]
    missing = subprocess.run([sys.executable, "-m", "bot.cli", "feedback"], cwd=PROJECT_ROOT, capture_output=True,
                             text=True, timeout=120, env={**env, "SMABOT_DATA_DIR": str(tmp_path / "none")})
    assert missing.returncode == 1 and "no answer log" in missing.stderr
