"""What an ingest will change: compare the chunks wanted with the chunks stored, per source."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.ingest.chunk import Chunk


@dataclass
class IngestPlan:
    """Chunks to embed and ids to delete, with per-document outcomes for the summary."""

    to_embed: list[Chunk] = field(default_factory=list)
    to_delete: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    @property
    def changes_anything(self) -> bool:
        return bool(self.to_embed or self.to_delete)


def plan_ingest(wanted: dict[str, list[Chunk]], stored: dict[str, set[str]],
                unchanged: Iterable[str] = ()) -> IngestPlan:
    """A source whose chunk ids all match is unchanged and costs nothing to re-ingest; so is one already
    known to be unchanged (its content fingerprint matched, so it was not chunked again)."""
    unchanged = set(unchanged)
    plan = IngestPlan(unchanged=sorted(unchanged))
    for source in sorted(wanted):
        chunks = wanted[source]
        stored_ids = stored.get(source, set())
        wanted_ids = {chunk.id for chunk in chunks}
        new_chunks = [chunk for chunk in chunks if chunk.id not in stored_ids]
        stale_ids = sorted(stored_ids - wanted_ids)
        if not stored_ids:
            plan.added.append(source)
        elif new_chunks or stale_ids:
            plan.updated.append(source)
        else:
            plan.unchanged.append(source)
        plan.to_embed.extend(new_chunks)
        plan.to_delete.extend(stale_ids)
    plan.unchanged.sort()
    for source in sorted(set(stored) - set(wanted) - unchanged):
        plan.removed.append(source)
        plan.to_delete.extend(sorted(stored[source]))
    return plan
