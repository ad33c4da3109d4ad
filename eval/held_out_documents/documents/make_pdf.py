"""Make sma12_signing_brief.pdf: a three-page issue note with a running header and footer, page
numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them.
The publisher (Peninsula Budget Monitor) and the author are invented for this evaluation set; the facts
come from the public reports listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import write_brief  # noqa: E402

HEADER = "Peninsula Budget Monitor | Issue Note 24-11 | November 2024"
FOOTER = "Peninsula Budget Monitor, Seoul and Washington"
PAGES = [
    [
        "The 12th SMA Is Signed: What Changes and Why Seoul Hurried",
        "",
        "On Monday, November 4, 2024, South Korea and the United States",
        "formally signed the 12th Special Measures Agreement (SMA) at the",
        "foreign ministry in Seoul. The signing came one day before",
        "American voters went to the polls, and NK News described it as",
        "an attempt to Trump-proof the alliance. Seoul said it would",
        "\"respond appropriately\" whoever won the election on Tuesday.",
        "",
        "Alongside the agreement itself, officials of South Korea's",
        "defense ministry and of U.S. Forces Korea signed a separate",
        "document that spells out how the deal is to be implemented.",
        "",
        "The talks were unusually quick. Formal negotiations opened in",
        "April 2024 and closed in about five months, after eight rounds.",
    ],
    [
        "The agreement covers the five years from 2026 to 2030. Its most",
        "important technical change is the formula for yearly increases.",
        "The 11th SMA tied each rise to the growth of South Korea's own",
        "defense budget, a method adopted under the Moon Jae-in govern-",
        "ment that drew criticism in Seoul. The new deal drops it and",
        "returns to the consumer price index, the same kind of link the",
        "allies used in earlier deals.",
        "",
        "In a statement the foreign ministry said the agreement signed",
        "that day would go to the National Assembly for ratification at",
        "the earliest possible date, and that it would greatly help to",
        "ensure the stable stationing of USFK and strengthen the allies'",
        "joint defense posture. Before a plenary vote, the ratification",
        "motion had to be examined by the Assembly's Foreign Affairs and",
        "Unification Committee.",
    ],
    [
        "The Assembly approved the deal on November 28, and it entered",
        "into force the next day, a Friday, once the two governments had",
        "exchanged notes confirming that their domestic procedures were",
        "complete. In the author's view, because the deal was ratified",
        "and in force before the new U.S. administration took office,",
        "reopening it would need the consent of both parties.",
        "",
        "The author of this note, Mark Ellison, argues that the early",
        "start and the rapid ratification worked as an insurance policy:",
        "they fixed the terms for five years while the cost-sharing talks",
        "could still be kept separate from trade and other disputes. He",
        "cautions that an agreement in force limits, but cannot remove,",
        "political pressure for larger payments.",
    ],
]


def main() -> None:
    write_brief(Path(__file__).with_name("sma12_signing_brief.pdf"), HEADER, FOOTER, PAGES)


if __name__ == "__main__":
    main()
