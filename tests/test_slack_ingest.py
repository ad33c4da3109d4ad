"""Ingests started from Slack run in a process of their own: the admin gets the usual report, the audit records
it, one runs at a time, a failure is told plainly, and answers follow the new knowledge at once."""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

import pytest

from tests.conftest import make_project
from tests.fake_slack import ADMIN, FakeSlack, serve_app, slack_settings

NOTE = "# Staff note\n\nThe allies will hold the first round of 13th SMA talks in Jeju in March 2031.\n"


@pytest.fixture(scope="module")
def app(tmp_path_factory, embeddings):
    """The web app over a knowledge folder nothing has been ingested from yet."""
    fake = FakeSlack()
    root = tmp_path_factory.mktemp("slack-ingest")
    settings = slack_settings(make_project(root), fake, root / "data")
    with serve_app(settings, embeddings, fake) as client:
        yield client
    fake.close()


def ingest_children() -> list[int]:
    """Child processes of this (the web app's) process running the ingest entry point."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            command = (stat.parent / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == os.getpid() and b"bot.ingest.child" in command:
            children.append(int(stat.parent.name))
    return children


def run_from_slack(app, mode: str = "run") -> tuple[str, set[int]]:
    """`/sma-ingest <mode>` from an admin: (the report, the ingest processes seen while it ran)."""
    _, ack, path = app.command("/sma-ingest", mode, user=ADMIN)
    assert "checking" in ack
    seen: set[int] = set()
    deadline = time.monotonic() + 300
    while not app.fake.called(path) and time.monotonic() < deadline:
        seen.update(ingest_children())
        time.sleep(0.05)
    (report,) = app.fake.wait_for(path)
    return report["text"], seen


def history(app) -> str:
    _, _, path = app.command("/sma-ingest", "status", user=ADMIN)
    return app.fake.wait_for(path)[0]["text"]


def test_a_held_lock_is_reported_and_not_recorded(app):
    app.settings.data_dir.mkdir(parents=True, exist_ok=True)
    with open(app.settings.data_dir / "ingest.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the CLI or the boot ingest is running
        text, seen = run_from_slack(app)
    assert text == "An ingest is already running; try again when it has finished." and seen
    assert "No ingest has run from Slack yet." in history(app)


def test_a_failed_ingest_names_the_error_and_is_recorded(app):
    figures = app.settings.figures_file
    figures.write_text("figures:\n  - id: broken\n")
    try:
        text, _ = run_from_slack(app)
    finally:
        figures.unlink()
    assert text.startswith("Ingest failed, the previous knowledge is still serving: sma_figures.yaml: record")
    assert "Traceback" not in text
    assert f"<@{ADMIN}> `run (/sma-ingest)` error: sma_figures.yaml" in history(app)


def test_an_ingest_runs_in_its_own_process_and_answers_follow_it(app):
    (app.settings.documents_dir / "jeju-note.md").write_text(NOTE)
    text, seen = run_from_slack(app)
    assert seen, "the ingest ran inside the web process"
    assert "3 documents added" in text and "\n• added: knowledge/documents/jeju-note.md" in text
    assert f"<@{ADMIN}> `run (/sma-ingest)` ok: 3 documents added" in history(app)
    _, _, path = app.command("/sma", "Where will the 13th SMA talks be held?")
    assert "Jeju" in app.fake.wait_for(path, timeout=120)[0]["text"]
    text, _ = run_from_slack(app, "dry-run")
    assert text.startswith("`dry-run`: 0 documents added, 0 updated, 3 unchanged")
