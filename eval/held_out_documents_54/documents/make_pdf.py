"""Make the two PDF documents of this set: f16_depot_maintenance_corrective_action_request_2025.pdf (a U.S. Air
Force contract quality assurance office's Level III corrective action request to the Korean firm that performs
programmed depot maintenance of F-16 aircraft under an SMA logistics support contract: a tool left in an engine inlet,
a repeat of an earlier finding, late deliveries, discrepancies at check flights, the money withheld and what must be
done) and kumsung_seohae_merger_fairness_opinion_2026.pdf (the summary of a securities firm's fairness opinion to the
board of a listed facility-services company merging with another firm, both living on SMA logistics support
contracts: the ratio and how it was reached, the businesses, the SMA risks, a sensitivity case, the timetable and the
fee), each with a running header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line
break, as report PDFs have them. The offices, firms, people, contracts and figures are invented for this evaluation
set; which facts come from the public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

CAR_HEADER = "Contract Quality Assurance Office, Korea | Corrective Action Request CAR-K-25-044 | Level III"
CAR_FOOTER = "Contractor response required; see section 5"
CAR_HYPHEN = ("acceptance", "accep")
CAR_TEXT = [
    "CORRECTIVE ACTION REQUEST (LEVEL III)",
    "",
    "CAR number: CAR-K-25-044",
    "Date issued: November 18, 2025",
    "Issued by: Contract Quality Assurance Office, Korea (U.S. Air Force), Osan Air Base",
    "To: Hanseo Aerospace Co., Ltd., Sacheon, Gyeongsangnam-do; attention Mr. Oh Sang-hoon, Vice President, MRO "
    "Division",
    "Copy: Ms. Yeo Jin-ah, contracting officer, SMA Logistics Support (Aviation) Team, Ministry of National Defense",
    "Contract: SMA-LS-24-052, programmed depot maintenance (PDM) of F-16 aircraft of U.S. units in Korea, fiscal "
    "years 2025 to 2027",
    "",
    "1. Background",
    "",
    "Depot maintenance of U.S. Air Force aircraft stationed in Korea is logistics support that the Republic of "
    "Korea provides in kind under the Special Measures Agreement (SMA). The Ministry of National Defense holds the "
    "contract with Hanseo Aerospace and pays for it out of Korea's SMA contribution; this office performs the "
    "U.S. government's quality assurance and accepts each aircraft on behalf of the using wings. The contract, "
    "awarded on December 20, 2024, is worth 87.6 billion won for 27 aircraft over three years, 9 a year, at a PDM "
    "price of 3.05 billion won per aircraft, plus engine and component work.",
    "",
    "A Level III request is issued when a nonconformity is serious or repeats an earlier finding, and is "
    "addressed to the contractor's top management. This request meets both tests.",
    "",
    "2. Findings",
    "",
    "(a) Tool left in an aircraft. On October 29, 2025, during our acceptance inspection of aircraft PDM-25-07 "
    "before its functional check flight, our inspector, Technical Sergeant Marcus Reyes, found a 10 mm socket "
    "inside the left side of the engine inlet duct. Had the engine been run, the socket would very likely have "
    "been drawn into it. Hanseo's tool crib log shows that the socket was signed out on October 22 to a mechanic "
    "of the night shift and never returned, yet the shift lead signed the tool inventory as complete on October "
    "22, 23 and 24.",
    "",
    "(b) Repeat finding. Our Level II request CAR-K-25-031 of July 7, 2025 found 14 fasteners on two aircraft "
    "without the required torque seal and a weak tool control process. Hanseo's corrective action plan promised "
    "shadow boards and a tool count at every shift change by August 15, 2025. On November 4 we found shadow boards "
    "in only two of the five work bays and no record of shift-change counts for the night shift.",
    "",
    "(c) Late deliveries. Of the 9 aircraft scheduled for fiscal year 2025, 6 were delivered by September 30, "
    "2025, and 3 (PDM-25-07, -08 and -09) are still in work. The 6 delivered aircraft took on average 214 days "
    "from induction to delivery, against the contract standard of 180 days. Every one of them was late.",
    "",
    "(d) Discrepancies at functional check flights. Our pilots and inspectors wrote up 11 discrepancies at the "
    "functional check flights of the 6 aircraft delivered in fiscal year 2025, among them a fuel leak at a "
    "wing panel and a miswired position light. The contract's acceptable quality level is no more than 1.0 "
    "discrepancy per aircraft.",
    "",
    "3. Money withheld",
    "",
    "Under clause H-12 of the contract, the ministry has withheld 2 percent of the PDM price of each of the six "
    "aircraft delivered late. The withheld amounts will be released only if Hanseo delivers the three aircraft "
    "still in work within the 180-day standard counted from the date this request is closed, or as the "
    "contracting officer decides.",
    "",
    "4. Effect on fiscal year 2026",
    "",
    "Induction of the first aircraft of fiscal year 2026, PDM-26-01, is scheduled for January 12, 2026. This "
    "office will recommend to the ministry whether to proceed after it has reviewed Hanseo's response. The "
    "contract runs under the 12th SMA, which entered into force on November 29, 2024 and funds Korea's "
    "contributions for 2026 to 2030, starting with 1.5192 trillion won in 2026.",
    "",
    "5. Required actions",
    "",
    "1) Immediately: a complete tool inventory at every shift change in every bay, countersigned by a Hanseo "
    "quality inspector, and an independent foreign object walk of each aircraft before it is presented to us.",
    "2) By December 12, 2025: a written root cause analysis of findings (a) and (b) and a corrective action plan "
    "with dates and named owners, signed by the Vice President of the MRO Division.",
    "3) By December 12, 2025: a recovery schedule for PDM-25-07, -08 and -09.",
    "4) On December 16, 2025: a briefing at Osan Air Base by Hanseo's quality manager, Ms. Ryu Ha-eun, to this "
    "office and the contracting officer.",
    "",
    "Failure to respond in full, or a further finding of the same kind, may lead to a Level IV request and to a "
    "recommendation that the ministry stop inducting aircraft at Hanseo.",
    "",
    "Major Andrea Kowalski, USAF",
    "Chief, Contract Quality Assurance Office, Korea",
]

MERGER_HEADER = "Hanmaru Investment & Securities | Fairness Opinion (Summary) | Kumsung Facility Services"
MERGER_FOOTER = "Summary for disclosure; the full opinion is available to shareholders on request"
MERGER_HYPHEN = ("provides", "pro")
MERGER_TEXT = [
    "SUMMARY OF FAIRNESS OPINION",
    "Merger of Seohae Total Services Co., Ltd. into Kumsung Facility Services Co., Ltd.",
    "",
    "To: The Board of Directors, Kumsung Facility Services Co., Ltd., Pyeongtaek",
    "From: Corporate Finance Division, Hanmaru Investment & Securities Co., Ltd., Seoul",
    "Date: January 20, 2026",
    "Engagement team: Han Ji-woong (Managing Director), Seo Ye-rin, Park Tae-gyu",
    "",
    "1. The transaction",
    "",
    "Kumsung Facility Services, listed on KOSDAQ, will absorb Seohae Total Services, an unlisted company based in "
    "Gunsan. Kumsung will survive and Seohae will be dissolved. Each Seohae share will be exchanged for 0.4127 "
    "new Kumsung shares. Seohae has 12,000,000 shares outstanding, so Kumsung will issue 4,952,400 new shares, "
    "raising its share count from 20,500,000 to 25,452,400; former Seohae shareholders will hold about 19.5 "
    "percent of the merged company. No cash will be paid.",
    "",
    "2. The businesses",
    "",
    "Both companies provide facility services on U.S. Forces Korea installations under contracts with the "
    "Ministry of National Defense. These services are logistics support that Korea provides in kind under the "
    "Special Measures Agreement (SMA), paid for out of Korea's SMA contribution. In 2024 Kumsung had revenue of "
    "88.1 billion won, of which 61.4 billion won came from seven SMA logistics support contracts at Camp "
    "Humphreys and Osan Air Base. Seohae had revenue of 54.5 billion won, of which 35.9 billion won came from four "
    "SMA contracts at Kunsan Air Base and Camp Mujuk. The merged company would have had revenue of 142.6 billion "
    "won, of which 97.3 billion won from eleven SMA contracts. Management expects the merger to give the company "
    "a presence in the southwest, a larger base for bidding in the rebids of 2026 and 2027, and savings of about "
    "1.6 billion won a year in overhead from 2027.",
    "",
    "3. How the ratio was determined",
    "",
    "The ratio follows the valuation rules for mergers between a listed and an unlisted company under the "
    "Financial Investment Services and Capital Markets Act and its enforcement decree.",
    "",
    "Kumsung (listed): 18,420 won per share, the simple average of its volume-weighted average prices over the "
    "month (18,210 won), the week (18,560 won) and the last trading day (18,490 won) before the board resolution.",
    "",
    "Seohae (unlisted): 7,602 won per share, the weighted average of its asset value of 5,610 won per share "
    "(weight 40 percent) and its earnings value of 8,930 won per share (weight 60 percent). The earnings value "
    "rests on management's projections for 2026 and 2027, which we reviewed but did not audit.",
    "",
    "Ratio: 7,602 / 18,420 = 0.4127.",
    "",
    "4. Key assumptions and risks",
    "",
    "(a) SMA funding. The projections assume that the ministry keeps contracting these services throughout the "
    "12th SMA, which entered into force on November 29, 2024 and covers 2026 to 2030. The 2026 payment is 1.5192 "
    "trillion won, 8.3 percent more than the 2025 payment of 1.4028 trillion won, and later yearly increases are "
    "capped at 5 percent. The projections do not go beyond 2030.",
    "",
    "(b) Lapse. In 2020, when no SMA was in force, about 4,000 Korean employees of U.S. Forces Korea were placed "
    "on unpaid leave from April 1 to June 15. A lapse after 2030 would affect both companies' payments from the "
    "ministry. The U.S. President's call on July 8, 2025 for Korea to pay 10 billion dollars a year adds "
    "uncertainty, although Seoul said on July 9, 2025 that it will carry out the 12th SMA as agreed.",
    "",
    "(c) Rebids. Seohae's two Kunsan Air Base contracts, with revenue of 14.2 billion won a year, expire on "
    "December 31, 2026. If both were lost, Seohae's earnings value would fall to about 6,480 won per share, its "
    "per-share value to 6,132 won and the ratio to 0.3329. The ratio agreed by the boards does not adjust for the "
    "outcome of the rebids.",
    "",
    "(d) Competition. The companies notified the Korea Fair Trade Commission of the merger on January 9, 2026. "
    "They estimate their combined share of SMA logistics support facility services at 11.8 percent.",
    "",
    "5. Timetable",
    "",
    "Board resolutions of both companies: January 20, 2026. Shareholders' meetings: March 27, 2026. Period for "
    "dissenting shareholders to request purchase of their shares: March 27 to April 16, 2026, at 18,150 won per "
    "Kumsung share. Merger date: May 1, 2026. Listing of the new shares: May 19, 2026.",
    "",
    "6. Opinion",
    "",
    "On the basis of and subject to the above, it is our opinion that, as of the date of this letter, the merger "
    "ratio of 1 to 0.4127 is fair, from a financial point of view, to the shareholders of Kumsung Facility "
    "Services. Our fee for this opinion is a fixed 420 million won and does not depend on the completion of the "
    "merger. Hanmaru has not provided other services to either company in the past two years.",
    "",
    "Han Ji-woong, Managing Director, Corporate Finance Division",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "f16_depot_maintenance_corrective_action_request_2025.pdf", CAR_HEADER, CAR_FOOTER,
                paginate(wrap(CAR_TEXT, CAR_HYPHEN)))
    write_brief(here / "kumsung_seohae_merger_fairness_opinion_2026.pdf", MERGER_HEADER, MERGER_FOOTER,
                paginate(wrap(MERGER_TEXT, MERGER_HYPHEN)))


if __name__ == "__main__":
    main()
