"""Make the two PDF briefs of this set: fuel_bid_rigging_2019.pdf and wrsa_munitions_2008.pdf, each with a running
header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have
them. The publishers (Procurement Integrity Brief, Seoul Logistics Review) and the authors (Thomas Whitaker, Kang
Min-ho) are invented for this evaluation set; the facts come from the public reports listed in PROVENANCE.yaml, and
each author's closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

FUEL_HEADER = "Procurement Integrity Brief | No. 12 | May 2020"
FUEL_FOOTER = "Procurement Integrity Brief, Arlington, Virginia"
FUEL_HYPHEN = ("installations", "instal")
FUEL_TEXT = [
    "Rigged at the Pump: The USFK Fuel Bid-Rigging Cases, 2018-2020",
    "by Thomas Whitaker",
    "",
    "While Washington and Seoul argued over how much South Korea should pay for U.S. troops, American prosecutors "
    "were pursuing a different bill: Korean companies that had overcharged the U.S. military for the fuel its bases "
    "in Korea burn. This brief sets out what the Justice Department found and what the companies paid.",
    "",
    "How the fuel was bought",
    "",
    "Since 2005 the United States has bought fuel for its installations in South Korea through competitive "
    "solicitations in which oil refiners, alone or together with a logistics company, submit bids. Two kinds of "
    "contract were at issue. Posts, Camps and Stations (PC&S) contracts are administered by the Defense Logistics "
    "Agency and list each installation as a separate line item. Army and Air Force Exchange Service (AAFES) "
    "contracts go to the lowest bidder and cover all locations as a single unit.",
    "",
    "The scheme",
    "",
    "According to the government, from around March 2005 into 2016 the companies met and communicated in secret "
    "and decided in advance which of them would win each contract, then submitted bids to match. As a result the "
    "Department of Defense paid substantially more for fuel in Korea than it would have in a competitive market; "
    "a civil complaint put the overcharge at well over $100 million.",
    "",
    "The first pleas: November 2018",
    "",
    "On November 14, 2018, the Justice Department announced that SK Energy, GS Caltex and Hanjin Transportation "
    "had agreed to plead guilty and pay a combined $236 million: $82 million in criminal fines and $154 million "
    "in civil penalties. Of the civil total, SK Energy paid $90.4 million, GS Caltex $57.5 million and Hanjin "
    "Transportation $6.2 million. GS Caltex is a joint venture of GS Energy and Chevron. Korean media put the total "
    "at about 260 billion won. Makan Delrahim, the Assistant Attorney General in charge of the Antitrust Division, "
    "said these were the first cases in an ongoing investigation, and the FBI's Amy Hess called the conduct "
    '"particularly egregious" because it "targeted the U.S. military in a critically strategic region."',
    "",
    "The second round: March 2019",
    "",
    "On March 20, 2019, Hyundai Oilbank and S-Oil agreed to plead guilty and pay about $75 million in criminal "
    "fines and about $52 million in civil settlements, $127 million in all. The civil claims were brought under "
    "Section 4A of the Clayton Act, which lets the government recover treble damages when it is the victim of an "
    "antitrust violation, and under the False Claims Act. A three-count superseding indictment, returned in "
    "September 2018 and unsealed the same day in the U.S. District Court for the Southern District of Ohio, also "
    "charged seven South Korean managers and executives with bid rigging and with a scheme to defraud the United "
    "States; one was further charged with obstruction of justice for threatening people who cooperated. Each faced "
    "up to 10 years in prison and a fine of up to $1 million.",
    "",
    "By the Antitrust Division's count, the five companies agreed to pay more than $350 million in all: over $150 "
    "million in criminal fines and over $200 million in civil damages.",
    "",
    "A smaller settlement: April 2020",
    "",
    "The investigation kept going. On April 8, 2020, the government filed a civil complaint against Jier Shin Korea "
    "Co. and its president, Sang Joo Lee, alleging that between 2005 and 2016 they conspired to rig bids for PC&S "
    "and AAFES fuel contracts. A proposed final judgment filed the same day requires them to pay the United States "
    "$2,000,000, to cooperate with further investigations and, for the company, to set up an antitrust compliance "
    "program.",
    "",
    "The author's view",
    "",
    "The fines and damages go to the U.S. Treasury, not back to U.S. Forces Korea, and they appear in no "
    "cost-sharing ledger. But when Washington quotes the cost of keeping troops in Korea, part of that cost was, "
    "for more than a decade, inflated by its own suppliers. Seoul's negotiators have noticed.",
]

WRSA_HEADER = "Seoul Logistics Review | Vol. 3 No. 2 | May 2023"
WRSA_FOOTER = "Seoul Logistics Review, Seoul"
WRSA_HYPHEN = ("ammunition", "ammu")
WRSA_TEXT = [
    "Bullets for Services: How Seoul Bought America's War Reserve Munitions, 2005-2008",
    "by Kang Min-ho",
    "",
    "This spring Seoul is discussing lending the United States artillery shells that Korea bought from the United "
    "States fifteen years ago. The story of how it bought them is a small, little-known chapter of alliance "
    "burden sharing.",
    "",
    "What WRSA-K was",
    "",
    "Under the War Reserve Stocks for Allies program, known in Korea as WRSA-K, the United States moved munitions "
    "into South Korean depots over five years from 1974, so that the combined forces would have enough ammunition "
    "if war broke out. By 2005 the stockpile held about 280 types of munitions, from outdated firearms and bombs to "
    "modern missiles, about 600,000 tons in all and valued at some 5 trillion won, though most of it was considered "
    "obsolete. Korea and Israel, whose stock is called WRSA-I, were the last two countries with such programs; "
    "Taiwan, the Philippines and Thailand had ended theirs in 2000, taking over much of the stock or buying it at "
    "a discount.",
    "",
    "Washington decides to get out",
    "",
    "From 2003 the United States decided to dispose of WRSA ammunition worldwide as part of its global posture "
    "review, mainly because of the cost of maintaining it. Congress passed a bill in November 2005 and President "
    "George W. Bush signed it on December 30, 2005. It called for the munitions to be transferred to Korea for a "
    "fee, with anything Korea did not buy to be discarded, and set a deadline of December 2008. The Pentagon "
    "estimated that a sale would save it $1.2 billion. The Hankyoreh later criticized the Ministry of National "
    "Defense for keeping the U.S. notice secret for a year.",
    "",
    "Seoul's opening position",
    "",
    "On April 13, 2005, Defense Minister Yoon Kwang-ung met ruling Uri Party lawmakers, among them Kim Seong-gon, "
    "to discuss the U.S. notice. They considered taking over the munitions free of charge or buying only what the "
    "military needed, and a ruling party source mentioned buying about 800 billion won worth.",
    "",
    "The deal",
    "",
    "On October 7, 2008, the ministry announced the result. Korea would take over about 259,000 tons of munitions, "
    "close to half the stockpile, for just over 271 billion won, then about $213 million, or roughly one tenth of "
    "their original price. No cash would change hands: Seoul would pay in labor and in the transportation needed "
    "to ship the rest of the stock out of the country. \"It is a very good deal for us, which will not cost us any "
    "cash,\" a ministry official said. Korea chose about 100 types of munitions compatible with its weapons, "
    "including air-to-surface missiles, mortar rounds and tank and artillery ammunition; the items to leave "
    "included cluster bombs. The whole stockpile was said to have cost some $3 billion.",
    "",
    "Defense Minister Lee Sang-hee and Defense Secretary Robert Gates signed the agreement on Friday, October 17, "
    "2008, at the annual Security Consultative Meeting in Washington. The Korea Times put Korea's share at 49 "
    "percent, with a book value of nearly 2.5 trillion won, and said the United States would remove the remaining "
    "260,000 tons by 2020.",
    "",
    "On November 26, 2008, the ministry said the program would end in December, after 34 years, and that the "
    "transfer would be complete by the end of the year. By then the won had fallen, and the price was reported as "
    "$184 million. The two countries, it said, would keep a system for supporting each other's ammunition needs.",
    "",
    "The 2023 coda",
    "",
    "On April 12, 2023, a Korean official said the government was discussing lending WRSA-K ammunition, including "
    "500,000 rounds of 155mm shells held by the Korean military, to the United States, whose own 155mm stocks had "
    "been drained by the war in Ukraine.",
    "",
    "The author's view",
    "",
    "The 2008 deal was burden sharing in kind: Korean labor and trucks instead of a check, outside the Special "
    "Measures Agreement and invisible in its totals. It deserves a line in any honest count of what Seoul pays.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "fuel_bid_rigging_2019.pdf", FUEL_HEADER, FUEL_FOOTER, paginate(wrap(FUEL_TEXT, FUEL_HYPHEN)))
    write_brief(here / "wrsa_munitions_2008.pdf", WRSA_HEADER, WRSA_FOOTER, paginate(wrap(WRSA_TEXT, WRSA_HYPHEN)))


if __name__ == "__main__":
    main()
