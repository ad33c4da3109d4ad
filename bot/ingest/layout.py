"""Turn a PDF's extracted page lines into paragraphs: running headers, footers and page numbers dropped,
hard-wrapped lines joined, words hyphenated across a line break rejoined."""

from __future__ import annotations

import re
from collections import Counter

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(r"(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.I)
_LIST_ITEM = re.compile(r"(?:[-*•–]|\d{1,2}[.)])\s+")
_SENTENCE_END = ".!?:\"”’)"
_WORD_BEFORE_HYPHEN = re.compile(r"([A-Za-z]+)-$")
_WORD_AFTER = re.compile(r"[a-z]+")
PARAGRAPH_END_WIDTH = 0.85  # a line ending a sentence this much shorter than the page's longest ends a paragraph
HEADING_WIDTH = 0.6  # a short line without final punctuation is a heading: a paragraph of its own


def _furniture_key(line: str) -> str:
    return _DIGITS.sub("#", line.strip().lower())


def _page_lines(pages: list[str]) -> list[list[str]]:
    """Each page's lines without those repeated on most pages (numbers aside) and bare page numbers."""
    split = [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]
    repeated: set[str] = set()
    if len(split) > 1:
        counts = Counter(key for lines in split for key in {_furniture_key(line) for line in lines})
        repeated = {key for key, n in counts.items() if n >= max(2, (len(split) + 1) // 2)}
    return [[line for line in lines if _furniture_key(line) not in repeated and not _PAGE_NUMBER.fullmatch(line)]
            for lines in split]


def _is_heading(line: str, width: int) -> bool:
    return len(line) < HEADING_WIDTH * width and line[-1] not in _SENTENCE_END + ",;"


def _paragraph_lines(lines: list[str]) -> list[list[str]]:
    width = max((len(line) for line in lines), default=0)
    paragraphs: list[list[str]] = []
    for line in lines:
        previous = paragraphs[-1][-1] if paragraphs else ""
        starts_new = (
            not paragraphs
            or _LIST_ITEM.match(line)
            or _is_heading(line, width)
            or _is_heading(previous, width)
            or (previous[-1] in _SENTENCE_END and len(previous) < PARAGRAPH_END_WIDTH * width)
        )
        if starts_new:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return paragraphs


def _join(lines: list[str], vocabulary: set[str]) -> str:
    """One paragraph's lines as one line; 'defen-' + 'se' is 'defense' unless the text spells it hyphenated."""
    text = lines[0]
    for line in lines[1:]:
        before, after = _WORD_BEFORE_HYPHEN.search(text), _WORD_AFTER.match(line)
        if before and after and f"{before.group(1)}-{after.group(0)}".lower() not in vocabulary:
            text = text[:-1] + line
        else:
            text += " " + line
    return text


def pdf_paragraphs(pages: list[str]) -> str:
    """The citable text of a PDF: its paragraphs, separated by blank lines."""
    page_lines = _page_lines(pages)
    vocabulary = {word.lower() for lines in page_lines for line in lines for word in re.findall(r"\w+-\w+", line)}
    paragraphs: list[list[str]] = []
    for lines in page_lines:
        for paragraph in _paragraph_lines(lines):
            previous = paragraphs[-1][-1] if paragraphs else ""
            if previous and previous[-1] not in _SENTENCE_END and paragraph[0][:1].islower():
                paragraphs[-1].extend(paragraph)  # a sentence running on to the next page
            else:
                paragraphs.append(paragraph)
    return "\n\n".join(_join(lines, vocabulary) for lines in paragraphs)
