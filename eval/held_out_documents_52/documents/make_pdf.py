"""Make the two PDF documents of this set: camp_carroll_barracks_safety_diagnosis_2025.pdf (the summary of a
structural engineering firm's precision safety diagnosis of a cracked barracks at Camp Carroll that Korea delivered as
SMA in-kind construction, with findings, a safety grade, repairs, costs and who pays) and
sma_receivables_facility_credit_memo_2025.pdf (a bank credit committee's approval memorandum for a receivables
purchase facility for a facility-services company paid by the defense ministry under SMA logistics support
contracts, with the receivables aging, terms, risks and the vote), each with a running header and footer, page
numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them. The firms, the
bank, the people, the project and the figures are invented for this evaluation set; which facts come from the public
record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

DIAG_HEADER = "Hanbit Structural Safety Engineering | Precision Safety Diagnosis | Camp Carroll Building 5520"
DIAG_FOOTER = "Summary for the client; the full report with appendices prevails"
DIAG_HYPHEN = ("diagonally", "diago")
DIAG_TEXT = [
    "PRECISION SAFETY DIAGNOSIS: SUMMARY REPORT",
    "Building 5520 (unaccompanied enlisted barracks), Camp Carroll, Waegwan",
    "",
    "Client: Ministry of National Defense, SMA Construction Team",
    "Consultant: Hanbit Structural Safety Engineering Co., Ltd., Daegu",
    "Report No.: HSE-2025-D-0318",
    "Date: October 31, 2025",
    "Responsible engineer: Ryu Jin-seok, Professional Engineer (structures)",
    "",
    "1. The building",
    "",
    "Building 5520 is a six-story reinforced concrete barracks with 112 rooms and 224 beds and a gross floor area of "
    "9,840 square meters. It was built by Naedong Construction Co., Ltd. under a contract of August 2018 worth 27.3 "
    "billion won and was accepted by U.S. Forces Korea on March 18, 2021. It is SMA in-kind construction: the "
    "Ministry of National Defense contracted and paid the builder out of Korea's contribution under the Special "
    "Measures Agreement (SMA), and the finished building was handed over to the U.S. side. The U.S. Army garrison "
    "at Camp Carroll reported cracking in the stair core and the northeast wing in April 2025, and the ministry "
    "commissioned this diagnosis on July 28, 2025.",
    "",
    "2. Scope and method",
    "",
    "The field investigation ran from August 18 to October 10, 2025. It covered a visual survey and crack mapping of "
    "all floors, 12 concrete cores, rebound hammer tests at 60 points, carbonation tests, a survey of floor levels "
    "and settlement, a review of the drawings and the builder's quality records, and a closed-circuit camera "
    "survey of the storm drains around the building.",
    "",
    "3. Findings",
    "",
    "(a) Cracks. We mapped 137 cracks with a total length of 412 meters. Of these, 31 were wider than 0.3 mm, the "
    "limit we apply for members exposed to moisture. The widest, 0.6 mm, runs diagonally across the stair core "
    "wall at the northeast corner between the second and fourth floors.",
    "",
    "(b) Concrete strength. The 12 cores gave an average compressive strength of 25.8 MPa, against a design "
    "strength of 27 MPa. The lowest single core, 22.9 MPa, came from the third-floor slab of the northeast wing. "
    "Rebound hammer results were consistent with the cores.",
    "",
    "(c) Settlement. The northeast corner has settled 18 mm and the southwest corner 4 mm since the building was "
    "completed. The resulting angular distortion, about 1/1,150, is within the limit of 1/500 used for buildings "
    "of this type, but the settlement was still increasing in the summer of 2025.",
    "",
    "(d) Cause. The camera survey found a broken joint in the storm drain along the northeast side of the building. "
    "Water leaking from it has softened the fill under the northeast footings. We consider this, together with "
    "the lower concrete strength in the northeast wing, the main cause of the cracking.",
    "",
    "(e) Durability. Carbonation depth averaged 6.2 mm, well inside the 40 mm concrete cover, and we found no "
    "corrosion of reinforcement.",
    "",
    "4. Safety grade",
    "",
    "We rate the building grade C on the five-grade scale (A to E). Grade C means minor defects in main members "
    "that need repair to keep the building durable, with no need to restrict its use. The building may remain "
    "occupied, except as set out in section 6.",
    "",
    "5. Repairs and estimated cost",
    "",
    "Crack repair by epoxy injection and surface sealing: 0.64 billion won",
    "Storm drain replacement and grouting of the fill: 0.71 billion won",
    "Waterproofing of the northeast basement wall: 0.38 billion won",
    "Settlement and crack monitoring for two years: 0.13 billion won",
    "Total: 1.86 billion won",
    "",
    "The ministry has informed us that Naedong Construction accepts responsibility for the crack repair and the "
    "storm drain under the defect liability terms of its contract, which for structural cracking run for five "
    "years from acceptance, that is, until March 17, 2026; Naedong will therefore bear 1.35 billion won. The "
    "waterproofing and the monitoring, 0.51 billion won, will be proposed for funding from the construction "
    "category of Korea's 2026 SMA contribution, subject to agreement with the U.S. side.",
    "",
    "6. Schedule and occupants",
    "",
    "Repairs are planned from February 2 to May 29, 2026. During the grouting of the fill, from February 2 to "
    "March 13, 2026, the 48 soldiers housed in the third-floor northeast wing will be moved to other barracks on "
    "the installation, a period of six weeks. The rest of the building stays in use.",
    "",
    "7. Recommendations",
    "",
    "1) Carry out the repairs before the 2026 rainy season. 2) Read the settlement markers monthly and stop the "
    "grouting if movement exceeds 3 mm in a month. 3) Check the storm drains of the other two barracks Naedong "
    "built at Camp Carroll in the same period. 4) Repeat the precision safety diagnosis in 2028.",
]

CREDIT_HEADER = "Daeseong Bank | Corporate Credit Committee | Credit Approval Memorandum CCM-2025-1142"
CREDIT_FOOTER = "Confidential: for internal credit purposes only"
CREDIT_HYPHEN = ("contracting", "contract")
CREDIT_TEXT = [
    "CREDIT APPROVAL MEMORANDUM",
    "",
    "Reference: CCM-2025-1142",
    "Committee meeting: November 6, 2025",
    "Borrower: Mirae Facility Partners Co., Ltd., Osan",
    "Relationship manager: Ko Min-ji, Pyeongtaek Corporate Banking Center",
    "Request: new receivables purchase facility of 12.0 billion won",
    "Decision: APPROVED with conditions (4 votes to 1)",
    "",
    "1. The borrower",
    "",
    "Mirae Facility Partners provides facility maintenance and custodial services on U.S. installations under six "
    "contracts with the Ministry of National Defense, at Osan Air Base, Camp Humphreys and Kunsan Air Base. These "
    "services are logistics support that the Republic of Korea provides in kind to U.S. Forces Korea under the "
    "Special Measures Agreement (SMA); the ministry pays for them out of Korea's SMA contribution. In 2024 the "
    "company had revenue of 64.2 billion won, of which 51.7 billion won came from the six SMA contracts, and an "
    "operating profit of 3.9 billion won. It employs 1,120 people, 968 of them on the SMA contracts. The company "
    "has banked with us since 2016 and has an existing working capital line of 3.0 billion won, which will be "
    "cancelled when the new facility is first drawn.",
    "",
    "2. The request",
    "",
    "The ministry pays each monthly invoice after the U.S. contracting officer's representative accepts the "
    "services, and the company carries about two months of receivables while paying its workers every month. "
    "It asks us to buy its receivables from the ministry on a recourse basis, so that it can pay wages on time "
    "when acceptance is delayed.",
    "",
    "Proposed terms: limit 12.0 billion won; term 12 months, renewable; advance rate 85 percent of eligible "
    "receivables; pricing at our three-month funding rate plus 2.10 percent a year; upfront fee of 0.30 percent "
    "of the limit; with recourse to the company.",
    "",
    "3. Receivables at September 30, 2025 (billion won)",
    "",
    "0 to 30 days: 7.18",
    "31 to 60 days: 2.46",
    "61 to 90 days: 0.74",
    "over 90 days: 0.38 (disputed performance deductions)",
    "Total: 10.76",
    "",
    "Only receivables of 60 days or less are eligible, so eligible receivables were 9.64 billion won. In 2024 and "
    "2025 to date the ministry paid on average 27 days after acceptance. Deductions for unsatisfactory "
    "performance were 1.7 percent of invoiced amounts over the last six months.",
    "",
    "4. Key risks",
    "",
    "(a) Single customer. About 80 percent of revenue depends on one public customer and on the SMA. The "
    "ministry is a sound payer, but it can pay only out of funds available under an SMA in force.",
    "",
    "(b) Lapse of the SMA. The 11th SMA ends with 2025. The 12th SMA, in force since November 29, 2024, covers "
    "2026 through 2030, with a 2026 payment of 1.5192 trillion won and later yearly increases capped at 5 percent. "
    "In 2020, when no SMA was in force, about 4,000 Korean employees of U.S. Forces Korea were placed on unpaid "
    "leave from April 1 to June 15. The U.S. President's remarks of July 8, 2025 calling for 10 billion dollars "
    "a year raise the risk of pressure on the current agreement, although the Korean government said on July "
    "9, 2025 that it will carry out the 12th SMA as agreed.",
    "",
    "(c) Rebids. Five of the six contracts expire on December 31, 2026 and will be tendered again. Loss of the "
    "two Camp Humphreys contracts, which make up 22.4 billion won of annual revenue, would reduce the eligible "
    "receivables below the level that supports the limit.",
    "",
    "(d) Fixed prices. The contract prices are adjusted for increases in the statutory minimum wage but not for "
    "other costs.",
    "",
    "5. Conditions",
    "",
    "1) The ministry's written consent to the assignment of the receivables, as required for public contracts, "
    "before first drawing. 2) Payments from the ministry to be made to a collection account with us. 3) "
    "Covenants: net debt to EBITDA of no more than 3.0 times; deductions of no more than 4 percent of invoiced "
    "amounts over any six months. 4) If any SMA contract is lost at rebid, the limit is reduced in proportion to "
    "its share of eligible receivables. 5) Review of the facility by June 30, 2026.",
    "",
    "6. Committee discussion and vote",
    "",
    "Members agreed that the ministry's payment record is strong and that the 12th SMA gives a funding base to "
    "2030. The chief risk officer, Baek Seung-ho, voted against, on the ground that the bank's total exposure to "
    "firms depending on SMA contracts, 61.5 billion won after this facility, is already above the internal "
    "sector guideline of 50 billion won. The committee approved the facility by 4 votes to 1 and asked the risk "
    "department to review the sector guideline by the end of the first quarter of 2026.",
    "",
    "Chair: Yoon Sang-chul, Deputy President, Corporate Banking Group",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "camp_carroll_barracks_safety_diagnosis_2025.pdf", DIAG_HEADER, DIAG_FOOTER,
                paginate(wrap(DIAG_TEXT, DIAG_HYPHEN)))
    write_brief(here / "sma_receivables_facility_credit_memo_2025.pdf", CREDIT_HEADER, CREDIT_FOOTER,
                paginate(wrap(CREDIT_TEXT, CREDIT_HYPHEN)))


if __name__ == "__main__":
    main()
