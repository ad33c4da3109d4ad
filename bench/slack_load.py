"""Slack load benchmark: the Procfile web process under concurrent signed requests, with an ingest started
from Slack, stalled connections and a burst of mentions beside it.

The app runs as in production, in its own process (the Procfile's web line: waitress, and the boot ingest);
this process plays Slack: it serves the fake Web API and response URLs and sends signed requests from a process of
its own (so its own work does not slow what is measured). Runs:
  /sma-help        100 concurrent acks that answer nothing (the server alone)
  /sma             100 concurrent questions
  /sma + ingest    the same while an admin's `/sma-ingest run` re-embeds new documents (its own process)
  /sma + stalled   the same beside 12 connections that sent headers and never finish their body
  /sma + both      the ingest and the stalled connections together
  mentions         50 concurrent app_mention events; an answer counts once it arrives by chat.update (of a
                   placeholder), chat.stopStream, or a chat.postMessage that is no placeholder
Target for each: ack p99 <= 300 ms, 0 lost, 0 duplicated.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.settings import PROJECT_ROOT  # noqa: E402
from bot.slack.listeners.events import PLACEHOLDER  # noqa: E402
from tests.fake_slack import FakeSlack, post, sign  # noqa: E402

SECRET = "bench-signing-secret"
ADMIN = "UBENCHADMIN"
QUESTIONS = [
    "How many US troops are stationed in South Korea?",
    "How much will South Korea pay in 2026 under the 12th SMA?",
    "What would 150 percent of the $848.8 million deal come to?",
    "Why did the US reject Seoul's request to settle the wage issue first?",
    "How many Korean workers were furloughed in 2020?",
]
STALLED = 12
VARIANTS = 12  # new documents per ingest run, each a rewritten copy of a seed article
FORM = "application/x-www-form-urlencoded"


def fire(url: str, requests: list[tuple[str, str]]) -> list[tuple[int, float]]:
    """Send all requests at once, each signed as it goes: (HTTP status, or 0 when refused; seconds to it).
    Runs in a process of its own, so the time measured is the app's, not this process's fake Web API's."""

    def send(request: tuple[str, str]) -> tuple[int, float]:
        body, content_type = request
        started = time.perf_counter()
        try:
            status, _ = post(url, body, content_type, sign(SECRET, body))
        except OSError:
            status = 0
        return status, time.perf_counter() - started

    with ThreadPoolExecutor(max_workers=len(requests)) as pool:
        return list(pool.map(send, requests))


class RecordingSlack(FakeSlack):
    """The fake Web API, also keeping what each call was answered (the ts of posted messages and streams)."""

    def __init__(self) -> None:
        super().__init__()
        self.answered: list[tuple[str, dict, dict]] = []

    def answer(self, name: str, params: dict) -> dict:
        reply = super().answer(name, params)
        with self._lock:
            self.answered.append((name, params, reply))
        return reply


@dataclass
class Result:
    run: str
    acks: list[float]
    delivered: Counter  # request -> final replies received
    failures: int  # final replies that were the failure message
    seconds: float  # until every request had its reply (or the wait ended)
    note: str = ""

    def row(self, expected: int) -> str:
        lost = sum(1 for i in range(expected) if self.delivered[i] == 0)
        duplicated = sum(1 for n in self.delivered.values() if n > 1)
        p50, p99 = statistics.median(self.acks) * 1000, percentile(self.acks, 0.99) * 1000
        ok = "yes" if p99 <= 300 and lost == 0 and duplicated == 0 and len(self.acks) == expected else "NO"
        return (f"| {self.run} | {len(self.acks)}/{expected} | {p50:.0f} | {p99:.0f} | {lost} | {duplicated} | "
                f"{self.failures} | {self.seconds:.1f} | {ok} | {self.note} |")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else float("nan")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ingest_processes() -> set[int]:
    """Running ingests started from Slack (bot.ingest.child), by pid."""
    found = set()
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if b"bot.ingest.child" in cmdline.read_bytes():
                found.add(int(cmdline.parent.name))
        except OSError:
            continue
    return found


class Bench:
    def __init__(self, url: str, fake: RecordingSlack, knowledge: Path, senders: ProcessPoolExecutor) -> None:
        self.url, self.fake, self.knowledge, self.senders = url, fake, knowledge, senders
        self.batch = 0

    def fire(self, requests: list[tuple[str, str]]) -> list[tuple[int, float]]:
        return self.senders.submit(fire, self.url, requests).result()

    def signed(self, body: str, content_type: str = FORM) -> tuple[int, str, float]:
        started = time.perf_counter()
        try:
            status, text = post(self.url, body, content_type, sign(SECRET, body))
        except OSError as exc:
            status, text = 0, str(exc)
        return status, text, time.perf_counter() - started

    def command(self, command: str, text: str, path: str, user: str = "U1") -> tuple[int, str, float]:
        return self.signed(self.command_body(command, text, path, user))

    def command_body(self, command: str, text: str, path: str, user: str = "U1") -> str:
        return urllib.parse.urlencode({
            "command": command, "text": text, "user_id": user, "channel_id": "C1", "team_id": "T1",
            "trigger_id": f"{time.time_ns()}.{path}", "response_url": f"{self.fake.api_url}{path}"})

    def responses(self, prefix: str) -> list[tuple[str, dict]]:
        return [(name, params) for name, params in list(self.fake.calls) if name.startswith(prefix)]

    def burst(self, run: str, command: str, n: int, note: str = "", replies: bool = True) -> Result:
        """n concurrent signed commands; waits until each has its reply at its response URL (or, for a command
        answered in its ack, counts the acks)."""
        self.batch += 1
        prefix = f"respond/b{self.batch}-"
        started = time.perf_counter()
        sent = self.fire([(self.command_body(command, QUESTIONS[i % len(QUESTIONS)], f"{prefix}{i}"), FORM)
                          for i in range(n)])
        acks = [seconds for status, seconds in sent if status == 200]
        if not replies:
            delivered = Counter({i: 1 for i, (status, _) in enumerate(sent) if status == 200})
            return Result(run, acks, delivered, 0, time.perf_counter() - started, note)
        deadline = time.monotonic() + 300
        while len({name for name, _ in self.responses(prefix)}) < n and time.monotonic() < deadline:
            time.sleep(0.02)
        seconds = time.perf_counter() - started
        time.sleep(1)  # a duplicate would follow its first reply closely
        replies_seen = self.responses(prefix)
        delivered = Counter(int(name.removeprefix(prefix)) for name, _ in replies_seen)
        failures = sum(1 for _, params in replies_seen if str(params.get("text", "")).startswith(":warning:"))
        return Result(run, acks, delivered, failures, seconds, note)

    def mentions(self, n: int) -> Result:
        """n concurrent app_mention events in channel C2; each thread's final replies are counted by message."""
        base = time.time()
        threads = [f"{base + i / 1000:.6f}" for i in range(n)]

        def mention(i: int) -> tuple[str, str]:
            event = {"type": "app_mention", "user": f"U{i}", "text": f"<@UBOT> {QUESTIONS[i % len(QUESTIONS)]}",
                     "ts": threads[i], "channel": "C2", "event_ts": threads[i]}
            return json.dumps({
                "token": "t", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
                "event_id": f"EvBench{time.time_ns()}{i}", "event_time": int(base), "event": event,
                "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}]}), "application/json"

        self.fake.answered.clear()
        started = time.perf_counter()
        sent = self.fire([mention(i) for i in range(n)])
        acks = [seconds for status, seconds in sent if status == 200]
        deadline = time.monotonic() + 300
        while sum(1 for v in self.finals(threads).values() if v) < n and time.monotonic() < deadline:
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        time.sleep(1)
        finals = self.finals(threads)
        delivered = Counter({i: len(finals[thread]) for i, thread in enumerate(threads)})
        failures = sum(1 for texts in finals.values() for text in texts if text.startswith(":warning:"))
        return Result(f"{n} mentions", acks, delivered, failures, seconds, "app_mention event callbacks")

    def finals(self, threads: list[str]) -> dict[str, list[str]]:
        """Each thread's final replies, one per message: a placeholder's update, a stopped stream, or a post
        that is no placeholder."""
        thread_of: dict[str, str] = {}  # message ts -> thread
        posted: dict[str, str] = {}  # message ts -> its text when posted
        final: dict[str, str] = {}  # message ts -> final text
        for name, params, reply in list(self.fake.answered):
            if name in ("chat.postMessage", "chat.startStream") and params.get("thread_ts") in threads:
                thread_of[reply.get("ts")] = params["thread_ts"]
                posted[reply.get("ts")] = params.get("text") or params.get("markdown_text") or ""
            elif name in ("chat.update", "chat.stopStream") and params.get("ts") in thread_of:
                final[params["ts"]] = params.get("text") or reply.get("message", {}).get("text", "")
        for ts, text in posted.items():
            if ts not in final and text and text != PLACEHOLDER and not self._streamed(ts):
                final[ts] = text
        by_thread: dict[str, list[str]] = {thread: [] for thread in threads}
        for ts, text in final.items():
            by_thread[thread_of[ts]].append(text)
        return by_thread

    def _streamed(self, ts: str) -> bool:
        return ts in self.fake.streams

    def change_knowledge(self, n: int) -> None:
        """New documents whose every paragraph is new text: the next ingest embeds them all."""
        for variant in range(VARIANTS):
            for source in sorted((PROJECT_ROOT / "knowledge" / "documents").glob("*.txt")):
                paragraphs = [p for p in source.read_text().split("\n\n") if p.strip()]
                text = "\n\n".join(f"{p.strip()} (Bench revision {n}.{variant}.)" for p in paragraphs)
                (self.knowledge / "documents" / f"bench-{n}-{variant}-{source.name}").write_text(text)

    @contextmanager
    def ingesting(self, n: int):
        """An admin's `/sma-ingest run` over changed knowledge, running while the block runs; its report and
        the part of the block it overlapped go in the note."""
        self.change_knowledge(n)
        path = f"respond/ingest-{n}"
        status, ack, _ = self.command("/sma-ingest", "run", path, user=ADMIN)
        assert status == 200 and "checking" in ack, (status, ack)
        deadline = time.monotonic() + 60
        while not ingest_processes() and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(2)  # past the child's imports: loading the model and embedding
        alive, note = [True], {}

        def watch() -> None:
            while alive[0]:
                if ingest_processes():
                    note["last_seen"] = time.perf_counter()
                time.sleep(0.05)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        block_started = time.perf_counter()
        yield note
        block_ended = time.perf_counter()
        report = self.fake.wait_for(path, timeout=600)[0]["text"]
        alive[0] = False
        watcher.join()
        ran_for = min(note.get("last_seen", block_started), block_ended) - block_started
        note["text"] = (f"ingest ran through {max(ran_for, 0):.1f} s of the run's {block_ended - block_started:.1f} s; "
                        f"{report.split(';')[0].removeprefix('`run`: ')}; {report.split('; ')[1]}")

    @contextmanager
    def stalled(self, port: int):
        """STALLED connections that sent a request's headers and part of its body, then nothing."""
        sockets = []
        for _ in range(STALLED):
            s = socket.create_connection(("127.0.0.1", port))
            s.sendall(b"POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + FORM.encode()
                      + b"\r\nContent-Length: 1000\r\n\r\ncommand=%2Fsma")
            sockets.append(s)
        time.sleep(0.5)
        try:
            yield
        finally:
            for s in sockets:
                s.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--mentions", type=int, default=50)
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))  # stopped: still stop the app and clean up
    workdir = Path(tempfile.mkdtemp(prefix="smabot-slack-bench-"))
    knowledge = workdir / "knowledge"
    shutil.copytree(PROJECT_ROOT / "knowledge", knowledge)
    fake = RecordingSlack()
    port = free_port()
    web = next(line for line in (PROJECT_ROOT / "Procfile").read_text().splitlines() if line.startswith("web:"))
    env = {**os.environ, "PORT": str(port), "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": SECRET,
           "SLACK_API_URL": fake.api_url, "SMABOT_CHROMA_PATH": str(workdir / "chroma"),
           "SMABOT_KNOWLEDGE_DIR": str(knowledge), "SMABOT_DATA_DIR": str(workdir / "data"),
           "SMABOT_ADMIN_USER_IDS": ADMIN, "PATH": f"{os.path.dirname(sys.executable)}:{os.environ['PATH']}"}
    log_path = workdir / "web.log"
    with open(log_path, "w") as log:
        app = subprocess.Popen(["bash", "-c", web.removeprefix("web:")], cwd=PROJECT_ROOT, env=env,
                               stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    senders = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    bench = Bench(f"http://127.0.0.1:{port}/slack/events", fake, knowledge, senders)
    try:
        deadline = time.monotonic() + 300
        while "ingest: " not in log_path.read_text() and time.monotonic() < deadline:
            time.sleep(0.5)  # the boot ingest, beside the server
        bench.burst("warm-up", "/sma", 5)
        n = args.requests
        results = [bench.burst(f"{n} /sma-help", "/sma-help", n, "answered in the ack: the server alone",
                               replies=False)]
        results.append(bench.burst(f"{n} /sma", "/sma", n))
        with bench.ingesting(1) as note:
            result = bench.burst(f"{n} /sma + ingest", "/sma", n)
        result.note = note["text"]
        results.append(result)
        with bench.stalled(port):
            results.append(bench.burst(f"{n} /sma + {STALLED} stalled", "/sma", n,
                                       f"{STALLED} connections stalled mid-body throughout"))
        with bench.stalled(port), bench.ingesting(2) as note:
            result = bench.burst(f"{n} /sma + ingest + {STALLED} stalled", "/sma", n)
        result.note = note["text"]
        results.append(result)
        mentions = bench.mentions(args.mentions)
        print(f"Procfile web process (waitress); {len(QUESTIONS)} questions in turn; target ack p99 <= 300 ms, "
              f"0 lost, 0 duplicated")
        print("| run | acked | ack p50 ms | ack p99 ms | lost | duplicated | failure replies | all replied s "
              "| on target | note |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
        for result in results:
            print(result.row(n))
        print(mentions.row(args.mentions))
    finally:
        os.killpg(app.pid, signal.SIGTERM)
        app.wait(timeout=30)
        senders.shutdown()
        fake.close()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
