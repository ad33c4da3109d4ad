"""Questions only documents an admin added answer: about another country (declined unless a quote names the
country, and a year the question writes, from a passage about what was asked), or in words of their own."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal

import pytest

from bot.ingest.load import read_source_text
from tests.conftest import make_project

JAPAN_NOTE = """---
title: How Japan pays for US forces
publisher: Example Policy Institute
published: 2016-02-01
---
# How Japan pays for US forces

Japan, like South Korea, helps pay for the American troops it hosts through a special measures agreement.

On January 22, 2016, Foreign Minister Fumio Kishida and Ambassador Caroline Kennedy signed a five-year host-nation
support agreement in Tokyo. Under it Japan will pay about 946.5 billion yen over the five years from fiscal 2016.
Most of the money goes to the wages of Japanese workers on the bases and to utility bills.
"""


CASEY_NOTE = """---
title: Camp Casey cuts
publisher: Example Labor Desk
published: 2012-04-02
---
In March 2012 the Eighth Army began to lay off 60 Korean employees at Camp Casey, 40 of them cooks in the dining
facilities; the rest drove buses. The base's labor-management council will next meet on May 9, 2012.
"""


MAPO_NOTE = """---
title: A primer on the money
publisher: Mapo Alliance Review
published: 2021-05-01
---
Every few years the allies haggle over the agreement again. The SMAs sort Korea's money into three bins. Labor cost
sharing pays part of the wages of the Korean civilians on the bases.
"""


UPKEEP_NOTE = """---
title: What the early payments bought
publisher: Example Budget Desk
published: 2005-03-01
---
Officials said the 2003 payment covered about 38 percent of the cost of keeping U.S. troops in Korea. A civic group
said the unspent money sat in a commercial bank, where the deposits earned 12.5 billion won in interest in 2004.
"""


HALT_NOTE = """---
title: When the park went quiet
publisher: Example Industry Desk
published: 2014-01-10
---
The industrial park opened in 2004 and grew every year after. Then on April 9 none of the workers came in, and the
lines stopped. The first trial restart came on September 16, after months of talks.
"""


LAUNCH_NOTE = """---
title: The October 2022 launch over Japan
publisher: Example Missile Desk
published: 2022-10-05
---
On October 4, 2022, North Korea fired a Hwasong-12 intermediate-range missile over northern Japan. Japan put its
range at about 4,600 kilometers and its peak altitude at about 1,000 kilometers.
"""


POLL_NOTE = """---
title: Polls on paying more
publisher: Example Opinion Desk
published: 2019-04-01
---
The Korean Service Corps, formed in July 1950 to carry supplies for the Eighth Army, has 2,185 members today.
A Gallup Korea survey in March 2019 found that 61 percent of respondents opposed paying more toward U.S. forces,
while 27 percent supported it. In fiscal 2014 Korean firms built barracks worth $212,400,000 at Camp Carroll and a
clinic worth $58,900,000 at Camp Walker. Three other projects cost $10 million, $12 million and $14 million.
"""


# the amounts of two years in two sentences of one document, the second naming neither what nor whose
SUPPORT_NOTE = """---
title: Direct support in the fact books
publisher: Example Fact Desk
published: 2003-06-01
---
For fiscal 2002 Seoul pledged about $490 million in direct support to the American forces stationed in the country.

Two years before that, in fiscal 2000, the figure had been $391 million.

Of the 31 training areas the U.S. Army had promised to release, 19 had been released by the end of 2015.

For 2001 and 2002 the two governments agreed that Seoul's contribution would rise 8.8 percent a year, plus inflation.

The 1991 tally left out the land under the bases and more than 5,000 KATUSA soldiers assigned to American units.
"""


# a name (WRSA) said in one passage of a note, the answer in another that does not repeat it
STOCKPILE_NOTE = """---
title: Selling the stockpile
publisher: Example Logistics Desk
published: 2009-01-10
---
Under the War Reserve Stocks for Allies program, known in Korea as WRSA-K, the United States kept munitions in the
south for decades, for use by either army in a war. In 2005 Washington said it would dispose of such stocks
worldwide, and the two sides spent three years arguing over what the remaining ammunition was worth.

The army's own review had found much of the old ammunition past its service life, and the cost of guarding the
depots had risen every year since the 1990s. Prime Minister Han Seung-soo threatened to block any deal that made
Seoul pay more than the stocks were worth.

On October 7, 2008, the ministry announced the result. Seoul would take about 250,000 tons for 270 billion won. No
cash would change hands: Seoul would pay in labor and in transport for the rest of the stock.

The 1st Brigade at Camp Hovey was replaced in 2015 by U.S.-based brigades deploying for nine months at a time.
"""


# a place named in one note's title; the other note names it in one passage and answers in the next
RANGE_MOVE_NOTE = """---
title: From Sanho-ri to Jikdo
publisher: Example Training Desk
published: 2007-01-15
---
U.S. pilots had trained at the Sanho-ri Range for decades before the allies agreed to hand it to Seoul; the U.S. Air
Force shut it down in August 2005 and moved its bombing practice to Jikdo island off Gunsan.
"""

RANGE_CLAIMS_NOTE = """---
title: Noise claims
publisher: Example Courts Desk
published: 2008-03-01
---
Beside the village lay the Sanho-ri Range, where American jets practiced strafing and bombing from the early 1950s.
Villagers sued over the noise for years, and in 2004 the Supreme Court ordered the state to pay 1.3 billion won in
damages to 1,800 residents, the first such ruling in the country. Lawyers for other towns near air bases filed
similar suits within months, and the justice ministry warned lawmakers that the bills would keep coming.

The allies later agreed to hand the range to Seoul, and USFK turned over its management on Aug. 31, 2005.
"""

RAID_NOTE = """---
title: The Uljin landings
publisher: Example History Desk
published: 2009-11-01
---
In late October 1968 about 120 North Korean commandos came ashore on the east coast near Uljin and Samcheok. Soldiers,
police and reservists hunted them for weeks; officials later said 107 of the infiltrators were killed and 7 captured.

After the landings about 3,000 more U.S. troops were sent to Korea for exercises. Washington then added $40 million
in military aid. In 1979 Seoul agreed to keep its own missiles to a range of 180 kilometers.
"""


# two lengths of time, each in its own sentence, beside clock times
REWARD_NOTE = """---
title: Reward paid to an insider on a padded guard contract
publisher: Example Integrity Commission
published: 2025-06-11
---
SEOUL, June 11, 2025 -- The Example Integrity Commission decided at its meeting on Monday to pay a reward of
52 million won to an employee who exposed padded guard hours on a base security contract funded from Korea's
cost-sharing contribution. The firm has repaid 347 million won.

"Cost-sharing money must buy the hours it is billed for," said Min Seo-yeon, standing commissioner of the
Commission. "Insiders who speak up are protected by law."

Since 2019 the Commission has paid rewards in five cases involving contracts funded from the contribution, totaling
498 million won including this one. It received 44 reports about defense contracts in 2024, up from 29 in 2023.
"""

LEDGER_NOTE = """---
title: The escalator years
publisher: Example Budget Desk
published: 2025-03-02
---
# The escalator years

Between the fixed years and the capped ones, the 11th SMA let defense spending set the pace. About 8,600 Korean
employees worked on the bases then, and 70 officials in Seoul went over the bills each spring.

It was not always so. The 6th SMA cut the 2005 payment by 8.9 percent from 2004, to 680.4 billion won.

Construction took 380.0 billion won of the 2015 payment and 412.5 billion won of the 2017 payment.

| Year | Growth applied | Payment |
| --- | --- | --- |
| 2023 | 3.4 percent | 1.2896 trillion won |
| 2024 | 4.4 percent | 1.3463 trillion won |
"""


# an added document's own subject (a supervisors' guidance), asked in the table's words (the furlough, its days)
GUIDANCE_NOTE = """---
title: Guidance for supervisors of KN staff, Area IV
publisher: Example Personnel Desk
published: 2020-02-20
---
Supervisors must tell each KN employee in writing by March 2 whether they are essential. A furloughed employee may
take outside work during the furlough but must report it to the personnel center within 14 days of starting.
"""


# a sum the table has no record of, asked as a total over years the table has payments for
INTEREST_NOTE = """---
title: What the unspent money earned
publisher: Example Civic Desk
published: 2022-05-02
---
Interest earned on the unexecuted SMA cash held by U.S. Forces Korea from 2014 to 2018 came to 4.21 billion won in all,
the civic network said after the court ordered the records released.
"""


TALKS_NOTE = """---
title: The Kaesong wage talks
publisher: Example Talks Desk
published: 2013-08-20
---
The two Koreas met at the Kaesong complex to settle the wage dispute. The opening round began at 10:30 a.m. on
August 14 and lasted about 11 hours. Both delegations then took a day off to consult their capitals. A closing
round started at 9:15 a.m. on August 16 and went on for roughly 29 hours before the accord was signed.
"""

# two sentences passed on two men, each in its own sentence, beside an age and a span of decades
TRIAL_NOTE = """---
title: The Haeju fishing trial
publisher: Example Courts Desk
published: 2011-05-02
---
In March 2011 a court in Pyongyang tried two South Korean fishermen whose boat was seized near Haeju. The boat's
owner, Kim Dong-su, 52, who had fished those waters for three decades, was sentenced to 12 years of hard labor. His
deckhand was given eight years for helping him cross the line.
"""

# events dated in sentences of their own, the year said once before them
SEIZURE_NOTE = """---
title: The trawler seizure of 2011
publisher: Example Maritime Desk
published: 2012-01-15
---
Tension over the fishing grounds flared again in 2011. On March 3 the coast guard seized a trawler that had crossed
the line, and its crew of nine was taken to Incheon for questioning. Red Cross talks on the crew's return opened at
Panmunjom on March 20. The nine fishermen were sent home across the border on April 11, after the two sides swapped
letters.
"""


def bot_with_notes(settings, embeddings, notes: dict[str, str]):
    """The bot over a project with the notes (file name: text) added to its documents, ingested."""
    from bot.ingest.run import run_ingest
    from bot.pipeline import SmaBot

    for name, text in notes.items():
        (settings.knowledge_dir / "documents" / name).write_text(text, encoding="utf-8")
    assert not run_ingest(settings, progress=False, embeddings=embeddings).warnings
    return SmaBot(settings, embeddings)


@pytest.fixture(scope="module")
def bot(tmp_path_factory, embeddings):
    return bot_with_notes(make_project(tmp_path_factory.mktemp("other-countries")), embeddings, {
        "japan_note.md": JAPAN_NOTE, "casey_note.md": CASEY_NOTE, "mapo_note.md": MAPO_NOTE,
        "upkeep_note.md": UPKEEP_NOTE, "poll_note.md": POLL_NOTE, "support_note.md": SUPPORT_NOTE,
        "stockpile_note.md": STOCKPILE_NOTE, "range_move_note.md": RANGE_MOVE_NOTE,
        "range_claims_note.md": RANGE_CLAIMS_NOTE, "raid_note.md": RAID_NOTE, "talks_note.md": TALKS_NOTE,
        "trial_note.md": TRIAL_NOTE, "seizure_note.md": SEIZURE_NOTE, "launch_note.md": LAUNCH_NOTE,
        "halt_note.md": HALT_NOTE, "ledger_note.md": LEDGER_NOTE, "reward_note.md": REWARD_NOTE})


@pytest.mark.parametrize("question, expected", [
    # another country, which the added document names
    ("who signed japan's 2016 host nation deal for the japanese side?", "Fumio Kishida"),
    ("how much is tokyo paying toward US forces over five years under its 2016 agreement", "946.5 billion yen"),
    # a calculation the table has no operand for (no 2003 payment), which the document states outright
    ("what share of the upkeep did the 2003 payment cover, per officials", "38 percent"),
    # a year the table has no record of: not the nearest recorded payment
    ("how much interest was the sma money said to have earned in 2004", "12.5 billion won"),
    # aid is a sum of money
    ("how much military aid did the us add after the uljin landings", "$40 million"),
    # a year's payment the table lacks, from a table row of its year (not a count of officials, nor another year's)
    ("what did seoul pay for 2024 under sma 11?", "1.3463 trillion won"),
    # an agreement the table has no record of: a calculation on its years is the documents' to answer
    ("i have the 6th sma cutting the payment about 9% from 2004. can you give me the 2005 number", "680.4 billion won"),
])
def test_what_the_table_cannot_answer_is_quoted_from_the_document_that_says_it(bot, question, expected):
    answer = bot.answer(question)
    assert answer.route == "retrieval" and expected in answer.citations[0].quote, answer.answer
    citation = answer.citations[0]
    text, _ = read_source_text(bot.settings.resolve_display_path(citation.source))
    assert text[citation.start:citation.end] == citation.quote


def test_who_is_quoted_is_answered_by_the_sentence_reporting_their_words(bot):
    """"Who gets quoted in the release": the one whose words it reports, not the sentences sharing more of the
    question's words (the commission's rewards and reports)."""
    answer = bot.answer("who at the integrity commission gets quoted in the release on the guard contract reward")
    assert answer.route == "retrieval" and "Min Seo-yeon" in answer.citations[0].quote, answer.answer


@pytest.mark.parametrize("question, expected", [
    ("when's the next casey labor-management council mtg?", "May 9, 2012"),  # a meeting a document schedules
    ("when is the next round of sma talks", None),  # no document schedules one: no prediction either
])
def test_when_the_next_event_is_is_answered_only_by_a_document_scheduling_it(bot, question, expected):
    answer = bot.answer(question)
    if expected is None:
        assert answer.route == "declined" and not answer.citations, answer.answer
    else:
        assert answer.route == "retrieval" and expected in answer.citations[0].quote, answer.answer


@pytest.mark.parametrize("question", [
    "how much does japan pay under its 2022 host nation support agreement?",  # a year the document does not have
    "how many us troops are in germany",  # a country no document names
    "who signed germany's status of forces agreement",
])
def test_a_question_about_another_country_the_documents_do_not_answer_is_declined(bot, question):
    answer = bot.answer(question)
    assert answer.route == "declined" and not answer.citations, answer.answer


@pytest.mark.parametrize("question, expected", [
    # an acronym of a name the note spells out
    ("how many members does the ksc have these days", "2,185"),
    # "laid-off" is the "lay off" the note says, not a name no document has
    ("how many of the laid-off workers at camp casey were cooks", "40 of them cooks"),
    ("wat did the rest of the laid-off casey staff do?", "drove buses"),
    # years the table has no record of
    ("what yearly rise was agreed for seoul's 2001 and 2002 payments", "8.8 percent"),
    # far from the question in meaning, but the one sentence about what it is specifically about
    ("how many katusas did the 1991 tally leave out", "5,000 KATUSA"),
    # the name the question requires is said in another passage of the quoted note
    ("how much cash did seoul hand over for the wrsa munitions", "cash would change hands"),
    # shorthand, a typo and a compound the note says as words of their own
    ("which pm threatned to block the deal", "Prime Minister Han Seung-soo"),
    ("how long do the us-based brigades that replaced the 1st brigade deploy for", "nine months"),
    # a place one note's title names: the other note, which names it in another passage, still answers
    ("what day did usfk hand the sanho-ri range back to korea", "Aug. 31, 2005"),
    # a count of what was asked, said alike ("villagers": "residents"), or of a part ("how many of the ...")
    ("how many villagers won damages over the sanho-ri noise", "1,800 residents"),
    ("how many commandos came ashore near uljin in 1968", "120 North Korean commandos"),
    ("how many of the uljin infiltrators were captured alive", "7 captured"),
])
def test_a_question_in_words_of_its_own_is_answered_from_the_document(bot, question, expected):
    answer = bot.answer(question)
    assert answer.route == "retrieval" and any(expected in c.quote for c in answer.citations), answer.answer


def test_a_question_naming_a_documents_publisher_is_answered_from_that_document(bot):
    answer = bot.answer("per the Mapo Alliance Review, what kinds of costs does seoul's money go to")
    assert answer.route == "retrieval" and answer.citations, answer.answer
    assert all(c.source.endswith("mapo_note.md") for c in answer.citations), answer.answer


@pytest.mark.parametrize("question, result, unit", [
    ("how many percentage points more opposed than supported paying more in the march 2019 gallup korea survey", "34",
     "percentage points"),
    ("how much more were the camp carroll barracks worth than the camp walker clinic", "153500000", "USD"),
    # one amount per year, each in its own sentence of the note
    ("by how much did seoul's direct support rise from fy2000 to fy2002", "99000000", "USD"),
    # what remains of a whole: the whole less the part
    ("how many of the training areas the army promised were still not released by the end of 2015", "12", ""),
    # two lengths of time in two sentences of a note, not the clock times beside them
    ("kaesong wage talks in 2013 - opening round + closing round, how many hours of talks altogether?", "40",
     "hours"),
    # what the question counts, each in its own sentence: not the owner's age
    ("haeju fishing trial - how many more years of hard labor did the boat owner get than his deckhand?", "4", ""),
])
def test_how_far_apart_two_quoted_amounts_are_is_worked_out_from_the_quote(bot, question, result, unit):
    """The table has neither amount; the quote states both, so the difference is calculated, with its steps."""
    answer = bot.answer(question)
    assert answer.route == "retrieval" and answer.calculation, answer.answer
    assert Decimal(answer.calculation["result"]) == Decimal(result) and answer.calculation["unit"] == unit
    assert answer.grounding["unsupported"] == []


@pytest.mark.parametrize("question, expected", [
    ("a reporter friend dm'd me a screenshot of the kaesong talks piece - how long did the opening round last",
     "11 hours"),
    ("the stockpile writeup my boss forwarded - how many tons did seoul take", "250,000 tons"),
    ("that noise-claims writeup a lawyer friend forwarded: how many residents won damages", "1,800 residents"),
])
def test_how_the_asker_came_by_a_document_is_no_subject_the_documents_must_say(bot, question, expected):
    """"dm'd me a screenshot", "the writeup my boss forwarded" tell how the asker came by what they read, in words no
    document says: the question is not declined as one about something no source mentions."""
    answer = bot.answer(question)
    assert answer.route == "retrieval" and any(expected in c.quote for c in answer.citations), answer.answer


@pytest.fixture(scope="module")
def guided(tmp_path_factory, embeddings):
    """The seed articles, the shipped figures file, the supervisors' guidance and the note on interest, ingested."""
    from tests.conftest import PROJECT_ROOT

    settings = make_project(tmp_path_factory.mktemp("guidance"))
    shutil.copy(PROJECT_ROOT / "knowledge" / "sma_figures.yaml", settings.figures_file)
    return bot_with_notes(settings, embeddings, {"guidance_note.md": GUIDANCE_NOTE, "interest_note.md": INTEREST_NOTE})


@pytest.mark.parametrize("question, expected", [
    # the guidance's 14 days, not the table's 75 days of furlough
    ("under the feb 2020 guidance how long did a furloughed KN employee have to report outside work", "14 days"),
    # the interest the note states, not the payments of those years summed
    ("how much interest had the unexecuted sma cash earned in total over 2014-18?", "4.21 billion won"),
])
def test_a_calculation_on_an_added_documents_subject_is_not_the_tables(guided, question, expected):
    """What an added document is about, asked in the table's words (the furlough, a total over years): the
    document's answer, not a calculation on the table's records of something else."""
    answer = guided.answer(question)
    assert answer.route == "retrieval" and expected in answer.citations[0].quote, answer.answer
    assert not answer.calculation


def test_a_yearly_amount_asked_is_not_answered_by_a_total_over_years(bot):
    """The note gives Japan's 946.5 billion yen over five years: not what Tokyo pays a year."""
    answer = bot.answer("how much does tokyo pay per year toward us forces under the 2016 deal")
    assert answer.route == "declined" and not answer.citations, answer.answer
    # a year's amount said as the year's is one
    assert "12.5 billion won" in bot.answer("how much interest did the sma money earn a year, per the civic group").answer


def test_a_number_asked_of_a_party_no_document_names_is_declined(bot):
    """The note says what Korean firms built at Camp Carroll, nothing of Hanwha: its amount is not the firms'."""
    answer = bot.answer("how much did hanwha earn from building the camp carroll barracks in fy2014")
    assert answer.route == "declined" and not answer.citations, answer.answer
    assert "212,400,000" in bot.answer("how much were the barracks korean firms built at camp carroll worth").answer


@pytest.mark.parametrize("quotes, operation", [
    (["Three other projects cost $10 million, $12 million and $14 million."], "difference"),  # which two?
    (["The barracks cost $212,400,000 (250 billion won); the clinic cost $58,900,000 (70 billion won)."],
     "difference"),  # two pairs: which kind was meant is not clear
    (["The barracks cost $212,400,000 and the clinic $58,900,000."], "point_difference"),  # points of sums of money
    # "the two currencies" refers to them, counts nothing to pair with the rate
    (["It is the clearest case of the two currencies telling different stories: the rate went from 1,144.4 to "
      "1,291.9 won."], "percent_decrease"),
    # the bounds of a range are one amount, not two to compare with each other or with another
    (["The FY2026 request is $2,874.0 million.", "Each change of 50 won per dollar changes the contribution by roughly "
      "$40 million to $43 million."], "ratio"),
    # a question stating a sum compares sums: not the plain numbers beside them ("two to three shifts")
    (["The rise reflects wage increases and a change from two to three shifts at the plant."], "percent_increase"),
])
def test_no_difference_is_worked_out_unless_the_quotes_state_exactly_one_pair_of_the_kind_asked(quotes, operation):
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    citations = [Citation(n=n, source="note.md", title="Note", quote=quote, start=0, end=len(quote))
                 for n, quote in enumerate(quotes, start=1)]
    answer = Answer(question="the 6.84bn estimate vs the current one, how much more", route="retrieval",
                    answer="quotes", citations=citations)
    assert with_quoted_calculation(answer, operation) == answer
    pair = citations[0].model_copy(update={"quote": "It cost $5 million, then $8 million."})
    two = answer.model_copy(update={"citations": [pair]})
    assert with_quoted_calculation(two, "difference").calculation["result"] == "3000000.00"
    # a sentence comparing two amounts is the pair, whatever else the other quote states; percentages are not
    # the sums a difference is asked of
    comparing = Citation(n=1, source="note.md", title="Note", quote="The budget is 50.1 trillion won, 7.4 percent "
                         "more than this year's 46.6 trillion won and 2.5 percent of GDP.", start=0, end=95)
    other = Citation(n=2, source="note.md", title="Note", quote="The 2019 budget was 46 trillion won.", start=0, end=36)
    compared = answer.model_copy(update={"citations": [other, comparing]})
    assert with_quoted_calculation(compared, "difference").calculation["result"] == "3500000000000"



@pytest.mark.parametrize("question, quotes, combine, result, unit", [
    # how many times one is the other: the larger over the smaller, from one sentence or two
    ("the bulletin's page views: december was how many times november?",
     ["The bulletin's site had 52,700 page views in December, up from 8,500 in November."], "ratio", "6.2", "times"),
    ("the two hardship rounds, whats the total of the two",
     ["The first round paid out 96.5 billion won.", "A second round added 41.0 billion won in May."], "sum",
     "137500000000.0", "KRW"),
    # a share whose whole the question names ("out of those invited"): that count, not the closest-worded pair
    ("what was the return rate on the feedback survey for the drill, surveys returned out of those invited",
     ["Feedback: of the 40 people invited, 32 returned the survey, and 20 of them rated the drill well run."],
     "share", "80", "percent"),
    # "<part> over <whole>": the two the question names, each in a row of its own
    ("turnout from the results notice - ballots cast over members on the roll",
     ["Members on the roll: 3,140.", "Ballots cast: 2,205.", "Invalid ballots: 41."], "share", "70.22", "percent"),
    # a whole the question states ("it found 520 files"), the part a quote says of the same things
    ("the archive says it found 520 files. what % of those did they open in full (not the partly opened ones)?",
     ["All 62 files kept closed in full are drafts.", "We are opening 338 files in full and 120 files in part, and "
      "keeping 62 files closed in full; the files sat in two stores."], "share", "65", "percent"),
    # ... or of a sum, the part in the second quote
    ("study's accepted changes: net savings as a percent of the 42.0bn base estimate?",
     ["**Base estimate (design stage):** 42.0 billion won", "**Accepted changes, net savings:** 2,520 million won."],
     "share", "6", "percent"),
    # two rows of a table, its total's and the one the question names: the column it names, the row over the total
    ("from the finish rate table, what share of all trainees who finished were at camp walker?",
     ["Site: **Total**; Enrolled: **1,250**; Finished: **1,100**; Rate: **88.0%**.",
      "Site: Camp Walker; Region: Daegu; Enrolled: 460; Finished: 418; Rate: 90.9%."], "share", "38", "percent"),
    # a row of a table for each year asked: the column the question names in both, not two columns of one row
    ("per the filing's table, how much did hangang's port handling income go up from 2021 to 2023, in %?",
     ["Income by year (billions of won) — Year: 2021; All income: 80.0; Port handling: 50.0; Share: 62.5%.",
      "Income by year (billions of won) — Year: 2023; All income: 96.0; Port handling: 60.0; Share: 62.5%."],
     "percent_increase", "20", "percent"),
    # a whole with all its parts listed after a colon, the question naming them all first: the part its question asks
    ("the audit splits the repair bill into roof / plumbing / wiring - what share of the total went on wiring?",
     ["The repairs cost 2.40 billion won in all: 0.60 billion won for the roof, 0.30 billion won for the plumbing and "
      "1.50 billion won for the wiring."], "share", "62.5", "percent"),
    # an average size of like things: the sum over the count of them
    ("the fund's note gives loans made and won lent, whats the avg loan size",
     ["By June the fund had made 250 emergency loans worth 1.15 billion won in all."], "per_unit", "4600000", "KRW"),
    # the count the question gives ("over all six rounds"), the sum a quote states
    ("the delegation's spending over all six rounds - what's that per round on average?",
     ["The ministry says the delegation spent 312.6 million won in all on the talks."], "per_unit", "52100000", "KRW"),
    # the count in one quote, the sum in the other
    ("the new dorm at the depot, what did the contract come to per room roughly",
     ["The dorm has 120 rooms and a gym.", "The ministry awarded the 18.6 billion won dorm contract to Hanbit "
      "Construction in May."], "per_unit", "155000000", "KRW"),
])
def test_two_quoted_amounts_are_combined_as_asked(question, quotes, combine, result, unit):
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation
    from bot.understand.parse import parse

    per_unit = parse(question, dt.date(2026, 11, 26)).per_unit
    answer = Answer(question=question, route="retrieval", answer="quotes", citations=[
        Citation(n=n, source="note.md", title="Note", quote=quote, start=0, end=len(quote))
        for n, quote in enumerate(quotes, start=1)])
    worked = with_quoted_calculation(answer, combine, per_unit=per_unit)
    assert worked.calculation, worked.answer
    assert Decimal(worked.calculation["result"]) == Decimal(result) and worked.calculation["unit"] == unit


def test_counts_of_different_things_are_no_pair():
    """"Capacity vs current enrollment": not 694 students less 34 homeroom classes; two counts of one thing are."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    def asked(quote: str) -> Answer:
        return Answer(question="capacity vs current enrollment, how many more?", route="retrieval", answer="quotes",
                      citations=[Citation(n=1, source="note.md", title="Note", quote=quote, start=0, end=len(quote))])
    apart = asked("Our current enrollment is 694 students in 34 homeroom classes.")
    assert with_quoted_calculation(apart, "difference") == apart
    alike = asked("The new building holds 780 students; current enrollment is 694 students.")
    assert with_quoted_calculation(alike, "difference").calculation["result"] == "86"


@pytest.mark.parametrize("question, quote, combine, result", [
    # three parts of a budget: the two the question names, each by the words of its own part of the sentence
    ("barracks plus supply contracts, how much together", "The 2022 outlay split three ways: wages took 612.5 billion "
     "won; new barracks 398.0 billion won; and supply contracts 190.4 billion won.", "sum", "588400000000.0"),
    ("how many of the members present did not back the motion", "Of the 31 members present, 19 backed the motion, 8 "
     "opposed it and 4 abstained.", "difference", "12"),
    ("by how many points did busan's share top daegu's", "Busan had 3.3 million residents, or 6.4 percent of the "
     "population; Incheon had 3.0 million, or 5.8 percent; Daegu had 2.4 million, or 4.6 percent.",
     "point_difference", "1.8"),
    ("how many were wounded but not killed", "Tally as of May 2: Killed: 350; Killed and wounded together: 2,900; "
     "Other: 11,000 troops deployed in two waves.", "difference", "2550"),
    # the sides of a vote, said as "yes" and "no": those in favor and those against
    ("on the council's vote on the depot lease how many more members voted yes than no", "Of 41 members present, 26 "
     "voted in favor, 9 against and 6 abstained.", "difference", "17"),
    ("the no votes on the depot lease were what share of all members present?", "Of 41 members present, 26 voted in "
     "favor, 9 against and 6 abstained.", "share", "21.95"),
])
def test_of_several_quoted_amounts_the_two_the_question_names_are_combined(question, quote, combine, result):
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    answer = Answer(question=question, route="retrieval", answer="quotes",
                    citations=[Citation(n=1, source="note.md", title="Note", quote=quote, start=0, end=len(quote))])
    assert Decimal(with_quoted_calculation(answer, combine).calculation["result"]) == Decimal(result)
    # a question naming one of them only, or none, does not say which two are meant
    vague = answer.model_copy(update={"question": "how much more was it"})
    assert with_quoted_calculation(vague, combine) == vague


@pytest.mark.parametrize("question, quote, combine, result", [
    # a whole, then a part of it in the same sentence ("of whom", "of which"): the part over the whole, whatever the
    # sentence counts besides (sessions, months, a rating out of 5)
    ("they held four sessions - what % of the clerks passed", "In 2025 the school held four sessions, in May and "
     "July, for a total of 120 clerks, of whom 102 passed.", "share", "85"),
    ("out of everyone who signed up for the apprenticeship what % finished", "The program took in 64 apprentices over "
     "two intakes, of whom 52 finished it; they rated the mentoring 4.2 out of 5.", "share", "81.25"),
    # those not so ("unoccupied", "unspent", "not renewed"): the whole less the part said to be so
    ("how many of the dorm rooms were unoccupied at the end of june", "At the end of June the dormitory had 240 rooms "
     "over 3 floors, of which 198 were occupied.", "rest", "42"),
    ("how much of the repair grant went unspent", "The garrison received a repair grant of 12.5 billion won, of which "
     "9.8 billion won was spent by December.", "rest", "2700000000"),
    ("how many of the 2024 cleaning contracts were not renewed", "Of the 14 cleaning contracts let in 2024, 9 were "
     "renewed for 2025.", "rest", "5"),
])
def test_a_whole_and_its_part_said_in_one_sentence_are_combined(question, quote, combine, result):
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    answer = Answer(question=question, route="retrieval", answer="quotes",
                    citations=[Citation(n=1, source="note.md", title="Note", quote=quote, start=0, end=len(quote))])
    worked = with_quoted_calculation(answer, combine)
    assert worked.calculation and Decimal(worked.calculation["result"]) == Decimal(result), worked.answer


def test_a_share_of_those_who_said_something_is_not_worked_out_on_the_sum_they_spoke_of():
    """"What % said seoul should refuse to pay 5bn": a share of those polled, which the quote states; the $5 billion
    is what they were asked about, not a whole to divide the other quote's $2 billion by."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    quotes = ["Asked whether Seoul should pay $5 billion a year, 61.2 percent said it should refuse.",
              "As a candidate he had asked for $2 billion more."]
    answer = Answer(question="in the march poll what % said seoul should refuse to pay 5bn a year?", route="retrieval",
                    answer="quotes", citations=[Citation(n=n, source="note.md", title="Note", quote=quote, start=0,
                                                         end=len(quote)) for n, quote in enumerate(quotes, start=1)])
    assert with_quoted_calculation(answer, "share") == answer


def test_a_pair_of_lengths_the_question_says_nothing_of_is_not_worked_out():
    """"By how much does morning traffic at the north gate drop": the two queue lengths the quotes state are no
    traffic (the vehicle counts are in a third quote): quoted, not a percent change of the queue."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    quotes = ["In the morning peak, 2,100 vehicles an hour came in through the north gate, and the queue on the access "
              "road reached 820 meters at its longest.",
              "The longest queue at the north gate is forecast to shrink to 350 meters once the new gate opens."]
    answer = Answer(question="by how much (in %) does morning traffic at the north gate drop once the new gate opens?",
                    route="retrieval", answer="quotes", citations=[
                        Citation(n=n, source="note.md", title="Note", quote=quote, start=0, end=len(quote))
                        for n, quote in enumerate(quotes, start=1)])
    assert with_quoted_calculation(answer, "percent_decrease") == answer
    queue = answer.model_copy(update={"question": "by how much (in %) does the morning queue at the north gate shrink?"})
    assert with_quoted_calculation(queue, "percent_decrease").calculation["result"] == "-57.32"


def test_those_not_so_that_a_quote_states_are_quoted_not_worked_out():
    """"How much unspent money was carried over": the quote says the unspent sum itself; the two sums it states are
    no whole and part."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    quote = "Unspent funds of 3.1 billion won were carried over, down from 4.4 billion won a year earlier."
    answer = Answer(question="how much unspent money did the garrison carry over", route="retrieval",
                    answer="quotes", citations=[Citation(n=1, source="note.md", title="Note", quote=quote, start=0,
                                                         end=len(quote))])
    assert with_quoted_calculation(answer, "rest") == answer


@pytest.mark.parametrize("question", [
    "pay incident review: total net pay in the late file divided by the number of staff paid late, whats that per person",
    "take the late file's net pay and divide by the # of staff paid late - roughly how much each?",
])
def test_a_sum_is_divided_by_the_count_the_question_describes(question):
    """"Divided by the number of staff paid late": the count of those paid late (2,100), not of those paid on time
    beside the sum (1,250), nor the count divided by itself."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation
    from bot.understand.parse import parse

    frame = parse(question, dt.date(2026, 11, 26))
    quotes = ["The net pay in the late file came to 8.4 billion won. The 1,250 staff at the southern depots were paid "
              "on time, as their file goes to another bank.", "2,100 staff were paid a day late; nobody was paid a "
              "wrong amount."]
    answer = Answer(question=question, route="retrieval", answer="quotes", citations=[
        Citation(n=n, source="note.md", title="Note", quote=quote, start=0, end=len(quote))
        for n, quote in enumerate(quotes, start=1)])
    worked = with_quoted_calculation(answer, "per_unit", counted=frame.counted, per_unit=frame.per_unit)
    assert worked.calculation, worked.answer
    assert Decimal(worked.calculation["result"]) == 4000000 and worked.calculation["unit"] == "KRW"


def test_sums_asked_are_not_worked_out_on_counts():
    """"How many times more did the depot cost than the clinic": the two sums when quoted, never the "12-bay" over
    "Stop 5" of one sentence."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    depot = "Stop 5: Vehicle Depot. A 12-bay complex completed in 2023 for 31.5 billion won."
    clinic = "Stop 8: Dental Clinic. A two-story clinic completed in 2022 for 6.3 billion won."
    question = "how many times more did the vehicle depot cost than the dental clinic"
    one = Answer(question=question, route="retrieval", answer="quotes",
                 citations=[Citation(n=1, source="tour.pdf", title="Tour", quote=depot, start=0, end=len(depot))])
    assert with_quoted_calculation(one, "ratio", amount="money") == one
    both = one.model_copy(update={"citations": [*one.citations, Citation(n=2, source="tour.pdf", title="Tour",
                                                                          quote=clinic, start=0, end=len(clinic))]})
    assert Decimal(with_quoted_calculation(both, "ratio", amount="money").calculation["result"]) == Decimal("5")


def test_the_two_sides_of_a_vote_are_counts_of_the_voters_the_question_counts():
    """"How many more members voted yes than no": 26 in favor and 9 against are the members' votes, though the
    sentence calls only the 41 present members."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    quote = "Of 41 members present, 26 voted in favor, 9 against and 6 abstained."
    answer = Answer(question="how many more members voted yes than no", route="retrieval", answer="quotes",
                    citations=[Citation(n=1, source="note.md", title="Note", quote=quote, start=0, end=len(quote))])
    assert with_quoted_calculation(answer, "difference", counted=("member",)).calculation["result"] == "17"


@pytest.mark.parametrize("question", ["what do the three add up to, combined", "total staff at all 3 depots?"])
def test_the_amounts_a_quote_lists_are_added_up_when_the_question_counts_them(question):
    """"The combined total for the three": every count the sentence lists, not the first and another quote's."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    listed = "The union counts about 610 workers at the Daegu depot, 395 at Gimcheon and 240 at Waegwan."
    other = "The ministry said 45,000 troops were in Korea, against the usual 28,500."
    answer = Answer(question=question, route="retrieval", answer="quotes", citations=[
        Citation(n=n, source="note.md", title="Note", quote=quote, start=0, end=len(quote))
        for n, quote in enumerate([listed, other], start=1)])
    assert Decimal(with_quoted_calculation(answer, "sum").calculation["result"]) == 1245


@pytest.mark.parametrize("question, result", [
    ("what share of last year's grievances were about overtime", "62.5"),
    ("of the grievances, what % concerned unpaid leave", "25.00"),
])
def test_a_share_is_a_part_over_the_total_it_is_listed_with(question, result):
    """"8 grievances: 5 over overtime, 2 over unpaid leave and 1 over housing": the total is the sum of its parts, so
    the part the question names over it is the share, though no word says the 8 is a total."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    quote = "Last year the local filed 8 grievances: 5 over overtime, 2 over unpaid leave and 1 over housing."
    answer = Answer(question=question, route="retrieval", answer="quotes",
                    citations=[Citation(n=1, source="note.md", title="Note", quote=quote, start=0, end=len(quote))])
    worked = with_quoted_calculation(answer, "share")
    assert worked.calculation and Decimal(worked.calculation["result"]) == Decimal(result), worked.answer
    # parts that do not add up to it are not known to be its parts
    apart = quote.replace("1 over housing", "4 over housing")
    unsure = answer.model_copy(update={"citations": [answer.citations[0].model_copy(
        update={"quote": apart, "end": len(apart)})]})
    assert with_quoted_calculation(unsure, "share").calculation is None


def test_the_two_amounts_added_are_those_the_question_names_not_the_context_before_it():
    """"The 2022 payment" is what the asker has read; the question names barracks and supplies: those two are added,
    not the payment's part the sentence ties to it."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    question = "the memo breaks the 2022 payment down by use. what do barracks and supplies come to together?"
    quote = ("The 2022 payment is divided into 612.5 billion won for wages, 398.0 billion won for barracks and 190.4 "
             "billion won for supplies.")
    answer = Answer(question=question, route="retrieval", answer="quotes",
                    citations=[Citation(n=1, source="note.md", title="Note", quote=quote, start=0, end=len(quote))])
    from bot.understand.parse import parse

    preamble = parse(question, dt.date(2026, 11, 26)).preamble
    worked = with_quoted_calculation(answer, "sum", preamble=preamble)
    assert worked.calculation and Decimal(worked.calculation["result"]) == Decimal("588400000000"), worked.answer


@pytest.mark.parametrize("quotes, result", [
    (["The new gym has a floor area of 2,400 square meters. The ministry built it for 9.6 billion won."], "4000000"),
    # the count in one quote, the sum in the other, each saying what it is of: the same building, or not
    (["The new gym has a floor area of 2,400 square meters.", "The gym cost 9.6 billion won to build."], "4000000"),
    # ... but a sum saying nothing more of what is asked may be another thing's
    (["The new gym has a floor area of 2,400 square meters.", "The ministry built the gym for 9.6 billion won."],
     None),
    (["The new gym has a floor area of 2,400 square meters.", "The ministry built the pool for 4.1 billion won."],
     None),
    # two buildings' sums: which one the area is of is not clear
    (["The gym has a floor area of 2,400 square meters and cost 9.6 billion won; the pool cost 4.1 billion won."],
     None),
])
def test_an_amount_per_unit_is_the_sum_over_the_count_one_quote_states(quotes, result):
    """"What did the gym cost per square meter": the one sum of money and the one number of square meters a quote
    states, divided; nothing when no quote states exactly one of each."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    answer = Answer(question="what did the gym cost per square meter", route="retrieval", answer="quotes",
                    citations=[Citation(n=n, source="note.md", title="Note", quote=quote, start=0, end=len(quote))
                               for n, quote in enumerate(quotes, start=1)])
    worked = with_quoted_calculation(answer, "per_unit", per_unit="meter")
    if result is None:
        assert worked == answer
    else:
        assert worked.calculation and Decimal(worked.calculation["result"]) == Decimal(result), worked.answer
        assert worked.calculation["unit"] == "KRW"


def test_an_average_per_thing_counted_divides_by_the_things_as_the_quote_words_them():
    """'Avg collected per contractor': the one sum over the one count of contractors, shown as the quote says them."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation
    from bot.understand.parse import parse

    question = "col ahn's delay damages for 2021-23 - avg collected per contractor? million won pls"
    frame = parse(question, dt.date(2026, 11, 26))
    quote = "Col. Ahn said the ministry collected 4.62 billion won in delay damages from 14 contractors in 2021-23."
    answer = Answer(question=question, route="retrieval", answer="quotes",
                    citations=[Citation(n=1, source="note.md", title="Note", quote=quote, start=0, end=len(quote))])
    worked = with_quoted_calculation(answer, "per_unit", per_unit=frame.per_unit)
    assert frame.per_unit == "contractor" and not frame.attributed_to
    assert worked.calculation and Decimal(worked.calculation["result"]) == Decimal("330000000"), worked.answer
    assert "÷ 14 contractors =" in worked.answer, worked.answer


def test_a_count_asked_of_each_one_is_the_quoted_count_over_the_quoted_head_count():
    """'On average how many overtime hours did each of them put in': 1,380 hours over 46 employees."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation
    from bot.understand.parse import parse

    question = "the korean staff at the depot - on average how many overtime hours did each of them put in that week?"
    frame = parse(question, dt.date(2026, 11, 26))
    quote = "46 Korean employees helped with the cleanup in the first week, working a total of 1,380 overtime hours."
    answer = Answer(question=question, route="retrieval", answer="quotes",
                    citations=[Citation(n=1, source="note.md", title="Note", quote=quote, start=0, end=len(quote))])
    worked = with_quoted_calculation(answer, "per_unit", counted=frame.counted, per_unit=frame.per_unit)
    assert worked.calculation and Decimal(worked.calculation["result"]) == Decimal("30"), worked.answer


@pytest.mark.parametrize("combine, quote, result", [
    ("part_of", "About 120 workers are on site each day, and 45 percent of them live in Gunsan.", "54"),
    ("part_of", "Of the 300 respondents, 102 (34 percent) borrowed money.", None),  # the part is stated: no arithmetic
    ("part_of", "About 120 workers are on site each day; 45 percent of the budget went to wages.", None),  # no "of them"
    ("each_total", "In 2024 the fund made loans to 52 members, each of 3 million won, repaid over 24 months.",
     "156000000"),
    ("each_total", "The foundation gave 14 scholarships of 2.5 million won each.", "35000000"),
    ("each_total", "The fund made loans to 52 members, worth 156 million won in all.", None),  # no "each": as stated
])
def test_a_part_or_a_total_of_like_parts_is_worked_out_from_what_one_quote_states(combine, quote, result):
    """"How many of the workers come from Gunsan": the count times the percentage said of them; "total lent": the
    number of like parts times each; nothing when the quote states no such pair."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    answer = Answer(question="how many, in total", route="retrieval", answer="quotes",
                    citations=[Citation(n=1, source="note.md", title="Note", quote=quote, start=0, end=len(quote))])
    worked = with_quoted_calculation(answer, combine)
    if result is None:
        assert worked == answer
    else:
        assert worked.calculation and Decimal(worked.calculation["result"]) == Decimal(result), worked.answer


def test_a_rise_asked_of_a_table_row_is_worked_out_from_its_cells_not_from_the_total():
    """The row of the category asked about, its cells in the currency their column's heading names, gives the pair;
    the sentence on the two years' totals, closer to the question, is of something else."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    quotes = ["The 2025 payment, 1.4028 trillion won, is 6.3 percent above the 2024 payment of 1.3193 trillion won.",
              "Category: Wages; FY2024 (billion won): 650.1; FY2025 (billion won): 700.6."]
    answer = Answer(question="how much did the wages row rise from fy2024 to fy2025, in won", route="retrieval",
                    answer="quotes", citations=[Citation(n=n, source="note.md", title="Note", quote=quote, start=0,
                                                         end=len(quote)) for n, quote in enumerate(quotes, start=1)])
    worked = with_quoted_calculation(answer, "difference")
    assert worked.calculation and Decimal(worked.calculation["result"]) == Decimal("50500000000"), worked.answer


def test_a_share_of_a_whole_the_question_states_takes_the_part_the_quote_names():
    """The question gives the whole (1.5192 trillion won), the quote the parts: construction's over the whole."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    quote = ("The 2026 plan splits the money three ways: labor 735.0 billion won, construction 520.0 billion won and "
             "logistics 264.2 billion won.")
    answer = Answer(question="what share of the 1.5192tn goes to construction", route="retrieval", answer="quotes",
                    citations=[Citation(n=1, source="note.md", title="Note", quote=quote, start=0, end=len(quote))])
    worked = with_quoted_calculation(answer, "share")
    assert worked.calculation["result"] == "34.23" and worked.calculation["unit"] == "percent", worked.answer
    # a part the question does not name, of several: which one is not clear
    vague = answer.model_copy(update={"question": "what share of the 1.5192tn is that"})
    assert with_quoted_calculation(vague, "share") == vague

@pytest.mark.parametrize("question, quotes, result", [
    # the whole and its parts in one passage: the part the question names over the whole
    ("what % of the 2022 grant went to barracks, per the city memo",
     ["The city reported on the use of its 2022 grant of 640.0 billion won. Of that amount, 301.2 billion won went to "
      "wages, 214.6 billion won to barracks and 124.2 billion won to supplies."], "33.53"),
    # a sample and the total it was drawn from, in two quotes
    ("what share of the invoices did the auditors check",
     ["From these the auditors checked a sample of 60 invoices, chosen among the largest.",
      "The ministry paid 412 invoices in all for base upkeep in 2022."], "14.56"),
    # those in favour of the members present, a total stated with its parts
    ("what share of the members present backed the motion",
     ["Of the 31 members present, 19 backed the motion, 8 opposed it and 4 abstained."], "61.29"),
    # a share the quote states is the answer: nothing is worked out
    ("what share of the wages does seoul cover", ["Seoul covers 87 percent of the wages, or 512.0 billion won of "
                                                   "588.5 billion won."], None),
    # two amounts of two things, neither said to be part of the other
    ("what share of the clinic's cost did korean firms cover", ["Korean firms built barracks worth $212,400,000 at Camp "
                                                                "Carroll and a clinic worth $58,900,000."], None),
    # two counts of parts, the whole (50 on board) stated by neither: 4 of 46 is no share of anything asked
    ("what share of those on board were passengers", ["On board were four crew members and 46 passengers."], None),
])
def test_a_share_of_a_whole_the_quotes_state_is_the_part_over_the_whole(question, quotes, result):
    """Neither amount in the question: the part and the whole the quotes state, when they state exactly one pair of a
    kind (or name one of several), the part over the whole; nothing when a quote states the share itself."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    answer = Answer(question=question, route="retrieval", answer="quotes",
                    citations=[Citation(n=n, source="note.md", title="Note", quote=quote, start=0, end=len(quote))
                               for n, quote in enumerate(quotes, start=1)])
    worked = with_quoted_calculation(answer, "share")
    if result is None:
        assert worked == answer
    else:
        assert worked.calculation and worked.calculation["result"] == result, worked.answer
        assert worked.calculation["unit"] == "percent"


@pytest.mark.parametrize("question, result", [
    ("add up what the city got over 2016-2019 per that memo, in won", "1930000000000"),  # every year, two alike
    ("the memo's total for 2016 and 2019 combined", None),  # two years named, not a span: the pair of them
])
def test_amounts_the_quote_gives_each_year_of_a_span_are_all_added_up(question, result):
    """'Add up 2016-2019': each listed year's amount, not the two ends; none when a year of the span has none."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    quote = ("The city received 420 billion won in 2016, 490 billion won in 2017, 510 billion won in 2018 and "
             "510 billion won in 2019.")
    answer = Answer(question=question, route="retrieval", answer="quotes",
                    citations=[Citation(n=1, source="note.md", title="Note", quote=quote, start=0, end=len(quote))])
    worked = with_quoted_calculation(answer, "sum")
    if result is None:
        assert worked.calculation["result"] == "930000000000", worked.answer
    else:
        assert worked.calculation["result"] == result and worked.calculation["unit"] == "KRW", worked.answer


def test_a_quoted_total_over_the_years_the_question_spans_is_averaged_per_year():
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    quote = "Over the five years from 2015 through 2019 the city received about 2.5 trillion won in grants."
    answer = Answer(question="the report's total for 2015 thru 2019 - what is that per year on average",
                    route="retrieval", answer="quotes",
                    citations=[Citation(n=1, source="note.md", title="Note", quote=quote, start=0, end=len(quote))])
    worked = with_quoted_calculation(answer, "per_year")
    assert worked.calculation["result"] == "500000000000" and worked.calculation["unit"] == "KRW", worked.answer

def test_a_calculation_of_what_the_table_does_not_record_is_the_documents(bot):
    """The table has the 2015 and 2017 payments, not what construction took of them: the note's two amounts."""
    answer = bot.answer("how much bigger was the construction money in 2017 than in 2015, in won")
    assert answer.route == "retrieval" and answer.calculation, answer.answer
    assert Decimal(answer.calculation["result"]) == Decimal("32500000000"), answer.answer


def test_two_years_asked_keep_the_kind_of_amount_the_quotes_pair():
    """Set apart from the sums tied to no asked year, the counts are no answer to a question about sums."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    quotes = ["On March 3, 2025 the panel looked at 23 projects worth 287.6 billion won.",
              "On September 9, 2025 the committee approved 21 projects worth 261.3 billion won for 2026."]
    answer = Answer(question="the won value the panel looked at in march 2025 vs what was approved for 2026",
                    route="retrieval", answer="quotes",
                    citations=[Citation(n=n, source="note.md", title="Note", quote=quote, start=0, end=len(quote))
                               for n, quote in enumerate(quotes, start=1)])
    assert Decimal(with_quoted_calculation(answer, "difference").calculation["result"]) == Decimal("26300000000")

def test_two_quotes_each_stating_one_sum_make_the_pair_though_one_also_counts_two_things():
    """Busan's sum in one quote, Daegu's in the other: their difference, not that of the counts one of them names."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    quotes = ["Daegu had fewer sites, 9, with a value of $40,000,000.",
              "Busan's 25 sites carried a value of $95,000,000, and 12 of them were new."]
    answer = Answer(question="how much more was busan's site value than daegu's", route="retrieval", answer="quotes",
                    citations=[Citation(n=n, source="note.md", title="Note", quote=quote, start=0, end=len(quote))
                               for n, quote in enumerate(quotes, start=1)])
    assert Decimal(with_quoted_calculation(answer, "difference").calculation["result"]) == Decimal("55000000")

def test_two_years_asked_take_the_amount_each_quote_ties_to_its_year_in_the_questions_words():
    """Asked the 2017 grant against the 2016 one, a sentence tying 2016's grant and 2015's budget is no pair: each
    year's amount is the one the quote says of that year as the question names it ("grant"), not "the 2016 budget"."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    quotes = ["The 2015 city budget was 8.1 trillion won, so the 2016 grant rose 2 percent, to 40.8 billion won.",
              "The 2016 city budget of 8.4 trillion won was larger, so the 2017 grant rose 3.7 percent, to 42.3 billion won."]
    citations = [Citation(n=n, source="note.md", title="Note", quote=quote, start=0, end=len(quote))
                 for n, quote in enumerate(quotes, start=1)]
    answer = Answer(question="how much bigger was the 2017 grant than the 2016 one", route="retrieval", answer="quotes",
                    citations=citations)
    assert with_quoted_calculation(answer, "difference").calculation["result"] == "1500000000"
    # a table's rows: each row's year is the one it is of, not the year of another column
    rows = ["Year: 2017; Budget growth used: 2016: 3.7 percent; Grant: 42.3 billion won.",
            "Year: 2016; Budget growth used: 2015: 2 percent; Grant: 40.8 billion won."]
    tabled = answer.model_copy(update={"citations": [c.model_copy(update={"quote": row, "end": len(row)})
                                                     for c, row in zip(citations, rows)]})
    assert with_quoted_calculation(tabled, "difference").calculation["result"] == "1500000000"


@pytest.mark.parametrize("combine, result, shown", [("percent_increase", "24.69", "24.69%"),
                                                    ("percent_decrease", "-19.80", "-19.8%")])
def test_a_percentage_change_is_worked_out_from_two_quoted_amounts(combine, result, shown):
    """Grew by what percent: from the smaller to the larger; shrank: from the larger to the smaller."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    quote = "The panel enlarged the planned park from 2.43 million to 3.03 million square meters."
    answer = Answer(question="by what percent", route="retrieval", answer="quotes", citations=[
        Citation(n=1, source="note.md", title="Note", quote=quote, start=0, end=len(quote))])
    worked = with_quoted_calculation(answer, combine)
    assert worked.calculation["result"] == result and worked.calculation["unit"] == "percent"
    assert worked.answer.startswith(f"*{shown}*"), worked.answer


@pytest.mark.parametrize("quote, result", [
    ("The units logged 142 service complaints in 2024, down from 187 in 2023.", "-24.06"),
    ("Bids fell from 31 in the first round to 19 in the second.", "-38.71"),
    ("Members rose to 4,120 from 3,650 a year earlier.", "12.88"),
    ("Membership has risen from 3,650 to 4,120.", "12.88"),
    ("The units logged 142 service complaints in 2024 and 187 in 2023.", None),  # which way it went is not said
])
def test_a_percentage_change_asked_without_a_direction_goes_the_way_the_quote_says(quote, result):
    """'2023 vs 2024 - % change': down when the quote says the amount fell, up when it rose; nothing worked out when
    it says neither."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation
    from bot.understand.parse import parse
    from bot.understand.plan import quoted_calculation

    question = "service complaints from the units, 2023 vs 2024 - % change per the board's notice?"
    assert quoted_calculation(parse(question, dt.date(2026, 11, 26))) == "percent_change"
    answer = Answer(question=question, route="retrieval", answer="quotes", citations=[
        Citation(n=1, source="note.md", title="Note", quote=quote, start=0, end=len(quote))])
    worked = with_quoted_calculation(answer, "percent_change")
    if result is None:
        assert worked == answer
    else:
        assert worked.calculation["result"] == result and worked.calculation["unit"] == "percent", worked.answer


def test_a_model_no_document_names_is_declined(bot):
    """The note gives the range limit Seoul agreed to, of no missile by name: the Hyunmoo-2's range is unknown."""
    answer = bot.answer("what was the maximum range of the hyunmoo-2 missile")
    assert answer.route == "declined" and not answer.citations, answer.answer


def test_a_model_the_documents_name_another_of_is_declined(bot):
    """The note tells of a Hwasong-12: its range answers for it, not for a Hwasong-17 (a model's number is part of
    its name, though "hwasong" and "17" are each said)."""
    answer = bot.answer("what range did japan put on the hwasong-12 fired over it in oct 2022")
    assert answer.route == "retrieval" and answer.citations[0].source.endswith("launch_note.md"), answer.answer
    answer = bot.answer("what range did japan put on the hwasong-17 fired over it in nov 2022")
    assert answer.route == "declined" and not answer.citations, answer.answer


def test_a_number_of_a_year_no_quoted_document_mentions_is_declined(bot):
    """The note gives the corps' size today and its founding in 1950, nothing of 1975: today's number is not 1975's."""
    answer = bot.answer("how many members did the ksc have in 1975")
    assert answer.route == "declined" and not answer.citations, answer.answer
    assert "2,185" in bot.answer("how many members does the ksc have these days").answer


@pytest.mark.parametrize("question, kind", [
    ("how much did it cost to form the korean service corps", "sum of money"),  # the note gives its size, no cost
    ("how many barracks did korean firms put up at camp carroll", "number"),  # their worth, not how many
    ("what percentage of the camp walker clinic's cost did korean firms cover", "share"),  # its worth, no share
    # other notes' percentages are about other things
    ("what percentage of the wrsa stockpile did seoul take over in the end", "share"),
    # a count of other things: residents are not pilots, commandos not civilians
    ("how many pilots trained at the sanho-ri range", "number"),
    ("how many korean civilians were killed in the uljin landings", "number"),
    ("how many soldiers hunted the uljin commandos", "number"),
    ("how many us soldiers were killed after the uljin landings", "number"),  # troops sent, commandos killed
    # a payment, or a share of the wages, is no worker's salary
    ("avg monthly salary of a korean employee on a usfk base? union folks keep quoting one", "sum of money"),
])
def test_a_sum_count_or_share_no_quote_states_is_declined(bot, question, kind):
    """A passage about the thing asked, with no amount of the kind asked, does not answer it."""
    answer = bot.answer(question)
    assert answer.route == "declined" and not answer.citations, answer.answer
    assert f"states the {kind} this asks for" in answer.answer


def test_an_amount_about_what_only_a_document_names_is_not_the_sma_payment(tmp_path, embeddings):
    """With the figures table beside the note: spending on the units the note names is no year's SMA payment."""
    from bot.ingest.run import run_ingest
    from bot.pipeline import SmaBot
    from bot.settings import PROJECT_ROOT

    settings = make_project(tmp_path)
    shutil.copy(PROJECT_ROOT / "knowledge" / "sma_figures.yaml", settings.knowledge_dir / "sma_figures.yaml")
    (settings.knowledge_dir / "documents" / "raid_note.md").write_text(RAID_NOTE, encoding="utf-8")
    (settings.knowledge_dir / "documents" / "talks_note.md").write_text(TALKS_NOTE, encoding="utf-8")
    run_ingest(settings, progress=False, embeddings=embeddings)
    bot = SmaBot(settings, embeddings)
    answer = bot.answer("How much did Seoul spend per year to keep the units at Uljin and Samcheok?")
    assert answer.route == "declined" and not answer.citations, answer.answer
    assert "sum of money" in answer.answer
    assert bot.answer("how much does seoul pay per year these days").route == "figures"
    # words of the note only, none of a record, and no name: nor is a count of them the workforce's size
    answer = bot.answer("how many korean civilians were hunting the commandos as reservists")
    assert answer.route == "declined" and not answer.citations, answer.answer


@pytest.mark.parametrize("question, expected", [
    ("where did the north korean commandos land in 1968, and how many of them were killed?", ["Uljin", "107"]),
    ("when did the raiders come ashore near uljin, and how many were captured?", ["October 1968", "7 captured"]),
])
def test_a_question_asking_two_things_is_answered_with_a_quote_for_each(bot, question, expected):
    answer = bot.answer(question)
    assert answer.route == "retrieval" and all(text in answer.answer for text in expected), answer.answer
    assert [citation.n for citation in answer.citations] == list(range(1, len(answer.citations) + 1))


def test_a_calculation_the_table_lacks_operands_for_is_not_answered_by_a_record_instead(bot):
    """The total needs payments the table does not record; a record's sentence about one year is no answer."""
    answer = bot.answer("how much has seoul paid in total from 2021 to 2025")
    assert answer.route == "clarify" and not answer.citations, answer.answer
    assert "2023" in answer.answer


@pytest.mark.parametrize("quotes, combine, result", [
    # a quote stating a total with its parts states the total
    (["Three firms agreed to pay a combined $236 million: $82 million in criminal fines and $154 million in civil "
      "penalties.", "Two others agreed to pay about $75 million in fines and about $52 million in settlements, $127 "
      "million in all."], "difference", "109000000.00"),
    # "from about 4,500 to at least 5,500 troops": both are troops
    (["The deal was to raise the U.S. presence from about 4,500 to at least 5,500 troops."], "percent_increase",
     "22.22"),
    # lengths and weights are amounts of their own units: kilometers from kilometers, never from kilograms
    (["In 1979 Seoul pledged to keep its missiles to a range of 180 kilometers and a payload of 500 kilograms.",
      "In 2012 the range limit went up to 800 km, again with a 500 kg payload."], "difference", "620"),
    # lengths of time too: hours from hours, not the clock times beside them
    (["The opening round began at 6:30 p.m. on Friday and lasted about 11 hours.",
      "A second round started at 2:15 p.m. the next day and went on for roughly 29 hours, ending at 7:40 p.m."],
     "sum", "40"),
    (["After 19 days at the embassy the two were driven to the airport.", "They then waited 26 days in Manila."],
     "sum", "45"),
    # counts written in words, as news style writes small ones
    (["Above the convoy flew 14 transport helicopters and six AH-64 Apache gunships."], "sum", "20"),
    (["The strike left 12 soldiers and three civilian contractors wounded."], "difference", "9"),
    (["The talks ran for three days in March and then for eleven days in May."], "sum", "14"),
])
def test_quoted_totals_and_ranges_are_the_amounts_combined(quotes, combine, result):
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    # ("longer": a pair of lengths is worked out only for a question asking of a length)
    answer = Answer(question="how much more, or longer", route="retrieval", answer="quotes", citations=[
        Citation(n=n, source="note.md", title="Note", quote=quote, start=0, end=len(quote))
        for n, quote in enumerate(quotes, start=1)])
    assert with_quoted_calculation(answer, combine).calculation["result"] == result


@pytest.mark.parametrize("quotes, counted, result", [
    # "how many more breaches": the counts of breaches, not the sums stolen beside them
    (["Investigators tied 31 breaches worth $410 million to the group in 2022, against 18 breaches worth $205 "
      "million in 2021."], ("breach",), "13"),
    # "how many more years did the captain get": the two sentences, not the captain's age
    (["The captain, 52, was given 12 years in prison.", "His deputy was sentenced to eight years."], ("year",), "4"),
    # "how many more breaches", asked of quotes stating only sums: nothing to work out
    (["The group stole $410 million in 2022 and $205 million in 2021."], ("breach",), None),
])
def test_a_count_asked_of_something_combines_only_the_quoted_counts_of_it(quotes, counted, result):
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    answer = Answer(question="how many more", route="retrieval", answer="quotes", citations=[
        Citation(n=n, source="note.md", title="Note", quote=quote, start=0, end=len(quote))
        for n, quote in enumerate(quotes, start=1)])
    worked = with_quoted_calculation(answer, "difference", counted=counted)
    assert (worked.calculation or {}).get("result") == result, worked.answer


def test_sums_are_combined_before_other_numbers_a_quote_states():
    """Two project counts in one quote do not win over the two sums the quotes state together."""
    from bot.answer.figures import with_quoted_calculation
    from bot.answer.models import Answer, Citation

    quotes = ["Japan had 74 projects worth $264,050,000.", "Korea's 31 projects were worth $1,574,237,730; 14 were for "
              "training."]
    answer = Answer(question="how much larger", route="retrieval", answer="quotes", citations=[
        Citation(n=n, source="note.md", title="Note", quote=quote, start=0, end=len(quote))
        for n, quote in enumerate(quotes, start=1)])
    assert with_quoted_calculation(answer, "difference").calculation["result"] == "1310187730.00"


@pytest.mark.parametrize("question, days, dates", [
    ("how many days from the trawler being seized to the fishermen being sent home?", "39", ["2011-03-03", "2011-04-11"]),
    ("how long after the red cross talks opened were the nine fishermen sent home, in days", "22",
     ["2011-03-20", "2011-04-11"]),
    # days the note gives no year of are of the one year the question names, not of the year it last named (2004)
    ("the park sat idle in 2013 - how many days from the workers not coming in to the first trial restart?", "160",
     ["2013-04-09", "2013-09-16"]),
])
def test_the_days_between_two_events_a_document_dates_are_worked_out(bot, question, days, dates):
    """Each event's date comes from the sentence telling it, the year from where the note says it; both quoted."""
    answer = bot.answer(question)
    assert answer.route == "retrieval" and answer.calculation, answer.answer
    assert answer.calculation["result"] == days and answer.calculation["unit"] == "days", answer.answer
    assert all(date in " ".join(answer.calculation["steps"]) for date in dates), answer.calculation
    assert len(answer.citations) == 2 and answer.grounding["unsupported"] == []


def test_no_days_are_worked_out_when_an_event_is_dated_nowhere(bot):
    """The note dates no release of the trawler itself: no count of days from a sentence about something else."""
    answer = bot.answer("how many days passed between the trawler's seizure and the boat's release to its owners")
    assert not answer.calculation, answer.answer



def test_a_measure_no_quote_states_is_declined(bot):
    """The note dates the trawler's seizure but gives no size of it: a date is no answer to how big it was."""
    answer = bot.answer("how big was the trawler the coast guard seized in march 2011")
    assert answer.route == "declined" and not answer.citations, answer.answer


def test_days_between_events_of_a_document_gone_from_disk_are_not_counted_from_a_guessed_year(tmp_path, embeddings):
    """The note was ingested and then deleted: its quotes still answer, but no year is read from the missing file,
    so no days are worked out from days of no known year (and nothing fails)."""
    from bot.ingest.run import run_ingest
    from bot.pipeline import SmaBot

    settings = make_project(tmp_path)
    note = settings.knowledge_dir / "documents" / "seizure_note.md"
    note.write_text(SEIZURE_NOTE, encoding="utf-8")
    run_ingest(settings, progress=False, embeddings=embeddings)
    note.unlink()
    answer = SmaBot(settings, embeddings).answer("how many days from the trawler being seized to the fishermen being "
                                                 "sent home?")
    assert answer.route == "retrieval" and answer.citations and not answer.calculation, answer.answer


def test_no_days_are_worked_out_when_the_event_named_first_comes_later(bot):
    """Named the wrong way round, the two dates contradict the question's order (as a day of a wrongly guessed year
    would): no count of days."""
    answer = bot.answer("how many days from the fishermen being sent home to the trawler being seized?")
    assert not answer.calculation, answer.answer


def test_a_base_the_question_names_must_be_the_quoted_passages(bot):
    """The note tells of cooks laid off at Camp Casey: no answer about the ones at Camp Humphreys."""
    answer = bot.answer("how many cooks were laid off at camp humphreys in 2012?")
    assert answer.route == "declined" and not answer.citations, answer.answer
    assert "40 of them cooks" in bot.answer("how many cooks were laid off at camp casey in 2012?").answer
