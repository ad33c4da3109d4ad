"""Answer latency benchmark: warm `ask` latency over the development questions, and cold start to first answer.

Targets: warm p50 <= 150 ms, p95 <= 300 ms; cold start (new process, model load, first answer) <= 10 s.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.embeddings import SentenceEmbeddings  # noqa: E402
from bot.ingest.run import run_ingest  # noqa: E402
from bot.pipeline import SmaBot  # noqa: E402
from bot.settings import PROJECT_ROOT, Settings  # noqa: E402

DEV_QUESTIONS = PROJECT_ROOT.parent / "shared" / "dev_questions.yaml"
FALLBACK = PROJECT_ROOT / "eval" / "questions.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    source = DEV_QUESTIONS if DEV_QUESTIONS.is_file() else FALLBACK
    questions = [q["q"] for q in yaml.safe_load(source.read_text(encoding="utf-8"))["questions"]]
    workdir = Path(tempfile.mkdtemp(prefix="smabot-answer-bench-"))
    try:
        settings = Settings(chroma_path=workdir / "chroma", _env_file=None)
        embeddings = SentenceEmbeddings.from_settings(settings)
        run_ingest(settings, progress=False, embeddings=embeddings)

        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--json", "--chroma-path", str(settings.chroma_path),
                        questions[0]], cwd=PROJECT_ROOT, check=True, capture_output=True)
        cold = time.perf_counter() - started

        bot = SmaBot(settings, embeddings)
        for question in questions:  # first pass warms caches
            bot.answer(question)
        latencies = []
        for _ in range(args.passes):
            for question in questions:
                t0 = time.perf_counter()
                bot.answer(question)
                latencies.append((time.perf_counter() - t0) * 1000)
        latencies.sort()
        p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]
        print(f"{len(questions)} questions from {source.name} x {args.passes} warm passes")
        print(f"warm p50 = {statistics.median(latencies):.1f} ms (target <= 150), p95 = {p95:.1f} ms (target <= 300)")
        print(f"cold start to first answer (new process) = {cold:.2f} s (target <= 10)")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
