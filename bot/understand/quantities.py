"""The one quantity parser: money, percents, head counts, dates, exchange rates, years and durations, each
with its value, unit and span (as quantulum3 keeps them), so no later step scans the string again.

Used on normalised questions (bot/understand/parse.py), on `/sma-project` arguments and, through
NUMBER, by the grounding check that reads numbers in answers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from bot.text import content_words, terms
from bot.understand.normalize import SPOKEN_NUMBER, spoken_number

NUMBER = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
SCALES = {"thousand": 3, "k": 3, "million": 6, "mn": 6, "m": 6, "mil": 6, "billion": 9, "bn": 9, "b": 9, "bil": 9,
          "trillion": 12, "tn": 12, "t": 12, "tril": 12, "trn": 12}
_SCALE = r"(thousand|million|billion|trillion|tril|bil|mil|trn|mn|bn|tn|k|m|b|t)\b"
MONEY = re.compile(
    rf"(?P<prefix>us\$|\$|₩|usd\s?|krw\s?|w(?=\d))?{NUMBER}\s*(?:{_SCALE})?\s*"
    rf"(?P<suffix>korean won|won|krw|us dollars?|dollars?|usd|bucks)?\b")
PERCENT = re.compile(rf"[+-]?{NUMBER}\s*(?:%|percent\b|per cent\b|percentage points?\b)")
_PEOPLE = (r"(?P<noun>troops?|soldiers?|service ?members?|servicemen|personnel|(?:korean |base |local )?(?:workers?|"
           r"employees?|staff)|people|persons?|heads?|furlough(?:ed|ees?))")  # "4,000 furloughed": workers
# "28,500 troops", "9,000 of us Korean employees"; not "1,000 of the 3,200 troops" (a part of them)
HEADCOUNT = re.compile(rf"(?<![\d,.])(?!(?:19|20)\d\d\b){NUMBER}\s+(?:of (?:us|our)\s+)?(?:(?!per\b|of\b|for\b)[a-z.]+\s+){{0,2}}?"
                       rf"{_PEOPLE}\b(?:\s+out of\s+{NUMBER}\b(?!\s*%))?")
RATE = re.compile(
    rf"(?<![\d,.]){NUMBER}[\s-]*(?:won|krw|₩)?[\s-]*(?:to|per|a|/|for|against)[\s-]*(?:the\s+|one\s+|1\s+|a\s+|each\s+)?(?:us\s+)?(?:dollar|usd|\$(?!\s*\d))"
    r"(?:\s+(?:flat|even)\b)?"  # "1,400 won to the $ flat"
    rf"|(?:exchange rate|rate|fx|(?:won|krw)\s*/\s*(?:dollar|usd|\$)|(?:usd|dollar)\s*/\s*(?:krw|won))\s*"
    rf"(?:of\s+|at\s+|is\s+|=\s*|:\s*)?{NUMBER}(?!\s*(?:%|percent))"  # "won/dollar is 1,450", "krw/usd = 1,500"
    rf"|\bat\s+{NUMBER}(?!\d|[,.]\d)(?!\s*(?:%|percent|per cent|(?!(?:if|and|or|but|then|so|what|how|when|with|pls|"
    r"please|assuming|for the|for a|rounded|round|roughly|exactly|thanks|thx|rate)\b)[a-z]))"
    # "in usd at 1,380 if there are 28,500", "at 1,450 rounded": a rate; not "at 5 sites"
    # "in usd? use 1,150": a number of won the asker says to convert at
    r"|\b(?:use|using|assume|assuming)\s+(\d,\d{3}|\d{3,4})(?![\d,.])(?!\s*(?:%|percent|per cent|[a-z]))")
# "fy2025" too; not a code's number ("lot 2024-b")
YEAR = re.compile(r"(?<![\d,.$₩])(?:\b|(?<=fy))(19[5-9]\d|20[0-4]\d)\b(?!\d|,\d|\.\d| ?%|-[a-z]\b)")
YEAR_SPAN = re.compile(
    r"\bbetween\s+(19[5-9]\d|20[0-4]\d)\s+and\s+(19[5-9]\d|20[0-4]\d)\b|"
    r"\b(19[5-9]\d|20[0-4]\d)\s*(?:-|~|to|through|thru|until|till|up to)\s*(?:the end of\s+|year\s+)?"
    r"(19[5-9]\d|20[0-4]\d)\b")
DURATION = re.compile(r"\b(\d+)[- ]?(years?|yrs?|days?|months?)\b")
_MONTHS = "january february march april may june july august september october november december".split()
MONTH = "(" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?"
DATE = re.compile(
    rf"\b(?:(\d{{4}})-(\d{{2}})-(\d{{2}})|{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})"
    rf"|(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH},?\s+(\d{{4}}))\b")


@dataclass(frozen=True)
class Money:
    value: Decimal
    unit: str | None  # KRW, USD, or None when the question names no currency
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Percent:
    value: Decimal
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Headcount:
    value: Decimal
    group: str  # troops or workers
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class DateMention:
    date: dt.date
    text: str
    start: int
    end: int
    month_only: bool = False  # "march 2021": the month, dated its first day

    def names(self, day: dt.date) -> bool:
        """Whether the mention names the day, or the month the day is in."""
        return (day.year, day.month) == (self.date.year, self.date.month) and (self.month_only or day == self.date)


@dataclass(frozen=True)
class ExchangeRate:
    krw_per_usd: Decimal
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class YearMention:
    year: int
    text: str
    start: int
    relative: bool = False  # "this year", "next year"


@dataclass(frozen=True)
class Duration:
    value: Decimal
    unit: str  # years, days or months
    text: str
    start: int


def decimal(text: str) -> Decimal:
    """'1,519.2' -> Decimal('1519.2'); raises ValueError for what is not a number."""
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a number") from None


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in taken)


# "convert the 2026 payment to dollars at 1,400 won": a rate said in won alone, in a question about dollars
RATE_IN_WON = re.compile(rf"\bat\s+{NUMBER}\s*(?:won|krw)\b(?!\s*(?:to|per|a|/|for|against)\b)")
_DOLLARS = re.compile(r"\b(?:dollars?|usd)\b|\$")


def find_rates(text: str, taken: list[tuple[int, int]]) -> list[ExchangeRate]:
    found = []
    matches = list(RATE.finditer(text)) + (list(RATE_IN_WON.finditer(text)) if _DOLLARS.search(text) else [])
    for m in matches:
        if _overlaps(m.start(), m.end(), [(r.start, r.end) for r in found]):
            continue
        value = decimal(next(g for g in m.groups() if g))
        if 100 <= value < 100000:  # won per dollar; a small number here is something else
            found.append(ExchangeRate(value, m.group(0), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    return found


MONTH_YEAR = re.compile(rf"\b{MONTH},?\s+(\d{{4}})\b")


def find_dates(text: str, taken: list[tuple[int, int]], year: int | None = None) -> list[DateMention]:
    """The dates a text states; a day of a month without its year is of the one year the text writes, else of
    `year` (the year a document names before the text), else no date."""
    found = []
    for m in DATE.finditer(text):
        try:
            if m.group(1):
                date = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            elif m.group(4):
                date = dt.date(int(m.group(6)), _month(m.group(4)), int(m.group(5)))
            else:
                date = dt.date(int(m.group(9)), _month(m.group(8)), int(m.group(7)))
        except ValueError:
            continue
        found.append(DateMention(date, m.group(0), m.start(), m.end()))
        taken.append((m.start(), m.end()))
    written = set(YEAR.findall(text)) or ({str(year)} if year else set())
    for m in _DAY_OF_MONTH.finditer(text) if len(written) == 1 else ():  # "in 2020 ... on march 1st": of that year
        if not any(start <= m.start() < end for start, end in taken):
            try:
                found.append(DateMention(dt.date(int(next(iter(written))), _month(m.group(1)), int(m.group(2))),
                                         m.group(0), m.start(), m.end()))
            except ValueError:
                continue
            taken.append(m.span())
    for m in MONTH_YEAR.finditer(text):  # a month: its year stays a year mention too
        if not any(start <= m.start() < end for start, end in taken):
            found.append(DateMention(dt.date(int(m.group(2)), _month(m.group(1)), 1), m.group(0), m.start(), m.end(),
                                     month_only=True))
    return found


# A day of a month without its year ("march 1st", "June 15")
_DAY_OF_MONTH = re.compile(rf"\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?!,?\s+\d{{4}})")


def _month(name: str) -> int:
    return [m[:3] for m in _MONTHS].index(name[:3]) + 1


def find_percents(text: str, taken: list[tuple[int, int]]) -> list[Percent]:
    found = []
    for m in PERCENT.finditer(text):
        if not _overlaps(m.start(), m.end(), taken) and not YEAR.fullmatch(m.group(1)):  # "2026 pct change": a year
            sign = -1 if m.group(0).startswith("-") else 1
            found.append(Percent(sign * decimal(m.group(1)), m.group(0), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    return found


# A table's cell after its column's heading, the heading naming the currency and scale: "fy2025 (billion won): 688.5"
_HEADED = re.compile(rf"\((?P<heading>[^()]{{1,24}})\)\s*:\s*{NUMBER}(?![\d%])")
_HEADING_CURRENCY = re.compile(r"(?P<krw>\bwon\b|\bkrw\b|₩)|\$|\busd\b|\bdollars?\b")


def _headed_cells(text: str, taken: list[tuple[int, int]]) -> list[Money]:
    """The amounts of a table's cells whose heading names their currency (and scale)."""
    found = []
    for m in _HEADED.finditer(text):
        currency = _HEADING_CURRENCY.search(m.group("heading"))
        if currency is None or _overlaps(m.start(2), m.end(), taken):
            continue
        scale = re.search(_SCALE, m.group("heading").replace(currency.group(0), " "))
        value = decimal(m.group(2)) * Decimal(10) ** (SCALES[scale.group(1)] if scale else 0)
        found.append(Money(value, "KRW" if currency.group("krw") else "USD", m.group(2), m.start(2), m.end()))
        taken.append((m.start(2), m.end()))
    return found


def find_money(text: str, taken: list[tuple[int, int]]) -> list[Money]:
    """Amounts with a currency or a scale word, or in a table's cell whose heading names them; a bare amount takes
    the currency named elsewhere in the question ("from 1.4028 to 1.5192 trillion won"), not in an exchange rate
    ("at 1,400 won/$"), else None."""
    found = _headed_cells(text, taken)
    elsewhere = "".join(" " if any(a <= i < b for a, b in taken) else ch for i, ch in enumerate(text))
    for m in MONEY.finditer(text):
        prefix, scale, suffix = (m.group("prefix") or "").strip(), m.group(3), m.group("suffix")
        if not (prefix or suffix or scale) or _overlaps(m.start(), m.end(), taken):
            continue
        if scale in ("m", "b", "t", "k") and not (prefix or suffix) and not m.group(0).rstrip().endswith(scale):
            continue
        if scale and not (prefix or suffix) and _THINGS_COUNTED.match(text, m.end()):
            continue  # "3.51 million people took part": a count, whatever currency the sentence names elsewhere
        value = decimal(m.group(2))
        if scale:
            value *= Decimal(10) ** SCALES[scale]
        unit = ("KRW" if prefix in ("₩", "krw", "w") or (suffix or "").endswith(("won", "krw")) else
                "USD" if prefix or suffix else None)
        end = m.start() + len(m.group(0).rstrip())  # "1.2 trillion in 2020": the amount ends before the space
        found.append(Money(value, unit, m.group(0).strip(), m.start(), end))
        taken.append((m.start(), end))
    return _share_scale_and_currency(sorted(found, key=lambda money: money.start), elsewhere)


# What a scaled number counts when it is no sum of money: "2.7 million people", "1.2 million visitors"
_THINGS_COUNTED = re.compile(r"\s*(?!(?:won|dollars|bucks|usd|krw|in|of|for|from|to|as|and|or|is|was|a|an|the|plus|"
                             r"minus|less|times)\b)"
                             # nor a verb after the amount: "1.5tn goes to labor", "$10bn covers the rest"
                             r"(?!(?:goes|does|has|comes|gets|makes|takes|pays|covers|means|seems|looks|remains|stays|"
                             r"includes|represents|amounts|equals|accounts|buys|funds|adds|sits|works|counts|rises|falls|"
                             r"grows|drops|climbs|jumps|increases|decreases|gains|totals|reaches|hits|stands)\b)"
                             r"(?:[a-z]+s|people|men|women|children|personnel|staff|crew)\b")


# The currency a question converts into ("what's that in usd"): no currency of its amounts
_TARGET_CURRENCY = re.compile(r"\b(?:in|into|to|as) (?:us |korean )?(?:dollars?|usd|won|krw|[$₩](?!\s*\d))")


def _share_scale_and_currency(found: list[Money], text: str) -> list[Money]:
    """'1.4028 to 1.5192 trillion won': the first number is trillion won too."""
    text = _TARGET_CURRENCY.sub(lambda m: " " * len(m.group(0)), text)
    shared = []
    for i, money in enumerate(found):
        unit = money.unit
        if unit is None:
            nearest = next((m for m in found[i + 1:] if m.unit), None) or next((m for m in reversed(found[:i]) if m.unit), None)
            unit = nearest.unit if nearest else ("KRW" if re.search(r"\bwon\b|₩|krw", text) else
                                                  "USD" if re.search(r"\$|dollar|usd", text) else
                                                  "KRW" if money.value >= 10 ** 12 else None)  # trillions are won here
        shared.append(Money(money.value, unit, money.text, money.start, money.end))
    bare = re.compile(rf"(?<![\d.,$₩]){NUMBER}\s+(?:to|and|-|through)\s+$")
    for i, money in enumerate(shared):
        scale = re.search(_SCALE + r"\s*(?:korean won|won|krw|us dollars?|dollars?|usd)?$", money.text)
        before = bare.search(text[: money.start])
        if before and YEAR.fullmatch(before.group(1)):
            continue  # "1.0389tn in 2020 to 1.2472tn in 2022": a year, no lower end of a range of sums
        if scale and before and not money.text.startswith(("$", "₩", "us$", "usd", "krw")):
            value = decimal(before.group(1)) * Decimal(10) ** SCALES[scale.group(1)]
            shared.insert(i, Money(value, money.unit, before.group(0).split()[0], before.start(), before.start() + len(before.group(1))))
            break
    # "$1.2 and 1.5 billion", "$1.2 to $1.5bn": the first end, in the same currency, has the second's scale too
    for i, (money, other) in enumerate(zip(shared, shared[1:])):
        scale = re.search(_SCALE, other.text)
        prefixed = money.text.startswith(("$", "₩", "us$", "usd", "krw"))
        if scale and prefixed and money.unit == other.unit and not re.search(_SCALE, money.text) and (
                _RANGE_JOIN.fullmatch(text, money.end, other.start)):
            shared[i] = Money(money.value * Decimal(10) ** SCALES[scale.group(1)], money.unit, money.text, money.start,
                              money.end)
    return shared


_RANGE_JOIN = re.compile(r"\s*(?:to|and|-|–|through)\s*")


# "from about 4,500 to at least 5,500 troops": the first number counts what the second does
_APPROXIMATELY = r"(?:(?:about|around|some|roughly|nearly|approximately|at least|more than|over|just over) |~ ?)?"
_RANGE_FROM = re.compile(rf"\bfrom {_APPROXIMATELY}{NUMBER} to {_APPROXIMATELY}$")
# "3,000 out of the 8,600 employees", "4,000 of about 8,600 staff": the part counts what the whole does
_PART_BEFORE = re.compile(rf"(?<![\d,.]){_APPROXIMATELY}{NUMBER} (?:out )?of (?:the |a |an )?{_APPROXIMATELY}$")


# "a workforce of 8,600", "taking the workforce as 8,600": a count of workers said after them
_WORKFORCE = re.compile(rf"\b(?:workforce|work force|headcount) (?:of|as|was|is|at|=|:) {_APPROXIMATELY}{NUMBER}"
                        r"(?![,.]?\d|\s*%)")


def find_headcounts(text: str, taken: list[tuple[int, int]]) -> list[Headcount]:
    found = []
    for m in _WORKFORCE.finditer(text):
        if not _overlaps(m.start(1), m.end(1), taken):
            found.append(Headcount(decimal(m.group(1)), "workers", m.group(0), m.start(1), m.end(1)))
            taken.append((m.start(1), m.end(1)))
    for m in HEADCOUNT.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        noun = m.group("noun")
        group = "workers" if re.search(r"worker|employee|staff|furlough", noun) else "troops"
        if (part := _PART_BEFORE.search(text, 0, m.start())) and not _overlaps(part.start(1), part.end(1), taken):
            found.append(Headcount(decimal(part.group(1)), group, part.group(1), part.start(1), part.end(1)))
            taken.append((part.start(1), part.end(1)))
        found.append(Headcount(decimal(m.group(1)), group, m.group(0), m.start(), m.end()))
        if (start := _RANGE_FROM.search(text, 0, m.start())) and not _overlaps(start.start(1), start.end(1), taken):
            found.append(Headcount(decimal(start.group(1)), group, start.group(1), start.start(1), start.end(1)))
            taken.append((start.start(1), start.end(1)))
        if m.group(m.lastindex) and m.lastindex > 2 and "out of" in m.group(0):  # "4,000 workers out of 9,000"
            whole = m.group(m.lastindex)
            found.append(Headcount(decimal(whole), group, whole, m.end() - len(whole), m.end()))
        taken.append((m.start(), m.end()))
    return found


def find_durations(text: str, taken: list[tuple[int, int]]) -> list[Duration]:
    found = []
    for m in DURATION.finditer(text):
        if _overlaps(m.start(), m.end(), taken):
            continue
        unit = {"y": "years", "d": "days", "m": "months"}[m.group(2)[0]]
        found.append(Duration(Decimal(m.group(1)), unit, m.group(0), m.start()))
        taken.append((m.start(), m.end()))
    return found


def find_numbers(text: str, taken: list[tuple[int, int]]) -> list[Decimal]:
    """Plain numbers left over (not years, amounts, percents, counts or dates)."""
    return [decimal(m.group(1)) for m in re.finditer(rf"(?<![\w.,]){NUMBER}(?!\w)(?![.,]\d)", text)
            if not _overlaps(m.start(), m.end(), taken) and not YEAR.fullmatch(m.group(1))]


def find_years(text: str, taken: list[tuple[int, int]]) -> list[YearMention]:
    """Calendar years not inside an amount, percent or rate (years inside dates count)."""
    return [YearMention(int(m.group(1)), m.group(0), m.start()) for m in YEAR.finditer(text)
            if not _overlaps(m.start(), m.end(), taken) or _inside_date(m.start(), text)]


def _inside_date(position: int, text: str) -> bool:
    return any(m.start() <= position < m.end() for m in DATE.finditer(text))


def money_in(text: str) -> list[Money]:
    """Amounts in any text (answers, quotes), as the question parser reads them."""
    return find_money(text.lower(), [])


_CODE = re.compile(r"\b[a-z]+-\d+\b|\b\d+(?:,\d+)+-[a-z]+")  # "pac-3", "2,3,7,8-tcdd": names, not amounts
# A part's number ("Wave 2", "Round 7", "Article 5", "Table 3") labels it, an age ("aged 18") tells one: no counts
_LABEL_NUMBER = re.compile(r"\b(?:wave|round|phase|stage|part|chapter|section|item|article|annex|vol\.?|volume|page|"
                           r"table|figure|tier|no\.|aged?)\s+\d+\b")
# "Dec. 11", and the last day of a range of days ("September 15 to 19", "June 3-5")
_MONTH_DAY = re.compile(rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:-|–|to|through)\s*\d{{1,2}}(?:st|nd|rd|th)?)?\b")
_SMALL_NUMBERS = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"  # in words
_COUNT_WORDS = re.compile(rf"\b({_SMALL_NUMBERS}|"
                          r"(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-[a-z]+)?|dozens?|hundreds?|thousands?)\b")


# Sums in currencies the calculator does not convert ("946.5 billion yen", "€2 million")
_OTHER_MONEY = re.compile(rf"{NUMBER}\s*(?:{_SCALE})?\s*(?:yen|euros?|pounds?|yuan|rubles?|pesos?)\b|[€£¥]\s?{NUMBER}")


def states_money(text: str) -> bool:
    """Whether a text states a sum of money, in won, dollars or another currency."""
    return any(m.unit for m in money_in(text)) or bool(_OTHER_MONEY.search(text.lower()))


def not_amounts(text: str) -> list[tuple[int, int]]:
    """The spans of numbers in a text that are no amounts: dates ("Dec. 11", "May 4, 2006"), times of day ("18:00"),
    parts of names ("PAC-3") and the numbers of parts ("Wave 2")."""
    lowered = text.lower()
    taken = [m.span() for pattern in (_CODE, _MONTH_DAY, _LABEL_NUMBER, _CLOCK) for m in pattern.finditer(lowered)]
    find_dates(lowered, taken)
    return taken


# A time of day ("18:00", "9:30 a.m.", "10 pm"): no amount
_CLOCK = re.compile(r"(?<![\d.,:])\d{1,2}:[0-5]\d(?::[0-5]\d)?(?![\d.,:])(?:\s*[ap]\.?m\b\.?)?|"
                    r"\b\d{1,2}\s*[ap]\.?m\b\.?")


def states_count(text: str) -> bool:
    """Whether a text states a count: a number that is not a sum of money, a percentage, a length of time or
    distance, a weight, a year, a date or part of a name ("PAC-3"), or a number in words ("three veterans")."""
    lowered, taken = text.lower(), not_amounts(text)
    # "at least 90 days before", "a range of 800 km": no counts
    taken += [m.span() for pattern in (_LENGTH, _PHYSICAL) for m in pattern.finditer(lowered)]
    find_percents(lowered, taken)
    bare = [m for m in find_money(lowered, taken) if m.unit is None]  # "12,000 officers", "2.43 million"
    words = [m for m in _COUNT_WORDS.finditer(lowered) if not _overlaps(m.start(), m.end(), taken)]  # not "five years"
    return bool(bare or find_numbers(lowered, taken) or words)


# Lengths and weights ("800 km", "180 kilometers", "500 meters", "500 kilograms"): amounts of a unit of their own
_PHYSICAL_WORDS = r"km|kilomet(?:er|re)s?|met(?:er|re)s?|miles?|kg|kilograms?|tons?|tonnes?"
_PHYSICAL = re.compile(rf"(?<![\w.,]){NUMBER}[\s-]*({_PHYSICAL_WORDS})\b")
# Lengths of time a quote states ("33 hours", "three days"): amounts of their unit ("hours"), apart from clock times
_TIME_SPENT = re.compile(rf"(?<![\w.,:])(?:{NUMBER}|({SPOKEN_NUMBER}))[\s-]*(minute|hour|day|week|month)s?\b")
# A count in words, of the things named within a few words after it ("six AH-64 Apache gunships")
# (not "the two currencies", "these three categories": things referred to, not counted)
_COUNT_IN_WORDS = re.compile(rf"(?<!\bthe )(?<!\bthese )(?<!\bthose )(?<!\bboth )\b({SPOKEN_NUMBER})\b"
                             rf"(?=(?:[\s-][\w/-]+){{0,3}}?\s(?!of\b)[a-z]+s\b)")
PHYSICAL_ASKED = re.compile(rf"\b(?:in|how many) ({_PHYSICAL_WORDS})\b")  # "by how many km", "in tons"
_UNIT_BY_INITIAL = {"k": "km", "m": "miles", "t": "tons"}  # kilograms aside
PHYSICAL_UNITS = frozenset({*_UNIT_BY_INITIAL.values(), "kg", "m"})


def physical_unit(word: str) -> str:
    """The unit a length or weight is kept in: "kilometres" -> "km", "kg" -> "kg", "metres" -> "m", "tonnes" ->
    "tons"."""
    if word.startswith("met"):
        return "m"
    return "kg" if word.startswith(("kg", "kilog")) else _UNIT_BY_INITIAL[word[0]]


def quoted_amounts(text: str, in_words: bool = False) -> dict[str, set[Decimal]]:
    """The amounts a quote states, by unit: percentages, sums of a currency, counts of people, lengths and weights
    ("km", "miles", "kg", "tons"), lengths of time ("hours", "days"), and other numbers (unit ""): "2.43 million"
    square meters, "80 sites"; not years, dates or parts of names ("PAC-3"). `in_words`: also the counts and lengths
    of time written in words ("six gunships", "three days"), as amounts to be combined are."""
    lowered, taken = text.lower(), not_amounts(text)
    found: dict[str, set[Decimal]] = {}
    for m in _PHYSICAL.finditer(lowered):
        if not _overlaps(m.start(), m.end(), taken):
            found.setdefault(physical_unit(m.group(2)), set()).add(decimal(m.group(1)))
            taken.append(m.span())
    for m in _TIME_SPENT.finditer(lowered):
        if not _overlaps(m.start(), m.end(), taken) and (in_words or m.group(1)):
            value = decimal(m.group(1)) if m.group(1) else Decimal(spoken_number(m.group(2)))
            found.setdefault(f"{m.group(3)}s", set()).add(value)
            taken.append(m.span())
    for percent in find_percents(lowered, taken):
        found.setdefault("percent", set()).add(percent.value)
    for money in find_money(lowered, taken):
        plain = money.value if money.unit or money.value != money.value.to_integral_value() else money.value.quantize(1)
        found.setdefault(money.unit or "", set()).add(plain)  # "2.43 million" is 2,430,000, not 2,430,000.00
    for count in find_headcounts(lowered, taken):
        found.setdefault("people", set()).add(count.value)
    for number in find_numbers(lowered, taken):
        found.setdefault("", set()).add(number)
    for m in _COUNT_IN_WORDS.finditer(lowered) if in_words else ():
        if not _overlaps(m.start(), m.end(), taken):
            found.setdefault("", set()).add(Decimal(spoken_number(m.group(1))))
    return found


# A part of a whole said without a percentage: "three quarters", "half", "a ratio of 8:2", "one in five"
_SHARE_WORDS = re.compile(r"\b(?:(?:one|two|three|four|a) (?:half|thirds?|quarters?|fifths?|tenths?)|majority|minority|"
                          r"half (?:of )?(?:the |its |their )?(?:cost|costs|bill|expenses|price|total|budget|payroll|wages|"
                          r"salaries|money|amount|sum))\b(?!-)|\b\d+ ?: ?\d+\b|"
                          r"\b(one|two|three|four|\d+) (in|out of) (two|three|four|five|ten|\d+)\b")


# An amount said to be a year's: "a year", "annual", "in 2004", "this year"; not one over several ("2015 to 2027")
_YEARLY = re.compile(r"\b(?:a|per|each|every) year\b|\b(?:one|1)[- ]year\b|\b(?:twelve|12)[- ]month\b|"
                     r"\bannual(?:ly)?\b|\byearly\b|\bper annum\b|\b(?:this|last|next) "
                     r"year\b|\b(?:in|for|during) (?:fiscal (?:year )?|fy ?)?(?:19|20)\d\d\b(?!\s*(?:to|through|-|–)\s*\d)",
                     re.I)


# A percentage of a named amount: "a bid security of 5 percent of the estimated price"
_PERCENT_OF_NAMED = re.compile(rf"{NUMBER}\s*(?:%|percent\b|per cent\b) of (?:the |its |their |this |that )?"
                               r"((?:(?!(?:in|on|at|for|by|to|from|with|and|or|as|which|that)\b)[a-z][\w-]*\s?){1,4})")


def percent_of_named(text: str) -> tuple[Decimal, str] | None:
    """The percentage a sentence takes of an amount it names but does not state ("a bid security of 5 percent of the
    estimated price": 5 and "estimated price"), or None."""
    m = _PERCENT_OF_NAMED.search(text.lower())
    return (decimal(m.group(1)), m.group(2).strip()) if m else None


_EACH = re.compile(r"\beach\b")


def like_parts(text: str) -> tuple[Decimal, Money] | None:
    """How many like parts a sentence counts and the sum of money each is ("loans to 52 members, each of 3 million
    won", "14 grants of $2,500 each"): the one count said before that sum in its clause; None when it says none."""
    lowered = text.lower()
    monies = find_money(lowered, not_amounts(text))
    for each in _EACH.finditer(lowered):
        money = next((money for money in monies if re.fullmatch(r"\s*", lowered[money.end:each.start()])
                      or re.fullmatch(r"\s*(?:of|worth|at|for|costing)?\s*", lowered[each.end():money.start])), None)
        if money is None or money.unit is None:
            continue
        clause = re.split(r"[.;:]", lowered[:min(money.start, each.start())])[-1]
        counts = {value for unit, values in quoted_amounts(clause).items() if unit in ("", "people")
                  for value in values}
        if len(counts) == 1:
            return next(iter(counts)), money
    return None


def states_yearly(text: str) -> bool:
    """Whether a text says the amount it states is a year's."""
    return bool(_YEARLY.search(text))


def states_share(text: str) -> bool:
    """Whether a text states a share: a percentage, a fraction or a ratio."""
    lowered = text.lower()
    return bool(find_percents(lowered, not_amounts(text)) or _SHARE_WORDS.search(lowered))


# Nouns said alike of what is counted: a count asked of one ("how many villagers") is answered by a count of another
# of its group ("1,800 residents"), not of something else ("how many civilians": not "31 commandos")
_COUNTED_ALIKE = tuple(frozenset(terms(group)) for group in (
    "troops soldiers servicemembers servicemen men personnel forces gis yanks marines airmen sailors seamen crew "
    "crewmen",
    "workers employees staff laborers labourers nationals civilians hires",
    "jobs positions posts",
    "charges counts",
    "residents villagers locals inhabitants",
    "children kids youngsters",
    "firms companies businesses enterprises corporations shops stores outlets",
    "lawmakers legislators members representatives deputies senators congressmen assemblymen",
    "votes voted ballots",  # "155 voted in favor" is a count of votes
    "responses answers replies submissions",  # "612 complete answers" to a survey
    "bids tenders offers",
    "commandos infiltrators agents guerrillas raiders",
    "killed died dead deaths casualties fatalities wounded injured"))
# Month names, whole and shortened ("oct")
MONTH_WORDS = frozenset(_MONTHS) | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_SERVICE_MEMBERS = re.compile(r"\bservice\s+(?=members?\b)", re.IGNORECASE)
_TOKEN = re.compile(r"[\w$₩.,'-]*\w")
# words before and after a number that may say what it counts ("107 of the infiltrators", "5,000 Korean soldiers
# assigned to U.S. units as KATUSAs")
_BEFORE_COUNT, _AFTER_COUNT = 4, 8
# Where what is counted is placed, which it is not: "4,000 workers on US bases" counts no bases
_PLACED = frozenset("on at in from across near inside outside within".split())
# "the 2nd Infantry Division", "in 2015", "in 2021-23"
_NOT_A_COUNT = re.compile(r"\d+(st|nd|rd|th)|(19|20)\d\d(?:[-–](?:(?:19|20)?\d\d))?[.,]?")
_OF_THEM = re.compile(r"of (them|those|these)\b")  # "31 of them": what the sentence named before
# an amount said to be a total ("146 contracts in all", "a combined $236 million")
TOTAL_SAID = re.compile(r"\b(?:a total of|in total|in all|combined|altogether|all told)\b", re.I)
# a plural noun (not "logistics")
_PLURAL = re.compile(r"[a-z0-9-]*[^su\W](?<!ic)s|women|men|people|personnel|staff|police|militia|crew")
# people in general, or times something happened: nothing a quote must name
_ANYONE = frozenset(terms("people persons individuals ones koreans americans times guys folks"))


def counted_noun(phrase: str) -> str | None:
    """What a count is asked of, stemmed, from the words after "how many": the first plural noun before a function
    word ("korean civilians were killed": "civilian", "us nuclear weapons kept": "weapon", "women originally
    filed": "women"); None for people in general or for none ("were arrested", "of the workers")."""
    for word in _SERVICE_MEMBERS.sub("service", phrase).split():
        if not terms(word):
            return None
        if _PLURAL.fullmatch(word):
            return None if terms(word)[0] in _ANYONE else terms(word)[0]
    return None


def noun_after(text: str, value: Decimal) -> str | None:
    """What a number a text states counts, stemmed: the first plural noun just after it ("694 students in 34
    homeroom classes": 694 "student", 34 "class"); None if it names none."""
    words = _TOKEN.findall(text.lower())
    for i, word in enumerate(words):
        if word[0].isdigit() and (number := re.fullmatch(r"\d[\d,]*(?:\.\d+)?", word.rstrip(".,"))) and decimal(
                number.group(0)) == value:
            return counted_noun(" ".join(words[i + 1:i + 4]))
    return None


def alike(counted: str) -> frozenset[str]:
    """What a count asked of a noun (stemmed: "villager") may be a count of: it, or a noun said alike."""
    return next((group for group in _COUNTED_ALIKE if counted in group), frozenset({counted}))


def counts_of(text: str, counted: str, following: bool = False) -> bool:
    """Whether a text states a count of what is asked (a stemmed noun: "civilian") or of something said alike:
    the noun within a few words of a number ("107 of the infiltrators were killed" counts no soldiers, though
    "Soldiers" hunted them earlier in the sentence), or before "31 of them"; `following`: only after the number ("10
    rounds of talks", not "charged him with 14 offenses")."""
    return any(True for _ in _counts(text, counted, following))


def counted_values(text: str, counted: tuple[str, ...]) -> set[Decimal]:
    """The values of the counts a text states of each thing asked (`counts_of`): "47 incidents" and "20 incidents",
    not the "$1.34 billion" beside them; "six years" of hard labour, not the prisoner's age."""
    return set.intersection(*(_values(text, noun) for noun in counted)) if counted else set()


def _values(text: str, counted: str) -> set[Decimal]:
    values = set()
    for words, i in _counts(text, counted):
        if i + 1 < len(words) and re.fullmatch(_UNIT_OF_TIME, words[i + 1]) and not alike(counted) & set(
                terms(words[i + 1])):
            continue  # "employees paid 26 hours late": hours, not employees
        if words[i][0].isdigit() and not _NOT_COUNTED.intersection(words[i + 1:i + 3]):  # not "41.7 billion won"
            scale = _SCALE_WORDS.get(words[i + 1], 1) if i + 1 < len(words) else 1  # "3.51 million people"
            # the number of "a 288-room building"
            values.add(decimal(re.match(r"\d[\d,.]*", words[i]).group(0).rstrip(".,")) * scale)
        elif re.fullmatch(SPOKEN_NUMBER, words[i]):  # not "dozens"
            values.add(Decimal(spoken_number(words[i])))
    return values


_SCALE_WORDS = {"thousand": 1000, "million": 10 ** 6, "billion": 10 ** 9}
# a sum or a share said beside the noun counted, no count of it
_NOT_COUNTED = frozenset({"won", "dollars", "dollar", "usd", "krw", "yen", "percent"})


def _counts(text: str, counted: str, following: bool = False) -> Iterator[tuple[list[str], int]]:
    """The words of a text and the place in them of each number counting what is asked (`counts_of`)."""
    words = _TOKEN.findall(_SERVICE_MEMBERS.sub("service", text).lower())

    def near(i: int) -> set[str]:
        start = 0 if _OF_THEM.match(" ".join(words[i + 1:i + 3])) else i if following else max(0, i - _BEFORE_COUNT)
        after = words[i + 1:i + _AFTER_COUNT + 1]
        # "4,000 workers on bases"; "52, was given 12 years": the next number counts what follows it
        end = next((k for k, word in enumerate(after) if word in _PLACED or word[0].isdigit()), len(after))
        return set(terms(" ".join(words[start:i + 1] + after[:end])))

    for i, word in enumerate(words):
        day = word[0].isdigit() and i > 0 and words[i - 1].rstrip(".") in MONTH_WORDS  # "Oct. 4": a date
        if (word[0].isdigit() and not _NOT_A_COUNT.fullmatch(word) and not day or _COUNT_WORDS.fullmatch(word)) and \
                alike(counted) & near(i):
            yield words, i


# A length of time: "71 days", "nearly two months", "14-month", "20 minutes", "a year and a half"
_UNIT_OF_TIME = r"(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)"
_LENGTH = re.compile(rf"\b(\d+|{_SMALL_NUMBERS}|several)(?: and a half)?[- ]{_UNIT_OF_TIME}\b|"
                     rf"\ban? {_UNIT_OF_TIME} and a half\b|\bhalf an? {_UNIT_OF_TIME}\b")


def states_duration(text: str) -> bool:
    """Whether a text states a length of time ("he spent 48 days in a prison")."""
    return bool(_LENGTH.search(text.lower()))


def states_rate(text: str) -> bool:
    """Whether a text states an exchange rate ("at 1,368 won to the dollar")."""
    return bool(find_rates(text.lower(), []))


# Whether a text states the kind of amount a question asks ("what did it cost", "how many", "what share", "what
# won/dollar rate").
STATES = {"money": states_money, "count": states_count, "share": states_share, "rate": states_rate}


def amount_kind(text: str) -> str | None:
    """The chief kind of amount a sentence states: "money" before "percent" before a length or weight ("measure")
    before "count"; None for none."""
    if states_money(text):
        return "money"
    if PERCENT.search(text.lower()):
        return "percent"
    if _PHYSICAL.search(text.lower()):
        return "measure"
    return "count" if states_count(text) else None


_DAYS_RANGE = re.compile(r"\s*(?:-|–|to|through|and)\s*(\d{1,2})\b")  # "February 27-28", "June 7 and 8"
# An event said as a span's first day or its last ("the first day of the 7th round", "the end of the summit")
_SPAN_START = re.compile(r"\b(?:start\w*|begin\w*|began|open\w*|first day|kick\w* off)\b")
_SPAN_END = re.compile(r"\b(?:end|ended|ending|close|closed|closing|last day|final day|conclu\w*|wrap\w*)\b")


# Where one clause of a sentence ends and another begins ("..., and the plant reopened on July 9", "...; then")
_CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas|then)\b|;")


def date_of_event(text: str, event: str, year: int | None) -> dt.date | None:
    """The day a text gives for an event: its one date, or of several, the one whose clause (from the date to the
    next) says most of the event's words ("On June 7 vessels came 3.5 km south of the line, and on June 8 boats
    crossed it": June 7 for "the boats came south of the line"); a day of a month without its year is of `year`.
    A span of days ("Jan. 14-15") dates its start or its end, as the event says ("the end of the round").
    None when the text gives no day, no one clause says the event best, or it names other years: it tells of
    several occurrences ("previous tests were in 2006, 2009 and 2013, the fifth on September 9, 2016")."""
    lowered = text.lower()
    dates = sorted((d for d in find_dates(lowered, [], year) if not d.month_only), key=lambda d: d.start)
    if not dates or set(years_in(text)) - {d.date.year for d in dates}:
        return None
    if spans := [span for d in dates if (span := _DAYS_RANGE.match(lowered, d.end))]:
        start, end = _SPAN_START.search(event.lower()), _SPAN_END.search(event.lower())
        if len(dates) > 1 or bool(start) == bool(end):
            return None  # several occurrences, or a span's day unsaid: which day is the event's is unclear
        try:
            return dates[0].date.replace(day=int(spans[0].group(1))) if end else dates[0].date
        except ValueError:
            return None  # "February 27-31": no such day
    if len({d.date for d in dates}) == 1:
        return dates[0].date
    words = content_words(event)
    breaks = [0] + [m.start() for m in _CLAUSE_BREAK.finditer(lowered)] + [len(lowered)]

    def clause(n: int) -> str:
        """The words of the clause a date is in that no other date of it is nearer: from the clause's start or the
        date, to the next date or the clause's end."""
        start = max(b for b in breaks if b <= dates[n].start)
        end = min(b for b in breaks if b >= dates[n].end)
        if n and dates[n - 1].start >= start:
            start = dates[n].start
        if n + 1 < len(dates) and dates[n + 1].start < end:
            end = dates[n + 1].start
        return lowered[start:end]

    said = [len(words & content_words(clause(n))) for n in range(len(dates))]
    best = max(said)
    return dates[said.index(best)].date if best and said.count(best) == 1 else None


def years_in(text: str) -> list[int]:
    """Calendar years in any text, not counting digits that belong to amounts or percents."""
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    find_percents(lowered, taken)
    find_money(lowered, taken)
    return [y.year for y in find_years(lowered, taken)]


def spoken_amount(value: Decimal, unit: str) -> str:
    """960000000000 KRW -> '960 billion won'; 848800000 USD -> '$848.8 million'."""
    for word, power in (("trillion", 12), ("billion", 9), ("million", 6)):
        scaled = value / Decimal(10) ** power
        if abs(scaled) >= 1:
            number = f"{round(scaled, 4).normalize():f}"
            return f"${number} {word}" if unit == "USD" else f"{number} {word} won"
    return f"${value:,.2f}" if unit == "USD" else f"{value:,.0f} won"
