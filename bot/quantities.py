"""Numbers as people write them in questions: "$848.8 million", "960 billion won", "8.2 percent", "2026"."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal

_SCALE = {"thousand": 3, "k": 3, "million": 6, "mn": 6, "m": 6, "billion": 9, "bn": 9, "b": 9, "trillion": 12, "t": 12}
NUMBER = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
_SCALE_WORD = r"(thousand|million|billion|trillion|mn|bn|k|m|b|t)\b"
MONEY = re.compile(
    rf"(?P<prefix>US\$|\$|₩|USD\s?|KRW\s?)?{NUMBER}\s*(?:{_SCALE_WORD})?\s*(?P<suffix>won|krw|dollars?|usd)?\b",
    re.I,
)
PERCENT = re.compile(rf"{NUMBER}\s*(?:%|percent\b|per cent\b)", re.I)
HEADCOUNT = re.compile(rf"{NUMBER}\s+(?:\w+\s+)?(troops|soldiers|workers|employees|people|personnel)\b", re.I)
SMA_NUMBER = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+(?:sma|special measures)", re.I)  # "the 12th SMA"
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
DURATION = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](years?|days?)\b", re.I)
_MONTHS = "january february march april may june july august september october november december".split()
_DATE_TEXT = re.compile(
    r"\b(?:(\d{4})-(\d{2})-(\d{2})|(" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})"
    r"|(\d{1,2})\s+(" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\.?\s+(\d{4}))\b",
    re.I,
)


@dataclass(frozen=True)
class Amount:
    value: Decimal
    unit: str  # KRW or USD
    text: str
    start: int


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def find_money(text: str) -> list[Amount]:
    """Amounts with an explicit currency ($, ₩, won, dollars, USD, KRW)."""
    found = []
    for match in MONEY.finditer(text):
        prefix, suffix = (match.group("prefix") or "").strip().upper(), (match.group("suffix") or "").lower()
        if not prefix and not suffix:
            continue
        value = _number(match.group(2))
        if match.group(3):
            value *= Decimal(10) ** _SCALE[match.group(3).lower()]
        unit = "KRW" if prefix in ("₩", "KRW") or suffix in ("won", "krw") else "USD"
        found.append(Amount(value, unit, match.group(0).strip(), match.start()))
    return found


def find_percents(text: str) -> list[Decimal]:
    return [_number(m.group(1)) for m in PERCENT.finditer(text)]


def find_headcounts(text: str) -> list[tuple[Decimal, str]]:
    return [(_number(m.group(1)), m.group(2).lower()) for m in HEADCOUNT.finditer(text)]


def find_years(text: str) -> list[int]:
    """Calendar years mentioned, excluding digits that belong to money or dates."""
    masked = MONEY.sub(lambda m: " " * len(m.group(0)) if (m.group("prefix") or m.group("suffix")) else m.group(0), text)
    return [int(y) for y in YEAR.findall(masked)]


def find_durations(text: str, unit: str) -> list[Decimal]:
    """'five years', '5-year', '75 days' -> numbers, for unit 'year' or 'day'."""
    values = []
    for count, word in DURATION.findall(text):
        if word.lower().startswith(unit):
            values.append(Decimal(_WORD_NUMBERS.get(count.lower(), count)))
    return values


def find_dates(text: str) -> list[dt.date]:
    dates = []
    for m in _DATE_TEXT.finditer(text):
        try:
            if m.group(1):
                dates.append(dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))))
            elif m.group(4):
                dates.append(dt.date(int(m.group(6)), _month(m.group(4)), int(m.group(5))))
            else:
                dates.append(dt.date(int(m.group(9)), _month(m.group(8)), int(m.group(7))))
        except ValueError:
            continue
    return dates


def _month(name: str) -> int:
    return [m[:3] for m in _MONTHS].index(name[:3].lower()) + 1


def spoken_amount(value: Decimal, unit: str) -> str:
    """960000000000 KRW -> '960 billion won'; 848800000 USD -> '$848.8 million'."""
    for word, power in (("trillion", 12), ("billion", 9), ("million", 6)):
        scaled = value / Decimal(10) ** power
        if abs(scaled) >= 1:
            number = f"{scaled.normalize():f}"
            return f"${number} {word}" if unit == "USD" else f"{number} {word} won"
    return f"${value:,.2f}" if unit == "USD" else f"{value:,.0f} won"
