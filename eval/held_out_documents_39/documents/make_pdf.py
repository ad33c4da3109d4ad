"""Make the two PDF documents of this set: car_insurance_underwriting_memo_2024.pdf (an insurer's underwriting memo
for contractor's all risks cover on an SMA in-kind construction project) and camp_walker_cdc_acceptance_2023.pdf
(a joint acceptance inspection and handover record for an SMA in-kind child development center), each with a
running header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report
PDFs have them. The insurer, the contractors, the people and the projects are invented for this evaluation set;
which facts come from the public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

MEMO_HEADER = "Hanul Fire & Marine Insurance | Engineering Underwriting | Memo EU-2024-0418 | Confidential"
MEMO_FOOTER = "Hanul Fire & Marine Insurance, Engineering Lines, Seoul"
MEMO_HYPHEN = ("installation", "instal")
MEMO_TEXT = [
    "Underwriting Memo: Contractor's All Risks Insurance",
    "SMA In-Kind Construction Project SMA-IK-24-019: Battalion Headquarters and Motor Pool, Camp Humphreys",
    "",
    "Date: April 18, 2024. Prepared by Noh Kyung-min, senior underwriter. Reviewed by Chae Seung-ho, head of "
    "engineering lines.",
    "",
    "1. The risk",
    "",
    "The principal insured is Doreum Construction Co., Ltd., a mid-sized general contractor based in Suwon, "
    "with its subcontractors as additional insureds and the Ministry of National Defense named as loss payee. "
    "The project is a four-story battalion headquarters of 5,900 square meters and a 12-bay motor pool of "
    "4,300 square meters at Camp Humphreys in Pyeongtaek. It is funded from South Korea's contribution under the "
    "Special Measures Agreement (SMA) and provided in kind: the ministry awarded the contract and pays the "
    "contractor, and the buildings will be handed over to U.S. Forces Korea on completion. The contract price is "
    "47.5 billion won, including value-added tax. Construction runs from May 2, 2024 to December 31, 2025, "
    "followed by a maintenance period of 24 months.",
    "",
    "2. Cover requested",
    "",
    "Material damage to the works, with a sum insured equal to the contract price of 47.5 billion won; "
    "third-party liability with a limit of 2 billion won per occurrence; and maintenance cover for the 24 "
    "months after handover.",
    "",
    "3. Hazards",
    "",
    "The site lies on former paddy land near the Anseong River, with groundwater about 2 meters below the "
    "surface. Foundations are on driven piles, and excavations for the motor pool's service pits will need "
    "dewatering. The main natural hazards are heavy rain and typhoons from July to September. Part of the site "
    "is under the approach path of the base airfield, and cranes there are limited to a height of 45 meters. "
    "Theft and malicious damage are less likely than on an open site, because access to the installation is "
    "controlled and every worker needs a base pass.",
    "",
    "4. Loss history",
    "",
    "Over the last five years the insured has reported 3 claims. A total of 412 million won was paid. The largest was a "
    "flood at a warehouse site in Gunsan in August 2022, for 298 million won. Two smaller claims concerned "
    "damage to formwork in a storm and a fire in a site office. We judge the history acceptable for a "
    "contractor of this size.",
    "",
    "5. Proposed terms",
    "",
    "Rate: 0.12 percent of the sum insured, for a premium of 57 million won for the construction period, "
    "maintenance cover included. Deductibles: 20 million won per occurrence for material damage in general; "
    "50 million won per occurrence for damage caused by flood, typhoon or earthquake; and 10 million won per "
    "occurrence for third-party property damage.",
    "",
    "Conditions: a dewatering warranty (pumps on standby with backup power whenever excavations are open); "
    "weekly inspection of cranes by a licensed inspector; and a flood response plan to be submitted before "
    "June 30, 2024.",
    "",
    "6. Share and placement",
    "",
    "We lead with a 60 percent share. The remaining 40 percent is placed with Daebu General Insurance on the "
    "same terms. Reinsurance is under our engineering treaty; no facultative placement is needed.",
    "",
    "7. Recommendation",
    "",
    "Accept on the terms above. Government-funded projects on U.S. installations have been good business for "
    "this line: controlled access, regular supervision and a client that pays on time. The main exposure is "
    "water, and the conditions address it. Cover was bound on April 22, 2024.",
]

ACCEPT_HEADER = "Joint Acceptance Inspection and Handover Record | SMA-IK-21-044 | November 2023"
ACCEPT_FOOTER = "Ministry of National Defense, Daegu Facilities Office (English version)"
ACCEPT_HYPHEN = ("contribution", "contri")
ACCEPT_TEXT = [
    "Joint Acceptance Inspection and Handover Record",
    "SMA In-Kind Construction Project SMA-IK-21-044: Child Development Center, Camp Walker, Daegu",
    "",
    "English version. The Korean version is the record of reference.",
    "",
    "1. The facility",
    "",
    "The child development center is a two-story building of 2,150 square meters with an outdoor play area of "
    "1,300 square meters, built for a capacity of 166 children. It was built by Sinhwa Construction Co., Ltd. "
    "of Daegu. The contract price after two modifications is 12.8 billion won; the original price was 12.1 "
    "billion won. The project is funded from South Korea's contribution under the Special Measures Agreement "
    "(SMA) and provided in kind. The design was prepared by the U.S. side and paid in cash from SMA funds.",
    "",
    "2. Schedule",
    "",
    "The notice to proceed was issued on April 12, 2021. The contract completion date was September 30, 2023. "
    "Substantial completion was reached on October 27, 2023, 27 days late. Delay damages of 172.8 million won "
    "were assessed at 0.5 per thousand of the contract price per day and will be deducted from the final "
    "payment.",
    "",
    "3. The inspection",
    "",
    "The joint inspection took place from November 7 to 9, 2023. The team had 11 members: three inspectors "
    "from the Daegu Facilities Office, led by Kim Do-yoon; four engineers from the U.S. Army garrison's "
    "public works directorate, led by Rachel Brennan; two representatives of the contractor; and two of the "
    "supervising engineer.",
    "",
    "4. Results",
    "",
    "The team recorded 60 deficiencies: 42 minor, 15 major and 3 life-safety. The three life-safety items "
    "were a fire alarm zone that did not report to the panel, emergency lighting missing in the east stair, "
    "and stair handrails below the required height. All three were corrected and passed re-inspection on "
    "November 16, 2023. The 15 major items, among them a leaking roof drain and a kitchen exhaust hood of "
    "the wrong size, must be corrected within 30 days, by December 21, 2023. The 42 minor items must be "
    "corrected within 60 days.",
    "",
    "5. Handover",
    "",
    "The handover was signed on November 21, 2023, once the life-safety items were closed and the parties "
    "had agreed that the facility can be occupied. The contractor delivered the keys, 412 sheets of as-built drawings, 37 "
    "volumes of operation and maintenance manuals, and two training sessions for the garrison's maintenance "
    "staff. Furniture and equipment are outside this contract and are provided by the U.S. side.",
    "",
    "6. Guarantees",
    "",
    "The defects liability period is two years from handover for general work and five years for the "
    "structure and the roof. A defect guarantee of 3 percent of the contract price, 384 million won, is held "
    "for the defects liability period.",
    "",
    "7. Signatures",
    "",
    "For the Ministry of National Defense: Kim Do-yoon. For U.S. Forces Korea: Rachel Brennan. For the "
    "contractor: Yeo Sang-chul, site manager. For the supervising engineer: Pyo Eun-ji.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "car_insurance_underwriting_memo_2024.pdf", MEMO_HEADER, MEMO_FOOTER,
                paginate(wrap(MEMO_TEXT, MEMO_HYPHEN)))
    write_brief(here / "camp_walker_cdc_acceptance_2023.pdf", ACCEPT_HEADER, ACCEPT_FOOTER,
                paginate(wrap(ACCEPT_TEXT, ACCEPT_HYPHEN)))


if __name__ == "__main__":
    main()
