"""Slack load benchmark: 50 concurrent signed /sma requests against the HTTP app and a local fake Slack API.

Prints p50/p99 time to the HTTP 200 (the ack) and the time until every answer reached the fake API
(its response URL). Target: ack p99 <= 300 ms, no lost answers.
"""

from __future__ import annotations

import argparse
import shutil
import socketserver
import statistics
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.embeddings import SentenceEmbeddings  # noqa: E402
from bot.ingest.run import run_ingest  # noqa: E402
from bot.settings import PROJECT_ROOT, Settings  # noqa: E402
from bot.slack.server import EVENTS_PATH, wsgi_app  # noqa: E402
from tests.fake_slack import FakeSlack, post, sign  # noqa: E402

SECRET = "bench-signing-secret"
QUESTIONS = [
    "How many US troops are stationed in South Korea?",
    "How much will South Korea pay in 2026 under the 12th SMA?",
    "What would 150 percent of the $848.8 million deal come to?",
    "Why did the US reject Seoul's request to settle the wage issue first?",
    "How many Korean workers were furloughed in 2020?",
]


class _Server(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _Quiet(WSGIRequestHandler):
    def log_message(self, *args) -> None:
        pass


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="smabot-slack-bench-"))
    fake = FakeSlack()
    try:
        settings = Settings(knowledge_dir=PROJECT_ROOT / "knowledge", chroma_path=workdir / "chroma",
                            data_dir=workdir, slack_bot_token="xoxb-bench", slack_signing_secret=SECRET,
                            slack_api_url=fake.api_url, _env_file=None)
        embeddings = SentenceEmbeddings(settings.embedding_model)
        run_ingest(settings, progress=False, embeddings=embeddings)
        server = make_server("127.0.0.1", 0, wsgi_app(settings, embeddings), server_class=_Server, handler_class=_Quiet)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}{EVENTS_PATH}"

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
        server.shutdown()
        lost = args.requests - len(answered)
        print(f"{args.requests} concurrent signed /sma requests on {len(QUESTIONS)} questions")
        print(f"ack p50 = {statistics.median(acks) * 1000:.0f} ms, ack p99 = {percentile(acks, 0.99) * 1000:.0f} ms "
              f"(target p99 <= 300 ms)")
        print(f"all answers posted after {all_answered:.2f} s "
              f"({all_answered / args.requests * 1000:.0f} ms per answer); lost answers: {lost}")
    finally:
        fake.close()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
