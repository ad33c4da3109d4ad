"""Answers built from the structured figures table and from calculations, with their evidence cited."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from itertools import combinations

from bot.answer.models import Answer, Citation
from bot import calculator
from bot.calculator import Quantity, fmt
from bot.figures import POSITIONS, Evidence, FigureRecord
from bot.text import content_words, ordinal, says_more_of, sentence_spans, terms
from bot.understand.normalize import NUMBER_WORDS
from bot.understand.operations import Resolved
from bot.understand.parse import CUES, DIVIDED_BY, PERSON, asked_span, per_counted
from bot.understand.plan import Lookup, Projection
from bot.understand.quantities import (PERCENT, PHYSICAL_UNITS, TOTAL_SAID, YEAR_SPAN, alike, counted_values,
                                       find_money, find_years, like_parts, not_amounts, noun_after, percent_of_named,
                                       quoted_amounts, spoken_amount, years_in)


def quantity_text(value: Decimal, unit: str) -> str:
    """Money both as people say it and in full: '960 billion won (₩960,000,000,000)'; other units via fmt."""
    if unit in ("KRW", "USD"):
        return f"{spoken_amount(value, unit)} ({fmt(value, unit)})"
    if unit == "KRW per USD":
        return f"{value.normalize():f} won per US dollar"
    return fmt(value, unit)


COUNT_NOUNS = {"negotiation_rounds": "rounds"}


def format_value(record: FigureRecord) -> str:
    f = record.figure
    if f.unit == "date":
        date = f.date
        return f"{date:%B} {date.day}, {date.year} ({f.value})" if date else f.value
    if f.number is None:
        return "no fixed cap" if f.measure == "increase_rule" else "no single figure"
    if f.unit == "count":
        return f"{f.number:,} {COUNT_NOUNS.get(f.measure, '')}".rstrip()
    return quantity_text(f.number, f.unit)


class Citations:
    """Numbers evidence spans [1], [2], ... in order, reusing a number for a repeated span."""

    def __init__(self) -> None:
        self.items: list[Citation] = []

    def cite(self, evidence: Evidence) -> int:
        for c in self.items:
            if c.span == (evidence.source, evidence.start, evidence.end):
                return c.n
        n = len(self.items) + 1
        self.items.append(Citation(n=n, source=evidence.source, title=evidence.title, published=evidence.published,
                                   quote=evidence.quote, start=evidence.start, end=evidence.end, url=evidence.url,
                                   publisher=evidence.publisher))
        return n

    def cite_record(self, record: FigureRecord, limit: int = 2) -> str:
        """Markers for up to `limit` distinct spans of the record's evidence (only those are cited)."""
        numbers: list[int] = []
        for evidence in record.evidence:
            if len(numbers) == limit:
                break
            n = self.cite(evidence)
            if n not in numbers:
                numbers.append(n)
        return "".join(f"[{n}]" for n in numbers)


def one_after_the_other(question: str, first: Answer, second: Answer) -> Answer:
    """Two answers to the parts of one question, the second's citations numbered on from the first's."""
    shift = len(first.citations)
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + shift}]", second.answer)
    citations = first.citations + [c.model_copy(update={"n": c.n + shift}) for c in second.citations]
    return first.model_copy(update={"question": question, "answer": f"{first.answer}\n\n{text}",
                                    "citations": citations, "calculation": first.calculation or second.calculation})


def lookup_answer(question: str, plan: Lookup) -> Answer:
    """The recorded figures the plan found, by (measure, agreement, year); disagreeing sources side by side;
    a year the table does not record says so; a future year under an agreement's rule is a labelled range."""
    citations = Citations()
    lines: list[str] = []
    if plan.premise:
        lines.append(f"That premise does not hold: {plan.premise}.")
    if plan.extreme:
        where = f" under the {' and '.join(ordinal(a.number) for a in plan.agreements)} SMA" if plan.agreements else ""
        lines.append(f"The {plan.extreme} yearly figure the table records{where}, in {plan.years[0]}:")
    if plan.past is not None:
        lines.append(_past_line(plan))
    if plan.projection:
        lines += _projection_lines(plan.projection, citations)
    elif plan.unrecorded:
        lines += _unrecorded_lines(plan, citations)
    elif plan.derived == "term_span":
        for a in plan.agreements:
            lines.append(f"*{a.starts:%B} {a.starts.day}, {a.starts.year} – {a.ends:%B} {a.ends.day}, {a.ends.year}*: the "
                         f"{ordinal(a.number)} SMA covers {a.covers}. {a.term.figure.text} {citations.cite_record(a.term)}")
    elif plan.derived == "agreement":
        for agreement in plan.agreements:
            lines.append(f"*The {ordinal(agreement.number)} SMA*, covering {agreement.covers}. "
                         f"{agreement.term.figure.text} {citations.cite_record(agreement.term)}")
    elif plan.derived:
        for agreement in plan.agreements:
            day = agreement.ends if plan.derived == "term_end" else agreement.starts
            word = "ends" if plan.derived == "term_end" else "starts"
            lines.append(f"*{day:%B} {day.day}, {day.year}*: the {ordinal(agreement.number)} SMA covers "
                         f"{agreement.covers}, so it {word} on {day.isoformat()}. "
                         f"{agreement.term.figure.text} {citations.cite_record(agreement.term)}")
    elif plan.asks in ("who", "place"):  # the people and the place are in the record's words, not its value
        lines += [f"{r.figure.text} {citations.cite_record(r)}" for r in plan.records]
    elif plan.records:  # (none past the amount asked: that line says so)
        lines += _overview_lines(plan, citations) if plan.measure == "overview" else _record_lines(plan.records, citations)
    calculation = plan.projection.at_cap.as_json() if plan.projection else None
    return Answer(question=question, route="declined" if _before_every_payment(plan) else "figures",
                  answer="\n".join(lines), citations=citations.items, calculation=calculation)


def _before_every_payment(plan: Lookup) -> bool:
    """Only years before the first payment the table records asked ("what did seoul pay in 2007"): a figure the bot
    declines to give, whatever it shows of the years after."""
    paid = [r.figure.year for r in plan.records if r.figure.measure == "payment" and r.figure.year]
    return (not plan.premise and bool(plan.unrecorded) and set(plan.unrecorded) == set(plan.years)
            and (not plan.records or bool(paid) and max(plan.unrecorded) < min(paid)))


def _past_line(plan: Lookup) -> str:
    """How many recorded years were past the amount asked, which, and the years between them the table lacks."""
    years = plan.years
    if not years:
        return f"*No year*: no payment the table records is {plan.past}."
    gaps = [y for y in range(years[0], years[-1]) if y not in years]
    missing = f" The table has no payment for {', '.join(map(str, gaps))}, so those years are not counted." if gaps else ""
    return (f"*{len(years)} year{'s' if len(years) > 1 else ''}* of those the table records had a payment {plan.past}: "
            f"{', '.join(map(str, years))}.{missing}")


def _overview_lines(plan: Lookup, citations: Citations) -> list[str]:
    """An agreement's recorded facts, one line each."""
    lines = [f"What the sources record about the {ordinal(plan.agreements[0].number)} SMA:"]
    for record in plan.records:
        lines.append(f"• *{format_value(record)}*: {record.figure.text} {citations.cite_record(record, limit=1)}")
    return lines


def _record_lines(records: tuple[FigureRecord, ...], citations: Citations) -> list[str]:
    values = list(dict.fromkeys((r.figure.value, r.figure.unit) for r in records))
    if len(values) == 1:
        marks = "".join(dict.fromkeys(citations.cite_record(r) for r in records[:3]))
        return [f"*{format_value(records[0])}*: {records[0].figure.text} {marks}"]
    periods = {(r.figure.year, r.figure.period) for r in records}
    if len(periods) > 1 and len({r.figure.measure for r in records}) == 1 and records[0].figure.measure not in POSITIONS:
        return _series_lines(records, citations)
    if len(values) == 2 and {unit for _, unit in values} == {"KRW", "USD"}:  # one payment, reported in both currencies
        won, dollars = (next(r for r in records if r.figure.unit == unit) for unit in ("KRW", "USD"))
        return [f"*{format_value(won)}*: {won.figure.text} {citations.cite_record(won)}",
                f"In US dollars: *{format_value(dollars)}*: {dollars.figure.text} {citations.cite_record(dollars)}"]
    if records[0].figure.measure in POSITIONS:  # asks and offers made over time, in the order they were made
        records = tuple(sorted(records, key=lambda r: str(r.figure.as_of or "")))
        values = list(dict.fromkeys((r.figure.value, r.figure.unit) for r in records))
        header = "What the sources record, in order:"
    elif len(periods) == 1 and len({r.figure.unit for r in records}) == 1 and records[0].figure.unit != "date":
        header = "Sources differ on this figure:"
    else:
        header = "What the sources record:"
    lines = [header]
    for value in values[:6]:
        record = next(r for r in records if (r.figure.value, r.figure.unit) == value)
        as_of = f" (as of {record.figure.as_of})" if record.figure.as_of else ""
        lines.append(f"• *{format_value(record)}*{as_of}: {record.figure.text} {citations.cite_record(record)}")
    return lines


def _series_lines(records: tuple[FigureRecord, ...], citations: Citations) -> list[str]:
    """One measure over several years (an agreement's payments): a period figure first, then year by year;
    where two sources disagree on a year both are shown."""
    def when(r: FigureRecord) -> tuple[int, int]:
        years = r.figure.years()
        return (0 if len(years) > 1 else 1, years[0] if years else 0)

    lines = ["What the sources record, year by year:"]
    for record in sorted(records, key=when)[:10]:
        f = record.figure
        years = f.years()
        label = (f"{ordinal(f.sma)} SMA, each year" if f.sma else "each year") if len(years) > 1 else str(
            f.year or f.period or f.as_of)
        lines.append(f"• {label}: *{format_value(record)}*: {f.text} {citations.cite_record(record, limit=1)}")
    return lines


def _projection_lines(p: Projection, citations: Citations) -> list[str]:
    base, rule = p.base.figure, p.rule.figure
    return [
        f"There is no recorded {p.year} payment yet: under the {ordinal(rule.sma)} SMA it follows a rule. "
        f"{rule.text} {citations.cite_record(p.rule)}",
        f"From the {base.year} payment of {quantity_text(base.number, base.unit)} {citations.cite_record(p.base)}, "
        f"the rule allows at most *{quantity_text(p.at_cap.result, p.at_cap.unit)}* in {p.year} (the cap in every "
        f"year); with zero inflation it would stay at {spoken_amount(base.number, base.unit)}. "
        f"This is a projection, not a recorded figure.",
    ]


def _unrecorded_lines(plan: Lookup, citations: Citations) -> list[str]:
    years = ", ".join(map(str, plan.unrecorded))
    lines = [f"I have no recorded payment for {years}, so I won't state one."]
    if not plan.agreements and any(r.figure.measure == "term" for r in plan.records):
        lines[0] += " No agreement signed so far covers it."
    if plan.records:
        lines.append("What the table does record nearby:")
        lines += [f"• *{format_value(r)}*: {r.figure.text} {citations.cite_record(r)}" for r in plan.records[:4]]
    return lines


def calculation_answer(question: str, resolved: Resolved) -> Answer:
    """What was understood in plain words, the result, the assumptions, and a citation for every input
    that came from the figures table."""
    c = resolved.calculation
    citations = Citations()
    sources = {r.figure.id: citations.cite_record(r, limit=1) for r in resolved.figures}
    interpretation = resolved.interpretation[0].upper() + resolved.interpretation[1:]
    lines = [f"That premise does not hold: {resolved.premise}."] if resolved.premise else []
    lines += [f"{interpretation}.", f"*{quantity_text(c.result, c.unit)}* — {c.expression}."]
    for q in c.inputs:
        if q.figure and q.figure in sources:
            lines.append(f"Input from the figures table: {q.label} {sources[q.figure]}")
    lines += [f"Assumption: {a}." for a in resolved.assumptions]
    return Answer(question=question, route="calculator", answer="\n".join(lines), citations=citations.items,
                  calculation=c.as_json())


def days_between_quotes(question: str, events: list[tuple[dt.date, str, Citation]]) -> Answer:
    """The days between two events, each dated by a quote ("the trawler being seized", 3 March 2011), with the
    result worked out first and the two quotes below it."""
    (start, start_label, first), (end, end_label, second) = sorted(events, key=lambda event: event[0])
    c = calculator.days_between(start, end, start_label, end_label)
    citations = list({citation.span: citation for citation in (first, second)}.values())
    citations = [citation.model_copy(update={"n": n}) for n, citation in enumerate(citations, start=1)]
    worked = (f"*{quantity_text(c.result, c.unit)}*, from the quotes below: from {start_label} ({start:%-d %B %Y}) to "
              f"{end_label} ({end:%-d %B %Y}).")
    quotes = [f"“{' '.join(citation.quote.split())}” [{citation.n}]" for citation in citations]
    return Answer(question=question, route="retrieval", answer="\n".join([worked, *quotes]), citations=citations,
                  calculation=c.as_json())


def _stated(text: str) -> dict[str, set[Decimal]]:
    """The amounts a quote states (`quoted_amounts`); a total stated with its parts is one amount, the total ("a
    combined $236 million: $82 million in fines and $154 million in penalties")."""
    return {unit: {max(values)} if _total_with_parts(values) else values
            for unit, values in quoted_amounts(text, in_words=True).items()}


def _total_with_parts(values: set[Decimal]) -> bool:
    """Amounts of which the largest is the sum of the others: a total stated with its parts ("7 corrections: 4 for
    currency conversions, 2 for ... and 1 for ...")."""
    return len(values) >= 3 and 2 * max(values) == sum(values)


_OF_YEAR = re.compile(r"\s*(?:in|for|during|of)\s+(?:fiscal year |fy ?)?(?:19|20)\d\d\b")
_ROW_YEAR = re.compile(r"(?:year|fiscal year|fy)\s*:\s*(?:19|20)\d\d\b")
# A table's row, as documents are loaded ("Category: Labor; FY2025 (billion won): 688.5; ..."): its first cell says
# what every amount in it is of
_ROW_LABEL = re.compile(r"[^:;\n]{1,60}:\s*([^;\n]{1,80});(?=[^;\n]{1,60}:)")
# words that name no amount: a unit ("how much bigger in won"), or a verb every part of a split is said with ("what % of
# the grant went to barracks": "301.2 billion won went to wages, 214.6 billion won to barracks")
_UNIT_WORDS = frozenset(content_words("won dollars trillion billion million went go goes gone"))


def of_years_asked(quotes: list[str], asked: set[int], question: str, untied: bool = False) -> list[str]:
    """The quotes with the sums blanked that are not the asked years' own: those tied to no year (unless `untied`)
    or to another, and of several tied to an asked year, those not said in the question's words. Asked the 2024
    payment against the 2023 one, "the 2023 defense budget of 57.0 trillion won" is not 2023's ("... so the 2023 SMA
    payment rose 3.4 percent, to 1.2896 trillion won" is)."""
    asked_words = content_words(question) - _UNIT_WORDS
    tied = []  # (quote, start, end, year, said in the question's words)
    for n, quote in enumerate(quotes):
        lowered = quote.lower()
        years = find_years(lowered, [])
        sentences = sentence_spans(quote)
        row = _ROW_YEAR.match(lowered)  # a table's row: "Year: 2024; Growth used: 2023: 4.4 percent; ..."
        for money in find_money(lowered, not_amounts(quote)):
            start, end = next(((s, e) for s, e in sentences if s <= money.start < e), (0, len(quote)))
            # the year it is "in" or "for" ("1.2 trillion won in 2023"), else the year said last before it in its
            # sentence ("the 2024 payment rose 4.4 percent, to 1.3463 trillion won"), else first after it
            before = [y for y in years if start <= y.start < money.start]
            after = [y for y in years if money.end <= y.start < end]
            year = after[0] if after and (_OF_YEAR.match(lowered, money.end) or not before) else (
                before[-1] if before else None)
            # what it is said to be: the words from its year to it, or before it ("Seoul paid 1.2 trillion won in 2023")
            said = "" if year is None else lowered[start:money.start] if year in after else lowered[
                year.start + len(year.text):money.start]
            if row:
                year, said = years[0], lowered[:money.start]
            elif label := _ROW_LABEL.match(lowered):
                said = f"{label.group(1)} {said}"
            tied.append((n, money.start, money.end, year and year.year, bool(content_words(said) & asked_words)))
    kept = {item for item in tied if item[3] is None} if untied else set()
    for year in asked:
        of_year = [item for item in tied if item[3] == year]
        kept |= set([item for item in of_year if item[4]] or of_year)
    blanked = list(quotes)
    for n, start, end, *_ in (item for item in tied if item not in kept):
        blanked[n] = blanked[n][:start] + " " * (end - start) + blanked[n][end:]
    return blanked


def _sum_over_span(quotes: list[str], question: str) -> calculator.Calculation | None:
    """'Add up 2021-2025': the sums the quotes tie to each year of a span of more than two years, one a year and of
    one currency, added up; None when a year of it has none or several."""
    span = YEAR_SPAN.search(question)
    first, last = (int(year) for year in [group for group in span.groups() if group][:2]) if span else (0, 0)
    if last - first < 2:
        return None
    kept = of_years_asked(quotes, set(range(first, last + 1)), question)
    sums = [money for quote in kept for money in find_money(quote.lower(), not_amounts(quote))
            if money.unit in ("KRW", "USD")]
    if len(sums) != last - first + 1:
        return None
    return calculator.sum_amounts([_quoted(money.value, money.unit) for money in sums])


# How many things a sum is of: "the combined total for the three", "all four camps"
_HOW_MANY_ADDED = re.compile(r"\b(?:the|all|these|those) (two|three|four|five|six|[2-6])\b"
                             r"(?! (?:years?|months?|weeks?|days?|times|percent)\b)")


def _sum_of_listed(quotes: list[str], question: str, unit: str | None,
                   counted: tuple[str, ...]) -> calculator.Calculation | None:
    """'What's the combined total for the three': the amounts of one kind a quote lists ("about 560 at Camp Carroll,
    410 at Camp Henry and 380 at Camp Walker"), as many as the question counts, added up; None when no quote lists
    that many."""
    if not (m := _HOW_MANY_ADDED.search(question.lower())):
        return None
    count = NUMBER_WORDS.get(m.group(1)) or int(m.group(1))
    for quote in quotes:
        stated = _stated_of(quote, unit, counted, parts=True)
        kinds = {kind: values for kind, values in stated.items() if kind not in ("", "people", "percent")}
        kinds["people"] = _all_counts(stated)  # counts, of people or of anything
        for kind, values in kinds.items():
            if len(values) == count:
                return calculator.sum_amounts([_quoted(value, kind) for value in sorted(values)])
    return None


def _quoted(value: Decimal, unit: str) -> Quantity:
    """An amount a quote states, labelled so."""
    return Quantity(value=value, unit=unit, label=f"quoted {fmt(value, unit)}")


def _all_counts(stated: dict[str, set[Decimal]]) -> set[Decimal]:
    """The counts a text states, of people ("163 people") or of anything ("31 projects", a bare "23")."""
    return stated.get("", set()) | stated.get("people", set())


def _pairs(stated: dict[str, set[Decimal]], combine: str, plain: bool) -> list[tuple[str, list[Decimal]]]:
    """The units in which exactly two amounts of the kind a calculation combines are stated."""
    return [(unit, sorted(values)) for unit, values in stated.items()
            if len(values) == 2 and (unit == "") == plain and (combine == "point_difference") == (unit == "percent")]


def _stated_of(text: str, unit: str | None, counted: tuple[str, ...], parts: bool = False) -> dict[str, set[Decimal]]:
    """The amounts a text states (`_stated`; with `parts`, a total's parts too), of the unit asked and counting what
    the question counts, if it says."""
    stated = quoted_amounts(text, in_words=True) if parts else _stated(text)
    return {key: kept for key, values in stated.items() if unit is None or key == unit
            if (kept := values & counted_values(text, counted) if counted else values)}


def _quoted_pair(quotes: list[str], question: str, combine: str, unit: str | None, counted: tuple[str, ...],
                 preamble: frozenset[str] = frozenset()) -> tuple[str, list[Decimal]] | None:
    """The one pair of amounts of the kind asked that one quote, or else the quotes together, state (see
    `with_quoted_calculation`), with its unit; else the one pair the question names of more (`_named_pair`); None for
    none or several."""
    stated = [_stated_of(quote, unit, counted) for quote in quotes]
    together: dict[str, set[Decimal]] = {}
    for amounts in stated:
        for kind, values in amounts.items():
            together.setdefault(kind, set()).update(values)
    # counts of people are counts too: "163 people as dead or missing and 55 as wounded"; "Of the 34 participants,
    # 29 returned the form, and 24 of them ..." states three counts, no one pair
    counts = {"": _all_counts(together)}
    each_counts = [{**amounts, "": _all_counts(amounts)} for amounts in stated]
    # sums, percentages and counts of people before other numbers ("31 projects"), then counts of any kind
    pairs, pooled = next(((found, amounts is together or amounts is counts) for plain in (False, True)
                          for amounts in [*(each_counts if plain else stated), together, *([counts] if plain else [])]
                          if (found := _pairs(amounts, combine, plain))), ([], False))
    if len(pairs) > 1:  # "if seoul paid 23.6M of the budget": the pair with the amount the question states
        asked = {value for values in _stated(question).values() for value in values}
        pairs = [pair for pair in pairs if asked & set(pair[1])]
    if pooled and (named := _named_pair(quotes, question, combine, unit, counted, preamble, pooled=False)) and (
            named[0] == pairs[0][0]):
        return named  # two quotes' totals make a pair; the two of the kind the question names of one quote answer
    return pairs[0] if len(pairs) == 1 else _named_pair(quotes, question, combine, unit, counted, preamble)


# Where a sentence's parts divide, widest first: its clauses, their commas, "and" or "or" between items, a colon before
# the parts of a total ("ran 7 corrections: 4 for ...")
_DIVIDERS = (re.compile(r";\s+"), re.compile(r",\s+"), re.compile(r"\s+(?:and|or)\s+"), re.compile(r":\s+"))


def _labelled(text: str, values_of: Callable[[str], set[Decimal]], level: int = 0) -> list[tuple[Decimal, set[str]]]:
    """Each amount a sentence states, with the words of the widest part of it that states no other ("; military
    construction 405.8 billion won, or 34.3 percent;" for the sum; "South Korea provided $843 million, or 40.0
    percent" for the share); an amount no part says alone has none."""
    values = values_of(text)
    if len(values) == 1:
        return [(next(iter(values)), content_words(text))]
    if not values or level == len(_DIVIDERS):
        return []
    return [item for piece in _DIVIDERS[level].split(text) for item in _labelled(piece, values_of, level + 1)]


def _sums(text: str) -> list[tuple[str, Decimal]]:
    """The sums of money a text states, each with its currency."""
    return [(unit, value) for unit, values in _stated(text).items() if unit in ("KRW", "USD") for value in values]


# A length, an area or a weight asked of ("how much did the queue shrink", "how much longer"): what a pair of physical
# measures answers, unless the question names its unit
_MEASURE_ASKED = re.compile(r"\b(?:length|long\w*|short\w*|distance|far\w*|area|square|weigh\w*|heav\w*|tons?|size|"
                            r"queues?|backups?|tall\w*|height|high\w*|wide\w*|width|deep\w*|depth|meters?|metres?|km|"
                            r"kilomet\w*|miles?|feet|kg|kilo\w*)\b", re.I)


def _worked(answer: Answer, c: calculator.Calculation, source: str) -> Answer:
    """The answer with its calculation's result and steps before the quotes."""
    worked = f"*{quantity_text(c.result, c.unit)}*, from {source}: {'; '.join(c.steps)}."
    return answer.model_copy(update={"answer": f"{worked}\n{answer.answer}", "calculation": c.as_json()})


def _share_of_stated(question: str, quotes: list[str]) -> calculator.Calculation | None:
    """"What share of the 1.5192tn goes to labor", "it found 412 pages, what % were released in full": the part the
    quotes state (the one amount of the whole's kind below it, of several the one whose own words say most of the
    question's; of a count, one of the things the question counts) over the whole the question states
    (a bare "38.6bn" in the currency a quote gives it) as what the share is of ("of the $33bn", "of those"); None
    when the question states no one sum (or, stating none, no one count of things), or no quote one part."""
    if not _OF_WHOLE.search(question):
        return None  # "what % said no to paying $10bn": a share of those who said it, not of the $10bn
    sums = _sums(question)
    counts = _all_counts(_stated(question)) if not sums else set()
    # "the 38.6bn baseline": a sum in the currency a quote states it in
    if len(quoted_sums := {(unit, value) for quote in quotes for unit, value in _sums(quote) if value in counts}) == 1:
        sums = list(quoted_sums)
    if len(sums) == 1:
        (unit, total), = sums
        kinds, things = {unit}, set()
    elif len(counts) == 1 and (counted := next((m for m in _COUNTED.finditer(question.replace(",", ""))
                                                 if Decimal(m.group(1)) in counts), None)):
        total, unit, kinds, things = next(iter(counts)), "", {"", "people"}, content_words(counted.group(2))
    else:
        return None

    def below(text: str) -> set[Decimal]:
        if things:  # "287 pages in full", not "the files in two stores"
            return {Decimal(m.group(1)) for m in _COUNTED.finditer(text.replace(",", ""))
                    if content_words(m.group(2)) & things and Decimal(m.group(1)) < total}
        return {value for key, values in _stated_of(text, None, (), parts=True).items() if key in kinds
                for value in values if value < total}

    asked = content_words(question) - _UNIT_WORDS
    said = [(len(_said_of(asked, words)), value) for quote in quotes for start, end in sentence_spans(quote)
            for value, words in _labelled(quote[start:end], below)]
    most = max((count for count, _ in said), default=0)
    parts = {value for count, value in said if count == most}
    if len(parts) != 1 or not most and len(set().union(*map(below, quotes))) != 1:
        return None
    return calculator.share_of_total(_quoted(parts.pop(), unit),
                                     Quantity(value=total, unit=unit, label=f"stated {fmt(total, unit)}"))


# What a share is asked of, a stated amount ("of the $33bn", "as a percent of the 38.6bn baseline") or those just
# counted ("located 412 pages. what percent of those")
_OF_WHOLE = re.compile(r"\bof (?:the |that |this |its |their )?(?:[\w-]+ ){0,2}?\$?\d|"
                       r"\bof (?:those|them|these|that|it)\b")
# A count and what it counts ("located 412 pages")
_COUNTED = re.compile(r"\b(\d+)\s+([a-z][\w-]*)")


# A part said of a whole stated before it ("Of that amount, 301.2 billion won went to wages", "From these we drew 38",
# "Of the 31 members present, 19 ...", "returned 39 of the passengers")
_PART_OF_WHOLE = re.compile(r"\b(?:of|from|among) (?:them|these|those|that amount|that sum|the \d[\d,.]*)\b|"
                            r"\b\d[\d,.]* of (?:the|its|their|all)\b", re.I)


# "forms returned out of participants", "votes cast over eligible voters": the part's words, then the whole's
_OUT_OF = re.compile(r"((?:[a-z][\w'-]*\s+){1,3})(?:out of|over) (?:the |those |all |its |their )?"
                     r"((?:[a-z][\w'-]*\s*){1,3})")


def _part_out_of_whole(quotes: list[str], question: str, unit: str | None,
                       counted: tuple[str, ...]) -> tuple[str, list[Decimal]] | None:
    """The part and the whole of a share asked as "<part> out of <whole>" ("forms returned out of participants",
    "votes cast over eligible voters"): the one amount (of one kind) whose own words (`_labelled`) say the whole's and
    the one below it whose own words say the most of the part's; None when the question says no such thing, or no one
    amount fits each."""
    if not (m := _OUT_OF.search(question)):
        return None
    part_words, whole_words = (content_words(m.group(n)) - _UNIT_WORDS for n in (1, 2))
    for kinds in _kinds_by_unit(quotes, unit, counted):
        values_of = _values_of_kinds(kinds, unit, counted)
        labelled = [item for quote in quotes for start, end in sentence_spans(quote)
                    for item in _labelled(quote[start:end], values_of)]
        wholes = {value for value, words in labelled if _said_of(whole_words, words)}
        if len(wholes) != 1:
            continue
        (whole,) = wholes
        said = [(len(_said_of(part_words, words)), value) for value, words in labelled if value < whole]
        most = max((count for count, _ in said), default=0)
        parts = {value for count, value in said if count == most}
        if most and len(parts) == 1:
            return ("" if "" in kinds else next(iter(kinds)), [parts.pop(), whole])
    return None


# A part said of the whole a sentence has just stated ("97 trainees, of whom 91 passed", "3,412 positions, of which
# 3,205 were filled")
_OF_WHICH = re.compile(r",?\s+(?:of (?:whom|which)|among them)\s+", re.I)
# Where a clause ends, before or after the whole and its part
_CLAUSE_END = re.compile(r"[;,:]\s+|\s+(?:and|but|while|whereas)\s+")


def _wholes_and_parts(quotes: list[str], unit: str | None,
                      counted: tuple[str, ...]) -> list[tuple[str, Decimal, Decimal, set[str]]]:
    """Each whole a sentence states with a part of it said next ("of whom", "of which"), or with all its parts listed
    after a colon ("cost 1.86 billion won in all: 0.09 billion won for the survey, ... and 1.42 billion won for the
    rescue dig"), of one kind (a sum's currency, or a count): the kind, the whole, the part and the words of the
    part's clause."""
    found = []
    for quote in quotes:
        for start, end in sentence_spans(quote):
            sentence = quote[start:end]
            for colon in re.finditer(r":\s+", sentence):
                wholes = _stated_of(sentence[:colon.start()], unit, counted)
                clauses = _CLAUSE_END.split(sentence[colon.end():])
                for kind, (whole, *more) in wholes.items():
                    parts = [(values, clause) for clause in clauses
                             if len(values := _stated_of(clause, unit, counted).get(kind) or set()) == 1]
                    listed = sum(next(iter(values)) for values, _ in parts)  # (the parts, rounded, add up to it)
                    if not more and len(parts) >= 2 and abs(listed - whole) <= whole / 200:
                        found += [(kind, whole, next(iter(v)), content_words(clause)) for v, clause in parts]
            for said in _OF_WHICH.finditer(sentence):
                whole_clause = _CLAUSE_END.split(sentence[:said.start()])[-1]
                part_clause = _CLAUSE_END.split(sentence[said.end():])[0]
                wholes, parts = (_stated_of(clause, unit, counted) for clause in (whole_clause, part_clause))
                for kind in wholes.keys() & parts.keys():
                    # the whole: of the clause's amounts, the one above the part ("240 rooms over 3 floors, of which")
                    above = {whole for whole in wholes[kind] for part in parts[kind] if whole > part}
                    if len(parts[kind]) == 1 and len(above) == 1:
                        found.append((kind, *above, *parts[kind], content_words(part_clause)))
    return found


def _part_said_of_whole(quotes: list[str], question: str, unit: str | None,
                        counted: tuple[str, ...]) -> tuple[str, Decimal, Decimal] | None:
    """The one whole and part a sentence states (`_wholes_and_parts`) whose part's words say something the question
    asks ("what share of the trainees passed": "97 trainees, of whom 91 passed"); None for none or several."""
    asked = content_words(question) - _UNIT_WORDS
    found = _wholes_and_parts(quotes, unit, counted)
    said = {(kind, whole, part) for kind, whole, part, words in found if _said_of(asked, words)}
    if len(said) > 1:  # "breaks the cost into survey / trial / rescue - what % of the total was the rescue dig": asked
        asked = content_words(question[slice(*asked_span(question))]) - _UNIT_WORDS
        said = {(kind, whole, part) for kind, whole, part, words in found if _said_of(asked, words)}
    return said.pop() if len(said) == 1 else None


def _rest_of_whole(quotes: list[str], question: str, unit: str | None,
                   counted: tuple[str, ...]) -> calculator.Calculation | None:
    """"How many were unfilled", "how much went unspent": the whole less the part a sentence says was so ("3,412
    positions, of which 3,205 were filled"), when the question's un-word is that part's word negated."""
    asked = content_words(" ".join(m.group(1) or m.group(2) for m in CUES["not_so"].finditer(question.lower())))
    for kind, whole, part, words in _wholes_and_parts(quotes, unit, counted):
        if asked and _said_of(asked, words):
            return calculator.difference(_quoted(whole, kind), _quoted(part, kind))
    return None


# A table's row as documents are loaded, cell by cell ("Area: **Total**; Screened: **7,562**; ...")
_CELL = re.compile(r"\s*\**([^:;*\n]{1,60}?)\**:\s*\**([^;*\n]+?)\**\s*(?:;|\.?$)")
_TOTAL_CELL = frozenset({"total", "all", "overall", "combined"})


def _table_rows(quotes: list[str]) -> list[dict[str, str]]:
    """The quotes that are a table's rows, each as its cells by heading (three or more)."""
    return [row for quote in quotes if len(row := dict(_CELL.findall(quote))) >= 3]


def _share_of_rows(quotes: list[str], question: str) -> calculator.Calculation | None:
    """"From the table, what share of everyone screened was area III": in the column the question names ("Screened"),
    the row it names ("Area: Area III") over the total row ("Area: **Total**"); None unless one quote is a total
    row, one other row's first cell the question says, and one column of counts in both the question names."""
    rows = _table_rows(quotes)
    totals = [row for row in rows if next(iter(row.values())).strip().lower() in _TOTAL_CELL]
    asked = content_words(question)
    named = [row for row in rows if row not in totals and (said := content_words(next(iter(row.values()))))
             and said <= asked]
    if len(totals) != 1 or len(named) != 1:
        return None
    total, part = totals[0], named[0]
    columns = [label for label in total.keys() & part.keys() if _said_of(asked, content_words(label))]
    values = [(counts, whole) for label in columns if len(counts := _stated(part[label]).get("") or ()) == 1
              and len(whole := _stated(total[label]).get("") or ()) == 1]  # counts, not a column of rates
    if len(values) != 1:
        return None
    (value,), (whole,) = values[0]
    return calculator.share_of_total(_quoted(value, ""), _quoted(whole, "")) if value < whole else None


def _pair_of_rows(quotes: list[str], question: str, combine: str,
                  years: set[int]) -> tuple[str, list[Decimal]] | None:
    """"By how much did SMA logistics revenue grow from 2022 to 2024", of a table: in the column the question names
    most, the rows of the two years ("Period: 2022; Total revenue: 118.4; SMA logistics support: 71.0; ..."), not two
    columns of one row; None unless two quotes are rows, each of one year asked, and one column says most."""
    if len(years) != 2:
        return None
    of_year = {}
    for row in _table_rows(quotes):
        said = set(years_in(next(iter(row.values()))))
        if len(said) == 1 and said <= years:
            of_year.setdefault(said.pop(), row)
    if len(of_year) != 2:
        return None
    first, second = of_year.values()
    asked = content_words(question) - _UNIT_WORDS
    columns = []  # (how many of the question's words its label says, unit, the two values)
    for label in list(first)[1:]:
        # (each cell with its heading: "Payment (billion won): 920.0" is a sum)
        one, other = _stated(f"{label}: {first[label]}"), _stated(f"{label}: {second.get(label, '')}")
        if len(one) == 1 and one.keys() == other.keys() and (said := _said_of(asked, content_words(label))):
            (unit, values), = one.items()
            pair = sorted(values | other[unit])
            if len(pair) == 2 and (unit == "percent") == (combine == "point_difference"):
                columns.append((len(said), unit, pair))
    most = max((count for count, *_ in columns), default=0)
    best = [(unit, pair) for count, unit, pair in columns if count == most]
    return best[0] if len(best) == 1 else None


def _share_of_quoted(quotes: list[str], question: str, unit: str | None,
                     counted: tuple[str, ...]) -> calculator.Calculation | None:
    """"What % of the 2022 grant went to barracks", "what share of the invoices did they check": the part over the
    whole, the pair of amounts the quotes state (`_quoted_pair`) when they say the part is one (`_PART_OF_WHOLE`) or the
    whole a total ("146 contracts in all"); None when a quote states a share itself ("Seoul covers 87 percent of the
    wages"), or no one pair, or two amounts of two things ("barracks worth $212,400,000 and a clinic worth
    $58,900,000", "four crew members ... and 46 passengers")."""
    if said_of_whole := _part_said_of_whole(quotes, question, unit, counted):
        unit, whole, part = said_of_whole
        return calculator.share_of_total(_quoted(part, unit), _quoted(whole, unit))
    if of_rows := _share_of_rows(quotes, question):
        return of_rows
    if any("percent" in _stated(quote) for quote in quotes):
        return None
    if said_out_of := _part_out_of_whole(quotes, question, unit, counted):
        unit, (part, whole) = said_out_of
        return calculator.share_of_total(_quoted(part, unit), _quoted(whole, unit))
    pair = _quoted_pair(quotes, question, "share", unit, counted)
    if pair is None:
        return None
    unit, (part, whole) = pair

    def saying(value: Decimal) -> str:
        """The first sentence of the quotes stating the value."""
        return next((quote[start:end] for quote in quotes for start, end in sentence_spans(quote)
                     if value in _stated_of(quote[start:end], unit, counted, parts=True).get(unit, set())), "")

    said = saying(whole)
    if not (_PART_OF_WHOLE.search(saying(part)) or TOTAL_SAID.search(said) or _total_with_parts(
            _stated_of(said, unit, (), parts=True).get(unit, set()))):
        return None
    return calculator.share_of_total(_quoted(part, unit), _quoted(whole, unit))


def _per_year_of_span(question: str, quote: str) -> calculator.Calculation | None:
    """"A total from 2014 thru 2025, per year on average": the one sum the quote states over the years the question
    spans; None when it states none or several."""
    years = years_in(question)
    sums = _sums(quote)
    if len(years) < 2 or len(sums) != 1:
        return None
    (unit, total), = sums
    count = max(years) - min(years) + 1
    return calculator.divide(_quoted(total, unit),
                             Quantity(value=Decimal(count), unit="years", label=f"{min(years)}–{max(years)}"))


# The calculations worked out from what one quote states, not from two amounts of two sentences
FROM_ONE_QUOTE = frozenset({"per_unit", "part_of", "each_total"})


def _per_unit(quotes: list[str], thing: str, question: str,
              counted: tuple[str, ...] = ()) -> calculator.Calculation | None:
    """"What did the gym cost per square meter": the one sum of money a quote states over the one number of the
    things asked per ("meter") it states, or the question does ("over all six rounds, per round"), or else the one
    sum and the one count two quotes saying the same thing state between them, the sum's saying what the question
    asks that the count's does not ("a housing building with 96 rooms" + "the 19.8 billion won contract ... the
    finished building", asked the contract value per room); a count asked (`counted`: "how many overtime hours did
    each of them put in") is the one count of it over the one head count (`PERSON`); None when no quote, nor the two
    together, state exactly one of each."""
    given = per_counted(question)
    together = len(quotes) == 2 and any(word.isalpha() for word in set.intersection(*map(content_words, quotes))
                                        - _UNIT_WORDS - set(terms(thing)))

    def totals(text: str) -> list[tuple[str, Decimal]]:
        """The sums a text states, or the counts of what the question counts, each with its unit."""
        if counted and thing not in counted:
            return [(_as_worded(counted[0], text), value) for value in counted_values(text, counted)]
        return _sums(text)

    def counts_in(text: str) -> set[Decimal]:
        """The counts a text states of the things asked per."""
        return quoted_amounts(text).get("people", set()) if thing == PERSON else counted_values(text, (thing,))

    # "divided by the number of staff paid late": a count said of them (not "the 1,250 staff ... paid on time")
    described = content_words(m.group(1)) if (m := DIVIDED_BY.search(question.lower())) else set()
    for texts in [*([quote] for quote in quotes), *([quotes] if together else [])]:
        sums = {item for text in texts for item in totals(text)}
        counts = {value for text in texts for start, end in sentence_spans(text)
                  for value, words in _labelled(text[start:end], counts_in) if described <= words} if described else {
            value for text in texts for value in counts_in(text)}
        if not counts and given and terms(given[0])[:1] == [thing]:
            counts = {given[1]}
        if len(texts) == 2 and not any(_sums(said) and says_more_of(content_words(question), other, said)
                                       for said, other in (texts, texts[::-1])):
            continue  # "96 rooms" beside a fitness center's price: what it is the price of is not what is asked
        if len(sums) == 1 and len(counts) == 1 and (count := next(iter(counts))) > 0:
            (unit, total), = sums
            return calculator.divide(_quoted(total, unit),
                                     Quantity(value=count, unit=_as_worded(thing, " ".join(texts)),
                                              label=f"quoted {count}"))
    return None


def _as_worded(thing: str, text: str) -> str:
    """The things as a text words them ("8,702 employees", not their stem "employ"); people, those counted."""
    if thing == PERSON:
        return "people"
    said = re.search(rf"\b{re.escape(thing)}\w*", text, re.I)
    return said.group(0).lower() if said else f"{thing}s"


def _part_by_percent(quotes: list[str]) -> calculator.Calculation | None:
    """"How many of the workers come from Changwon": the one count a quote states times the one percentage it says of
    them ("85 workers are on site each day, and 60 percent of them come from Changwon"); None when no quote does."""
    for quote in quotes:
        stated = quoted_amounts(quote)
        counts = _all_counts(stated)
        lowered = quote.lower()
        of_them = [m for m in PERCENT.finditer(lowered) if _PART_OF_WHOLE.match(lowered, m.end() + 1)]
        if len(counts) == 1 and len(stated.get("percent", ())) == 1 and of_them:
            (count,), (percent,) = counts, stated["percent"]
            return calculator.change_of(Quantity(value=count, unit="", label=f"quoted {count}"),
                                        Quantity(value=percent, unit="percent", label=f"quoted {percent}%"))
    return None


def _total_of_like_parts(quotes: list[str]) -> calculator.Calculation | None:
    """"Total lent?": the number of like parts a quote counts times the sum each is ("loans to 52 members, each of 3
    million won"); None when no quote says what each is."""
    for quote in quotes:
        if parts := like_parts(quote):
            count, each = parts
            return calculator.product(Quantity(value=count, unit="", label=f"quoted {count}"),
                                      Quantity(value=each.value, unit=each.unit, label=f"quoted {each.text} each"),
                                      each.unit)
    return None


def _from_one_quote(quotes: list[str], combine: str, per_unit: str | None, question: str,
                    counted: tuple[str, ...]) -> calculator.Calculation | None:
    """"per_unit", a quote's one sum (or count of what is counted) over its one count of the things asked per (or
    the question's); "part_of", a quote's one count times the percentage it says of them; "each_total", a count of
    like parts times what each is."""
    if combine == "per_unit":
        return _per_unit(quotes, per_unit, question, counted) if per_unit else None
    return _part_by_percent(quotes) if combine == "part_of" else _total_of_like_parts(quotes)


def with_percent_of_base(answer: Answer) -> Answer:
    """A sum of money asked, when one of the first two quotes gives it as a percentage of an amount it names and the
    other states that amount ("a bid security of 5 percent of the estimated price" + "The estimated price is 28.35
    billion won"): the answer with that percentage of it worked out, when the percentage is quoted first or the
    question does not ask of the amount it is of; else the answer as it is."""
    quotes = [citation.quote for citation in answer.citations[:2]]
    if len(quotes) < 2:
        return answer
    for given, stated in ((0, 1), (1, 0)):
        if not (named := percent_of_named(quotes[given])):
            continue
        percent, words = named
        sums = _sums(quotes[stated])
        if len(sums) == 1 and content_words(words) <= content_words(quotes[stated]) and (
                given == 0 or not content_words(words) <= content_words(answer.question)):
            (unit, value), = sums
            c = calculator.change_of(_quoted(value, unit),
                                     Quantity(value=percent, unit="percent", label=f"quoted {percent}%"))
            return _worked(answer, c, "the quotes below")
    return answer


def _said_of(asked: set[str], words: set[str]) -> set[str]:
    """The question's words a part of a sentence says, as they are or with an ending the stems keep ("vote" of
    "226 voted in favor")."""
    return {word for word in asked if any(
        said == word or min(len(said), len(word)) >= 4 and (said.startswith(word) or word.startswith(said))
        for said in words)}


def _kinds_by_unit(quotes: list[str], unit: str | None, counted: tuple[str, ...]) -> list[set[str]]:
    """The kinds of amount the quotes state (`_stated_of`, a total's parts too), to be paired within: sums of money or
    lengths, each unit alone, then counts (of people or of anything); not percentages."""
    units = {key for quote in quotes for key in _stated_of(quote, unit, counted, parts=True)}
    return [*({key} for key in sorted(units - {"", "people", "percent"})), {"", "people"}]


def _values_of_kinds(kinds: set[str], unit: str | None, counted: tuple[str, ...]) -> Callable[[str], set[Decimal]]:
    """What a text states of the kinds of amount given (`_stated_of`, a total's parts too)."""
    def values_of(text: str) -> set[Decimal]:
        return {value for key, values in _stated_of(text, unit, counted, parts=True).items() if key in kinds
                for value in values}
    return values_of


# The sides of a vote said as "yes" and "no" ("voted yes than no", "the no votes"), as the count of each is said
_VOTE_SIDES = re.compile(r"\b(?:vot\w* (yes|no|yea|nay|aye)\b|(yes|no|yea|nay|aye) (?:votes?\b|side\b|(?=than\b))|"
                         r"(?<=than )(yes|no)\b)", re.I)


def _side(vote: re.Match[str]) -> str:
    """The words a count of one side of a vote is said with ("26 voted in favor", "9 against")."""
    return "in favor " if next(side for side in vote.groups() if side).lower() in ("yes", "yea", "aye") else "against "


def _named_pair(quotes: list[str], question: str, combine: str, unit: str | None, counted: tuple[str, ...],
                preamble: frozenset[str] = frozenset(), pooled: bool = True) -> tuple[str, list[Decimal]] | None:
    """Of more than two amounts of a kind stated, the two the question names: those whose own words (`_labelled`)
    say most of the question's, each some ("construction plus logistics"; "how many present did not vote in
    favor": the members present, a total stated with its parts, and those in favor), from one quote, or else (if
    `pooled`) the quotes together; None when no pair, or several, say the most."""
    sides = {_side(m) for m in _VOTE_SIDES.finditer(question)}
    # "how many more members voted yes than no": the two sides, whoever voted (a side's count names no member); else
    # the question's words, a side as said
    counted = () if len(sides) == 2 else counted
    asked = content_words(" ".join(sides)) if len(sides) == 2 else content_words(_VOTE_SIDES.sub(
        _side, question)) - _UNIT_WORDS - preamble - {term for noun in counted for term in terms(noun)}
    # percentages for points; else sums of money or lengths, each unit alone, then counts (of people or of anything)
    for kinds in [{"percent"}] if combine == "point_difference" else _kinds_by_unit(quotes, unit, counted):
        values_of = _values_of_kinds(kinds, unit, counted)
        for texts in [*([quote] for quote in quotes), *([quotes] if pooled else [])]:
            labelled = [item for quote in texts for start, end in sentence_spans(quote)
                        for item in _labelled(quote[start:end], values_of)]
            named = [(value, said) for value, words in labelled if (said := _said_of(asked, words))]
            said = [(len(a[1] | b[1]), sorted({a[0], b[0]})) for a, b in combinations(named, 2) if a[0] != b[0]]
            most = max((count for count, _ in said), default=0)
            best = [pair for count, pair in said if count == most]
            if best:
                return ("" if "" in kinds else next(iter(kinds)), best[0]) if len(best) == 1 else None
    return None


# A range stated ("by roughly $40 million to $43 million", "between 3 and 5 percent"): its bounds are one amount, not
# two things compared (not "went from 1,144.4 to 1,291.9": a change)
_RANGE_SAID = re.compile(r"\b(?:roughly|about|around|approximately|some|between)\s+[$₩]?\d[\d,.]*\s*(?:%|percent|"
                         r"million|billion|trillion|bn|mn|tn)?\s*(?:won|dollars)?\s*(?:to|and|-|–)\s*[$₩]?\d", re.I)


def _different_things(quotes: list[str], *values: Decimal) -> bool:
    """Whether the quotes say the numbers count different things ("694 students in 34 homeroom classes")."""
    nouns = [next((noun for quote in quotes if (noun := noun_after(quote, value))), None) for value in values]
    return None not in nouns and not alike(nouns[0]) & {nouns[1]}


def with_quoted_calculation(answer: Answer, combine: str, unit: str | None = None, counted: tuple[str, ...] = (),
                            preamble: frozenset[str] = frozenset(), per_unit: str | None = None,
                            amount: str | None = None) -> Answer:
    """A retrieval answer to "what do these two amounts add up to", "how far apart are they", "how many times the
    other is it" or "by what percent did it grow (or shrink)" with the result worked out, when one of its first two
    quotes (a sentence comparing them), or else the two together, state exactly two amounts of the kind asked (two
    percentages for points, two sums, counts or numbers otherwise; of the unit asked, when the question names one:
    "by how many km"; counts of what the question counts, when it names it: "how many more incidents"; with the
    amount the question states, when several pairs are; named by the question's own words, not the `preamble` before
    it: "the memo breaks the 2025 payment down. what do construction and logistics come to"); "share", a part the
    first quote states of a whole the question states; "per_year", the first quote's total over the years the
    question spans; "rest", the whole a sentence states less the part it says was what the question says was not
    ("unfilled": "3,412 positions, of which 3,205 were filled"), nothing when a quote says the question's own words,
    else a difference; and those worked out from one quote (`_from_one_quote`); else the answer as it is (and when sums
    of money are asked, `amount`, no two counts)."""
    quotes = [citation.quote for citation in answer.citations[:2]]
    if combine == "percent_change":  # "2023 vs 2024, % change": up or down, as the first quote says it went
        went = {name for name in ("raise", "cut") if CUES[name].search(quotes[0].lower())}
        if len(went) != 1:
            return answer
        combine = "percent_increase" if went == {"raise"} else "percent_decrease"
    if combine == "rest":  # those not so: the whole less the part said to be so, unless a quote says them itself
        if rest := _rest_of_whole(quotes, answer.question, unit, counted):
            return _worked(answer, rest, "the quotes below")
        said = [m.group(0) for m in CUES["not_so"].finditer(answer.question.lower())]
        if any(words in quote.lower() for words in said for quote in quotes):
            return answer
        combine = "difference"
    if combine in FROM_ONE_QUOTE:
        # "the 2025 contract value per tonne": of 2025's sum beside 2024's, 2025's; else what the quotes state
        years = set(years_in(answer.question))
        of_years = of_years_asked(quotes, years, answer.question, untied=True) if years else None
        c = (of_years and _from_one_quote(of_years, combine, per_unit, answer.question, counted)
             or _from_one_quote(quotes, combine, per_unit, answer.question, counted))
        source = "the quote below" if len(quotes) == 1 else "the quotes below"
        return answer if c is None else _worked(answer, c, source)
    if combine == "share":
        if c := _share_of_stated(answer.question, quotes):
            return _worked(answer, c, "the quotes and the question")
        c = None if _sums(answer.question) else _share_of_quoted(quotes, answer.question, unit, counted)
        return answer if c is None else _worked(answer, c, "the quotes below")
    if combine == "per_year":
        c = _per_year_of_span(answer.question, quotes[0])
        return answer if c is None else _worked(answer, c, "the first quote and the question")
    if combine == "sum" and (spanned := _sum_over_span(quotes, answer.question)):
        return _worked(answer, spanned, "the quotes below")
    if combine == "sum" and (listed := _sum_of_listed(quotes, answer.question, unit, counted)):
        return _worked(answer, listed, "the quotes below")
    asked_years = set(years_in(answer.question))
    quotes = [quote for quote in quotes if not _RANGE_SAID.search(quote)]  # a range's bounds are no two amounts
    # "the 2024 payment than the 2023 one": each year's own amount, if that makes a pair of the kind the quotes'
    # pair is (not the counts left once sums tied to no asked year are set aside); else the quotes' pair
    plain = _quoted_pair(quotes, answer.question, combine, unit, counted, preamble)
    tied = (_quoted_pair(of_years_asked(quotes, asked_years, answer.question), answer.question, combine, unit, counted,
                         preamble)
            if len(asked_years) >= 2 else None)
    pair = _pair_of_rows(quotes, answer.question, combine, asked_years) or (
        tied if tied and (plain is None or tied[0] == plain[0]) else plain)
    if pair is None:
        return answer  # none, or more than one pair: which two were meant is not clear
    asked_unit = unit
    unit, (low, high) = pair
    if unit in ("", "people") and (amount == "money" or find_money(answer.question.lower(), [])):
        # "how many times more did the complex cost": not its "12-bay" over "Stop 5"; "6.84bn vs the current one, %
        # increase": not "two to three shifts"
        return answer
    if unit == "" and _different_things(quotes, low, high):
        return answer  # "694 students in 34 homeroom classes": no two counts of one thing
    if unit in PHYSICAL_UNITS and not asked_unit and not _MEASURE_ASKED.search(answer.question):
        return answer  # "by how much does morning traffic drop": not the queue's 740 m and 310 m
    a, b = (_quoted(value, unit) for value in (high, low))
    if combine == "sum":
        c = calculator.sum_amounts([b, a])
    elif combine == "ratio":
        c = calculator.ratio(a, b)  # "july was how many times june": the larger over the smaller
    elif combine in ("percent_increase", "percent_decrease"):
        c = calculator.percentage_change(*((b, a) if combine == "percent_increase" else (a, b)))
    else:
        c = calculator.point_difference(a, b) if unit == "percent" else calculator.difference(a, b)
    return _worked(answer, c, "the quotes below")
