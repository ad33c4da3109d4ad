"""Answers built from the structured figures table and from calculations, with their evidence cited."""

from __future__ import annotations

import re
from decimal import Decimal

import numpy as np

from bot.answer.extractive import LEXICAL_WEIGHT, content_words
from bot.answer.models import Answer, Citation
from bot.calculator import fmt
from bot.embeddings import SentenceEmbeddings
from bot.figures import Evidence, FigureRecord, FigureTable
from bot.quantities import SMA_NUMBER, find_years, spoken_amount
from bot.resolve import Resolved
from bot.router import expected_kinds, expected_units

MIN_FIGURE_SIMILARITY = 0.5  # semantic similarity plus the lexical bonus
SAME_QUESTION_MARGIN = 0.06  # figures this close to the best one answer the same question


def quantity_text(value: Decimal, unit: str) -> str:
    """Money both as people say it and in full: '960 billion won (₩960,000,000,000)'; other units via fmt."""
    if unit in ("KRW", "USD"):
        return f"{spoken_amount(value, unit)} ({fmt(value, unit)})"
    if unit == "KRW per USD":
        return f"{value.normalize():f} won per US dollar"
    return fmt(value, unit)


def format_value(record: FigureRecord) -> str:
    f = record.figure
    if f.unit == "date":
        date = f.date
        return f"{date:%B} {date.day}, {date.year} ({f.value})" if date else f.value
    return quantity_text(f.number, f.unit)


class Citations:
    """Numbers evidence spans [1], [2], ... in order, reusing a number for a repeated span."""

    def __init__(self) -> None:
        self.items: list[Citation] = []

    def cite(self, evidence: Evidence) -> int:
        for c in self.items:
            if (c.source, c.start, c.end) == (evidence.source, evidence.start, evidence.end):
                return c.n
        n = len(self.items) + 1
        self.items.append(Citation(n=n, source=evidence.source, title=evidence.title, published=evidence.published,
                                   quote=evidence.quote, start=evidence.start, end=evidence.end, url=evidence.url))
        return n

    def cite_record(self, record: FigureRecord, limit: int = 2) -> str:
        """Markers for up to `limit` distinct spans of the record's evidence (only those are cited)."""
        numbers: list[int] = []
        for evidence in record.evidence:
            if len(numbers) == limit:
                break
            n = self.cite(evidence)
            if n not in numbers:
                numbers.append(n)
        return "".join(f"[{n}]" for n in numbers)


class FigureAnswerer:
    """Looks figures up by meaning, filtered by the year, SMA and kind of number the question names."""

    def __init__(self, table: FigureTable, embeddings: SentenceEmbeddings) -> None:
        self.table = table
        self.vectors = np.asarray(embeddings.embed_documents([r.figure.text for r in table.records]), dtype=np.float32)
        self.words = [content_words(r.figure.text) for r in table.records]

    def candidates(self, question: str, question_vector: list[float]) -> list[tuple[float, FigureRecord]]:
        if not self.table.records:
            return []
        units, kinds = expected_units(question), expected_kinds(question)
        years = set(find_years(question))
        sma = SMA_NUMBER.search(question)
        similarity = self.vectors @ np.asarray(question_vector, dtype=np.float32)
        asked = content_words(question)
        ranked = []
        for score, record, words in zip(similarity, self.table.records, self.words):
            overlap = len(asked & words) / max(len(asked), 1)
            f = record.figure
            if units is not None and f.unit not in units or f.value is None or kinds and f.kind not in kinds:
                continue
            if years and not (years & set(f.years()) or (f.as_of and f.as_of.year in years and not f.years())):
                continue
            if sma and f.sma is not None and f.sma != int(sma.group(1)):
                continue
            ranked.append((float(score) + LEXICAL_WEIGHT * overlap, record))
        ranked.sort(key=lambda item: -item[0])
        return ranked

    def answer(self, question: str, question_vector: list[float]) -> Answer | None:
        if expected_units(question) is None:
            return None
        ranked = self.candidates(question, question_vector)
        if not ranked or ranked[0][0] < MIN_FIGURE_SIMILARITY:
            return None
        best_score, best = ranked[0]
        same = [r for s, r in ranked if s >= best_score - SAME_QUESTION_MARGIN
                and r.figure.unit == best.figure.unit and r.figure.kind == best.figure.kind]
        citations = Citations()
        values = list(dict.fromkeys(r.figure.value for r in same))
        if len(values) == 1:
            agreeing = same[:3]
            marks = dict.fromkeys(citations.cite_record(r) for r in agreeing)
            lines = [f"*{format_value(best)}*: {best.figure.text} " + "".join(marks)]
        else:
            # Dates close in meaning are usually different events; other values are a real disagreement.
            lines = ["The closest dated facts:" if best.figure.unit == "date" else "Sources differ on this figure:"]
            for value in values[:3]:
                record = next(r for r in same if r.figure.value == value)
                as_of = f" (as of {record.figure.as_of})" if record.figure.as_of else ""
                lines.append(f"• *{format_value(record)}*{as_of}: {record.figure.text} {citations.cite_record(record)}")
        other = self._other_currency(best, ranked, best_score)
        if other:
            lines.append(f"In {other.figure.unit}: *{format_value(other)}*: {other.figure.text} {citations.cite_record(other)}")
        return Answer(question=question, route="figures", answer="\n".join(lines), citations=citations.items)

    @staticmethod
    def _other_currency(best: FigureRecord, ranked: list[tuple[float, FigureRecord]], best_score: float) -> FigureRecord | None:
        """The same payment as reported in the other currency, when the question named none."""
        if best.figure.unit not in ("KRW", "USD"):
            return None
        for score, record in ranked:
            f = record.figure
            if (f.unit in ("KRW", "USD") and f.unit != best.figure.unit and f.kind == best.figure.kind
                    and f.sma == best.figure.sma and set(f.years()) & set(best.figure.years())
                    and score >= best_score - 2 * SAME_QUESTION_MARGIN):
                return record
        return None

    def correct_false_premise(self, question: str) -> Answer | None:
        """'Why did Korea stop paying in 2017?' -> the payment the table records for that year."""
        if not re.search(r"\b(stop\w*|halt\w*|refus\w*|suspend\w*|quit|cease\w*|(did not|didn't|never) pa(y|id))\b", question, re.I):
            return None
        years = find_years(question)
        if not years:
            return None
        payments = [r for r in self.table.find(kind="contribution", unit="KRW", year=years[0]) if r.figure.year == years[0]]
        if not payments:
            return None
        citations = Citations()
        record = payments[0]
        text = (f"That premise does not match the sources: South Korea did pay in {years[0]}. "
                f"*{format_value(record)}*: {record.figure.text} {citations.cite_record(record)}")
        return Answer(question=question, route="figures", answer=text, citations=citations.items)


def calculation_answer(question: str, resolved: Resolved) -> Answer:
    """The result, the assumptions, and a citation for every input that came from the figures table."""
    c = resolved.calculation
    citations = Citations()
    sources = {r.figure.id: citations.cite_record(r, limit=1) for r in resolved.figures}
    lines = [f"*{quantity_text(c.result, c.unit)}* — {c.expression}."]
    for q in c.inputs:
        if q.figure and q.figure in sources:
            lines.append(f"Input from the figures table: {q.label} {sources[q.figure]}")
    lines += [f"Assumption: {a}." for a in resolved.assumptions]
    return Answer(question=question, route="calculator", answer="\n".join(lines), citations=citations.items,
                  calculation=c.as_json())
