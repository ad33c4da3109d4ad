"""Slack load benchmark: 50 concurrent signed /sma requests against the HTTP app and a local fake Slack API.

The app runs as in production, in its own process (gunicorn, as the Procfile starts it); this process
plays Slack: it sends the signed requests and serves the fake Web API and response URLs. Prints p50/p99
time to the HTTP 200 (the ack) and the time until every answer reached its response URL.
Target: ack p99 <= 300 ms, no lost answers.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.settings import PROJECT_ROOT  # noqa: E402
from tests.fake_slack import FakeSlack, post, sign  # noqa: E402

SECRET = "bench-signing-secret"
QUESTIONS = [
    "How many US troops are stationed in South Korea?",
    "How much will South Korea pay in 2026 under the 12th SMA?",
    "What would 150 percent of the $848.8 million deal come to?",
    "Why did the US reject Seoul's request to settle the wage issue first?",
    "How many Korean workers were furloughed in 2020?",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="smabot-slack-bench-"))
    fake = FakeSlack()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    web = next(line for line in (PROJECT_ROOT / "Procfile").read_text().splitlines() if line.startswith("web:"))
    env = {**os.environ, "PORT": str(port), "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": SECRET,
           "SLACK_API_URL": fake.api_url, "SMABOT_CHROMA_PATH": str(workdir / "chroma"),
           "SMABOT_DATA_DIR": str(workdir), "PATH": f"{os.path.dirname(sys.executable)}:{os.environ['PATH']}"}
    app = subprocess.Popen(["bash", "-c", web.removeprefix("web:")], cwd=PROJECT_ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        url = f"http://127.0.0.1:{port}/slack/events"
        deadline = time.monotonic() + 180
        while time.monotonic() < deadline:
            try:
                body = "type=ping"
                post(url, body, "application/x-www-form-urlencoded", sign(SECRET, body))
                break
            except OSError:
                time.sleep(0.5)

        def send(i: int) -> float:
            body = urllib.parse.urlencode({
                "command": "/sma", "text": QUESTIONS[i % len(QUESTIONS)], "user_id": f"U{i}", "channel_id": "C1",
                "team_id": "T1", "trigger_id": "1", "response_url": f"{fake.api_url}respond/{i}"})
            started = time.perf_counter()
            status, _ = post(url, body, "application/x-www-form-urlencoded", sign(SECRET, body))
            elapsed = time.perf_counter() - started
            assert status == 200, status
            return elapsed

        send(0)  # warm-up: auth.test and first answer
        fake.wait_for("respond/0")
        fake.reset()

        def help_ack(i: int) -> float:
            body = urllib.parse.urlencode({"command": "/sma-help", "text": "", "user_id": f"U{i}", "channel_id": "C1",
                                           "team_id": "T1", "trigger_id": "1", "response_url": f"{fake.api_url}h/{i}"})
            t0 = time.perf_counter()
            post(url, body, "application/x-www-form-urlencoded", sign(SECRET, body))
            return time.perf_counter() - t0

        with ThreadPoolExecutor(max_workers=args.requests) as pool:
            help_acks = list(pool.map(help_ack, range(args.requests)))
        print(f"baseline, {args.requests} concurrent /sma-help (ack only, no answering): "
              f"p50 = {statistics.median(help_acks) * 1000:.0f} ms, p99 = {percentile(help_acks, 0.99) * 1000:.0f} ms")
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.requests) as pool:
            acks = list(pool.map(send, range(1, args.requests + 1)))
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            answered = {name for name, _ in fake.calls if name.startswith("respond/")}
            if len(answered) >= args.requests:
                break
            time.sleep(0.02)
        all_answered = time.perf_counter() - started
        lost = args.requests - len(answered)
        print(f"{args.requests} concurrent signed /sma requests on {len(QUESTIONS)} questions")
        print(f"ack p50 = {statistics.median(acks) * 1000:.0f} ms, ack p99 = {percentile(acks, 0.99) * 1000:.0f} ms "
              f"(target p99 <= 300 ms)")
        print(f"all answers posted after {all_answered:.2f} s "
              f"({all_answered / args.requests * 1000:.0f} ms per answer); lost answers: {lost}")
    finally:
        os.killpg(app.pid, signal.SIGTERM)
        app.wait(timeout=30)
        fake.close()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
