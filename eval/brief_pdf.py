"""The PDF brief each evaluation set's documents/make_pdf.py writes: a running header and footer, page numbers
and the lines as given (hard-wrapped, with their hyphenation), one list of lines per page; and the wrapping and
paging most of those scripts share.
Needs fpdf2, a dev dependency."""

import textwrap
from pathlib import Path

from fpdf import FPDF

WIDTH = 64  # characters a hard-wrapped line holds
LINES_PER_PAGE = 38


def wrap(paragraphs: list[str], hyphen: tuple[str, str]) -> list[str]:
    """Hard-wrap the paragraphs and break one word across two lines with a hyphen."""
    lines: list[str] = []
    for para in paragraphs:
        lines.extend(textwrap.wrap(para, WIDTH) if para else [""])
    word, head = hyphen
    for i in range(len(lines) - 1):
        if lines[i + 1].startswith(word) and len(lines[i]) + len(head) + 2 <= WIDTH + 4:
            lines[i] = f"{lines[i]} {head}-"
            lines[i + 1] = lines[i + 1][len(head):]
            break
    else:
        raise ValueError(f"no line starts with {word!r}")
    return lines


def paginate(lines: list[str]) -> list[list[str]]:
    """Split lines into pages, preferring to break before a section heading near the bottom of a page."""
    pages: list[list[str]] = []
    while len(lines) > LINES_PER_PAGE:
        window = range(LINES_PER_PAGE - 14, LINES_PER_PAGE)
        before_heading = [i for i in window if lines[i] == "" and i + 2 < len(lines) and lines[i + 1]
                          and lines[i + 2] == ""]
        blanks = [i for i in window if lines[i] == ""]
        cut = max(before_heading or blanks or [LINES_PER_PAGE])
        pages.append(lines[:cut])
        lines = lines[cut + 1:] if lines[cut] == "" else lines[cut:]
    pages.append(lines)
    return pages


def write_brief(path: Path, header: str, footer: str, pages: list[list[str]], page_format: str = "A4") -> None:
    pdf = FPDF(format=page_format)
    pdf.set_auto_page_break(False)
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=9)
        pdf.cell(0, 8, header, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font("Helvetica", size=11)
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-22)
        pdf.set_font("Helvetica", size=9)
        pdf.cell(0, 6, footer, new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, f"Page {number} of {len(pages)}", align="C")
    pdf.output(str(path))
