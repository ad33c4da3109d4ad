"""Sentence- and paragraph-respecting chunks that keep their offsets into the source text."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from bot.figures import FigureTable
from bot.ingest.load import SourceDocument
from bot.lexical import chunk_terms
from bot.store import chunk_id
from bot.text import is_heading, line_runs, paragraph_spans, sentence_spans


@dataclass(frozen=True)
class Chunk:
    """One embeddable unit with the provenance a citation needs."""

    id: str
    text: str
    metadata: dict

    @property
    def source(self) -> str:
        return self.metadata["source"]


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# Bump when chunk_spans or the chunk metadata change: files whose content is unchanged are then re-chunked
# (their fingerprints no longer match the stored ids).
# 17: Korean words are terms; 18: "-ation", "-ator" stemmed as the verb; 19: table captions; 20: label-value tables;
# 21: a year heading a two-column table is a column's label; 22: a figure's source dated to the month is dated so
# 23: "Amb. (ret.) Kim" is one sentence
CHUNKING_VERSION = 23


def fingerprint(*parts: object) -> str:
    """What a source's chunks are a function of; equal fingerprints mean equal chunks."""
    return hashlib.sha256(json.dumps([CHUNKING_VERSION, *parts], default=str).encode()).hexdigest()[:12]


def document_fingerprint(doc: SourceDocument, max_chars: int) -> str:
    return fingerprint(max_chars, doc.source, doc.title, doc.published, doc.publisher, doc.url, doc.body_start,
                       doc.sha256)


def make_chunk(text: str, metadata: dict, content_fingerprint: str) -> Chunk:
    """Deterministic id over text and metadata: the same chunk with the same provenance gets the same id,
    and a change to either (a corrected title, a moved span) replaces it."""
    digest = hashlib.sha256((json.dumps(metadata, sort_keys=True) + "\x00" + text).encode()).hexdigest()[:40]
    return Chunk(id=chunk_id(metadata["source"], content_fingerprint, digest), text=text, metadata=metadata)


def _pack(spans: list[tuple[int, int]], max_chars: int) -> list[tuple[int, int]]:
    """Greedily join consecutive spans while the joined span stays within max_chars."""
    packed: list[tuple[int, int]] = []
    for start, end in spans:
        if packed and end - packed[-1][0] <= max_chars:
            packed[-1] = (packed[-1][0], end)
        else:
            packed.append((start, end))
    return packed


def section_pieces(text: str, body_start: int, title: str = "") -> list[tuple[str, list[tuple[int, int]]]]:
    """Paragraphs grouped under the Markdown heading above them ("" for text before any); heading lines, and
    a line that only repeats the document's title (a plain-text headline), are the section's name, never part
    of a chunk."""
    headline = " ".join(title.lower().split())
    sections: list[tuple[str, list[tuple[int, int]]]] = [("", [])]
    for p_start, p_end in paragraph_spans(text, body_start):
        piece: tuple[int, int] | None = None
        for r_start, r_end in line_runs(text, p_start, p_end):
            line = text[r_start:r_end]
            if is_heading(line) or headline and " ".join(line.lower().split()) == headline:
                if piece:
                    sections[-1][1].append(piece)
                    piece = None
                sections.append((text[r_start:r_end].strip().lstrip("#").strip(), []))
            else:
                piece = (piece[0] if piece else r_start, r_end)
        if piece:
            sections[-1][1].append(piece)
    return [(name, pieces) for name, pieces in sections if pieces]


def chunk_spans(text: str, body_start: int, max_chars: int, title: str = "") -> list[tuple[int, int, str]]:
    """Paragraphs packed together within a section; a paragraph too long for one chunk is split between
    sentences. Each span carries its section's name."""
    spans = []
    for section, paragraphs in section_pieces(text, body_start, title):
        pieces: list[tuple[int, int]] = []
        for p_start, p_end in paragraphs:
            if p_end - p_start <= max_chars:
                pieces.append((p_start, p_end))
            else:
                pieces.extend(_pack(sentence_spans(text, p_start, p_end), max_chars))
        spans += [(start, end, section) for start, end in _pack(pieces, max_chars)]
    return spans


def chunk_document(doc: SourceDocument, max_chars: int) -> list[Chunk]:
    content = document_fingerprint(doc, max_chars)
    chunks = []
    for index, (start, end, section) in enumerate(chunk_spans(doc.text, doc.body_start, max_chars, doc.title)):
        text = doc.text[start:end]
        published = doc.published or ""
        chunks.append(
            make_chunk(
                text,
                {
                    "kind": "document",
                    "source": doc.source,
                    "title": doc.title,
                    "section": section,
                    "published": published,
                    "publisher": doc.publisher,
                    "url": doc.url,
                    "chunk_index": index,
                    "start": start,
                    "end": end,
                    "sha256": text_sha256(text),
                    "doc_sha256": doc.sha256,
                    "terms": chunk_terms(text, {"section": "" if section == doc.title else section, "published": published}),
                },
                content,
            )
        )
    return chunks


def chunk_figures(table: FigureTable, source: str, file_text: str, content: str) -> list[Chunk]:
    """One small chunk per figure (kind=figure): the span of its `text` in the figures file."""
    file_sha = text_sha256(file_text)
    chunks = []
    for index, record in enumerate(table.records):
        start, end = record.text_span
        text = file_text[start:end]
        first = record.evidence[0]
        chunks.append(make_chunk(
            text,
            {
                "kind": "figure", "figure_id": record.figure.id, "source": source,
                "title": f"SMA figures table: {record.figure.id} (from {first.title})",
                "published": first.published or "", "publisher": "", "url": first.url or "",
                "chunk_index": index, "start": start, "end": end, "sha256": text_sha256(text), "doc_sha256": file_sha,
            },
            content,
        ))
    return chunks
