"""Make the two PDF documents of this set: fauc_written_answers_2024.pdf (the foreign ministry's written answers to
members of the National Assembly's Foreign Affairs and Unification Committee on the 12th SMA consent bill, in an
unofficial English translation) and hanul_facility_annual_report_2024.pdf (an excerpt of a Korean facility services
contractor's annual report), each with a running header and footer, page numbers, hard-wrapped lines and a word
hyphenated across a line break, as report PDFs have them. The members, the firm and their figures are invented for
this evaluation set; which facts come from the public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

FAUC_HEADER = "Foreign Affairs and Unification Committee | Written Answers, 12th SMA Consent Bill | November 2024"
FAUC_FOOTER = "National Assembly of the Republic of Korea (unofficial English translation)"
FAUC_HYPHEN = ("stationing", "station")
FAUC_TEXT = [
    "Written Answers of the Ministry of Foreign Affairs to Members' Questions on the Consent Bill for "
    "Ratification of the 12th Special Measures Agreement",
    "Excerpts, unofficial English translation. Answers submitted on November 25, 2024.",
    "",
    "Introductory note",
    "",
    "Before the Committee's review of the consent bill, nine members of the Committee submitted 27 written "
    "questions to the Ministry of Foreign Affairs. The ministry's answers to six of them are translated below. "
    "Question numbers and the names of members are given as in the Korean record.",
    "",
    "Question 3 (Rep. Ha Yoon-jae)",
    "",
    "Q. The payment for 2026 rises by 8.3 percent. Why is the increase higher than in recent years?",
    "",
    "A. Over the preceding five years the annual increase in Korea's contribution averaged 6.2 percent. The "
    "amount for 2026 was set after a review of the requirements for that year in each of the three cost "
    "categories, in particular the labor costs of Korean employees and the construction projects planned "
    "for 2026. From 2027 the increase will follow the consumer price index, with a cap of 5 percent a year, "
    "which the Government judges to be more stable and more predictable than the link to defense budget "
    "growth in the 11th agreement.",
    "",
    "Question 7 (Rep. Nam Gi-yeon)",
    "",
    "Q. How many Korean employees currently work for U.S. Forces Korea?",
    "",
    "A. As of September 30, 2024, 8,784 Korean employees worked for U.S. Forces Korea at installations "
    "across the country. Their labor costs are the largest of the three cost categories funded by Korea's "
    "contribution.",
    "",
    "Question 11 (Rep. Ha Yoon-jae)",
    "",
    "Q. Does the cap of 5 percent apply to the payment for 2026?",
    "",
    "A. No. The payment for 2026 is fixed in the agreement at 1.5192 trillion won. The cap applies to the "
    "annual increases from 2027 to 2030.",
    "",
    "Question 15 (Rep. Yang Se-hee)",
    "",
    "Q. How much of the construction category is provided in kind rather than in cash?",
    "",
    "A. In 2023, 91.6 percent of the construction category was provided in kind, through contracts signed "
    "and paid by the Ministry of National Defense. The remainder was paid in cash for design and "
    "construction supervision.",
    "",
    "Question 19 (Rep. Cho Min-kyu)",
    "",
    "Q. Why was the agreement concluded more than a year before the 11th agreement expires?",
    "",
    "A. The Government sought to secure a stable basis for the stationing of U.S. Forces Korea and for the "
    "employment of Korean workers well in advance. The talks began in April 2024 and were concluded on "
    "October 2, 2024, at the eighth round. The agreement was signed in Seoul on November 4, 2024.",
    "",
    "Question 24 (Rep. Nam Gi-yeon)",
    "",
    "Q. When will negotiations on the 13th agreement begin?",
    "",
    "A. The 12th agreement expires at the end of 2030. The Government will seek to begin negotiations on the "
    "13th agreement no later than 2029, so that a new agreement can take effect before the present one "
    "expires and no gap arises for Korean employees.",
    "",
    "Note by the translator",
    "",
    "The Committee reviewed the consent bill on November 28, 2024, and the plenary session of the National "
    "Assembly approved ratification the same day. The remaining 21 answers are available in Korean from the "
    "Committee's records office.",
]

HANUL_HEADER = "Hanul Facility Services Co., Ltd. | Annual Report 2024 | Excerpt"
HANUL_FOOTER = "Hanul Facility Services Co., Ltd., Pyeongtaek (English convenience translation)"
HANUL_HYPHEN = ("maintenance", "main")
HANUL_TEXT = [
    "Hanul Facility Services Co., Ltd.",
    "Annual Report 2024. Excerpt: Business Overview and Segment Information",
    "English convenience translation. The Korean report, dated March 28, 2025, governs.",
    "",
    "From the Chief Executive",
    "",
    "2024 was a year of steady growth for Hanul. Our public facilities business held its ground, and our "
    "USFK logistics support business, which serves U.S. Forces Korea under contracts with the Ministry of "
    "National Defense, grew faster than any other part of the company. I thank our employees, and above all "
    "those who work every day on the installations, for their reliability. - Ryu Seung-ho, Chief Executive "
    "Officer",
    "",
    "The company",
    "",
    "Hanul Facility Services was founded in 1998 and has its head office in Pyeongtaek, Gyeonggi Province. "
    "Its fiscal year ends on December 31. The company reports three segments: public facilities management, "
    "industrial maintenance, and USFK logistics support.",
    "",
    "Results for 2024",
    "",
    "Consolidated revenue was 186.4 billion won in 2024, up from 171.0 billion won in 2023. Revenue of the "
    "USFK logistics support segment was 72.9 billion won, up from 64.3 billion won in 2023, and the segment's "
    "operating profit was 5.1 billion won.",
    "",
    "USFK logistics support",
    "",
    "Logistics support is one of the three cost categories of the Special Measures Agreement (SMA) between "
    "Korea and the United States, and Korea provides it almost entirely in kind: the Ministry of National "
    "Defense contracts Korean firms for the services U.S. Forces Korea needs and pays them directly. At the "
    "end of 2024 the company held nine such contracts, covering facility maintenance, grounds and custodial "
    "services and vehicle maintenance at Camp Humphreys, Osan Air Base and Fleet Activities Chinhae. The "
    "largest is a three-year facility maintenance contract at Camp Humphreys worth 48.2 billion won, "
    "awarded in February 2024. The order backlog of the segment stood at 118.7 billion won on December 31, "
    "2024.",
    "",
    "Employees",
    "",
    "The company had 1,214 employees at the end of 2024, of whom 436 work on U.S. Forces Korea "
    "installations. Every one of them holds a base access pass, and the company runs its own security and "
    "safety induction course for new staff before they go on site.",
    "",
    "Risk factors",
    "",
    "Revenue of the segment depends on the SMA. The 12th SMA sets Korea's payment for 2026 at 1.5192 "
    "trillion won and links the payments for 2027 to 2030 to consumer prices, with a cap of 5 percent a "
    "year, so the total budget for the three categories is likely to grow more slowly than in recent years. "
    "The split among the categories can be changed during the year. The company has also learned that a "
    "gap between agreements is a real risk: in 2020, when no agreement was in force for the first months of "
    "the year, two of our contract renewals were delayed by about three months, and we paid wages of about "
    "2.3 billion won from our own funds to keep our teams on site.",
    "",
    "Outlook for 2025",
    "",
    "The company expects revenue of the USFK logistics support segment of about 78 billion won in 2025 and "
    "is bidding for four new contracts.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "fauc_written_answers_2024.pdf", FAUC_HEADER, FAUC_FOOTER,
                paginate(wrap(FAUC_TEXT, FAUC_HYPHEN)))
    write_brief(here / "hanul_facility_annual_report_2024.pdf", HANUL_HEADER, HANUL_FOOTER,
                paginate(wrap(HANUL_TEXT, HANUL_HYPHEN)))


if __name__ == "__main__":
    main()
