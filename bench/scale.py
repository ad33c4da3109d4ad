"""Scale benchmark: hybrid retrieval (dense + BM25) p50/p95, the lexical index's build time and full-answer p50
at 1k, 10k and 100k chunks in Chroma.

Chunks are synthetic, made from the seed articles' sentences (shuffled), with embeddings derived from
real sentence embeddings plus small noise, so that 100k chunks load in seconds rather than the ~30 min
the model would take on 2 cores. Retrieval cost depends on the number and dimension of vectors, not on
how they were made. Each chunk carries its term counts in its metadata, as ingest stores them. Target:
retrieval p50 <= 50 ms at 100k.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.embeddings import SentenceEmbeddings  # noqa: E402
from bot.ingest.load import read_source_text  # noqa: E402
from bot.lexical import LexicalIndex, chunk_terms  # noqa: E402
from bot.pipeline import SmaBot  # noqa: E402
from bot.settings import PROJECT_ROOT, Settings  # noqa: E402
from bot.store import KnowledgeStore  # noqa: E402
from bot.text import sentence_spans  # noqa: E402

QUESTIONS = [
    "How many US troops are stationed in South Korea?",
    "Why did the US reject Seoul's request to settle the wage issue first?",
    "Who were the chief negotiators in the 10th round of SMA talks?",
    "What happens if no deal is sealed before the end of the year?",
    "How many Korean workers were put on unpaid leave?",
    "Which sectors do the special measures agreements cover?",
    "What did Trump demand from South Korea?",
    "When did the previous agreement expire?",
]
BATCH = 5000


def seed_sentences() -> list[str]:
    sentences = []
    for path in sorted((PROJECT_ROOT / "knowledge" / "documents").glob("*.txt")):
        text, _ = read_source_text(path)
        sentences += [text[s:e] for s, e in sentence_spans(text) if e - s > 40]
    return sentences


def add_synthetic(collection, start: int, count: int, sentences: list[str], vectors: np.ndarray, rng) -> None:
    for offset in range(0, count, BATCH):
        n = min(BATCH, count - offset)
        ids, texts, metas, embeds = [], [], [], []
        for i in range(start + offset, start + offset + n):
            picks = rng.sample(range(len(sentences)), 3)
            text = " ".join(sentences[p] for p in picks)
            vector = vectors[picks].mean(axis=0) + np.random.default_rng(i).normal(0, 0.05, vectors.shape[1])
            ids.append(f"synthetic-{i}")
            texts.append(text)
            metas.append({"kind": "document", "source": f"synthetic/{i // 10}.txt", "title": f"Synthetic {i // 10}",
                          "published": "", "publisher": "", "url": "", "chunk_index": i % 10, "start": 0,
                          "end": len(text), "sha256": "", "doc_sha256": "", "terms": chunk_terms(text, {})})
            embeds.append((vector / np.linalg.norm(vector)).tolist())
        collection.upsert(ids=ids, documents=texts, metadatas=metas, embeddings=embeds)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000,100000")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    workdir = Path(tempfile.mkdtemp(prefix="smabot-scale-"))
    try:
        settings = Settings(chroma_path=workdir / "chroma", figures_path=workdir / "no-figures.yaml",
                            knowledge_dir=workdir / "knowledge", project_root=workdir, _env_file=None)
        embeddings = SentenceEmbeddings.from_settings(settings)
        sentences = seed_sentences()
        vectors = np.asarray(embeddings.embed_documents(sentences))
        store = KnowledgeStore(settings)
        collection = store.new_generation()
        store.activate(collection.name, embedded_with=embeddings.backend)
        bot = SmaBot(settings, embeddings)
        query_vectors = [embeddings.embed_query(q) for q in QUESTIONS]
        rng = random.Random(11)
        loaded = 0
        print(f"{'chunks':>8} {'load s':>8} {'lexical index s':>16} {'retrieval p50':>14} {'p95':>8} {'answer p50':>11}")
        for size in sizes:
            started = time.perf_counter()
            add_synthetic(collection, loaded, size - loaded, sentences, vectors, rng)
            load_s = time.perf_counter() - started
            loaded = size
            t0 = time.perf_counter()  # what a process does at start-up, or in the background after a switch
            LexicalIndex().sync(collection.name, collection)
            index_s = time.perf_counter() - t0
            bot.retriever._lexical = LexicalIndex()  # the bot's own index follows the grown collection
            bot.retriever.warm()
            for question, vector in zip(QUESTIONS, query_vectors):  # warm the HNSW index
                bot.retriever.retrieve_by_vector(vector, query=question)
            retrieval = []
            for _ in range(5):
                for question, vector in zip(QUESTIONS, query_vectors):
                    t0 = time.perf_counter()
                    bot.retriever.retrieve_by_vector(vector, query=question)
                    retrieval.append((time.perf_counter() - t0) * 1000)
            answers = [bot.answer(q).latency_ms for q in QUESTIONS for _ in range(2)]
            print(f"{size:>8} {load_s:>8.1f} {index_s:>16.2f} {statistics.median(retrieval):>11.1f} ms "
                  f"{percentile(retrieval, 0.95):>5.1f} ms "
                  f"{statistics.median(answers):>8.1f} ms")
        print("target: retrieval p50 <= 50 ms at 100k chunks (dense and BM25 rankings, fused)")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
