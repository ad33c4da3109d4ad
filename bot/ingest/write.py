"""Embed planned chunks (before anything is written), then write them into a new generation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tqdm import tqdm

from bot.ingest.chunk import Chunk

if TYPE_CHECKING:
    from bot.embeddings import SentenceEmbeddings

EMBED_BATCH = 256
WRITE_BATCH = 2000


def embed_chunks(chunks: list[Chunk], embeddings: SentenceEmbeddings, progress: bool,
                 known: dict[str, list[float]] | None = None) -> list[list[float]]:
    """All embeddings are computed before anything is written, so a failure here changes nothing.

    Each distinct text is embedded once (repeated boilerplate, the same paragraph in two documents), and
    not at all when `known` has its vector already (an unchanged paragraph of an edited document);
    texts go shortest first, so each batch pads to similar lengths; vectors come back in the chunks' order.
    """
    vector_of = dict(known or {})
    texts = sorted({chunk.text for chunk in chunks} - vector_of.keys(), key=lambda text: (len(text), text))
    with tqdm(total=len(texts), desc="embedding", unit="chunk", disable=not progress or not texts) as bar:
        for start in range(0, len(texts), EMBED_BATCH):
            batch = texts[start : start + EMBED_BATCH]
            vector_of.update(zip(batch, embeddings.embed_documents(batch)))
            bar.update(len(batch))
    return [vector_of[chunk.text] for chunk in chunks]


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
