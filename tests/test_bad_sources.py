"""One bad source never fails an ingest, and an upload is refused by exactly the check ingest runs."""

from __future__ import annotations

import re

import pytest

from bot.ingest.load import METADATA_MAX_CHARS, UnreadableDocument, parse_metadata, read_document
from bot.ingest.run import run_ingest
from bot.uploads import UploadRejected, store_upload
from tests.conftest import TROOPS_ARTICLE

MB = 1_000_000
GOOD = b"---\ntitle: Jeju talks\npublished: 2031-03-01\n---\nThe 13th SMA talks open in Jeju in March 2031.\n"
BAD_FRONT_MATTER = b"---\ntitle: [unclosed\npublished: 2031-03-01\n---\nThe talks open in Jeju.\n"
# 420 bytes whose title expands to 9**9 (387 million) strings
ALIAS_BOMB = ("---\na: &a [x, x, x, x, x, x, x, x, x]\n"
              + "".join(f"{n}: &{n} [{', '.join(['*' + p] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi"))
              + "title: *i\n---\nThe talks open in Jeju.\n").encode()
NOT_A_PDF = b"%PDF-1.7\n" + b"\x00garbage" * 50


def test_small_metadata_with_a_few_aliases_still_parses():
    assert parse_metadata("publisher: &p Yonhap\nsource: *p\ntitle: A\n", "front matter") == {
        "publisher": "Yonhap", "source": "Yonhap", "title": "A"}
    assert parse_metadata("- just a list\n", "front matter") == {}
    with pytest.raises(UnreadableDocument, match="expands to over"):
        parse_metadata(ALIAS_BOMB.decode().split("---\n")[1], "front matter")
    with pytest.raises(UnreadableDocument, match="over 20,000 characters"):
        parse_metadata("title: " + "x" * METADATA_MAX_CHARS, "front matter")


def test_bad_files_are_skipped_with_a_warning_naming_each_and_the_rest_is_ingested(project, embeddings):
    documents = project.documents_dir
    (documents / "bad-front-matter.md").write_bytes(BAD_FRONT_MATTER)
    (documents / "alias-bomb.md").write_bytes(ALIAS_BOMB)
    (documents / "report.pdf").write_bytes(NOT_A_PDF)
    (documents / "jeju.md").write_bytes(GOOD)
    (documents / "jeju.meta.yaml").write_text("publisher: [unclosed\n")
    (documents / "fine.md").write_bytes(GOOD.replace(b"Jeju", b"Busan"))

    report = run_ingest(project, progress=False, embeddings=embeddings)

    assert not report.failed
    assert sorted(report.plan.added) == sorted([TROOPS_ARTICLE, "knowledge/documents/000_64d117966b83095a.txt",
                                                "knowledge/documents/fine.md"])
    warnings = "\n".join(report.warnings)
    assert "skipped knowledge/documents/bad-front-matter.md: bad-front-matter.md: invalid YAML in front matter" in warnings
    assert "skipped knowledge/documents/alias-bomb.md: alias-bomb.md: front matter expands to over" in warnings
    assert "skipped knowledge/documents/report.pdf: report.pdf: unreadable PDF" in warnings
    assert "skipped knowledge/documents/jeju.md: jeju.md: invalid YAML in jeju.meta.yaml" in warnings
    assert len(report.warnings) == 4


@pytest.mark.parametrize("name, data, message", [
    ("bad.md", BAD_FRONT_MATTER, "bad.md: invalid YAML in front matter"),
    ("bomb.md", ALIAS_BOMB, "bomb.md: front matter expands to over 1,000 YAML nodes"),
    ("report.pdf", NOT_A_PDF, "report.pdf: unreadable PDF"),
    ("blank.md", b"---\ntitle: Nothing\n---\n   \n", "blank.md: empty document"),
])
def test_an_upload_ingest_would_skip_is_refused_and_nothing_is_stored(project, name, data, message):
    with pytest.raises(UploadRejected, match=message):
        store_upload(project, name, data, MB)
    assert not (project.documents_dir / "uploads").exists()
    stored = store_upload(project, "jeju.md", GOOD, MB)
    assert stored.path.read_bytes() == GOOD


@pytest.mark.parametrize("written, read", [
    ("2026-01-12", "2026-01-12"),
    ("2026-01", "2026-01"),
    ("2026", "2026"),
    ('"2026"', "2026"),
    ("January 2026", "2026-01"),
    ("Jan. 12, 2026", "2026-01-12"),
    ("12 January 2026", "2026-01-12"),
])
def test_a_publication_date_is_read_to_the_precision_it_is_written(tmp_path, written, read):
    note = tmp_path / "survey.md"
    note.write_text("The panel met twice.\n", encoding="utf-8")
    (tmp_path / "survey.meta.yaml").write_text(f"title: Survey\npublished: {written}\n", encoding="utf-8")
    assert read_document(note, "survey.md").published == read


@pytest.mark.parametrize("written, message", [
    ("2026-13", "published date '2026-13' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)"),
    ("soon", "published date 'soon' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)"),
    ("Q1 2026", "published date 'Q1 2026' is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)"),
    ("2026-02-30", "invalid YAML in front matter (day is out of range for month)"),  # YAML reads it as a date
])
def test_a_publication_date_that_is_no_date_names_the_file_and_the_forms_read(tmp_path, written, message):
    note = tmp_path / "survey.md"
    note.write_text(f"---\npublished: {written}\n---\nThe panel met twice.\n", encoding="utf-8")
    with pytest.raises(UnreadableDocument, match=re.escape(f"survey.md: {message}")):
        read_document(note, "survey.md")
