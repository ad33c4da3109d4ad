"""Find and read source documents with their provenance; report unreadable files instead of failing."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.ingest.layout import pdf_paragraphs
from bot.understand.quantities import find_dates

DOCUMENT_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")
MAX_DOCUMENT_BYTES = 100_000_000
METADATA_MAX_CHARS = 20_000  # front matter or a sidecar: a title, a date, a publisher, a URL
METADATA_MAX_NODES = 1_000  # counted with aliases expanded, so an alias bomb stops here


class UnreadableDocument(Exception):
    """A document that cannot be ingested; the message is for the person who added it."""


@dataclass(frozen=True)
class SourceDocument:
    """A document's citable text and provenance. Offsets into `text` are what citations quote."""

    path: Path
    source: str
    text: str
    title: str
    published: str | None = None  # to the precision written: "2026-01-12", "2026-01", "2026"
    publisher: str = ""
    url: str = ""
    body_start: int = 0  # where the citable body begins (after front matter)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class LoadResult:
    documents: list[SourceDocument] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def discover(roots: list[Path]) -> list[Path]:
    """Every supported document under the roots, recursively, in a stable order."""
    found: set[Path] = set()
    for root in roots:
        if root.is_file():
            found.add(root.resolve())
        elif root.is_dir():
            found.update(
                p.resolve() for p in root.rglob("*") if p.is_file() and p.suffix.lower() in DOCUMENT_SUFFIXES
            )
    return sorted(found)


def read_source_text(path: Path) -> tuple[str, dict]:
    """The text citations index into, and any metadata found inside the file itself."""
    suffix = path.suffix.lower()
    raw = path.read_bytes()
    if suffix == ".pdf":
        return _pdf_text(path, raw), {}
    try:
        text = raw.decode("utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(f"{path.name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    if suffix in (".html", ".htm"):
        text, meta = _html_text(text)
        return tables_as_sentences(text), meta
    return (tables_as_sentences(text) if suffix == ".md" else text), {}


# A Markdown table: a header row, a row of dashes (and colons), then body rows, one line each
_DASH_ROW = r"\|[ \t:|-]*-[ \t:|-]*\|"
_TABLE = re.compile(rf"^([ \t]*\|.*\|)[ \t]*\n[ \t]*{_DASH_ROW}[ \t]*\n((?:[ \t]*\|.*\|[ \t]*(?:\n|$))+)", re.M)
_DASHES = re.compile(_DASH_ROW)
# a value, not a column's label ("6,912", "71.4%"; a year heads a column of that year's values)
_VALUE = re.compile(r"(?!(?:19|20)\d\d$)[$₩]?\s*[\d.,]+\s*(?:%|percent|won|dollars|billion|million|trillion)?")


def tables_as_sentences(text: str) -> str:
    """Each row of a Markdown table as one sentence naming its cells by their columns ("No.: 1; Sensor: EO/IR;
    Launch site: Vandenberg."), after the table's caption if it has one ("Contracts signed, by year — Year: 2021;
    ..."), the header and dashes dropped: rows of cells are no sentences anyone can quote. A table of labels and
    their values is a label and its value a row ("Eligible voters: 6,912.")."""
    def cells(row: str) -> list[str]:
        return [cell.strip() for cell in row.strip().strip("|").split("|")]

    def rows(table: re.Match[str]) -> str:
        header, body = cells(table.group(1)), table.group(2).splitlines()
        title = ""
        if sum(map(bool, header)) == 1 and len(body) >= 2 and _DASHES.fullmatch(body[1].strip()):
            # an HTML table's caption, rendered as a first row over the header row: the title each row says
            title, header, body = f"{header[0]} \u2014 ", cells(body[0]), body[2:]
        if len(header) == 2 and _VALUE.fullmatch(header[1]):
            # labels and their values, no header ("| Eligible voters | 6,912 |"): the first row is one of them
            return "\n".join(f"{label}: {value}".rstrip(".") + "." for label, value in (
                (row + [""])[:2] for row in map(cells, [table.group(1), *body])) if label and value) + "\n"
        lines = []
        for row in map(cells, body):
            named = [f"{column}: {cell}" if column else cell
                     for column, cell in zip(header + [""] * (len(row) - len(header)), row) if cell]
            lines.append(title + "; ".join(named).rstrip(".") + ".")
        return "\n".join(lines) + "\n"

    return _TABLE.sub(rows, text)


def _pdf_text(path: Path, raw: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise UnreadableDocument(f"{path.name}: unreadable PDF ({exc})") from exc
    return pdf_paragraphs(pages)


def _html_text(html: str) -> tuple[str, dict]:
    """The page's main content as Markdown (headings become sections, never quotes), without nav, footer,
    aside, forms, scripts or comments; trafilatura kept bylines and captions out where readability-lxml
    did not (tests/documents/*_saved.html)."""
    import trafilatura

    text = trafilatura.extract(html, output_format="markdown", include_comments=False, include_tables=True)
    title = trafilatura.extract_metadata(html).title
    return text or "", {"title": title} if title else {}


def split_front_matter(text: str) -> tuple[dict, int]:
    """YAML front matter between '---' lines at the top of a Markdown file, and where the body starts."""
    if not text.startswith("---\n"):
        return {}, 0
    close = text.find("\n---", 4)
    if close == -1:
        return {}, 0
    body_start = text.find("\n", close + 4)
    body_start = len(text) if body_start == -1 else body_start + 1
    return parse_metadata(text[4:close], "front matter"), body_start


# yaml.safe_load's loader, in C (libyaml) when the wheel has it: ten times faster on the figures file.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str):
    return yaml.load(text, Loader=YAML_LOADER)


def parse_metadata(text: str, what: str) -> dict:
    """Front matter or a sidecar: small YAML whose expanded size is bounded; {} when it is not a mapping.

    Raises UnreadableDocument (with `what` in the message) when it is too long, invalid, or expands too far.
    """
    if len(text) > METADATA_MAX_CHARS:
        raise UnreadableDocument(f"{what} is over {METADATA_MAX_CHARS:,} characters")
    loader = YAML_LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return {}
        _check_expanded_size(node, what)
        data = loader.construct_document(node)
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: a date that is none ("2026-02-30")
        raise UnreadableDocument(f"invalid YAML in {what} ({exc})") from exc
    finally:
        loader.dispose()
    return data if isinstance(data, dict) else {}


def _check_expanded_size(root: yaml.Node, what: str) -> None:
    """Count nodes as construction would see them (an alias counts its whole target again)."""
    pending, seen = [root], 0
    while pending:
        node = pending.pop()
        seen += 1
        if seen > METADATA_MAX_NODES:
            raise UnreadableDocument(f"{what} expands to over {METADATA_MAX_NODES:,} YAML nodes (aliases?)")
        if isinstance(node, yaml.SequenceNode):
            pending.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            pending.extend(part for pair in node.value for part in pair)


# A date written in ISO form to the precision known: "2026-01-12", "2026-01", "2026"
_ISO_DATE = re.compile(r"\d{4}(?:-(\d{2})(?:-(\d{2}))?)?")


def publication_date(value: object) -> str:
    """A publication date as ISO text to the precision it is written ("2026-01-12", "2026-01", "2026"; "January
    2026" is "2026-01", "Jan. 12, 2026" is "2026-01-12"); ValueError naming the forms read when it is no date."""
    if isinstance(value, dt.date):  # YAML reads 2026-01-12 as a date, a timestamp as a datetime
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    text = str(value).strip()
    if m := _ISO_DATE.fullmatch(text):
        with suppress(ValueError):  # a month or a day that is none ("2026-13") is no date
            dt.date(int(text[:4]), int(m.group(1) or 1), int(m.group(2) or 1))
            return text
    else:
        written = find_dates(text.lower(), [])
        if len(written) == 1 and (written[0].start, written[0].end) == (0, len(text)):
            date = written[0].date.isoformat()
            return date[:7] if written[0].month_only else date
    raise ValueError(f"{text!r} is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)")


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.yaml")


def load_document(path: Path, display_path: str) -> SourceDocument:
    text, meta = read_source_text(path)
    body_start = 0
    if path.suffix.lower() == ".md":
        front, body_start = split_front_matter(text)
        meta.update(front)
    sidecar = sidecar_path(path)
    if sidecar.is_file():
        meta.update(parse_metadata(sidecar.read_text("utf-8"), sidecar.name))
    if not text[body_start:].strip():
        raise UnreadableDocument(f"{path.name}: empty document")
    try:
        published = None if meta.get("published") is None else publication_date(meta["published"])
    except ValueError as exc:
        raise UnreadableDocument(f"{path.name}: published date {exc}") from exc
    return SourceDocument(
        path=path,
        source=display_path,
        text=text,
        title=str(meta.get("title") or path.stem),
        published=published,
        publisher=str(meta.get("publisher") or ""),
        url=str(meta.get("url") or ""),
        body_start=body_start,
    )


def read_document(path: Path, display_path: str) -> SourceDocument:
    """load_document with every failure (parser errors, memory, size) as UnreadableDocument naming the file:
    the one check ingest and uploads both run."""
    try:
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise UnreadableDocument(f"{path.name}: over {MAX_DOCUMENT_BYTES / 1e6:.0f} MB")
        return load_document(path, display_path)
    except UnreadableDocument as exc:
        message = str(exc)
        raise UnreadableDocument(message if message.startswith(path.name) else f"{path.name}: {message}") from exc
    except OSError as exc:
        raise UnreadableDocument(f"{path.name}: cannot read ({exc.strerror})") from exc
    except Exception as exc:  # a parser's own error type, RecursionError, MemoryError: one file, not the ingest
        raise UnreadableDocument(f"{path.name}: cannot be read ({type(exc).__name__}: {exc})") from exc


def load_documents(roots: list[Path], display_path) -> LoadResult:
    """Read every document under roots; a bad file becomes a warning naming it."""
    result = LoadResult()
    for path in discover(roots):
        try:
            result.documents.append(read_document(path, display_path(path)))
        except UnreadableDocument as exc:
            result.warnings.append(f"skipped {display_path(path)}: {exc}")
    return result
