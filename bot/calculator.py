"""Exact SMA arithmetic: pure Decimal functions that return a Calculation with every step shown.

No I/O and no globals: inputs arrive as `Quantity` values that may name the figure they came from.
Money is rounded half-even once, at the end, to the currency's minor unit.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_EVEN, Decimal, localcontext
from fractions import Fraction

from pydantic import BaseModel, Field

MONEY_UNITS = ("KRW", "USD")
_MINOR_UNIT = {"KRW": Decimal("1"), "USD": Decimal("0.01")}
_PERCENT_PLACES = Decimal("0.01")
_TIMES_PLACES = Decimal("0.0001")


class Quantity(BaseModel):
    """An input to a calculation, with the figure id it came from when it came from the table."""

    value: Decimal
    unit: str
    label: str = ""
    figure: str | None = None


class Calculation(BaseModel):
    expression: str
    steps: list[str]
    result: Decimal
    unit: str
    inputs: list[Quantity] = Field(default_factory=list)
    rounding: str = "none"
    table: list[tuple[str, Decimal]] = Field(default_factory=list, description="year-by-year rows")

    def as_json(self) -> dict:
        """The `calculation` object of `smabot ask --json`."""
        return {
            "expression": self.expression,
            "steps": self.steps,
            "result": format(self.result, "f"),
            "unit": self.unit,
            "inputs": [{"figure": q.figure, "value": format(q.value, "f"), "label": q.label} for q in self.inputs],
            "rounding": self.rounding,
        }


def fmt(value: Decimal, unit: str) -> str:
    """A human rendering: ₩1,038,720,000,000 / $1,697,600,000.00 / 8.2% / 28,500 people."""
    if unit == "USD":
        return f"${value:,.2f}"
    if unit == "KRW":
        return f"₩{value:,.0f}" if value == value.to_integral_value() else f"₩{value:,.2f}"
    if unit == "percent":
        return f"{value.normalize():f}%"
    if unit == "times":
        return f"{value.normalize():f} times"
    text = f"{value:,}" if value == value.to_integral_value() else f"{value.normalize():,f}"
    if value == 1 and unit in ("years", "days"):
        unit = unit[:-1]
    return f"{text} {unit}" if unit else text


def round_result(value: Decimal, unit: str) -> tuple[Decimal, str]:
    """Half-even rounding for money, percentages and lengths in weeks or months; other units are exact."""
    if unit in _MINOR_UNIT:
        quantum = _MINOR_UNIT[unit]
    elif unit in ("percent", "percentage points", "weeks", "months"):
        quantum = _PERCENT_PLACES
    elif unit == "times":  # a multiple near 1 needs more places than a percentage to be as close: 1.5052
        quantum = _TIMES_PLACES
    else:
        return value, "none"
    rounded = value.quantize(quantum, rounding=ROUND_HALF_EVEN)
    places = -quantum.as_tuple().exponent
    return rounded, f"half-even to {places} decimal place{'s' if places != 1 else ''}"


def _exact(expression: str, steps: list[str], value: Decimal, unit: str, inputs: list[Quantity], **extra) -> Calculation:
    result, rounding = round_result(value, unit)
    if result != value:
        steps = [*steps, f"rounded {rounding}: {fmt(result, unit)}"]
    return Calculation(expression=expression, steps=steps, result=result, unit=unit, inputs=inputs,
                       rounding=rounding, **extra)


def _multiplier(percent: Decimal) -> Decimal:
    return 1 + percent / 100


def percentage_change(old: Quantity, new: Quantity) -> Calculation:
    """(new - old) / old × 100."""
    if old.unit != new.unit:
        raise ValueError(f"cannot compare {old.unit} with {new.unit}: convert one first")
    if old.value == 0:
        raise ValueError("percentage change from zero is undefined")
    with localcontext() as ctx:
        ctx.prec = 40
        change = (new.value - old.value) / old.value * 100
    steps = [
        f"difference: {fmt(new.value, new.unit)} − {fmt(old.value, old.unit)} = {fmt(new.value - old.value, new.unit)}",
        f"relative to the old amount: {fmt(new.value - old.value, new.unit)} ÷ {fmt(old.value, old.unit)} × 100 = {change.normalize():f}%",
    ]
    return _exact("(new − old) ÷ old × 100", steps, change, "percent", [old, new])


def difference(a: Quantity, b: Quantity) -> Calculation:
    """How far apart two amounts are: the larger minus the smaller (the answer says which is larger)."""
    if a.unit != b.unit:
        raise ValueError(f"cannot subtract {b.unit} from {a.unit}: convert one first")
    high, low = (a, b) if a.value >= b.value else (b, a)
    result = high.value - low.value
    steps = [f"{fmt(high.value, high.unit)} − {fmt(low.value, low.unit)} = {fmt(result, high.unit)}"]
    return _exact("larger − smaller", steps, result, high.unit, [a, b])


def point_difference(a: Quantity, b: Quantity) -> Calculation:
    """How far apart two percentages are, in percentage points: the larger minus the smaller."""
    if a.unit != "percent" or b.unit != "percent":
        raise ValueError("percentage points are the difference of two percentages")
    high, low = (a, b) if a.value >= b.value else (b, a)
    result = high.value - low.value
    steps = [f"{fmt(high.value, 'percent')} − {fmt(low.value, 'percent')} = {result.normalize():f} percentage points"]
    return _exact("larger % − smaller %", steps, result, "percentage points", [a, b])


def mean(amounts: list[Quantity]) -> Calculation:
    """The average of amounts in one unit (e.g. the yearly payments of an agreement)."""
    total = sum_amounts(amounts)
    with localcontext() as ctx:
        ctx.prec = 40
        result = total.result / len(amounts)
    steps = [*total.steps, f"{fmt(total.result, total.unit)} ÷ {len(amounts)} = {fmt(result, total.unit)}"]
    return _exact("sum of amounts ÷ count", steps, result, total.unit, amounts)


def ratio(numerator: Quantity, denominator: Quantity) -> Calculation:
    """How many times one amount is another."""
    if numerator.unit != denominator.unit:
        raise ValueError(f"cannot compare {numerator.unit} with {denominator.unit}: convert one first")
    if denominator.value == 0:
        raise ValueError("cannot divide by zero")
    with localcontext() as ctx:
        ctx.prec = 40
        result = numerator.value / denominator.value
    steps = [f"{fmt(numerator.value, numerator.unit)} ÷ {fmt(denominator.value, denominator.unit)} = {result.normalize():f}"]
    return _exact("a ÷ b", steps, result, "times", [numerator, denominator])


def base_before_change(result: Quantity, percent: Quantity) -> Calculation:
    """The amount that a percentage change turned into `result`: result ÷ (1 + p/100)."""
    multiplier = _multiplier(percent.value)
    if multiplier <= 0:
        raise ValueError("a change of -100% or more leaves nothing to solve back from")
    with localcontext() as ctx:
        ctx.prec = 40
        base = result.value / multiplier
    steps = [f"{fmt(result.value, result.unit)} ÷ (1 + {percent.value.normalize():f} ÷ 100) = "
             f"{fmt(result.value, result.unit)} ÷ {multiplier.normalize():f} = {fmt(base, result.unit)}"]
    return _exact("result ÷ (1 + change)", steps, base, result.unit, [result, percent])


def compound_annual_growth(start: Quantity, end: Quantity, years: int) -> Calculation:
    """The constant yearly rate that turns start into end over `years`: ((end ÷ start)^(1/years) − 1) × 100."""
    if start.unit != end.unit:
        raise ValueError(f"cannot compare {start.unit} with {end.unit}: convert one first")
    if start.value <= 0 or end.value <= 0 or years <= 0:
        raise ValueError("growth rates need positive amounts and at least one year")
    with localcontext() as ctx:
        ctx.prec = 40
        growth = end.value / start.value
        rate = (growth ** (Decimal(1) / years) - 1) * 100
    steps = [f"{fmt(end.value, end.unit)} ÷ {fmt(start.value, start.unit)} = {growth.normalize():f}",
             f"({growth.normalize():f})^(1/{years}) − 1 = {(rate / 100).normalize():f}, i.e. {rate.normalize():f}% a year"]
    return _exact("(end ÷ start)^(1/years) − 1", steps, rate, "percent", [start, end])


def complement(share: Quantity) -> Calculation:
    """The rest of a whole: 100% − share."""
    if not Decimal(0) <= share.value <= Decimal(100):
        raise ValueError("a share must be between 0% and 100%")
    result = 100 - share.value
    steps = [f"100% − {share.value.normalize():f}% = {result.normalize():f}%"]
    return _exact("100% − share", steps, result, "percent", [share])


def apply_percent(amount: Quantity, percent: Quantity) -> Calculation:
    """Raise (positive) or cut (negative) an amount by a percentage."""
    result = amount.value * _multiplier(percent.value)
    verb = "increased" if percent.value >= 0 else "cut"
    steps = [f"{fmt(amount.value, amount.unit)} × (1 + {percent.value.normalize():f} ÷ 100) = "
             f"{fmt(amount.value, amount.unit)} × {_multiplier(percent.value).normalize():f} = {fmt(result, amount.unit)}"]
    return _exact(f"amount {verb} by {abs(percent.value).normalize():f}%", steps, result, amount.unit, [amount, percent])


def change_of(amount: Quantity, percent: Quantity) -> Calculation:
    """What a percentage change adds or saves: amount × |p| ÷ 100."""
    with localcontext() as ctx:
        ctx.prec = 40
        result = amount.value * abs(percent.value) / 100
    steps = [f"{fmt(amount.value, amount.unit)} × {abs(percent.value).normalize():f} ÷ 100 = {fmt(result, amount.unit)}"]
    return _exact(f"amount × {abs(percent.value).normalize():f}%", steps, result, amount.unit, [amount, percent])


def divide(amount: Quantity, by: Quantity) -> Calculation:
    """An amount split into equal parts: per day, per month, or by any number."""
    if by.value <= 0:
        raise ValueError("can only divide by a positive number")
    with localcontext() as ctx:
        ctx.prec = 40
        result = amount.value / by.value
    steps = [f"{fmt(amount.value, amount.unit)} ÷ {fmt(by.value, by.unit)} = {fmt(result, amount.unit)}"]
    return _exact(f"amount ÷ {by.unit or 'number'}", steps, result, amount.unit, [amount, by])


def years_to_reach(base: Quantity, target: Quantity, rate: Quantity, base_year: int) -> Calculation:
    """The whole years of growth at a fixed rate until base first reaches target (at most 100)."""
    if base.unit != target.unit:
        raise ValueError(f"cannot compare {base.unit} with {target.unit}: convert one first")
    if base.value <= 0 or rate.value <= 0:
        raise ValueError("growth to a target needs a positive amount and a positive rate")
    amount, years, steps = base.value, 0, []
    while amount < target.value:
        if years == 100:
            raise ValueError("the target is not reached within 100 years")
        amount *= _multiplier(rate.value)
        years += 1
        steps.append(f"{base_year + years}: {fmt(amount.quantize(_MINOR_UNIT.get(base.unit, Decimal('1'))), base.unit)}")
    steps.append(f"first year at or above {fmt(target.value, target.unit)}: {base_year + years}")
    return Calculation(expression=f"smallest n with amount × (1 + {rate.value.normalize():f}%)^n ≥ target", steps=steps,
                       result=Decimal(years), unit="years", inputs=[base, target, rate])


def apply_multiple(amount: Quantity, multiple: Quantity) -> Calculation:
    """An amount times a factor: "double" is 2, "150 percent of" is 1.5."""
    result = amount.value * multiple.value
    factor = _factor_text(multiple.value)
    steps = [f"{fmt(amount.value, amount.unit)} × {factor} = {fmt(result, amount.unit)}"]
    return _exact(f"amount × {factor}", steps, result, amount.unit, [amount, multiple])


def product(a: Quantity, b: Quantity, unit: str) -> Calculation:
    """Two quantities multiplied, in the unit the caller names: 3,000 workers × 60 days = 180,000 (worker-)days."""
    result = a.value * b.value
    steps = [f"{fmt(a.value, a.unit)} × {fmt(b.value, b.unit)} = {fmt(result, unit)}"]
    return _exact(f"{a.label} × {b.label}", steps, result, unit, [a, b])


def _factor_text(value: Decimal) -> str:
    """0.5 as '0.5', but two thirds as '2/3' rather than 28 sixes."""
    fraction = Fraction(value).limit_denominator(12)
    if fraction.denominator > 1 and -value.normalize().as_tuple().exponent > 6 and abs(Decimal(fraction.numerator) / fraction.denominator - value) < Decimal("1e-20"):
        return f"{fraction.numerator}/{fraction.denominator}"
    return f"{value.normalize():f}"


def project(
    base: Quantity, base_year: int, to_year: int, rate: Quantity | list[Quantity], cap: Quantity | None = None
) -> Calculation:
    """Year-by-year growth from base_year to to_year at a fixed rate, or at one rate for each year in turn,
    limited by an optional cap."""
    if to_year <= base_year:
        raise ValueError(f"the projection must end after {base_year}")
    if to_year - base_year > 50:
        raise ValueError("projections are limited to 50 years")
    rates = rate if isinstance(rate, list) else [rate] * (to_year - base_year)
    if len(rates) != to_year - base_year:
        raise ValueError(f"{len(rates)} rates for {to_year - base_year} years of growth")
    steps = []
    applied = []
    distinct = [r for i, r in enumerate(rates) if r not in rates[:i]]
    for r in distinct:
        if cap is not None and r.value > cap.value:
            steps.append(f"rate {r.value.normalize():f}% exceeds the {cap.value.normalize():f}% cap: using {cap.value.normalize():f}%")
    amount = base.value
    table = [(str(base_year), amount)]
    steps.append(f"{base_year}: {fmt(amount, base.unit)} (base)")
    for year, r in zip(range(base_year + 1, to_year + 1), rates):
        applied.append(min(r.value, cap.value) if cap is not None else r.value)
        amount = amount * _multiplier(applied[-1])
        table.append((str(year), amount))
        steps.append(f"{year}: previous × {_multiplier(applied[-1]).normalize():f} = {fmt(amount, base.unit)}")
    inputs = [base, *distinct] + ([cap] if cap is not None else [])
    unit = base.unit
    rounded_table = [(year, round_result(value, unit)[0]) for year, value in table]
    expression = (f"{base_year} amount × (1 + {applied[0].normalize():f}%)^{to_year - base_year}" if len(set(applied)) == 1
                  else f"{base_year} amount × " + " × ".join(f"(1 + {a.normalize():f}%)" for a in applied))
    return _exact(expression, steps, amount, unit, inputs, table=rounded_table)


def total_over_years(per_year: Quantity, years: Quantity) -> Calculation:
    """A constant annual amount summed over a number of years."""
    result = per_year.value * years.value
    steps = [f"{fmt(per_year.value, per_year.unit)} a year × {years.value.normalize():f} years = {fmt(result, per_year.unit)}"]
    return _exact("annual amount × years", steps, result, per_year.unit, [per_year, years])


def sum_amounts(amounts: list[Quantity]) -> Calculation:
    """Sum of amounts in one unit (e.g. payments over a period)."""
    if not amounts:
        raise ValueError("nothing to sum")
    units = {q.unit for q in amounts}
    if len(units) != 1:
        raise ValueError(f"cannot add different units: {', '.join(sorted(units))}")
    unit = units.pop()
    total = sum((q.value for q in amounts), Decimal(0))
    steps = [" + ".join(fmt(q.value, unit) for q in amounts) + f" = {fmt(total, unit)}"]
    return _exact("sum of amounts", steps, total, unit, amounts)


def convert(amount: Quantity, krw_per_usd: Quantity, to_unit: str) -> Calculation:
    """KRW <-> USD at an explicit, dated rate (the rate's label says its date and source)."""
    if {amount.unit, to_unit} != {"KRW", "USD"}:
        raise ValueError(f"can only convert between KRW and USD, not {amount.unit} to {to_unit}")
    if krw_per_usd.value <= 0:
        raise ValueError("the exchange rate must be positive")
    with localcontext() as ctx:
        ctx.prec = 40
        if to_unit == "USD":
            result = amount.value / krw_per_usd.value
            step = f"{fmt(amount.value, 'KRW')} ÷ {krw_per_usd.value.normalize():f} KRW per USD = {fmt(result, 'USD')}"
        else:
            result = amount.value * krw_per_usd.value
            step = f"{fmt(amount.value, 'USD')} × {krw_per_usd.value.normalize():f} KRW per USD = {fmt(result, 'KRW')}"
    return _exact(f"{amount.unit} to {to_unit} at {krw_per_usd.value.normalize():f} KRW/USD", [step], result, to_unit,
                  [amount, krw_per_usd])


def share_of_total(part: Quantity, total: Quantity) -> Calculation:
    """part ÷ total × 100."""
    if total.value == 0:
        raise ValueError("the total must not be zero")
    with localcontext() as ctx:
        ctx.prec = 40
        share = part.value / total.value * 100
    steps = [f"{fmt(part.value, part.unit)} ÷ {fmt(total.value, total.unit)} × 100 = {share.normalize():f}%"]
    return _exact("part ÷ total × 100", steps, share, "percent", [part, total])


def per_head(amount: Quantity, heads: Quantity) -> Calculation:
    """An amount per troop or per worker."""
    if heads.value <= 0:
        raise ValueError(f"the number of {heads.unit} must be positive")
    with localcontext() as ctx:
        ctx.prec = 40
        result = amount.value / heads.value
    steps = [f"{fmt(amount.value, amount.unit)} ÷ {fmt(heads.value, heads.unit)} = {fmt(result, amount.unit)} per person"]
    return _exact(f"amount ÷ {heads.unit}", steps, result, amount.unit, [amount, heads])


def days_between(start: dt.date, end: dt.date, start_label: str = "start", end_label: str = "end",
                 inputs: list[Quantity] | None = None) -> Calculation:
    """Calendar days from start to end (negative when end is earlier)."""
    days = Decimal((end - start).days)
    steps = [f"{end_label} {end.isoformat()} − {start_label} {start.isoformat()} = {days} days"]
    return Calculation(expression="end date − start date", steps=steps, result=days, unit="days",
                       inputs=inputs or [], rounding="none")


def average_yearly_change(start: Quantity, end: Quantity, years: int) -> Calculation:
    """By how much an amount changed a year on average: the change from start to end over the years between."""
    if start.unit != end.unit:
        raise ValueError(f"cannot subtract {start.unit} from {end.unit}: convert one first")
    with localcontext() as ctx:
        ctx.prec = 40
        result = (end.value - start.value) / years
    steps = [f"({fmt(end.value, end.unit)} − {fmt(start.value, start.unit)}) ÷ {years} years = {fmt(result, end.unit)} a year"]
    return _exact("(end − start) ÷ years", steps, result, end.unit, [start, end])


DAYS_IN = {"weeks": Decimal(7), "months": Decimal("30.4375")}  # an average month: 365.25 ÷ 12 days


def in_longer_unit(days: Calculation, unit: str) -> Calculation:
    """A count of days as weeks (75 days: 10.71 weeks) or average months (2.46 months)."""
    with localcontext() as ctx:
        ctx.prec = 40
        value = days.result / DAYS_IN[unit]
    steps = [*days.steps, f"{days.result} days ÷ {DAYS_IN[unit].normalize():f} = {value.normalize():f} {unit}"]
    return _exact(f"({days.expression}) ÷ {DAYS_IN[unit].normalize():f}", steps, value, unit, days.inputs)


def weekdays_between(days: Calculation, start: dt.date, end: dt.date) -> Calculation:
    """The days from start up to end that fall Monday to Friday (public holidays are not known, so they count)."""
    weekdays = Decimal(sum(1 for n in range((end - start).days) if (start + dt.timedelta(days=n)).weekday() < 5))
    steps = [*days.steps, f"of those {days.result} days, {weekdays} fall Monday to Friday"]
    return Calculation(expression=f"({days.expression}), Monday to Friday", steps=steps, result=weekdays,
                       unit="weekdays", inputs=days.inputs, rounding="none")


def furlough_wage_effect(workers: Quantity, daily_wage: Quantity, days: Quantity, covered: Quantity) -> Calculation:
    """Wages not paid during a furlough: workers × daily wage × days × (1 − covered share)."""
    uncovered = 1 - covered.value / 100
    result = workers.value * daily_wage.value * days.value * uncovered
    steps = [
        f"wages for the period: {fmt(workers.value, workers.unit)} × {fmt(daily_wage.value, daily_wage.unit)} a day × "
        f"{days.value.normalize():f} days = {fmt(workers.value * daily_wage.value * days.value, daily_wage.unit)}",
        f"share not covered: 100% − {covered.value.normalize():f}% = {(uncovered * 100).normalize():f}%",
        f"unpaid wages: {fmt(workers.value * daily_wage.value * days.value, daily_wage.unit)} × "
        f"{uncovered.normalize():f} = {fmt(result, daily_wage.unit)}",
    ]
    return _exact("workers × daily wage × days × (1 − covered share)", steps, result, daily_wage.unit,
                  [workers, daily_wage, days, covered])
