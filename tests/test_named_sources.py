"""Documents an admin added beside the shipped figures table. A question naming one ("in the gimcheon council brief,
..."): that document answers what it asks, not the table's records of something else; what the document does not say,
the table does. A question about an agreement no record has: only a passage about that agreement answers it."""

from __future__ import annotations

import shutil
from decimal import Decimal

import pytest

from bot.settings import PROJECT_ROOT
from tests.conftest import make_project

# amounts and a rate of the brief's own, beside the table's payments and its one recorded exchange rate
COUNCIL_BRIEF = """---
title: "Gimcheon Council Brief: the base and the town"
publisher: Example City Council
published: 2025-06-01
---
Camp Tillman sits at the edge of Gimcheon. The number of shops within 500 meters of its main gate fell from 190 in
2015 to 110 in 2025, as soldiers spent more of their pay on the base.

The council's staff put Seoul's 2019 payment of 1.0389 trillion won into dollars at 1,118 won to the dollar, or about
$929 million.
"""

# people named in one passage, the 13th agreement only in passing in another
HEARING_NOTE = """---
title: The 2021 budget hearing
publisher: Example Assembly Desk
published: 2021-11-12
---
Deputy Minister Koo Sang-hoon and division director Lim Da-som answered for the defense ministry at the hearing.

Members asked about the 11th agreement's cash balance. One member said talks on a 13th agreement were years away.
"""

# a survey whose title names the 13th agreement, its sentences do not; dated to the month
PANEL_NOTE = """---
title: Looking past 2030, a panel on the 13th SMA
publisher: Example Forecast Lab
published: 2026-01
---
We asked experts in both capitals what comes after the present agreement ends.

Of the 34 experts invited, 31 answered the first round and 28 completed the second round in December.
"""

# each side's lead in a paragraph of its own (two chunks), the Korean one closer to a question about the Korean side
BUSAN_NOTE = """---
title: The Busan round
publisher: Example Talks Desk
published: 2024-05-01
---
The first round of talks on the next cost-sharing agreement opened in Busan on Tuesday and ran for three days at a
hotel on the Haeundae waterfront. The Korean delegation of 11 was led by Park Min-jae, a career diplomat who was named
chief negotiator for defense cost-sharing in February and who once served at the mission in Geneva.

The seven-member American team was headed by Karen Doyle, a senior adviser at the State Department who led the
previous round of talks on the agreement as well. She made no statement to reporters when the round ended on
Thursday, and her office said only that the talks had been useful and that a second round would follow.
"""


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embeddings):
    from bot.ingest.run import run_ingest
    from bot.pipeline import SmaBot

    settings = make_project(tmp_path_factory.mktemp("named-sources"))
    shutil.copy(PROJECT_ROOT / "knowledge" / "sma_figures.yaml", settings.figures_file)
    (settings.knowledge_dir / "documents" / "council_brief.md").write_text(COUNCIL_BRIEF, encoding="utf-8")
    (settings.knowledge_dir / "documents" / "hearing_note.md").write_text(HEARING_NOTE, encoding="utf-8")
    (settings.knowledge_dir / "documents" / "busan_note.md").write_text(BUSAN_NOTE, encoding="utf-8")
    (settings.knowledge_dir / "documents" / "panel_note.md").write_text(PANEL_NOTE, encoding="utf-8")
    assert not run_ingest(settings, progress=False, embeddings=embeddings).warnings
    return SmaBot(settings, embeddings)


def test_a_calculation_asked_of_a_named_source_is_worked_out_from_it_not_from_the_payments(bot):
    """'By what % did the shops fall since 2015': the brief's two counts, not the payments of 2015 and this year."""
    answer = bot.answer("in the gimcheon council brief, by what % did the number of shops by the gate fall since 2015?")
    assert answer.route == "retrieval" and answer.calculation, answer.answer
    assert abs(Decimal(answer.calculation["result"])) == Decimal("42.11"), answer.answer
    assert answer.citations[0].source.endswith("council_brief.md"), answer.answer


def test_a_rate_a_named_source_used_is_its_own_not_the_tables(bot):
    """Not the table's one recorded rate (1,339.64, of a 2024 report) applied to the 2019 payment."""
    answer = bot.answer("the gimcheon brief converted the 2019 payment into dollars - what won/dollar rate did they use?")
    assert answer.route == "retrieval" and "1,118 won to the dollar" in answer.citations[0].quote, answer.answer


def test_a_figure_asked_per_a_named_source_is_quoted_from_it_else_the_table_answers(bot):
    """The brief states the 2019 payment: its quote; it does not state 2021's: the table's record."""
    said = bot.answer("per the gimcheon council brief, what did seoul pay in 2019?")
    assert said.route == "retrieval" and said.citations[0].source.endswith("council_brief.md"), said.answer
    assert "1.0389 trillion won" in said.citations[0].quote, said.answer
    unsaid = bot.answer("per the gimcheon council brief, what did seoul pay in 2021?")
    assert unsaid.route == "figures" and "1.1833 trillion won" in unsaid.answer, unsaid.answer


def test_a_source_the_records_cite_is_no_added_document(bot):
    """'Per the Korea Herald': a seed article's publisher, which the table's records cite: the table answers."""
    answer = bot.answer("per the korea herald report, what did seoul pay in 2021?")
    assert answer.route == "figures" and "1.1833 trillion won" in answer.answer, answer.answer


def test_a_named_source_of_another_year_is_not_that_document(bot):
    """'The 2019 gimcheon council brief': the brief came out in 2025, so it does not answer for one of 2019."""
    answer = bot.answer("per the 2019 gimcheon council brief, how many shops were near the gate in 2015?")
    assert not any(c.source.endswith("council_brief.md") for c in answer.citations), answer.answer


def test_who_of_an_agreement_no_record_has_is_not_answered_by_people_named_for_another(bot):
    answer = bot.answer("who's heading korea's team for the 13th sma talks?")
    assert answer.route == "declined" and not answer.citations, answer.answer
    assert "13th" in answer.answer, answer.answer


def test_a_document_whose_title_names_an_agreement_no_record_has_answers_of_it(bot):
    """'The 13th SMA' is the survey's subject, said in its title, not in the sentence that counts its panel."""
    answer = bot.answer("the forecast lab's panel on the 13th sma - how many experts completed the second round?")
    assert answer.route == "retrieval" and answer.citations[0].source.endswith("panel_note.md"), answer.answer
    assert "28 completed the second round" in answer.citations[0].quote, answer.answer


def test_the_chunk_after_a_best_one_reaches_the_answerer(bot):
    """A paragraph's answer may go on in the next one: the best chunks' next chunks come with them."""
    question = "which career diplomat was named chief negotiator in february after serving in geneva"
    chunks = bot.retriever.retrieve_by_vector(bot.embeddings.embed_query(question), k=1, query=question)
    busan = sorted(int(c.metadata["chunk_index"]) for c in chunks if c.metadata["source"].endswith("busan_note.md"))
    assert len(busan) == 2 and busan[1] == busan[0] + 1, busan


def test_who_on_each_side_quotes_each_sides_lead(bot):
    answer = bot.answer("who headed each delegation at the busan round, the korean and the us lead?")
    quotes = " ".join(c.quote for c in answer.citations)
    assert "Park Min-jae" in quotes and "Karen Doyle" in quotes, answer.answer
