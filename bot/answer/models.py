"""The Answer every route produces and every renderer (CLI JSON, Slack blocks) consumes."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Route = Literal["retrieval", "figures", "calculator", "declined", "clarify"]


class Citation(BaseModel):
    """A quoted span of a source: quote == source_text[start:end]."""

    n: int
    source: str
    title: str
    published: str | None = Field(None, description="YYYY-MM-DD")
    quote: str
    start: int
    end: int
    publisher: str | None = Field(None, description="from the document's sidecar or front matter")
    url: str | None = Field(None, description="the public page the document was taken from")
    section: str | None = Field(None, description="the heading the quoted passage sits under")

    @property
    def span(self) -> tuple[str, int, int]:
        """Where the quote stands: one span quoted twice is one citation."""
        return self.source, self.start, self.end

    @classmethod
    def from_chunk(cls, n: int, metadata: dict, quote: str, start: int, end: int) -> Citation:
        """A quote from a stored chunk, with the provenance its metadata carries."""
        return cls(n=n, source=metadata["source"], title=metadata["title"], published=metadata.get("published") or None,
                   quote=quote, start=start, end=end, publisher=metadata.get("publisher") or None,
                   url=metadata.get("url") or None, section=metadata.get("section") or None)


class Answer(BaseModel):
    question: str
    route: Route
    answer: str
    citations: list[Citation] = Field(default_factory=list)
    calculation: dict | None = None
    latency_ms: float = 0.0
    answerer: Literal["extractive", "llm"] = "extractive"
    grounding: dict | None = Field(None, description='{"checked": n, "unsupported": [...]}')
    plan: dict | None = Field(None, description='{"kind": "calculate"|"lookup"|..., "operation"|"measure": ..., ...}')
