"""One plan per question: Decline | Clarify | Calculate | Lookup | Search, made from the frame and the figures.

The pipeline answers the plan; the Slack status, the LLM path and the evaluation read the same plan.
A question the table cannot answer exactly is never answered with a figure about something else.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from bot import calculator as calc
from bot.calculator import Calculation, Quantity
from bot.figures import FigureRecord
from bot.text import content_words, ordinal
from bot.understand.facts import Agreement, Facts
from bot.understand.operations import Missing, Resolved, choose
from bot.understand.normalize import DOMAIN_WORDS
from bot.understand.parse import DATE_MEASURES, Frame
from bot.understand.quantities import YearMention

SCOPE = (
    "I answer questions about the US–South Korea defense cost-sharing Special Measures Agreement "
    "(SMA): amounts, increases, deadlines, negotiations and effects on the Korean USFK workforce."
)
# Measures that change from year to year: without a year, the question means this year.
# Attributes of an agreement: without one named, the question means the agreement in force.
AGREEMENT_MEASURES = DATE_MEASURES - {"furlough_start", "furlough_end", "cost_sharing_start"} | {
    "increase_rule", "negotiation_rounds"}
# The subject's own words (agreements, payments, signing ...), which say nothing about what else happened.
_SUBJECT_WORDS = content_words(" ".join(DOMAIN_WORDS) + " 9th 10th 11th 12th why was were did us u.s korea south seoul")
YEARLY_MEASURES = frozenset({"payment", "payment_increase_pct", "payment_increase_amount"})


@dataclass(frozen=True)
class Decline:
    message: str
    route = "declined"


@dataclass(frozen=True)
class Clarify:
    message: str  # what was understood and what is missing
    route = "clarify"


@dataclass(frozen=True)
class Calculate:
    resolved: Resolved
    route = "calculator"


@dataclass(frozen=True)
class Projection:
    """A future year's payment under an agreement's increase rule: not fixed, bounded by the rule."""

    year: int
    base: FigureRecord
    rule: FigureRecord
    at_cap: Calculation  # the most the rule allows: the base grown at the cap every year


@dataclass(frozen=True)
class Search:
    strict: bool = False  # the question uses none of the subject's words: only a close match counts
    asks: str | None = None  # what the question asks for, so the quote chosen is that kind of sentence
    # words the quotes must mostly contain for the answer to count (what the figures table did not mention)
    requires: frozenset[str] = frozenset()
    route = "retrieval"


@dataclass(frozen=True)
class Lookup:
    measure: str
    records: tuple[FigureRecord, ...] = ()
    years: tuple[int, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    unit: str | None = None
    derived: str | None = None  # term_start/term_end derived from an agreement's term
    projection: Projection | None = None
    unrecorded: tuple[int, ...] = ()  # years asked about that the table has no record for
    premise: str | None = None  # set when the question's premise does not hold: what the sources say instead
    # set when the question names what no record mentions: the search whose quotes, if they say it, answer instead
    documents: Search | None = None
    route = "figures"



Plan = Decline | Clarify | Calculate | Lookup | Search


@dataclass
class Planner:
    facts: Facts

    def plan(self, frame: Frame) -> Plan:
        if frame.injection:
            return Decline(f"I can't help with that. {SCOPE}")
        if frame.place:
            return Decline(f"I only cover the US–South Korea cost-sharing agreement, so I have nothing reliable on "
                           f"{frame.place}. {SCOPE}")
        if premise := self._premise(frame):
            return premise
        resolved, missing = choose(frame, self.facts)
        if resolved is not None:
            return Calculate(resolved)
        if missing is not None and (missing.decisive or frame.money or frame.percents or frame.headcounts
                                    or frame.rates) and not about_something_else(frame):
            return Clarify(str(missing))  # a calculation on the question's own numbers, or on nothing named
        if frame.has("anaphora") and not (frame.years or frame.agreement or frame.money or frame.dates):
            return Clarify("I can't tell what 'it' or 'that' refers to here: please name the amount, year or "
                           "agreement you mean.")
        if frame.has("event_year"):
            return self._in_event_year(frame)
        if asks_for_a_figure(frame) and (lookup := self._lookup(frame)) is not None:
            unmentioned = unmentioned_words(lookup, frame)
            if unmentioned and lookup.premise is None:
                return replace(lookup, documents=Search(asks=frame.asks, requires=unmentioned))
            return lookup
        if missing is not None and not about_something_else(frame):
            return Clarify(str(missing))
        return Search(strict=not frame.in_domain, asks=frame.asks)

    # -- lookups ----------------------------------------------------------------------------------
    def _lookup(self, frame: Frame) -> Lookup | None:
        measure = frame.measure
        asks_percent = frame.has("percent_asked", "share")
        agreements = self.facts.agreements_named(frame.agreement, frame.today, frame.year_values)
        if frame.agreement and not agreements:
            return None
        years = self.facts.years_asked(frame, agreements)
        if measure in ("term_end", "term_start", "term"):
            return self._agreement_term(frame, measure, agreements, years)
        if measure in AGREEMENT_MEASURES and not agreements and not years:
            current = self.facts.current_agreement(frame.today)
            agreements = [current] if current else []
        if measure in YEARLY_MEASURES and not years and len(agreements) == 1 and len(agreements[0].years) == 1:
            years = list(agreements[0].years)
        if measure in YEARLY_MEASURES and not years and not agreements:
            years = self._years_by_wording(frame, measure)
        unit = frame.target_unit if measure in ("payment", "payment_increase_amount", "demand") else None
        if measure == "payment" and unit is None and len(years) > 1:
            unit = "KRW"  # a series reads in one currency
        numbers = [a.number for a in agreements] or [None]
        records: list[FigureRecord] = []
        unrecorded: list[int] = []
        for year in years or [None]:
            found = [r for n in numbers for r in self.facts.records(measure, agreement=n, year=year, unit=unit)]
            if year is not None and measure in YEARLY_MEASURES:
                found = [r for r in found if r.figure.year == year] or found
            if not found and year is not None and measure in YEARLY_MEASURES:
                unrecorded.append(year)
            records += [r for r in found if r not in records]
        if asks_percent:
            records = [r for r in records if r.figure.unit == "percent"]
            if not records:
                return None  # a share or rate the table does not hold: the documents may say
        if measure in ("troops", "korean_workforce") and (not records or not years):
            latest = self.facts.latest(measure, on_or_before=max(years) if years else None)
            # the latest count as every source that gives it, and a disagreeing source of the same year
            same = sorted((r for r in self.facts.records(measure) if latest and r.figure.value == latest.figure.value),
                          key=lambda r: -max(r.figure.years(), default=0))
            records = [*same, *self.facts.alternatives(latest)] if latest else []
        if measure == "payment" and unit and years and not any(r.figure.year in years for r in records):
            # no figure for that year in that currency: the year's own figure, beside the period one
            records += [r for y in years if (r := self.facts.payment(y)) is not None]
        if unrecorded and measure == "payment" and not self.facts.records("payment"):
            return None  # a table without payments: the documents may say
        if unrecorded and measure == "payment":
            if projection := self._projection(unrecorded[0]):
                return Lookup(measure, tuple(records), tuple(years), tuple(agreements), unit, projection=projection)
            return Lookup(measure, tuple(records) + self._around(unrecorded), tuple(years), tuple(agreements), unit,
                          unrecorded=tuple(unrecorded))
        if not records:
            return None
        return Lookup(measure, tuple(records), tuple(years), tuple(agreements), unit)

    def _in_event_year(self, frame: Frame) -> Plan:
        """'How much did Korea pay in the year the 11th SMA was signed?': the year comes from the event's date."""
        agreements = self.facts.agreements_named(frame.agreement, frame.today, [])
        event = next((c for c in ("signed", "ratified", "initialled", "in_force", "concluded") if frame.has(c)), None)
        if len(agreements) != 1 or event is None:
            return Clarify("I read this as a figure for the year an agreement was signed or took effect, but not "
                           "which agreement: the 9th, 10th, 11th or 12th SMA?")
        found = self.facts.event_date(event, agreements[0])
        if found is None:
            return Search(strict=False, asks=frame.asks)
        year = found[0].year
        dated = replace(frame, years=(YearMention(year, str(year), 0),), agreement=None,
                        cues=frame.cues - {"event_year"})
        return self._lookup(dated) or Search(strict=False, asks=frame.asks)

    def _around(self, years: list[int]) -> tuple[FigureRecord, ...]:
        """What the table records around unrecorded years: the nearest payments before and after, and the rule."""
        before = next((p for y in range(min(years) - 1, min(years) - 10, -1) if (p := self.facts.payment(y))), None)
        after = next((p for y in range(max(years) + 1, max(years) + 10) if (p := self.facts.payment(y))), None)
        agreement = self.facts.agreement_for_year(min(years))
        rule = self.facts.increase_rule(agreement.number) if agreement else None
        latest = max(self.facts.agreements.values(), key=lambda a: a.last_year, default=None)
        beyond = latest.term if latest and agreement is None and min(years) > latest.last_year else None
        return tuple(r for r in (before, after, rule, beyond) if r is not None)

    def _years_by_wording(self, frame: Frame, measure: str) -> list[int]:
        """A yearly figure asked without a year means this year, unless one record's own wording matches the
        question clearly better ("the increase Seoul agreed in February" is the 2019 one): similarity only
        breaks the tie that a missing year leaves."""
        asked = content_words(frame.text)
        this_year = [r for r in self.facts.records(measure, year=frame.today.year)]
        overlap = lambda r: len(asked & content_words(r.figure.text))  # noqa: E731
        best = max(self.facts.records(measure), key=overlap, default=None)
        if best is not None and best.figure.years() and overlap(best) >= max(map(overlap, this_year), default=0) + 2:
            return [best.figure.years()[-1]] if best.figure.year else list(best.figure.years())
        return [frame.today.year]

    def _agreement_term(self, frame: Frame, measure: str, agreements: list[Agreement], years: list[int]) -> Lookup | None:
        if not agreements:
            covering = [self.facts.agreement_for_year(y) for y in years]
            agreements = [a for a in covering if a] or [a for a in [self.facts.current_agreement(frame.today)] if a]
        if not agreements:
            return None
        records = tuple(a.term for a in agreements)
        return Lookup(measure, records, tuple(years), tuple(agreements), derived=None if measure == "term" else measure)

    def _projection(self, year: int) -> Projection | None:
        agreement = self.facts.agreement_for_year(year)
        if agreement is None:
            return None
        rule = self.facts.increase_rule(agreement.number)
        if rule is None or year not in rule.figure.years():
            return None
        recorded = [y for y in range(year - 1, agreement.first_year - 1, -1) if self.facts.payment(y)]
        if not recorded or rule.figure.number is None:
            return None  # an uncapped rule gives no range: the answer says the year is not recorded
        base = self.facts.payment(recorded[0])
        f, r = base.figure, rule.figure
        at_cap = calc.project(Quantity(value=f.number, unit=f.unit, label=f"{f.year} payment", figure=f.id), f.year, year,
                              Quantity(value=r.number, unit="percent", label="the annual cap", figure=r.id))
        return Projection(year, base, rule, at_cap)

    # -- false premises ---------------------------------------------------------------------------
    def _premise(self, frame: Frame) -> Lookup | None:
        """'Why did Seoul stop paying in 2017?', 'why did the payment fall in 2021?', 'why were all 9,000
        workers furloughed?': the question asserts something; check it against the table."""
        years = frame.year_values
        if frame.asks != "reason" and not frame.has("stop"):
            return None
        if frame.asks == "reason" and (stated := self._stated_value_premise(frame)):
            return stated
        if frame.has("expire") and frame.agreement:
            agreements = self.facts.agreements_named(frame.agreement, frame.today, [])
            if len(agreements) == 1 and years and agreements[0].last_year not in years:
                a = agreements[0]
                return Lookup("term_end", (a.term,), tuple(years), (a,), derived="term_end",
                              premise=f"the {ordinal(a.number)} SMA did not expire in {years[0]}: it covers "
                                      f"{a.first_year}–{a.last_year}, so it runs until {a.ends:%-d %B %Y}")
            return None
        if not years or not frame.has("pay", "how_much"):
            return None
        year = years[0]
        payment = self.facts.payment(year)
        if frame.has("scrapped"):
            agreements = self.facts.agreements_named(frame.agreement, frame.today, [])
            in_force = self.facts.primary("in_force", agreement=agreements[0].number) if len(agreements) == 1 else None
            if in_force and frame.today.year <= agreements[0].last_year:
                a, now = agreements[0], self.facts.payment(frame.today.year)
                return Lookup("in_force", tuple(r for r in (in_force, a.term, now) if r), (frame.today.year,), (a,),
                              premise=f"the {ordinal(a.number)} SMA was not scrapped: it is in force and covers "
                                      f"{a.first_year}–{a.last_year}")
        if frame.has("stop"):
            if payment is None:
                return None
            return Lookup("payment", (payment,), (year,), premise=f"South Korea did pay in {year}")
        went_down = frame.has("cut") and not frame.has("raise")
        went_up = frame.has("raise") and not frame.has("cut")
        before = self.facts.payment(year - 1)
        change = self.facts.primary("payment_increase_pct", year=year)
        if payment is None or not (went_down or went_up) or (before is None and change is None):
            return None
        step = change.figure.number if change else payment.figure.number - before.figure.number
        if went_down and step > 0 or went_up and step < 0 or step == 0:
            direction = "rose" if step > 0 else "fell" if step < 0 else "stayed the same"
            records = tuple(r for r in (change, payment, before) if r is not None)
            return Lookup("payment_increase_pct" if change else "payment", records, (year, year - 1),
                          premise=f"the payment {direction} in {year}")
        return None

    @staticmethod
    def _order_contradicted(frame: Frame, records: list[FigureRecord]) -> str | None:
        """'Why was it signed only after the election?' when the record says it was signed the day before it."""
        event = content_words(frame.text) - _SUBJECT_WORDS  # what it is ordered against: "election"
        for said, other in (("after", "before"), ("before", "after")):
            if frame.has(said) and not frame.has(other):
                order = content_words(f"{said} {other}")
                for record in records:
                    words = content_words(record.figure.text)
                    if content_words(other) <= words and words & event - order:
                        return f"the sources place it {other} the {', '.join(sorted(words & event - order))}, not {said}"
        return None

    def _stated_value_premise(self, frame: Frame) -> Lookup | None:
        """A why-question that states a value the table contradicts: 45,000 troops, a single-year 11th SMA,
        a $20 billion demand, an offer to double, a rejected ratification, no cap."""
        measure = frame.measure
        agreements = self.facts.agreements_named(frame.agreement, frame.today, frame.year_values)
        numbers = [a.number for a in agreements] or [None]
        years = frame.year_values or [None]
        records = [r for n in numbers for y in years for r in self.facts.records(measure, agreement=n, year=y)] if measure else []
        if measure in ("furloughed", "troops", "korean_workforce") and not records:
            records = [r for r in [self.facts.latest(measure)] if r]
        records = list({id(r): r for r in records}.values())
        if not records:
            return None
        values = {r.figure.number for r in records if r.figure.number is not None}
        stated: list = []
        if measure == "term" and agreements:
            term = frame.stated_term or next((int(d.value) for d in frame.durations if d.unit == "years"), None)
            if term is not None and term != len(agreements[0].years):
                a = agreements[0]
                return Lookup("term", (a.term,), (), (a,), premise=f"the {ordinal(a.number)} SMA covers {a.first_year}–"
                                                                  f"{a.last_year}, {len(a.years)} year{'s' if len(a.years) > 1 else ''}")
            return None
        if measure in ("furloughed", "troops", "korean_workforce"):
            stated = [h.value for h in frame.headcounts] + list(frame.numbers)
        elif measure in ("demand", "payment", "wage_funding"):
            stated = [m.value for m in frame.money]
        elif measure == "offer":
            stated = [p.value for p in frame.percents] + ([(frame.factor - 1) * 100] if frame.factor else [])
        elif measure == "ratified" and frame.has("stop"):
            return Lookup(measure, tuple(records), premise="the National Assembly did ratify it")
        elif measure == "increase_rule" and frame.has("stop") and values:
            return Lookup(measure, tuple(records), tuple(frame.year_values), tuple(agreements),
                          premise="the agreement does cap the yearly increase")
        elif measure in DATE_MEASURES and agreements and (order := self._order_contradicted(frame, records)):
            return Lookup(measure, tuple(records), (), tuple(agreements), premise=order)
        elif measure == "cost_sharing_start" and frame.has("recent"):
            return Lookup(measure, tuple(records), premise="South Korea has shared the costs under SMAs for decades")
        if stated and values and not any(abs(s - v) <= v * Decimal("0.02") for s in stated for v in values):
            return Lookup(measure, tuple(records), tuple(frame.year_values), tuple(agreements),
                          premise="the figure in the question does not match the sources")
        return None


def asks_for_a_figure(frame: Frame) -> bool:
    """A measure the table records, asked as a figure: not who did what, a list, where, which named thing,
    whether, how or what happened, or why (except who signed an agreement, what its rule or term says, and why
    the payment changed, which records state)."""
    if not frame.measure or frame.has("what_for"):
        return False
    if frame.asks == "who":
        return frame.measure in ("signed", "initialled") and frame.agreement is not None
    if frame.asks in ("event", "manner", "whether"):
        return frame.measure in ("increase_rule", "term") and frame.agreement is not None
    if frame.asks in ("name", "place"):
        return False
    if frame.asks == "reason":
        return frame.measure == "payment_increase_pct"
    return frame.asks != "list"


def about_something_else(frame: Frame) -> bool:
    """A calculation's words ("compare", "before") in a question with nothing to calculate on (no amount, rate,
    count, year, agreement or measure) that is specifically about something: "what did the aide compare the US
    to?", "what was his job before he became negotiator?"."""
    return bool(frame.unexplained) and not (frame.money or frame.percents or frame.headcounts or frame.rates
                                            or frame.numbers or frame.years or frame.agreement or frame.measure)


def unmentioned_words(lookup: Lookup, frame: Frame) -> frozenset[str]:
    """What the question is specifically about ("the Hankook Ilbo", "notice", "critical jobs") that neither the
    records' text nor their sources' titles, quotes and publishers mention: the table may have no record of what
    was asked."""
    said = set()
    for record in lookup.records:
        said |= content_words(record.figure.text)
        for source in record.figure.sources:
            said |= content_words(" ".join(str(v) for v in (getattr(source, "title", ""), getattr(source, "publisher", ""),
                                                            getattr(source, "quote", ""))))
    return frame.unexplained - said


def is_decline(plan: Plan) -> bool:
    """Declined outright, or searched only for a close match because the question uses none of the subject's words."""
    return isinstance(plan, Decline) or isinstance(plan, Search) and plan.strict
