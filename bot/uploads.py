"""Checking and storing files admins upload: type by content, size, safe names; nothing stored unless it is usable."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from bot.figures import FiguresError, FigureTable, csv_to_yaml, load_figures
from bot.ingest.load import UnreadableDocument, read_document
from bot.settings import Settings

DOCUMENT_TYPES = (".txt", ".md", ".html", ".htm", ".pdf")
FIGURES_TYPES = (".yaml", ".yml", ".csv")


class UploadRejected(Exception):
    """The upload cannot be used; the message says why, for the person who sent it."""


@dataclass
class FiguresDiff:
    """What a figures upload would change, by record id; `jumps` are values that moved by more than 2×."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    jumps: list[str] = field(default_factory=list)

    def needs_confirmation(self, limit: int) -> bool:
        return len(self.removed) + len(self.changed) > limit or bool(self.jumps)

    def summary(self, shown: int = 8) -> str:
        def some(ids: list[str]) -> str:
            return ", ".join(f"`{i}`" for i in ids[:shown]) + (f" and {len(ids) - shown} more" if len(ids) > shown else "")

        lines = [f"{len(self.added)} records added, {len(self.removed)} removed, {len(self.changed)} changed"]
        lines += [f"removed: {some(self.removed)}"] if self.removed else []
        lines += [f"changed: {some(self.changed)}"] if self.changed else []
        lines += [f"moved more than 2×: {'; '.join(self.jumps[:shown])}"] if self.jumps else []
        return "\n".join(lines)


class FiguresNeedConfirmation(UploadRejected):
    """A figures upload held until an admin confirms it (confirm_figures with `token`); nothing changed yet."""

    def __init__(self, diff: FiguresDiff, token: str) -> None:
        super().__init__(f"held for confirmation: it would replace much of the figures table.\n{diff.summary()}")
        self.diff, self.token = diff, token


def figures_diff(current: FigureTable, new: FigureTable) -> FiguresDiff:
    old, fresh = current.by_id, new.by_id
    diff = FiguresDiff(added=[i for i in fresh if i not in old], removed=[i for i in old if i not in fresh])
    for figure_id in (i for i in fresh if i in old):
        before, after = old[figure_id].figure, fresh[figure_id].figure
        if before != after:
            diff.changed.append(figure_id)
        a, b = before.number, after.number
        if a is not None and b is not None and a != b and (a == 0 or b == 0 or not
                                                           Decimal("0.5") <= abs(b / a) <= Decimal(2)):
            diff.jumps.append(f"`{figure_id}` {a} → {b}")
    return diff


@dataclass(frozen=True)
class StoredUpload:
    path: Path
    kind: str  # "document" or "figures"
    replaced: bool


def safe_name(name: str) -> str:
    """A plain file name: no folders, no leading dot, only letters, digits, '.', '_' and '-'."""
    base = re.split(r"[\\/]", name or "")[-1]
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("._")
    if not cleaned or "." not in cleaned:
        raise UploadRejected(f"{name!r} is not a usable file name (it needs a name and an extension).")
    stem, suffix = cleaned.rsplit(".", 1)
    return f"{stem[:110].rstrip('._')}.{suffix[:9]}"  # a long name is shortened, never its extension


def check_content(suffix: str, data: bytes) -> None:
    """The bytes must be what the extension says."""
    if suffix == ".pdf":
        if not data.startswith(b"%PDF-"):
            raise UploadRejected("the file is named .pdf but is not a PDF.")
        return
    if b"\x00" in data[:8192]:
        raise UploadRejected(f"the file is named {suffix} but contains binary data.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UploadRejected(f"the file is not UTF-8 text ({exc.reason} at byte {exc.start}).") from None
    if suffix in (".html", ".htm") and "<" not in text:
        raise UploadRejected("the file is named .html but contains no HTML.")


def store_upload(settings: Settings, name: str, data: bytes, max_bytes: int) -> StoredUpload:
    """Validate and store an upload under knowledge/documents/uploads/ (documents) or as the figures file.

    The file is read with the same check ingest runs before it is stored, so a corrupt PDF, bad front
    matter, an empty document or an invalid figures file is refused and nothing changes. A figures file that
    would remove or change more than settings.figures_change_limit records, or move a value by more than 2×,
    is held (FiguresNeedConfirmation) until confirm_figures.
    """
    if len(data) > max_bytes:
        raise UploadRejected(f"the file is {len(data) / 1e6:.1f} MB; the limit is {max_bytes / 1e6:.0f} MB.")
    if not data:
        raise UploadRejected("the file is empty.")
    filename = safe_name(name)
    suffix = Path(filename).suffix.lower()
    if suffix not in DOCUMENT_TYPES + FIGURES_TYPES:
        raise UploadRejected(f"{suffix} files are not supported; send {', '.join(DOCUMENT_TYPES + FIGURES_TYPES)}.")
    check_content(suffix, data)
    if suffix == ".csv":  # converted to the canonical YAML figures file, which citations index into
        try:
            data = csv_to_yaml(data.decode("utf-8-sig")).encode("utf-8")
        except FiguresError as exc:
            raise UploadRejected(f"invalid figures file: {exc}") from None
        filename = Path(filename).stem + ".yaml"
    with tempfile.TemporaryDirectory() as scratch:
        candidate = Path(scratch) / filename
        candidate.write_bytes(data)
        if Path(filename).suffix.lower() in FIGURES_TYPES:
            table = _valid_figures(settings, candidate)
            if (current := _current_figures(settings)) is not None:
                diff = figures_diff(current, table)
                if diff.needs_confirmation(settings.figures_change_limit):
                    token = uuid.uuid4().hex
                    pending = _pending_figures(settings, token)
                    pending.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(candidate, pending)
                    raise FiguresNeedConfirmation(diff, token)
            return _replace_figures(settings, candidate)
        try:
            read_document(candidate, filename)
        except UnreadableDocument as exc:
            raise UploadRejected(str(exc)) from None
        target = settings.documents_dir / "uploads" / filename
        target.parent.mkdir(parents=True, exist_ok=True)
        replaced = target.exists()
        shutil.copyfile(candidate, target)
        return StoredUpload(target, "document", replaced)


def confirm_figures(settings: Settings, token: str) -> StoredUpload:
    """Replace the figures table with a held upload, validated again (the documents it cites may have changed)."""
    pending = _pending_figures(settings, token) if re.fullmatch(r"[0-9a-f]{32}", token or "") else None
    if pending is None or not pending.is_file():
        raise UploadRejected("that figures upload is no longer waiting (already confirmed, or never held).")
    _valid_figures(settings, pending)
    stored = _replace_figures(settings, pending)
    pending.unlink()
    return stored


def _valid_figures(settings: Settings, path: Path) -> FigureTable:
    try:
        return load_figures(path, settings.knowledge_dir, settings.display_path)
    except FiguresError as exc:
        raise UploadRejected(f"invalid figures file: {exc}") from None


def _current_figures(settings: Settings) -> FigureTable | None:
    """The figures table now in use; None when there is none or it is invalid (nothing to protect)."""
    if not settings.figures_file.is_file():
        return None
    try:
        return load_figures(settings.figures_file, settings.knowledge_dir, settings.display_path)
    except FiguresError:
        return None


def _pending_figures(settings: Settings, token: str) -> Path:
    return settings.data_dir / "figures-pending" / f"{token}.yaml"


def _replace_figures(settings: Settings, candidate: Path) -> StoredUpload:
    target = settings.figures_file
    replaced = target.exists()
    if replaced:
        backups = settings.data_dir / "figures-backups"
        backups.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        shutil.copy2(target, backups / f"{target.stem}-{stamp}{target.suffix}")
    shutil.copyfile(candidate, target)
    return StoredUpload(target, "figures", replaced)
