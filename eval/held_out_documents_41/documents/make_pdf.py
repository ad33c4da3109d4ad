"""Make the two PDF documents of this set: humphreys_fitness_center_design_review_2025.pdf (the minutes of a 65
percent design review conference for an SMA in-kind construction project) and sma_practice_test_answers_2025.pdf
(a study circle's practice test on the SMA with its answer key, explanations and results), each with a running
header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have
them. The bodies (Joint Design Review Board, Saemaru Architects, Diplomacy Study Circle), the people and the project
are invented for this evaluation set; which facts come from the public record and which are composed is listed in
PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

DR_HEADER = "Joint Design Review Board | Minutes DRB-2025-044 | SMA-IK-26-007"
DR_FOOTER = "Joint Design Review Board, Camp Humphreys (minutes, English original)"
DR_HYPHEN = ("construction", "con")
DR_TEXT = [
    "Minutes of the 65 Percent Design Review Conference",
    "SMA In-Kind Project SMA-IK-26-007: Physical Fitness Center, Camp Humphreys",
    "",
    "Held on Tuesday, August 26, 2025, from 09:30 to 15:10, in conference room B of the Joint Design Review "
    "Board office, Camp Humphreys, Pyeongtaek. Minutes recorded by Han Ye-jin, Saemaru Architects.",
    "",
    "1. Attendance",
    "",
    "Seventeen people attended: five from the Ministry of National Defense (including the co-chair, Lee "
    "Kwang-soo, director of in-kind projects), eight from the U.S. side (including the co-chair, Maj. Daniel "
    "Okafor, the garrison's master planner and two representatives of the future users), and four from the "
    "design firm, Saemaru Architects. The project is funded from South Korea's contribution under the "
    "Special Measures Agreement (SMA) and provided in kind: the ministry will contract and pay for the "
    "construction and hand the building over to U.S. Forces Korea.",
    "",
    "2. The project",
    "",
    "A two-story physical fitness center of 5,900 square meters with a gymnasium of two basketball courts, a "
    "weight room, a group exercise studio, a 200-meter indoor running track and locker rooms, to replace "
    "three temporary gyms in the south area of the garrison. The approved project cost is 21.5 billion won. "
    "The project is on the SMA construction list that the SMA Joint Committee approved for 2026.",
    "",
    "3. Review comments",
    "",
    "The reviewers submitted 143 written comments on the 65 percent design before the meeting. The design "
    "firm's responses were as follows: 96 accepted, 31 accepted with modification, 11 withdrawn by the "
    "reviewer after discussion and 5 not accepted. The five comments not accepted concern the color of the "
    "exterior panels (two), the number of drinking fountains, the size of the equipment store and the "
    "location of the bicycle racks; they are referred to the co-chairs.",
    "",
    "4. Cost",
    "",
    "The design firm's estimate at 65 percent design is 22.94 billion won, above the approved project cost "
    "of 21.5 billion won. The main causes are steel prices and the larger roof span needed for the running "
    "track. The design firm proposed value engineering savings of 1.2 billion won: a standing-seam metal "
    "roof in place of the specified membrane roof, a simpler facade on the north side and a smaller "
    "mechanical room. The co-chairs agreed to adopt the savings, subject to the users' review of the "
    "roof change.",
    "",
    "5. The pool request",
    "",
    "The U.S. users asked to add a 25-meter indoor swimming pool with six lanes. The design firm estimated "
    "the addition at about 6.8 billion won and 14 more months of construction. The ministry co-chair said "
    "the addition would exceed the approved cost by too wide a margin to be absorbed in this project and "
    "would need the SMA Joint Committee's approval as a change in scope. The meeting agreed that the pool "
    "will not be added to this project; the U.S. side may propose it as a separate project for the 2027 "
    "list.",
    "",
    "6. Energy and sustainability",
    "",
    "The design uses a ground-source heat pump with 38 boreholes and roof-mounted solar panels of 180 "
    "kilowatts. The design firm estimates that the building will use 31 percent less energy than the three "
    "temporary gyms it replaces. The U.S. side asked for meters on each major system; accepted.",
    "",
    "7. Schedule",
    "",
    "100 percent design: December 15, 2025. Final design review conference: January 20, 2026. Bid "
    "advertisement: March 2026. Construction period: 30 months from the notice to proceed. The gymnasium "
    "floor must be installed in the dry season and the construction schedule is to reflect that.",
    "",
    "8. Action items",
    "",
    "(1) Saemaru Architects to issue the revised cost estimate with the value engineering savings by "
    "September 19, 2025. (2) The U.S. users to confirm the roof change in writing by September 12, 2025. (3) "
    "The co-chairs to decide the five comments not accepted by September 5, 2025. (4) The ministry to "
    "update the project cost in the in-kind project system after item (1).",
    "",
    "These minutes were circulated on August 29, 2025. Corrections must reach the recorder within ten "
    "working days, after which the minutes are final.",
]

PT_HEADER = "Diplomacy Study Circle | Practice Test 7: Alliance Cost Sharing | Answer Key"
PT_FOOTER = "Diplomacy Study Circle, Sinchon (for members' use only)"
PT_HYPHEN = ("agreement", "agree")
PT_TEXT = [
    "Practice Test 7: Alliance Cost Sharing (the Special Measures Agreement)",
    "Answer key, explanations and results",
    "",
    "The test was sat on Saturday, November 8, 2025, in room 304 of the Circle's study center in Sinchon, "
    "Seoul. It had 20 multiple-choice questions and a time limit of 40 minutes. Test written by Jeon Hyun-woo; "
    "explanations checked by Dr. Alice Novak.",
    "",
    "Results",
    "",
    "126 members sat the test. The mean score was 13.4 out of 20 and the pass line was 14. 58 members "
    "passed. The easiest question was Q3 (94 percent correct); the hardest was Q12 (29 percent correct). "
    "Eleven members scored 18 or more.",
    "",
    "Answer key",
    "",
    "1 C, 2 A, 3 B, 4 D, 5 A, 6 C, 7 B, 8 D, 9 A, 10 C, 11 B, 12 D, 13 A, 14 C, 15 B, 16 A, 17 D, 18 C, "
    "19 B, 20 A.",
    "",
    "Explanations of selected questions",
    "",
    "Q3 (answer B). Under the 9th SMA, which ran for five years from 2014 through 2018, South Korea's "
    "payment for 2014 was 920 billion won, 5.8 percent more than in 2013. Later years rose with consumer "
    "price inflation, capped at 4 percent a year.",
    "",
    "Q5 (answer A). The 10th SMA covered one year only, 2019. Chang Won-sam and Timothy Betts initialled "
    "it in Seoul on February 10, 2019, and Foreign Minister Kang Kyung-wha and Ambassador Harry Harris "
    "signed it on March 8, 2019. The 2019 payment was 1.0389 trillion won, 8.2 percent above 2018 and the "
    "first above 1 trillion won.",
    "",
    "Q8 (answer D). With no agreement in force, U.S. Forces Korea put about 4,000 Korean employees on "
    "unpaid leave from April 1, 2020. They returned to work on June 15, 2020, after about 75 days.",
    "",
    "Q11 (answer B). The 2021 payment of 1.1833 trillion won was 13.9 percent above 2020: 7.4 percent for "
    "the growth of South Korea's 2020 defense budget plus 6.5 percent for higher wage costs. The most "
    "common wrong answer was 8.2 percent, chosen by 41 members, which is the 2019 increase.",
    "",
    "Q12 (answer D). First Vice Foreign Minister Choi Jong-kun and the U.S. charge d'affaires Rob Rapson "
    "signed the 11th SMA in Seoul on April 8, 2021. Many members chose the date of the agreement in "
    "principle, March 7, 2021, or the initialling on March 18, 2021.",
    "",
    "Q15 (answer B). The 12th SMA covers 2026 through 2030. The 2026 payment is 1.5192 trillion won, 8.3 "
    "percent above the 2025 payment of 1.4028 trillion won. From 2027 to 2030 the yearly increase follows "
    "consumer price inflation with a cap of 5 percent.",
    "",
    "Q17 (answer D). Foreign Minister Cho Tae-yul and Ambassador Philip Goldberg signed the 12th SMA on "
    "November 4, 2024. The National Assembly consented on November 28, 2024, and the agreement entered "
    "into force on November 29, 2024.",
    "",
    "Q19 (answer B). On October 15, 2024, at the Economic Club of Chicago, candidate Trump called South "
    "Korea a \"money machine\" and said it would pay $10 billion a year if he were president.",
    "",
    "Q20 (answer A). The joint fact sheet of November 2025 mentions $33 billion in comprehensive support "
    "for U.S. Forces Korea. Seoul said this is a ten-year total that counts SMA payments together with "
    "other direct and indirect support; it is not a new annual payment.",
    "",
    "Next test",
    "",
    "Practice Test 8 (the SOFA and base returns) will be held on Saturday, December 6, 2025, at 14:00 in "
    "room 304. The fee is 10,000 won for members and 15,000 won for guests. Members who scored below 10 on "
    "this test are invited to a review session on Wednesday, November 19, 2025, at 19:00.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "humphreys_fitness_center_design_review_2025.pdf", DR_HEADER, DR_FOOTER,
                paginate(wrap(DR_TEXT, DR_HYPHEN)))
    write_brief(here / "sma_practice_test_answers_2025.pdf", PT_HEADER, PT_FOOTER,
                paginate(wrap(PT_TEXT, PT_HYPHEN)))


if __name__ == "__main__":
    main()
