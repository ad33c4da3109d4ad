"""The PDF brief each evaluation set's documents/make_pdf.py writes: a running header and footer, page numbers
and the lines as given (hard-wrapped, with their hyphenation), one list of lines per page.
Needs fpdf2, a dev dependency."""

from pathlib import Path

from fpdf import FPDF


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
