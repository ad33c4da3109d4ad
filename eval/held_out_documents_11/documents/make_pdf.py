"""Make the two PDF briefs of this set: cheonan_sinking_2010.pdf and kedo_reactors_2006.pdf, each with a running
header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have
them. The publishers (NLL Quarterly, Nonproliferation Finance Brief) and the authors (Nathan Brooks, Helen Carver)
are invented for this evaluation set; the facts come from the public reporting listed in PROVENANCE.yaml, and each
author's closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

CHEONAN_HEADER = "NLL Quarterly | Vol. 3 No. 4 | October 2010"
CHEONAN_FOOTER = "NLL Quarterly, Incheon"
CHEONAN_HYPHEN = ("concession", "conces")
CHEONAN_TEXT = [
    "Forty-Six Sailors: The Cheonan Sinking and the Allied Response",
    "by Nathan Brooks",
    "",
    "Six months after the loss of the corvette Cheonan, the facts of the sinking are settled in Seoul and "
    "Washington, if not in Pyongyang. This brief sets out what happened, what the investigation found, and how "
    "South Korea and the United States answered.",
    "",
    "The sinking",
    "",
    "At about 9:22 p.m. on March 26, 2010, the ROKS Cheonan, a Pohang-class corvette of about 1,200 tons, broke "
    "in two and sank while on patrol off Baengnyeong Island, the northernmost of South Korea's islands in the "
    "Yellow Sea, close to the Northern Limit Line. There were 104 sailors aboard. Fifty-eight were rescued, most "
    "of them from the bow section, and 46 died. The bodies of 40 were recovered; six were never found.",
    "",
    "The search cost another life. Warrant Officer Han Ju-ho, a navy underwater demolition diver, collapsed "
    "while diving to the wreck in strong currents and cold water and died on March 30. The stern of the ship "
    "was raised on April 15 and the bow on April 24, and both were taken to the naval base at Pyeongtaek.",
    "",
    "The investigation",
    "",
    "Seoul set up a Joint Civilian-Military Investigation Group, and invited experts from the United States, "
    "Britain, Australia and Sweden to join it. Its findings were announced on May 20, 2010. The investigators "
    "concluded that the Cheonan had been sunk by a shock wave and bubble effect from a non-contact underwater "
    "explosion, caused by a CHT-02D torpedo fired by a small North Korean submarine. The key physical evidence "
    "was the propulsion section of a torpedo, recovered from the seabed by a fishing boat on May 15, with a "
    "handwritten Korean marking reading \"No. 1\".",
    "",
    "North Korea denied any role and threatened retaliation if it was punished. A Russian team examined the "
    "evidence in Seoul but did not publish its own conclusion, and China declined to assign blame.",
    "",
    "Seoul's measures",
    "",
    "On May 24, 2010, President Lee Myung-bak, speaking at the War Memorial of Korea in Seoul, announced what "
    "became known as the May 24 measures: a halt to inter-Korean trade and exchanges, with the exception of "
    "the Kaesong industrial complex, and a ban on North Korean merchant ships using South Korean waters. He "
    "also said Seoul would take the matter to the U.N. Security Council.",
    "",
    "At the United Nations the result was thinner than Seoul had hoped. A presidential statement adopted by the "
    "Security Council on July 9, 2010, condemned the attack that had led to the sinking, but did not name North "
    "Korea as responsible, a concession to China.",
    "",
    "The alliance answers",
    "",
    "On July 21, 2010, Secretary of State Hillary Clinton and Defense Secretary Robert Gates met their "
    "counterparts, Yu Myung-hwan and Kim Tae-young, in Seoul for the first foreign and defense ministers' "
    "meeting the two allies had ever held, and visited Panmunjom together.",
    "",
    "Four days later the allies opened Invincible Spirit, a combined naval and air exercise in the East Sea "
    "that ran from July 25 to July 28. It brought together about 20 ships and submarines, about 200 aircraft "
    "and about 8,000 personnel, led by the U.S. aircraft carrier USS George Washington. U.S. F-22 Raptor "
    "stealth fighters flew in an exercise in South Korea for the first time. Holding the drill in the East "
    "Sea rather than the Yellow Sea was widely seen as a nod to Beijing's objections.",
    "",
    "The author's view",
    "",
    "The Cheonan showed both the strength and the limits of the alliance. The United States lent its "
    "investigators, its carrier and its diplomatic weight; it could not make the Security Council say what "
    "Seoul wanted, nor deter the next attack. Any discussion of what South Korea should pay for American "
    "forces ought to start from what those forces can and cannot do on a dark night off Baengnyeong.",
]

KEDO_HEADER = "Nonproliferation Finance Brief | No. 22 | September 2006"
KEDO_FOOTER = "Nonproliferation Finance Brief, Washington, D.C."
KEDO_HYPHEN = ("international", "interna")
KEDO_TEXT = [
    "Paying for Reactors That Were Never Built: KEDO and the Kumho Project, 1994-2006",
    "by Helen Carver",
    "",
    "On May 31, 2006, the Executive Board of the Korean Peninsula Energy Development Organization (KEDO) "
    "formally terminated the project to build two nuclear power reactors in North Korea. This brief looks at "
    "who agreed to pay for the project, and who ended up paying.",
    "",
    "The bargain",
    "",
    "Under the Agreed Framework, signed in Geneva on October 21, 1994, by U.S. envoy Robert Gallucci and North "
    "Korea's first vice foreign minister Kang Sok-ju, Pyongyang agreed to freeze its graphite-moderated "
    "reactors at Yongbyon. In return the United States undertook to organize the supply of two light-water "
    "reactors of about 1,000 megawatts each, with a target date of 2003, and to provide 500,000 metric tons "
    "of heavy fuel oil a year until the first reactor came on line.",
    "",
    "The consortium",
    "",
    "KEDO was set up in March 1995 by the United States, South Korea and Japan, with its headquarters in New "
    "York; the European Union joined its Executive Board in 1997. KEDO signed a supply agreement with North "
    "Korea on December 15, 1995. The site chosen was Kumho, near Sinpo in South Hamgyong Province on the "
    "North's east coast, and ground was broken in August 1997.",
    "",
    "The cost-sharing deal",
    "",
    "The project was estimated to cost about $4.6 billion. Under the cost-sharing arrangement the Executive "
    "Board adopted in November 1998, South Korea agreed to pay 70 percent of the actual cost of the reactors, "
    "and Japan pledged the yen equivalent of $1 billion, set at 116.5 billion yen. The rest was to come from "
    "other contributors, including the European Union. The United States did not fund the reactors; its main "
    "contribution was paying for most of the heavy fuel oil, which Congress approved year by year, often "
    "with reluctance.",
    "",
    "Korea Electric Power Corporation (KEPCO) was the prime contractor. KEDO and KEPCO signed a turnkey "
    "contract on December 15, 1999, and the first structural concrete for the reactor buildings was poured on "
    "August 7, 2002, years behind the original schedule.",
    "",
    "The collapse",
    "",
    "In October 2002, after a visit to Pyongyang by Assistant Secretary of State James Kelly, Washington said "
    "North Korea had admitted to a secret uranium enrichment program. On November 14, 2002, the Executive Board "
    "suspended heavy fuel oil deliveries, starting with the December shipment. Pyongyang expelled "
    "international inspectors that December and announced its withdrawal from the Nuclear Non-Proliferation "
    "Treaty in January 2003.",
    "",
    "Reactor construction was suspended for one year from December 1, 2003, and the suspension was extended in "
    "2004. By then the project was, by most accounts, roughly a third complete. The termination decision of May "
    "31, 2006 left KEDO to settle its contracts and debts.",
    "",
    "The bill",
    "",
    "Press reports put the total spent on the reactor project at about $1.5 billion, of which South Korea's "
    "share was roughly $1.1 billion. Seoul's money came largely through loans from its Inter-Korean Cooperation "
    "Fund. The heavy fuel oil shipments cost Washington several hundred million dollars more over eight years.",
    "",
    "The author's view",
    "",
    "KEDO was, among other things, the largest burden-sharing exercise the U.S.-Korea alliance had ever "
    "attempted outside the military sphere, and Seoul carried most of it. That record deserves a place in any "
    "argument about whether South Korea pays its fair share.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "cheonan_sinking_2010.pdf", CHEONAN_HEADER, CHEONAN_FOOTER,
                paginate(wrap(CHEONAN_TEXT, CHEONAN_HYPHEN)))
    write_brief(here / "kedo_reactors_2006.pdf", KEDO_HEADER, KEDO_FOOTER,
                paginate(wrap(KEDO_TEXT, KEDO_HYPHEN)))


if __name__ == "__main__":
    main()
