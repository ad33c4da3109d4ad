"""Run an ingest: load -> chunk -> plan -> embed -> write, and the one-line summary."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from bot.embeddings import SentenceEmbeddings
from bot.figures import load_figures
from bot.ingest.chunk import Chunk, chunk_document, chunk_figures
from bot.ingest.load import load_documents, read_source_text
from bot.ingest.plan import IngestPlan, plan_ingest
from bot.ingest.write import embed_chunks, write_chunks
from bot.settings import Settings
from bot.store import open_client, open_collection, stored_ids_by_source


@dataclass
class IngestReport:
    plan: IngestPlan
    chunks_embedded: int
    seconds: float
    dry_run: bool
    warnings: list[str] = field(default_factory=list)
    documents_loaded: int = 0

    @property
    def failed(self) -> bool:
        """Nothing could be ingested: every document was unreadable, or there were none."""
        return self.documents_loaded == 0

    def summary(self) -> str:
        plan = self.plan
        line = (
            f"{len(plan.added)} documents added, {len(plan.updated)} updated, "
            f"{len(plan.unchanged)} unchanged, {len(plan.removed)} removed; "
            f"{self.chunks_embedded} chunks embedded, {len(plan.to_delete)} chunks "
            f"{'to delete' if self.dry_run else 'deleted'}"
        )
        if self.dry_run:
            line += f" (dry run: {len(plan.to_embed)} chunks would be embedded)"
        line += f"; {len(self.warnings)} warnings; {self.seconds:.2f} s"
        return line


def collect_chunks(settings: Settings, sources: list[Path]) -> tuple[dict[str, list[Chunk]], list[str], int]:
    """The chunks wanted for every readable document and the figures file, grouped by source.

    An invalid figures file raises FiguresError: ingest refuses it rather than drop the figures.
    """
    loaded = load_documents([settings.documents_dir, *sources], settings.display_path)
    wanted: dict[str, list[Chunk]] = {}
    for document in loaded.documents:
        wanted[document.source] = chunk_document(document, settings.chunk_chars)
    figures_file = settings.figures_file
    if figures_file.is_file():
        table = load_figures(figures_file, settings.knowledge_dir, settings.display_path)
        source = settings.display_path(figures_file)
        wanted[source] = chunk_figures(table, source, read_source_text(figures_file)[0])
    return wanted, loaded.warnings, len(loaded.documents)


def run_ingest(
    settings: Settings,
    sources: list[Path] | None = None,
    dry_run: bool = False,
    progress: bool = True,
    embeddings: SentenceEmbeddings | None = None,
) -> IngestReport:
    """Make the collection mirror the knowledge base; embeds only what changed."""
    started = time.perf_counter()
    wanted, warnings, documents_loaded = collect_chunks(settings, list(sources or []))
    collection = open_collection(open_client(settings.chroma_path), settings)
    plan = plan_ingest(wanted, stored_ids_by_source(collection))
    if documents_loaded == 0:
        # Never empty a serving collection because the knowledge folder could not be read.
        plan = IngestPlan()
    embedded = 0
    if not dry_run and plan.changes_anything:
        vectors = embed_chunks(plan.to_embed, embeddings or SentenceEmbeddings(settings.embedding_model), progress)
        write_chunks(collection, plan.to_embed, vectors, plan.to_delete)
        embedded = len(vectors)
    return IngestReport(
        plan=plan,
        chunks_embedded=embedded,
        seconds=time.perf_counter() - started,
        dry_run=dry_run,
        warnings=warnings,
        documents_loaded=documents_loaded,
    )
