"""Sentence and paragraph spans over raw text; offsets index the original string."""

from __future__ import annotations

import re

# Tokens that end with a period without ending a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "adm", "amb", "sen", "rep", "gov", "pres",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "etc", "approx", "inc", "co", "corp", "st", "u.s", "u.n", "u.k", "e.g", "i.e",
}
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _is_abbreviation(text: str, period_at: int) -> bool:
    word_start = period_at
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:period_at].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _strip_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split text[start:end] into sentences; a line break always ends a sentence."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    line_start = start
    while line_start < end:
        newline = text.find("\n", line_start, end)
        line_end = end if newline == -1 else newline
        sentence_start = line_start
        for match in _SENTENCE_END.finditer(text, line_start, line_end):
            after = match.end()
            if after < line_end and not text[after].isspace() and not text[after].isupper():
                continue  # "1.5", "U.S-led": not a boundary
            if text[match.start()] == "." and match.end() - match.start() == 1:
                if _is_abbreviation(text, match.start()):
                    continue
            rest = text[after:line_end].lstrip()
            if rest and rest[0].islower():
                continue
            span = _strip_span(text, sentence_start, after)
            if span:
                spans.append(span)
            sentence_start = after
        span = _strip_span(text, sentence_start, line_end)
        if span:
            spans.append(span)
        line_start = line_end + 1
    return spans


def paragraph_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Paragraphs are separated by blank lines."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _PARAGRAPH_BREAK.finditer(text, start):
        span = _strip_span(text, cursor, match.start())
        if span:
            spans.append(span)
        cursor = match.end()
    span = _strip_span(text, cursor, len(text))
    if span:
        spans.append(span)
    return spans
