"""The Procfile's web line really serves the app on $PORT with no network, and bad configuration is named."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse

from bot.settings import PROJECT_ROOT
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


def test_procfile_web_line_serves_signed_requests(tmp_path):
    fake, port = FakeSlack(), free_port()
    env = {**os.environ, "PORT": str(port), "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET,
           "SLACK_API_URL": fake.api_url, "SMABOT_CHROMA_PATH": str(tmp_path / "chroma"),
           "SMABOT_DATA_DIR": str(tmp_path / "data"), "PATH": f"{os.path.dirname(sys.executable)}:{os.environ['PATH']}"}
    log = open(tmp_path / "web.log", "w+")
    process = subprocess.Popen(["bash", "-c", web_command()], cwd=PROJECT_ROOT, env=env, stdout=log,
                               stderr=subprocess.STDOUT, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/slack/events"
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            body = json.dumps({"type": "url_verification", "challenge": "c-123", "token": "t"})
            try:
                status, reply = post(url, body, "application/json", sign(SECRET, body))
                if status == 200:
                    break
            except OSError:
                time.sleep(0.5)
        assert status == 200 and "c-123" in reply
        body = urllib.parse.urlencode({"command": "/sma-help", "text": "", "user_id": "U1", "channel_id": "C1",
                                       "team_id": "T1", "response_url": fake.api_url + "respond/1", "trigger_id": "1"})
        status, reply = post(url, body, "application/x-www-form-urlencoded", sign(SECRET, body))
        assert status == 200 and "/sma-project" in reply
        assert post(url, body, "application/x-www-form-urlencoded", sign("wrong", body))[0] == 401
        # answered in the worker process, posted to the response URL
        body = urllib.parse.urlencode({"command": "/sma", "text": "How many US troops are stationed in South Korea?",
                                       "user_id": "U1", "channel_id": "C1", "team_id": "T1", "trigger_id": "1",
                                       "response_url": fake.api_url + "respond/2"})
        assert post(url, body, "application/x-www-form-urlencoded", sign(SECRET, body))[0] == 200
        assert "28,500" in fake.wait_for("respond/2", timeout=120)[0]["text"]
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=30)
        fake.close()
    log.seek(0)
    output = log.read()
    assert TOKEN not in output and SECRET not in output
    assert "chunks embedded" in output


def test_serve_names_the_missing_slack_variable(tmp_path):
    env = {**os.environ, "SLACK_SIGNING_SECRET": SECRET, "SMABOT_CHROMA_PATH": str(tmp_path)}
    env.pop("SLACK_BOT_TOKEN", None)
    result = subprocess.run([sys.executable, "-m", "bot.cli", "serve"], cwd=PROJECT_ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "SLACK_BOT_TOKEN must be set" in result.stderr
