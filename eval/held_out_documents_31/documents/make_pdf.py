"""Make the two PDF documents of this set: daesan_credit_commentary_2025.pdf (a credit rating agency's issuer
commentary on a builder of SMA in-kind construction) and civics_lesson_plan_cost_sharing_2025.pdf (a teachers'
network's two-lesson plan on defense cost sharing for grade 11), each with a running header and footer, page
numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them. The agency, the
company, the teachers' network, the people and the projects are invented for this evaluation set; which facts come
from the public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

CREDIT_HEADER = "Hanul Credit Ratings | Issuer Commentary | September 30, 2025"
CREDIT_FOOTER = "Hanul Credit Ratings, Seoul. This commentary is not a recommendation to buy or sell securities."
CREDIT_HYPHEN = ("maintained", "main")
CREDIT_TEXT = [
    "Daesan Engineering & Construction Co., Ltd.: rating affirmed at BBB+, outlook revised to Negative",
    "Issuer commentary, Seoul, September 30, 2025",
    "",
    "Rating action",
    "",
    "Hanul Credit Ratings (HCR) has affirmed the long-term issuer rating of Daesan Engineering & Construction "
    "Co., Ltd. (Daesan) at BBB+ and revised the outlook to Negative from Stable. The short-term rating of A2 "
    "is affirmed. Lead analyst: Noh Seung-woo. Rating committee chair: Eleanor Park.",
    "",
    "Company profile",
    "",
    "Daesan is a mid-sized builder based in Cheonan, South Chungcheong Province, with 1,140 employees. Since "
    "2012 it has won a growing number of contracts for construction that South Korea provides in kind to U.S. "
    "Forces Korea under the Special Measures Agreement (SMA). Under that arrangement the Ministry of National "
    "Defense signs the contracts with Korean firms and pays them directly, and the finished facilities are "
    "handed over to U.S. Forces Korea. Daesan also builds public housing and schools and has a small civil "
    "works business.",
    "",
    "Key figures",
    "",
    "Revenue in 2024 was 612.4 billion won, of which SMA in-kind construction was 187.9 billion won. The "
    "operating margin fell to 4.1 percent in 2024 from 5.6 percent in 2023. The order backlog at June 30, "
    "2025, was 1,224.8 billion won, of which 402.5 billion won was SMA-related. The debt ratio (liabilities "
    "to equity) was 168 percent at the end of June.",
    "",
    "Why the outlook is now Negative",
    "",
    "The main reason is a delay at Camp Humphreys in Pyeongtaek. An SMA-funded barracks complex, a contract "
    "worth 96.3 billion won, is running seven months late after the U.S. side asked for a design change in "
    "2024. The Ministry of National Defense has claimed liquidated damages of 3.6 billion won, which Daesan "
    "disputes on the ground that the delay was caused by the change. Daesan has booked no provision for the "
    "claim. Cost overruns on the same project cut the 2024 operating margin by an estimated 0.9 percentage "
    "points.",
    "",
    "The second reason is concentration. Three SMA contracts account for 71 percent of the SMA-related "
    "backlog, and all three are at Camp Humphreys. A further delay on any one of them would weigh on cash "
    "flow in 2026.",
    "",
    "What supports the rating",
    "",
    "Demand for SMA construction is more predictable than most public work. The 12th SMA covers the five years "
    "from 2026 through 2030. It sets Korea's 2026 contribution at 1.5192 trillion won, 8.3 percent above "
    "2025, and from 2027 raises it each year by consumer price inflation with a cap of 5 percent. The payer "
    "is the Korean government, so payment risk is low; Daesan reports no unpaid SMA invoices older than 60 "
    "days. Liquidity is adequate: cash of 84.2 billion won and undrawn bank lines of 60 billion won at June "
    "30 cover debt due within a year 1.6 times.",
    "",
    "What could change the rating",
    "",
    "HCR could lower the rating to BBB if the operating margin falls below 3 percent in 2025 or if "
    "liquidated damages on SMA projects exceed 10 billion won in total. The outlook could return to Stable "
    "if the Camp Humphreys barracks are handed over by June 2026 and the damages claim is settled at or "
    "below the amount now claimed. HCR's base case assumes SMA revenue of 170 to 190 billion won a year in "
    "2026 and 2027 and an operating margin maintained near 4 percent.",
    "",
    "Rating history",
    "",
    "BBB, Stable (June 2019); BBB+, Stable (July 2022); BBB+, Negative (September 30, 2025).",
]

LESSON_HEADER = "Gyeonggi Social Studies Teachers' Network | Lesson Plan SS-11-07 | November 2025"
LESSON_FOOTER = "Free to copy for classroom use. Comments: curriculum committee of the network."
LESSON_HYPHEN = ("curriculum", "curri")
LESSON_TEXT = [
    "Who Pays for the Alliance? A Two-Lesson Unit on U.S.-Korea Defense Cost Sharing",
    "Grade 11, Integrated Social Studies. Two lessons of 50 minutes each.",
    "Written by Seo Da-bin (Suwon) and reviewed by the network's curriculum committee on November 10, 2025.",
    "",
    "Learning goals",
    "",
    "By the end of the unit students should be able to explain what the Special Measures Agreement (SMA) is "
    "and what it pays for, read a short table of payments and calculate a percentage change, and describe "
    "the interests of both sides in a cost-sharing negotiation without treating either side as simply right.",
    "",
    "Background for the teacher",
    "",
    "Since 1991 South Korea has paid part of the cost of stationing U.S. Forces Korea under a series of "
    "SMAs. The money pays for three things: the wages of Korean employees of U.S. Forces Korea, "
    "construction on the bases and logistics support. About 28,500 U.S. troops are stationed in Korea. The "
    "9th SMA (2014-2018) raised the payment each year by consumer price inflation, with a 4 percent cap. "
    "The 10th SMA, unlike the five-year agreements before it, lasted only one year, 2019; it raised the "
    "payment by 8.2 percent and was the first to pass 1 trillion won. The 11th SMA covered six years, 2020 "
    "to 2025, and raised the 2021 payment by 13.9 percent. The 12th SMA covers five years, 2026 to 2030; "
    "from 2027 the payment rises with consumer prices, with a 5 percent cap.",
    "",
    "Data box for Worksheet A (Korea's payment, billion won)",
    "",
    "2014: 920.0",
    "2018: 960.2",
    "2019: 1,038.9",
    "2021: 1,183.3",
    "2025: 1,402.8",
    "2026: 1,519.2",
    "",
    "Lesson 1: the numbers (50 minutes)",
    "",
    "Warm-up, 5 minutes: show a photo of the main gate of Camp Humphreys and ask who students think pays "
    "for the buildings behind it. Mini-lecture, 15 minutes: what the SMA is, the three things it pays for, "
    "and how an agreement is negotiated, signed and approved by the National Assembly. Data activity, 20 "
    "minutes: in pairs, students use the data box to find the largest one-year increase in the table and "
    "the percentage change from 2014 to 2026. The answer key is distributed to teachers separately. Exit "
    "ticket, 10 minutes: one sentence on why a payment might rise even when nothing new is bought.",
    "",
    "Lesson 2: the negotiation (50 minutes)",
    "",
    "Role-play in groups of four: two Korean delegates and two U.S. delegates. Each U.S. pair receives "
    "card B1, which gives the opening demand of about $5 billion a year reported in the 2019 talks. Each "
    "Korean pair receives card B2, which gives the offer of a rise of about 10 percent reported in March "
    "2020. Groups have 25 minutes of negotiation to agree on a payment and a rule for raising it. Debrief, "
    "15 minutes: groups report their result and compare it with the real outcome. Reflection, 10 minutes: "
    "each student writes a short paragraph from the point of view of the other side.",
    "",
    "A note on sensitive content",
    "",
    "Some students will have parents who work for U.S. Forces Korea. In 2020, when no agreement was in "
    "force, about 4,000 Korean employees were placed on unpaid furlough from April 1 until June 15. "
    "Mention this as a fact about the stakes of the negotiation, not as a reason to blame either "
    "government, and let students opt out of sharing family experiences.",
    "",
    "Assessment",
    "",
    "The unit is graded out of 20 points: data accuracy (8 points), quality of argument in the reflection (8 "
    "points) and cooperation in the role-play (4 points).",
    "",
    "Materials",
    "",
    "Worksheet A (data box and questions), role cards B1 and B2, exit ticket C. Print one worksheet per "
    "pair and one set of role cards per group.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "daesan_credit_commentary_2025.pdf", CREDIT_HEADER, CREDIT_FOOTER,
                paginate(wrap(CREDIT_TEXT, CREDIT_HYPHEN)))
    write_brief(here / "civics_lesson_plan_cost_sharing_2025.pdf", LESSON_HEADER, LESSON_FOOTER,
                paginate(wrap(LESSON_TEXT, LESSON_HYPHEN)))


if __name__ == "__main__":
    main()
