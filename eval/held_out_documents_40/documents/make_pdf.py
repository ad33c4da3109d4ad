"""Make the two PDF documents of this set: daegu_sma_bribery_indictment_2025.pdf (an investigation team's press
release on an indictment over SMA in-kind construction contracts in Daegu) and army_hns_korea_exhibit_fy2026.pdf (an
excerpt of a budget justification exhibit on host nation support from Korea), each with a running header and footer,
page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them. The issuers
(Defense Procurement Crimes Joint Investigation Team; the exhibit as written), the people, companies and figures not
listed as real are invented for this evaluation set; which facts come from the public record and which are composed
is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

INDICT_HEADER = "Defense Procurement Crimes Joint Investigation Team | Press Release | May 27, 2025"
INDICT_FOOTER = "Defense Procurement Crimes Joint Investigation Team, Daegu (unofficial English translation)"
INDICT_HYPHEN = ("connection", "con")
INDICT_TEXT = [
    "Four indicted over bribes for leaked cost estimates on SMA in-kind construction contracts at Camp Henry "
    "and Camp Walker",
    "For immediate release: Tuesday, May 27, 2025",
    "",
    "Summary",
    "",
    "The Defense Procurement Crimes Joint Investigation Team today indicted four people on bribery and related "
    "charges in connection with construction contracts at Camp Henry and Camp Walker, two U.S. Army "
    "installations in Daegu. The contracts were paid for out of South Korea's contribution under the Special "
    "Measures Agreement (SMA), under which Seoul has shared the cost of stationing U.S. forces since 1991, and "
    "were provided in kind: the Ministry of National Defense tendered and paid for the work and hands the "
    "finished facilities to the U.S. side. One of the four, a ministry official, has been held in detention "
    "since April 30, 2025.",
    "",
    "The defendants",
    "",
    "Under the rules on publicising criminal cases, the defendants are not named.",
    "",
    "A, 54, a deputy director in the ministry office that manages SMA in-kind construction in the Daegu "
    "region, is indicted in detention for accepting bribes of 186 million won in 14 installments between "
    "March 2022 and October 2024, and for leaking non-public cost estimates.",
    "",
    "B, 61, chief executive of Company S, a Daegu builder, gave bribes of 121 million won and is "
    "indicted without detention. Company S won three SMA in-kind contracts worth 23.7 billion won during the "
    "period.",
    "",
    "C, 48, a managing director of a Gyeongsan construction company (Company D), is indicted without "
    "detention for giving bribes of 65 million won. Company D won two contracts worth 9.8 billion won.",
    "",
    "D, 39, the brother-in-law of A, is indicted without detention for aiding the offence. 72 million won of "
    "the bribes was paid into D's bank account.",
    "",
    "How the scheme worked",
    "",
    "For each project the ministry prepares an estimated price and tenders the contract among Korean firms; "
    "the lowest bid at or above a lower limit, set as a share of the estimated price, wins. A gave B and C "
    "the estimated prices before bids closed, so that their bids could land just above the lower limit. The "
    "five contracts the two companies won were awarded at bids that were on average within 0.06 percentage "
    "points of the lower limit, compared with 1.9 points for the 31 other SMA construction contracts the "
    "same office tendered in the period.",
    "",
    "The investigation",
    "",
    "The case began with a report to the Anti-Corruption and Civil Rights Commission in November 2024 by an "
    "employee of a losing bidder. The team searched the ministry office and the two companies on January 14, "
    "2025, and examined some 3,200 emails and the bank records of all four defendants. No U.S. service member "
    "or U.S. civilian employee is suspected of wrongdoing; U.S. Forces Korea provided base access records at "
    "the team's request.",
    "",
    "What happens next",
    "",
    "The team has asked the court to confiscate the full 186 million won. The ministry suspended A from duty in "
    "February 2025 and has begun proceedings to bar Company S and Company D from government contracts for up "
    "to two years. Work on the five contracts continues; inspections have found no safety defects in the "
    "buildings.",
    "",
    "Chief Prosecutor Nam Gi-won, who leads the team, said: \"This money belongs to Korean taxpayers and "
    "supports the alliance. Leaking an estimate is not a paperwork error; it is selling the price of a public "
    "contract.\"",
    "",
    "Media contact: Spokesperson's office, Defense Procurement Crimes Joint Investigation Team, Daegu.",
]

HNS_HEADER = "Department of the Army | FY 2026 Budget Estimates | O&M, Army | Exhibit HNS-1 (Korea)"
HNS_FOOTER = "Host Nation Support, Republic of Korea (excerpt) | June 2025"
HNS_HYPHEN = ("contributions", "contri")
HNS_TEXT = [
    "Exhibit HNS-1: Host Nation Support, Republic of Korea",
    "Operation and Maintenance, Army, Fiscal Year 2026 Budget Estimates (excerpt), June 2025",
    "",
    "I. Description",
    "",
    "The Republic of Korea (ROK) shares the cost of stationing U.S. forces on the peninsula under the Special "
    "Measures Agreement (SMA), renewed in successive agreements since 1991. ROK contributions cover three "
    "categories: labor (the salaries of Korean national employees), construction, and logistics support. "
    "The contributions are made in won, partly in cash and partly in kind, and offset costs the Army would "
    "otherwise fund from its Operation and Maintenance and Military Construction appropriations.",
    "",
    "II. The agreement in force",
    "",
    "The 12th SMA entered into force on November 29, 2024, and covers calendar years 2026 through 2030. It "
    "sets the ROK contribution for 2026 at 1.5192 trillion won, 8.3 percent above the 2025 contribution of "
    "1.4028 trillion won under the 11th SMA. From 2027 each year's contribution rises by the ROK consumer "
    "price index, with the annual increase capped at 5 percent.",
    "",
    "III. ROK contributions in dollars",
    "",
    "The table converts the contributions at the budget exchange rate of 1,350 won per dollar used "
    "throughout this submission. Figures are in millions of dollars, by calendar year of the SMA.",
    "",
    "Category                       CY2025      CY2026",
    "Labor (KN salaries)             602.7       660.9",
    "Construction                    318.4       338.5",
    "Logistics support               118.0       125.9",
    "Total                         1,039.1     1,125.3",
    "",
    "IV. Notes by category",
    "",
    "Labor. The ROK contribution pays most of the cost of the 8,630 Korean national employee positions "
    "authorized for FY2026. The U.S.-funded share of Korean national labor costs is requested at $96.2 "
    "million.",
    "",
    "Construction. 37 in-kind construction projects are planned for 2026, 24 of them at Camp Humphreys. The "
    "cash portion, which pays for design and construction supervision, is estimated at $41.5 million.",
    "",
    "Logistics support. Provided entirely in kind through ROK Ministry of National Defense contracts, chiefly "
    "ammunition storage, equipment maintenance and transportation.",
    "",
    "Unexecuted cash. The balance of ROK cash contributions not yet obligated stood at $187.5 million at the "
    "end of FY2024.",
    "",
    "V. Exchange-rate sensitivity",
    "",
    "Because the contributions are fixed in won, their dollar value moves with the exchange rate. Each change "
    "of 50 won per dollar from the budget rate changes the dollar value of the 2026 contribution by roughly "
    "$40 million to $43 million.",
    "",
    "VI. Relation to the Army's own request",
    "",
    "The FY2026 Operation and Maintenance, Army request for forces in Korea is $2,874.0 million. ROK host "
    "nation support is not included in that amount; it is shown here so that the full cost of the force can "
    "be seen.",
    "",
    "Prepared by Eighth Army G8 (Resource Management). Point of contact: Daniel Okafor, budget analyst.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "daegu_sma_bribery_indictment_2025.pdf", INDICT_HEADER, INDICT_FOOTER,
                paginate(wrap(INDICT_TEXT, INDICT_HYPHEN)))
    write_brief(here / "army_hns_korea_exhibit_fy2026.pdf", HNS_HEADER, HNS_FOOTER,
                paginate(wrap(HNS_TEXT, HNS_HYPHEN)))


if __name__ == "__main__":
    main()
