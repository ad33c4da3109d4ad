"""Make trump_remarks_brief.pdf: a three-page brief with a running header and footer, page numbers,
hard-wrapped lines and words hyphenated across line breaks, as report PDFs have them.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import write_brief  # noqa: E402

HEADER = "Alliance Cost Watch | Brief No. 25-07 | Not for citation"
FOOTER = "Alliance Cost Watch, Washington"
PAGES = [
    [
        "Trump's Cost-Sharing Claims, 2024-2025",
        "",
        "On October 15, 2024, Donald Trump, then the Republican presidential",
        "candidate, was interviewed at the Economic Club of Chicago by John",
        "Micklethwait, the editor-in-chief of Bloomberg News. Trump called",
        "South Korea a \"money machine\" and said that if he were in the White",
        "House, Seoul would be paying $10 billion a year for the American",
        "troops stationed there, and would be happy to do it.",
        "",
        "The Korea JoongAng Daily noted that the figure was nine times what",
        "Seoul pays under the cost-sharing agreement of the time.",
    ],
    [
        "Trump said that in his first term he had asked for $5 billion a year;",
        "when Seoul resisted, he agreed to take $2 billion first and raise it",
        "to $5 billion the following year. He also spoke of 40,000 troops in",
        "harm's way, although about 28,500 U.S. service members are based in",
        "South Korea, and he said that Joe Biden had cut the deal back.",
        "",
        "As president, Trump returned to the subject at a Cabinet meeting at",
        "the White House on July 8, 2025, one day after he announced a 25 per-",
        "cent tariff on South Korean imports. He said South Korea pays very",
        "little for the American military and should pay for its own defense.",
    ],
    [
        "Trump claimed that Seoul had agreed to pay $3 billion after a single",
        "phone call in his first term, a claim Reuters could not verify, and",
        "he put the number of American troops in Korea at 45,000.",
        "",
        "The author of this brief, Dana Whitcomb, observes that both sets of",
        "remarks came while Seoul was negotiating with Washington on other",
        "matters: the 12th SMA in 2024 and tariffs in 2025. She concludes",
        "that Trump treats troop costs as leverage in wider trade bargain-",
        "ing rather than as a separate question.",
    ],
]


def main() -> None:
    write_brief(Path(__file__).with_name("trump_remarks_brief.pdf"), HEADER, FOOTER, PAGES, page_format="letter")


if __name__ == "__main__":
    main()
