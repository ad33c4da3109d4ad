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


def test_a_list_item_giving_a_labelled_figure_is_quotable():
    """"- Round 6: Jan. 14-15, 2020, Washington" says when and where; the same line alone may be a heading."""
    assert is_statement("Round 6: Jan. 14-15, 2020, Washington", listed=True)
    assert not is_statement("Round 6: Jan. 14-15, 2020, Washington")
    assert not is_statement("Key dates of the talks", listed=True)


@pytest.mark.parametrize(
    "question, expected, name",
    [
        ("Who led the U.S. delegation in the 12th SMA negotiations?", "Linda Specht", "ministry_release_wrapped.txt"),
        ("What did Seoul's offer to pay the workers' wages for the rest of 2020 allow the U.S. military to do?",
         "bring them back", "furlough_2020_saved.html"),
        ("How much did Seoul agree to pay for 2021 under the 11th SMA?", "1.1833 trillion won", "sma11_report.pdf"),
        # a figure question (the furlough) about what no record says: the documents answer, not the head count
        ("What law did Seoul pass so that it could pay the furloughed workers itself?", "special law",
         "workforce_note.md"),
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


EVAL_SET = PROJECT_ROOT / "eval" / "new_documents"
EVAL_FURNITURE = ["Go to Contents", "Go to Navigation", "Search keywords", "Accept all cookies", "Manage settings",
                  "Share on", "Related stories", "Most read", "Send Feedback", "Thanks for your feedback", "Copyright",
                  "Privacy policy", "gtag", "Union members rally", "By Defense Desk", "Keywords:",
                  "Alliance Cost Watch |", "Alliance Cost Watch, Washington", "Page 1", "Page 2", "Page 3"]


@pytest.fixture(scope="module")
def eval_project(tmp_path_factory, embeddings):
    from bot.ingest.run import run_ingest

    settings = make_project(tmp_path_factory.mktemp("eval-documents"))
    shutil.copytree(EVAL_SET / "documents", settings.knowledge_dir / "documents" / "eval")
    report = run_ingest(settings, progress=False, embeddings=embeddings)
    assert not report.warnings
    return settings


@pytest.mark.parametrize("name", ["furlough_begins_saved.html", "trump_remarks_brief.pdf"])
def test_eval_page_and_report_quotes_are_whole_sentences_of_the_article(eval_project, embeddings, name):
    """Every quote answering the evaluation's questions about the saved page and the PDF is a whole sentence of
    the article: not its title or headline, page furniture, a running header or footer, or half a wrapped line."""
    import yaml

    from bot.evaluate import load_question_set
    from bot.pipeline import SmaBot

    bot = SmaBot(eval_project, embeddings)
    text = read_source_text(EVAL_SET / "documents" / name)[0]
    title = yaml.safe_load((EVAL_SET / "documents" / name).with_suffix(".meta.yaml").read_text())["title"]
    questions = [q for q in load_question_set(EVAL_SET / "questions.yaml").questions if q.source == name]
    assert len(questions) >= 6
    quoted = []
    for question in questions:
        for citation in bot.answer(question.q).citations:
            if not citation.source.endswith(name):
                continue
            assert text[citation.start : citation.end] == citation.quote
            assert is_statement(citation.quote) and citation.quote.lstrip("\"“‘(")[0].isupper(), citation.quote
            assert citation.quote.rstrip("\"”’)")[-1] in ".!?;", citation.quote
            assert title not in citation.quote and not [f for f in EVAL_FURNITURE if f in citation.quote]
            assert (citation.start, citation.end) in [(s, e) for s, e in sentence_spans(text)] or any(
                s == citation.start for s, _ in sentence_spans(text)), citation.quote
            quoted.append(citation.quote)
    assert len(quoted) >= len(questions) - 1


@pytest.mark.parametrize("name", ["furlough_begins_saved.html", "trump_remarks_brief.pdf"])
def test_eval_page_furniture_is_not_in_the_extracted_text(name):
    text = read_source_text(EVAL_SET / "documents" / name)[0]
    assert not [phrase for phrase in EVAL_FURNITURE if phrase in text]
    assert "\n" not in text.replace("\n\n", "")  # wrapped lines are joined into paragraphs


def test_citations_carry_publisher_url_and_section_in_json_and_slack(eval_project, embeddings):
    import json

    from bot.pipeline import SmaBot
    from bot.slack.blocks import citation_block, render_answer

    answer = SmaBot(eval_project, embeddings).answer("which federation is the usfk korean employees union part of")
    citation = json.loads(answer.model_dump_json())["citations"][0]
    assert citation["source"].endswith("unpaid_leave_notices.md") and "Federation of Korea Trade Unions" in citation["quote"]
    assert (citation["publisher"], citation["url"], citation["section"]) == (
        "The Dong-A Ilbo", "https://www.donga.com/en/article/all/20200326/2020026/1", "The union's response")
    _, blocks = render_answer(answer, "a1")
    shown = next(b["elements"][0]["text"] for b in blocks if b["type"] == "context" and "[1]" in b["elements"][0]["text"])
    assert "<https://www.donga.com/en/article/all/20200326/2020026/1|" in shown
    assert "The Dong-A Ilbo" in shown and "The union's response" in shown
    huge = citation_block(1, "T" * 3000, None, "q" * 3000, "https://x.org/" + "a" * 3000, "s" * 3000, "P" * 3000,
                          "S" * 3000)
    assert len(huge["elements"][0]["text"]) <= 3000


@pytest.mark.parametrize("line, quotable", [
    ('2019: NBR and "cost plus 50"', False),  # a heading line that ends with a quoted phrase
    ('The Korea Herald: "Talks Stall Again"', False),
    ('Maxwell called the formula "cost plus 50."', True),
    ('"We will pay our fair share," the minister said.', True),
    # a running header's fields run into the first sentence, and a table row, are no sentences
    ('Release digest No. 7 | For reference use | Published 2012-01-20 THE RESCUE OF THE TANKER. It was seized.', False),
    ("| 3 | SAR | December 21, 2024 | Vandenberg Space Force Base, California |", False),
])
def test_a_line_is_quotable_only_when_it_is_a_sentence(line, quotable):
    assert is_statement(line) is quotable


def test_a_table_row_is_read_as_a_sentence_naming_each_cell_by_its_column(tmp_path):
    """A Markdown table (or an HTML one, which extraction renders so) is rows of cells no one can quote alone:
    each row is written as one sentence naming its cells by their columns, as a reader reads it."""
    note = tmp_path / "launches.md"
    note.write_text("---\ntitle: Launches\n---\n# The launches\n\nEvery satellite flew on a Falcon 9.\n\n"
                    "| No. | Sensor | Launch site |\n|---|:---:|---|\n| 1 | EO/IR | Vandenberg, California |\n"
                    "| 2 | SAR | Kennedy Space Center |\n\n| | Count |\n|---|---|\n| **Total names** | **43,808** |\n",
                    encoding="utf-8")
    text, _ = read_source_text(note)
    rows = [text[s:e] for s, e in sentence_spans(text) if is_statement(text[s:e])]
    assert rows == ["Every satellite flew on a Falcon 9.", "No.: 1; Sensor: EO/IR; Launch site: Vandenberg, California.",
                    "No.: 2; Sensor: SAR; Launch site: Kennedy Space Center.", "**Total names**; Count: **43,808**."]
    assert text.startswith("---\ntitle: Launches\n---\n") and "|" not in text
    page = tmp_path / "launches.html"
    page.write_text("<html><body><article><h1>Launches</h1><p>Every satellite flew on a Falcon 9 rocket from a launch "
                    "site in the United States.</p><table><tr><th>No.</th><th>Site</th></tr><tr><td>1</td>"
                    "<td>Vandenberg</td></tr></table></article></body></html>", encoding="utf-8")
    assert "No.: 1; Site: Vandenberg." in read_source_text(page)[0]
    # a caption is the table's title, over its header row: each row says it, then its cells by their columns
    captioned = tmp_path / "awards.html"
    captioned.write_text("<html><body><article><h1>Awards</h1><p>The ministry signed more contracts every year from "
                         "2021 to 2023, most of them for barracks.</p><table>"
                         "<caption>Contracts signed, by year</caption>"
                         "<thead><tr><th>Year</th><th>Contracts</th><th>Value (billion won)</th></tr></thead><tbody>"
                         "<tr><td>2021</td><td>262</td><td>512.6</td></tr><tr><td>2023</td><td>289</td><td>601.3</td>"
                         "</tr></tbody></table></article></body></html>", encoding="utf-8")
    text = read_source_text(captioned)[0]
    assert "Contracts signed, by year \u2014 Year: 2021; Contracts: 262; Value (billion won): 512.6." in text, text
    assert "---" not in text
    # a table of labels and their values (no header row: its first row holds a value) is a label and value a row
    tallied = tmp_path / "tally.md"
    tallied.write_text("# Turnout\n\n| Members on the roll | 3,140 |\n|---|---|\n| Ballots cast | 2,205 |\n",
                       encoding="utf-8")
    text = read_source_text(tallied)[0]
    assert "Members on the roll: 3,140." in text and "Ballots cast: 2,205." in text, text
    # a year heads a column of that year's values
    by_year = tmp_path / "by_year.md"
    by_year.write_text("# Spending\n\n| Item | 2021 |\n|---|---|\n| Barracks | 512.6 |\n", encoding="utf-8")
    assert "Item: Barracks; 2021: 512.6." in read_source_text(by_year)[0]
