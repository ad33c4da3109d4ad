"""Arguments of a quick projection (`/sma-project`), parsed into a calculator call."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from bot import calculator as calc
from bot.calculator import Calculation, Quantity
from bot.figures import FigureRecord, FigureTable
from bot.understand.facts import Facts
from bot.text import ordinal
from bot.understand.quantities import money_in

USAGE = (
    "Usage: `/sma-project FROM-TO rate=R% [usd]` or "
    "`/sma-project base=AMOUNT UNIT from=YEAR years=N [rate=R%] [cap=C%] [usd]`\n"
    "Examples:\n"
    "• `/sma-project 2026-2030 rate=5%` (base: the 2026 payment from the figures table)\n"
    "• `/sma-project 2026-2030 rate=5% usd` (also in US dollars, at the exchange rate the figures table cites)\n"
    "• `/sma-project base=1.5192T KRW from=2026 years=5 cap=5%` (grows at the cap when no rate is given)\n"
    "Amount suffixes: K, M, B (billion), T (trillion). Units: KRW or USD."
)
HISTORY_YEARS = 6  # recorded payments shown before the first projected year
_KEY_VALUE = re.compile(r"(\w+)=(\S+)")
MAX_BASE = Decimal(10) ** 18  # far above any payment; keeps the calculator's arithmetic exact


class ProjectionArgsError(ValueError):
    """Arguments that cannot be understood; the message includes the usage."""


@dataclass(frozen=True)
class Cap:
    """An annual growth cap and the years it covers, drawn as the most the payments could reach under it."""

    percent: Decimal
    label: str
    path: Calculation  # the base grown at the cap through its last covered year
    record: FigureRecord | None = None  # the agreement's increase rule, when the cap is the agreement's


@dataclass
class Projection:
    """A projection with what a reader needs around it: earlier recorded payments, the cap, the USD rate."""

    calculation: Calculation
    figures: list[FigureRecord]  # the base's record, when it came from the figures table
    recorded: list[FigureRecord] = field(default_factory=list)  # payments of earlier years (KRW)
    cap: Cap | None = None
    usd_rate: FigureRecord | None = None
    agreement: int | None = None
    rate: Decimal = Decimal(0)

    @property
    def start(self) -> int:
        return int(self.calculation.table[0][0])

    @property
    def end(self) -> int:
        return int(self.calculation.table[-1][0])

    def rows(self) -> list[tuple[int, Decimal, str]]:
        """(year, amount, basis) oldest first; basis: "recorded" (an earlier year's, or the base from the
        figures table), "given" (a base from the arguments) or "projected"."""
        base = "recorded" if self.figures else "given"
        rows = [(r.figure.year, r.figure.number, "recorded") for r in self.recorded]
        rows += [(int(year), value, base if i == 0 else "projected")
                 for i, (year, value) in enumerate(self.calculation.table)]
        return rows

    def citations(self) -> list[FigureRecord]:
        """Every record the reply rests on, in the order its citations are numbered."""
        return [*self.recorded, *self.figures, *([self.cap.record] if self.cap and self.cap.record else []),
                *([self.usd_rate] if self.usd_rate else [])]

    @property
    def title(self) -> str:
        """In words, e.g. "12th SMA payments: 2026 recorded, 2027–2030 projected at 5 %/yr"."""
        who = f"{ordinal(self.agreement)} SMA payments" if self.agreement else "Payments"
        base = "recorded" if self.figures else "given"
        return (f"{who}: {self.start} {base}, {self.start + 1}–{self.end} projected at "
                f"{self.rate.normalize():f} %/yr")

    def in_usd(self, amount: Decimal) -> Decimal | None:
        """A KRW amount at the cited exchange rate (None without one, or for a USD projection)."""
        if self.usd_rate is None or self.calculation.unit != "KRW":
            return None
        rate = Quantity(value=self.usd_rate.figure.number, unit="KRW per USD", label=self.usd_rate.figure.text)
        return calc.convert(Quantity(value=amount, unit="KRW", label="payment"), rate, "USD").result


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
    currencies = [w.upper() for w in rest if w.upper() in ("KRW", "USD", "WON")]
    # after base=AMOUNT the first currency word is the base's; any other USD asks for dollars beside won
    unit_word = currencies[0] if "base" in args and currencies else None
    wants_usd = "USD" in (currencies[1:] if "base" in args else currencies)
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
    facts = Facts(table)
    figures: list[FigureRecord] = []
    if "base" in args:
        base = _amount(args["base"], "WON" if unit_word == "WON" else unit_word)
    else:
        record = facts.payment(start)
        if record is None:
            raise ProjectionArgsError(f"The figures table has no {start} payment: give `base=AMOUNT UNIT`.")
        figure = record.figure
        base = Quantity(value=figure.number, unit="KRW", label=figure.text, figure=figure.id)
        figures.append(record)
    usd_rate = facts.latest("exchange_rate") if wants_usd and base.unit == "KRW" else None
    if wants_usd and base.unit == "KRW" and (usd_rate is None or not usd_rate.figure.number):
        raise ProjectionArgsError("The figures table has no exchange rate to show US dollars with.")
    agreement = facts.agreement_for_year(start + 1)
    recorded = [r for year in range(start - HISTORY_YEARS, start) if (r := facts.payment(year))] \
        if base.unit == "KRW" else []
    return Projection(calc.project(base, start, end, rate, cap), figures, recorded=recorded,
                      cap=_cap(base, start, end, cap, facts, agreement.number if agreement else None),
                      usd_rate=usd_rate, agreement=agreement.number if agreement else None,
                      rate=min(rate.value, cap.value) if cap is not None else rate.value)


def _cap(base: Quantity, start: int, end: int, given: Quantity | None, facts: Facts,
         agreement: int | None) -> Cap | None:
    """The cap given in the arguments, else the agreement's increase rule when it has a cap (an increase rule
    without a value has none) covering projected years."""
    if given is not None:
        return Cap(given.value, f"cap given: +{given.value.normalize():f} %/yr",
                   calc.project(base, start, end, given, given))
    rule = facts.increase_rule(agreement) if agreement else None
    if rule is None or rule.figure.number is None:
        return None
    covered = [year for year in rule.figure.years() if start < year <= end]
    if not covered or covered[0] != start + 1:
        return None
    percent = Quantity(value=rule.figure.number, unit="percent", label=rule.figure.text, figure=rule.figure.id)
    return Cap(percent.value, f"{ordinal(agreement)} SMA's cap: +{percent.value.normalize():f} %/yr",
               calc.project(base, start, covered[-1], percent, percent), rule)


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
