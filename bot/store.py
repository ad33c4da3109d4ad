"""The Chroma knowledge base: an embedded or server client, and generations of the collection behind a pointer.

Readers always use the active generation. An ingest that changes anything builds a new generation
(unchanged chunks are copied with their embeddings, only new chunks are embedded) and switches the
pointer only when it is complete, so a failed or killed ingest leaves the previous knowledge serving.
The previous generation is kept one more round so that reads in flight during a switch can finish.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import time
import uuid
from collections import defaultdict
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from bot.settings import Settings

if TYPE_CHECKING:
    import chromadb

COLLECTION_CONFIGURATION = {"hnsw": {"space": "cosine"}}
COPY_BATCH = 2000


def source_key(source: str) -> str:
    """The prefix of every chunk id of a source, so stored ids group by source without reading metadata."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:12]


def chunk_id(source: str, fingerprint: str, digest: str) -> str:
    """`<source key>-<fingerprint of the content it was chunked from>-<digest of text and metadata>`."""
    return f"{source_key(source)}-{fingerprint}-{digest}"


def id_fingerprint(stored_id: str) -> str | None:
    """The content fingerprint in a chunk id (None for ids from before fingerprints)."""
    parts = stored_id.split("-")
    return parts[1] if len(parts) == 3 else None


class EmbeddingModelMismatch(Exception):
    """The knowledge base was built with another embedding model; its vectors cannot be mixed."""


def open_client(settings: Settings) -> chromadb.ClientAPI:
    """A Chroma server client when SMABOT_CHROMA_HOST is set, else embedded; telemetry off either way.
    Chroma is imported only here: it takes a third of a second, which an unchanged re-ingest need not pay."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_host:
        return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)


class KnowledgeStore:
    def __init__(self, settings: Settings, client: chromadb.ClientAPI | None = None) -> None:
        self.settings = settings
        self.client = client or open_client(settings)
        self.base = settings.collection
        self._pointer = self.client.get_or_create_collection(
            f"{self.base}__active", embedding_function=None, metadata={"embedding_model": settings.embedding_model})
        built_with = (self._pointer.metadata or {}).get("embedding_model")
        if built_with and built_with != settings.embedding_model:
            raise EmbeddingModelMismatch(
                f"knowledge base {self.base!r} was built with {built_with!r}, not {settings.embedding_model!r}; "
                f"use another SMABOT_COLLECTION or delete {settings.chroma_path}")

    def active_name(self) -> str:
        """The collection readers should use now (a cheap metadata read)."""
        pointer = self.client.get_collection(f"{self.base}__active")
        active = (pointer.metadata or {}).get("active")
        if active:
            return active
        # a knowledge base built before generations existed is served until the next ingest replaces it
        return self.base if self.base in self._generation_names() else f"{self.base}__g0"

    def collection(self, name: str):
        """A generation; never with Chroma's default embedding function (it would download a model)."""
        return self.client.get_or_create_collection(
            name=name, embedding_function=None, configuration=COLLECTION_CONFIGURATION,
            metadata={"embedding_model": self.settings.embedding_model})

    def active(self):
        return self.collection(self.active_name())

    def embedded_with(self) -> str | None:
        """The embedding backend the serving vectors came from (None for an empty knowledge base; knowledge
        bases from before backends were recorded used torch)."""
        recorded = (self.client.get_collection(f"{self.base}__active").metadata or {}).get("embedding_backend")
        return recorded or ("torch" if self.active().count() else None)

    def served(self, sources: Iterable[str]) -> Served:
        ids = stored_ids_by_source(self.active(), sources)
        return Served(ids, self.embedded_with() if ids else None)

    def new_generation(self):
        return self.collection(f"{self.base}__g{time.time_ns()}")

    def copy_chunks(self, source, target, ids: list[str]) -> None:
        """Carry unchanged chunks, with their embeddings, into a new generation."""
        for start in range(0, len(ids), COPY_BATCH):
            batch = source.get(ids=ids[start : start + COPY_BATCH], include=["embeddings", "documents", "metadatas"])
            if batch["ids"]:
                target.upsert(ids=batch["ids"], embeddings=batch["embeddings"], documents=batch["documents"],
                              metadatas=batch["metadatas"])

    def vectors_by_text(self, collection, ids: list[str]) -> dict[str, list[float]]:
        """Stored embeddings by chunk text, for re-using them when an edited document keeps a paragraph."""
        vectors: dict[str, list[float]] = {}
        for start in range(0, len(ids), COPY_BATCH):
            batch = collection.get(ids=ids[start : start + COPY_BATCH], include=["documents", "embeddings"])
            vectors.update(zip(batch["documents"], (list(map(float, v)) for v in batch["embeddings"])))
        return vectors

    def activate(self, name: str, embedded_with: str) -> None:
        """Switch readers to a complete generation; drop all but it and the one it replaces."""
        previous = self.active_name()
        self._pointer.modify(metadata={"active": name, "previous": previous,
                                       "embedding_model": self.settings.embedding_model,
                                       "embedding_backend": embedded_with})
        self.drop_generations(keep={name, previous})

    def drop_generations(self, keep: set[str]) -> None:
        """Delete generations not in keep (unfinished staging ones and a pre-generations collection included),
        and their files."""
        prefix = f"{self.base}__g"
        for name in self._generation_names():
            if (name.startswith(prefix) or name == self.base) and name not in keep:
                self.client.delete_collection(name)
        if not self.settings.chroma_host:
            remove_orphaned_segments(self.settings.chroma_path)

    def serving(self) -> set[str]:
        metadata = self.client.get_collection(f"{self.base}__active").metadata or {}
        return {name for name in (metadata.get("active"), metadata.get("previous")) if name} or {self.active_name()}

    def _generation_names(self) -> list[str]:
        return [c if isinstance(c, str) else c.name for c in self.client.list_collections()]


def remove_orphaned_segments(chroma_path: Path) -> list[Path]:
    """Delete the index folders no collection owns any more: embedded Chroma deletes a collection's records
    but leaves its vector index's folder (named by the segment id) on disk. Only dropped generations lose
    theirs; the active and previous ones, which readers may still use, keep their segments."""
    database = chroma_path / "chroma.sqlite3"
    if not database.is_file():
        return []
    with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as db:
        owned = {row[0] for row in db.execute("SELECT id FROM segments")}
    removed = []
    for folder in chroma_path.iterdir():
        if folder.is_dir() and _is_uuid(folder.name) and folder.name not in owned:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _is_uuid(name: str) -> bool:
    try:
        return str(uuid.UUID(name)) == name
    except ValueError:
        return False


def stored_ids_by_source(collection, sources: Iterable[str]) -> dict[str, set[str]]:
    """Chunk ids currently stored, grouped by source. Ids start with their source's key, so only chunks of
    sources not in `sources` (removed ones, or ids from before the keys) need their metadata read."""
    by_source, unknown = group_by_source(collection.get(include=[])["ids"], sources)
    for start in range(0, len(unknown), COPY_BATCH):
        batch = collection.get(ids=unknown[start : start + COPY_BATCH], include=["metadatas"])
        for chunk_id, metadata in zip(batch["ids"], batch["metadatas"] or []):
            by_source[(metadata or {}).get("source", "")].add(chunk_id)
    return dict(by_source)


def group_by_source(ids: Iterable[str], sources: Iterable[str]) -> tuple[defaultdict[str, set[str]], list[str]]:
    """Chunk ids grouped by the source in `sources` their key names, and the ids of no source there."""
    key_to_source = {source_key(source): source for source in sources}
    by_source: defaultdict[str, set[str]] = defaultdict(set)
    unknown = []
    for chunk_id in ids:
        source = key_to_source.get(chunk_id.split("-", 1)[0])
        if source is None:
            unknown.append(chunk_id)
        else:
            by_source[source].add(chunk_id)
    return by_source, unknown


@dataclass(frozen=True)
class Served:
    """The chunk ids the serving generation holds, by source, and the backend that embedded them."""

    ids_by_source: dict[str, set[str]]
    embedded_with: str | None


def served_on_disk(settings: Settings, sources: Iterable[str]) -> Served | None:
    """What an embedded knowledge base serves, read from Chroma's database file without starting Chroma, so
    that an unchanged re-ingest costs no Chroma import. None when that is not certain: a Chroma server, no
    database yet, a knowledge base built with another model, ids of sources not in `sources` (their source
    is in their metadata) or a database layout this does not know; the caller then asks Chroma."""
    database = settings.chroma_path / "chroma.sqlite3"
    if settings.chroma_host or not database.is_file():
        return None
    try:
        with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as db:
            pointer = dict(db.execute(
                "SELECT m.key, m.str_value FROM collection_metadata m JOIN collections c ON c.id = m.collection_id"
                " WHERE c.name = ?", (f"{settings.collection}__active",)))
            ids = [row[0] for row in db.execute(
                "SELECT e.embedding_id FROM embeddings e JOIN segments s ON s.id = e.segment_id"
                " JOIN collections c ON c.id = s.collection WHERE c.name = ?", (pointer.get("active"),))]
    except sqlite3.Error:
        return None
    if not pointer.get("active") or pointer.get("embedding_model") != settings.embedding_model:
        return None
    by_source, unknown = group_by_source(ids, sources)
    if unknown:
        return None
    return Served(dict(by_source), pointer.get("embedding_backend") or ("torch" if ids else None))


@dataclass(frozen=True)
class KnowledgeStatus:
    """What the serving generation holds, for admins."""

    generation: str
    documents: int
    chunks: int
    embedded_with: str | None


def knowledge_status(store: KnowledgeStore) -> KnowledgeStatus:
    """Documents are the distinct `source` metadata of the serving generation's chunks; no vectors are read."""
    active = store.active()
    metadatas = active.get(include=["metadatas"])["metadatas"] or []
    sources = {(metadata or {}).get("source") for metadata in metadatas}
    return KnowledgeStatus(active.name, len(sources), len(metadatas), store.embedded_with())
