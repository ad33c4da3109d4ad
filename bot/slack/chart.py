"""PNG chart of a projection against recorded payments (matplotlib's object API: safe in worker threads).
What is plotted is built first (projection_chart) so that it can be checked without reading pixels."""

from __future__ import annotations

import io
from dataclasses import dataclass
from decimal import Decimal

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.projection import Projection

RECORDED, PROJECTED = "#1d3557", "#8fb3d9"


@dataclass(frozen=True)
class ProjectionChart:
    """The chart's content: bars (year, value in the axis unit, basis), the cap line, titles and axes."""

    title: str
    axis_label: str
    bars: list[tuple[int, float, str]]
    cap: list[tuple[int, float]]
    cap_label: str | None
    usd_per_unit: float | None  # the right axis: billion US$ per axis unit, at the cited rate
    usd_label: str | None


def projection_chart(projection: Projection) -> ProjectionChart:
    krw = projection.calculation.unit == "KRW"
    scale, label = (Decimal(10) ** 12, "trillion won") if krw else (Decimal(10) ** 9, "billion US$")
    bars = [(year, float(value / scale), basis) for year, value, basis in projection.rows()]
    cap = [(int(year), float(value / scale)) for year, value in projection.cap.path.table] if projection.cap else []
    usd = projection.in_usd(scale)
    rate = projection.usd_rate.figure if projection.usd_rate else None
    return ProjectionChart(
        title=projection.title, axis_label=label, bars=bars, cap=cap,
        cap_label=projection.cap.label if projection.cap else None,
        usd_per_unit=float(usd / Decimal(10) ** 9) if usd is not None else None,
        usd_label=f"billion US dollars at {rate.number.normalize():,f} won per dollar ({rate.as_of or rate.year})"
        if rate else None)


def projection_png(chart: ProjectionChart) -> bytes:
    figure = Figure(figsize=(8, 4.2), dpi=110)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for basis, style in (("recorded", {"color": RECORDED, "label": "Recorded"}),
                         ("given", {"color": RECORDED, "alpha": 0.6, "label": "Base (given)"}),
                         ("projected", {"color": PROJECTED, "hatch": "//", "edgecolor": RECORDED, "linewidth": 0.6,
                                        "label": "Projected"})):
        bars = [(year, value) for year, value, kind in chart.bars if kind == basis]
        if bars:
            axes.bar([y for y, _ in bars], [v for _, v in bars], width=0.7, **style)
    for year, value, _ in chart.bars:
        axes.annotate(f"{value:.3f}", (year, value), ha="center", va="bottom", fontsize=7,
                      xytext=(0, 2), textcoords="offset points")
    capped = chart.cap[1:]  # the base year is where the cap starts from, not a capped year
    if capped:
        axes.hlines([v for _, v in capped], [y - 0.45 for y, _ in capped], [y + 0.45 for y, _ in capped],
                    color="#c1121f", linestyle="--", linewidth=1.6, label=f"Most allowed under the {chart.cap_label}")
    years = [year for year, _, _ in chart.bars]
    for year in sorted(set(range(min(years), max(years) + 1)) - set(years)):
        axes.annotate("no record", (year, 0), ha="center", va="bottom", fontsize=7, color="grey", rotation=90,
                      xytext=(0, 4), textcoords="offset points")
    axes.set_xticks(range(min(years), max(years) + 1))
    axes.tick_params(axis="x", labelsize=8)
    axes.set_ylabel(chart.axis_label)
    axes.set_ylim(0, max(v for _, v, _ in chart.bars + [(0, c, "") for _, c in chart.cap]) * 1.15)
    axes.set_title(chart.title, fontsize=10)
    axes.spines[["top", "right"]].set_visible(chart.usd_per_unit is not None)
    if chart.usd_per_unit is not None:
        per_unit = chart.usd_per_unit
        right = axes.secondary_yaxis("right", functions=(lambda v: v * per_unit, lambda v: v / per_unit))
        right.set_ylabel(chart.usd_label, fontsize=8)
    axes.legend(loc="upper left", fontsize=8, frameon=False)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
