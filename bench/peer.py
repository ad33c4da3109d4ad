"""Ours against the path a user would write by hand, on the same generated corpus, in one run.

The peer: RecursiveCharacterTextSplitter(chunk_size=800) + HuggingFaceEmbeddings (fp32 torch) +
Chroma.from_documents, run again as-is to re-ingest (it has no incremental mode). Ours: `python ingest.py`.
Both ingests are timed as whole processes (interpreter start, imports, model load, chunking, embedding,
writing). Warm queries are timed in this process after start-up: the peer's similarity_search, our
retrieval (query embedding + Chroma search) and our full answer.

Targets: our full ingest >= 1.5x faster than the peer's; our unchanged re-ingest >= 20x faster than the
peer's re-run, and under 5 % of our own full ingest.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.embeddings import SentenceEmbeddings, model_path  # noqa: E402
from bot.ingest.run import collect_chunks  # noqa: E402
from bot.settings import BUNDLED_MODEL, Settings  # noqa: E402
from bot.text import sentence_spans  # noqa: E402

QUESTIONS = [
    "How many American troops are stationed in South Korea?",
    "How much did South Korea pay per year under the SMA that expired in 2018?",
    "How many Korean workers were furloughed in 2020?",
    "What share of the Korean workers' wages does Seoul pay?",
    "Who were the chief negotiators in the 10th round of talks?",
    "What happens if no deal is reached before the agreement expires?",
    "Which costs do the special measures agreements cover?",
    "When did the furloughed workers go back to work?",
]


def make_corpus(documents: Path, articles: int) -> None:
    """Articles of 12-20 seed sentences in random order, in paragraphs of two to four sentences."""
    sentences = []
    for path in sorted((ROOT / "knowledge" / "documents").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences += [text[s:e] for s, e in sentence_spans(text) if len(text[s:e]) > 30]
    rng = random.Random(11)
    documents.mkdir(parents=True)
    for n in range(articles):
        picked = rng.sample(sentences, rng.randint(12, 20))
        paragraphs, i = [], 0
        while i < len(picked):
            step = rng.randint(2, 4)
            paragraphs.append(" ".join(picked[i : i + step]))
            i += step
        (documents / f"article_{n:04d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")


def peer_ingest(documents: Path, persist: Path) -> int:
    """The naive LangChain ingest, as a user would write it; returns the number of chunks."""
    from langchain_chroma import Chroma
    from langchain_core.documents import Document
    from langchain_huggingface import HuggingFaceEmbeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    docs = [Document(page_content=p.read_text(encoding="utf-8"), metadata={"source": p.name})
            for p in sorted(documents.glob("*.txt"))]
    chunks = RecursiveCharacterTextSplitter(chunk_size=800, chunk_overlap=0).split_documents(docs)
    embeddings = HuggingFaceEmbeddings(model_name=str(model_path(BUNDLED_MODEL)), model_kwargs={"device": "cpu"},
                                       encode_kwargs={"normalize_embeddings": True})
    Chroma.from_documents(chunks, embeddings, persist_directory=str(persist), collection_name="peer")
    return len(chunks)


def timed_process(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return seconds, done.stdout


def p50_p95_ms(call, passes: int = 5) -> tuple[float, float]:
    call(QUESTIONS[0])
    times = []
    for _ in range(passes):
        for question in QUESTIONS:
            started = time.perf_counter()
            call(question)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--peer-ingest", nargs=2, metavar=("DOCUMENTS", "PERSIST"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.peer_ingest:
        print(peer_ingest(Path(args.peer_ingest[0]), Path(args.peer_ingest[1])))
        return

    workdir = Path(tempfile.mkdtemp(prefix="smabot-peer-"))
    try:
        knowledge = workdir / "knowledge"
        make_corpus(knowledge / "documents", args.articles)
        # the figures file quotes the seed articles, so they come along (both sides read them)
        for seed in (ROOT / "knowledge" / "documents").iterdir():
            shutil.copy(seed, knowledge / "documents" / seed.name)
        shutil.copy(ROOT / "knowledge" / "sma_figures.yaml", knowledge / "sma_figures.yaml")
        env = {**os.environ, "SMABOT_KNOWLEDGE_DIR": str(knowledge), "SMABOT_CHROMA_PATH": str(workdir / "ours"),
               "SMABOT_DATA_DIR": str(workdir / "data"), "SMABOT_PROJECT_ROOT": str(workdir)}
        settings = Settings(knowledge_dir=knowledge, chroma_path=workdir / "ours", data_dir=workdir / "data",
                            project_root=workdir, _env_file=None)
        started = time.perf_counter()
        wanted, _, _ = collect_chunks(settings, [])
        chunking_s = time.perf_counter() - started
        ours_chunks = sum(len(c) for c in wanted.values())
        export_s, _ = timed_process([sys.executable, "-c", "from bot.embeddings import SentenceEmbeddings; "
                                     "from bot.settings import Settings; "
                                     "SentenceEmbeddings.from_settings(Settings()).embed_query('warm')"], env)

        peer_cmd = [sys.executable, str(Path(__file__).resolve()), "--peer-ingest", str(knowledge / "documents"),
                    str(workdir / "peer")]
        peer_full_s, peer_out = timed_process(peer_cmd, env)
        peer_again_s, _ = timed_process(peer_cmd, env)
        ours_full_s, ours_out = timed_process([sys.executable, "ingest.py"], env)
        ours_again_s, again_out = timed_process([sys.executable, "ingest.py"], env)
        assert "0 chunks embedded" in again_out, again_out

        from langchain_chroma import Chroma
        from langchain_huggingface import HuggingFaceEmbeddings

        from bot.pipeline import SmaBot

        peer_store = Chroma(collection_name="peer", persist_directory=str(workdir / "peer"),
                            embedding_function=HuggingFaceEmbeddings(model_name=str(model_path(BUNDLED_MODEL)),
                                                                     model_kwargs={"device": "cpu"},
                                                                     encode_kwargs={"normalize_embeddings": True}))
        peer_q = p50_p95_ms(lambda q: peer_store.similarity_search(q, k=4))
        bot = SmaBot(settings, SentenceEmbeddings.from_settings(settings))
        retrieval_q = p50_p95_ms(lambda q: bot.retriever.retrieve_by_vector(bot.embeddings.embed_query(q)))
        answer_q = p50_p95_ms(bot.answer)

        print(f"corpus: {args.articles} generated + 2 seed articles; peer {peer_out.strip()} chunks (<= 800 chars), "
              f"ours {ours_chunks} chunks (<= {settings.chunk_chars} chars) + figures; "
              f"our reading+chunking {chunking_s:.2f} s; one-off int8 export {export_s:.1f} s (cached after)")
        print(f"{'':34}{'peer':>10}{'ours':>10}{'peer/ours':>11}")
        print(f"{'full ingest, whole process (s)':34}{peer_full_s:10.2f}{ours_full_s:10.2f}{peer_full_s / ours_full_s:10.2f}x"
              "   (target >= 1.5x)")
        print(f"{'unchanged re-ingest (s)':34}{peer_again_s:10.2f}{ours_again_s:10.2f}{peer_again_s / ours_again_s:10.1f}x"
              f"   (target >= 20x; ours is {100 * ours_again_s / ours_full_s:.1f} % of our full ingest, target < 5 %)")
        print(f"{'warm query p50 / p95 (ms)':34}{peer_q[0]:6.1f}/{peer_q[1]:<5.1f}{retrieval_q[0]:5.1f}/{retrieval_q[1]:<5.1f}"
              f"{peer_q[0] / retrieval_q[0]:7.2f}x   (ours: embed + search)")
        print(f"{'warm full answer p50 / p95 (ms)':34}{'':10}{answer_q[0]:5.1f}/{answer_q[1]:<5.1f}"
              "          (ours: route, figures, retrieval, extractive answer)")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
