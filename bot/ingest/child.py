"""An ingest in its own process, for the web process: embedding there never takes the GIL, the model or the
CPU's first claim from the threads that must ack Slack within 3 s. The parent sends its settings as JSON on
stdin; the child (`python -m bot.ingest.child`) runs run_ingest at a lower priority and answers one JSON line."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys

from pydantic import BaseModel

from bot.ingest.run import IngestBusy, IngestOutcome
from bot.settings import PROJECT_ROOT, Settings

SECRETS = {"slack_bot_token", "slack_signing_secret", "slack_app_token"}  # an ingest needs none of them
NICENESS = 10

log = logging.getLogger("smabot.ingest")


class IngestFailed(Exception):
    """The ingest stopped with an error, or its process died; the previous knowledge keeps serving."""


class ChildReply(BaseModel):
    """The child's one line on stdout: the outcome, or why there is none."""

    outcome: IngestOutcome | None = None
    busy: str | None = None
    error: str | None = None


def run_ingest_in_child(settings: Settings, dry_run: bool) -> IngestOutcome:
    """run_ingest with these settings in a child process; waits for it.

    Raises IngestBusy when another ingest holds the lock, IngestFailed when the ingest fails or its process dies.
    """
    command = [sys.executable, "-m", "bot.ingest.child"] + (["--dry-run"] if dry_run else [])
    child = subprocess.run(command, input=settings.model_dump_json(exclude=SECRETS), stdout=subprocess.PIPE, text=True, cwd=PROJECT_ROOT)
    lines = child.stdout.strip().splitlines()
    if child.returncode != 0 or not lines:
        raise IngestFailed(f"the ingest process exited with code {child.returncode}; its log has the details")
    reply = ChildReply.model_validate_json(lines[-1])
    if reply.busy:
        raise IngestBusy(reply.busy)
    if reply.outcome is None:
        raise IngestFailed(reply.error or "the ingest process gave no report")
    return reply.outcome


def main(argv: list[str]) -> int:
    """Read the settings from stdin, ingest, and write one ChildReply line to the real stdout (anything else the
    ingest prints goes to stderr, the parent's log)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    out = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    os.nice(NICENESS)
    settings = Settings(_env_file=None, **json.loads(sys.stdin.read()))
    from bot.ingest.run import run_ingest

    try:
        reply = ChildReply(outcome=run_ingest(settings, dry_run="--dry-run" in argv, progress=False).outcome())
    except IngestBusy as exc:
        reply = ChildReply(busy=str(exc))
    except Exception as exc:  # reported to the admin who started it; the stack trace goes to the log
        log.exception("ingest failed")
        reply = ChildReply(error=str(exc) or type(exc).__name__)
    out.write(reply.model_dump_json() + "\n")
    out.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
