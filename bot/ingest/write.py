"""Embed planned chunks (before anything is written), then write them into a new generation."""

from __future__ import annotations

from tqdm import tqdm

from bot.embeddings import SentenceEmbeddings
from bot.ingest.chunk import Chunk

EMBED_BATCH = 256
WRITE_BATCH = 2000


def embed_chunks(chunks: list[Chunk], embeddings: SentenceEmbeddings, progress: bool) -> list[list[float]]:
    """All embeddings are computed before anything is written, so a failure here changes nothing.

    Texts are embedded shortest first, so each batch pads to similar lengths (as encode() does inside
    one call); the vectors come back in the chunks' order.
    """
    order = sorted(range(len(chunks)), key=lambda i: len(chunks[i].text))
    vectors: list[list[float]] = [[] for _ in chunks]
    with tqdm(total=len(chunks), desc="embedding", unit="chunk", disable=not progress or not chunks) as bar:
        for start in range(0, len(order), EMBED_BATCH):
            batch = order[start : start + EMBED_BATCH]
            for i, vector in zip(batch, embeddings.embed_documents([chunks[i].text for i in batch])):
                vectors[i] = vector
            bar.update(len(batch))
    return vectors


def write_chunks(collection, chunks: list[Chunk], vectors: list[list[float]]) -> None:
    """Write chunks with their embeddings into a (new, not yet serving) generation."""
    for start in range(0, len(chunks), WRITE_BATCH):
        batch = chunks[start : start + WRITE_BATCH]
        collection.upsert(
            ids=[chunk.id for chunk in batch],
            documents=[chunk.text for chunk in batch],
            metadatas=[chunk.metadata for chunk in batch],
            embeddings=vectors[start : start + WRITE_BATCH],
        )
