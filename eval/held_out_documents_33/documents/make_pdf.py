"""Make the two PDF documents of this set: sma_vat_ruling_digest_2023.pdf (a tax firm's digest of a written tax
ruling on value-added tax and SMA in-kind construction) and sma_program_evaluation_2025.pdf (the summary of an
in-depth evaluation of the SMA payment as a fiscal program, FY2021-2024), each with a running header and footer,
page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them. The firm, the
institute, the people and the figures not from the public record are invented for this evaluation set; which facts
come from the public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

VAT_HEADER = "Seoyeon Tax & Accounting | Ruling Digest No. 2023-19 | June 2023"
VAT_FOOTER = "Seoyeon Tax & Accounting, Pyeongtaek (client digest, not legal advice)"
VAT_HYPHEN = ("construction", "con")
VAT_TEXT = [
    "Ruling Digest No. 2023-19",
    "VAT on SMA in-kind construction: supplies to the ministry, not to U.S. forces",
    "",
    "Prepared by Han Seo-yeon, CPA, for the firm's construction clients. Issued June 12, 2023.",
    "",
    "The question",
    "",
    "South Korea has paid part of the cost of stationing U.S. Forces Korea under special measures "
    "agreements since 1991, and most of the construction share is provided in kind: the Ministry of "
    "National Defense signs contracts with Korean builders, pays them, and hands the finished buildings "
    "over to U.S. Forces Korea. Several clients have asked whether such work can be invoiced at the zero "
    "rate of value-added tax, on the ground that the building is built for, and used by, the U.S. forces.",
    "",
    "A written ruling of May 17, 2023 now answers the question for one common case. We summarize it here "
    "without the applicant's name.",
    "",
    "The facts",
    "",
    "The applicant is a mid-sized general builder based in Pyeongtaek. In November 2022 it signed a "
    "contract with the Ministry of National Defense to build a four-story battalion headquarters building "
    "at Camp Humphreys as an SMA in-kind construction project. The contract price is 17.25 billion won "
    "excluding VAT, and the work is scheduled to take 26 months. The design was provided by the U.S. side; "
    "design and construction supervision are paid separately in cash and are not part of the contract. "
    "The applicant filed its request for a ruling on February 8, 2023, arguing that the zero rate for "
    "supplies to U.S. forces should apply because the building would be used only by them.",
    "",
    "The ruling",
    "",
    "The ruling holds that the supply is not zero-rated. The recipient of a supply is the party that "
    "contracts for it and pays for it, and here that party is the Ministry of National Defense, not U.S. "
    "Forces Korea. The later handover of the building does not change who received the construction "
    "service. The supply is therefore a domestic supply to the government, taxed at the standard rate of "
    "10 percent, and the applicant must issue its tax invoices to the ministry.",
    "",
    "The ruling adds that the result would be different only if the builder contracted with and was paid "
    "by the U.S. forces themselves, which is not how SMA in-kind construction works.",
    "",
    "What it means in practice",
    "",
    "1. Check the contract. The ministry's estimated prices for SMA in-kind projects normally include VAT, "
    "so a builder that priced its bid on a zero-rate assumption may have left money on the table, but it "
    "will not owe the ministry anything extra.",
    "2. Subcontractors are not affected. Supplies from subcontractors to the main contractor were always "
    "taxed at the standard rate, and the ruling does not change that.",
    "3. Correct past invoices. Clients that issued zero-rated invoices on SMA in-kind contracts should issue "
    "amended invoices before the next VAT return. Two of our clients have already done so.",
    "4. Keep the handover records. The ruling turns on who contracted and paid, but tax auditors may still "
    "ask for the handover documents to confirm that the project is an SMA project.",
    "",
    "Our view",
    "",
    "The ruling is short, but it settles a question that has caused inconsistent invoicing among builders "
    "for years. Of the 23 construction clients we surveyed in April, nine had at some point treated SMA "
    "in-kind work as zero-rated. We expect the tax authorities to look at such invoices in their next "
    "round of audits of defense construction contractors, and we recommend correcting them now.",
    "",
    "Questions: Han Seo-yeon, CPA, construction and public contracts team.",
]

EVAL_HEADER = "Korea Fiscal Evaluation Institute | In-Depth Program Evaluation 2025-08 | June 2025"
EVAL_FOOTER = "Korea Fiscal Evaluation Institute, Sejong (summary for the Ministry of Economy and Finance)"
EVAL_HYPHEN = ("construction", "con")
EVAL_TEXT = [
    "In-Depth Evaluation of the Fiscal Program 'Support for the Stationing of U.S. Forces Korea', FY2021-2024",
    "Summary of Evaluation Report 2025-08, submitted June 20, 2025",
    "",
    "Purpose and team",
    "",
    "The Ministry of Economy and Finance commissioned this evaluation as one of the eleven in-depth "
    "evaluations of its 2025 cycle. The program is the line of the defense budget that pays South Korea's "
    "contribution under the Special Measures Agreement (SMA). The team of five researchers was led by "
    "Dr. Noh Eun-ji and did its fieldwork from January to April 2025, using budget and settlement records "
    "and interviews with 27 officials of the defense and foreign ministries.",
    "",
    "The program in figures",
    "",
    "Under the 11th SMA, the 2021 contribution was 1.1833 trillion won, and the 2022 contribution was set "
    "when the deal was announced at about 1.2472 trillion won. The 2025 contribution, the last of the 11th "
    "SMA, is 1.4028 trillion won. The 12th SMA sets the 2026 contribution at 1.5192 trillion won. The "
    "money is spent in three categories: labor costs of Korean employees, construction and logistics "
    "support. Most construction and logistics support is provided in kind.",
    "",
    "Scores",
    "",
    "The program scored 71.5 points out of 100: 17 of 20 for planning, 21.5 of 30 for management and 33 of "
    "50 for outcomes. On the evaluation scale (Excellent 90 or more, Good 80 to 89.9, Fair 70 to 79.9, "
    "Poor below 70) this gives a grade of Fair.",
    "",
    "Main findings",
    "",
    "Planning. The purpose of the program is clear, but its only performance indicator is whether each "
    "payment is made on time. That indicator was met in every year, so it tells the ministry nothing about "
    "whether the money is used well.",
    "",
    "Management. The execution rate of in-kind construction money has risen every year, from 76.8 percent "
    "in 2021 to 78.4 percent in 2022, 81.2 percent in 2023 and 85.9 percent in 2024. The number of in-kind "
    "construction projects under way grew from 24 in 2021 to 58 in 2024, and the ministry's project staff "
    "did not grow with it. The defense and foreign ministries keep separate records of the payments and "
    "their figures differed in three of the four years.",
    "",
    "Outcomes. Labor costs of Korean employees were paid on time in all 48 months of the period. The team "
    "found no measure of whether completed facilities are used as planned, and no public report of "
    "unexecuted cash balances.",
    "",
    "Recommendations",
    "",
    "1. Adopt at least three outcome indicators for the program by the FY2027 budget.",
    "2. Publish an annual table of payments and execution by cost category.",
    "3. Set a target execution rate of 90 percent for in-kind construction money by 2027.",
    "4. Reconcile the defense ministry's and the foreign ministry's payment figures every quarter.",
    "",
    "Response of the Ministry of National Defense",
    "",
    "The ministry accepted recommendations 1, 2 and 4. It partially accepted recommendation 3, saying that "
    "the execution rate depends in part on the U.S. side's design schedule, and proposed a target of 88 "
    "percent instead. The Ministry of Economy and Finance will check progress in its 2026 budget review.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "sma_vat_ruling_digest_2023.pdf", VAT_HEADER, VAT_FOOTER,
                paginate(wrap(VAT_TEXT, VAT_HYPHEN)))
    write_brief(here / "sma_program_evaluation_2025.pdf", EVAL_HEADER, EVAL_FOOTER,
                paginate(wrap(EVAL_TEXT, EVAL_HYPHEN)))


if __name__ == "__main__":
    main()
