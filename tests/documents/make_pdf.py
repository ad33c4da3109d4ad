"""Make sma11_report.pdf: a two-page brief with a running header, page numbers, hard-wrapped lines and a
word hyphenated across a line break, as government PDFs have them. Run: python make_pdf.py"""

from pathlib import Path

from fpdf import FPDF

HEADER = "Example Research Service | Cost Sharing Brief R-2104"
PAGES = [
    [
        "The Eleventh Special Measures Agreement",
        "",
        "The United States and South Korea signed the 11th Special Measures",
        "Agreement on April 8, 2021, fifteen months after the previous deal",
        "had expired. The six-year agreement covers the years 2020 through",
        "2025.",
        "",
        "For 2021, Seoul agreed to pay 1.1833 trillion won, an increase of",
        "13.9 percent over the 2019 level. In each later year of the deal, the",
        "contribution rises at the same rate as South Korea's defen-",
        "se budget.",
    ],
    [
        "During the 2019 talks, the Trump administration had reportedly asked",
        "Seoul for close to $5 billion a year, more than five times what it",
        "was paying, before the two sides settled on the smaller increase.",
        "",
        "The brief's author, Mark Ellison, concludes that tying increases to",
        "the defense budget made the cost-sharing arrangement more predict-",
        "able for both governments.",
    ],
]


def main() -> None:
    pdf = FPDF(format="letter")
    pdf.set_font("Helvetica", size=11)
    for number, lines in enumerate(PAGES, start=1):
        pdf.add_page()
        pdf.cell(0, 8, HEADER, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        for line in lines:
            pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(-20)
        pdf.cell(0, 8, f"Page {number} of {len(PAGES)}", align="C")
    pdf.output(str(Path(__file__).with_name("sma11_report.pdf")))


if __name__ == "__main__":
    main()
