"""PNG chart of a year-by-year projection (matplotlib's object API: safe in worker threads)."""

from __future__ import annotations

import io

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from bot.calculator import Calculation


def projection_png(calculation: Calculation) -> bytes:
    years = [int(year) for year, _ in calculation.table]
    scale, label = (1e12, "trillion won") if calculation.unit == "KRW" else (1e9, "billion US$")
    values = [float(value) / scale for _, value in calculation.table]
    figure = Figure(figsize=(6, 3.2), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.bar(years, values, color="#2b6cb0")
    for year, value in zip(years, values):
        axes.annotate(f"{value:.3f}", (year, value), ha="center", va="bottom", fontsize=8)
    axes.set_xticks(years)
    axes.set_ylabel(label)
    axes.set_title(calculation.expression, fontsize=9)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
