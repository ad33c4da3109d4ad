"""Make the two PDF documents of this set: logistics_audit_2022.pdf (an inspectorate's audit summary) and
osan_hangar_bid_notice_2025.pdf (an invitation for bids for an SMA in-kind construction project), each with a
running header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report
PDFs have them. The issuers (Defense Programs Inspectorate, Defense Facilities Procurement Office), the people and
the projects are invented for this evaluation set; which facts come from the public record and which are composed
is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

AUDIT_HEADER = "Defense Programs Inspectorate | Audit Report 2022-17 | August 2022"
AUDIT_FOOTER = "Defense Programs Inspectorate, Seoul (English summary)"
AUDIT_HYPHEN = ("construction", "con")
AUDIT_TEXT = [
    "Audit of In-Kind Logistics Support Contracts under the Special Measures Agreement, 2019-2021",
    "English summary of Audit Report 2022-17, issued August 25, 2022",
    "",
    "Why we did this audit",
    "",
    "Logistics support is the smallest of the three cost categories of the Special Measures Agreement (SMA), "
    "after labor and construction, and the least examined. South Korea provides it almost entirely in kind: the "
    "Ministry of National Defense contracts Korean firms for the services U.S. Forces Korea requests, such as "
    "ammunition storage and handling, vehicle and equipment maintenance, transportation and base facility "
    "upkeep, and pays the firms directly. No audit had looked at these contracts as a group since the 10th SMA.",
    "",
    "Scope and method",
    "",
    "We examined the logistics support contracts the ministry signed in the years 2019 to 2021: 146 contracts "
    "worth 402.6 billion won in all. From these we drew a sample of 38 contracts worth 171.4 billion won, "
    "weighted toward the largest contracts and the ones whose scope had changed. Fieldwork ran from March 7 to "
    "May 27, 2022, and was carried out by a team of seven auditors led by Chief Auditor Kang Hye-rin. We "
    "reviewed contract files, cost estimates, invoices and acceptance records, and interviewed ministry staff "
    "and contractors. We had no access to U.S. records and did not audit U.S. Forces Korea.",
    "",
    "Finding 1: cost estimates without an independent check",
    "",
    "For 11 of the 38 sampled contracts, the estimated price was built only from requirements and unit prices "
    "supplied by the U.S. side, with no independent price check by the ministry. Comparing those unit prices "
    "with market prices for the same services, we estimate that the 11 contracts were overpriced by about "
    "6.3 billion won over the three years.",
    "",
    "Finding 2: labor hours billed but not supported",
    "",
    "At Camp Carroll in Waegwan, a vehicle and equipment maintenance contract was billed in 2020 and 2021 for "
    "14 percent more labor hours than the maintenance logs support. After we raised the matter, the contractor "
    "repaid 1.9 billion won, and the ministry has referred the contract to its legal office to decide whether "
    "further action is warranted.",
    "",
    "Finding 3: changes in scope without written modification",
    "",
    "Three contracts continued for more than 90 days after their scope had changed, without the written "
    "modification the ministry's own rules require. In each case the work itself was delivered, but the files "
    "could not show who had approved the change or at what price.",
    "",
    "Finding 4: acceptance signed by one side only",
    "",
    "For six contracts, the record that services had been delivered was signed by U.S. Forces Korea alone. "
    "The ministry, which paid for the services, had no record of its own that they were received.",
    "",
    "Recommendations",
    "",
    "1. Require an independent price check for every logistics support contract above 1 billion won.",
    "2. Reconcile invoiced labor hours with maintenance logs every month.",
    "3. Issue a written modification within 30 days of any change in scope.",
    "4. Carry out acceptance inspections jointly with U.S. Forces Korea.",
    "",
    "The ministry's response",
    "",
    "The Ministry of National Defense accepted the first three recommendations in full. It partially accepted "
    "the fourth, saying that joint acceptance inspections need the agreement of the U.S. side and that it "
    "would raise the matter at the SMA Joint Committee. We will follow up on all four recommendations in 2023.",
    "",
    "Our view",
    "",
    "Logistics support is a small share of Korea's contribution, but it is the share where Korean taxpayers "
    "see least of what they buy. The sums at issue are modest; the lesson is that the ministry, as the party "
    "that signs and pays, must check prices and deliveries itself rather than rely on the requesting side.",
]

BID_HEADER = "Defense Facilities Procurement Office | Notice No. 2025-0312 | March 2025"
BID_FOOTER = "Defense Facilities Procurement Office, Seoul"
BID_HYPHEN = ("maintenance", "mainte")
BID_TEXT = [
    "Invitation for Bids",
    "SMA In-Kind Construction Project SMA-IK-25-031: Two-Bay Aircraft Maintenance Hangar, Osan Air Base",
    "",
    "Issued on March 12, 2025. This notice is published in Korean and English; if the two differ, the Korean "
    "text governs.",
    "",
    "1. The project",
    "",
    "The project is the construction of a two-bay aircraft maintenance hangar with a floor area of 6,480 "
    "square meters, an attached shop building and a taxiway connection to the existing apron, at Osan Air "
    "Base in Pyeongtaek, Gyeonggi Province. It is funded from South Korea's contribution under the Special "
    "Measures Agreement (SMA) and is provided in kind: the Korean government contracts and pays for the work "
    "and hands the finished facility over to U.S. Forces Korea. The design has been completed by the U.S. "
    "side. Design and construction supervision are paid in cash from SMA funds and are not part of this "
    "contract.",
    "",
    "2. Estimated price, contract type and period",
    "",
    "The estimated price is 28.35 billion won, including value-added tax. The contract is a fixed-price, lump-"
    "sum contract. The construction period is 900 calendar days from the notice to proceed.",
    "",
    "3. Who may bid",
    "",
    "Bidders must hold a general building construction license and must have completed, in the past ten "
    "years, at least one hangar or industrial building with a floor area of 4,000 square meters or more. "
    "Joint ventures of up to three firms may bid; the lead firm must hold a share of at least 50 percent.",
    "",
    "4. Schedule",
    "",
    "A site briefing will be held on Tuesday, March 18, 2025, at 14:00, at the Osan Air Base visitor center "
    "by the main gate. Attendance is limited to two persons per firm, who must be registered by email by "
    "Friday, March 14. Bids must be submitted electronically by 10:00 on Tuesday, April 8, 2025. Bids will "
    "be opened the same day at 11:00.",
    "",
    "5. Bid security",
    "",
    "Each bid must be accompanied by a bid security of 5 percent of the estimated price, in cash or by a "
    "guarantee from an approved institution. The security of an unsuccessful bidder is returned within 10 "
    "days of the award.",
    "",
    "6. Award",
    "",
    "The contract will be awarded after a qualification review to the lowest bid that is at or above 87.745 "
    "percent of the estimated price. Bidders below that floor are not considered.",
    "",
    "7. Working on a U.S. installation",
    "",
    "The site is inside an active air base. The successful bidder's workers need U.S. Forces Korea base "
    "access passes. The successful bidder must apply for them at least 14 working days before work begins on "
    "site. Work near the flight line is subject to the base's flying schedule, and the contract price is "
    "deemed to include the cost of such restrictions.",
    "",
    "8. Contact",
    "",
    "Contracting officer: Seo Min-a, Defense Facilities Procurement Office. Questions must be submitted in "
    "writing by March 25, 2025; answers will be posted for all bidders.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "logistics_audit_2022.pdf", AUDIT_HEADER, AUDIT_FOOTER,
                paginate(wrap(AUDIT_TEXT, AUDIT_HYPHEN)))
    write_brief(here / "osan_hangar_bid_notice_2025.pdf", BID_HEADER, BID_FOOTER,
                paginate(wrap(BID_TEXT, BID_HYPHEN)))


if __name__ == "__main__":
    main()
