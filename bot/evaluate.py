"""Evaluation over a question file (format of ../shared/dev_questions.yaml), through the same path as Slack."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import yaml
from pydantic import BaseModel, Field

from bot.answer.grounding import is_close, numbers_in, unsupported_numbers
from bot.answer.models import Answer
from bot.ingest.load import UnreadableDocument, read_source_text
from bot.settings import Settings

# The shared question set names the public fact sheet; the project keeps those facts in its figures file.
SOURCE_ALIASES = {"sma_facts.yaml": "sma_figures.yaml"}


class Expectation(BaseModel):
    value: Decimal
    unit: str
    tolerance: float = 0


class Question(BaseModel):
    q: str
    route: str
    expect: Expectation | None = None
    expect_text: list[str] = Field(default_factory=list)
    expect_text_any: list[str] = Field(default_factory=list)
    source: str | None = None


class QuestionSet(BaseModel):
    """A question file: the questions, and the document folders (relative to the file) they are about,
    which `smabot eval` ingests with knowledge/ into a temporary knowledge base."""

    questions: list[Question]
    sources: list[Path] = Field(default_factory=list)


def load_question_set(path: Path) -> QuestionSet:
    question_set = QuestionSet.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    question_set.sources = [path.parent / source for source in question_set.sources]
    missing = [str(source) for source in question_set.sources if not source.exists()]
    if missing:
        raise ValueError(f"sources not found: {', '.join(missing)}")
    return question_set


def load_questions(path: Path) -> list[Question]:
    return load_question_set(path).questions


@dataclass
class Result:
    question: Question
    answer: Answer
    route_ok: bool
    exact: bool | None
    cited: bool
    right_source: bool | None
    unsupported: list[Decimal] = field(default_factory=list)


def quotes_check_out(answer: Answer, settings: Settings) -> bool:
    for citation in answer.citations:
        try:
            text, _ = read_source_text(settings.resolve_display_path(citation.source))
        except (OSError, UnreadableDocument):
            return False
        if text[citation.start : citation.end] != citation.quote:
            return False
    return bool(answer.citations)


def judge(question: Question, answer: Answer, settings: Settings) -> Result:
    text = answer.answer.lower()
    exact = None
    if question.expect is not None:
        found = numbers_in(answer.answer)
        if answer.calculation:
            found.add(Decimal(answer.calculation["result"]))
        tolerance = Decimal(str(question.expect.tolerance))
        exact = any(is_close(n, question.expect.value, tolerance) for n in found)
    if question.expect_text:
        exact = (exact is not False) and all(t.lower() in text for t in question.expect_text)
    if question.expect_text_any:
        exact = (exact is not False) and any(t.lower() in text for t in question.expect_text_any)
    right_source = None
    if question.source == "calculation":
        right_source = answer.calculation is not None
    elif question.source:
        wanted = SOURCE_ALIASES.get(question.source, question.source)
        right_source = any(c.source.endswith(wanted) for c in answer.citations)
    return Result(question, answer, answer.route == question.route, exact,
                  quotes_check_out(answer, settings), right_source, unsupported_numbers(answer))


@dataclass
class Report:
    results: list[Result]

    def _rate(self, values: list[bool]) -> float | None:
        return sum(values) / len(values) if values else None

    def metrics(self) -> dict:
        r = self.results
        answered = [x for x in r if x.question.route != "declined"]
        latencies = [x.answer.latency_ms for x in r]
        return {
            "questions": len(r),
            "route_accuracy": self._rate([x.route_ok for x in r]),
            "numeric_exactness": self._rate([x.exact for x in r if x.exact is not None]),
            "citation_rate": self._rate([x.cited for x in answered]),
            "citation_correctness": self._rate([x.right_source for x in answered if x.right_source is not None]),
            "decline_accuracy": self._rate([(x.answer.route == "declined") == (x.question.route == "declined") for x in r]),
            "unsupported_numbers": sum(len(x.unsupported) for x in r),
            "latency_p50_ms": statistics.median(latencies) if latencies else None,
            "latency_p95_ms": sorted(latencies)[min(len(latencies) - 1, int(0.95 * len(latencies)))] if latencies else None,
        }

    def table(self) -> str:
        lines = [f"{'':2} {'route':>10} {'expected':>10} {'exact':>5} {'cited':>5} {'source':>6} {'ms':>7}  question"]
        for x in self.results:
            mark = "ok" if x.route_ok and x.exact is not False and x.right_source is not False else "XX"
            flag = lambda v: "-" if v is None else ("yes" if v else "NO")  # noqa: E731
            lines.append(f"{mark:2} {x.answer.route:>10} {x.question.route:>10} {flag(x.exact):>5} {flag(x.cited):>5} "
                         f"{flag(x.right_source):>6} {x.answer.latency_ms:7.1f}  {x.question.q[:70]}")
        lines.append("")
        for name, value in self.metrics().items():
            if value is None:
                shown = "n/a"
            elif name.endswith("_ms"):
                shown = f"{value:.1f} ms"
            elif isinstance(value, float):
                shown = f"{value:.1%}"
            else:
                shown = str(value)
            lines.append(f"{name:>22}: {shown}")
        return "\n".join(lines)


def evaluate(questions: list[Question], answer_question, settings: Settings) -> Report:
    return Report([judge(q, answer_question(q.q), settings) for q in questions])
