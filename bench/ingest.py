"""Ingest benchmark: full ingest vs raw model.encode, and unchanged re-ingest vs full ingest.

Generates a corpus of at least 2,000 chunks by shuffling the seed articles' sentences, ingests it
into a fresh embedded Chroma, and prints two ratios measured in this one run:
  (a) full ingest wall time / model.encode time for the same chunk texts   (target <= 1.25)
  (b) unchanged re-ingest wall time / full ingest wall time                (target <= 0.05)
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

from bot.embeddings import SentenceEmbeddings
from bot.ingest.run import collect_chunks, run_ingest
from bot.settings import PROJECT_ROOT, Settings
from bot.text import sentence_spans


def make_corpus(root: Path, min_chunks: int, settings: Settings) -> int:
    """Write shuffled-sentence documents until the corpus chunks into at least min_chunks."""
    sentences = []
    for path in sorted((PROJECT_ROOT / "knowledge" / "documents").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        sentences += [text[s:e] for s, e in sentence_spans(text) if len(text[s:e]) > 30]
    rng = random.Random(7)
    documents = settings.documents_dir
    documents.mkdir(parents=True)
    n = 0
    while True:
        for i in range(50):
            picked = rng.sample(sentences, 24)
            paragraphs = [" ".join(picked[j : j + 3]) for j in range(0, 24, 3)]
            (documents / f"synthetic_{n + i:05d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        n += 50
        wanted, _, _ = collect_chunks(settings, [])
        total = sum(len(chunks) for chunks in wanted.values())
        if total >= min_chunks:
            return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chunks", type=int, default=2000)
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="smabot-bench-"))
    try:
        settings = Settings(project_root=workdir, knowledge_dir=workdir / "knowledge", chroma_path=workdir / "chroma")
        total = make_corpus(workdir, args.chunks, settings)
        embeddings = SentenceEmbeddings.from_settings(settings)
        embeddings.embed_query("warm up")
        wanted, _, _ = collect_chunks(settings, [])
        texts = [chunk.text for chunks in wanted.values() for chunk in chunks]

        started = time.perf_counter()
        embeddings.embed_documents(texts)
        encode_s = time.perf_counter() - started

        started = time.perf_counter()
        full = run_ingest(settings, progress=False, embeddings=embeddings)
        full_s = time.perf_counter() - started

        started = time.perf_counter()
        again = run_ingest(settings, progress=False, embeddings=embeddings)
        again_s = time.perf_counter() - started

        assert full.chunks_embedded == total and again.chunks_embedded == 0
        print(f"corpus: {len(wanted)} documents, {total} chunks")
        print(f"model.encode: {encode_s:.2f} s ({total / encode_s:.0f} chunks/s); full ingest: {full_s:.2f} s; "
              f"unchanged re-ingest: {again_s:.3f} s")
        print(f"(a) full ingest / encode = {full_s / encode_s:.3f}   (target <= 1.25)")
        print(f"(b) re-ingest / full ingest = {again_s / full_s:.4f}   (target <= 0.05)")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
