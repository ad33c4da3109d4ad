"""Property and example tests for the pure Decimal calculator."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import calculator as calc
from bot.calculator import Quantity

money = st.decimals(min_value=Decimal("1000"), max_value=Decimal("1e13"), places=0)
rates = st.decimals(min_value=Decimal("0.1"), max_value=Decimal("30"), places=1)


def krw(value) -> Quantity:
    return Quantity(value=Decimal(value), unit="KRW")


def pct(value) -> Quantity:
    return Quantity(value=Decimal(value), unit="percent")


@given(money, rates)
def test_increase_then_percentage_change_round_trips(amount, rate):
    raised = calc.apply_percent(krw(amount), pct(rate))
    change = calc.percentage_change(krw(amount), krw(raised.result))
    # the raised amount is rounded to the won, and the change to 0.01 percentage points
    assert abs(change.result - rate) <= Decimal(50) / amount + Decimal("0.005")


@given(money, rates, st.integers(min_value=1, max_value=10))
def test_projection_is_monotone_for_positive_rates(amount, rate, years):
    projection = calc.project(krw(amount), 2026, 2026 + years, pct(rate))
    values = [value for _, value in projection.table]
    assert values == sorted(values) and len(values) == years + 1
    assert projection.result == values[-1]


@given(money, rates, rates)
def test_cap_holds_every_year(amount, rate, cap):
    projection = calc.project(krw(amount), 2026, 2030, pct(rate), cap=pct(cap))
    limit = min(rate, cap)
    for (_, before), (_, after) in zip(projection.table, projection.table[1:]):
        # rows are each rounded to the won, so each may sit half a won from the exact value
        assert after <= (before + Decimal("0.5")) * (1 + limit / 100) + Decimal("0.5")


@given(money, st.decimals(min_value=Decimal("900"), max_value=Decimal("1600"), places=2))
def test_conversions_invert(amount, rate):
    rate_q = Quantity(value=rate, unit="KRW per USD")
    usd = calc.convert(krw(amount), rate_q, "USD")
    back = calc.convert(Quantity(value=usd.result, unit="USD"), rate_q, "KRW")
    assert abs(back.result - amount) <= rate  # one cent of rounding, in won


def test_cap_limits_the_rate_and_says_so():
    projection = calc.project(krw("1519200000000"), 2026, 2030, pct(8), cap=pct(5))
    assert projection.result == Decimal("1846597095000")
    assert "exceeds the 5% cap" in projection.steps[0]


def test_money_rounds_half_even_once_at_the_end():
    per_troop = calc.per_head(krw("960000000000"), Quantity(value=Decimal(28500), unit="people"))
    assert per_troop.result == Decimal("33684211") and per_troop.rounding.startswith("half-even")
    usd = calc.apply_multiple(Quantity(value=Decimal("0.125"), unit="USD"), Quantity(value=Decimal(1), unit="multiple"))
    assert usd.result == Decimal("0.12")


def test_other_functions_show_their_steps():
    assert calc.total_over_years(Quantity(value=Decimal("1.6e9"), unit="USD"),
                                 Quantity(value=Decimal(5), unit="years")).result == Decimal("8000000000")
    assert calc.share_of_total(krw(70), krw(100)).result == Decimal("70")
    assert calc.sum_amounts([krw(1), krw(2)]).result == Decimal(3)
    days = calc.days_between(dt.date(2020, 4, 1), dt.date(2020, 6, 15))
    assert days.result == 75 and "75 days" in days.steps[0]
    weeks, months = calc.in_longer_unit(days, "weeks"), calc.in_longer_unit(days, "months")
    assert (weeks.result, weeks.unit) == (Decimal("10.71"), "weeks") and "75 days ÷ 7" in weeks.steps[1]
    assert (months.result, months.unit) == (Decimal("2.46"), "months")
    weekdays = calc.weekdays_between(days, dt.date(2020, 4, 1), dt.date(2020, 6, 15))  # Wed 1 April to Mon 15 June
    assert (weekdays.result, weekdays.unit) == (Decimal(53), "weekdays") and "Monday to Friday" in weekdays.steps[1]
    assert calc.average_yearly_change(krw(100), krw(160), 4).result == Decimal(15)
    effect = calc.furlough_wage_effect(Quantity(value=Decimal(4000), unit="people"),
                                       Quantity(value=Decimal(100), unit="USD"),
                                       Quantity(value=Decimal(75), unit="days"), pct(70))
    assert effect.result == Decimal("9000000") and len(effect.steps) == 3


def test_invalid_inputs_are_refused_with_a_reason():
    with pytest.raises(ValueError, match="convert one first"):
        calc.percentage_change(krw(1), Quantity(value=Decimal(1), unit="USD"))
    with pytest.raises(ValueError, match="must end after"):
        calc.project(krw(1), 2030, 2026, pct(5))
    with pytest.raises(ValueError, match="different units"):
        calc.sum_amounts([krw(1), Quantity(value=Decimal(1), unit="USD")])


@given(money, rates)
def test_back_solving_a_raise_returns_the_base(amount, rate):
    raised = calc.apply_percent(krw(amount), pct(rate))
    assert abs(calc.base_before_change(krw(raised.result), pct(rate)).result - amount) <= 1


def test_difference_ratio_complement_and_compound_growth():
    assert calc.difference(krw("1.1e12"), krw("1.2e12")).result == Decimal("1e11")
    assert calc.ratio(krw("5e9"), krw("1.3e9")).result == Decimal("3.8462")
    assert calc.complement(pct("70")).result == Decimal("30")
    cagr = calc.compound_annual_growth(krw("1038900000000"), krw("1519200000000"), 7)
    assert cagr.result == Decimal("5.58") and cagr.steps[-1].startswith("rounded")
    with pytest.raises(ValueError):
        calc.complement(pct("130"))
    with pytest.raises(ValueError):
        calc.ratio(krw("1"), Quantity(value=Decimal(1), unit="USD"))


def test_product_of_a_head_count_and_a_length_of_time_is_exact_in_the_unit_named():
    worker_days = calc.product(Quantity(value=Decimal(3000), unit="people", label="workers"),
                               Quantity(value=Decimal(60), unit="days", label="days"), "days")
    assert (worker_days.result, worker_days.unit) == (Decimal(180000), "days")
    assert worker_days.steps == ["3,000 people × 60 days = 180,000 days"]


def test_a_rate_for_each_year_is_applied_in_turn_under_the_cap():
    base = Quantity(value=Decimal("1000"), unit="KRW", label="base")
    rates = [Quantity(value=Decimal("2"), unit="percent", label="2027"), Quantity(value=Decimal("7"), unit="percent", label="2028")]
    cap = Quantity(value=Decimal("5"), unit="percent", label="cap")
    result = calc.project(base, 2026, 2028, rates, cap)
    assert result.result == Decimal("1071")  # 1000 × 1.02 × 1.05
    assert "(1 + 2%) × (1 + 5%)" in result.expression and any("exceeds the 5% cap" in step for step in result.steps)
    with pytest.raises(ValueError):
        calc.project(base, 2026, 2029, rates)  # two rates for three years
