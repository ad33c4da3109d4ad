"""Make the two PDF documents of this set: jv_profit_dispute_ruling_2025.pdf (an unofficial English summary of a
district court's judgment in a dispute between the two partners of a joint venture that built an SMA in-kind
headquarters complex at Camp Humphreys over the final settlement of the venture's accounts) and
kn_position_allocation_memo_2026.pdf (a U.S. Forces Korea personnel directorate's memorandum on the allocation of
Korean national positions for fiscal 2026 and the hiring controls that go with it), each with a running header
and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them.
The court's case, the firms, the judges, the memorandum, the people and the figures are invented for this
evaluation set; which facts come from the public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

JV_HEADER = "Suwon District Court, Pyeongtaek Branch | Case 2024GaHap10482 | Judgment summary (translation)"
JV_FOOTER = "Suwon District Court, Pyeongtaek Branch, Civil Division 1 (unofficial English summary)"
JV_HYPHEN = ("supervision", "super")
JV_TEXT = [
    "Suwon District Court, Pyeongtaek Branch",
    "Civil Division 1",
    "",
    "JUDGMENT (SUMMARY)",
    "",
    "Case: 2024GaHap10482 Claim for distribution of joint venture profits, and counterclaim "
    "2024GaHap10907 Claim for contribution to joint venture losses",
    "Plaintiff (counter-defendant): Hanul Construction Co., Ltd., Asan",
    "Defendant (counter-plaintiff): Taeyang E&C Co., Ltd., Pyeongtaek",
    "Closing of arguments: November 13, 2025",
    "Date of judgment: December 11, 2025",
    "",
    "HOLDING",
    "",
    "1. The defendant shall pay the plaintiff 1,374,835,000 won, with interest at 6 percent a year from May 1, "
    "2024 to December 11, 2025 and at 12 percent a year from the next day until payment in full.",
    "2. The plaintiff's remaining claim is dismissed.",
    "3. The defendant's counterclaim for 497,000,000 won is dismissed.",
    "4. The defendant shall bear 85 percent and the plaintiff 15 percent of the costs of the litigation.",
    "5. Paragraph 1 may be provisionally enforced.",
    "",
    "BACKGROUND",
    "",
    "1. The contract. On August 9, 2021 the Ministry of National Defense awarded contract SMA-IK-21-019 for a "
    "brigade headquarters building and two company operations facilities at Camp Humphreys to a joint venture of "
    "the defendant (65 percent, lead partner) and the plaintiff (35 percent). The contract price was 38.6 billion "
    "won. The project was construction provided in kind under the Special Measures Agreement (SMA) between the "
    "Republic of Korea and the United States: the Ministry selected and paid the builders out of Korea's "
    "contribution, and the finished buildings were handed over to U.S. Forces Korea in January 2024.",
    "2. The joint venture agreement. The partners signed a joint venture agreement on July 26, 2021 in the joint "
    "performance form. Under it, profits and losses are shared in proportion to the shares (Article 8); the lead "
    "partner keeps the joint account and may charge the venture for its head-office overhead at 3.0 percent of "
    "direct construction costs (Article 9); a partner whose fault causes a loss to the venture bears that loss "
    "alone as between the partners (Article 11); and each partner bears its own costs incurred before the award "
    "(Article 15).",
    "3. Completion. The buildings were due for completion on August 25, 2023 and were certified complete on "
    "November 30, 2023, 97 days late. The Ministry deducted delay damages of 1,872,100,000 won (97 days at 0.05 "
    "percent of the contract price a day) from the final payment. On March 15, 2024 the Ministry paid the venture "
    "a price escalation adjustment of 2.3 billion won for steel and ready-mixed concrete.",
    "4. The settlement. On April 30, 2024 the defendant sent the plaintiff a final settlement statement showing "
    "revenue of 38.6 billion won, costs of 40.02 billion won and a loss of 1.42 billion won, and asked the "
    "plaintiff to pay its 35 percent share of the loss, 497,000,000 won. The statement charged head-office "
    "overhead at 6.5 percent of direct costs of 33.6 billion won, included the delay damages among the venture's "
    "costs, and left out the escalation adjustment, which the defendant held in a separate reserve for "
    "warranty claims. The plaintiff refused to pay and brought this action; the defendant counterclaimed.",
    "",
    "THE COURT'S REASONING",
    "",
    "A. Overhead. Article 9 fixes the lead partner's overhead at 3.0 percent of direct costs. The defendant "
    "argued that the partners had agreed orally in 2022 to raise it because of extra supervision at a U.S. "
    "installation. No written amendment exists, Article 20 requires amendments in writing, and the minutes of "
    "the steering committee of 2022 do not mention overhead. The court allows overhead of 1,008,000,000 won "
    "(3.0 percent) and strikes the excess of 1,176,000,000 won from the venture's costs.",
    "B. Delay damages. The delay was caused by the steel erection subcontractor that the defendant chose, hired "
    "and supervised within its own scope of work, the structural frame. The subcontractor left the site for "
    "seven weeks in the spring of 2023 after a payment dispute with the defendant. The plaintiff's scope, "
    "mechanical and electrical work, was not on the critical path at the time. Under Article 11 the delay "
    "damages are a loss caused by the defendant's fault and are borne by the defendant alone. The court strikes "
    "them from the venture's costs.",
    "C. Escalation adjustment. The adjustment was paid to the venture under the contract and is revenue of the "
    "venture. The agreement does not allow the lead partner to keep revenue in a reserve after the final "
    "settlement; warranty costs, if any arise, are to be shared when they arise.",
    "D. Result. The venture's revenue is 40.9 billion won and its costs 36,971,900,000 won, so the venture made a "
    "profit of 3,928,100,000 won. The plaintiff's 35 percent share is 1,374,835,000 won. Interest runs from May 1, "
    "2024, the day after the settlement statement. Because the venture made a profit, the counterclaim fails.",
    "E. Bid preparation costs. The plaintiff also claimed 242,400,000 won, its share of the design and estimating "
    "costs of preparing the bid. Article 15 leaves such costs with each partner. This part of the claim is "
    "dismissed.",
    "",
    "The plaintiff claimed 1,617,235,000 won in all. The division of costs follows the proportion in which each "
    "side succeeded.",
    "",
    "Presiding Judge Han Seo-jin, Judge Yeo Min-ho, Judge Cha Eun-bi",
    "",
    "Note on appeal: a party may appeal to the Suwon High Court within two weeks of service of the judgment.",
]

MEMO_HEADER = "HQ USFK J1 | FY2026 KN Position Allocation and Hiring Controls | UNCLASSIFIED"
MEMO_FOOTER = "Headquarters, United States Forces Korea, Camp Humphreys, Pyeongtaek"
MEMO_HYPHEN = ("representatives", "represen")
MEMO_TEXT = [
    "HEADQUARTERS, UNITED STATES FORCES KOREA",
    "UNIT #15237, APO AP 96271-5237",
    "",
    "FKJ1-KN                                          14 January 2026",
    "",
    "MEMORANDUM FOR Component Commanders and Directors of USFK Staff",
    "",
    "SUBJECT: FY2026 Korean National (KN) Position Allocation and Hiring Controls",
    "",
    "1. PURPOSE. This memorandum sets the number of Korean national positions each component may fill in fiscal "
    "year 2026 and the hiring controls that apply, and explains how the allocation relates to the KN labor "
    "budget.",
    "",
    "2. BACKGROUND. Most KN labor costs are paid from the Republic of Korea's contribution under the Special "
    "Measures Agreement (SMA). The 12th SMA entered into force on 29 November 2024 and covers 2026 through 2030; "
    "Korea's contribution for 2026 is 1.5192 trillion won, and from 2027 each year's contribution rises by "
    "consumer price inflation, with the annual rise capped at 5 percent. The KN labor budget for FY2026 is "
    "estimated at 812.4 billion won, of which 712.0 billion won is funded from SMA labor cost funds and 100.4 "
    "billion won from U.S. appropriated funds.",
    "",
    "3. ALLOCATION. The total KN allocation for FY2026 is 8,655 positions, down from 8,742 in FY2025. The 87 "
    "positions removed are in sections that are consolidating at Camp Humphreys and Camp Casey or whose work "
    "has ended. No KN employee will be separated by reduction in force because of this allocation; the "
    "reductions will be absorbed through vacancies and normal attrition.",
    "",
    "   Component                         FY2025    FY2026",
    "   Eighth Army                        5,210     5,161",
    "   Seventh Air Force                  1,480     1,472",
    "   Commander, Naval Forces Korea        298       296",
    "   Marine Forces Korea                   61        61",
    "   USFK Headquarters and staff          412       405",
    "   DoD agencies in Korea              1,281     1,260",
    "   Total                              8,742     8,655",
    "",
    "4. STRENGTH. On 31 December 2025, 8,391 KN positions were filled, leaving 264 vacancies against the FY2026 "
    "allocation. Components with more filled positions than their new allocation will not fill any further "
    "vacancies until they are within it.",
    "",
    "5. HIRING CONTROLS.",
    "a. External recruitment for positions at grade KGS-11 and above requires prior approval by the J1 KN "
    "Personnel Division. Recruitment for other grades is delegated to components within their allocation.",
    "b. Temporary KN appointments are limited to 120 days and may not be used to fill an allocated position for "
    "more than one appointment in a row.",
    "c. KN overtime is capped at 4.1 percent of each component's KN base pay budget. Components that expect to "
    "exceed the cap must request an exception from J1 with a justification by 31 March 2026.",
    "d. Positions that support life, health and safety (fire protection, medical, water and power, security) are "
    "exempt from paragraph 4 and may be filled at any time within the component's allocation.",
    "",
    "6. LAPSE PLANNING. In 2020, when no SMA was in force, about 4,000 KN employees were placed on unpaid "
    "furlough from 1 April to 15 June. The 12th SMA runs through 2030, so no lapse of SMA funding is expected "
    "before then. Components will nevertheless keep their lists of positions essential to life, health and "
    "safety current and review them with their KN union representatives each year by 30 September.",
    "",
    "7. ACTIONS AND SUSPENSES.",
    "a. Components submit a position management plan showing how they will reach their FY2026 allocation to J1 "
    "by 13 February 2026.",
    "b. J1 will hold the first quarterly strength review on 15 April 2026.",
    "c. Requests to move positions between components are decided by the USFK Chief of Staff on J1's "
    "recommendation.",
    "",
    "8. POINT OF CONTACT for this memorandum is Mr. Ko Dong-wan, Chief, KN Position Management Branch, DSN "
    "755-2706.",
    "",
    "DANA M. WHITFIELD",
    "COL, AG",
    "Director, J1",
    "",
    "DISTRIBUTION: Eighth Army G1; 7th Air Force A1; CNFK N1; MARFORK G1; USFK staff directorates; "
    "DoD agency representatives in Korea",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "jv_profit_dispute_ruling_2025.pdf", JV_HEADER, JV_FOOTER,
                paginate(wrap(JV_TEXT, JV_HYPHEN)))
    write_brief(here / "kn_position_allocation_memo_2026.pdf", MEMO_HEADER, MEMO_FOOTER,
                paginate(wrap(MEMO_TEXT, MEMO_HYPHEN)))


if __name__ == "__main__":
    main()
