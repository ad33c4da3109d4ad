"""Run an ingest: load -> chunk -> plan -> embed -> write, and the one-line summary."""

from __future__ import annotations

import fcntl
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from bot.figures import load_figures
from bot.ingest.chunk import Chunk, chunk_document, chunk_figures, document_fingerprint, fingerprint, text_sha256
from bot.ingest.load import SourceDocument, load_documents, read_source_text
from bot.ingest.plan import IngestPlan, plan_ingest
from bot.ingest.write import embed_chunks, write_chunks
from bot.settings import Settings
from bot.store import KnowledgeStore, id_fingerprint, served_on_disk

if TYPE_CHECKING:
    from bot.embeddings import SentenceEmbeddings


class IngestBusy(Exception):
    """Another ingest holds the lock."""


@contextmanager
def ingest_lock(settings: Settings):
    """One ingest at a time across threads and processes on this machine (an flock on a file)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    with open(settings.data_dir / "ingest.lock", "w") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise IngestBusy("An ingest is already running; try again when it has finished.") from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@dataclass
class IngestReport:
    plan: IngestPlan
    chunks_embedded: int
    seconds: float
    dry_run: bool
    warnings: list[str] = field(default_factory=list)
    documents_loaded: int = 0
    chunks_reused: int = 0  # rewritten under a new id with the embedding of an identical stored text

    @property
    def failed(self) -> bool:
        """Nothing could be ingested: every document was unreadable, or there were none."""
        return self.documents_loaded == 0

    def summary(self) -> str:
        plan = self.plan
        line = (
            f"{len(plan.added)} documents added, {len(plan.updated)} updated, "
            f"{len(plan.unchanged)} unchanged, {len(plan.removed)} removed; "
            f"{self.chunks_embedded} chunks embedded, "
            + (f"{self.chunks_reused} re-stored with their embeddings, " if self.chunks_reused else "")
            + f"{len(plan.to_delete)} chunks "
            f"{'to delete' if self.dry_run else 'deleted'}"
        )
        if self.dry_run:
            line += f" (dry run: {len(plan.to_embed)} chunks would be embedded)"
        line += f"; {len(self.warnings)} warnings; {self.seconds:.2f} s"
        return line

    def changes(self, limit: int = 20) -> list[str]:
        """The sources added, updated and removed, one line each (the figures file counts as one)."""
        lines = []
        for label, sources in (("added", self.plan.added), ("updated", self.plan.updated),
                               ("removed", self.plan.removed)):
            lines += [f"{label}: {source}" for source in sources]
        return lines[:limit] + ([f"… and {len(lines) - limit} more"] if len(lines) > limit else [])

    def outcome(self) -> IngestOutcome:
        return IngestOutcome(summary=self.summary(), changes=self.changes(), warnings=self.warnings,
                             failed=self.failed)


class IngestOutcome(BaseModel):
    """What an admin is told about an ingest: small enough to come back from the ingest's own process as JSON."""

    summary: str
    changes: list[str]
    warnings: list[str]
    failed: bool


@dataclass
class LoadedSources:
    """Every readable document, and the figures file's text, before chunking."""

    documents: list[SourceDocument]
    warnings: list[str]
    figures_source: str | None = None
    figures_text: str = ""

    @property
    def names(self) -> list[str]:
        return [d.source for d in self.documents] + ([self.figures_source] if self.figures_source else [])


def load_sources(settings: Settings, sources: list[Path]) -> LoadedSources:
    loaded = load_documents([settings.documents_dir, *sources], settings.display_path)
    result = LoadedSources(loaded.documents, loaded.warnings)
    if settings.figures_file.is_file():
        result.figures_source = settings.display_path(settings.figures_file)
        result.figures_text = read_source_text(settings.figures_file)[0]
    return result


def chunk_sources(settings: Settings, loaded: LoadedSources,
                  stored: dict[str, set[str]]) -> tuple[dict[str, list[Chunk]], list[str]]:
    """(chunks wanted by source, sources left unchanged). A source whose stored chunk ids all carry its
    current content fingerprint is unchanged and is not chunked again.

    An invalid figures file raises FiguresError: ingest refuses it rather than drop the figures.
    """
    wanted: dict[str, list[Chunk]] = {}
    unchanged: list[str] = []

    def is_unchanged(source: str, content: str) -> bool:
        ids = stored.get(source)
        return bool(ids) and all(id_fingerprint(i) == content for i in ids)

    document_contents = {}
    for document in loaded.documents:
        content = document_contents[document.source] = document_fingerprint(document, settings.chunk_chars)
        if is_unchanged(document.source, content):
            unchanged.append(document.source)
        else:
            wanted[document.source] = chunk_document(document, settings.chunk_chars)
    if loaded.figures_source:
        # figure chunks cite the documents too (titles, dates), so any document change re-chunks them
        content = fingerprint(text_sha256(loaded.figures_text), sorted(document_contents.items()))
        if is_unchanged(loaded.figures_source, content):
            unchanged.append(loaded.figures_source)
        else:
            table = load_figures(settings.figures_file, settings.knowledge_dir, settings.display_path)
            wanted[loaded.figures_source] = chunk_figures(table, loaded.figures_source, loaded.figures_text, content)
    return wanted, unchanged


def collect_chunks(settings: Settings, sources: list[Path]) -> tuple[dict[str, list[Chunk]], list[str], int]:
    """All chunks of every readable document and the figures file, by source (what a first ingest embeds)."""
    loaded = load_sources(settings, sources)
    wanted, _ = chunk_sources(settings, loaded, {})
    return wanted, loaded.warnings, len(loaded.documents)


def run_ingest(
    settings: Settings,
    sources: list[Path] | None = None,
    dry_run: bool = False,
    progress: bool = True,
    embeddings: SentenceEmbeddings | None = None,
) -> IngestReport:
    """Make the knowledge base mirror the sources; embeds only what changed, switches over atomically.

    Raises IngestBusy when another ingest is running, FiguresError for an invalid figures file.
    """
    started = time.perf_counter()
    backend = embeddings.backend if embeddings else settings.embedding_backend
    with ingest_lock(settings):
        loaded = load_sources(settings, list(sources or []))
        warnings, documents_loaded = loaded.warnings, len(loaded.documents)
        store = None
        served = served_on_disk(settings, loaded.names)
        if served is None:
            store = KnowledgeStore(settings)
            served = store.served(loaded.names)
        stored = served.ids_by_source
        if stored and served.embedded_with != backend:
            # near-identical vectors from two backends are still not mixed: embed everything anew
            warnings.append(f"the knowledge base was embedded with {served.embedded_with}; "
                            f"re-embedding everything with {backend}")
            stored = {}
        wanted, unchanged = chunk_sources(settings, loaded, stored)
        plan = plan_ingest(wanted, stored, unchanged)
        if documents_loaded == 0:
            # Never empty the serving knowledge because the knowledge folder could not be read.
            plan = IngestPlan()
        embedded = reused = 0
        if not dry_run and plan.changes_anything:
            store = store or KnowledgeStore(settings)
            active = store.active()
            store.drop_generations(keep=store.serving())  # leftovers of an ingest that died
            if embeddings is None:  # imported only now: a run with nothing to embed never loads the model
                from bot.embeddings import SentenceEmbeddings

                embeddings = SentenceEmbeddings.from_settings(settings)
            known = store.vectors_by_text(active, [i for source in plan.updated for i in stored[source]])
            reused = sum(chunk.text in known for chunk in plan.to_embed)
            vectors = embed_chunks(plan.to_embed, embeddings, progress, known)
            generation = store.new_generation()
            stale = set(plan.to_delete)
            store.copy_chunks(active, generation, sorted({i for ids in stored.values() for i in ids} - stale))
            write_chunks(generation, plan.to_embed, vectors)
            store.activate(generation.name, embedded_with=backend)
            embedded = len(vectors) - reused
    return IngestReport(
        plan=plan,
        chunks_embedded=embedded,
        chunks_reused=reused,
        seconds=time.perf_counter() - started,
        dry_run=dry_run,
        warnings=warnings,
        documents_loaded=documents_loaded,
    )
