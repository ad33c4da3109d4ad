"""Answer latency benchmark over the development questions: first sight (after start-up, each question
asked once), warm (asked again), and cold start to first answer (a new `smabot ask` process).

Targets: p50 <= 50 ms and p95 <= 100 ms after start-up; cold start (new process, model load, first answer) <= 8 s.
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


def timed(answer, question: str) -> float:
    started = time.perf_counter()
    answer(question)
    return (time.perf_counter() - started) * 1000


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
        bot.answer("How much does South Korea pay under the SMA?")  # start-up: not one of the questions
        first = sorted(timed(bot.answer, question) for question in questions)
        warm = sorted(timed(bot.answer, question) for _ in range(args.passes) for question in questions)
        print(f"{len(questions)} questions from {source.name}; {args.passes} warm passes")
        for label, latencies in (("first sight", first), ("warm", warm)):
            p95 = latencies[min(len(latencies) - 1, int(0.95 * len(latencies)))]
            print(f"{label:>12}: p50 = {statistics.median(latencies):.1f} ms (target <= 50), "
                  f"p95 = {p95:.1f} ms (target <= 100)")
        print(f"cold start to first answer (new process) = {cold:.2f} s (target <= 8)")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
