"""Make sma_origins_primer.pdf: a three-page primer with a running header and footer, page
numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them.
The publisher (Yeouido Defense Budget Review) and the author (Hannah Seo) are invented for this
evaluation set; the facts come from the public reports listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import write_brief  # noqa: E402

HEADER = "Yeouido Defense Budget Review | Primer No. 7 | March 2021"
FOOTER = "Yeouido Defense Budget Review, Seoul"
PAGES = [
    [
        "Where the SMA Came From: A Primer on Korea's Troop-Cost Deals",
        "by Hannah Seo",
        "",
        "Every few years Seoul and Washington sit down to haggle over",
        "the Special Measures Agreement, and every time the argument is",
        "described as if it were new. It is not. The arrangement rests",
        "on three older layers: a treaty, a command and an agreement",
        "on the status of the American forces.",
        "",
        "The treaty came first. A few months after the armistice that",
        "halted the 1950-53 Korean War, the two countries signed a mutual",
        "defense treaty in October 1953. Each promised to help defend",
        "the other if attacked, and the treaty gave the legal basis for",
        "keeping American troops in the South.",
        "",
        "The command followed. U.S. Forces Korea was formally launched",
        "in 1957, with its headquarters at Yongsan in central Seoul.",
        "Troop numbers have risen and fallen with American strategy",
        "since then, and Korea now hosts the third-largest U.S. military",
        "presence abroad, behind only Japan and Germany.",
    ],
    [
        "The status-of-forces agreement (SOFA) was signed in Seoul on",
        "July 9, 1966. Its Article V sets the basic principles on how",
        "the expenses of keeping the U.S. forces in Korea are shared:",
        "in broad terms, Korea provides the facilities and areas the",
        "American forces use, and the United States meets the cost of",
        "maintaining its own forces.",
        "",
        "That changed in 1991, when the two governments agreed the",
        "first Special Measures Agreement, a special measure relating",
        "to Article V under which Seoul pays part of the stationing",
        "costs. Japan's host-nation support took on its present form",
        "under an agreement signed the same year.",
        "",
        "The SMAs sort Korea's money into three bins. Labor cost",
        "sharing pays part of the wages of the Korean civilians who",
        "work for U.S. Forces Korea. Construction funded by Korea",
        "pays for building work on the bases. Logistics cost sharing",
        "covers logistics support for the American forces.",
    ],
    [
        "How the money is handled in practice is not spelled out in",
        "the agreement itself. The details are left to a separate imple-",
        "mentation arrangement between the responsible authorities of",
        "the two sides.",
        "",
        "The terms have varied. Most deals have run for several years,",
        "but their length, the formula for yearly increases and the",
        "size of the first-year payment have all been renegotiated each",
        "time.",
        "",
        "In the author's view, the history matters because it shows the",
        "SMA was always a political bargain layered on top of the SOFA,",
        "not a bill that follows automatically from it. Whoever sits at",
        "the table next, she argues, should remember that the 1966 rule",
        "still sets the default and that every won beyond it is a",
        "negotiated concession, not an obligation.",
    ],
]


def main() -> None:
    write_brief(Path(__file__).with_name("sma_origins_primer.pdf"), HEADER, FOOTER, PAGES)


if __name__ == "__main__":
    main()
