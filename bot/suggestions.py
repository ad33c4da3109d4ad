"""Suggested questions built from the figures table, so the prompts offered follow the knowledge base."""

from __future__ import annotations

from bot.figures import FigureRecord, FigureTable
from bot.text import ordinal


def _latest(records: list[FigureRecord]) -> FigureRecord | None:
    dated = [r for r in records if r.figure.years()]
    return max(dated, key=lambda r: (r.figure.sma or 0, r.figure.years()[-1]), default=None)


def suggested_prompts(table: FigureTable, limit: int = 4) -> list[dict[str, str]]:
    """Up to `limit` {"title", "message"} prompts: the latest SMA's yearly amount, a projection under its
    increase rule, the furlough, the troop level; each only when the table has the figure behind it."""
    prompts: list[dict[str, str]] = []
    amounts = [r for r in table.find(kind="contribution", unit="KRW") if r.figure.sma and r.figure.year]
    latest = _latest(amounts)
    if latest:
        sma, year = latest.figure.sma, latest.figure.year
        prompts.append({"title": f"The {ordinal(sma)} SMA in {year}",
                        "message": f"How much does South Korea pay in {year} under the {ordinal(sma)} SMA?"})
        rules = [r for r in table.find(kind="increase_rule", sma=sma) if r.figure.value and r.figure.years()]
        if rule := _latest(rules):
            last_year = rule.figure.years()[-1]
            prompts.append({"title": f"Project to {last_year}",
                            "message": f"What would South Korea pay in {last_year} if the {year} amount rose "
                                       f"{rule.figure.value}% every year?"})
    furloughs = [r for r in table.find(kind="workforce", unit="people")
                 if r.figure.year and "furlough" in r.figure.text.lower()]
    if furloughs:
        year = min(r.figure.year for r in furloughs)
        prompts.append({"title": f"The {year} furlough",
                        "message": f"How many Korean USFK workers were furloughed in {year}?"})
    if table.find(kind="troops"):
        prompts.append({"title": "US troops in Korea", "message": "How many US troops are stationed in South Korea?"})
    return prompts[:limit]
