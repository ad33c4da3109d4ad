"""New documents in every format (tests/documents, see PROVENANCE.yaml): their furniture stays out of the
text, their structure shapes the chunks, and questions only they answer are answered from them."""

from __future__ import annotations

import shutil

import pytest

from bot.answer.extractive import is_statement
from bot.ingest.load import read_source_text
from bot.settings import PROJECT_ROOT
from bot.store import KnowledgeStore
from bot.text import sentence_spans
from tests.conftest import make_project

DOCUMENTS = PROJECT_ROOT / "tests" / "documents"
SIGNING_PAGE = "knowledge/documents/new/sma12_signing_saved.html"
REPORT_PDF = "knowledge/documents/new/sma11_report.pdf"
FURNITURE = ["Skip to main content", "Home", "Search the site", "Related stories", "Copyright", "Thanks for your",
             "Privacy policy", "gtag", "Accept all cookies", "Share on", "reader123", "Most read", "By Staff Reporter",
             "Officials shake hands", "Example Research Service |", "Page 1", "Page 2"]


@pytest.fixture(scope="module")
def new_project(tmp_path_factory, embeddings):
    from bot.ingest.run import run_ingest

    settings = make_project(tmp_path_factory.mktemp("new-documents"))
    shutil.copytree(DOCUMENTS, settings.knowledge_dir / "documents" / "new")
    report = run_ingest(settings, progress=False, embeddings=embeddings)
    assert not report.warnings
    return settings


def extracted(name: str) -> str:
    return read_source_text(DOCUMENTS / name)[0]


@pytest.mark.parametrize("name", ["sma12_signing_saved.html", "furlough_2020_saved.html", "sma11_report.pdf"])
def test_page_furniture_is_not_in_the_extracted_text(name):
    text = extracted(name)
    assert not [phrase for phrase in FURNITURE if phrase in text]
    assert "Special Measures Agreement" in text


def test_pdf_lines_are_joined_into_paragraphs_and_hyphenated_words_rejoined():
    paragraphs = extracted("sma11_report.pdf").split("\n\n")
    assert "\n" not in "".join(paragraphs)
    assert any("at the same rate as South Korea's defense budget." in p for p in paragraphs)
    assert any("made the cost-sharing arrangement more predictable for both" in p for p in paragraphs)


def test_headings_are_section_names_not_chunk_text(new_project):
    rows = KnowledgeStore(new_project).active().get(include=["documents", "metadatas"])
    by_source = {}
    for text, meta in zip(rows["documents"], rows["metadatas"]):
        by_source.setdefault(meta["source"], []).append((meta.get("section"), text))
        assert not any(line.lstrip().startswith("#") for line in text.splitlines())
    note = dict(by_source["knowledge/documents/new/workforce_note.md"])
    assert "On April 1, 2020" in note["The 2020 furlough"] and "8,600" in note["Who the workers are"]
    assert {section for section, _ in by_source[SIGNING_PAGE]} == {"Seoul and Washington sign 12th cost-sharing deal"}


@pytest.mark.parametrize("name", ["sma12_signing_saved.html", "sma11_report.pdf", "ministry_release_wrapped.txt"])
def test_no_quotable_sentence_is_a_title_furniture_or_a_line_fragment(name):
    text = extracted(name)
    quotable = [text[s:e] for s, e in sentence_spans(text) if is_statement(text[s:e])]
    assert quotable
    for sentence in quotable:
        assert sentence[0].isupper() and sentence[-1] in ".;", sentence
        assert "Conclude Negotiations" not in sentence and "MINISTRY" not in sentence


@pytest.mark.parametrize(
    "question, expected, name",
    [
        ("Who led the U.S. delegation in the 12th SMA negotiations?", "Linda Specht", "ministry_release_wrapped.txt"),
        ("How much of the workers' wages did Seoul agree to pay for the rest of 2020?", "300 billion won",
         "furlough_2020_saved.html"),
        ("How much did Seoul agree to pay for 2021 under the 11th SMA?", "1.1833 trillion won", "sma11_report.pdf"),
    ],
)
def test_questions_only_the_new_documents_answer_are_quoted_from_them(new_project, embeddings, question, expected,
                                                                    name):
    from bot.pipeline import SmaBot

    answer = SmaBot(new_project, embeddings).answer(question)
    supporting = [c for c in answer.citations if expected in c.quote]
    assert supporting and supporting[0].source.endswith(name), answer.answer
    for citation in answer.citations:
        text, _ = read_source_text(new_project.resolve_display_path(citation.source))
        assert text[citation.start : citation.end] == citation.quote and is_statement(citation.quote)
