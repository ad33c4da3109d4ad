"""Make gao_burden_sharing_2021.pdf: a two-page research note with a running header and footer, page
numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them.
The publisher (Potomac Alliance Notes) and the author (Margaret Lindqvist) are invented for this
evaluation set; the facts come from the GAO report listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import write_brief  # noqa: E402

HEADER = "Potomac Alliance Notes | Research Note 21-04 | April 2021"
FOOTER = "Potomac Alliance Notes, Washington, D.C. - for discussion only"
PAGES = [
    [
        "What the GAO Found on the Cost of Troops in Japan and Korea",
        "by Margaret Lindqvist",
        "",
        "In March 2021 the Government Accountability Office sent",
        "Congress a report titled \"Burden Sharing: Benefits and Costs",
        "Associated with the U.S. Military Presence in Japan and South",
        "Korea\" (GAO-21-270). Congress had asked for it in a provision",
        "of the National Defense Authorization Act for Fiscal Year 2020.",
        "This note sums up what the auditors reported.",
        "",
        "The scale of the presence is the starting point. The Defense",
        "Department keeps about 55,000 troops in Japan, the largest",
        "force it has stationed forward anywhere in the world, and",
        "about 28,500 in South Korea. It runs dozens of sites in the",
        "two countries, from training areas covering tens of thousands",
        "of acres down to single antenna outposts.",
        "",
        "On the benefit side, the GAO listed six ways the American",
        "presence serves U.S. national and regional security. It drew",
        "them from U.S. officials and strategy documents, and the",
        "outside experts it consulted generally agreed with the list.",
    ],
    [
        "On the cost side, the Pentagon obligated $20.9 billion for its",
        "presence in Japan and $13.4 billion for its presence in South",
        "Korea over the four years from 2016 through 2019, counting",
        "funds available to the Army, Navy, Air Force and Marine Corps.",
        "By size, the money went to military personnel first, then to",
        "operation and maintenance, family housing operation and main-",
        "tenance, family housing construction and, last, military",
        "construction.",
        "",
        "The hosts paid too. Defense Department data showed Japan",
        "providing $12.6 billion and South Korea $5.8 billion over the",
        "same period in cash and in-kind support, money that covered",
        "costs such as labor, construction and utilities. Both allies",
        "also gave indirect support, such as rent they did not charge",
        "for land and facilities used by U.S. forces and taxes they",
        "waived.",
        "",
        "The contacts named on the report are Diana Maurer and Jason",
        "Bair. In the author's view its value lies in putting both",
        "ledgers side by side: anyone citing only the U.S. outlays, or",
        "only the allies' payments, is telling half the story.",
    ],
]


def main() -> None:
    write_brief(Path(__file__).with_name("gao_burden_sharing_2021.pdf"), HEADER, FOOTER, PAGES)


if __name__ == "__main__":
    main()
