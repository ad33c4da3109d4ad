"""The calculator's LangChain tools validate arguments with pydantic and return the calculation's JSON."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from bot.tools import calculator_tools


@pytest.fixture(scope="module")
def tools():
    return {tool.name: tool for tool in calculator_tools()}


def test_tools_have_argument_schemas(tools):
    assert set(tools) == {"percentage_change", "apply_percent", "apply_multiple", "project", "total_over_years",
                          "convert_currency", "per_head", "days_between", "furlough_wage_effect"}
    assert "rate" in tools["project"].args and "cap" in tools["project"].args


def test_projection_tool_returns_steps_and_figure_provenance(tools):
    result = tools["project"].invoke({
        "base": {"value": "1519200000000", "unit": "KRW", "figure": "sma12-2026-amount"},
        "base_year": 2026, "to_year": 2030, "rate": "7", "cap": "5"})
    assert result["result"] == "1846597095000" and result["unit"] == "KRW"
    assert result["inputs"][0]["figure"] == "sma12-2026-amount" and "exceeds the 5% cap" in result["steps"][0]


def test_conversion_and_days(tools):
    usd = tools["convert_currency"].invoke({"amount": {"value": "1519200000000", "unit": "KRW"}, "krw_per_usd": "1339.64",
                                            "rate_source": "exchange-rate-2024-10-04", "to_unit": "USD"})
    expected = (Decimal("1519200000000") / Decimal("1339.64")).quantize(Decimal("0.01"))
    assert Decimal(usd["result"]) == expected and usd["inputs"][1]["label"] == "exchange-rate-2024-10-04"
    assert tools["days_between"].invoke({"start": "2020-04-01", "end": "2020-06-15"})["result"] == "75"


def test_furlough_effect_tool(tools):
    result = tools["furlough_wage_effect"].invoke({"workers": "4000", "daily_wage": {"value": "100", "unit": "USD"},
                                                   "days": "75", "covered_percent": "70"})
    assert Decimal(result["result"]) == Decimal(4000 * 100 * 75) * Decimal("0.3") and len(result["steps"]) == 3


def test_bad_arguments_are_refused(tools):
    with pytest.raises(ValidationError):
        tools["apply_percent"].invoke({"amount": {"value": "1", "unit": "EUR"}, "percent": "5"})
    assert "error" in tools["project"].invoke({"base": {"value": "1", "unit": "KRW"}, "base_year": 2030,
                                               "to_year": 2026, "rate": "5"})
