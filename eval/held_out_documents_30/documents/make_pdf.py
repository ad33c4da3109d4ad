"""Make the two PDF documents of this set: nabo_memo_sma_construction_2025.pdf (a National Assembly Budget Office
issue memo on delays and carry-over in SMA in-kind construction) and kn_union_annual_report_2024.pdf (a Korean
USFK workers' federation's annual report for 2024), each with a running header and footer, page numbers,
hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them. The memo's number, analyst
and figures, the federation, its officers and figures are invented for this evaluation set; which facts come from
the public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

MEMO_HEADER = "National Assembly Budget Office | Budget Issue Memo 2025-31 | October 2025"
MEMO_FOOTER = "National Assembly Budget Office, Seoul (English summary)"
MEMO_HYPHEN = ("construction", "con")
MEMO_TEXT = [
    "Budget Issue Memo 2025-31",
    "SMA In-Kind Construction: Project Delays and Carried-Over Funds",
    "Prepared for the Foreign Affairs and Unification Committee for its review of the FY2026 budget",
    "October 23, 2025. Analyst: Shin Ha-eun, Defense and Foreign Affairs Budget Analysis Division",
    "",
    "Summary",
    "",
    "The government's FY2026 budget proposal includes 1.5192 trillion won for South Korea's contribution under "
    "the Special Measures Agreement (SMA), the first year of the 12th SMA. This is 8.3 percent, or 116.4 billion "
    "won, above the 2025 contribution of 1.4028 trillion won. The total is fixed by the agreement, to which the "
    "National Assembly consented on November 28, 2024, so the committee cannot change it in the budget review. "
    "What the committee can examine is how the money is used. This memo looks at the construction category, "
    "where most of the contribution is provided in kind and where delays are most common.",
    "",
    "1. How SMA construction works",
    "",
    "Construction for U.S. Forces Korea under the SMA is provided mainly in kind. The Ministry of National "
    "Defense signs and pays for contracts with Korean firms, and the finished facility is handed over to the "
    "U.S. side. A cash portion of the construction category pays for design and construction supervision. "
    "Projects are proposed by the U.S. side and approved through the SMA Joint Committee before the ministry "
    "puts them out to bid.",
    "",
    "2. Projects behind schedule",
    "",
    "According to figures the ministry submitted to the committee, 58 in-kind construction projects were in "
    "progress at the end of 2024. Of these, 16 were more than six months behind their original schedule. The "
    "ministry gave four causes: design changes requested by the U.S. side after contract award (7 projects), "
    "base access and security restrictions on contractors' workers (4 projects), contractor difficulties, "
    "including one insolvency (3 projects), and soil or environmental findings on site (2 projects).",
    "",
    "The most delayed project is a barracks renovation at Camp Mujuk in Pohang, worth 16.4 billion won, which "
    "was 11 months behind schedule at the end of 2024 because of two rounds of design changes.",
    "",
    "3. Funds carried over",
    "",
    "Because of these delays, 187.6 billion won of the 2024 construction budget was carried over into 2025. Of "
    "this, 140.7 billion won was for in-kind construction contracts and 46.9 billion won was cash for design "
    "and construction supervision. A carry-over of this size is allowed under the Budget Act, but it means "
    "that part of each year's appropriation pays for work that happens a year or more later.",
    "",
    "4. Issues for the committee",
    "",
    "First, design changes after award are the largest single cause of delay, and the ministry has no "
    "deadline after which the U.S. side may no longer request them. Second, the committee receives no "
    "regular report on the status of individual projects; the figures in this memo were obtained on "
    "request. Third, the ministry does not publish the carry-over by project, so the committee cannot see "
    "which projects hold the money.",
    "",
    "5. Recommendations",
    "",
    "1. Require the Ministry of National Defense to report the status of every SMA in-kind construction "
    "project, with its carry-over, to the committee by March 31 of each year.",
    "2. Ask the ministry to agree with the U.S. side, through the Joint Committee, a cut-off date after which "
    "design changes need the Joint Committee's approval.",
    "3. Set a target of keeping the construction carry-over below 10 percent of the construction category.",
    "4. Attach these requests to the committee's opinion on the FY2026 budget rather than cutting the "
    "appropriation, which the agreement fixes.",
    "",
    "This memo is an analysis by NABO staff. It does not represent the views of the National Assembly or of "
    "any committee.",
]

UNION_HEADER = "Federation of Korean Workers at U.S. Installations | Annual Report 2024"
UNION_FOOTER = "FKWUI, Pyeongtaek (English edition, March 2025)"
UNION_HYPHEN = ("accidents", "acci")
UNION_TEXT = [
    "Annual Report 2024",
    "Federation of Korean Workers at U.S. Installations (FKWUI)",
    "Presented to the 19th Annual Convention, Pyeongtaek, March 6, 2025",
    "",
    "Message from the President",
    "",
    "2024 was the year the 12th Special Measures Agreement (SMA) was concluded, about fifteen months before "
    "the 11th agreement expires. For our members this matters more than any figure in it. The wages of Korean "
    "employees of U.S. Forces Korea are paid from Korea's contribution, and an agreement in force means no "
    "repeat of April 2020, when about 4,000 of us were sent home without pay. I thank every member who kept "
    "up the pressure this year. - Park Sung-ho, President",
    "",
    "1. Membership",
    "",
    "At December 31, 2024 the federation had 6,182 members in 14 chapters, up from 6,047 a year earlier. "
    "During the year 391 members joined and 256 retired or left. The largest chapter is Camp Humphreys, with "
    "2,214 members.",
    "",
    "2. The 12th SMA: our year in brief",
    "",
    "April: Negotiations on the 12th SMA begin. On April 29 the federation publishes its position paper, "
    "Wages Are Not a Bargaining Chip.",
    "October 2: The negotiations are concluded at the eighth round; the result is announced on October 4. "
    "The federation welcomes the early conclusion in a statement the same day.",
    "November 4: The agreement is signed in Seoul.",
    "November 20: A federation delegation of five meets members of the National Assembly's Foreign Affairs "
    "and Unification Committee and asks for a statutory guarantee of wages in any future lapse.",
    "November 28: The National Assembly consents to ratification.",
    "November 29: The agreement enters into force. It sets Korea's 2026 contribution at 1.5192 trillion "
    "won and covers 2026 to 2030.",
    "",
    "3. Wages and conditions",
    "",
    "The 2024 wage adjustment for Korean employees was 4.8 percent, effective October 1, 2024. The "
    "federation had asked for 6.5 percent. We also won two additional days of paid family leave a year, "
    "from 2025.",
    "",
    "4. Grievances and safety",
    "",
    "The federation handled 23 grievance cases in 2024, of which 17 were resolved by the end of the year. Two "
    "serious workplace accidents were reported, both at logistics sites; no one was killed.",
    "",
    "5. Training",
    "",
    "We held nine training sessions on labor law, safety and the SMA, with 412 participants in all.",
    "",
    "6. Finances",
    "",
    "Dues income in 2024 was 1.62 billion won and expenditure was 1.49 billion won. The largest expenses "
    "were staff (612 million won), grants to chapters (388 million won) and legal support for members "
    "(174 million won). The accounts were audited by Hanul Accounting Corporation.",
    "",
    "7. Priorities for 2025",
    "",
    "1. A statutory guarantee that wages are paid if an SMA lapses.",
    "2. A wage adjustment for 2025 that keeps pace with the cost of living.",
    "3. A seat for an employee representative at SMA Joint Committee discussions of labor costs.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "nabo_memo_sma_construction_2025.pdf", MEMO_HEADER, MEMO_FOOTER,
                paginate(wrap(MEMO_TEXT, MEMO_HYPHEN)))
    write_brief(here / "kn_union_annual_report_2024.pdf", UNION_HEADER, UNION_FOOTER,
                paginate(wrap(UNION_TEXT, UNION_HYPHEN)))


if __name__ == "__main__":
    main()
