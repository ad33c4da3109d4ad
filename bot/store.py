"""The Chroma collection: client, collection settings, and what is stored per source."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import chromadb
from chromadb.config import Settings as ChromaSettings

from bot.settings import Settings

COLLECTION_CONFIGURATION = {"hnsw": {"space": "cosine"}}


class EmbeddingModelMismatch(Exception):
    """The collection was built with another embedding model; its vectors cannot be mixed."""


def open_client(chroma_path: Path) -> chromadb.ClientAPI:
    """An embedded Chroma client with telemetry off."""
    chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(
        path=str(chroma_path), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    )


def open_collection(client: chromadb.ClientAPI, settings: Settings):
    """The knowledge collection; never with Chroma's default embedding function (it downloads a model)."""
    collection = client.get_or_create_collection(
        name=settings.collection,
        embedding_function=None,
        configuration=COLLECTION_CONFIGURATION,
        metadata={"embedding_model": settings.embedding_model},
    )
    built_with = (collection.metadata or {}).get("embedding_model")
    if built_with and built_with != settings.embedding_model:
        raise EmbeddingModelMismatch(
            f"collection {settings.collection!r} was built with {built_with!r}, not "
            f"{settings.embedding_model!r}; use another SMABOT_COLLECTION or delete {settings.chroma_path}"
        )
    return collection


def stored_ids_by_source(collection) -> dict[str, set[str]]:
    """Chunk ids currently stored, grouped by source."""
    stored = collection.get(include=["metadatas"])
    by_source: dict[str, set[str]] = defaultdict(set)
    for chunk_id, metadata in zip(stored["ids"], stored["metadatas"] or []):
        by_source[(metadata or {}).get("source", "")].add(chunk_id)
    return dict(by_source)
