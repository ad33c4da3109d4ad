"""The calculator as LangChain tools (StructuredTool with pydantic argument schemas) for the LLM path.

Thin adapters: each tool builds Quantities, calls the pure calculator function, and returns the
Calculation's JSON (steps included), or an error message the model can read.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from typing import Literal

from langchain_core.tools import StructuredTool
from pydantic import BaseModel, Field

from bot import calculator as calc
from bot.calculator import Calculation, Quantity

Currency = Literal["KRW", "USD"]


class Amount(BaseModel):
    value: Decimal = Field(description="the amount in base units, e.g. 960000000000 for 960 billion won")
    unit: Currency
    figure: str | None = Field(None, description="id of the figure this amount came from, if any")

    def quantity(self, label: str) -> Quantity:
        return Quantity(value=self.value, unit=self.unit, label=label, figure=self.figure)


class PercentChangeArgs(BaseModel):
    old: Amount
    new: Amount


class ApplyPercentArgs(BaseModel):
    amount: Amount
    percent: Decimal = Field(description="positive to raise, negative to cut, e.g. 8.2")


class MultipleArgs(BaseModel):
    amount: Amount
    multiple: Decimal = Field(description="factor: 2 for double, 1.5 for 150 percent of")


class ProjectArgs(BaseModel):
    base: Amount
    base_year: int
    to_year: int
    rate: Decimal = Field(description="annual growth in percent")
    cap: Decimal | None = Field(None, description="annual cap in percent, if the rule has one")


class TotalArgs(BaseModel):
    per_year: Amount
    years: Decimal


class ConvertArgs(BaseModel):
    amount: Amount
    krw_per_usd: Decimal = Field(description="exchange rate in won per US dollar")
    rate_source: str = Field(description="where and when the rate comes from (figure id or source and date)")
    to_unit: Currency


class PerHeadArgs(BaseModel):
    amount: Amount
    people: Decimal = Field(description="number of troops or workers")


class FurloughArgs(BaseModel):
    workers: Decimal = Field(description="number of furloughed workers")
    daily_wage: Amount = Field(description="one worker's wage per day")
    days: Decimal = Field(description="length of the furlough in days")
    covered_percent: Decimal = Field(description="share of wages still paid (e.g. by Seoul), in percent")


class DaysArgs(BaseModel):
    start: dt.date
    end: dt.date


def _run(build: Callable[[], Calculation]) -> dict:
    try:
        return build().as_json()
    except (ValueError, ArithmeticError) as exc:
        return {"error": str(exc)}


def calculator_tools() -> list[StructuredTool]:
    def pct(value: Decimal, label: str) -> Quantity:
        return Quantity(value=value, unit="percent", label=label)

    specs = [
        ("percentage_change", "Percentage change from an old amount to a new one.", PercentChangeArgs,
         lambda old, new: _run(lambda: calc.percentage_change(_amount(old, "old"), _amount(new, "new")))),
        ("apply_percent", "Raise or cut an amount by a percentage.", ApplyPercentArgs,
         lambda amount, percent: _run(lambda: calc.apply_percent(_amount(amount, "amount"), pct(percent, "change")))),
        ("apply_multiple", "Multiply an amount (double = 2, 150 percent of = 1.5).", MultipleArgs,
         lambda amount, multiple: _run(lambda: calc.apply_multiple(
             _amount(amount, "amount"), Quantity(value=multiple, unit="multiple", label="multiple")))),
        ("project", "Year-by-year projection at a fixed annual rate, optionally capped.", ProjectArgs,
         lambda base, base_year, to_year, rate, cap=None: _run(lambda: calc.project(
             _amount(base, "base"), base_year, to_year, pct(rate, "rate"),
             pct(cap, "cap") if cap is not None else None))),
        ("total_over_years", "A constant annual amount summed over a number of years.", TotalArgs,
         lambda per_year, years: _run(lambda: calc.total_over_years(
             _amount(per_year, "per year"), Quantity(value=years, unit="years", label="years")))),
        ("convert_currency", "Convert between KRW and USD at an explicit, dated exchange rate.", ConvertArgs,
         lambda amount, krw_per_usd, rate_source, to_unit: _run(lambda: calc.convert(
             _amount(amount, "amount"), Quantity(value=krw_per_usd, unit="KRW per USD", label=rate_source), to_unit))),
        ("per_head", "An amount per troop or per worker.", PerHeadArgs,
         lambda amount, people: _run(lambda: calc.per_head(
             _amount(amount, "amount"), Quantity(value=people, unit="people", label="people")))),
        ("days_between", "Calendar days from one date to another.", DaysArgs,
         lambda start, end: _run(lambda: calc.days_between(start, end))),
        ("furlough_wage_effect", "Wages not paid during a furlough: workers x daily wage x days x uncovered share.",
         FurloughArgs,
         lambda workers, daily_wage, days, covered_percent: _run(lambda: calc.furlough_wage_effect(
             Quantity(value=workers, unit="people", label="workers"), _amount(daily_wage, "daily wage"),
             Quantity(value=days, unit="days", label="days"), pct(covered_percent, "covered share")))),
    ]
    return [StructuredTool.from_function(func=func, name=name, description=description, args_schema=schema)
            for name, description, schema, func in specs]


def _amount(value: Amount | dict, label: str) -> Quantity:
    return (value if isinstance(value, Amount) else Amount(**value)).quantity(label)
