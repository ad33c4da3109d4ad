"""Make the two PDF documents of this set: sma_funds_audit_2024.pdf and abrams_hearing_2020.pdf, each with a running
header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have
them. The issuing bodies (Office of Alliance Cost Review, Capitol Hearing Digest), the report number, the committee
members and every figure not on the public record are invented for this evaluation set; see PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

AUDIT_HEADER = "Office of Alliance Cost Review | Report OACR-24-09 | May 2024"
AUDIT_FOOTER = "Office of Alliance Cost Review, Washington"
AUDIT_HYPHEN = ("construction", "construc")
AUDIT_TEXT = [
    "BURDEN SHARING: USFK Has Reduced Its Unexecuted Special Measures Agreement Cash, but In-Kind Construction "
    "Delays Persist",
    "Report to Congressional Committees, May 14, 2024",
    "",
    "What we reviewed",
    "",
    "Under the Special Measures Agreement (SMA), South Korea pays part of the cost of stationing U.S. Forces Korea "
    "(USFK) in three categories: labor, military construction and logistics. Labor is paid in cash; construction "
    "and logistics are provided mostly in kind, with a cash portion for construction design and oversight. Money "
    "that Seoul has paid in cash but that USFK has not yet obligated is called unexecuted SMA cash. We were asked to "
    "review how USFK managed SMA funds in fiscal years 2021 through 2023, the first three fiscal years under the "
    "11th SMA. We analyzed USFK financial records, reviewed the 43 active in-kind construction projects and "
    "interviewed officials of USFK, the Department of Defense and the U.S. Embassy in Seoul.",
    "",
    "What we found",
    "",
    "Unexecuted cash has fallen. At the end of fiscal year 2021, on September 30, 2021, USFK held 411.2 billion "
    "won in unexecuted SMA cash. By the end of fiscal year 2023 the balance had fallen to 287.5 billion won. Most "
    "of the remaining balance sits in the construction design and oversight account, where cash is transferred "
    "when a project is approved but spent only as design work proceeds.",
    "",
    "Labor funds are spent almost in full. USFK obligated 99.2 percent of the SMA labor funds it received in each "
    "of the three fiscal years. Officials told us the remaining amounts reflected vacancies and were applied to "
    "the next year's payroll, as the agreement allows.",
    "",
    "Construction delays persist. Of the 43 active in-kind construction projects at the end of fiscal year 2023, "
    "11 were more than 12 months behind their original schedule. USFK design changes made after a project was "
    "approved were the main cause in 6 of the 11 cases; failed bids by Korean contractors caused 3, and land and "
    "permit problems caused 2. The largest delayed project is an aircraft maintenance hangar complex at Kunsan Air "
    "Base, now expected to be finished 26 months late.",
    "",
    "Reporting is incomplete. USFK reports unexecuted balances to the Korean Ministry of National Defense, but its "
    "reports to Congress do not break the balances down by category or by project, which makes it hard to tell "
    "whether cash is accumulating because of delays or because of planned timing.",
    "",
    "What we recommend",
    "",
    "We are making four recommendations to the Secretary of Defense, including that USFK report unexecuted SMA cash "
    "to Congress by category and by project, and that it set a deadline for approving design changes to in-kind "
    "construction projects. The Department of Defense concurred with three recommendations and partially concurred "
    "with one, the deadline for design changes, saying that some changes are driven by new operational needs.",
    "",
    "Why this matters",
    "",
    "South Korea's payments rise each year under the 11th SMA, reaching 1.4028 trillion won in 2025. Unexecuted "
    "cash and late construction weaken the U.S. argument in cost-sharing talks that Seoul should pay more, and they "
    "leave facilities that USFK says it needs unbuilt.",
]

HEARING_HEADER = "Capitol Hearing Digest | Excerpt 2020-07 | U.S. Forces Korea"
HEARING_FOOTER = "Capitol Hearing Digest, Washington"
HEARING_HYPHEN = ("separately", "separ")
HEARING_TEXT = [
    "U.S. Forces Korea and the Special Measures Agreement",
    "Excerpt of testimony by Gen. Robert B. Abrams, Commander, U.S. Forces Korea, before a House committee, "
    "March 11, 2020",
    "",
    "Editor's note",
    "",
    "This excerpt covers the part of the hearing devoted to the lapsed Special Measures Agreement (SMA) and the "
    "Korean workforce. The 10th SMA expired on December 31, 2019, and USFK had told its Korean employees that "
    "unpaid furloughs could begin on April 1, 2020. Remarks are lightly edited for length.",
    "",
    "Questions on the furlough",
    "",
    "REP. CARVER. General, the clock is running on your Korean workforce. Walk us through what happens on April 1 "
    "if there is no agreement.",
    "",
    "GEN. ABRAMS. Congresswoman, the SMA labor money that Seoul paid under the 10th SMA carries us through the end "
    "of March. After that, by law, I cannot keep paying those employees with money I do not have. We have "
    "identified the positions that are needed for life, health, safety and readiness, and we intend to keep those "
    "people on the job with U.S. appropriated funds. We estimate that costs about $15 million a month. Everyone "
    "else would be placed on an administrative furlough without pay.",
    "",
    "REP. CARVER. How do you think that lands with the workforce?",
    "",
    "GEN. ABRAMS. Hard. These are not contractors who come and go. Many of them have been with us for decades; our "
    "longest-serving Korean employee has worked for U.S. Forces Korea for 41 years. They are part of the team, and "
    "a furlough hurts our readiness as much as it hurts their families. I have said publicly that I would prefer "
    "the two governments agree to fund labor first, separately from the rest of the agreement, and I have not "
    "changed my view.",
    "",
    "Questions on South Korea's contribution",
    "",
    "REP. PRUITT. The administration says Seoul is not paying its fair share. What does South Korea actually put "
    "in, beyond the SMA?",
    "",
    "GEN. ABRAMS. Quite a lot, sir. The clearest example is Camp Humphreys. The Republic of Korea paid about 92 "
    "percent of the roughly $10.8 billion it cost to build out the garrison, which is now the largest U.S. "
    "overseas base. Seoul also provides the land for our installations without charge, and it buys a great deal "
    "of American equipment. Where the SMA should go is a question for the negotiators, and I support them, but "
    "the committee should know that the Korean contribution is substantial.",
    "",
    "REP. PRUITT. If the negotiators asked you for one thing, what would it be?",
    "",
    "GEN. ABRAMS. Predictability. Whatever the number is, I need to know it in time to plan, and my Korean "
    "employees need to know that their pay does not stop because a deadline slipped.",
    "",
    "Editor's note",
    "",
    "No agreement was reached by the deadline, and about half of the Korean workforce was furloughed from April "
    "1, 2020. The furloughed employees returned to work on June 15 after Seoul agreed to fund their wages through "
    "the end of 2020.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "sma_funds_audit_2024.pdf", AUDIT_HEADER, AUDIT_FOOTER,
                paginate(wrap(AUDIT_TEXT, AUDIT_HYPHEN)), page_format="Letter")
    write_brief(here / "abrams_hearing_2020.pdf", HEARING_HEADER, HEARING_FOOTER,
                paginate(wrap(HEARING_TEXT, HEARING_HYPHEN)))


if __name__ == "__main__":
    main()
