"""The typed parse: quantities with units, relative time, agreements, scope. No model, no Chroma."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from bot.text import content_words
from bot.understand.parse import asked_span, parse
from bot.understand.quantities import counts_of

TODAY = dt.date(2026, 11, 26)


def test_money_in_every_common_form_with_scale_and_currency():
    frame = parse("compare $1.13bn, USD 1.13 billion, ₩1.5192 trillion, KRW 1.5192tn and 1,519.2 billion won", TODAY)
    assert [(m.value, m.unit) for m in frame.money] == [
        (Decimal("1.13e9"), "USD"), (Decimal("1.13e9"), "USD"), (Decimal("1.5192e12"), "KRW"),
        (Decimal("1.5192e12"), "KRW"), (Decimal("1.5192e12"), "KRW")]


def test_a_bare_number_before_a_range_end_takes_its_scale_and_currency():
    frame = parse("percent change from 1.4028 to 1.5192 trillion won", TODAY)
    assert [(m.value, m.unit) for m in frame.money] == [(Decimal("1.4028e12"), "KRW"), (Decimal("1.5192e12"), "KRW")]


def test_rates_percents_headcounts_dates_and_durations_are_told_apart():
    frame = parse("at 1,400 won to the dollar, 8.2% for 28,500 troops over 5 years from Dec. 31, 2018", TODAY)
    assert [r.krw_per_usd for r in frame.rates] == [Decimal("1400")]
    assert [p.value for p in frame.percents] == [Decimal("8.2")]
    assert [(h.value, h.group) for h in frame.headcounts] == [(Decimal("28500"), "troops")]
    assert [d.value for d in frame.durations] == [Decimal("5")]
    assert [d.date for d in frame.dates] == [dt.date(2018, 12, 31)] and frame.year_values == [2018]
    assert frame.money == ()


@pytest.mark.parametrize("question, year", [
    ("how much r we paying this yr", 2026), ("what will korea pay next year", 2027),
    ("what did seoul pay last year?", 2025), ("how much is korea paying currently", 2026)])
def test_relative_time_is_resolved_against_today(question, year):
    assert parse(question, TODAY).year_values == [year]


@pytest.mark.parametrize("question, number, relative, term, position", [
    ("payment under the twelfth SMA", 12, None, None, None), ("sma12 expiry", 12, None, None, None),
    ("SMA 11 signing date", 11, None, None, None), ("the 10th special measures agreement", 10, None, None, None),
    ("when does the current deal expire", None, "current", None, None),
    ("the previous agreement's cap", None, "previous", None, None),
    ("the six-year deal's last year payment", None, None, 6, "last"),
    ("in the first year of the 12th SMA", 12, None, None, "first")])
def test_agreement_references(question, number, relative, term, position):
    ref = parse(question, TODAY).agreement
    assert (ref.number, ref.relative, ref.term_years, ref.position) == (number, relative, term, position)
    assert parse(question, TODAY).year_values == []


def test_the_tenth_round_of_talks_is_not_the_tenth_agreement():
    assert parse("who led the 10th round of talks", TODAY).agreement is None


@pytest.mark.parametrize("question, fixed", [
    ("wat is the contibution for 2026", "what is the contribution for 2026"),
    ("paymnet under the twelth agreemnt", "payment under the twelfth agreement"),
    ("how many troups r in korea", "how many troops are in korea"),
    ("who spoke at the handover ceremony", "who spoke at the handover ceremony"),  # two words, not "hanover"
    ("which minister threatned to quit", "which minister threatened to quit"),  # not "threat" + "ned"
    ("how many crewmates were killed", "how many crewmates were killed"),  # two words, not "creates" two edits away
    ("how many recs did the panel make", "how many recommendations did the panel make"),
    ("how much unexecuted cash was left", "how much unexecuted cash was left"),  # a prefix and a word, not "executed"
    ("2015 in usd @ 1,130", "2015 in usd at 1,130"),  # "@" a rate
    ("diff btwn 2022 n 2021", "difference between 2022 and 2021"),
    ("total if evry yr is up 3%", "total if every year is up 3%"),
    ("who wrote the memo on allowances", "who wrote the memorandum on allowances"),
    ("what did the admin say", "what did the administration say"),
    ("who was the korean pm in 1970", "who was the korean prime minister in 1970"),
    ("what did the 3 pm briefing say", "what did the 3pm briefing say"),  # a time, not a prime minister
    ("what was agreed in dec", "what was agreed in december"),
    ("wich base did the unit move to", "which base did the unit move to"),  # a letter left out of a common word
    ("wher did the envoys meet", "where did the envoys meet"),
    ("how many docs did the review go through", "how many documents did the review go through"),
    ("whn did the talks strt", "when did the talks start"),  # vowels left out of short common words
    ("hw lng was the frst deal", "how long was the first deal"),
    # vowels left out of the subject's longer words
    ("wat was the incrse in 2019", "what was the increase in 2019"),
    ("korea pymnt 2021", "korea payment 2021"),
    ("the cntrbtn for 2026", "the contribution for 2026"),
    # interjections go; shorthand with a digit and short words with two letters swapped are spelled out
    ("yo what did korea pay for 2017 lol", "what did korea pay for 2017"),
    ("how much did seoul pay 4 2018 haha", "how much did seoul pay for 2018"),
    ("hw many rnds b4 the deal", "how many rounds before the deal"),
    ("when did it tkae effect", "when did it take effect"),
    ("it came up in the team mtg tbh", "it came up in the team meeting"),
    # a letter left out of a commoner word of five or six letters
    ("the herald artcle on the talks", "the herald article on the talks"),
    ("what did the statment say", "what did the statement say"),
    # "again", "fair to say", "a trillion" typed short
    ("was it 932bn agin?", "was it 932bn again?"),
    ("fair 2 say it was over a trill", "fair to say it was over 1 trillion"),
    # an agreement said by its number after "sma" is the ordinal one; an amount after "sma" stays one
    ("what did seoul pay for 2023 under sma 11?", "what did seoul pay for 2023 under 11th sma?"),
    ("SMA-10 vs sma no. 9", "10th sma versus 9th sma"),
    ("the sma 5 percent cap", "the sma 5 percent cap"),
    ("how many orgs signed, and how many govts", "how many organizations signed, and how many governments"),
    ("what wouldve 2022 come to", "what would have 2022 come to"),
    ("when did the demo crew start on the old clinic", "when did the demolition crew start on the old clinic"),
    ("how many joined the demo outside the gate", "how many joined the demo outside the gate"),
    ("how many vendors turned up to the pre-bid meeting", "how many vendors attended the pre-bid meeting"),
    ("how many bidders showed up?", "how many bidders attended?"),
    ("what turned up in the audit", "what turned up in the audit"),
    ("who showed up at the depot in may", "who showed up at the depot in may"),
    ("how many techs does the contract need", "how many technicians does the contract need"),
    ("the merchants assn held a press conf outside", "the merchants association held a press conference outside")])
def test_typos_and_chat_style_are_normalised(question, fixed):
    assert parse(question, TODAY).text == fixed


@pytest.mark.parametrize("question, years", [
    ("in 92 where did the army want its seoul hq to go", [1992]),
    ("who ran usfk back in 08?", [2008]),
    ("who signed the munitions sale in oct 08", [2008]),  # a month and its year
    ("what changed in sept '19 for the workers", [2019]),
    ("by mid 73 how far behind plan was the aid", [1973]),
    ("was it cut by 25?", []),  # a percent or an amount, not 2025
    ("the deal they signed in 66, when did it take effect", [1966]),
    ("what did seoul pay since 19, roughly", [2019]),
    ("how many sites were returned in 10 years", []),  # a duration, not 2010
    ("how many bases closed in 12 months", []),
    ("it rose in 2 rounds of talks", []),
    ("if nothing was signed by dec 31, what was the fallback", []),  # a deadline's day, not 2031
    ("workers were told to stay home until june 15", []),
    ("the doors from lot 2024-b, how long did they hold", []),  # a lot's code, not 2024
])
def test_a_two_digit_year_in_chat_is_a_year(question, years):
    assert [y.year for y in parse(question, TODAY).years if not y.relative] == years


class DocumentWords:
    """The knowledge base's words as the retriever tells them: which terms documents use, and the name a
    misspelt one is closest to."""

    def __init__(self, names: set[str]) -> None:
        self.names = names

    def mentioned(self, words: frozenset[str]) -> set[str]:
        return set(words) & self.names

    def nearest_name(self, term: str) -> str | None:
        return "incheon" if term in ("inchon", "incheonn") else None

    def hyphenated(self, term: str) -> str | None:
        return {"carryover": "carry-over", "cochair": "co-chair"}.get(term)

    def titled(self, words: frozenset[str]) -> set[str]:
        return set()


def test_a_word_the_documents_use_is_not_corrected():
    """"blinken" is one edit from "blinked", but a document names Blinken: the question means him."""
    question = "what did blinken tell suh about the cost-sharing text"
    assert "blinked" in parse(question, TODAY).text
    assert "blinken" in parse(question, TODAY, known=DocumentWords({"blinken", "suh"})).text


@pytest.mark.parametrize("question, written", [
    ("what cap on carryover did the editorial want", "carry-over"),
    ("who were the cochairs of the june meeting", "co-chair"),
])
def test_a_word_typed_run_together_is_written_as_the_documents_hyphenate_it(question, written):
    assert written in parse(question, TODAY, known=DocumentWords({"editorial", "meeting"})).text
    assert written not in parse(question, TODAY).text  # no document writes it so: as typed


@pytest.mark.parametrize("question, place", [
    ("How many US troops are in Japan?", "Japan"), ("what does germany pay for us bases", "Germany"),
    ("NATO 2% target", "NATO"), ("how big is the north korean army", "North Korea"),
    ("How much does South Korea pay for USFK?", None),
    ("who led the UN Command delegation at the 1953 armistice talks", None)])  # the UN Command in Korea
def test_the_country_or_alliance_a_question_is_about(question, place):
    assert parse(question, TODAY).place == place


@pytest.mark.parametrize("question", ["name of the patrol boat that sank in 2002", "the names of the two envoys?"])
def test_a_question_opening_with_name_of_asks_a_name(question):
    assert parse(question, TODAY).asks == "name"


@pytest.mark.parametrize("question, asks", [
    ("which activist group did he run before the attack", "name"), ("which activists protested at the gate", "who")])
def test_a_group_of_people_asked_for_is_a_name_the_people_are_who(question, asks):
    assert parse(question, TODAY).asks == asks


@pytest.mark.parametrize("text, kind, states", [
    ("the United States is to bear 75 percent and Korea 25 percent", "share", True),
    ("Seoul asked USFK to reimburse three quarters", "share", True),
    ("Korean and American aircraft use it at a ratio of 8:2", "share", True),
    ("it cites third-party claims from more than half a century ago", "share", False),
    ("it is spread across the southern half of the peninsula", "share", False),
    ("Seoul pays half the cost of the drills", "share", True),
    ("the barracks cost $212,400,000", "money", True),
    ("80,000 yen in damages", "money", True),
    ("the fine was 75 percent of the bid", "money", False),
    ("some 300 police were sent", "count", True),
    ("notice is due at least 90 days before the anniversary", "count", False),  # a length of time
    ("the range went up to 800 km", "count", False),  # a length
    ("he asked $1.6 billion a year for five years", "count", False),  # "five years" is a length, not a count
    ("the ballot closed at 18:00 on November 26", "count", False),  # a time of day, not 18 and 0
    ("the doors open at 9 a.m. sharp", "count", False),
])
def test_the_kind_of_amount_a_sentence_states(text, kind, states):
    from bot.understand.quantities import STATES

    assert STATES[kind](text) == states


@pytest.mark.parametrize("text, states", [
    ("the two men spoke by telephone for about 20 minutes", True), ("a 90-minute meeting", True),
    ("the talks ran three days", True), ("he called at 8:30 p.m.", False), ("20 ministers met", False),
    ("after a year and a half of talks", True), ("for half a year", True), ("two and a half years on", True)])
def test_a_length_of_time_is_stated_in_any_unit(text, states):
    from bot.understand.quantities import states_duration

    assert states_duration(text) == states


@pytest.mark.parametrize("term, name", [("impass", False), ("walkout", False), ("tweet", False), ("stalemat", False),
                                        ("thaad", True), ("hegseth", True), ("dongui", True),
                                        # a rarer word made from an ordinary one by a suffix is no name either
                                        ("normalization", False), ("militarisation", False),
                                        ("modernisation", False), ("ballinger", True), ("kissinger", True)])
def test_ordinary_words_beyond_the_model_vocabulary_are_no_names(term, name):
    """The word list beside the model's vocabulary knows "impasse" and "walkout"; names and acronyms stay names."""
    from bot.understand.normalize import is_name

    assert is_name(term) == name


@pytest.mark.parametrize("question, parts", [
    ("where was the sergeant held, and for how long?",
     ("where was the sergeant held?", "for how long?", "for how long, of: the sergeant held")),
    ("Who led the advisory group, and roughly how many advisers did it have?",
     ("Who led the advisory group?", "how many advisers did it have?",
      "how many advisers did it have, of: led the advisory group")),
    ("how much did korea pay in 2019 and 2020", None),  # two years, one question
    ("for the bursary, how much is the top award, and who is the contact officer",  # what it is about, said first
     ("for the bursary, how much is the top award?", "who is the contact officer?",
      "who is the contact officer, of: much is the top award")),
    ("what did trump and moon say about the deal", None),
    # the second yes or no, of what the first asked about
    ("where did the harbor film have its premiere, and did it win anything there?",
     ("where did the harbor film have its premiere?", "did it win anything there?",
      "did it win anything there, of: the harbor film have its premiere")),
    ("what did korea pay and did the us accept it", None),  # no second question of the first's subject
    ("camp walker library: when does it reopen, and who runs the new reading room?",  # the subject, then a colon
     ("camp walker library: when does it reopen?", "who runs the new reading room?",
      "who runs the new reading room, of: it reopen")),
])
def test_a_question_asking_two_things_is_split_in_two(question, parts):
    from bot.understand.parse import two_questions

    assert two_questions(question) == parts


@pytest.mark.parametrize("text, noun, counts", [
    ("USFK runs 73 bases across the peninsula.", "base", True),
    ("About 4,000 Korean workers on US bases were sent home.", "base", False),  # workers counted, bases where
    ("About 4,000 Korean workers on US bases were sent home.", "worker", True),
    ("The army had about 98,000 men in three divisions.", "soldier", True),  # a noun said alike
    ("When the park closed, 124 South Korean companies were running factories there.", "firm", True),
    ("All 190 members present in the 300-seat Assembly voted to lift the decree.", "lawmaker", True),
    ("Some 240 legislators signed the motion.", "lawmaker", True),
    ("All 190 members present voted to lift the decree.", "firm", False),
    # those who voted are the votes cast ("the vote count")
    ("Of the 240 members present, 171 voted for the motion and 58 against it.", "vote", True),
    # a day of a month is no count
    ("At 7:23 a.m. on Tuesday, Oct. 4, the North fired a ballistic missile.", "missil", False),
    ("On March 12 troops fired 40 missiles.", "missil", True),
    # shops are businesses
    ("In 2015 the street had 38 businesses catering to soldiers.", "shop", True),
    # "Korean" is also the adjective: "two reactors in North Korea" counts no Koreans
    ("KEDO was to build two nuclear power reactors on the Korean Peninsula.", "worker", False),
    # a survey's answers are its responses
    ("The survey ran for six weeks and received 612 complete answers.", "respons", True),
])
def test_a_count_is_of_the_noun_beside_its_number_not_of_where_it_is(text, noun, counts):
    assert counts_of(text, noun) is counts


@pytest.mark.parametrize("question, normalized", [
    ("what was the inchon landing code-named?", "what was the incheon landing code-named?"),
    ("who commanded at Inchon", "who commanded at incheon"),  # typed as a name, spelled as the documents do
    ("how much is the 425 sattelite project costing", "how much is the 425 satellite project costing"),
    ("when was the incheon landing", "when was the incheon landing"),  # a word the documents use stays
    # shorthand for a post or a kind of work, spelled as documents write it
    ("who's ceo of the contractor", "who is chief executive of the contractor"),
    ("who is the cfo", "who is the chief financial officer"),
    ("when does the hangar rehab finish", "when does the hangar rehabilitation finish"),
    # shorthand for what is counted or where: "accts", "maint", "usag" (a US Army garrison)
    ("how many active accts does usag daegu have", "how many active accounts does garrison daegu have"),
    ("what did the maint complex cost", "what did the maintenance complex cost"),
    ("who's the firm's jv partner on the dorm job", "who is the firm's joint venture partner on the dorm job"),
    # thousands written with "k"
    ("if 4k of the 8.6k staff were sent home", "if 4,000 of the 8,600 staff were sent home"),
    # a code's letters are no shorthand ("dat" is "that", not in "dat-417")
    ("how many ppl took dat-417", "how many people took dat-417"),
    ("what rate did the wire explainer use", "what rate did the wire explainer use"),  # a kind of article
])
def test_words_are_spelled_as_the_documents_or_the_dictionary_spell_them(question, normalized):
    from bot.understand.normalize import normalize

    assert normalize(question, DocumentWords({"incheon"})) == normalized


@pytest.mark.parametrize("text, values", [
    ("somewhere between $1.2 and 1.5 billion", [Decimal("1.2E9"), Decimal("1.5E9")]),
    ("a range of $1.2 to $1.5bn", [Decimal("1.2E9"), Decimal("1.5E9")]),
    ("from 1.4028 to 1.5192 trillion won", [Decimal("1.4028E12"), Decimal("1.5192E12")]),
    ("$40 and 2 billion won", [Decimal("40"), Decimal("2E9")]),  # another currency: no shared scale
])
def test_a_scale_said_once_serves_both_ends_of_a_range(text, values):
    from bot.understand.quantities import find_money

    assert [money.value for money in find_money(text, [])] == values


@pytest.mark.parametrize("text, values", [
    # a table's cell read with its column's heading, as documents are loaded
    ("Category: Labor; FY2025 (billion won): 688.5; FY2026 request (billion won): 742.0.",
     [Decimal("6.885E11"), Decimal("7.42E11")]),
    ("Year: 2020; Payment (KRW bn): 1,038.9", [Decimal("1.0389E12")]),
    ("Item: barracks; Cost ($ million): 212.4", [Decimal("2.124E8")]),
    ("Site: Osan; Area (square meters): 14,200", []),  # no currency in the heading: no money
])
def test_a_cell_is_an_amount_in_the_currency_its_heading_names(text, values):
    from bot.understand.quantities import find_money

    assert [money.value for money in find_money(text.lower(), [])] == values


@pytest.mark.parametrize("text, values", [
    ("about 2.7 million people signed up, raising some $410 million", [Decimal("4.1E8")]),
    ("nearly 1.2 million visitors came in the first month", []),
    ("the 2.5 trillion won budget", [Decimal("2.5E12")]),
])
def test_a_scaled_count_of_things_is_no_sum_of_money(text, values):
    """A number with a scale word and the things it counts after it ("2.7 million people") is a count, even where
    the sentence names a currency elsewhere; it is no money."""
    from bot.understand.quantities import find_money, states_count

    assert [money.value for money in find_money(text, [])] == values
    if not values:
        assert states_count(text)


@pytest.mark.parametrize("text, yearly", [
    ("Japan will pay about 946.5 billion yen over the five years from fiscal 2016.", False),
    ("the program's cost is about 1.3 trillion won for 2015 to 2027", False),
    ("the deposits earned 12.5 billion won in interest in 2004", True),
    ("Seoul pays about $900 million a year", True),
    ("the annual bill is 870 million dollars", True),
    ("Every image in the archive, on a one-year editorial licence: 3.8 million won.", True),
    ("a 12-month service contract worth 640 million won", True),
    ("the five-year contract is worth 2.1 billion won", False),
])
def test_an_amount_for_a_year_is_told_from_one_over_several(text, yearly):
    from bot.understand.quantities import states_yearly

    assert states_yearly(text) == yearly


@pytest.mark.parametrize("question, party", [
    ("how much did hanwha get from the navy for the repair job?", "hanwha"),
    ("how many tanks did the brigade lose at the river", "brigade"),
    ("how much money has mitsubishi invested in the plant so far", "mitsubishi"),
    ("how much did they get", None),  # no one named
])
def test_who_a_number_is_asked_of_is_a_name_the_question_gives(question, party):
    """"how much did hanwha get": the party asked about is given like a name in capitals, which some source must
    mention, or the number quoted would be another party's."""
    names = parse(question, TODAY).given_names
    assert (frozenset(content_words(party)) in names) if party else names == ()


@pytest.mark.parametrize("question, asked", [
    ("what was the 2026 payment? for a background para", "what was the 2026 payment?"),
    ("sma 2027 number?? boss needs it asap", "sma 2027 number??"),
    ("seoul paid 1.3tn in 2021. what was 2022?", "what was 2022?"),  # the sentence before is context
])
def test_the_question_itself_is_its_last_sentence_without_what_follows_its_question_mark(question, asked):
    start, end = asked_span(question)
    assert question[start:end] == asked


@pytest.mark.parametrize("question, events", [
    ("how many days passed between the ceasefire being announced and the first shelling after it?",
     ("the ceasefire being announced", "the first shelling after it")),
    ("from the day the trawler was seized to the day its crew went home, how many days was that",
     ("the trawler was seized", "its crew went home")),
    ("how many weeks after the summit did the working-level talks start?", ("the summit", "the working-level talks start")),
    ("how long after the test did the council vote on new sanctions", ("the test", "the council vote on new sanctions")),
    # "its" of what the first event acts on
    ("how many days between the cabinet approving the port treaty and its ratification?",
     ("the cabinet approving the port treaty", "the port treaty's ratification")),
    ("timeline q: how many days from the envoy's arrival until the hostages were freed?",
     ("the envoy's arrival", "the hostages were freed")),
])
def test_the_two_events_a_length_of_time_is_asked_between_are_read(question, events):
    from bot.understand.parse import events_spanned

    assert events_spanned(parse(question, TODAY).text) == events


@pytest.mark.parametrize("question", [
    "how many days between march 1 2020 and the furlough's start",  # a date of its own: the table's calculation
    "how much did the payment rise between 2019 and 2021",  # years, no events
    "how many days did the furlough last",  # one event
])
def test_no_two_events_are_read_where_a_question_spans_none(question):
    from bot.understand.parse import events_spanned

    assert events_spanned(parse(question, TODAY).text) is None


@pytest.mark.parametrize("text, event, year, day", [
    ("On June 7 vessels came 3.5 km south of the line, and on June 8 patrol boats crossed it repeatedly.",
     "the vessels came south of the line", 1999, dt.date(1999, 6, 7)),
    ("On June 7 vessels came 3.5 km south of the line, and on June 8 patrol boats crossed it repeatedly.",
     "the patrol boats crossed it", 1999, dt.date(1999, 6, 8)),
    # the words of an event may come before its date, in the clause the date ends
    ("At the third meeting, on May 2, both sides signed a memo, and the plant reopened for a trial run on July 9, 2014.",
     "the trial reopening", None, dt.date(2014, 7, 9)),
    ("At the third meeting, on May 2, both sides signed a memo, and the plant reopened for a trial run on July 9, 2014.",
     "the memo signed", None, dt.date(2014, 5, 2)),
    ("The crew was freed on April 11, after the two sides swapped letters.", "the crew freed", 2011,
     dt.date(2011, 4, 11)),
    ("The crew was freed on April 11.", "the crew freed", None, None),  # no year anywhere
    # several occurrences, or a span of days: which day is the event's is unclear
    ("Its previous tests were in 2006 and 2009, the third on Feb. 12, 2013.", "the test", None, None),
    ("The summit, held on February 27-28, 2019, broke up early.", "the summit", None, None),
    # a span's first day is when it opened, its last when it ended
    ("The summit, held on February 27-28, 2019, broke up early.", "the end of the summit", None, dt.date(2019, 2, 28)),
    ("- Session 4: Nov. 3-5, 2021, Geneva", "the first day of session 4", None, dt.date(2021, 11, 3)),
    ("- Session 4: Nov. 3 to 5, 2021, Geneva", "when session 4 wrapped up", None, dt.date(2021, 11, 5)),
])
def test_the_day_a_quote_gives_an_event_is_read_from_its_clause(text, event, year, day):
    from bot.understand.quantities import date_of_event

    assert date_of_event(text, event, year) == day


@pytest.mark.parametrize("question, kind", [
    ("how much military aid did washington give seoul in 1971", "money"),
    ("how much food aid did the us offer pyongyang in 2012", None),  # aid in goods is weighed: tons, not dollars
    ("how much nutritional assistance was promised under the deal", None),
])
def test_aid_in_goods_is_no_sum_of_money(question, kind):
    from bot.understand.plan import amount_asked

    assert amount_asked(parse(question, TODAY)) == kind


def test_a_count_followed_by_what_it_counts_is_told_from_a_verb_before_it():
    """"Charged him with 14 offenses" counts offenses; "have held 10 rounds" counts rounds."""
    from bot.text import terms

    charge, round_ = terms("charges")[0], terms("rounds")[0]
    assert counts_of("The Army had charged King with 14 offenses.", charge)
    assert not counts_of("The Army had charged King with 14 offenses.", charge, following=True)
    assert counts_of("The two sides have held a total of 10 rounds of talks.", round_, following=True)


@pytest.mark.parametrize("question, named", [
    ("where did the first stage come down per NORAD?", {"norad"}),
    ("how many died acording to kbs", {"kbs"}),
    ("how many troops were sent, according to the defense ministry in 1968", {"defens", "ministri"}),
    ("how many were furloughed in 2020", set()),
    # "per" a unit divides; it names no one's account
    ("whats the new workshop's cost per square meter", set()),
    ("what did the barracks cost per room, per the audit", {"audit"}),
    ("how much per head is that", set()),
])
def test_whose_account_a_question_asks_for_is_read(question, named):
    assert parse(question, TODAY).attributed_to == named


@pytest.mark.parametrize("question, combine", [
    ("how many of the members present did not back the motion", "difference"),  # the whole less those who did
    ("how many soldiers were wounded but not killed, per the briefing", "difference"),
    ("of the 40 sites how many werent handed back", "difference"),
    ("how many workers were furloughed", None),
    ("why did the assembly not vote on it", None),  # no number asked
    # a share of a whole the question states: the part a quote gives, over it
    ("what share of the 1.5tn goes to labor", "share"),
    # a total over a span of years, asked per year on average: the quoted total over the years
    ("the speech gives a total for 2015 thru 2019 - per year on avg?", "per_year"),
    # "the spread between" two amounts is how far apart they are
    ("whats the spread between the high and low scenarios for 2030", "difference"),
])
def test_a_count_of_those_who_did_not_is_the_whole_less_those_who_did(question, combine):
    from bot.understand.plan import quoted_calculation

    assert quoted_calculation(parse(question, TODAY)) == combine


@pytest.mark.parametrize("question, measure", [
    # where a number comes from, in brackets after it, is no measure the question asks about
    ("suppose 2020 had risen 9% on 2019 (the us offer at the time) - what would 2020 have been", None),
    ("if 2023 rose 4% (the korean offer reported then) what would it be", "payment_increase_pct"),
    ("what was seoul's offer (in dollars) in 2020", "offer"),  # an aside with no number before it stays
])
def test_a_bracketed_source_of_a_number_is_not_what_is_asked(question, measure):
    assert parse(question, TODAY).measure == measure


@pytest.mark.parametrize("text, counts", [
    ("- **Wave 2:** July 14-16, 2025, the week after the July 8 remarks.", False),  # a part's number, dates
    ("Round 7 opened in Los Angeles on March 17, 2020.", False),
    ("Both waves were telephone surveys of adults aged 18 and older.", False),
    ("1,014 respondents; margin of error plus or minus 3.1 percentage points.", True),
])
def test_the_number_of_a_part_is_no_count(text, counts):
    from bot.understand.quantities import states_count

    assert states_count(text) is counts


def test_a_count_written_into_a_compound_is_read_as_its_number():
    """"The 288-room building": 288 rooms; reading it as a number once failed outright."""
    from bot.understand.quantities import counted_values

    assert counted_values("The 288-room building cost 41.7 billion won.", ("room",)) == {Decimal(288)}


@pytest.mark.parametrize("text, counted, values", [
    # a length of time beside those counted counts hours, not them
    ("3,112 employees paid 26 hours late; none was paid a wrong amount.", ("employe",), {3112}),
    ("The crews, 40 drivers, worked 12 days straight.", ("driver",), {40}),
    # unless hours are what is counted
    ("The 46 guards logged 1,380 hours of overtime.", ("hour",), {1380}),
    # kids are children, whatever ages are said beside them
    ("Opened in 2021, with room for 244 children from six weeks to five years old.", ("kids",), {244}),
])
def test_a_length_of_time_is_no_count_of_the_people_beside_it(text, counted, values):
    from bot.understand.quantities import counted_values

    assert counted_values(text, counted) == set(map(Decimal, values))


@pytest.mark.parametrize("text, stated", [
    ("At 1,368 won to the dollar, Thursday's closing rate, that is about $1.03 billion.", True),
    ("The note uses an exchange rate of 1,450 for 2026.", True),
    ("The call began at 8:30 p.m. and the payment is 1.4028 trillion won.", False),
])
def test_a_quote_states_an_exchange_rate_when_it_gives_won_to_the_dollar(text, stated):
    """What a rate asked of a document ("what won/dollar rate did they use") must be answered by."""
    from bot.understand.quantities import states_rate

    assert states_rate(text) is stated


@pytest.mark.parametrize("question, factor", [
    ("the 2026 payment is about double the 2005 one, right?", 2),
    ("2019 rose 13.9% over 2018, yes? double-checking before it goes out", None),
    ("is 2026 twice 2014? double check pls", 2),
])
def test_a_multiple_is_read_from_doubling_not_from_double_checking(question, factor):
    frame = parse(question, TODAY)
    assert frame.factor == (Decimal(factor) if factor else None), frame.factor_text


@pytest.mark.parametrize("question, kind", [
    # what someone's payment or contribution was is its sum
    ("what was seoul's contribution under the 4th sma back in 1999", "money"),
    ("what was the first year's payment under that original deal", "money"),
    # what it was based on is no sum
    ("what was the contribution based on back then", None),
])
def test_what_a_payment_was_asks_its_sum_not_its_purpose(question, kind):
    from bot.understand.plan import amount_asked

    assert amount_asked(parse(question, TODAY)) == kind


@pytest.mark.parametrize("question, per_unit", [
    ("inspectors found 14 safety violations and fined the firm 42m won in all - how much per violation?", "violat"),
    ("the talks cost 470m won over all eight rounds, what's that per round", "round"),
    # "per" whose account it is, or per a thing the question does not count: no sum per thing
    ("per officials, what fraction of the upkeep did the 2008 payment cover", None),
    ("per kim's memo how much a year did the ministry want to pay", None),
    ("how much did each project cost per contract", None),
])
def test_a_sum_per_thing_is_asked_only_of_things_the_question_counts(question, per_unit):
    assert parse(question, TODAY).per_unit == per_unit
