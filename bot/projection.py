"""Arguments of a quick projection (`/sma-project`), parsed into a calculator call."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from bot import calculator as calc
from bot.calculator import Calculation, Quantity
from bot.figures import FigureRecord, FigureTable
from bot.understand.facts import Facts
from bot.understand.quantities import money_in

USAGE = (
    "Usage: `/sma-project FROM-TO rate=R%` or `/sma-project base=AMOUNT UNIT from=YEAR years=N [rate=R%] [cap=C%]`\n"
    "Examples:\n"
    "• `/sma-project 2026-2030 rate=5%` (base: the 2026 payment from the figures table)\n"
    "• `/sma-project base=1.5192T KRW from=2026 years=5 cap=5%` (grows at the cap when no rate is given)\n"
    "Amount suffixes: K, M, B (billion), T (trillion). Units: KRW or USD."
)
_KEY_VALUE = re.compile(r"(\w+)=(\S+)")
MAX_BASE = Decimal(10) ** 18  # far above any payment; keeps the calculator's arithmetic exact


class ProjectionArgsError(ValueError):
    """Arguments that cannot be understood; the message includes the usage."""


@dataclass
class Projection:
    calculation: Calculation
    figures: list[FigureRecord]


def _percent(name: str, text: str) -> Quantity:
    try:
        value = Decimal(text.rstrip("%"))
    except InvalidOperation:
        raise ProjectionArgsError(f"`{name}={text}` is not a percentage") from None
    if not value.is_finite():
        raise ProjectionArgsError(f"`{name}={text}` is not a percentage")
    if not Decimal(-50) <= value <= Decimal(100):
        raise ProjectionArgsError(f"`{name}={text}` is outside -50%..100%")
    return Quantity(value=value, unit="percent", label=f"{name} (given)")


def _year(name: str, text: str) -> int:
    if not re.fullmatch(r"(19|20)\d\d", text):
        raise ProjectionArgsError(f"`{name}={text}` is not a year")
    return int(text)


def parse_projection(text: str, table: FigureTable) -> Projection:
    """Raises ProjectionArgsError (with the problem first, then the usage) on anything malformed."""
    try:
        return _parse(text.strip(), table)
    except ProjectionArgsError as exc:
        raise ProjectionArgsError(f"{exc}\n\n{USAGE}") from None


def _parse(text: str, table: FigureTable) -> Projection:
    if not text:
        raise ProjectionArgsError("No arguments given.")
    args = dict(_KEY_VALUE.findall(text))
    rest = _KEY_VALUE.sub(" ", text).split()
    unknown = set(args) - {"base", "from", "to", "years", "rate", "cap"}
    if unknown:
        raise ProjectionArgsError(f"Unknown argument(s): {', '.join(sorted(unknown))}.")
    span = next((w for w in rest if re.fullmatch(r"\d{4}-\d{4}", w)), None)
    unit_word = next((w.upper() for w in rest if w.upper() in ("KRW", "USD", "WON")), None)
    leftovers = [w for w in rest if w != span and w.upper() not in ("KRW", "USD", "WON")]
    if leftovers:
        raise ProjectionArgsError(f"Could not understand `{' '.join(leftovers)}`.")
    if span:
        start, end = (_year("from", y) for y in span.split("-"))
    else:
        if "from" not in args:
            raise ProjectionArgsError("Give a year range (`2026-2030`) or `from=YEAR`.")
        start = _year("from", args["from"])
        if "to" in args:
            end = _year("to", args["to"])
        elif "years" in args and args["years"].isdigit() and int(args["years"]) >= 2:
            end = start + int(args["years"]) - 1
        else:
            raise ProjectionArgsError("Give `to=YEAR` or `years=N` (N ≥ 2, counting the first year).")
    if end <= start or end - start > 30:
        raise ProjectionArgsError(f"The range {start}-{end} must run forward, at most 30 years.")
    cap = _percent("cap", args["cap"]) if "cap" in args else None
    if "rate" in args:
        rate = _percent("rate", args["rate"])
    elif cap is not None:
        rate = Quantity(value=cap.value, unit="percent", label="rate (the cap, no rate given)")
    else:
        raise ProjectionArgsError("Give `rate=R%` (and optionally `cap=C%`).")
    figures: list[FigureRecord] = []
    if "base" in args:
        base = _amount(args["base"], "WON" if unit_word == "WON" else unit_word)
    else:
        record = Facts(table).payment(start)
        if record is None:
            raise ProjectionArgsError(f"The figures table has no {start} payment: give `base=AMOUNT UNIT`.")
        figure = record.figure
        base = Quantity(value=figure.number, unit="KRW", label=figure.text, figure=figure.id)
        figures.append(record)
    return Projection(calc.project(base, start, end, rate, cap), figures)


def _amount(text: str, unit_word: str | None) -> Quantity:
    if unit_word is None:
        raise ProjectionArgsError("Say the currency of the base: KRW or USD.")
    currency = "won" if unit_word in ("KRW", "WON") else "usd"
    amounts = money_in(f"{text} {currency}")  # the one quantity parser: 1.5192T, 960B, 1,519.2bn
    if len(amounts) != 1 or amounts[0].start != 0 or amounts[0].end < len(text):
        raise ProjectionArgsError(f"`base={text}` is not an amount like 1.5192T or 960B.")
    value = amounts[0].value
    if value <= 0:
        raise ProjectionArgsError("The base must be positive.")
    if value > MAX_BASE:
        raise ProjectionArgsError(f"`base={text}` is too large (the limit is {MAX_BASE:,.0f}).")
    return Quantity(value=value, unit="KRW" if unit_word in ("KRW", "WON") else "USD", label="base (given)")
