"""Make the two PDF documents of this set: tabletop_exercise_aar_2025.pdf (the after-action report of a tabletop
exercise on a lapse of the SMA in 2031) and bid_protest_decision_2025.pdf (a procurement dispute committee's
decision on a protest against an SMA in-kind construction award), each with a running header and footer, page
numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them. The institute,
the committee, the agency, the firms, the people and the projects are invented for this evaluation set; which
facts come from the public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

TTX_HEADER = "Korea Institute for Alliance Management | Exercise QUIET LEDGER 25 | After-Action Report"
TTX_FOOTER = "KIAM Gwacheon Training Center (unclassified summary)"
TTX_HYPHEN = ("employment", "employ")
TTX_TEXT = [
    "Exercise QUIET LEDGER 25: a tabletop exercise on a lapse of the Special Measures Agreement",
    "After-action report, unclassified summary, issued November 14, 2025",
    "",
    "1. Purpose",
    "",
    "South Korea has paid part of the cost of stationing U.S. Forces Korea under Special Measures "
    "Agreements (SMAs) since 1991. The 12th SMA covers the five years 2026 to 2030 and expires at the end "
    "of 2030. QUIET LEDGER 25 asked what the government would do if no 13th agreement were in place by "
    "then, and whether the lessons of 2020, the last time there was no agreement in force, have been "
    "learned.",
    "",
    "2. Conduct",
    "",
    "The exercise was held on October 28, 2025, at the Korea Institute for Alliance Management (KIAM) "
    "training center in Gwacheon, and ran for six hours in three moves. It was directed by Dr. Shin Bo-ra. "
    "There were 34 players from 9 agencies and organizations, including the foreign, defense, finance and "
    "employment ministries, the National Assembly Budget Office and two researchers playing the U.S. side. "
    "No serving U.S. official took part. Players spoke under a non-attribution rule.",
    "",
    "3. Scenario and assumptions",
    "",
    "The scenario opens in December 2030. Talks on a 13th SMA began in March 2030 and have stalled after "
    "seven rounds; the notional U.S. team is asking for 6 billion dollars a year. For planning purposes the "
    "exercise assumed a Korean workforce at U.S. Forces Korea of 8,900 and an SMA-funded labor cost of "
    "61.5 billion won a month. These are illustrative assumptions, not forecasts. For comparison, the "
    "12th SMA sets the 2026 payment at 1.5192 trillion won and lets later years rise with consumer prices "
    "by no more than 5 percent a year.",
    "",
    "4. The 2020 reference case",
    "",
    "Players were briefed on 2020. The 10th SMA expired at the end of 2019. On April 1, 2020, U.S. Forces "
    "Korea began putting Korean employees on unpaid leave, and about 4,000 were furloughed. On June 2, 2020, "
    "the Pentagon accepted Seoul's offer to pay the wages of all Korean employees through the end of the "
    "year, more than 200 million dollars or about 243 billion won, counted toward the eventual agreement. "
    "The workers returned on June 15 after about 75 days.",
    "",
    "5. The moves",
    "",
    "Move 1 (January 2031). U.S. Forces Korea issues furlough notices effective April 1. Players approved a "
    "first bridge payment of 184.5 billion won, covering three months of labor cost, and offered it to the "
    "U.S. side as in 2020.",
    "",
    "Move 2 (March 2031). The U.S. team accepts the bridge payment but refuses to separate wages from the "
    "overall deal and links the talks to the cost of rotational forces. Players split on whether to raise "
    "the Korean offer; no decision was reached in the time allowed.",
    "",
    "Move 3 (July 2031). With no agreement, the National Assembly takes up the supplementary budget. "
    "Players approved a second tranche of 123.0 billion won, covering two more months, and a plan to "
    "present the bridge payments to the Assembly as an advance on the next agreement.",
    "",
    "6. Findings",
    "",
    "Finding 1: time. In 2020 it took from April 1 to June 2 to arrange the wage payment. Players agreed "
    "that the legal and budget steps for a bridge payment should be prepared before an agreement lapses, "
    "not after.",
    "",
    "Finding 2: essential staff. There is no list, agreed in advance, of which Korean employees would stay at "
    "work during a lapse. Players spent most of Move 1 on this.",
    "",
    "Finding 3: information for employees. In the exercise, as in 2020, employees first heard of the "
    "furlough from the U.S. side. No Korean agency owns the message.",
    "",
    "Finding 4: confidence. At the hot wash, 22 of the 34 players rated the government's preparedness for a "
    "lapse as inadequate; 9 rated it adequate and 3 did not answer.",
    "",
    "7. Recommendations",
    "",
    "1. Begin talks on a 13th SMA no later than January 2029, 24 months before the 12th SMA expires.",
    "2. Keep a standby reserve in the defense budget equal to three months of SMA-funded labor cost.",
    "3. Draft, before 2030, a standby bill giving a legal basis for paying wages during a lapse.",
    "4. Open a hotline for Korean employees within 48 hours of any furlough notice.",
    "",
    "KIAM will run a follow-up exercise in the second half of 2026 with the Ministry of Employment and Labor "
    "in the lead.",
]

DR_HEADER = "Defense Procurement Dispute Review Committee | Case 2025-DR-041 | Decision"
DR_FOOTER = "Defense Procurement Dispute Review Committee, Seoul (English summary)"
DR_HYPHEN = ("qualification", "qualifi")
DR_TEXT = [
    "Seorim Construction Co., Ltd. v. Defense Installations Contracting Agency",
    "Case No. 2025-DR-041. Decided August 12, 2025. English summary of the decision.",
    "",
    "The project",
    "",
    "Project SMA-IK-25-017 is the construction of a consolidated dining facility at Camp Humphreys in "
    "Pyeongtaek, with a floor area of 3,900 square meters and 1,100 seats. It is funded from South Korea's "
    "contribution under the Special Measures Agreement (SMA) for 2025, which was 1.4028 trillion won under "
    "the 11th SMA, and is provided in kind: the Korean government contracts and pays for the work and hands "
    "the building over to U.S. Forces Korea. The Defense Installations Contracting Agency issued the "
    "invitation for bids on April 7, 2025, with an estimated price of 19.84 billion won. Written questions "
    "could be submitted until May 2, 2025.",
    "",
    "The bidding",
    "",
    "Bids were opened on May 20, 2025. Eleven firms bid. Under the notice, the contract goes, after a "
    "qualification review, to the lowest bid at or above 86.745 percent of the estimated price. The lowest "
    "such bid was Seorim Construction's, at 17.41 billion won; the next was Dongbang Construction's, at "
    "17.62 billion won.",
    "",
    "To qualify, a bidder had to have completed in the past ten years at least one food-service or "
    "dormitory building with a floor area of 3,000 square meters or more. Seorim cited a school cafeteria "
    "and dormitory complex of 3,420 square meters in Asan, completed in 2021, which it built in a joint "
    "venture with a 40 percent share. The agency counted only 40 percent of the floor area, 1,368 square "
    "meters, and on June 3, 2025, found Seorim not qualified. It notified an award to Dongbang on June 13. "
    "No contract has been signed.",
    "",
    "The protest",
    "",
    "Seorim filed its protest on June 10, 2025. It argued that the notice said nothing about counting a "
    "joint venture's experience in proportion to the share, and that the agency's own 2023 evaluation "
    "guideline counts the full floor area where the bidder's share was at least 30 percent. On June 20 the "
    "committee suspended the award pending its decision. A hearing was held on July 22, 2025.",
    "",
    "The decision",
    "",
    "The committee upheld the protest by a vote of 4 to 1. It found that the agency applied a pro-rating "
    "rule that appears neither in the notice nor in its own guideline, and that under the guideline "
    "Seorim's 40 percent share entitles it to count the full 3,420 square meters. The agency must repeat "
    "the qualification review within 15 working days, applying its 2023 guideline, and the suspension of "
    "the award stays in effect until then. The agency must also refund Seorim's filing fee of 3.2 million "
    "won. The committee made no finding on whether Seorim will in the end qualify on other grounds.",
    "",
    "Dissent",
    "",
    "Member Ryu Sang-gil dissented. In his view the notice was ambiguous on joint venture experience, and "
    "Seorim should have raised the point during the question period that ended on May 2, 2025; a bidder "
    "that stays silent about an ambiguity should not profit from it after the bids are opened.",
    "",
    "Committee",
    "",
    "Chair: Moon Kyung-ae (retired judge). Members: Ryu Sang-gil, Baek Ji-hoon, Cho Eun-sol, Kang Min-jae.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "tabletop_exercise_aar_2025.pdf", TTX_HEADER, TTX_FOOTER,
                paginate(wrap(TTX_TEXT, TTX_HYPHEN)))
    write_brief(here / "bid_protest_decision_2025.pdf", DR_HEADER, DR_FOOTER,
                paginate(wrap(DR_TEXT, DR_HYPHEN)))


if __name__ == "__main__":
    main()
