"""Make the two PDF documents of this set: ulp_decision_osan_custodial_2025.pdf (an English translation of a
regional labor relations commission's decision on an unfair labor practice complaint by a union of custodial
workers at Osan Air Base, employed by the holder of an SMA logistics support contract) and
debriefing_letter_camp_casey_hvac_2025.pdf (a defense ministry contracting team's debriefing letter to an
unsuccessful bidder for an SMA logistics support contract at Camp Casey and Camp Hovey), each with a running
header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have
them. The commission's case, the firms, the people and the solicitation are invented for this evaluation set;
which facts come from the public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

ULP_HEADER = "Gyeonggi Regional Labor Relations Commission | Case 2025BuNo87 | Decision (translation)"
ULP_FOOTER = "Gyeonggi Regional Labor Relations Commission, Suwon (unofficial English translation)"
ULP_HYPHEN = ("buildings", "build")
ULP_TEXT = [
    "Gyeonggi Regional Labor Relations Commission",
    "Decision on an Application for Remedy of Unfair Labor Practices",
    "",
    "Case number: 2025BuNo87",
    "Applicants: Osan Branch of the Korea Base Service Workers' Union, and Ms. Lim Soo-jin, branch chair",
    "Respondent: Hanbit Facility Services Co., Ltd., represented by its chief executive, Mr. Nam Kyung-soo",
    "Date of hearing: September 23, 2025",
    "Date of decision: September 30, 2025 (written decision served on October 14, 2025)",
    "",
    "ORDER",
    "",
    "1. The respondent's refusal to bargain collectively with the applicant union is an unfair labor practice. "
    "The respondent shall begin collective bargaining in good faith within 14 days of receiving this decision.",
    "2. The transfer of the applicant Lim Soo-jin from the Osan Air Base site to a Camp Humphreys site on April 21, "
    "2025 is an unfair labor practice. The respondent shall return her to her former post at Osan Air Base within "
    "seven days of receiving this decision and pay her 1,260,000 won, the extra commuting cost she bore in the "
    "meantime.",
    "3. The application concerning the summer bonus of July 2025 is dismissed.",
    "4. The respondent shall post a notice of this decision for 10 days in the five break rooms used by its workers "
    "at Osan Air Base and report its compliance to the Commission within 30 days.",
    "",
    "FACTS",
    "",
    "1. The respondent holds a logistics support contract with the Ministry of National Defense for custodial "
    "services in 61 buildings at Osan Air Base. The contract runs from January 1, 2024 to December 31, 2026 and is "
    "worth 7.84 billion won over three years. Logistics support is one of the cost categories of the Special "
    "Measures Agreement (SMA) between the Republic of Korea and the United States; the ministry contracts and pays "
    "Korean firms for these services out of Korea's contribution, and the services are delivered to U.S. Forces "
    "Korea. The respondent employs 126 workers on the contract.",
    "2. The applicant branch was formed on February 17, 2025. By April 30, 2025, 83 of the 126 workers were members.",
    "3. The branch asked the respondent to bargain on March 4, March 25 and April 15, 2025. Each time the respondent "
    "replied in writing that wages and staffing were fixed by the contract price set by the ministry and that it had "
    "nothing to bargain about until the contract was renewed.",
    "4. On April 21, 2025, six days after the third request, the respondent transferred the branch chair, who had "
    "worked at Osan Air Base since 2016, to a custodial team at Camp Humphreys, about 19 km away, citing a staff "
    "shortage there. Her commute grew by about 70 minutes each way.",
    "5. In July 2025 the respondent paid a summer bonus of 300,000 won to most workers but not to 29 of them, of "
    "whom 17 were union members and 12 were not.",
    "",
    "JUDGMENT",
    "",
    "A. Refusal to bargain. The respondent argued that the contract price, fixed by the ministry for three years and "
    "paid from SMA funds, left it no room to negotiate, and that U.S. Forces Korea, not the respondent, decides how "
    "the work is done. The Commission does not accept this. The respondent is the employer of the workers and bears "
    "the duty to bargain under the Trade Union and Labor Relations Adjustment Act. A fixed contract price may limit "
    "what the employer can offer, but it does not relieve it of the duty to meet and bargain. Many matters, such as "
    "working hours, break rooms, shift patterns and the procedure for transfers, do not depend on the price at all. "
    "Moreover, Article 14 of the contract allows the price to be adjusted when the statutory minimum wage rises, so "
    "wages are not wholly fixed.",
    "B. Transfer. The transfer came six days after the third request to bargain, moved the person leading the "
    "union's demands, and was not preceded by any consultation. The respondent could not show that the staff "
    "shortage at Camp Humphreys could not be met by any of the 43 workers who were not union members. The Commission "
    "finds that the transfer was disadvantageous treatment because of union activity and was meant to weaken the "
    "union.",
    "C. Summer bonus. The respondent showed that the bonus was paid according to an attendance score announced "
    "to all workers in December 2024, before the union was formed, and that the same rule excluded 12 workers who "
    "were not members. The Commission finds no discrimination on the ground of union membership.",
    "",
    "The panel consisted of three public interest members, Prof. Jang Mi-ran (chair), Mr. Choi Dong-hyuk and "
    "Ms. Oh Yu-na. The worker member and the employer member attended the hearing and gave their opinions. The "
    "decision was unanimous.",
    "",
    "NOTICE OF RIGHT TO APPEAL",
    "",
    "A party that disagrees with this decision may apply for review to the National Labor Relations Commission "
    "within 10 days of receiving it. An application for review does not suspend the orders above.",
]

DEBRIEF_HEADER = "Ministry of National Defense | Defense Cost-Sharing Contracting Team | MND-SMA-LS-2025-118"
DEBRIEF_FOOTER = "Defense Cost-Sharing Contracting Team, Ministry of National Defense, Seoul"
DEBRIEF_HYPHEN = ("registration", "regis")
DEBRIEF_TEXT = [
    "Ministry of National Defense",
    "Defense Cost-Sharing Contracting Team",
    "22 Itaewon-ro, Yongsan-gu, Seoul",
    "",
    "December 22, 2025",
    "",
    "Mr. Baek Hyun-woo, Chief Executive",
    "Seorim Tech Service Co., Ltd.",
    "Dongducheon, Gyeonggi Province",
    "",
    "Subject: Debriefing on your proposal for Solicitation MND-SMA-LS-2025-118",
    "",
    "Dear Mr. Baek:",
    "",
    "Thank you for your proposal for Solicitation MND-SMA-LS-2025-118, heating, ventilation, air conditioning "
    "and boiler maintenance services at Camp Casey and Camp Hovey in Dongducheon for the 36 months from February "
    "1, 2026 to January 31, 2029. This is a logistics support contract provided to U.S. Forces Korea in kind under "
    "the Special Measures Agreement (SMA) and paid from the Republic of Korea's contribution, which under the 12th "
    "SMA is 1.5192 trillion won for 2026. As you asked in your letter of December 18, 2025, this letter explains "
    "how your proposal was evaluated and why it was not selected.",
    "",
    "1. Evaluation. The contract was awarded by negotiation under the State Contract Act. Proposals were scored out "
    "of 100 points: 80 for the technical proposal and 20 for price. Only offerors with a technical score of at least "
    "68.00 points (85 percent of the technical points) were eligible for negotiation. The estimated price was "
    "4.920 billion won.",
    "",
    "2. Proposals received. Five proposals were received by the deadline of November 10, 2025. One was rejected "
    "before evaluation because the offeror did not hold the required registration as a machinery equipment "
    "business. The other four were evaluated by a committee of seven members on November 27, 2025.",
    "",
    "3. Scores. The results were as follows (technical / price / total):",
    "",
    "- Jinwoo Engineering & Services Co., Ltd.: 71.40 / 18.62 / 90.02 (ranked first)",
    "- Seorim Tech Service Co., Ltd. (your firm): 69.85 / 19.37 / 89.22 (ranked second)",
    "- Offeror C: 72.05 / 17.10 / 89.15 (ranked third)",
    "- Offeror D: 66.10 / 19.80 / not ranked (below the technical threshold)",
    "",
    "Your price of 4.388 billion won was the second lowest and earned 19.37 points. Jinwoo Engineering & Services "
    "proposed 4.565 billion won. After negotiation, the contract with Jinwoo Engineering & Services was signed on "
    "December 17, 2025 for 4.512 billion won.",
    "",
    "4. Strengths of your proposal. The committee noted your firm's safety record (no lost-time accident in the "
    "past three years), your quality control plan for boiler water treatment, and your local office in Dongducheon, "
    "which allows a response to emergency calls within 30 minutes.",
    "",
    "5. Weaknesses of your proposal. The committee's main concerns were:",
    "",
    "- Staffing: your plan provided 23 technicians in the heating season (November to March), while the "
    "performance work statement requires at least 26 at peak load.",
    "- Night shift: none of the boiler supervisors proposed for the night shift had the five years of experience "
    "with high-pressure boilers that the statement requires.",
    "- Transition: your plan allowed 10 days to take over from the current contractor, against the 30 days the "
    "ministry recommends for a winter changeover.",
    "",
    "These points cost your firm most of the 1.55 technical points by which it trailed the selected offeror.",
    "",
    "6. Objection. If you believe the evaluation breached the applicable rules, you may file an objection with this "
    "team within 15 days of receiving this letter. If you are not satisfied with our answer, you may then ask the "
    "National Contract Dispute Mediation Committee to review it.",
    "",
    "7. Meeting. If you would like to discuss this letter in person, the contracting officer is available on "
    "January 6, 2026 at 14:00 at the address above. Please confirm by December 31, 2025.",
    "",
    "We appreciate your interest and hope you will take part in future SMA logistics support solicitations, "
    "including the rebid of the Camp Red Cloud facility maintenance contract planned for April 2026.",
    "",
    "Sincerely,",
    "",
    "Kwon Hye-rin",
    "Contracting Officer, Defense Cost-Sharing Contracting Team",
    "Ministry of National Defense",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "ulp_decision_osan_custodial_2025.pdf", ULP_HEADER, ULP_FOOTER,
                paginate(wrap(ULP_TEXT, ULP_HYPHEN)))
    write_brief(here / "debriefing_letter_camp_casey_hvac_2025.pdf", DEBRIEF_HEADER, DEBRIEF_FOOTER,
                paginate(wrap(DEBRIEF_TEXT, DEBRIEF_HYPHEN)))


if __name__ == "__main__":
    main()
