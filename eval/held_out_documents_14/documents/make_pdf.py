"""Make the two PDF briefs of this set: poland_arms_deals_2025.pdf and ec121_shootdown_1969.pdf, each with a running
header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have
them. The publishers (Central Europe Procurement Brief, Pacific Reconnaissance History Review) and the authors (Anna
Kowalczyk-Reed, Daniel Mercer) are invented for this evaluation set; the facts come from the public reports listed in
PROVENANCE.yaml, and each author's closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

POLAND_HEADER = "Central Europe Procurement Brief | No. 22 | September 2025"
POLAND_FOOTER = "Central Europe Procurement Brief, Warsaw"
POLAND_HYPHEN = ("configuration", "configu")
POLAND_TEXT = [
    "Tanks, Guns and Jets from Changwon: Poland's Korean Arms Deals, 2022-2025",
    "by Anna Kowalczyk-Reed",
    "",
    "Within three years of Russia's full-scale invasion of Ukraine, Poland became the largest foreign customer South "
    "Korea's defense industry has ever had. This brief lists the main contracts, what they buy and what they cost, "
    "as announced by the two governments and the companies.",
    "",
    "The framework agreements",
    "",
    "On Wednesday, July 27, 2022, Polish Defense Minister Mariusz Blaszczak signed framework agreements in Warsaw "
    "for three Korean systems: up to 1,000 K2 Black Panther main battle tanks from Hyundai Rotem (180 built in Korea, "
    "then more than 800 of a Polish version, the K2PL, to be made in Poland), 672 K9 self-propelled howitzers from "
    "Hanwha Defense, and 48 FA-50 light combat aircraft from Korea Aerospace Industries (KAI). Poland had given much "
    "of its own Soviet-era armor and artillery to Ukraine and wanted replacements fast.",
    "",
    "The first executive contracts",
    "",
    "Framework agreements set the ceiling; executive contracts commit the money. The first two were signed on Friday, "
    "August 26, 2022, at the army base in Morag: 180 K2 tanks for about $3.37 billion, with a logistics and training "
    "package, and 212 K9A1 howitzers for about $2.4 billion, together worth some $5.76 billion. The first 10 K2 "
    "tanks and 24 K9 howitzers arrived at the port of Gdynia on December 6, 2022, where President Andrzej Duda "
    "welcomed them.",
    "",
    "On September 16, 2022, at the Minsk Mazowiecki air base, the Armament Agency signed two contracts with KAI for "
    "the 48 FA-50s: $705 million for 12 FA-50GF \"gap filler\" jets in the configuration the Korean air force flies, "
    "for delivery in 2023, and $2.3 billion for 36 FA-50PL jets built to Polish requirements, for delivery from 2025 "
    "to 2028. It was KAI's largest export contract and its first sale of aircraft to a European country. The first "
    "two FA-50GFs reached Poland in July 2023 and all 12 had been delivered by the end of that year.",
    "",
    "Rocket artillery and more howitzers",
    "",
    "On October 19, 2022, Hanwha signed a framework deal to supply 288 K239 Chunmoo multiple rocket launchers, with a "
    "range of about 80 kilometers for their guided rockets. The first executive contract, worth about $3.55 billion "
    "and covering 218 launchers, was signed in early November 2022; with it, South Korea's arms exports for the year "
    "reached a record of about $17 billion, some $12.4 billion of it from Poland alone. A second K9 contract followed "
    "on December 1, 2023: $2.6 billion for 152 more guns, 6 K9A1s and 146 K9PLs, bringing Poland's K9 orders to 364.",
    "",
    "The second tank contract",
    "",
    "On Friday, August 1, 2025, Poland signed the second K2 executive contract at the Bumar-Labedy tank plant in "
    "Gliwice, in the presence of Korean Defense Minister Ahn Gyu-back and Polish Deputy Prime Minister and Defense "
    "Minister Wladyslaw Kosiniak-Kamysz. Worth about $6.5 billion, it is the largest export contract a Korean "
    "defense company has ever won. It covers 180 more tanks, 116 K2GF tanks built in Korea for delivery in 2026 and "
    "2027 and 64 K2PL tanks for 2028 to 2030, of which 61 are to be assembled in Gliwice, the first K2s to be built "
    "in Poland, plus about 81 support vehicles on the K2 chassis. The contract was signed for Poland by Gen. "
    "Artur Kuptel, head of the Armament Agency, and for the company by Hyundai Rotem president Lee Yong-bae.",
    "",
    "A month later, on September 2, 2025, at the MSPO defense fair in Kielce, Hanwha Aerospace and Poland's WB Group "
    "set up a joint venture, 51 percent Hanwha and 49 percent WB, to make Chunmoo guided rockets in Poland from 2028.",
    "",
    "The author's view",
    "",
    "The Polish deals show that South Korea's arms industry, built up over decades alongside the U.S. alliance, can "
    "now deliver at a speed and a price European suppliers could not match. Washington, which had long treated Seoul "
    "as a customer for American weapons, increasingly has to treat it as a fellow supplier to the same allies.",
]

EC121_HEADER = "Pacific Reconnaissance History Review | Vol. 4 No. 2 | April 2019"
EC121_FOOTER = "Pacific Reconnaissance History Review, Honolulu"
EC121_HYPHEN = ("cooperation", "cooper")
EC121_TEXT = [
    "Deep Sea 129: The EC-121 Shootdown of April 15, 1969, Fifty Years On",
    "by Daniel Mercer",
    "",
    "Half a century ago, North Korean fighters destroyed an unarmed U.S. Navy reconnaissance plane over the Sea of "
    "Japan and killed all 31 Americans aboard. It remains the largest single loss of U.S. aircrew of the Cold War, "
    "and one of the least remembered. This article recounts what happened and how Washington responded.",
    "",
    "The mission",
    "",
    "At 7 a.m. on Tuesday, April 15, 1969, a Lockheed EC-121M Warning Star of the Navy's Fleet Air Reconnaissance "
    "Squadron One (VQ-1), Bureau number 135749, took off from Naval Air Station Atsugi in Japan under the radio call "
    "sign Deep Sea 129. The EC-121 was a military version of the Super Constellation airliner, crammed with radar "
    "and listening equipment. Its job that day was a routine signals intelligence patrol, code-named Beggar Shadow, "
    "off North Korea's east coast, ending with a landing at Osan Air Base in South Korea. Aboard were 31 men, 8 "
    "officers and 23 enlisted, under Lt. Cmdr. James Overstreet: 30 sailors and one Marine. Nine of them were "
    "cryptologic technicians and linguists of the Naval Security Group who spoke Russian or Korean.",
    "",
    "The shootdown",
    "",
    "The day was Kim Il Sung's 57th birthday. In the early afternoon North Korean MiG-21 fighters intercepted the "
    "slow, unarmed plane and fired missiles into it. It went down about 90 nautical miles (167 kilometers) off the "
    "North Korean coast near Chongjin, well outside the 12-mile limit Pyongyang claimed; the crew had orders to stay "
    "at least 50 nautical miles offshore. North Korea announced that it had shot down an American spy plane that had "
    "intruded into its airspace; Washington rejected the claim, using the plane's tracked position.",
    "",
    "The search",
    "",
    "A search began within hours and grew to 26 aircraft. Two U.S. destroyers, USS Henry W. Tucker and USS Dale, "
    "sailed from Sasebo that afternoon. A Navy P-3B Orion spotted the first debris at 9:30 a.m. on April 16, and in "
    "an unusual moment of Cold War cooperation it guided two Soviet destroyers to the scene. On April 17 the Tucker "
    "recovered the first of two bodies, then took over the wreckage the Soviet destroyer Vdokhnovenny had picked up. "
    "The two men found were Lt. j.g. Joseph R. Ribar and Aviation Electronics Technician First Class Richard E. "
    "Sweeney. The other 29 were never found.",
    "",
    "Nixon's choice",
    "",
    "The shootdown came 15 months after North Korea seized the intelligence ship USS Pueblo, and President Richard "
    "Nixon had said there would be no \"Pueblo\" on his watch. His National Security Council met on April 16 and the "
    "Joint Chiefs drew up options ranging from bombing North Korean airfields to, as declassified papers later "
    "showed, the use of nuclear weapons. In the end Nixon struck nothing. Instead the Navy formed Task Force 71, "
    "with the aircraft carriers Enterprise, Ticonderoga, Ranger and Hornet and a screen of cruisers and destroyers, "
    "and sent it into the Sea of Japan as a show of force; it was soon withdrawn. At a news conference on April 18 "
    "Nixon said the reconnaissance flights would continue, and they resumed within a week, now with fighter escorts.",
    "",
    "Remembering",
    "",
    "On Monday, April 15, 2019, the Navy marked the 50th anniversary with a memorial ceremony on Ford Island, Oahu, "
    "organized by Navy Information Operations Command Hawaii; 21 relatives of three of the crew attended. \"There was "
    "never an apology,\" said Capt. Madelene Means, the command's head.",
    "",
    "The author's view",
    "",
    "The EC-121 crew died gathering intelligence that protected South Korea as much as the United States. The "
    "reconnaissance flights that resumed a week later never appeared on any bill to Seoul, a reminder that much of "
    "what the alliance costs Washington is spent far from the bases that cost-sharing talks argue about.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "poland_arms_deals_2025.pdf", POLAND_HEADER, POLAND_FOOTER,
                paginate(wrap(POLAND_TEXT, POLAND_HYPHEN)))
    write_brief(here / "ec121_shootdown_1969.pdf", EC121_HEADER, EC121_FOOTER,
                paginate(wrap(EC121_TEXT, EC121_HYPHEN)))


if __name__ == "__main__":
    main()
