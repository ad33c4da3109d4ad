"""Every calculation the bot does, declared once: its cues, the operands it needs, how it is worded.

An operation is chosen by cues and operands together: among the operations whose cue groups all
match the frame and whose operands the question (or the figures table) supplies, the one matching
more cue groups is more specific and wins; then the one using more of the question's quantities.
An operation whose cues match but whose operands are missing raises Missing, which becomes a
clarifying question, never a lookup of something else.
"""

from __future__ import annotations

import calendar
import re
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal

from bot import calculator as calc
from bot.calculator import Calculation, Quantity, fmt
from bot.figures import FigureRecord
from bot.understand.facts import Agreement, Facts
from bot.understand.parse import (
    COST_CATEGORIES, CUES, OTHER_SPENDING, YEAR_AT_THE_CAP, Frame, an_event_undated, asked_span, per_counted,
    years_included,
)
from bot.text import content_words, ordinal
from bot.understand.quantities import SCALES, ExchangeRate, Money, spoken_amount


class Missing(Exception):
    """The operation is clear but an operand is not: the message says what was understood and what is missing."""

    decisive = True
    recorded: str | None = None  # the measure that records what the operation would compute, if the table has it


class NotApplicable(Exception):
    """The cues matched but the question is not this operation after all (e.g. "in dollars" with no amount)."""


@dataclass
class Resolved:
    operation: str
    calculation: Calculation
    interpretation: str
    figures: list[FigureRecord] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)
    used: int = 0  # how many of the question's own quantities the operation used
    premise: str | None = None  # what puts right a claim the question made beside the calculation


@dataclass(frozen=True)
class Operation:
    name: str
    cues: tuple[tuple[str, ...], ...]  # every group must match (any cue of a group)
    build: Callable[[Frame, Facts], Resolved]
    excludes: tuple[str, ...] = ()
    decisive: bool = True  # its cues alone say a calculation was asked for (else a lookup may answer instead)
    recorded: str | None = None  # a measure whose recorded figure answers the question when operands are missing

    def matches(self, frame: Frame) -> bool:
        return not frame.has(*self.excludes) and all(frame.has(*group) for group in self.cues)


def say(value: Decimal, unit: str) -> str:
    """A quantity as the interpretation line says it: '1.5192 trillion won', '$2 billion', '8.3%'."""
    if unit in ("KRW", "USD"):
        return spoken_amount(value, unit)
    return fmt(value, unit)


# -- operands ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Operand:
    quantity: Quantity
    record: FigureRecord | None
    position: int
    words: str  # how the answer names it


def _stated(money: Money, facts: Facts, label: str) -> Operand:
    """An amount from the question, tied to the figure that records exactly that value, if any."""
    recorded = [r for r in facts.table.records if r.figure.number == money.value and r.figure.measure in
                ("payment", "demand", "payment_increase_amount", "wage_funding", "support_pledge")]
    if money.unit is None and len({r.figure.unit for r in recorded}) == 1:
        money = replace(money, unit=recorded[0].figure.unit)  # "trump's 10 billion ask" is the recorded $10 billion
    if money.unit is None:
        raise Missing(f"I read {money.text!r} as an amount but not its currency: is it won or dollars?")
    record = next((r for r in recorded if r.figure.unit == money.unit), None)
    quantity = Quantity(value=money.value, unit=money.unit, label=f"{label} ({money.text})",
                        figure=record.figure.id if record else None)
    return Operand(quantity, record, money.start, say(money.value, money.unit))


def _payment(year: int, facts: Facts, position: int, unit: str = "KRW") -> Operand:
    record = facts.payment(year, unit) or (facts.payment(year, "KRW") if unit != "KRW" else None)
    if record is None:
        agreement = facts.agreement_for_year(year)
        recorded = sorted(y for y in (agreement.years if agreement else []) if facts.payment(y))
        known = f" (recorded under the {ordinal(agreement.number)} SMA: {', '.join(map(str, recorded))})" if recorded else ""
        raise Missing(f"The figures table has no payment for {year}{known}, so I cannot use it in a calculation.")
    f = record.figure
    return Operand(Quantity(value=f.number, unit=f.unit, label=f"{year} payment", figure=f.id), record, position,
                   f"the {year} payment ({say(f.number, f.unit)})")


# "40 million won per American soldier", "5 billion won a day": a rate
_PER_SOMETHING = re.compile(r"\s*(?:per|a|each|every)\s+(?:[a-z]+\s+)?(?:soldier|troop|head|person|worker|employee|day|week|"
                            r"month)s?\b")
def own_amounts(frame: Frame, facts: Facts) -> list[Money]:
    """The amounts the question states, less those that are a named year's recorded payment ("2014's 920bn"), or
    that payment rounded ("2026 vs 2025, the 1.52tn vs 1.40tn thing"), unless compared with ("did 2026 top 1.5tn"):
    the year stands for them."""
    paid = {r.figure.number for year in frame.year_values if (r := facts.payment(year))}
    compared = frame.has("above_stated", "below_stated", "first_over", "years_counted", "reach", "suppose",
                         "counterfactual")
    return [m for m in frame.money if not (m.unit in (None, "KRW") and (
        m.value in paid or not compared and any(_rounded(value, m) for value in paid)))]


def _rounded(value: Decimal, said: Money) -> bool:
    """Whether an amount said with at least three figures ("1.52tn", "960bn", not "1.5tn") is the value rounded."""
    number = re.match(r"[^\d]*([\d,]+)(?:\.(\d+))?\s*([a-z]*)", said.text.lower())
    if not number:
        return False
    digits = len(number.group(1).replace(",", "").lstrip("0")) + len(number.group(2) or "")
    scale = next((power for word, power in SCALES.items() if number.group(3).startswith(word)), 0)
    step = Decimal(10) ** (scale - len(number.group(2) or ""))
    return digits >= 3 and (value / step).quantize(Decimal(1), ROUND_HALF_UP) * step == said.value


def amounts(frame: Frame, facts: Facts, needed: int = 2, people: bool = True, currency: str | None = None) -> list[Operand]:
    """The amounts an operation works on, in the order the question gives them: stated amounts (money, or
    head counts when no money is stated), then, while fewer than needed, the payments of the years it names
    (in `currency` where the table records them in it), unless it is about other spending than the payment."""
    asked_from = asked_span(frame.text)[0]  # (not an aside after its question mark: "...? fast pls")
    if len({y.year for y in frame.years if y.start >= asked_from and not y.relative}) >= needed and not CUES[
            "anaphora"].search(frame.text, asked_from):
        # "a memo claims Seoul pays 5 billion won a day. Over 365 days, what is the 2026 payment a day?": the years
        # the question itself names, not the claim it quotes (nor "the next year" after an amount stated: "a payment
        # of 1.7tn, the next year it rises 2.5%, what's next year's amount")
        frame = replace(frame, money=tuple(m for m in frame.money if m.start >= asked_from),
                        years=tuple(y for y in frame.years if y.start >= asked_from))
    # an amount said twice is one amount; beside a year's payment, one said per head or per day is a rate (a claim
    # to check: "works out to 40 million won per soldier"), not an amount to split or compare
    # ... and one said beside its year ("2014's 920bn") is that year's payment, which the year stands for
    stated = {(m.value, m.unit): m for m in reversed(own_amounts(frame, facts))
              if not (frame.years and _PER_SOMETHING.match(frame.text, m.end))}
    found = [_stated(m, facts, "amount") for m in sorted(stated.values(), key=lambda m: m.start)]
    if not found and people:
        found = [Operand(Quantity(value=h.value, unit="people", label=f"{h.group} ({h.text})"), None, h.start, h.text)
                 for h in frame.headcounts]
    if not found and people and len(frame.groups) >= 2:  # "the ratio of troops to Korean workers": recorded counts
        found = [_recorded_count(group, position, facts) for group, position in frame.groups]
    if len(found) < needed and frame.has(*OTHER_SPENDING):
        raise NotApplicable  # "how much did the defence budget grow from 2019 to 2020": not the years' payments
    if len(found) < needed and frame.measure in ("korean_workforce", "troops", "furloughed") and not frame.has("pay"):
        raise NotApplicable  # "usfk korean workforce in 2018 vs 2020 difference": head counts, not the payments
    if len(found) < needed:
        # at a rate the question states, the won payment is converted at it, not the table's dollar figure
        unit = "KRW" if frame.rates else currency or (frame.money[0].unit if frame.money and frame.money[0].unit else "KRW")
        named = [(y.year, y.start) for y in frame.years]
        # a year that dates an amount stated (its payment said again: "paid 944.1bn in 2016 - % increase 2016 to
        # 2021") is no operand of its own when the question names enough years besides
        undated = [(year, position) for year, position in named
                   if not any(_DATES_IT.fullmatch(frame.text, m.end, position) for m in frame.money)]
        if len(undated) >= needed - len(found):
            named = undated
        if frame.span:  # "... 1.0389tn in 2019 - % rise 2019 to 2025": the span's ends, each year once
            named = [(year, position) for i, (year, position) in enumerate(named)
                     if all(year != earlier for earlier, _ in named[:i])]
        agreement = _agreement(frame, facts)
        if not named and needed - len(found) == 2 and agreement and agreement.last_year > agreement.first_year:
            named = [(agreement.first_year, 0), (agreement.last_year, 1)]  # "grow over the 11th SMA": first to last
        elif not named:
            named = [(year, 0) for year in _years_named(frame, facts)]  # "the previous one's final year"
        elif needed - len(found) == 2 and len(named) == 1 and frame.measure == "payment_increase_amount" and (
                frame.rates or frame.target_unit == "USD"):
            named = [(named[0][0] - 1, 0), named[0]]  # "how much did the 2019 payment rise, in dollars": over 2018
        if found:  # "if the 2027 payment is decided as 1.58 trillion won": the amount stated is that year's
            named = [(year, position) for year, position in named if facts.payment(year)] or named
            # "$5 billion a year in the 2019 talks ... the 2019 payment": a year said with the amount stated dates it
            named = [(year, position) for year, position in named if not any(
                _DATES_IT.fullmatch(frame.text, m.end, position) for m in frame.money)] or named
        if unit == "USD" and not all(facts.payment(year, "USD") for year, _ in named[: needed - len(found)]):
            unit = "KRW"  # a year the table records no dollar figure for: every year's won, converted at one rate
        for year, position in named[: needed - len(found)]:
            found.append(_asked_of_year(frame, year, facts, position) or _payment(year, facts, position, unit))
    return sorted(found, key=lambda o: o.position)


# The last of several figures of a year: "what it wanted later in 2020", "its final ask"
_LATER = re.compile(r"\b(later|latest|last|final|finally|eventually|in the end|by the end)\b")
# The words between an amount and the year it is said of ("$5 billion a year in the 2019 talks")
_DATES_IT = re.compile(r"[^.?!;,]{0,30}\b(?:in|during|for|at) (?:the )?")
# "the 2019 payment", "2019's contribution", "paid in 2019": the year's payment, whatever else the question is about
_PAYMENT_OF_YEAR = re.compile(r"(?:'s)?\s+(?:payment|contribution|amount paid|sma payment)")
_PAID_IN = re.compile(r"\b(?:paid|pays|paying|pay|contributed) (?:in|for) $")


def _asked_of_year(frame: Frame, year: int, facts: Facts, position: int) -> Operand | None:
    """In a question about a demand, an offer or the 2020 wage funding ("from the $5 billion it first sought to what it
    wanted later in 2020"), a year not said to be a payment's stands for that year's figure of it, not the payment; several
    recorded that year must be told apart. None: the year's payment."""
    written = any(y.year == year and y.start == position and not y.relative for y in frame.years)
    payment_said = any(y.year == year and _PAYMENT_OF_YEAR.match(frame.text, y.start + 4) for y in frame.years)
    if not written or frame.measure not in ("demand", "offer", "wage_funding") or payment_said or (
            _PAID_IN.search(frame.text, 0, position)):
        return None
    records = [r for r in facts.records(frame.measure, year=year) if r.figure.year == year]
    if len(records) > 1:  # not the one the question states ("from the $5 billion it first sought to ... later in 2020")
        records = [r for r in records if r.figure.number not in {m.value for m in frame.money}] or records
    if len(records) > 1 and _LATER.search(frame.text):  # "its final reported ask in 2020": the last one recorded
        records = [max(records, key=lambda r: r.figure.as_of or dt.date.min)]
    if len(records) > 1:
        raise Missing(f"The sources record {len(records)} figures for the {frame.measure} in {year} ("
                      f"{', '.join(say(r.figure.number, r.figure.unit) for r in records)}): which one do you mean?")
    if not records:
        return None
    f = records[0].figure
    return Operand(Quantity(value=f.number, unit=f.unit, label=f"{year} {frame.measure}", figure=f.id), records[0],
                   position, say(f.number, f.unit))


def _years_named(frame: Frame, facts: Facts) -> list[int]:
    """The years a question writes, and one it names by its place in an agreement ("the first-year increase under the
    current SMA": 2026) or by an agreement of one year ("the 10th SMA per soldier": 2019)."""
    years = list(frame.year_values)
    for ref in (frame.agreement, *frame.other_agreements):  # "the 2021 increase ... the 12th SMA's first-year one"
        one = replace(frame, agreement=ref)
        agreement = _agreement(one, facts) if ref else None
        if agreement and ref.position:
            years += [year for year in facts.years_asked(one, [agreement]) if year not in years]
        elif agreement and agreement.first_year == agreement.last_year and agreement.first_year not in years:
            years.append(agreement.first_year)
    return years


def _recorded_count(group: str, position: int, facts: Facts) -> Operand:
    measure = "troops" if group == "troops" else "korean_workforce"
    record = facts.latest(measure, unit="people")
    if record is None:
        raise Missing(f"I have no recorded count of {group}: how many?")
    f = record.figure
    return Operand(Quantity(value=f.number, unit="people", label=f.text, figure=f.id), record, position,
                   f"{f.number:,} {'US troops' if group == 'troops' else 'Korean workers'}")


def _two_amounts(frame: Frame, facts: Facts, currency: str | None = None) -> tuple[Operand, Operand]:
    found = amounts(frame, facts, currency=currency)
    if len(found) < 2:
        raise _other_amount_missing(found)
    return found[0], found[1]


def _other_amount_missing(found: list[Operand]) -> Missing:
    """What to ask for when fewer than two amounts were found."""
    have = f"one amount ({found[0].quantity.label})" if found else "no amount"
    return Missing(f"I found {have}; which {'other ' if found else ''}amount{'s' if not found else ''} should I compare "
                   f"{'it ' if found else ''}with?")


def _same_currency(a: Operand, b: Operand, facts: Facts, target: str | None = None,
                   stated: ExchangeRate | None = None) -> tuple[Operand, Operand, list[FigureRecord], list[str]]:
    """Put both in one currency (target if the question asks for one, else a's) when they differ, at the rate the
    question states, else at the table's recorded exchange rate (and say so)."""
    unit = target if target and {a.quantity.unit, b.quantity.unit} <= {"KRW", "USD"} else a.quantity.unit
    if a.quantity.unit == b.quantity.unit == unit:
        return a, b, [], []
    rate_record = None if stated else facts.latest("exchange_rate")
    if stated:
        rate = Quantity(value=stated.krw_per_usd, unit="KRW per USD", label=f"exchange rate (from the question: {stated.text})")
    elif rate_record is None:
        raise Missing(f"{a.words} and {b.words} are in different currencies and I have no exchange rate to compare them.")
    else:
        rate = Quantity(value=rate_record.figure.number, unit="KRW per USD", label=rate_record.figure.text,
                        figure=rate_record.figure.id)

    def in_unit(o: Operand) -> tuple[Operand, list[str]]:
        if o.quantity.unit == unit:
            return o, []
        converted = calc.convert(o.quantity, rate, unit).result
        quantity = Quantity(value=converted, unit=unit, label=f"{o.quantity.label} converted", figure=o.quantity.figure)
        when = (f"the question's rate" if rate_record is None else
                f"{rate_record.figure.as_of or rate_record.figure.year}; today's rate differs")
        note = f"converted {o.words} to {unit} at {rate.value.normalize():f} won per dollar ({when})"
        return Operand(quantity, o.record, o.position, f"{o.words} ≈ {say(converted, unit)}"), [note]

    (a, note_a), (b, note_b) = in_unit(a), in_unit(b)
    return a, b, [rate_record] if rate_record else [], note_a + note_b


def _rate_to_use(frame: Frame, facts: Facts, what: str) -> tuple[Quantity, FigureRecord | None]:
    """The exchange rate to convert at: the question's, else the table's recorded one, with its record (None for the
    question's); Missing, naming what was being worked out, when there is neither."""
    if frame.rates:
        r = frame.rates[0]
        return Quantity(value=r.krw_per_usd, unit="KRW per USD",
                        label=f"exchange rate (from the question: {r.text})"), None
    record = facts.latest("exchange_rate")
    if record is None:
        raise Missing(f"I read this as {what} but have no exchange rate: at how many won to the dollar?")
    return Quantity(value=record.figure.number, unit="KRW per USD", label=record.figure.text,
                    figure=record.figure.id), record


def _recorded_rate_note(record: FigureRecord) -> str:
    return (f"used the recorded rate of {record.figure.number.normalize():f} won per dollar "
            f"({record.figure.as_of or record.figure.year}); today's rate differs")


def _stated_rate(frame: Frame) -> ExchangeRate | None:
    """The exchange rate the question states ("at 1,300 won per dollar"), which wins over the recorded one."""
    return frame.rates[0] if frame.rates else None


def _records(*operands: Operand) -> list[FigureRecord]:
    return [o.record for o in operands if o.record is not None]


def _used(frame: Frame, *operands: Operand) -> int:
    return sum(1 for o in operands if o.record is None or any(m.start == o.position for m in frame.money))


def _rate_percent(frame: Frame, facts: Facts, agreement: Agreement | None) -> tuple[Quantity, list[FigureRecord]]:
    """The growth rate: the question's percent, or the agreement's cap when the question says "the cap"."""
    if frame.percents:
        p = frame.percents[0]
        return Quantity(value=p.value, unit="percent", label=f"rate (from the question: {p.text})"), []
    if frame.has("cap") and agreement is not None and (rule := facts.increase_rule(agreement.number)) and rule.figure.number:
        return Quantity(value=rule.figure.number, unit="percent", label=rule.figure.text, figure=rule.figure.id), [rule]
    raise Missing("I read this as growth over several years but found no rate: at what percent a year?")


# A rate said of one year: "2.2% for 2027", "2.6 percent in 2028", "2027 at 2.2%", "2028: 2.6%", "2027 rises 3%"
# "2% for (the) 2027 (adjustment)", "3% rise in 2027"
_RATE_FOR = re.compile(r"^\s*(?:(?:rise|increase|growth|bump|hike|raise)\s+)?(?:for|in)\s+(?:the\s+)?((?:19|20)\d\d)\b")
_YEAR_AT = re.compile(r"\b((?:19|20)\d\d)(?:\s+(?!(?:19|20)\d\d\b)[\w']+){0,4}?\s*(?:at|:|of|is|was|=|(?:rises|grows|goes up|"
                      r"increases|is up)(?: by)?)?\s*$")  # "the 2027 adjustment comes in at 7%"
# A percentage that is a cap, not a rate of growth: "the 5% cap", "caps increases at 5%"
_CAP_AFTER = re.compile(r"\s*(?:[\w']+\s+){0,2}?(?:cap|ceiling|limit)\b")
# (not "the cap and 2028 at 2%": a year's own rate)
_CAP_BEFORE = re.compile(r"\b(?:cap(?:ped|s)?|ceiling|limit(?:ed|s)?)\b(?:\s+(?!(?:19|20)\d\d\b)[\w']+){0,3}\s+"
                         r"(?:at|to|of)\s*$")


# A rate and the year it is of: "2.5% in 2025"
_RATE_IN_YEAR = r"\d+(?:\.\d+)?\s*(?:%|percent)\s+in\s+((?:19|20)\d\d)\b"
# A year said as the year of the inflation rate ("2025 cpi", "inflation in 2025"): the CPI-linked SMAs raise each
# year's payment by the inflation of two years earlier, so it is the rate of the payment two years later
_CPI_YEAR = re.compile(r"\b((?:19|20)\d\d)(?:'s)?\s+(?:korean\s+)?(?:cpi|inflation|consumer prices?)\b|"
                       r"\b(?:cpi|inflation)\s+(?:for|in|of)\s+((?:19|20)\d\d)\b|"
                       # "if cpi is 2.5% in 2025" (not "cpi is 6% for 2027": the rate set for that year's payment)
                       r"\b(?:cpi|inflation)\s+(?:is|was|of|at|comes in at|came in at|runs(?: at)?|ran(?: at)?|"
                       r"hits?|averages?|averaged)\s+" + _RATE_IN_YEAR)
# ... and each rate listed after it: "cpi is 1.8% in 2025 and 2.3% in 2026"
_CPI_YEAR_MORE = re.compile(r"\s*(?:,|;|,?\s+and|,?\s+then)\s+" + _RATE_IN_YEAR)
CPI_LAG_YEARS = 2


def _cpi_years(frame: Frame) -> set[int]:
    years = set()
    for m in _CPI_YEAR.finditer(frame.text):
        years.add(int(next(year for year in m.groups() if year)))
        end = m.end()
        while more := _CPI_YEAR_MORE.match(frame.text, end):
            years.add(int(more.group(1)))
            end = more.end()
    return years


def _rates_by_year(frame: Frame, first_year: int, to_year: int, cap: Decimal | None) -> list[Quantity] | None:
    """One stated rate for each year of growth, when the question pairs every percentage with a year ("if cpi is
    2.2% for 2027 and 2.6% for 2028"), a year's rate said to be the agreement's `cap` ("2027 rises at the cap and 2028
    at 2%"); None when it states one rate."""
    rates = [p for p in frame.percents if not (_CAP_AFTER.match(frame.text[p.end:]) or _CAP_BEFORE.search(frame.text[:p.start]))]
    capped = list(YEAR_AT_THE_CAP.finditer(frame.text)) if cap is not None else []
    if len({p.value for p in rates}) + len(capped) < 2:
        return None  # one rate, beside the cap it may be held to ("7% inflation but a 5% cap")
    paired, cpi_years = {}, _cpi_years(frame)
    for m in capped:
        paired[int(m.group(1))] = Quantity(value=cap, unit="percent", label=f"{m.group(1)} rate (the agreement's cap)")
    for p in rates:
        after, before = _RATE_FOR.match(frame.text[p.end:]), _YEAR_AT.search(frame.text[:p.start])
        year = after or before
        if year is None:
            raise Missing("I read this as growth at several rates but not which year each is for: give one rate a "
                          "year, for example '2.2% for 2027 and 2.6% for 2028'.")
        said = int(year.group(1))
        grown = said + CPI_LAG_YEARS if said in cpi_years else said  # "2025 cpi 2.1%": 2027's rise
        paired[grown] = Quantity(value=p.value, unit="percent", label=f"{grown} rate (from the question: {p.text})")
    years = list(range(first_year, to_year + 1))
    if sorted(paired) != years:
        raise Missing(f"I read this as growth at a rate for each year from {first_year} to {to_year}, but the question "
                      f"gives rates for {', '.join(map(str, sorted(paired)))}.")
    return [paired[year] for year in years]


def _agreement(frame: Frame, facts: Facts) -> Agreement | None:
    named = facts.agreements_named(frame.agreement, frame.today, frame.year_values)
    return named[0] if len(named) == 1 else None


# -- the operations ---------------------------------------------------------------------------------

def _states_quantities(frame: Frame) -> bool:
    return bool(frame.money or frame.percents or frame.headcounts or frame.rates or frame.dates)


# "the 2026 increase", "2019's bump": a year's rise, not its payment
_RISE_OF_YEAR = re.compile(r"(?:'s)?\s+(?:sma\s+|payment\s+)?(?:increase|rise|raise|hike|bump|jump)\b")
_THE_OTHER_ONE = re.compile(r"(?:'s\b|\s+one\b)")  # "... than the 2026 one", "... than 2026's"


def _rise(year: int, position: int, facts: Facts) -> tuple[Operand, list[FigureRecord], list[str]]:
    """A year's rise in won: the one the table states, else its payment less the year before's; with the records
    and the note of how it was worked out."""
    if stated := facts.primary("payment_increase_amount", year=year):
        f = stated.figure
        return Operand(Quantity(value=f.number, unit=f.unit, label=f"{year} rise", figure=f.id), stated, position,
                       f"the {year} rise ({say(f.number, f.unit)})"), [], []
    before, after = _payment(year - 1, facts, position), _payment(year, facts, position)
    rise = after.quantity.value - before.quantity.value  # (negative for a fall)
    words = f"the {year} rise ({say(rise, after.quantity.unit)})"
    quantity = Quantity(value=rise, unit=after.quantity.unit, label=f"{year} rise")
    return Operand(quantity, after.record, position, words), [before.record], [
        f"{words}: {after.words} less {before.words}"]


def _rises_named(frame: Frame, facts: Facts) -> tuple[Operand, Operand, list[FigureRecord], list[str]] | None:
    """'How much larger was the 2026 increase than the 2019 one': two years each said with its rise, as those rises."""
    said = {y.year: y.start for y in frame.years if not y.relative and _RISE_OF_YEAR.match(frame.text, y.start + 4)}
    if len(said) == 1:  # "the 2021 increase than the 2026 one": the other year's rise too
        said |= {y.year: y.start for y in frame.years
                 if not y.relative and _THE_OTHER_ONE.match(frame.text, y.start + 4)}
    if len(said) != 2 or frame.money:
        return None
    (a, extra_a, notes_a), (b, extra_b, notes_b) = (_rise(year, position, facts) for year, position in said.items())
    return a, b, extra_a + extra_b, notes_a + notes_b


def _difference(frame: Frame, facts: Facts) -> Resolved:
    if not _states_quantities(frame) and not frame.years and "difference between" in frame.text:
        raise NotApplicable  # "the difference between direct and indirect support" is a question for the documents
    # "the 2021 increase in won": over 2020 (a rise the table states is looked up)
    pair = _over_the_year_before(frame, facts) if frame.measure == "payment_increase_amount" else None
    extra, notes = [], []
    if rises := _rises_named(frame, facts):
        a, b, extra, notes = rises
    elif pair and not facts.primary("payment_increase_amount", year=pair[1].record.figure.year):
        a, b = pair
    else:
        a, b = _two_amounts(frame, facts, frame.target_unit)
    if a.record is not None and a.record is b.record:
        raise NotApplicable  # "how much did 2026 go up by": not the 2026 payment less itself
    a, b, converted, conversion_notes = _same_currency(a, b, facts, frame.target_unit, _stated_rate(frame))
    extra, notes = extra + converted, notes + conversion_notes
    if frame.has("than") or {o.position for o in (a, b)} - {m.start for m in frame.money}:
        new, old = (a, b) if frame.has("than") else (b, a)  # "A more than B" / from the earlier year to the later
    else:
        new, old = b, a
    result = calc.difference(old.quantity, new.quantity)
    larger, smaller = (new, old) if new.quantity.value >= old.quantity.value else (old, new)
    by = ""
    if smaller.quantity.value > 0 and result.result:  # "2026 minus 2014, then as a % of 2014": both
        share = calc.percentage_change(smaller.quantity, larger.quantity)
        result = result.model_copy(update={"steps": result.steps + share.steps})
        by = f" ({fmt(share.result, 'percent')})"
    text = (f"{larger.words} is {say(result.result, result.unit)}{by} more than {smaller.words}" if result.result else
            f"{new.words} is the same as {old.words}: no change")  # "how did it change from 2019 to 2020"
    return Resolved("difference", result, text, _records(a, b) + extra, notes, _used(frame, a, b))


_VERSUS = re.compile(r"\b(?:vs\.?|versus)(?=\s)")
# "from", "over" or "compared to" (and a word or two) right before an amount: what a change is measured from
_FROM = re.compile(r"\b(?:from|over|compared?\s+(?:to|with)|relative\s+to)\s+(?:[\w']+\s+){0,2}$")


def _over_the_year_before(frame: Frame, facts: Facts) -> tuple[Operand, Operand] | None:
    """The payment of the one year a question names, stating no amount, and the year before's, when that one is
    recorded ("the 2021 increase": 2020 and 2021); or the one sum it states for that year, when the table records
    none ("if 2027 comes in at 1.58tn, what rate did they apply": 2026 and 1.58tn); else None."""
    years = set(frame.year_values)
    if len(years) != 1 or not facts.payment((year := years.pop()) - 1):
        return None
    if frame.money:
        if len(frame.money) > 1 or facts.payment(year):
            return None
        return _payment(year - 1, facts, 0), _stated(frame.money[0], facts, f"{year} payment")
    return _payment(year - 1, facts, 0), _payment(year, facts, 1)


def _percent_change(frame: Frame, facts: Facts) -> Resolved:
    # "the 2017 increase in percent" (the table records no rise for 2017; a recorded one is looked up), "the 2021
    # increase in won and in percent": over the year before
    pair = _over_the_year_before(frame, facts) if frame.measure == "payment_increase_pct" and (
        frame.target_unit == "KRW" or not any(facts.primary("payment_increase_pct", year=year)
                                              for year in frame.year_values)) else None
    a, b = pair or _two_amounts(frame, facts)
    a, b, extra, notes = _same_currency(a, b, facts, stated=_stated_rate(frame))
    if pair and frame.has("rate_applied") and (agreement := facts.agreement_for_year(max(frame.year_values))) and (
            rule := facts.increase_rule(agreement.number)):  # the rate a payment was set with: its rise, by the rule
        rule_said = rule.figure.text.rstrip(".")
        notes = [*notes, f"the rate applied is the year's rise over the year before; the rule: {rule_said}"]
        extra = [*extra, rule]
    new, old = (a, b) if frame.has("than") else (b, a)  # "A exceeds B", "2019 vs 2018" / "from A to B"
    than = re.search(r"\bthan\b", frame.text)
    if than and a.position > than.start():  # "more than B is A": B, after "than", is what A is measured from
        new, old = b, a
    elif _FROM.search(frame.text, 0, b.position) and not _FROM.search(frame.text, 0, a.position):
        new, old = a, b  # "how much did the 2026 payment go up from 2025" (or "over 2025"): 2025 is the base
    elif (_VERSUS.search(frame.text) or frame.has("difference")) and a.record and b.record and (
            a.record.figure.year and b.record.figure.year):  # "2014 vs 2016", "the % difference between 2016 and 2015"
        new, old = sorted((a, b), key=lambda o: -o.record.figure.year)  # from the earlier year
    if old.quantity.value == 0:
        raise Missing(f"A percent change from {old.words} is undefined (it is zero).")
    result = calc.percentage_change(old.quantity, new.quantity)
    word = "more" if result.result >= 0 else "less"
    apart = abs(new.quantity.value - old.quantity.value)  # "pct change, and the won difference": both
    by = f" ({say(apart, new.quantity.unit)})" if apart else ""
    text = f"{new.words} is {fmt(abs(result.result), 'percent')}{by} {word} than {old.words}"
    return Resolved("percent_change", result, text, _records(a, b) + extra, notes, _used(frame, a, b))


def _one_amount(frame: Frame, facts: Facts, what: str, people: bool = True, currency: str | None = None) -> Operand:
    found = amounts(frame, facts, needed=1, people=people, currency=currency)
    if not found:
        raise _no_amount(what)
    return found[0]


def _no_amount(what: str) -> Missing:
    return Missing(f"I read this as {what} but found no amount: which amount (or which year's payment)?")


def _signed_change(frame: Frame) -> tuple[Quantity, str]:
    """The question's percentage as a change: negative when it speaks of a cut; and the verb for it."""
    p = frame.percents[0]
    sign = -1 if frame.has("cut") and not frame.has("raise") or p.value < 0 else 1
    percent = Quantity(value=sign * abs(p.value), unit="percent", label=f"change (from the question: {p.text})")
    return percent, "raised" if sign > 0 else "cut"


def _apply_percent(frame: Frame, facts: Facts) -> Resolved:
    if not frame.percents and not frame.money:
        raise NotApplicable  # "the 2019 hike, not in percent" asks for a recorded increase
    if not frame.percents:
        raise Missing("I read this as raising or cutting an amount but found no rate: by what percentage?")
    notes = []
    try:
        amount = _one_amount(frame, facts, "raising or cutting an amount by a percentage")
    except Missing:
        year = frame.year_values[0] if frame.year_values and not frame.money else None
        if year is None or not facts.payment(year - 1):
            raise
        amount = _payment(year - 1, facts, frame.years[0].start)  # "if the increase in 2027 is 3%": on 2026's
        notes.append(f"applied the {year} change to the {year - 1} payment, the latest before it")
    percent, verb = _signed_change(frame)
    if frame.has("delta", "difference"):  # "how much would a 5% cut save", "by how much would it exceed": the change
        result = calc.change_of(amount.quantity, percent)
        effect = "saves" if percent.value < 0 else "adds"
        text = (f"a {fmt(abs(percent.value), 'percent')} {'cut to' if percent.value < 0 else 'rise in'} {amount.words} "
                f"{effect} {say(result.result, result.unit)}")
    else:
        result = calc.apply_percent(amount.quantity, percent)
        text = f"{amount.words} {verb} by {fmt(abs(percent.value), 'percent')} is {say(result.result, result.unit)}"
    return Resolved("apply_percent", result, text, _records(amount), notes, _used(frame, amount) + 1)


def _stated_factor(frame: Frame) -> Quantity:
    """The multiple the question states ("double", "70% of") as a quantity."""
    return Quantity(value=frame.factor, unit="multiple", label=f"{frame.factor_text} (from the question)")


# Whether an amount was a multiple of another, asked: "was that double", "is it twice the old one"
_WHETHER_MULTIPLE = re.compile(r"\b(?:was|is|were) (?:that|it|this) (?:about |roughly |really )?(?:double|twice|triple|"
                               r"half)\b")


def _multiple(frame: Frame, facts: Facts) -> Resolved:
    if frame.factor is None:
        raise Missing("I read this as a multiple of an amount but not the factor: how many times?")
    if frame.has("ratio", "than") and len(frame.year_values) >= 2:
        # "2026 is about 1.5x 2018 - what's the actual multiple", "was 2025 more than double 2014": the two years'
        # ratio asked
        raise NotApplicable
    if not frame.money and frame.measure in ("demand", "offer"):
        raise NotApplicable  # "the demand of double the current amount" describes a recorded demand
    if not (frame.money or frame.years) and frame.has("share"):
        raise NotApplicable  # "it pays about half of the wages: what share does it cover?" asks the recorded share
    if _WHETHER_MULTIPLE.search(frame.text):
        raise NotApplicable  # "1.6bn a year - was that double or what": whether it was, not double it
    if not frame.money and frame.measure in ("furloughed", "troops", "korean_workforce"):
        raise NotApplicable  # "how many were furloughed, roughly half?": the count, the share only guessed
    # at a rate the question gives, the amount in its own currency, then converted ("half of the 2026 payment in
    # dollars at 1,400"); else a recorded figure in the currency asked, if any
    amount = _one_amount(frame, facts, "a multiple of an amount", currency=None if frame.rates else frame.target_unit)
    factor = _stated_factor(frame)
    result = calc.apply_multiple(amount.quantity, factor)
    text = f"{frame.factor_text} {amount.words} is {say(result.result, result.unit)}"
    figures, notes = _records(amount), []
    result, text, used = _in_asked_currency(frame, facts, result, f"{frame.factor_text} {amount.quantity.label}", text,
                                            figures, notes, _used(frame, amount) + 1)
    return Resolved("multiple", result, text, figures, notes, used)


def _ratio(frame: Frame, facts: Facts) -> Resolved:
    if len(amounts(frame, facts)) < 2 and frame.numbers:
        return _divided(frame, facts)
    a, b = _two_amounts(frame, facts)
    a, b, extra, notes = _same_currency(a, b, facts, stated=_stated_rate(frame))
    # "the ratio of A to B" is A over B as asked; otherwise how many times the larger is the smaller
    over, under = (a, b) if frame.has("ratio_ordered") or a.quantity.value >= b.quantity.value else (b, a)
    if under.quantity.value == 0:
        raise Missing(f"{under.words} is zero, so there is no ratio.")
    result = calc.ratio(over.quantity, under.quantity)
    text = f"{over.words} is {result.result.normalize():f} times {under.words}"
    return Resolved("ratio", result, text, _records(a, b) + extra, notes, _used(frame, a, b))


def _divided(frame: Frame, facts: Facts) -> Resolved:
    """'1.5192 trillion won divided by 365': an amount split by a plain number."""
    amount = _one_amount(frame, facts, "an amount divided by a number", people=False)
    by = Quantity(value=frame.numbers[0], unit="", label="divisor (from the question)")
    result = calc.divide(amount.quantity, by)
    text = f"{amount.words} divided by {frame.numbers[0].normalize():f} is {say(result.result, result.unit)}"
    return Resolved("ratio", result, text, _records(amount), [], _used(frame, amount) + 1)


_PERIODS = {"day": "days", "daily": "days", "week": "weeks", "weekly": "weeks", "month": "months",
            "monthly": "months", "quarter": "quarters", "quarterly": "quarters"}


def _per_period(frame: Frame, facts: Facts) -> Resolved:
    """'The 2026 payment per day' or 'monthly': a year's amount over the days (of that year), weeks, months or quarters."""
    amount = _one_amount(frame, facts, "an amount per day or month", people=False)
    result, text, notes = _over_period(frame, amount.quantity, amount.words)
    figures = _records(amount)
    result, text, used = _in_asked_currency(frame, facts, result, f"{amount.quantity.label} per period", text, figures,
                                            notes, _used(frame, amount))
    return Resolved("per_period", result, text, figures, notes, used)


def _over_period(frame: Frame, quantity: Quantity, words: str) -> tuple[Calculation, str, list[str]]:
    """A year's amount over the days (of that year), weeks, months or quarters the question names."""
    unit = next(_PERIODS[w] for w in re.findall(r"[a-z]+", frame.text.lower()) if w in _PERIODS)
    year = frame.year_values[0] if frame.year_values else frame.today.year
    count = {"days": 366 if calendar.isleap(year) else 365, "weeks": 52, "months": 12, "quarters": 4}[unit]
    result = calc.divide(quantity, Quantity(value=Decimal(count), unit=unit, label=f"{unit} in {year}"))
    text = f"{words} over {count} {unit} is {say(result.result, result.unit)} per {unit[:-1]}"
    return result, text, [f"{count} days in {year}" if unit == "days" else f"a year of {count} {unit}"]


def _years_to_reach(frame: Frame, facts: Facts) -> Resolved:
    """'How many years until the payment reaches 2 trillion won at 5% a year?': whole years of growth."""
    if not frame.money:
        raise Missing("I read this as growth until an amount is reached, but not which amount: how much?")
    target = _stated(frame.money[-1], facts, "target")
    if len(frame.money) > 1:
        base, base_year = _stated(frame.money[0], facts, "base amount"), frame.year_values[0] if frame.years else frame.today.year
    else:
        base_year = frame.year_values[0] if frame.years else _last_recorded_before(facts, frame.today.year + 1)
        base = _payment(base_year, facts, 0, target.quantity.unit)
    base, target, extra, notes = _same_currency(base, target, facts, stated=_stated_rate(frame))
    rate, figures = _rate_percent(frame, facts, _agreement(frame, facts) or facts.agreement_for_year(base_year))
    result = calc.years_to_reach(base.quantity, target.quantity, rate, base_year)
    n = int(result.result)
    text = (f"{base.words}{'' if base.record else f' in {base_year}'}, growing {fmt(rate.value, 'percent')} a year, "
            f"first reaches {target.words} in {base_year + n}, after {n} year{'s' if n != 1 else ''}")
    return Resolved("years_to_reach", result, text, _records(base, target) + figures + extra,
                    notes + ["each year's amount is a projection, not a recorded payment"], _used(frame, base, target) + 1)


def _horizon(frame: Frame, base_year: int) -> int:
    later = [y for y in frame.year_values if y > base_year]
    years = [d for d in frame.durations if d.unit == "years"]
    if frame.span and frame.span[1] > base_year:
        return frame.span[1]
    if later:
        return max(later)
    if years:
        return base_year + int(years[0].value)
    raise Missing("I read this as growth over several years but not for how long: to which year, or over how many years?")


def _compound(frame: Frame, facts: Facts) -> Resolved:
    if not frame.percents and not frame.has("projection") and not (frame.durations or frame.span or frame.years):
        raise NotApplicable  # "the annual cap in the current deal" asks for the rule, not a projection
    if not (frame.percents or frame.money or frame.rates or frame.has("cap", "every_year")) and frame.years and all(
            facts.payment(year) for year in frame.year_values):
        raise NotApplicable  # "2022 contribution - was it final or a projection?": a recorded year's payment
    agreement = _agreement(frame, facts)
    assumptions: list[str] = []
    if frame.money:
        base = _stated(frame.money[0], facts, "base amount")
        years = frame.year_values
        if said := _year_of_amount(frame, frame.money[0]):
            base_year = said  # "every year 2027 thru 2030 at the cap, from 2026's 1.52tn": grown from 2026
        elif frame.span:
            base_year = frame.span[0]
        elif len(years) > 1 or years and (frame.durations or years[0] <= frame.today.year):
            base_year = min(years)  # "from 2026 for 5 years", "from 2026 to 2030"
        else:  # no year, or only the year to reach: the amount is today's
            base_year = frame.today.year
            if not years:
                assumptions.append(f"took {base_year} as the base year")
    else:
        cpi_years = _cpi_years(frame)
        years = [year for year in frame.year_values if year not in cpi_years]  # payments' years, not CPI's
        base_year = frame.span[0] if frame.span else (min(years) if years else
                                                     agreement.first_year if agreement else None)
        if base_year is None:
            raise Missing("I read this as growth over several years but found no starting amount: from which amount or year?")
        # a future year alone ("the 2028 payment at 3%") or the first of the growth years ("for each of 2027 through
        # 2029", "in 2029 if every year from 2027 hits the cap"): grown from the last recorded payment before it
        if base_year > frame.today.year and not facts.payment(base_year) and (
                frame.span or len(years) == 1 and not frame.durations or len({p.value for p in frame.percents}) >= 2
                or not (frame.durations or frame.has("rule", "percent_asked"))):  # not "what cap rate applies to 2028"
            base_year = _last_recorded_before(facts, base_year)
        base = _payment(base_year, facts, 0)
    agreement = agreement or facts.agreement_for_year(base_year)
    rate, figures = _rate_percent(frame, facts, agreement)
    to_year = _horizon(frame, base_year)
    if base_year == to_year or to_year - base_year > 50:
        raise Missing(f"I read this as growth from {base_year} but the end year {to_year} does not follow it.")
    cap = None
    rule = facts.increase_rule(agreement.number) if agreement else None
    yearly = _rates_by_year(frame, base_year + 1, to_year, rule.figure.number if rule else None)
    if not yearly and len(cpi := _cpi_years(frame)) == 1 and to_year - base_year > 1:
        # "2028 if cpi is 2% in 2026": that inflation sets 2028's rise alone; 2027's needs 2025's
        (prices,) = cpi
        unset = [year for year in range(base_year + 1, to_year + 1) if year != prices + CPI_LAG_YEARS]
        raise Missing(f"Each year's payment rises by the inflation of two years earlier, so {prices} inflation sets "
                      f"only the {prices + CPI_LAG_YEARS} rise; for {', '.join(map(str, unset))} I also need the "
                      f"inflation of {', '.join(str(year - CPI_LAG_YEARS) for year in unset)}.")
    if frame.has("cap_stated") and frame.percents and rule and rule.figure.number and rule.figure.number != rate.value \
            and not yearly:
        # "the 12th SMA is capped at 3 percent, what's the highest 2027 payment": the agreement's own cap, corrected
        assumptions.append(f"the {ordinal(agreement.number)} SMA caps yearly increases at {fmt(rule.figure.number, 'percent')}, "
                           f"not {frame.percents[0].text}, so the projection uses {fmt(rule.figure.number, 'percent')}")
        rate = Quantity(value=rule.figure.number, unit="percent", label=rule.figure.text, figure=rule.figure.id)
        figures.append(rule)
    # a stated inflation rate is a rise the agreement's cap still bounds
    elif frame.has("cap", "inflation_rate", "cap_stated") and frame.percents and rule and rule.figure.number:
        cap = Quantity(value=rule.figure.number, unit="percent", label=rule.figure.text, figure=rule.figure.id)
        figures.append(rule)
    result = calc.project(base.quantity, base_year, to_year, yearly or rate, cap)
    applied = min(rate.value, cap.value) if cap else rate.value
    for over in [r for r in (yearly or [rate]) if cap and r.value > cap.value][:1]:
        assumptions.append(f"the {fmt(over.value, 'percent')} in the question is above the agreement's cap of "
                           f"{fmt(cap.value, 'percent')} a year, so the cap applies")
    growing = (" then ".join(f"{fmt(min(r.value, cap.value) if cap else r.value, 'percent')} in {year}"
                             for year, r in zip(range(base_year + 1, to_year + 1), yearly)) if yearly
               else f"{fmt(applied, 'percent')} a year")
    text = (f"{base.words}{'' if base.record else f' in {base_year}'}, growing {growing}, comes to "
            f"{say(result.result, result.unit)} in {to_year}")
    if frame.has("delta", "difference") and base_year in frame.year_values:
        # "how many won more would 2027's be than 2026's": the growth itself
        grown = calc.difference(Quantity(value=result.result, unit=result.unit, label=f"the {to_year} projection"),
                                base.quantity)
        result = grown.model_copy(update={"steps": result.steps + grown.steps, "inputs": result.inputs})
        text += f", {say(result.result, result.unit)} more"
    return Resolved("compound", result, text, _records(base) + figures, assumptions, _used(frame, base) + len(frame.percents))


def _repeat_rise(frame: Frame, facts: Facts) -> Resolved:
    """'What would 2027 be if it rose as much as 2026 did': that year's rise over the year before, as a percentage (or,
    asked so, in won), applied each year from the last recorded payment to the year asked."""
    repeated = frame.rise_repeated
    to_year = max((y for y in frame.year_values if y != repeated), default=None)
    if to_year is None or to_year <= repeated:
        raise Missing(f"I read this as {repeated}'s rise happening again but not in which later year: which year?")
    before, after = _payment(repeated - 1, facts, 0), _payment(repeated, facts, 1)
    base_year = _last_recorded_before(facts, to_year)
    base = _payment(base_year, facts, 2)
    years = to_year - base_year
    if frame.repeats_amount and after.quantity.value >= before.quantity.value:
        rise = calc.difference(before.quantity, after.quantity)
        step = Quantity(value=rise.result, unit=rise.unit, label=f"the {repeated} rise in won")
        grown = calc.sum_amounts([base.quantity] + [step] * years)
        said = f"{say(rise.result, rise.unit)} a year, as in {repeated}"
    else:
        rise = calc.percentage_change(before.quantity, after.quantity)
        step = Quantity(value=rise.result, unit="percent", label=f"the {repeated} rise")
        grown = calc.project(base.quantity, base_year, to_year, step)
        said = f"{fmt(rise.result, 'percent')} a year, {repeated}'s rise over {repeated - 1}"
    result = grown.model_copy(update={"steps": rise.steps + grown.steps, "inputs": rise.inputs + grown.inputs})
    assumptions = [] if frame.repeats_amount or frame.has("percent_word") else [
        f"took {repeated}'s rise as a percentage; the same rise in won would differ"]
    agreement = facts.agreement_for_year(to_year)
    rule = facts.increase_rule(agreement.number) if agreement else None
    if rule and rule.figure.number is not None and to_year in rule.figure.years() and (
            step.unit == "percent" and step.value > rule.figure.number):
        assumptions.append(f"the {ordinal(agreement.number)} SMA caps each year's rise at "
                           f"{fmt(rule.figure.number, 'percent')} from {min(rule.figure.years())}, so this is above "
                           f"what it allows")
    text = f"{base.words}, growing {said}, comes to {say(result.result, result.unit)} in {to_year}"
    return Resolved("repeat_rise", result, text, _records(before, after, base) + ([rule] if rule else []),
                    assumptions, _used(frame, base))


def _counterfactual(frame: Frame, facts: Facts) -> Resolved:
    """'If the 2022 increase had been held to 5%, how much less would Seoul have paid': the year before it (or the
    first year named) grown at that rate to the year, and, asked how much less or what it saved, the gap to what was
    recorded as paid."""
    years = sorted({year.year for year in frame.years if not year.relative})  # "since 2021 ... 2025": not this year
    if not years or frame.money or years[-1] > frame.today.year or facts.payment(years[-1]) is None:
        raise NotApplicable  # what would have been is of a year already paid, grown from a recorded payment
    to_year = years[-1]
    base_year = years[0] if len(years) > 1 else to_year - 1
    base = _payment(base_year, facts, 0)
    paid = _payment(to_year, facts, 1)
    actual = (paid.quantity.value / base.quantity.value - 1) * 100
    supposed = [p for p in frame.percents if abs(p.value - actual) > Decimal("0.1")]
    if len(frame.percents) >= 2 and len(supposed) == 1:  # "if the 8.3% rise had been 5%": the rise supposed
        rate, figures = Quantity(value=supposed[0].value, unit="percent",
                                 label=f"rate (from the question: {supposed[0].text})"), []
    else:
        rate, figures = _rate_percent(frame, facts, facts.agreement_for_year(to_year))
    grown = calc.project(base.quantity, base_year, to_year, rate)
    at = fmt(rate.value, "percent")
    text = f"{base.words}, growing {at} a year, would have come to {say(grown.result, grown.unit)} in {to_year}"
    if frame.has("difference", "delta"):
        would = Quantity(value=grown.result, unit=grown.unit, label=f"the {to_year} amount at {at}")
        gap = calc.difference(paid.quantity, would)
        text += (f", {say(gap.result, gap.unit)} {'less' if paid.quantity.value >= grown.result else 'more'} than "
                 f"{paid.words}")
        grown = gap.model_copy(update={"steps": grown.steps + gap.steps, "inputs": grown.inputs + [paid.quantity]})
    return Resolved("counterfactual", grown, text, _records(base, paid) + figures, [],
                    _used(frame, base) + len(frame.percents))


def _last_recorded_before(facts: Facts, year: int) -> int:
    recorded = [y for y in range(year - 1, year - 30, -1) if facts.payment(y)]
    if not recorded:
        raise Missing(f"I found no recorded payment before {year} to grow from.")
    return recorded[0]


def _back_solve(frame: Frame, facts: Facts) -> Resolved:
    # the one amount stated is the one after the change, even in a sentence before the question ("2014 was 920bn
    # won, a 5.8% rise. what was 2013?"): the year asked is the one worked out, not an operand
    years = sorted(set(frame.year_values))
    # "2014 was 920bn after the recorded rise, back out 2013": that year's rise as recorded
    rise = (facts.primary("payment_increase_pct", year=years[-1])
            if years and not frame.percents and frame.has("raise", "increase_word") else None)
    if not frame.percents and rise is None:
        raise Missing("I read this as finding the amount before a change but found no percentage: by how much did it "
                      "change?")
    if len(frame.money) == 1:
        result_amount = _stated(frame.money[0], facts, "amount")
    elif not frame.money and len(years) == 2 and facts.payment(years[1]):
        result_amount = _payment(years[1], facts, 0)  # "2021 was a 13.9% increase, what does that imply for 2020"
    else:
        result_amount = _one_amount(frame, facts, "finding the amount before a change")
    if rise is not None:
        percent = Quantity(value=rise.figure.number, unit="percent", label=rise.figure.text, figure=rise.figure.id)
        verb = "raised" if percent.value >= 0 else "cut"
    else:
        percent, verb = _signed_change(frame)
    result = calc.base_before_change(result_amount.quantity, percent)
    text = f"{say(result.result, result.unit)} {verb} by {fmt(abs(percent.value), 'percent')} gives {result_amount.words}"
    return Resolved("back_solve", result, text, _records(result_amount) + ([rise] if rise else []), [],
                    _used(frame, result_amount) + (0 if rise else 1))


def _cagr(frame: Frame, facts: Facts) -> Resolved:
    years = frame.year_values
    if frame.span and not frame.money:
        found = [_payment(frame.span[0], facts, 0), _payment(frame.span[1], facts, 1)]
        years = list(frame.span)
    elif len(frame.money) == 1 and len(set(years)) == 2:
        # "to reach 1.8 trillion won in 2030 from the 2026 amount": the amount is the year's with no recorded payment
        # (else its nearest year's), the other year's payment the other end
        money = frame.money[0]
        unrecorded = [y for y in frame.years if not facts.payment(y.year)]
        own = unrecorded[0] if len(unrecorded) == 1 else min(frame.years, key=lambda y: abs(y.start - money.start))
        other = next(y for y in frame.years if y.year != own.year)
        base = other.year
        if frame.span and frame.span[0] == base and not facts.payment(base) and facts.payment(base - 1):
            base -= 1  # "what constant yearly increase 2027-2030 puts 2030 at 1.7tn": the rises from 2026's payment
            years = [base, own.year]
        found = sorted([_stated(money, facts, "amount"), _payment(base, facts, other.start)],
                       key=lambda o: own.year if o.record is None else base)
    else:
        found = amounts(frame, facts)
    if len(found) < 2:
        raise Missing("I read this as an average annual growth rate but need a start and an end amount (or two years).")
    start, end = found[0], found[-1]
    start, end, extra, notes = _same_currency(start, end, facts, stated=_stated_rate(frame))
    agreement = _agreement(frame, facts)
    if len(years) < 2 and agreement and (frame.measure == "payment_increase_amount" or not facts.primary(
            "average_increase_pct", agreement=agreement.number)):
        # "the average yearly increase under the 9th SMA", which no record states, or "how much did it grow per year on
        # avg during the 11th" (not the recorded average the ministry cited): its first and last years' payments
        years = [o.record.figure.year for o in (start, end) if o.record and o.record.figure.year] or years
    if len(years) >= 2:
        span = max(years) - min(years)
    elif frame.durations:
        span = int(frame.durations[0].value)
    else:
        raise Missing("I read this as an average annual growth rate but not over how many years.")
    if span <= 0:
        raise Missing("The growth period must be at least one year.")
    if frame.target_unit in ("KRW", "USD") and not frame.has("percent_asked"):  # "... per year on average, in won"
        result = calc.average_yearly_change(start.quantity, end.quantity, span)
        text = f"from {start.words} to {end.words} over {span} years is {say(result.result, result.unit)} a year on average"
        figures = _records(start, end) + extra
        result, text, used = _in_asked_currency(frame, facts, result, "the average yearly change", text, figures, notes,
                                                _used(frame, start, end))
        return Resolved("cagr", result, text, figures, notes, used)
    result = calc.compound_annual_growth(start.quantity, end.quantity, span)
    text = f"from {start.words} to {end.words} over {span} years is {fmt(result.result, 'percent')} a year on average"
    return Resolved("cagr", result, text, _records(start, end) + extra, notes, _used(frame, start, end))


def _wage_share_of(frame: Frame, facts: Facts, record: FigureRecord) -> Resolved:
    """'If the Korean payroll comes to 400bn won, how much would Seoul cover at the usual share': the recorded share
    of the wages applied to the amount stated."""
    amount = _one_amount(frame, facts, "a share of the wages")
    f = record.figure
    share = Quantity(value=f.number, unit="percent", label=f.text, figure=f.id)
    result = calc.change_of(amount.quantity, share)
    text = f"{fmt(share.value, 'percent')} of {amount.words} is {say(result.result, result.unit)}"
    notes = [f"the share is the one reported as of {f.as_of or f.year}: {f.text.rstrip('.')}"]
    return Resolved("multiple", result, text, _records(amount) + [record], notes, _used(frame, amount))


_COST_CATEGORY = re.compile(rf"\b(?:{COST_CATEGORIES})\b")


def _share(frame: Frame, facts: Facts) -> Resolved:
    if frame.has("wage") and frame.has("how_much") and len(frame.money) == 1 and not frame.percents and (
            record := facts.latest("wage_share_pct")):
        return _wage_share_of(frame, facts, record)
    if not (frame.money or frame.percents or frame.rates) and frame.has("furlough") and frame.has("workers") and all(
            count.group == "workers" for count in frame.headcounts) and not frame.has("wage"):
        # (a share of their wage is a rate, not a share of them)
        return _share_furloughed(frame, facts)  # "in april 2020" only dates the furlough
    if frame.has("sum_words") and not frame.money and frame.agreement and frame.agreement.position and (
            agreement := _agreement(frame, facts)) and len(agreement.years) >= 3 and len(
            asked := facts.years_asked(replace(frame, years=()), [agreement])) == 1:
        # "what share of the 9th sma's total was paid in its final year": that year over all the agreement's years
        whole_term = replace(frame, agreement=replace(frame.agreement, position=None))
        return _share_of_span_total(whole_term, _payment(asked[0], facts, 0), facts, asked[0], list(agreement.years))
    if not _states_quantities(frame) and not frame.years:
        raise NotApplicable  # "what share of the total cost does Korea cover" asks the documents
    spanned = _years_spanned(frame, facts) if frame.has("sum_words") and not frame.money else None
    if spanned and len(spanned) >= 3:
        # "what share of the 2014-2018 total was 2018", "... of the 2019-2022 total was 2021", "2016's slice of the
        # 9th sma's five-year total": the year named beside the span or term (again, or inside it) over every year of
        # it added up
        written = [year.year for year in frame.years if not year.relative]
        named = {y for y in written if y in spanned and (written.count(y) > 1 or y not in (frame.span or ()))}
        if len(named) == 1:
            year = named.pop()
            return _share_of_span_total(frame, _payment(year, facts, 0), facts, year, spanned)
    if not (frame.money or frame.percents) and len(found := amounts(frame, facts)) == 1 and (
            frame.has("wage") or _COST_CATEGORY.search(frame.text)):
        # "what share of the 2025 payment went to worker wages": a part the table does not break out
        raise Missing(f"The figures table does not break {found[0].words} down into what it pays for (labor, "
                      f"construction, logistics), so I cannot work out that share.")
    a, b = _two_amounts(frame, facts)
    a, b, extra, notes = _same_currency(a, b, facts, stated=_stated_rate(frame))
    if frame.has("increase_noun", "change") and not frame.money and a.record and b.record:
        return _share_of_increase(frame, a, b, extra, notes, facts)
    if frame.has("sum_words") and (named_again := _named_again(frame, a, b)):
        return _share_of_both(frame, named_again, b if named_again is a else a, extra, notes)
    if a.record is not None and a.record == b.record:  # "last year's ... by end of march 2025": one payment, no share
        raise _other_amount_missing([a])
    named_whole = [o for o in (a, b) if o.position in frame.wholes]
    if len(named_whole) == 1:  # "what percent of the 2014 payment was the 2018 payment": the whole follows "of"
        whole = named_whole[0]
        part = b if whole is a else a
    else:
        part, whole = sorted((a, b), key=lambda o: o.quantity.value)  # else a share is the smaller of the larger
    result = calc.share_of_total(part.quantity, whole.quantity)
    text = f"{part.words} is {fmt(result.result, 'percent')} of {whole.words}"
    return Resolved("share", result, text, _records(a, b) + extra, notes, _used(frame, a, b))


def _named_again(frame: Frame, a: Operand, b: Operand) -> Operand | None:
    """Of two recorded years' amounts, the one whose year the question writes twice ("of the 2025 and 2026 payments
    combined, what share is 2026's"), else None."""
    written = [year.year for year in frame.years if not year.relative]
    again = [o for o in (a, b) if o.record and o.record.figure.year and written.count(o.record.figure.year) > 1]
    return again[0] if len(again) == 1 else None


def _share_of_both(frame: Frame, part: Operand, other: Operand, extra: list, notes: list) -> Resolved:
    """'Of the 2025 and 2026 payments combined, what share is 2026's?': one amount over the two added up."""
    both = calc.sum_amounts([part.quantity, other.quantity])
    whole = Quantity(value=both.result, unit=both.unit, label=f"{part.quantity.label} + {other.quantity.label}")
    result = calc.share_of_total(part.quantity, whole)
    result = result.model_copy(update={"steps": both.steps + result.steps, "inputs": [part.quantity, other.quantity]})
    text = (f"{part.words} is {fmt(result.result, 'percent')} of it and {other.words} combined, "
            f"{say(both.result, both.unit)}")
    return Resolved("share", result, text, _records(part, other) + extra, notes, _used(frame, part, other))


def _share_of_span_total(frame: Frame, part: Operand, facts: Facts, year: int, span: list[int]) -> Resolved:
    """'What share of the 2014-2018 total was 2018?': one year's payment over the payments of every year of the span
    (or the agreement's term) added up (not over it and the first year's alone, nor the year's alone: "paid in
    2018")."""
    total = _total(replace(frame, years=tuple(y for y in frame.years if y.year != year)), facts)
    summed = total.calculation
    whole = Quantity(value=summed.result, unit=summed.unit, label=f"{span[0]}–{span[-1]} total")
    result = calc.share_of_total(part.quantity, whole)
    result = result.model_copy(update={"steps": summed.steps + result.steps, "inputs": summed.inputs})
    text = f"{part.words} is {fmt(result.result, 'percent')} of the total: {total.interpretation}"
    return Resolved("share", result, text, total.figures, total.assumptions, total.used)


def _share_of_increase(frame: Frame, a: Operand, b: Operand, extra: list, notes: list, facts: Facts) -> Resolved:
    """'What share of the 2026 payment was the increase over 2025?': the rise between two payments over the later one
    (the one year named twice, "the 2026 increase" of "the 2026 payment": its rise over the year before)."""
    earlier, later = sorted((a, b), key=lambda o: o.record.figure.year)
    if earlier.record.figure.year == later.record.figure.year:
        earlier = _payment(later.record.figure.year - 1, facts, earlier.position, later.quantity.unit)
    rise = calc.difference(earlier.quantity, later.quantity)
    part = Quantity(value=rise.result, unit=rise.unit, label=f"increase from {earlier.quantity.label} to {later.quantity.label}")
    result = calc.share_of_total(part, later.quantity)
    result = result.model_copy(update={"steps": rise.steps + result.steps, "inputs": [earlier.quantity, later.quantity]})
    text = (f"the increase from {earlier.words} to {later.words}, {say(rise.result, rise.unit)}, is "
            f"{fmt(result.result, 'percent')} of the later payment")
    return Resolved("share", result, text, _records(a, b) + extra, notes, 0)


def _furlough_counts(frame: Frame, facts: Facts, what: str) -> tuple[FigureRecord, FigureRecord]:
    """The recorded furloughed and Korean workforce head counts (the latest up to the year asked)."""
    year = frame.year_values[0] if frame.year_values else None
    part = facts.latest("furloughed", unit="people", on_or_before=year)
    whole = facts.latest("korean_workforce", unit="people", on_or_before=year)
    if part is None or whole is None:
        raise Missing(f"I read this as {what} but the table lacks one of the two head counts.")
    return part, whole


def _share_furloughed(frame: Frame, facts: Facts) -> Resolved:
    """'What share of the Korean workforce was furloughed?' (or kept working): two recorded head counts of the same
    year."""
    part, whole = _furlough_counts(frame, facts, "the share of the workforce furloughed")
    quantities = [Quantity(value=r.figure.number, unit="people", label=r.figure.text, figure=r.figure.id) for r in (part, whole)]
    used = [part, whole]
    stated = sorted([h.value for h in frame.headcounts] + list(frame.numbers))
    # "if the workforce was 9,000": more than were furloughed, the workforce; "4,500 of 9,000": the two, smaller first
    places = [0, 1] if len(stated) == 2 else [1 if value > part.figure.number else 0 for value in stated]
    for n, value in zip(places, stated):
        quantities[n] = Quantity(value=value, unit="people", label=f"{value:,} (from the question)")
        used[n] = None
    if frame.has("kept"):  # "what share kept working": those not furloughed
        kept = calc.difference(quantities[1], quantities[0])
        share = calc.share_of_total(Quantity(value=kept.result, unit="people", label="kept working"), quantities[1])
        result = share.model_copy(update={"steps": kept.steps + share.steps, "inputs": quantities})
        text = (f"of a Korean workforce of {quantities[1].value:,}, {quantities[0].value:,} were furloughed, so "
                f"{kept.result:,} kept working: {fmt(result.result, 'percent')}")
    else:
        result = calc.share_of_total(*quantities)
        text = (f"{quantities[0].value:,} furloughed of a Korean workforce of {quantities[1].value:,} is "
                f"{fmt(result.result, 'percent')}")
    return Resolved("share", result, text, [r for r in used if r], [], len(frame.headcounts) + len(frame.numbers))


def _furlough_wages(frame: Frame, facts: Facts) -> Resolved:
    """'How much in wages did furloughed workers miss if the daily wage is 100,000 won?': workers × daily wage ×
    days × the share not covered; the workers and days are the recorded furlough's unless the question gives them."""
    if not frame.money or _SAID_AS_TOTAL.match(frame.text, frame.money[0].end):
        raise NotApplicable  # a wage question without a wage ("4.86bn won in total" is no one's wage)
    wage = _stated(frame.money[0], facts, "daily wage")
    notes = []
    period = _WAGE_PERIOD.match(frame.text, frame.money[0].end)
    # "per day" asked of the loss, not the wage's own "a day"
    per_period = CUES["per_period"].search(frame.text[:period.start()] + frame.text[period.end():] if period else frame.text)
    if period and period.group(1) != "day":
        # "3 million won a month": a day's is the month's (or week's) × 12 (or 52) ÷ 365
        per_year = {"week": 52, "month": 12}[period.group(1)]
        daily = calc.divide(Quantity(value=wage.quantity.value * per_year, unit=wage.quantity.unit,
                                     label=f"{wage.words} a {period.group(1)} × {per_year}"),
                            Quantity(value=Decimal(365), unit="days", label="days in a year"))
        wage = replace(wage, quantity=Quantity(value=daily.result, unit=daily.unit, label="daily wage"),
                       words=say(daily.result, daily.unit))
        notes.append(f"took a {period.group(1)}'s wage of {say(frame.money[0].value, daily.unit)} as "
                     f"{say(daily.result, daily.unit)} a day (× {per_year} ÷ 365)")
    figures: list[FigureRecord] = []
    if frame.headcounts:
        workers = Quantity(value=frame.headcounts[0].value, unit="people", label=f"workers (from the question: {frame.headcounts[0].text})")
    elif record := facts.latest("furloughed", unit="people"):
        workers = Quantity(value=record.figure.number, unit="people", label=record.figure.text, figure=record.figure.id)
        figures.append(record)
    else:
        raise Missing("I read this as wages lost in the furlough but have no count of furloughed workers: how many?")
    stated_days = [d for d in frame.durations if d.unit == "days"]
    if stated_days:
        days = Quantity(value=stated_days[0].value, unit="days", label=f"days (from the question: {stated_days[0].text})")
    elif per_period and not frame.has("total", "sum_words", "employed"):  # "per day", not "over the whole"
        days = Quantity(value=Decimal(1), unit="days", label="one day")
    else:
        start, end = facts.event_date("furlough_start", None), facts.event_date("furlough_end", None)
        if start is None or end is None:
            raise Missing("I read this as wages lost in the furlough but not over how many days.")
        days = Quantity(value=Decimal((end[0] - start[0]).days), unit="days", label=f"furlough {start[0]} to {end[0]}",
                        figure=start[1].figure.id)
        figures += [start[1], end[1]]
    covered = Quantity(value=frame.percents[0].value if frame.percents else Decimal(0), unit="percent",
                       label=f"share covered (from the question: {frame.percents[0].text})" if frame.percents else "none covered")
    result = calc.furlough_wage_effect(workers, wage.quantity, days, covered)
    text = (f"{workers.value:,} workers at {wage.words} a day for {days.value:,} day{'s' if days.value != 1 else ''} "
            f"is {say(result.result, result.unit)} in wages not paid")
    return Resolved("furlough_wages", result, text, figures, notes,
                    _used(frame, wage) + len(frame.headcounts) + len(stated_days))


# An amount said as a sum: "4.86bn won total", "900 million won altogether", "... in all"
_SAID_AS_TOTAL = re.compile(r"\s*(?:in )?(?:total|all|altogether|combined)\b")
# The period a wage is said by: "3 million won a month", "500 dollars per week"
_WAGE_PERIOD = re.compile(r"\s*(?:a|per|each|every)\s+(day|week|month)\b")


def _kept_working(frame: Frame, facts: Facts) -> Resolved:
    """'How many Korean workers kept working during the furlough?': the workforce less those furloughed."""
    if frame.headcounts:
        raise NotApplicable  # counts stated in the question: a plain difference
    if frame.unexplained:
        raise NotApplicable  # "how many employees in critical jobs were exempt": a group the records do not count
    furloughed, workforce = _furlough_counts(frame, facts, "the workers not furloughed")
    quantities = [Quantity(value=r.figure.number, unit="people", label=r.figure.text, figure=r.figure.id)
                  for r in (workforce, furloughed)]
    result = calc.difference(*quantities)
    notes = [f"another source gives a workforce of {a.figure.number:,} ({a.figure.id})" for a in facts.alternatives(workforce)]
    text = (f"of a Korean workforce of {workforce.figure.number:,}, {furloughed.figure.number:,} were furloughed, so "
            f"{result.result:,} kept working")
    return Resolved("difference", result, text, [workforce, furloughed], notes, 0)


def _complement(frame: Frame, facts: Facts) -> Resolved:
    if frame.money or frame.years and frame.has("pay", "how_much"):
        raise NotApplicable  # "the 2025 payment less 10%, what's left" is a cut, not the rest of a share
    figures = []
    if frame.percents:
        share = Quantity(value=frame.percents[0].value, unit="percent", label=f"share (from the question: {frame.percents[0].text})")
    elif frame.has("wage") and not frame.has("share", "percent_asked", "percent_word"):
        raise NotApplicable  # "how many workers didn't get their wages": no share asked, so not the rest of Seoul's
    elif frame.has("wage") and (record := facts.latest("wage_share_pct")):
        share = Quantity(value=record.figure.number, unit="percent", label=record.figure.text, figure=record.figure.id)
        figures.append(record)
    else:
        raise Missing("I read this as the rest of a share but found no share: what percentage is covered?")
    result = calc.complement(share)
    text = f"if {fmt(share.value, 'percent')} is covered, the rest is {fmt(result.result, 'percent')}"
    return Resolved("complement", result, text, figures, [], len(frame.percents))


# A sum asked per one of those furloughed ("each furloughed worker", "per furloughed employee")
_EACH_FURLOUGHED = re.compile(r"\b(?:each|every|per|a|one) furloughed\b")


def _per_head(frame: Frame, facts: Facts) -> Resolved:
    if not (frame.money or frame.headcounts or frame.has("pay", "troops", "workers")) and frame.unexplained:
        raise _no_amount("an amount per person")  # "the per-head price of the checkup in the 2025 screening"
    amount = _one_amount(frame, facts, "an amount per person", people=False)
    figures = _records(amount)
    assumptions, part = [], None
    if frame.factor is not None and (at := frame.text.find(frame.factor_text or "")) >= 0 and (
            0 <= amount.position - (at + len(frame.factor_text)) <= 12):
        # "if 70% of 2026 goes to wages, per worker": that part of the amount, then per head
        part = calc.apply_multiple(amount.quantity, _stated_factor(frame))
        amount = replace(amount, quantity=Quantity(value=part.result, unit=part.unit,
                                                   label=f"{frame.factor_text} {amount.quantity.label}"),
                         words=f"{frame.factor_text} {amount.words} ({say(part.result, part.unit)})")
    if frame.headcounts:
        h = frame.headcounts[0]
        heads = Quantity(value=h.value, unit="people", label=f"{h.group} (from the question: {h.text})")
        who = h.group
    else:
        who = "workers" if frame.has("workers") else "troops"
        if who == "troops":
            measure = "troops"
        else:  # "how much did each furloughed worker get": those furloughed, not the whole workforce
            measure = "furloughed" if _EACH_FURLOUGHED.search(frame.text) else "korean_workforce"
        year = frame.year_values[0] if frame.year_values else None
        record = facts.latest(measure, unit="people", on_or_before=year) or facts.latest(measure, unit="people")
        if record is None:
            raise Missing(f"I read this as an amount per {who[:-1]} but have no head count: how many?")
        heads = Quantity(value=record.figure.number, unit="people", label=record.figure.text, figure=record.figure.id)
        figures.append(record)
        assumptions.append(f"used the recorded {who} figure of {record.figure.number:,} ({record.figure.as_of or record.figure.year})")
    result = calc.per_head(amount.quantity, heads)
    if part:  # the part worked out first, from the amount as recorded
        result = result.model_copy(update={"steps": part.steps + result.steps,
                                           "inputs": part.inputs + result.inputs[1:]})
    text = f"{amount.words} for {heads.value:,} {who} is {say(result.result, result.unit)} per head"
    if frame.has("per_period"):  # "per soldier per month": each head's share over the year's months
        each = Quantity(value=result.result, unit=result.unit, label=f"{amount.quantity.label} per head")
        period, text, notes = _over_period(frame, each, f"{text}, which")
        result = period.model_copy(update={"steps": result.steps + period.steps, "inputs": result.inputs + period.inputs[1:]})
        assumptions += notes
    result, text, used = _in_asked_currency(frame, facts, result, f"{amount.quantity.label} per head", text, figures,
                                            assumptions, _used(frame, amount) + len(frame.headcounts))
    return Resolved("per_head", result, text, figures, assumptions, used)


def _per_counted(frame: Frame, facts: Facts) -> Resolved:
    """'Inspectors found 14 violations and fined the firm 42m won - how much per violation?': the question's one sum
    over its count of the things asked per."""
    counted = per_counted(frame.text) if len(frame.money) == 1 else None
    if counted is None or counted[1] <= 0:
        raise NotApplicable  # "what did the gym cost per square meter": the documents' sum and area
    things, count = counted
    amount = _stated(frame.money[0], facts, "amount")
    result = calc.divide(amount.quantity, Quantity(value=count, unit=f"{things}s",
                                                   label=f"{count} (from the question)"))
    text = f"{amount.words} over {count:,} is {say(result.result, result.unit)} per {things}"
    return Resolved("per_unit", result, text, _records(amount), [], 2)


def _product(frame: Frame, facts: Facts) -> Resolved:
    """'3,000 workers furloughed for 60 days: how many worker-days?': a head count times a length of time."""
    if len(frame.headcounts) != 1 or len(frame.durations) != 1 or frame.money:
        raise NotApplicable  # a total of amounts, or of a yearly amount, is another operation
    h, d = frame.headcounts[0], frame.durations[0]
    heads = Quantity(value=h.value, unit="people", label=f"{h.group} (from the question: {h.text})")
    length = Quantity(value=d.value, unit=d.unit, label=f"{d.unit} (from the question: {d.text})")
    result = calc.product(heads, length, d.unit)
    text = f"{h.value:,} {h.group} for {d.value:,} {d.unit} is {result.result:,} {h.group[:-1]}-{d.unit}"
    return Resolved("product", result, text, [], [], 2)


def _convert(frame: Frame, facts: Facts) -> Resolved:
    # a year's payment, or one of an agreement's years ("the final-year contribution under the previous agreement",
    # "the 10th sma payment")
    of_a_year = bool(frame.years) or bool(frame.agreement and _years_named(frame, facts))
    # ... asked in another currency with a rate, or without one where the year's payment is recorded, but not in it
    # ("the 2028 payment in usd": no payment of 2028 is recorded; the lookup says so, with the rule's range)
    unrecorded = frame.measure == "payment" and frame.target_unit is not None and frame.years and not any(
        facts.payment(year, frame.target_unit) for year in frame.year_values) and all(
        facts.payment(year) for year in frame.year_values)
    if not frame.money and frame.measure == "payment_increase_amount" and frame.target_unit and frame.rates:
        return _rise_converted(frame, facts)  # "the 2026 increase over 2025 in won, at 1,380/$, in dollars"
    named_payment = of_a_year and frame.has("pay", "how_much") and (frame.has("convert", "rate_given") or unrecorded)
    if not frame.money and not named_payment and (frame.years or frame.agreement or frame.measure):
        raise NotApplicable  # "the 2026 payment in dollars" asks for a recorded figure in that currency
    if frame.has("than", "compare", "ratio") and len(frame.money) + len(frame.year_values) >= 2:
        raise NotApplicable  # "at 1,300 won per dollar, how far short of $10bn is the 2026 payment": a comparison
    if frame.factor is not None and frame.has("times"):
        raise NotApplicable  # "half of the 2026 payment in dollars": the multiple, then converted
    if not frame.money and frame.measure == "wage_funding":
        raise NotApplicable  # "seoul paying the staff wages through 2020, how much in dollars": that record
    amount = _one_amount(frame, facts, "a currency conversion")
    if amount.quantity.unit not in ("KRW", "USD") or frame.target_unit == amount.quantity.unit:
        raise Missing(f"{amount.words} is already in {amount.quantity.unit}: into which currency should I convert it?")
    target = "USD" if amount.quantity.unit == "KRW" else "KRW"
    figures, assumptions = _records(amount), []
    rate, record = _rate_to_use(frame, facts, "a currency conversion")
    if record:
        figures.append(record)
        assumptions.append(_recorded_rate_note(record))
    result = calc.convert(amount.quantity, rate, target)
    text = f"{amount.words} at {rate.value.normalize():,f} won per dollar is {say(result.result, target)}"
    return Resolved("convert", result, text, figures, assumptions, _used(frame, amount) + len(frame.rates))


def _rise_converted(frame: Frame, facts: Facts) -> Resolved:
    """A year's rise in won (over the year before, or between the two years named) in the currency asked, at the
    question's rate."""
    a, b = _over_the_year_before(frame, facts) or _two_amounts(frame, facts)
    (smaller, larger), figures, notes = sorted((a, b), key=lambda o: o.quantity.value), _records(a, b), []
    result = calc.difference(larger.quantity, smaller.quantity)
    text = f"{larger.words} is {say(result.result, result.unit)} more than {smaller.words}"
    result, text, used = _in_asked_currency(frame, facts, result, "the rise", text, figures, notes, _used(frame, a, b))
    return Resolved("convert", result, text, figures, notes, used)


_EVENTS = ("signed", "initialled", "concluded", "ratified", "in_force")


def _days_between(frame: Frame, facts: Facts) -> Resolved:
    points: list[tuple[dt.date, str, FigureRecord | None]] = [(d.date, d.date.isoformat(), None) for d in frame.dates
                                                                if not d.month_only]
    agreement = _agreement(frame, facts)
    counted = []
    premise = None
    if frame.has("furlough", "start") and frame.asks == "duration" and len(frame.dates) == 1 and (
            started := facts.event_date("furlough_start", None)) and not frame.dates[0].names(started[0]):
        # "usfk started furloughing staff on march 1 2020 -- how long did it last": the start put right
        said = f"in {frame.dates[0].date:%B %Y}" if frame.dates[0].month_only else f"{frame.dates[0].date:%-d %B %Y}"
        premise = f"the furlough started on {started[0]:%-d %B %Y}, not {said}"
        points = []
    reference = frame.has("at_the_time")  # "... left till the expiry when the hearing was held": that day, not today
    if frame.has("furlough") and len(points) < 2 and not reference:
        for measure in ("furlough_start", "furlough_end"):
            if found := facts.event_date(measure, None):
                points.append((found[0], measure.replace("_", " "), found[1]))
        if frame.has("two_questions") and frame.has("workers") and (record := facts.latest("furloughed", unit="people")):
            counted = [record]  # "how many workers were furloughed, and for how many days": both parts
    elif len(points) < 2:
        if agreement is None and frame.agreement is None and not points:  # (a date of its own: not of the SMA)
            # (nor "the end of the 6th round": a round's, not the current agreement's end)
            agreement = facts.current_agreement(frame.today) if frame.has("expire", "start") and not frame.has(
                "rounds") else None
        for measure in (*_EVENTS, "term_end", "term_start"):
            cue = {"term_end": "expire", "term_start": "start"}.get(measure, measure)
            if measure == "term_start" and frame.has("then_started"):
                continue  # "... when the furlough started": the furlough's start, not the agreement's
            if frame.has(cue) and agreement is not None and (found := facts.event_date(measure, agreement)):
                words = {"term_end": "expiry", "term_start": "start", "in_force": "entry into force"}.get(measure, measure)
                points.append((found[0], f"the {ordinal(agreement.number)} SMA's {words}", found[1]))
    # a date stated that is an event's too ("from april 1 till they went back": the furlough's start) is counted once
    points = [point for i, point in enumerate(points) if all(point[0] != later[0] for later in points[i + 1:])]
    if reference:
        for measure, cue in (("furlough_start", "then_started"), ("furlough_end", "then_ended")):
            if frame.has(cue) and (found := facts.event_date(measure, None)):
                points.append((found[0], measure.replace("_", " "), found[1]))
        if len(points) < 2:
            raise NotApplicable  # the event it is counted from is a document's to date
    if not points and frame.has("talks", "rounds"):
        raise NotApplicable  # "how long did it take to negotiate the 11th SMA": the table dates no talks; the documents may
    if len(points) == 1 and an_event_undated(frame.text):
        raise NotApplicable  # "how many days after the oct 4 2007 declaration did the trains start": a document's event
    if len(points) == 1:
        points.insert(0, (frame.today, "today", None))
    if len(points) < 2:
        raise Missing("I read this as a count of days but found fewer than two dates: between which dates or events?")
    (start, start_label, r1), (end, end_label, r2) = sorted(points[:2], key=lambda p: p[0])
    figures = [r for r in (r1, r2) if r is not None]
    result = calc.days_between(start, end, start_label, end_label,
                               [Quantity(value=Decimal((end - start).days), unit="days", label=f"{start} to {end}",
                                         figure=figures[0].figure.id if figures else None)])
    text = f"from {start_label} ({start:%-d %B %Y}) to {end_label} ({end:%-d %B %Y}) is {result.result:,} days"
    if frame.has("weekdays_asked"):  # "how many working days was the furlough"
        result = calc.weekdays_between(result, start, end)
        text += f", {result.result} of them Monday to Friday (public holidays not taken out)"
    elif unit := next((u for u in ("weeks", "months") if frame.has(f"{u}_asked")), None):
        result = calc.in_longer_unit(result, unit)  # "how many weeks did the furlough last"
        text += f", {fmt(result.result, unit)}"
    claimed = [d for d in frame.durations if d.unit in _DAYS_IN]
    if claimed and premise is None and frame.has("confirm", "claim_tag") and abs(
            claimed[0].value * _DAYS_IN[claimed[0].unit] - (end - start).days) > Decimal("0.1") * (end - start).days:
        premise = f"it lasted {(end - start).days} days, not {claimed[0].text}"  # "the furlough lasted 3 months right"
    if counted:
        f = counted[0].figure
        text = f"{f.text[0].lower()}{f.text[1:].rstrip('.')}; {text}"
    return Resolved("days_between", result, text, figures + counted, [], len(frame.dates), premise)


# Days in a length of time a question states, to check it against two recorded dates
_DAYS_IN = {"days": Decimal(1), **calc.DAYS_IN}


def _total(frame: Frame, facts: Facts) -> Resolved:
    if frame.percents and frame.has("every_year", "projection") and not frame.has("sum_words"):
        raise NotApplicable  # "grow 3% a year over 5 years" asks where it ends (compound), not a sum
    years = [d for d in frame.durations if d.unit == "years"]
    if frame.money and years and not (frame.percents and frame.has("every_year", "projection")):
        amount = _stated(frame.money[0], facts, "annual amount")
        n = Quantity(value=years[0].value, unit="years", label=f"years (from the question: {years[0].text})")
        result = calc.total_over_years(amount.quantity, n)
        text = f"{amount.words} a year for {years[0].value} years is {say(result.result, result.unit)} in total"
        return Resolved("total", result, text, _records(amount), [], 2)
    if len(frame.money) >= 2:
        stated = [_stated(m, facts, "amount") for m in frame.money]
        result = calc.sum_amounts([o.quantity for o in stated])
        return Resolved("total", result, f"{' + '.join(o.words for o in stated)} is {say(result.result, result.unit)}",
                        _records(*stated), [], len(stated))
    # "the 9th SMA total for 2014": that year's, not the agreement's sum
    one_year = frame.agreement and not frame.span and len(frame.year_values) == 1 and re.search(
        rf"\b(for|in) {frame.year_values[0]}\b", frame.text)
    span = frame.year_values if one_year else _years_spanned(frame, facts)
    if span is None and (frame.measure and frame.measure != "payment" or len(content_words(frame.text) - _TOTAL_WORDS) > 2):
        raise NotApplicable  # "the total Korean staff in 2018", "Korea's total defense budget": not a sum to make
    if span is None:
        raise Missing("I read this as a total but not of what: which amounts, years or agreement?")
    if (before := span[0] - 1) in years_included(frame.text):  # "2027-30 at the cap, 2026 included": 2026 counted too
        span = [before, *span]
    if frame.percents and frame.has("every_year", "projection"):
        return _projected_total(frame, facts, span)
    if frame.has("cap") and any(y > frame.today.year and not facts.payment(y) for y in span):
        return _total_at_cap(frame, facts, span)
    operands = _recorded_payments(span, facts, frame.today, "the total paid")
    result = calc.sum_amounts([o.quantity for o in operands])
    alternatives = [a for o in operands if o.record for a in facts.alternatives(o.record)]
    years = _years_said(span, frame)
    notes = [f"summed the yearly payments for {years}"] * (len(span) > 1) + [
        f"another source gives {say(a.figure.number, a.figure.unit)} for {a.figure.year} ({a.figure.id})" for a in alternatives]
    text = (f"the payments for {years} add up to {say(result.result, result.unit)}" if len(span) > 1 else
            f"the total for {years} is its payment, {say(result.result, result.unit)}")
    figures = _records(*operands)
    result, text, used = _in_asked_currency(frame, facts, result, f"total paid in {years}", text, figures, notes, 0)
    return Resolved("total", result, text, figures, notes, used)


# The year an amount is said of, just before it ("2026's 1.52tn", "the 2026 base of 1,519.2bn") or just after it
# ("1,519.2bn for 2026", "the 1.52tn 2026 base"); not the first year of a span ("1.52tn 2027-2030")
_YEAR_BEFORE_AMOUNT = re.compile(r"\b((?:19|20)\d\d)(?:'s|s)?\s+(?:(?:payment|figure|amount|level|number|base|total)"
                                 r"\s+(?:of\s+|at\s+)?)?(?:of\s+|at\s+)?$")
_YEAR_AFTER_AMOUNT = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:for\s+|in\s+)?((?:19|20)\d\d)\b"
                                r"(?!\s*(?:-|to|through|thru|until)\s*\d)")


def _year_of_amount(frame: Frame, money: Money) -> int | None:
    """The year an amount the question states is said of, if it comes before every other year named (the year
    grown from): None when no year is said with it."""
    m = _YEAR_BEFORE_AMOUNT.search(frame.text, 0, money.start) or _YEAR_AFTER_AMOUNT.match(frame.text, money.end)
    year = int(m.group(1)) if m else None
    return year if year is not None and year <= min(frame.year_values, default=year) else None


# "$1 billion a year", "an annual $3 billion": the amount stated is already a year's
_YEARLY_AFTER = re.compile(r"\s*(?:(?:a|per|each|every) (?:year|yr)\b|annually\b|yearly\b|per annum\b|/ ?yr?\b)")
_YEARLY_BEFORE = re.compile(r"\b(?:annual|yearly|a year's|per-year)\s+(?:[\w']+\s+)?$")


def _per_year_of_total(frame: Frame, facts: Facts) -> Resolved:
    """'$50 billion spread over 10 years, how much a year?': a total over several years, per year (in the currency
    asked for, at the question's or the recorded exchange rate)."""
    years = [d for d in frame.durations if d.unit == "years"]
    if len(frame.money) != 1 or not years or years[0].value <= 0:
        raise NotApplicable  # two amounts over years are growth between them, not one total spread
    money = frame.money[0]
    if _YEARLY_AFTER.match(frame.text, money.end) or _YEARLY_BEFORE.search(frame.text, 0, money.start):
        raise NotApplicable  # "$1 billion a year for 5 years": a yearly amount, whose total is asked
    amount = _stated(money, facts, "total")
    n = Quantity(value=years[0].value, unit="years", label=f"years (from the question: {years[0].text})")
    result = calc.divide(amount.quantity, n)
    figures, notes, used = _records(amount), [], 2
    text = f"{amount.words} over {years[0].value} years is {say(result.result, result.unit)} a year"
    result, text, used = _in_asked_currency(frame, facts, result, f"{amount.quantity.label} per year", text, figures,
                                            notes, used)
    return Resolved("per_period", result, text, figures, notes, used)


def _in_asked_currency(frame: Frame, facts: Facts, result: Calculation, label: str, text: str,
                       figures: list[FigureRecord], notes: list[str], used: int) -> tuple[Calculation, str, int]:
    """A result in the currency the question asks for, at its stated rate or else the recorded one (which is added
    to the figures, with a note), and the text saying so; as it is when no other currency is asked."""
    target = frame.target_unit
    if not target or target == result.unit or result.unit not in ("KRW", "USD"):
        return result, text, used
    rate, record = _rate_to_use(frame, facts, "an amount in another currency")
    if record:
        figures.append(record)
        notes.append(_recorded_rate_note(record))
    else:
        used += 1  # the question's rate
    converted = calc.convert(Quantity(value=result.result, unit=result.unit, label=label), rate, target)
    result = converted.model_copy(update={"steps": result.steps + converted.steps, "inputs": result.inputs + [rate]})
    text += f", which at {rate.value.normalize():,f} won per dollar is {say(result.result, result.unit)}"
    return result, text, used


def _years_spanned(frame: Frame, facts: Facts) -> list[int] | None:
    """The years a total or an average runs over (less those the question leaves out: "skip 2016"): a span, an
    agreement's years (or its first or last ones), or the years named."""
    years = _years_running(frame, facts)
    if years and frame.has("to_date"):  # "how much has korea paid under the 12th sma so far": until this year
        years = [year for year in years if year <= frame.today.year]
    return [year for year in years if year not in frame.left_out] if years else years


def _years_said(years: list[int], frame: Frame) -> str:
    """'2014–2019' (less those left out: 'leaving out 2016'), or the years one by one: '2019 and 2021'."""
    if len(years) > 1 and (frame.left_out or years == list(range(years[0], years[-1] + 1))):
        return f"{years[0]}–{years[-1]}{_leaving_out(frame)}"
    return " and ".join(map(str, years)) if len(years) <= 2 else f"{', '.join(map(str, years[:-1]))} and {years[-1]}"


def _leaving_out(frame: Frame) -> str:
    """' leaving out 2016' when the question leaves years out of a total or an average, else nothing."""
    return f" leaving out {', '.join(map(str, frame.left_out))}" if frame.left_out else ""


def _years_running(frame: Frame, facts: Facts) -> list[int] | None:
    agreement = _agreement(frame, facts)
    if agreement is not None and frame.has("whole_term"):
        return list(agreement.years)  # "if the cap binds 2027-2030, the most over the full term of the 12th SMA"
    if frame.span:
        return list(range(frame.span[0], frame.span[1] + 1))
    if len(frame.year_values) >= 2 and not (frame.agreement and frame.agreement.position):
        # "2019, 2020 and 2021 (those straddle the 10th and 11th deals)": the years listed (not "its first three")
        return sorted(frame.year_values)
    if agreement is not None:
        return list(agreement.years if not (frame.agreement and frame.agreement.position) else facts.years_asked(
            replace(frame, years=()), [agreement]))
    return None


def _recorded_payments(span: list[int], facts: Facts, today: dt.date, what: str) -> list[Operand]:
    """Every year's recorded payment, or Missing naming the years the table does not record or are not fixed yet."""
    future = [y for y in span if y > today.year and not facts.payment(y)]
    missing = [y for y in span if not facts.payment(y) and y not in future]
    if future or missing:
        parts = []
        if missing:
            parts.append(f"the figures table has no recorded payment for {', '.join(map(str, missing))}")
        if future:
            parts.append(f"the payments for {', '.join(map(str, future))} are not fixed yet")
        raise Missing(f"I read this as {what} in {span[0]}–{span[-1]}, but {' and '.join(parts)}, so I cannot "
                      f"work it out exactly.")
    return [_payment(y, facts, 0) for y in span]


def _mean(frame: Frame, facts: Facts) -> Resolved:
    """'The average yearly payment under the 9th SMA': the recorded payments of those years, averaged."""
    if len(frame.money) >= 2:
        operands = [_stated(m, facts, "amount") for m in frame.money]
        used, what = len(operands), " and ".join(o.words for o in operands)
    elif frame.measure not in (None, "payment"):
        raise NotApplicable  # "the average number of troops" is a recorded count
    else:
        span = _years_spanned(frame, facts)
        if span is None:
            raise Missing("I read this as an average but not of which years: which agreement or years?")
        operands = _recorded_payments(span, facts, frame.today, "the average payment")
        used, what = 0, f"the yearly payments for {_years_said(span, frame)}"
    result = calc.mean([o.quantity for o in operands])
    text = f"{what} average {say(result.result, result.unit)}"
    alternatives = [a for o in operands if o.record for a in facts.alternatives(o.record)]
    notes = [f"another source gives {say(a.figure.number, a.figure.unit)} for {a.figure.year} ({a.figure.id})"
             for a in alternatives]
    figures = _records(*operands)
    result, text, used = _in_asked_currency(frame, facts, result, f"the average of {what}", text, figures, notes, used)
    return Resolved("mean", result, text, figures, notes, used)


def _point_difference(frame: Frame, facts: Facts) -> Resolved:
    """'How many percentage points bigger was the 2021 increase than 2022's?': the gap between two percentages,
    stated or recorded as yearly increases."""
    named = [(Quantity(value=p.value, unit="percent", label=f"percentage (from the question: {p.text})"), p.text)
             for p in frame.percents[:2]]
    records = []
    for year in _years_named(frame, facts):
        if len(named) == 2:
            break
        record = facts.primary("payment_increase_pct", year=year)
        if record is None or record.figure.number is None:
            raise Missing(f"I read this as a gap in percentage points but the table records no increase for {year}.")
        records.append(record)
        named.append((Quantity(value=record.figure.number, unit="percent", label=f"{year} increase",
                               figure=record.figure.id), f"the {year} increase ({fmt(record.figure.number, 'percent')})"))
    if len(named) < 2:
        raise Missing("I read this as a gap in percentage points but need two percentages (or two years' increases).")
    result = calc.point_difference(named[0][0], named[1][0])
    (_, high), (_, low) = sorted(named, key=lambda n: -n[0].value)
    text = f"{high} is {fmt(result.result, result.unit)} above {low}"
    return Resolved("point_difference", result, text, records, [], len(frame.percents[:2]))


_TOTAL_WORDS = frozenset({"total", "sum", "add", "altogether", "combined", "all", "overall", "what's", "whats"})


def _projected_total(frame: Frame, facts: Facts, span) -> Resolved:
    """'If the payment grows 3% a year from 2026, what is the total over the 12th SMA?': the projection's years added
    up ('2027 to 2030 at 5% a year': grown from the last recorded payment before them, which is not counted; from an
    amount stated with its year, "2026's 1.52tn", grown from that, counted only if the span includes its year)."""
    said = _year_of_amount(frame, frame.money[0]) if frame.money else None
    if said is not None:
        base, base_year = _stated(frame.money[0], facts, "base amount"), said
        span = [year for year in span if year >= said]
    else:
        base, base_year = _grown_from(frame, facts, span[0])
    p = frame.percents[0]
    result = _projected_sum(base, list(range(base_year, span[-1] + 1)), p, first=span[0])
    text = (f"{base.words} growing {fmt(p.value, 'percent')} a year adds up to {say(result.result, result.unit)} "
            f"over {span[0]}–{span[-1]}")
    return Resolved("total", result, text, _records(base), ["each later year is a projection, not a recorded payment"], 1)


def _total_at_cap(frame: Frame, facts: Facts, span: list[int]) -> Resolved:
    """'At most how much could Korea pay over 2026-2030 under the cap?': the recorded payments, then each later year
    grown at the agreement's cap from the last recorded one: the most the rule allows, not a forecast."""
    agreement = facts.agreement_for_year(span[-1])
    if agreement is None or span[0] < agreement.first_year:
        raise Missing(f"I read this as the most payable under a cap over {span[0]}–{span[-1]}, but those years are not "
                      "all under one agreement's cap: which agreement's years?")
    recorded = [y for y in span if facts.payment(y)]
    grown_from = recorded[-1] if recorded else None
    if not recorded and span[0] > frame.today.year:  # "2027-2030 at the cap": grown from 2026, which is not counted
        grown_from = _grown_from(frame, facts, span[0])[1]
    elif not recorded or recorded != span[: len(recorded)]:
        raise Missing(f"I read this as the most payable under the cap over {span[0]}–{span[-1]}, but the figures table "
                      f"has no payment in {span[0]} to grow from.")
    rate, figures = _rate_percent(frame, facts, agreement)
    base = _payment(grown_from, facts, 0)
    earlier = [_payment(y, facts, 0) for y in recorded[:-1]]
    projected = _projected_sum(base, list(range(grown_from, span[-1] + 1)), rate, first=span[0])
    result = projected
    if earlier:
        total = calc.sum_amounts([o.quantity for o in earlier] + [Quantity(value=projected.result, unit=projected.unit,
                                                                           label=f"{grown_from}–{span[-1]} at the cap")])
        result = total.model_copy(update={"steps": projected.steps + total.steps})
    text = (f"from {base.words}, growing at the cap of {fmt(rate.value, 'percent')} a year, the payments for "
            f"{span[0]}–{span[-1]} add up to at most {say(result.result, result.unit)}")
    return Resolved("total", result, text, _records(*earlier, base) + figures,
                    [f"{grown_from + 1}–{span[-1]} are projections at the cap (the most the rule allows), not recorded "
                     "payments"], 0)


def _grown_from(frame: Frame, facts: Facts, first: int) -> tuple[Operand, int]:
    """The payment a projection from a year grows from, and its year: that year's, or for a year to come with none
    recorded, the last recorded before it ("2027 to 2030 at 5% a year": from 2026)."""
    year = first if facts.payment(first) or first <= frame.today.year else _last_recorded_before(facts, first)
    return _payment(year, facts, 0), year


def _projected_sum(base: Operand, span, p, first: int | None = None) -> Calculation:
    """The base year's amount and each later year's projection at p, added up (from the year `first`, if given)."""
    rate = p if isinstance(p, Quantity) else Quantity(value=p.value, unit="percent", label=f"rate (from the question: {p.text})")
    projection = calc.project(base.quantity, span[0], span[-1], rate)
    yearly = [Quantity(value=value, unit=base.quantity.unit, label=f"{year} (projected)" if i else f"{year} payment",
                       figure=base.quantity.figure if not i else None)
              for i, (year, value) in enumerate(projection.table) if first is None or int(year) >= first]
    result = calc.sum_amounts(yearly)
    return result.model_copy(update={"steps": projection.steps + result.steps,
                                     "expression": f"sum of {projection.expression}, year by year"})


def _rate_scenarios(frame: Frame, facts: Facts) -> Resolved:
    """'How much more over 2026-2030 at 5% a year instead of 3%?': the two projections' totals (or end years) apart."""
    if len(frame.percents) < 2:
        raise NotApplicable
    agreement = _agreement(frame, facts)
    span = _years_spanned(frame, facts) or (
        [frame.year_values[0]] if len(frame.year_values) == 1 and not frame.durations  # "in 2028 at 1% rather than 4%"
        else [frame.year_values[0], _horizon(frame, frame.year_values[0])] if frame.years else None)
    if span is None:
        raise Missing("I read this as two growth rates compared, but not over which years: from which year to which?")
    span = list(range(span[0], span[-1] + 1))
    base, base_year = _grown_from(frame, facts, span[0])
    if span[-1] <= base_year:  # (one year to come is grown from the last recorded: "2028 at 1% rather than 4%")
        raise Missing("I read this as two growth rates compared, but over a single year.")
    high, low = sorted(frame.percents[:2], key=lambda p: -p.value)
    if frame.has("total", "sum_words") or frame.span or agreement is not None:
        grown = list(range(base_year, span[-1] + 1))
        a, b = (_projected_sum(base, grown, p, first=span[0]) for p in (high, low))
        what = f"in total over {span[0]}–{span[-1]}"
    else:
        project = lambda p: calc.project(base.quantity, base_year, span[-1], Quantity(  # noqa: E731
            value=p.value, unit="percent", label=f"rate (from the question: {p.text})"))
        a, b = project(high), project(low)
        what = f"in {span[-1]}"
    result = calc.difference(Quantity(value=a.result, unit=a.unit, label=f"at {high.text}"),
                             Quantity(value=b.result, unit=b.unit, label=f"at {low.text}"))
    result = result.model_copy(update={"steps": a.steps + b.steps + result.steps})
    # said the way the question puts it: "2% a year instead of 5%" is less, "5% instead of 3%" more
    first, second, word = (low, high, "less") if frame.percents[0] is low else (high, low, "more")
    text = (f"from {base.words}, growth of {fmt(first.value, 'percent')} a year instead of {fmt(second.value, 'percent')} "
            f"means {say(result.result, result.unit)} {word} {what} ({say(a.result, a.unit)} at "
            f"{fmt(high.value, 'percent')} against {say(b.result, b.unit)} at {fmt(low.value, 'percent')})")
    return Resolved("scenarios", result, text, _records(base), ["later years are projections, not recorded payments"], 2)


OPERATIONS: tuple[Operation, ...] = (
    Operation("days_between", (("days",),), _days_between),
    Operation("repeat_rise", (("same_rise",),), _repeat_rise),
    Operation("cagr", (("cagr",),), _cagr, recorded="average_increase_pct"),
    Operation("back_solve", (("back_solve",),), _back_solve),
    Operation("ratio", (("ratio",),), _ratio),
    Operation("per_head", (("per_head",),), _per_head),
    Operation("per_unit", (("per_counted",),), _per_counted, excludes=("per_head",)),
    Operation("per_period", (("per_period",),), _per_period, excludes=("per_head", "service_pay")),
    Operation("years_to_reach", (("reach",), ("percent_given", "cap")), _years_to_reach),
    Operation("convert", (("convert", "target", "rate_given"),), _convert,
              excludes=("per_head", "per_period", "difference", "ratio", "share", "total", "mean")),
    Operation("complement", (("complement",), ("percent_given", "wage")), _complement, excludes=("days",)),
    Operation("furlough_wages", (("furlough",), ("wage", "per_period")), _furlough_wages, excludes=("service_pay",)),
    Operation("kept_working", (("kept",), ("furlough",)), _kept_working,
              excludes=("percent_given", "percent_asked", "share", "days")),
    Operation("share", (("share",),), _share, excludes=("times", "points"), recorded="wage_share_pct"),
    Operation("point_difference", (("points",),), _point_difference),
    Operation("mean", (("mean",),), _mean, excludes=("cagr", "share")),
    Operation("product", (("product",),), _product, excludes=("share", "per_head", "per_period")),
    Operation("total", (("total",),), _total, excludes=("share", "total_change", "asks_list", "cagr")),
    Operation("per_period", (("total",), ("every_year",)), _per_year_of_total,
              excludes=("share", "percent_given", "cagr")),
    Operation("scenarios", (("every_year", "projection", "raise", "increase_word", "cap"), ("instead",)),
              _rate_scenarios),
    Operation("counterfactual", (("counterfactual",), ("percent_given", "cap")), _counterfactual,
              excludes=("cagr", "back_solve", "points", "reach")),
    # "the biggest won increase 2027 could see over 2026 under the cap": the rise at the cap
    Operation("compound", (("at_cap",), ("cap",), ("difference", "delta")), _compound,
              excludes=("cagr", "back_solve", "points", "reach", "allowed", "sum_words")),
    Operation("compound", (("every_year", "projection", "inflation_rate", "cap_stated", "rates_by_year"),
                           ("percent_given", "cap", "projection")),
              _compound, excludes=("cagr", "back_solve", "points", "reach", "allowed", "sum_words")),
    Operation("apply_percent", (("raise", "cut"), ("percent_given", "percent_word")), _apply_percent,
              excludes=("percent_asked", "back_solve", "every_year", "points", "allowed", "inflation_rate")),
    Operation("multiple", (("times",),), _multiple, excludes=("ratio", "per_head")),
    Operation("percent_change", (("percent_asked",), ("change", "more_less", "than", "compare", "difference")), _percent_change,
              excludes=("share", "points", "cagr"), decisive=False),
    # "what cpi rate got applied to set the 2016 payment": the year's rise over the year before
    Operation("percent_change", (("rate_applied",),), _percent_change, excludes=("share", "points", "cagr"),
              decisive=False),
    Operation("difference", (("difference", "than", "compare", "total_change"),), _difference,
              excludes=("percent_asked", "ratio", "points"),
              decisive=False),
)


# The operations whose result is a year, the one kind of calculation a "when" or "what year" question asks for
# (not "the original plan was to finish by 2005 - what year did it finally end": no amount is worked back).
GIVES_A_YEAR = frozenset({"years_to_reach"})


def candidate_operations(frame: Frame) -> list[Operation]:
    """Operations whose cues the frame matches and whose result is what it asks for, most specific (most cue
    groups) first."""
    return sorted((o for o in OPERATIONS if o.matches(frame) and (frame.asks != "date" or o.name in GIVES_A_YEAR)),
                  key=lambda o: -len(o.cues))


def choose(frame: Frame, facts: Facts) -> tuple[Resolved | None, Missing | None]:
    """The most specific matching operation that resolves; else the first one's reason for not resolving."""
    resolved, first_missing = [], None
    for operation in candidate_operations(frame):
        try:
            resolved.append((len(operation.cues), operation.build(frame, facts)))
        except NotApplicable:
            continue
        except Missing as exc:
            exc.decisive, exc.recorded = operation.decisive, operation.recorded
            first_missing = first_missing or exc
        except (ValueError, ArithmeticError) as exc:
            first_missing = first_missing or Missing(f"I cannot calculate that: {exc}.")
    if resolved:
        return max(resolved, key=lambda item: (item[0], item[1].used))[1], None
    return None, first_missing
