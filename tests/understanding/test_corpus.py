"""The phrase corpus: every question, written as staff ask them, makes the plan it should. No model, no Chroma."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

from bot.figures import load_figures
from bot.text import content_words
from bot.settings import PROJECT_ROOT, Settings
from bot.understand.facts import Facts
from bot.understand.parse import parse
from bot.understand.plan import Calculate, Clarify, Decline, Lookup, Planner, Search, is_decline

CORPUS = Path(__file__).with_name("corpus.yaml")
TODAY = dt.date(2026, 11, 26)


class AddedDocuments:
    """The knowledge base as the corpus reads it: the shipped documents (whose words are not typos either way) and
    the titles of documents an admin added, which a question may name ("the gimcheon council brief")."""

    TITLES = content_words("Gimcheon Council Brief: the base economy | The Hanbit Working Paper on escalators | "
                           "Seosan City Newsletter | KDI Chart Book | Dongbang Ministry Briefing | Hanbit brief | Hanbit wire story | "
                           "Hanbit blog | Osan Photo Desk caption sheet")

    def mentioned(self, words: frozenset[str]) -> set[str]:
        return set()

    def nearest_name(self, term: str) -> str | None:
        return None

    def hyphenated(self, term: str) -> str | None:
        return None

    def titled(self, words: frozenset[str]) -> set[str]:
        return set(words & self.TITLES)


KNOWN = AddedDocuments()
KINDS = {Decline: "decline", Clarify: "clarify", Calculate: "calculate", Lookup: "lookup", Search: "search"}
ENTRIES = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["questions"]


@pytest.fixture(scope="module")
def planner() -> Planner:
    settings = Settings(_env_file=None)
    table = load_figures(PROJECT_ROOT / "knowledge" / "sma_figures.yaml", settings.knowledge_dir, settings.display_path)
    return Planner(Facts(table))


def close(got: Decimal, expected: Decimal) -> bool:
    return abs(got - expected) <= max(Decimal("0.01"), abs(expected) * Decimal("0.0001"))


def mismatches(entry: dict, plan) -> list[str]:
    """What differs between the plan made and the plan expected (empty when it matches)."""
    kind = "decline" if is_decline(plan) else KINDS[type(plan)]
    if kind != entry["plan"]:
        detail = getattr(plan, "message", "") or getattr(plan, "measure", "") or ""
        if isinstance(plan, Calculate):
            detail = f"{plan.resolved.operation} = {plan.resolved.calculation.result}"
        return [f"plan {kind} ({detail}), expected {entry['plan']}"]
    problems = []
    if isinstance(plan, Calculate):
        r = plan.resolved
        if r.operation != entry["operation"]:
            problems.append(f"operation {r.operation}, expected {entry['operation']}")
        if not close(r.calculation.result, Decimal(str(entry["result"]))):
            problems.append(f"result {r.calculation.result}, expected {entry['result']} ({r.interpretation})")
        if r.calculation.unit != entry["unit"]:
            problems.append(f"unit {r.calculation.unit}, expected {entry['unit']}")
        if entry.get("premise") is False and r.premise is None:
            problems.append("expected the false premise to be corrected")
    if isinstance(plan, Lookup):
        if plan.measure != entry["measure"]:
            problems.append(f"measure {plan.measure}, expected {entry['measure']}")
        if "year" in entry and entry["year"] not in plan.years:
            problems.append(f"years {plan.years}, expected {entry['year']}")
        if "agreement" in entry and entry["agreement"] not in {a.number for a in plan.agreements} | {
                r.figure.sma for r in plan.records}:
            problems.append(f"agreements {[a.number for a in plan.agreements]}, expected {entry['agreement']}")
        value = entry.get("value")
        if value == "none":
            if not plan.unrecorded:
                problems.append(f"expected no recorded value, got {[r.figure.value for r in plan.records]}")
        elif value is not None:
            stated = {r.figure.value for r in plan.records} | {a.ends.isoformat() for a in plan.agreements if plan.derived == "term_end"}
            if str(value) not in stated:
                problems.append(f"values {sorted(stated)}, expected {value}")
            if plan.unrecorded:
                problems.append(f"{plan.unrecorded} said to be unrecorded, expected {value}")
        if "values" in entry and sorted(r.figure.value for r in plan.records) != sorted(map(str, entry["values"])):
            problems.append(f"records {sorted(r.figure.value for r in plan.records)}, expected {entry['values']}")
        if entry.get("projected") and plan.projection is None:
            problems.append("expected a projection under the agreement's rule")
        if entry.get("premise") is False and plan.premise is None:
            problems.append("expected the false premise to be corrected")
        if entry.get("premise") is True and plan.premise is not None:
            problems.append(f"the premise holds but was 'corrected': {plan.premise}")
        if "documents" in entry and (plan.documents is not None) != entry["documents"]:
            problems.append(f"documents asked first: {plan.documents is not None}, expected {entry['documents']}"
                            + (f" (unmentioned: {sorted(plan.documents.requires)})" if plan.documents else ""))
    if "elsewhere" in entry:  # a question about another country an added document may answer
        search = plan.documents if isinstance(plan, Decline) else None
        expected = entry["elsewhere"]
        if search is None or expected["name"] not in search.names or set(expected.get("years", [])) != set(
                search.years) or not set(expected.get("about", [])) <= search.requires:
            problems.append(f"documents asked as {search}, expected {expected}")
    if "years" in entry and isinstance(plan, Search) and list(plan.years) != entry["years"]:
        problems.append(f"the quoted document must name {list(plan.years)}, expected {entry['years']}")
    if "combine" in entry:
        search = plan.documents if isinstance(plan, Decline | Clarify | Lookup) else plan
        if getattr(search, "combine", None) != entry["combine"]:
            problems.append(f"combines quoted amounts by {getattr(search, 'combine', None)}, "
                            f"expected {entry['combine']}")
    if "amount" in entry:
        search = plan.documents if isinstance(plan, Decline | Clarify | Lookup) else plan
        if getattr(search, "amount", "no search") != entry["amount"]:
            problems.append(f"the amount a quote must state: {getattr(search, 'amount', 'no search')}, "
                            f"expected {entry['amount']}")
    if "counted" in entry:
        search = plan.documents if isinstance(plan, Decline | Clarify | Lookup) else plan
        expected = entry["counted"]
        if getattr(search, "counted", "no search") != tuple([expected] if isinstance(expected, str) else expected or ()):
            problems.append(f"what a quote must count: {getattr(search, 'counted', 'no search')}, "
                            f"expected {entry['counted']}")
    if "part" in entry:
        search = plan.documents if isinstance(plan, Decline | Clarify | Lookup) else plan
        if set(getattr(search, "part", None) or ()) != set(entry["part"]):
            problems.append(f"the part an amount is of: {sorted(getattr(search, 'part', None) or ())}, "
                            f"expected {entry['part']}")
    if "per_unit" in entry:
        search = plan.documents if isinstance(plan, Decline | Clarify | Lookup) else plan
        if getattr(search, "per_unit", None) != entry["per_unit"]:
            problems.append(f"what an amount is asked per: {getattr(search, 'per_unit', None)}, "
                            f"expected {entry['per_unit']}")
    if "topic_free_of" in entry:
        search = plan.documents if isinstance(plan, Decline | Clarify | Lookup) else plan
        if set(entry["topic_free_of"]) & set(getattr(search, "topic", None) or ()):
            problems.append(f"topic {sorted(search.topic)} has {entry['topic_free_of']}, which only frame the question")
    if "source" in entry:
        search = plan if isinstance(plan, Search) else getattr(plan, "documents", None)
        named = set(search.source) if search else set()
        if named != set(entry["source"]):
            problems.append(f"the source document named by {sorted(named)}, expected {entry['source']}")
    if "preamble" in entry:
        search = plan if isinstance(plan, Search) else getattr(plan, "documents", None)
        said, expected = set(search.preamble if search else ()), set(entry["preamble"])
        if not expected <= said or not expected and said:
            problems.append(f"the preamble's words {sorted(said)}, expected {sorted(expected) or 'none'}")
    if "asks" in entry and getattr(plan, "asks", None) != entry["asks"]:
        problems.append(f"asks {getattr(plan, 'asks', None)}, expected {entry['asks']}")
    if "topic" in entry and set(entry["topic"]) != getattr(plan, "topic", None):
        problems.append(f"topic {sorted(getattr(plan, 'topic', None) or [])}, expected {sorted(entry['topic'])}")
    if isinstance(plan, Search) and not set(entry.get("requires", [])) <= plan.requires:
        problems.append(f"the quotes must say {sorted(entry['requires'])}, but only {sorted(plan.requires)} are required")
    if isinstance(plan, Clarify) and "documents" in entry and (plan.documents is not None) != entry["documents"]:
        problems.append(f"documents asked instead: {plan.documents is not None}, expected {entry['documents']}")
    if isinstance(plan, Clarify) and entry.get("missing") and entry["missing"] not in plan.message.lower():
        problems.append(f"clarification {plan.message!r} does not mention {entry['missing']!r}")
    return problems


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["q"][:60] for e in ENTRIES])
def test_corpus_question_makes_its_plan(entry, planner):
    assert mismatches(entry, planner.plan(parse(entry["q"], TODAY, known=KNOWN))) == []


def test_a_stated_share_is_said_once_where_it_is_put_right(planner):
    plan = planner.plan(parse("is it true that korea pays 90% of the workers' wages?", TODAY))
    assert plan.premise and plan.premise.count("90%") == 1, plan.premise


def test_a_rise_stated_of_a_frozen_year_is_put_right_with_the_year_it_was(planner):
    """"The 2020 contribution went up 13.9%": 2020 was unchanged from 2019 (frozen), and 13.9% was 2021's rise."""
    plan = planner.plan(parse("our brief says the 2020 contribution went up 13.9% over 2019. what was it in won?",
                              TODAY))
    assert plan.premise and "unchanged" in plan.premise and "frozen" in plan.premise, plan.premise
    assert "13.9% was the 2021 rise" in plan.premise, plan.premise


def test_a_share_of_a_payment_by_cost_category_says_the_table_does_not_break_it_down(planner):
    """"What share of the 2025 payment went to worker wages": not "which other amount should I compare it with"."""
    plan = planner.plan(parse("what share of the 2025 payment went to korean worker wages", TODAY))
    assert "does not break the 2025 payment" in getattr(plan, "message", ""), plan


def test_a_percent_change_also_says_how_far_apart_the_amounts_are(planner):
    """'In percent and in won', 'pct change, and the won difference': the percentage, with the difference beside it."""
    plan = planner.plan(parse("how much bigger is 2026 than 2021, in percent and in won", TODAY))
    assert plan.resolved.operation == "percent_change" and plan.resolved.calculation.result == Decimal("28.39")
    assert "28.39% (335.9 billion won) more than" in plan.resolved.interpretation


def test_a_difference_also_says_it_as_a_percentage_of_the_smaller(planner):
    """'2022 minus 2019, then as a % of 2019': the difference, with the percentage beside it (and in its steps)."""
    plan = planner.plan(parse("2022 minus 2019, then as a % of 2019", TODAY))
    assert plan.resolved.operation == "difference" and plan.resolved.calculation.result == Decimal("208300000000")
    assert "208.3 billion won (20.05%) more than" in plan.resolved.interpretation
    assert any("20.05" in step for step in plan.resolved.calculation.steps)



def test_a_cap_said_as_it_is_leaves_what_its_record_does_not_say_to_the_documents(planner):
    """'In the Daehan desk's projection, which year does the 5% cap first bind': the cap holds, and the record of it
    names no such source, so a document of that source answers first; 'would i be wrong saying ...' names none."""
    plan = planner.plan(parse("the 5% cap - in the daehan desk projection, which payment year does it first bind?",
                              TODAY))
    assert isinstance(plan, Lookup) and plan.measure == "increase_rule" and plan.premise is None
    assert plan.documents is not None and "daehan" in plan.documents.requires, plan.documents
    plain = planner.plan(parse("would i be wrong saying the 12th sma holds yearly rises to a 5% ceiling?", TODAY))
    assert isinstance(plain, Lookup) and plain.documents is None


def test_a_calculation_naming_what_the_table_does_not_record_lets_a_document_answer_first(planner):
    """'The barracks allocation in 2021 against 2019': the table's payments are no barracks allocation, so a document
    that says it may work it out instead; the payments asked for as such are the table's alone."""
    plan = planner.plan(parse("how much bigger was the barracks allocation in 2021 than in 2019, in won", TODAY))
    assert isinstance(plan, Calculate) and plan.documents is not None and "barrack" in plan.documents.requires
    assert plan.documents.combine == "difference"
    paid = planner.plan(parse("how much bigger was the 2021 payment than the 2019 one", TODAY))
    assert isinstance(paid, Calculate) and paid.documents is None


def test_what_the_us_spends_in_a_year_is_asked_of_no_document_for_its_year_alone(planner):
    """'The pentagon's o&m spend on usfk for fy2023': a year is no subject a quote must say, so no document's
    sentence of that year answers instead of the decline."""
    plan = planner.plan(parse("pentagon's yearly o&m spend on usfk for fy2023, in usd?", TODAY, known=KNOWN))
    assert isinstance(plan, Decline) and plan.documents is None, plan


def test_a_base_the_question_names_is_what_a_quote_must_name(planner):
    plan = planner.plan(parse("who built the new barracks at camp walker last year?", TODAY, known=KNOWN))
    assert isinstance(plan, Search) and plan.names == frozenset({"walker"}), plan
    assert parse('how many points bigger was the "no" camp than the "yes" camp in the poll', TODAY).base is None
