"""Make the two PDF documents of this set: arbitration_award_delay_2024.pdf (the summary of an arbitral award on
delay damages and a steel price claim under an SMA in-kind construction contract at Camp Humphreys) and
logistics_contractor_evaluation_2024.pdf (a board's notice of the results of its 2024 performance evaluation of SMA
logistics support contractors), each with a running header and footer, page numbers, hard-wrapped lines and a word
hyphenated across a line break, as report PDFs have them. The issuers (Korea Construction Disputes Arbitration
Panel, Defense Logistics Contract Evaluation Board), the firms, the people and the projects are invented for this
evaluation set; which facts come from the public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

AWARD_HEADER = "Korea Construction Disputes Arbitration Panel | Case No. KCDA 23-0417 | Summary of Award"
AWARD_FOOTER = "Korea Construction Disputes Arbitration Panel, Seoul (English summary for publication)"
AWARD_HYPHEN = ("recoverable", "recover")
AWARD_TEXT = [
    "Summary of Arbitral Award, Case No. KCDA 23-0417",
    "Hanul Daesung Construction Co., Ltd. v. Republic of Korea (Ministry of National Defense)",
    "Award rendered on September 26, 2024",
    "",
    "The tribunal",
    "",
    "Presiding arbitrator Jeon Kyung-ho; co-arbitrators Min Seo-yeon and Park Tae-il. The hearing was held in "
    "Seoul on June 10 to 12, 2024. This summary is published with the consent of both parties; the full award "
    "is confidential.",
    "",
    "The contract",
    "",
    "The claimant, a general contractor based in Cheonan, built a vehicle maintenance facility at Camp "
    "Humphreys in Pyeongtaek for U.S. Forces Korea. The project was funded from South Korea's contribution "
    "under the Special Measures Agreement (SMA) and provided in kind: the Ministry of National Defense signed "
    "the contract, paid the contractor and handed the finished facility over to U.S. Forces Korea. The "
    "contract was signed on January 18, 2021 at a fixed price of 36.8 billion won, with completion due on "
    "October 31, 2022. The facility was handed over on March 22, 2023, 142 days late.",
    "",
    "The dispute",
    "",
    "The contract provides for delay damages of 0.05 percent of the contract price for each day of "
    "unexcused delay. The ministry treated all 142 days as unexcused and withheld 2.6128 billion won from the "
    "final payment. The claimant filed for arbitration on April 21, 2023. It argued that 96 days of the delay "
    "were excusable: 41 days spent waiting for U.S. Forces Korea base access passes for its workers in the "
    "spring of 2021, and 55 days caused by a design change the U.S. side requested in 2022, which added a "
    "second wash rack. It also claimed 2.41 billion won for the rise in steel prices between the bid and "
    "the purchase of steel.",
    "",
    "The ministry answered that the pass applications were the claimant's responsibility and were filed "
    "late, and that the design change had already been paid for by a change order of 1.12 billion won that "
    "did not extend the completion date.",
    "",
    "The tribunal's findings",
    "",
    "Base access passes. The tribunal found that 22 of the 41 days were excusable, because the installation's "
    "pass office suspended processing for reasons outside the claimant's control. The remaining 19 days "
    "resulted from applications the claimant filed late.",
    "",
    "Design change. The tribunal found that 41 of the 55 days were excusable. A change order that pays for "
    "added work does not, by itself, waive the time the added work needs; the ministry had not asked the "
    "claimant to give up a time extension.",
    "",
    "In all, 63 days of the delay were excusable and 79 days were not. Delay damages on 79 days come to "
    "1.4536 billion won. The ministry must therefore repay 1.1592 billion won of the amount it withheld.",
    "",
    "Steel prices. Applying the contract's price adjustment clause, under which only the part of a rise above "
    "3 percent is recoverable, the tribunal awarded 1.32 billion won of the 2.41 billion won claimed.",
    "",
    "Interest and costs. Both sums carry interest from April 21, 2023. The costs of the arbitration, 186 "
    "million won, are borne 55 percent by the ministry and 45 percent by the claimant.",
    "",
    "Observation of the tribunal",
    "",
    "The tribunal observed that SMA in-kind construction contracts do not say who bears delays caused by base "
    "access procedures, which neither the contractor nor the ministry controls. It suggested that future "
    "contracts set a standard processing time for passes and grant a day-for-day extension beyond it. The "
    "observation is not binding.",
]

EVAL_HEADER = "Defense Logistics Contract Evaluation Board | Notice No. 2025-06 | March 14, 2025"
EVAL_FOOTER = "Defense Logistics Contract Evaluation Board, Seoul"
EVAL_HYPHEN = ("installations", "instal")
EVAL_TEXT = [
    "Notice No. 2025-06",
    "Results of the 2024 Performance Evaluation of SMA Logistics Support Contractors",
    "",
    "1. Purpose",
    "",
    "Logistics support is one of the three cost categories of the Special Measures Agreement (SMA), together "
    "with the labor costs of Korean employees and construction. It is provided in kind: the Ministry of "
    "National Defense contracts Korean firms for the services U.S. Forces Korea requests, such as vehicle "
    "maintenance, transportation, storage, custodial and grounds services, and pays the firms directly. The "
    "Board has evaluated the performance of these contractors every year since 2019. This notice gives the "
    "results for 2024.",
    "",
    "2. Scope",
    "",
    "The evaluation covered 29 contractors holding 64 contracts that were active in 2024. Payments under "
    "these contracts totaled 138.7 billion won in 2024. The contracts were performed at installations "
    "including Camp Humphreys, Osan Air Base, Camp Carroll in Waegwan, and Camp Walker and Camp Henry in "
    "Daegu.",
    "",
    "3. Criteria",
    "",
    "Each contractor was scored out of 100 points: quality of service 40 points, schedule 25 points, "
    "compliance with labor law 20 points and safety 15 points. Scores were based on the monthly reports of "
    "the U.S. units that requested the services, on 212 site checks made by ministry staff during 2024, and "
    "on the records of regional labor offices.",
    "",
    "4. Results",
    "",
    "Grades were given as follows: S (90 points or more), 3 contractors; A (80 to 89.9), 11 contractors; B "
    "(70 to 79.9), 10 contractors; C (60 to 69.9), 4 contractors; D (below 60), 1 contractor. The average "
    "score was 81.3 points, up from 78.9 points in 2023.",
    "",
    "The highest score, 94.6 points, went to Daehan Total Facility Services for its custodial and grounds "
    "contract at Camp Henry. The lowest score, 56.2 points, went to Seohae Clean Tech for a transportation "
    "services contract at Camp Carroll. That contractor paid the wages of 84 workers an average of 38 days "
    "late during 2024 and was cited twice by the regional labor office.",
    "",
    "The U.S. units that requested the services logged 142 service complaints in 2024, down from 187 in "
    "2023. Missed vehicle pickups and late custodial shifts were the most frequent complaints.",
    "",
    "5. Consequences of the grades",
    "",
    "Contractors graded S receive a bonus of 1 point in the evaluation of their bids for SMA logistics "
    "support contracts advertised in 2025 and 2026. Contractors graded C must submit a written "
    "improvement plan within 30 days of this notice. The contractor graded D is barred from bidding for SMA "
    "logistics support contracts for six months, from April 1 to September 30, 2025. Its current contract "
    "continues to its end date under monthly monitoring.",
    "",
    "6. Requests for review",
    "",
    "A contractor may request a review of its grade in writing within 14 days of this notice. Requests are "
    "decided by a panel of three Board members who took no part in the original evaluation, within 30 days "
    "of receipt.",
    "",
    "7. Contact",
    "",
    "Evaluation officer: Nam Gi-young, Defense Logistics Contract Evaluation Board.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "arbitration_award_delay_2024.pdf", AWARD_HEADER, AWARD_FOOTER,
                paginate(wrap(AWARD_TEXT, AWARD_HYPHEN)))
    write_brief(here / "logistics_contractor_evaluation_2024.pdf", EVAL_HEADER, EVAL_FOOTER,
                paginate(wrap(EVAL_TEXT, EVAL_HYPHEN)))


if __name__ == "__main__":
    main()
