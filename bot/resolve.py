"""Turn a calculator question into a Calculation: numbers from the question, missing inputs from the figures table.

Every input either appears in the question or comes from a cited figure; assumptions are returned so the
answer can name them ("the most recent year", "the 2024-10-04 Reuters rate").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from decimal import Decimal

from bot import calculator as calc
from bot.calculator import Calculation, Quantity
from bot.figures import FigureRecord, FigureTable
from bot.quantities import (
    SMA_NUMBER,
    Amount,
    find_dates,
    find_durations,
    find_headcounts,
    find_money,
    find_percents,
    find_years,
)

_MULTIPLES = {"double": 2, "doubled": 2, "twice": 2, "triple": 3, "tripled": 3, "quadruple": 4, "half": Decimal("0.5")}
_PER_HEAD = re.compile(r"\b(per|each|every|a)\s+(us |u\.s\. |american )?(soldier|troop|service ?member|worker|employee|person|head)s?\b", re.I)
_EVERY_YEAR = re.compile(r"\b(every|each|per|a) year\b|\bannual(ly)?\b|\byear[- ]on[- ]year\b|\bcompound", re.I)
_TOTAL = re.compile(r"\b(in total|total|altogether|combined|in all|cumulative|sum)\b", re.I)
_CHANGE = re.compile(r"\b(percent(age)? (change|increase|rise|growth|drop|decrease)|by what percent(age)?|how much (more|higher|bigger|larger)|what percent(age)? (higher|more|increase|rise))\b", re.I)
_CONVERT_TO = re.compile(r"\b(in|into|to) (us )?(dollars|usd|won|krw)\b", re.I)
_RAISE = re.compile(r"\b(increas\w*|rais\w*|rose|rise\w*|grow\w*|grew|up|hik\w*)\s+(by\s+)?(?=\d)", re.I)
_CUT = re.compile(r"\b(cut\w*|reduc\w*|decreas\w*|lower\w*|drop\w*|fell|fall\w*|down)\s+(by\s+)?(?=\d)", re.I)
_PERCENT_OF = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|percent)\s+of\b", re.I)
_TIMES = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:times|x)\b", re.I)
_DAYS = re.compile(r"\bhow many days\b|\bdays (until|till|before|left|remain\w*|between|since|from)\b", re.I)
_EXPIRY = re.compile(r"\b(expir\w*|end\w*|run\w* out|lapse\w*)\b", re.I)
_CAP = re.compile(r"\bcap(ped)?\b", re.I)

# Words that make a question a calculation rather than a lookup.
CALCULATION_CUES = re.compile(
    r"\b(if|would|what if|suppose|assuming|projected?|projection|compound\w*|convert\w*|double|doubled|twice|"
    r"triple|half|times|increased by|raised by|cut by|reduced by|per (us |american )?(soldier|troop|worker|employee|person)|"
    r"how many days|days (until|till|left|between|since)|percent(age)? (change|difference)|in total|total|altogether|"
    r"(what|which) (share|percentage|proportion) of \S*\d)\b|"
    r"\b(rais|increas|cut|reduc|grow|lower)\w*\b[^?]{0,60}\bby\s+\d|"
    r"\d\s*(%|percent)\b[^.?]{0,60}\b((every|each|per|a) year|annually)\b|\d\s*(%|percent)\s+of\b",
    re.I,
)


class UnresolvedCalculation(Exception):
    """A calculation the question asks for that the table cannot support; the message says what is missing."""


@dataclass
class Resolved:
    calculation: Calculation
    figures: list[FigureRecord] = field(default_factory=list)
    assumptions: list[str] = field(default_factory=list)


# "By what percentage did the payment change from 2019 to 2026?": a change, in percent, over a span of years.
_PERCENT_WORD = re.compile(r"\bpercent(age)?\b|%", re.I)
_CHANGE_VERB = re.compile(r"\b(chang|grow|grew|rise|rose|increas|jump|climb|fall|fell|drop|decreas|declin)\w*", re.I)
_YEAR_SPAN = re.compile(r"\b(from|between)\s+(19|20)\d\d\s+(to|and|until|through)\s+(19|20)\d\d\b", re.I)


def asks_percent_change_over_years(question: str) -> bool:
    return bool(_PERCENT_WORD.search(question) and _CHANGE_VERB.search(question) and _YEAR_SPAN.search(question))


def looks_like_calculation(question: str) -> bool:
    return bool(CALCULATION_CUES.search(question)) or asks_percent_change_over_years(question)


class Resolver:
    def __init__(self, table: FigureTable, today: dt.date | None = None) -> None:
        self.table = table
        self.today = today

    # -- inputs ---------------------------------------------------------------------------------
    def _money(self, amount: Amount, label: str) -> tuple[Quantity, FigureRecord | None]:
        """A stated amount, tagged with the figure it matches when the table has that exact value."""
        match = next((r for r in self.table.records
                      if r.figure.unit == amount.unit and r.figure.number == amount.value), None)
        return Quantity(value=amount.value, unit=amount.unit, label=f"{label} ({amount.text})",
                        figure=match.figure.id if match else None), match

    def _figure_quantity(self, record: FigureRecord, label: str) -> Quantity:
        f = record.figure
        return Quantity(value=f.number, unit=f.unit, label=label, figure=f.id)

    def _contribution(self, year: int, unit: str = "KRW") -> FigureRecord | None:
        """The table's payment for a year, preferring an exact single-year record."""
        records = [r for r in self.table.find(kind="contribution", unit=unit, year=year) if r.figure.year == year]
        return records[0] if records else None

    # -- entry point -----------------------------------------------------------------------------
    def resolve(self, question: str) -> Resolved | None:
        for attempt in (self._days, self._per_head, self._projection, self._total, self._period_total,
                        self._share, self._change,
                        self._conversion, self._multiple, self._raise_or_cut):
            resolved = attempt(question)
            if resolved:
                return resolved
        return None

    def _per_head(self, q: str) -> Resolved | None:
        match = _PER_HEAD.search(q)
        money = find_money(q)
        if not match or not money:
            return None
        amount, fig = self._money(money[0], "amount")
        figures = [fig] if fig else []
        heads = find_headcounts(q)
        assumptions = []
        if heads:
            count = Quantity(value=heads[0][0], unit="people", label=f"{heads[0][1]} (from the question)")
        else:
            kind = "troops" if re.search(r"soldier|troop|service", match.group(3), re.I) else "workforce"
            candidates = [r for r in self.table.find(kind=kind, unit="people")]
            if not candidates:
                return None
            record = max(candidates, key=lambda r: (r.figure.as_of or dt.date.min))
            count = self._figure_quantity(record, record.figure.text)
            figures.append(record)
            assumptions.append(f"used the most recent {kind} figure: {record.figure.value} ({record.figure.id})")
        return Resolved(calc.per_head(amount, count), figures, assumptions)

    def _projection(self, q: str) -> Resolved | None:
        percents = find_percents(q)
        years = sorted(set(find_years(q)))
        if not percents or not (_EVERY_YEAR.search(q) or len(years) >= 2 and _CAP.search(q)):
            return None
        money = find_money(q)
        figures, assumptions = [], []
        if money:
            base, fig = self._money(money[0], "base amount")
            figures += [fig] if fig else []
            base_year = years[0] if years else (self.today or dt.date.today()).year
            if not years:
                assumptions.append(f"took {base_year} as the base year")
        elif years:
            base_year = years[0]
            record = self._contribution(base_year)
            if record is None:
                return None
            base = self._figure_quantity(record, record.figure.text)
            figures.append(record)
        else:
            return None
        later = [y for y in years if y > base_year]
        durations = find_durations(q, "year")
        if later:
            to_year = later[-1]
        elif durations:
            to_year = base_year + int(durations[0])
        else:
            return None
        rate = Quantity(value=percents[0], unit="percent", label="annual rate (from the question)")
        cap = None
        if _CAP.search(q):
            cap = Quantity(value=percents[-1], unit="percent", label="annual cap (from the question)")
            rule = next((r for r in self.table.find(kind="increase_rule") if r.figure.number == cap.value), None)
            if rule:
                cap = self._figure_quantity(rule, rule.figure.text)
                figures.append(rule)
        return Resolved(calc.project(base, base_year, to_year, rate, cap), figures, assumptions)

    def _total(self, q: str) -> Resolved | None:
        money, durations = find_money(q), find_durations(q, "year")
        if not (_TOTAL.search(q) and money and durations):
            return None
        amount, fig = self._money(money[0], "annual amount")
        years = Quantity(value=durations[0], unit="years", label="years (from the question)")
        return Resolved(calc.total_over_years(amount, years), [fig] if fig else [])

    def _period_total(self, q: str) -> Resolved | None:
        """'How much did Korea pay in total from 2019 to 2021?' / '... under the 11th SMA?': the table's payments."""
        if not _TOTAL.search(q) or find_money(q):
            return None
        years = sorted(set(find_years(q)))
        number = SMA_NUMBER.search(q)
        if len(years) >= 2:
            span = range(years[0], years[-1] + 1)
        elif number:
            terms = [r for r in self.table.records if r.figure.sma == int(number.group(1)) and r.figure.unit == "years"]
            if not terms:
                return None
            span = terms[0].figure.years()
        else:
            return None
        records = [self._contribution(year) for year in span]
        missing = [year for year, record in zip(span, records) if record is None]
        if missing:
            raise UnresolvedCalculation(
                f"The figures table has no payment for {', '.join(map(str, missing))}, so I cannot total "
                f"{span[0]}–{span[-1]} exactly.")
        amounts = [self._figure_quantity(r, f"{r.figure.year} payment") for r in records]
        return Resolved(calc.sum_amounts(amounts), records, [f"summed the yearly payments for {span[0]}–{span[-1]}"])

    def _share(self, q: str) -> Resolved | None:
        """'What share of $1.6 billion is $848.8 million?' -> part ÷ total."""
        money = find_money(q)
        if len(money) != 2 or not re.search(r"\b(what|which) (share|percentage|percent|proportion|fraction)\b", q, re.I):
            return None
        (first, f1), (second, f2) = self._money(money[0], "first amount"), self._money(money[1], "second amount")
        if first.unit != second.unit:
            return None
        part, total = (first, second) if re.search(r"\bof\s+" + re.escape(money[0].text), q) is None else (second, first)
        return Resolved(calc.share_of_total(part, total), [f for f in (f1, f2) if f])

    def _change(self, q: str) -> Resolved | None:
        if not (_CHANGE.search(q) or asks_percent_change_over_years(q)):
            return None
        money = find_money(q)
        if len(money) >= 2:
            (old, f1), (new, f2) = self._money(money[0], "old amount"), self._money(money[1], "new amount")
            return Resolved(calc.percentage_change(old, new), [f for f in (f1, f2) if f])
        years = sorted(set(find_years(q)))
        if len(years) >= 2:
            old_r, new_r = self._contribution(years[0]), self._contribution(years[-1])
            if old_r and new_r:
                old = self._figure_quantity(old_r, f"{years[0]} payment")
                new = self._figure_quantity(new_r, f"{years[-1]} payment")
                return Resolved(calc.percentage_change(old, new), [old_r, new_r])
        return None

    def _conversion(self, q: str) -> Resolved | None:
        match, money = _CONVERT_TO.search(q), find_money(q)
        if not match or not money:
            return None
        target = "USD" if match.group(3).lower() in ("dollars", "usd") else "KRW"
        amount_q, fig = self._money(money[0], "amount")
        if amount_q.unit == target:
            return None
        figures = [fig] if fig else []
        explicit = re.search(r"\bat\s+([\d,]+(?:\.\d+)?)\s*(won|krw)\s*(per|to|a|/)\s*(the\s+)?(dollar|usd|\$)", q, re.I)
        assumptions = []
        if explicit:
            rate = Quantity(value=Decimal(explicit.group(1).replace(",", "")), unit="KRW per USD",
                            label="exchange rate (from the question)")
        else:
            rates = self.table.find(kind="exchange_rate", unit="KRW per USD")
            if not rates:
                return None
            record = max(rates, key=lambda r: r.figure.as_of or dt.date.min)
            rate = self._figure_quantity(record, record.figure.text)
            figures.append(record)
            assumptions.append(f"used the exchange rate of {record.figure.value} won per dollar as of "
                               f"{record.figure.as_of} ({record.figure.id}); today's rate may differ")
        return Resolved(calc.convert(amount_q, rate, target), figures, assumptions)

    def _multiple(self, q: str) -> Resolved | None:
        money = find_money(q)
        if not money:
            return None
        factor = None
        word = re.search(r"\b(" + "|".join(_MULTIPLES) + r")\b", q, re.I)
        if (m := _PERCENT_OF.search(q)):
            factor, label = Decimal(m.group(1)) / 100, f"{m.group(1)} percent of"
        elif (m := _TIMES.search(q)):
            factor, label = Decimal(m.group(1)), f"{m.group(1)} times"
        elif word:
            factor, label = Decimal(_MULTIPLES[word.group(1).lower()]), word.group(1).lower()
        if factor is None:
            return None
        amount, fig = self._money(money[0], "amount")
        multiple = Quantity(value=factor, unit="multiple", label=f"{label} (from the question)")
        return Resolved(calc.apply_multiple(amount, multiple), [fig] if fig else [])

    def _raise_or_cut(self, q: str) -> Resolved | None:
        money, percents = find_money(q), find_percents(q)
        if not money or not percents:
            return None
        sign = -1 if _CUT.search(q) else 1 if _RAISE.search(q) else 0
        if not sign:
            return None
        amount, fig = self._money(money[0], "amount")
        percent = Quantity(value=sign * percents[0], unit="percent", label="change (from the question)")
        return Resolved(calc.apply_percent(amount, percent), [fig] if fig else [])

    def _days(self, q: str) -> Resolved | None:
        if not _DAYS.search(q):
            return None
        dates = find_dates(q)
        today = self.today or dt.date.today()
        figures, assumptions = [], []
        if len(dates) >= 2:
            start, end, start_label, end_label = dates[0], dates[1], "from", "to"
        elif len(dates) == 1:
            start, end, start_label, end_label = today, dates[0], "today", "date"
        else:
            record = self._expiry(q)
            if record is None:
                return None
            start, end, start_label, end_label = today, record[1], "today", "expiry"
            figures.append(record[0])
            assumptions.append(f"took the agreement's end as {record[1].isoformat()}, the last day of its term "
                               f"({record[0].figure.id})")
        inputs = [Quantity(value=Decimal((end - start).days), unit="days", label=f"{start} to {end}",
                           figure=figures[0].figure.id if figures else None)]
        return Resolved(calc.days_between(start, end, start_label, end_label, inputs), figures, assumptions)

    def _expiry(self, q: str) -> tuple[FigureRecord, dt.date] | None:
        """The end of an SMA's term: the one named, or the one in force."""
        if not _EXPIRY.search(q):
            return None
        number = SMA_NUMBER.search(q)
        terms = [r for r in self.table.records if r.figure.unit == "years" and r.figure.period and r.figure.sma]
        if number:
            terms = [r for r in terms if r.figure.sma == int(number.group(1))]
        if not terms:
            return None
        record = max(terms, key=lambda r: r.figure.sma)
        return record, dt.date(max(record.figure.years()), 12, 31)
