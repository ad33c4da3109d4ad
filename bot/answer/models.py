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
    url: str | None = Field(None, exclude=True)


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
