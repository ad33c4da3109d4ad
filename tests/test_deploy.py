"""The Procfile's web line really serves the app on $PORT with no network, whatever the knowledge folder, the
Chroma folder or another ingest do; bad configuration is named."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
from contextlib import contextmanager

from bot.settings import PROJECT_ROOT
from bot.slack.guard import UNAVAILABLE
from tests.fake_slack import FakeSlack, post, sign

SECRET = "deploy-test-signing-secret"
TOKEN = "xoxb-deploy-test-token-never-logged"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def web_command() -> str:
    line = next(l for l in (PROJECT_ROOT / "Procfile").read_text().splitlines() if l.startswith("web:"))
    return line.removeprefix("web:").strip()


@contextmanager
def web_process(tmp_path, **env_extra):
    """The Procfile's web line in its own process group; yields (post to /slack/events, the log so far)."""
    fake, port = FakeSlack(), free_port()
    env = {**os.environ, "PORT": str(port), "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET,
           "SLACK_API_URL": fake.api_url, "SMABOT_CHROMA_PATH": str(tmp_path / "chroma"),
           "SMABOT_DATA_DIR": str(tmp_path / "data"), "PATH": f"{os.path.dirname(sys.executable)}:{os.environ['PATH']}",
           **env_extra}
    log_path = tmp_path / "web.log"
    with open(log_path, "w") as log:
        process = subprocess.Popen(["bash", "-c", web_command()], cwd=PROJECT_ROOT, env=env, stdout=log,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}/slack/events"

    def send(body: str, content_type: str, secret: str = SECRET) -> tuple[int, str]:
        return post(url, body, content_type, sign(secret, body))

    try:
        deadline = time.monotonic() + 180
        status = None
        while time.monotonic() < deadline and status != 200:
            body = json.dumps({"type": "url_verification", "challenge": "c-123", "token": "t"})
            try:
                status, reply = send(body, "application/json")
            except OSError:
                time.sleep(0.5)
        assert status == 200 and "c-123" in reply
        yield send, fake, log_path.read_text
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=30)
        fake.close()
    output = log_path.read_text()
    assert TOKEN not in output and SECRET not in output


def wait_for_log(read_log, text: str, timeout: float = 180) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in (output := read_log()):
            return output
        time.sleep(0.5)
    raise AssertionError(f"{text!r} not in the log:\n{read_log()}")


def ask(send, fake: FakeSlack, question: str, n: int) -> dict:
    """/sma answered in the worker process, posted to the response URL."""
    body = urllib.parse.urlencode({"command": "/sma", "text": question, "user_id": "U1", "channel_id": "C1",
                                   "team_id": "T1", "trigger_id": f"{n}.1", "response_url": f"{fake.api_url}respond/{n}"})
    assert send(body, "application/x-www-form-urlencoded")[0] == 200
    return fake.wait_for(f"respond/{n}", timeout=120)[0]


def test_procfile_web_line_serves_signed_requests_and_ingests_beside_it(tmp_path):
    with web_process(tmp_path) as (send, fake, read_log):
        body = urllib.parse.urlencode({"command": "/sma-help", "text": "", "user_id": "U1", "channel_id": "C1",
                                       "team_id": "T1", "response_url": fake.api_url + "respond/1", "trigger_id": "1"})
        status, reply = send(body, "application/x-www-form-urlencoded")
        assert status == 200 and "/sma-project" in reply
        assert send(body, "application/x-www-form-urlencoded", secret="wrong")[0] == 401
        wait_for_log(read_log, "chunks embedded")  # the boot ingest ran beside the serving process
        assert "28,500" in ask(send, fake, "How many US troops are stationed in South Korea?", 2)["text"]


def test_bad_documents_never_keep_the_web_process_down(tmp_path):
    knowledge = tmp_path / "knowledge"
    shutil.copytree(PROJECT_ROOT / "knowledge", knowledge)
    (knowledge / "documents" / "bad-front-matter.md").write_text("---\ntitle: [unclosed\n---\nText.\n")
    (knowledge / "documents" / "bomb.md").write_text(
        "---\na: &a [x, x, x, x, x, x, x, x, x]\n"
        + "".join(f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi"))
        + "title: *i\n---\nText.\n")
    (knowledge / "documents" / "report.pdf").write_bytes(b"%PDF-1.7 not really")
    with web_process(tmp_path, SMABOT_KNOWLEDGE_DIR=str(knowledge)) as (send, fake, read_log):
        output = wait_for_log(read_log, "chunks embedded")
        for name, why in (("bad-front-matter.md", "invalid YAML in front matter"),
                          ("bomb.md", "front matter expands to over"), ("report.pdf", "unreadable PDF")):
            assert f"warning: skipped {knowledge / 'documents' / name}: {name}: {why}" in output
        assert "28,500" in ask(send, fake, "How many US troops are stationed in South Korea?", 2)["text"]


def test_a_corrupt_chroma_and_a_held_ingest_lock_leave_the_web_process_serving_with_a_clear_message(tmp_path):
    (tmp_path / "chroma").mkdir()
    (tmp_path / "chroma" / "chroma.sqlite3").write_bytes(b"this is not a database" * 300)
    (tmp_path / "data").mkdir()
    with open(tmp_path / "data" / "ingest.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another ingest is running
        with web_process(tmp_path) as (send, fake, read_log):
            output = wait_for_log(read_log, "the boot ingest failed")
            assert "ingest: An ingest is already running" in output
            reply = ask(send, fake, "How many US troops are stationed in South Korea?", 2)
            assert reply["text"].startswith(UNAVAILABLE) and reply["replace_original"]
            output = wait_for_log(read_log, "cannot be opened")
            assert f"the knowledge base at {tmp_path / 'chroma'} cannot be opened" in output
            assert "Traceback" not in output.split("cannot be opened")[0]


def test_serve_names_the_missing_slack_variable(tmp_path):
    env = {**os.environ, "SLACK_SIGNING_SECRET": SECRET, "SMABOT_CHROMA_PATH": str(tmp_path)}
    env.pop("SLACK_BOT_TOKEN", None)
    result = subprocess.run([sys.executable, "-m", "bot.cli", "serve"], cwd=PROJECT_ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "SLACK_BOT_TOKEN must be set" in result.stderr
