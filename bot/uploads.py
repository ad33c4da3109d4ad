"""Checking and storing files admins upload: type by content, size, safe names; nothing stored unless it is usable."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bot.figures import FiguresError, csv_to_yaml, load_figures
from bot.ingest.load import UnreadableDocument, read_document
from bot.settings import Settings

DOCUMENT_TYPES = (".txt", ".md", ".html", ".htm", ".pdf")
FIGURES_TYPES = (".yaml", ".yml", ".csv")


class UploadRejected(Exception):
    """The upload cannot be used; the message says why, for the person who sent it."""


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
    return cleaned[:120]


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
    matter, an empty document or an invalid figures file is refused and nothing changes.
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
            try:
                load_figures(candidate, settings.knowledge_dir, settings.display_path)
            except FiguresError as exc:
                raise UploadRejected(f"invalid figures file: {exc}") from None
            target = settings.figures_file
            replaced = target.exists()
            if replaced:
                backups = settings.data_dir / "figures-backups"
                backups.mkdir(parents=True, exist_ok=True)
                stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S")
                shutil.copy2(target, backups / f"{target.stem}-{stamp}{target.suffix}")
            shutil.copyfile(candidate, target)
            return StoredUpload(target, "figures", replaced)
        try:
            read_document(candidate, filename)
        except UnreadableDocument as exc:
            raise UploadRejected(str(exc)) from None
        target = settings.documents_dir / "uploads" / filename
        target.parent.mkdir(parents=True, exist_ok=True)
        replaced = target.exists()
        shutil.copyfile(candidate, target)
        return StoredUpload(target, "document", replaced)
