"""The structured SMA figures: pydantic models, a validating loader, and lookups."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from bot.ingest.load import YAML_LOADER, UnreadableDocument, load_document, parse_yaml, publication_date

Kind = Literal["contribution", "increase_rule", "workforce", "troops", "deadline", "demand", "exchange_rate", "other"]
# What a record is a fact about; lookups are by (measure, agreement, year).
Measure = Literal[
    "payment", "payment_increase_pct", "payment_increase_amount", "average_increase_pct", "increase_rule",
    "term", "term_start", "term_end", "signed", "initialled", "concluded", "ratified", "in_force",
    "negotiation_rounds", "troops", "korean_workforce", "furloughed", "furlough_start", "furlough_end", "wage_share_pct",
    "wage_funding", "demand", "offer", "exchange_rate", "cost_sharing_start", "support_pledge", "statement",
]
# Measures that are positions taken in a negotiation: several values are successive, not disagreeing sources, and the
# year one was made in is a year of it, beside the year it was for ("Trump's 2019 demand")
POSITIONS = frozenset({"demand", "offer"})
Unit = Literal["KRW", "USD", "percent", "people", "date", "years", "count", "KRW per USD"]
_PERIOD = re.compile(r"^(\d{4})(?:-(\d{4}))?$")


class FiguresError(Exception):
    """An invalid figures file; the message names the record and the field."""


class DocumentSource(BaseModel):
    """A span of a document under knowledge/ that states the figure."""

    model_config = ConfigDict(extra="forbid")
    document: str = Field(description="path relative to the knowledge folder")
    quote: str = Field(min_length=1)


class PublicSource(BaseModel):
    model_config = ConfigDict(extra="forbid")
    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    published: str | None = None
    url: str = Field(pattern=r"^https?://")
    date_basis: str | None = None

    @field_validator("published", mode="before")
    @classmethod
    def _partial_date(cls, value):
        return None if value is None else publication_date(value)


class Figure(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9.-]*$")
    kind: Kind
    measure: Measure
    sma: int | None = Field(None, ge=1, le=12)
    year: int | None = Field(None, ge=1950, le=2100)
    period: str | None = None
    value: str | None
    unit: Unit
    as_of: dt.date | None = None
    text: str = Field(min_length=1)
    sources: list[DocumentSource | PublicSource] = Field(min_length=1)

    @model_validator(mode="before")
    @classmethod
    def _single_source(cls, data):
        """`source: {...}` (one source) is accepted for `sources: [{...}]`."""
        if isinstance(data, dict) and "source" in data and "sources" not in data:
            data = dict(data)
            source = data.pop("source")
            data["sources"] = source if isinstance(source, list) else [source]
        return data

    @field_validator("period")
    @classmethod
    def _period(cls, value):
        if value is not None and not _PERIOD.match(value):
            raise ValueError(f"{value!r} is not YYYY or YYYY-YYYY")
        return value

    @model_validator(mode="after")
    def _value_matches_unit(self):
        if self.value is None:
            if self.kind != "increase_rule":
                raise ValueError("value: required (only an increase rule without a cap may omit it)")
            return self
        if self.unit == "date":
            if not re.match(r"^\d{4}(-\d{2}-\d{2})?$", self.value):
                raise ValueError(f"value: {self.value!r} is not an ISO date (YYYY-MM-DD) or a year")
            if len(self.value) == 10:
                dt.date.fromisoformat(self.value)
        else:
            try:
                Decimal(self.value)
            except InvalidOperation:
                raise ValueError(f"value: {self.value!r} is not a number") from None
        return self

    @property
    def number(self) -> Decimal | None:
        return None if self.value is None or self.unit == "date" else Decimal(self.value)

    @property
    def date(self) -> dt.date | None:
        return dt.date.fromisoformat(self.value) if self.unit == "date" and self.value and len(self.value) == 10 else None

    def years(self) -> range:
        """The calendar years the figure is about."""
        if self.year is not None:
            return range(self.year, self.year + 1)
        if self.period:
            first, last = _PERIOD.match(self.period).groups()
            return range(int(first), int(last or first) + 1)
        return range(0)


@dataclass(frozen=True)
class Evidence:
    """Where a figure is stated, as a citation can show it: quote == text_of(source)[start:end]."""

    source: str
    title: str
    published: str | None
    url: str | None
    quote: str
    start: int
    end: int
    publisher: str | None = None


@dataclass(frozen=True)
class FigureRecord:
    figure: Figure
    evidence: tuple[Evidence, ...]
    text_span: tuple[int, int]  # where the record's `text` value sits in the figures file


class FigureTable:
    """All figures, in file order, with their evidence."""

    def __init__(self, records: list[FigureRecord]) -> None:
        self.records = records
        self.by_id = {r.figure.id: r for r in records}

    def __len__(self) -> int:
        return len(self.records)

    def get(self, figure_id: str) -> FigureRecord:
        return self.by_id[figure_id]

    def find(self, *, kind: str | None = None, unit: str | None = None, year: int | None = None,
             sma: int | None = None) -> list[FigureRecord]:
        return [
            r for r in self.records
            if (kind is None or r.figure.kind == kind)
            and (unit is None or r.figure.unit == unit)
            and (year is None or year in r.figure.years())
            and (sma is None or r.figure.sma == sma)
        ]


def _field_path(loc: tuple, figures: list) -> str:
    if len(loc) >= 2 and loc[0] == "figures" and isinstance(loc[1], int):
        index = loc[1]
        raw = figures[index] if index < len(figures) and isinstance(figures[index], dict) else {}
        rest = ".".join(str(part) for part in loc[2:] if not str(part).startswith(("DocumentSource", "PublicSource")))
        return f"record {raw.get('id', '?')!r} (#{index + 1}), field {rest or '(record)'!r}"
    return "field " + ".".join(map(str, loc))


class _FiguresFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    figures: list[Figure]


def _text_spans(raw: str) -> dict[int, tuple[int, int]]:
    """Character span of each record's `text` value in the raw YAML, by record index."""
    spans: dict[int, tuple[int, int]] = {}
    root = yaml.compose(raw, Loader=YAML_LOADER)
    if not isinstance(root, yaml.MappingNode):
        return spans
    for key, value in root.value:
        if key.value == "figures" and isinstance(value, yaml.SequenceNode):
            for index, item in enumerate(value.value):
                if isinstance(item, yaml.MappingNode):
                    for k, v in item.value:
                        if k.value == "text":
                            spans[index] = (v.start_mark.index, v.end_mark.index)
    return spans


def load_figures(path: Path, knowledge_dir: Path, display_path) -> FigureTable:
    """Read and validate the figures file; any problem raises FiguresError naming record and field."""
    name = path.name
    try:
        raw = path.read_text(encoding="utf-8")
        data = parse_yaml(raw)
    except (OSError, UnicodeDecodeError) as exc:
        raise FiguresError(f"{name}: cannot read ({exc})") from exc
    except yaml.YAMLError as exc:
        raise FiguresError(f"{name}: invalid YAML ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("figures"), list):
        raise FiguresError(f"{name}: expected a top-level 'figures:' list")
    try:
        parsed = _FiguresFile.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        message = error["msg"].removeprefix("Value error, ")
        raise FiguresError(f"{name}: {_field_path(error['loc'], data['figures'])}: {message}") from None
    seen: set[str] = set()
    for figure in parsed.figures:
        if figure.id in seen:
            raise FiguresError(f"{name}: record {figure.id!r}, field 'id': duplicate id")
        seen.add(figure.id)
    spans = _text_spans(raw)
    documents: dict[str, str] = {}
    records = []
    for index, figure in enumerate(parsed.figures):
        start, end = spans[index]
        evidence = [_document_evidence(figure, s, knowledge_dir, display_path, documents, name)
                    for s in figure.sources if isinstance(s, DocumentSource)]
        for source in figure.sources:
            if isinstance(source, PublicSource):
                # (dated as precisely as the source is: "2021-03-07", "2021-03")
                evidence.append(Evidence(display_path(path), f"{source.title} — {source.publisher}", source.published,
                                         source.url, raw[start:end], start, end, source.publisher))
        records.append(FigureRecord(figure, tuple(evidence), (start, end)))
    return FigureTable(records)


def _document_evidence(figure: Figure, source: DocumentSource, knowledge_dir: Path, display_path,
                       cache: dict[str, str], name: str) -> Evidence:
    path = knowledge_dir / source.document
    key = str(path)
    if key not in cache:
        try:
            cache[key] = load_document(path, display_path(path))
        except (OSError, UnreadableDocument) as exc:
            raise FiguresError(f"{name}: record {figure.id!r}, field 'sources.document': cannot read "
                               f"{source.document} ({exc})") from exc
    document = cache[key]
    start = document.text.find(source.quote)
    if start == -1:
        raise FiguresError(f"{name}: record {figure.id!r}, field 'sources.quote': quote not found in "
                           f"{source.document}: {source.quote!r}")
    return Evidence(
        source=document.source,
        title=f"{document.title} — {document.publisher}" if document.publisher else document.title,
        published=document.published,
        url=document.url or None,
        quote=source.quote,
        start=start,
        end=start + len(source.quote),
        publisher=document.publisher or None,
    )


class FiguresFile:
    """The figures table, read again whenever the file changes (another process may have re-ingested)."""

    def __init__(self, settings) -> None:
        self.settings = settings
        self._stamp: tuple[int, int] | None = None
        self._table = FigureTable([])

    def table(self) -> FigureTable:
        path = self.settings.figures_file
        try:
            stat = path.stat()
            stamp = (stat.st_mtime_ns, stat.st_size)
        except FileNotFoundError:
            stamp = None
        if stamp != self._stamp:
            self._table = (load_figures(path, self.settings.knowledge_dir, self.settings.display_path)
                           if stamp else FigureTable([]))
            self._stamp = stamp
        return self._table


CSV_COLUMNS = ("id", "kind", "measure", "sma", "year", "period", "value", "unit", "as_of", "text", "source_document",
               "source_quote", "source_title", "source_publisher", "source_published", "source_url")
_CSV_HEADER = "# Figures converted from an uploaded CSV file (one source per row; rows repeating an id add sources).\n"


def csv_to_yaml(text: str) -> str:
    """Figures given as CSV, as the YAML figures file (the canonical form, which citations index into)."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("id", "kind", "measure", "value", "unit", "text") if c not in (reader.fieldnames or [])]
    if missing:
        raise FiguresError(f"CSV figures: missing column(s) {', '.join(missing)}; columns are {', '.join(CSV_COLUMNS)}")
    unknown = [c for c in reader.fieldnames if c not in CSV_COLUMNS]
    if unknown:
        raise FiguresError(f"CSV figures: unknown column(s) {', '.join(unknown)}")
    records: dict[str, dict] = {}
    for line, row in enumerate(reader, start=2):
        cell = {k: (v or "").strip() for k, v in row.items() if k}
        record = records.setdefault(cell["id"], {
            "id": cell["id"], "kind": cell["kind"], "measure": cell["measure"], "sma": _csv_int(cell, "sma", line),
            "year": _csv_int(cell, "year", line), "period": cell.get("period") or None,
            "value": _csv_value(cell, line), "unit": cell["unit"], "as_of": cell.get("as_of") or None,
            "text": cell["text"], "sources": []})
        if record["year"] is None:
            del record["year"]
        if cell.get("source_document"):
            record["sources"].append({"document": cell["source_document"], "quote": cell.get("source_quote", "")})
        elif cell.get("source_title") or cell.get("source_url"):
            record["sources"].append({"title": cell.get("source_title", ""), "publisher": cell.get("source_publisher", ""),
                                      "published": cell.get("source_published") or None, "url": cell.get("source_url", "")})
    return _CSV_HEADER + yaml.safe_dump({"figures": list(records.values())}, sort_keys=False, allow_unicode=True,
                                        width=100000)


def _csv_value(cell: dict, line: int) -> str | None:
    """A value cell; one that begins like a spreadsheet formula (=, +, -, @) is text, never a value."""
    value = cell["value"]
    if value.startswith(("=", "+", "-", "@")):
        raise FiguresError(f"CSV figures: line {line}, record {cell.get('id')!r}, field 'value': {value[:40]!r} "
                           "begins like a spreadsheet formula; give the number itself")
    return value or None


def _csv_int(cell: dict, column: str, line: int) -> int | None:
    value = cell.get(column, "")
    if not value:
        return None
    if not value.isdigit():
        raise FiguresError(f"CSV figures: line {line}, record {cell.get('id')!r}, field {column!r}: {value!r} is not a whole number")
    return int(value)
