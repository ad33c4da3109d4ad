"""Make the two PDF briefs of this set: zaytun_iraq_2008.pdf and vance_mission_1968.pdf, each with a running header
and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them.
The publishers (Coalition Contributions Brief, Cold War Alliance Review) and the authors (Richard Hale, Yoo
Jae-sung) are invented for this evaluation set; the facts come from the public reports listed in PROVENANCE.yaml,
and each author's closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

ZAYTUN_HEADER = "Coalition Contributions Brief | No. 9 | February 2009"
ZAYTUN_FOOTER = "Coalition Contributions Brief, Washington, D.C."
ZAYTUN_HYPHEN = ("contingent", "contin")
ZAYTUN_TEXT = [
    "Olive Branch, Alliance Bill: South Korea's Zaytun Division in Iraq, 2003-2008",
    "by Richard Hale",
    "",
    "South Korea ended its Iraq mission in December 2008. For four years and three months it kept the third-largest "
    "foreign contingent in the country, after the United States and Britain, and paid for it itself. This brief "
    "records what Seoul sent, what it cost and how the deployment ended.",
    "",
    "The request",
    "",
    "Seoul already had several hundred military medics and engineers, the Seohee and Jema units, in southern Iraq "
    "from the spring of 2003. On September 4, 2003, the United States asked South Korea for additional forces. On "
    "December 23, 2003, the Korean cabinet approved a plan to send about 3,000 more troops, then destined for the "
    "northern oil city of Kirkuk. Lt. Gen. Kim Jang-soo of the Joint Chiefs of Staff said that sending them and "
    "keeping them there until the end of 2004 would cost about 230 billion won, or some $191 million. Under the "
    "government plan, Seoul would bear all the costs.",
    "",
    "The vote",
    "",
    "After two months of delay, the National Assembly approved the dispatch on Friday, February 13, 2004. Of the "
    "212 lawmakers present, 155 voted in favor, 50 against and 7 abstained, while about 600 protesters faced riot "
    "police outside. It was the largest overseas deployment of Korean troops since the Vietnam War. The mandate "
    "had to be renewed by the Assembly every year.",
    "",
    "A hostage and a change of destination",
    "",
    "In June 2004 Iraqi insurgents seized Kim Sun-il, a 33-year-old South Korean interpreter, and "
    "threatened to behead him unless Seoul dropped its deployment within 24 hours. The government refused, and his "
    "body was found on June 22, 2004, between Baghdad and Fallujah. President Roh Moo-hyun said the troops would "
    "go ahead and focus on reconstruction rather than combat.",
    "",
    "By then the destination had moved to Irbil (also spelled Arbil or Erbil), in the Kurdish self-ruled region "
    "of northern Iraq, about 350 kilometers north of Baghdad. The new unit was named Zaytun, the Arabic word for "
    "olive, to stress its peaceful role. Led by Maj. Gen. Hwang Eui-don, it arrived in Irbil in September 2004 "
    "with about 3,600 troops, the existing medics and engineers included. Defense Secretary Donald Rumsfeld "
    "visited the division on October 10, 2004, and Roh made a surprise visit on December 8, 2004, on his way home "
    "from Paris.",
    "",
    "Scaling back",
    "",
    "In November 2005 the cabinet of Prime Minister Lee Hae-chan approved a defense ministry plan to withdraw "
    "1,000 of the 3,200 troops then in Iraq in the first half of 2006, and to extend the stay of the rest until "
    "December 2006. Further one-year extensions followed. The division ran a hospital, a vocational training "
    "center, night classes and a taekwondo school.",
    "",
    "Going home",
    "",
    "On October 29, 2008, defense ministry spokesman Won Tae-jae announced that the Zaytun unit would begin leaving "
    "in early December and finish by around December 20, handing its mission to U.S. troops. The withdrawal "
    "covered about 520 Zaytun soldiers and about 130 members of the Daiman air transport unit in Kuwait, which "
    "supported the division. Korean forces were among troops from 13 countries going home before the U.N. mandate "
    "for Iraq expired on December 31, 2008. At a farewell ceremony in Irbil on Monday, December 1, 2008, Maj. Gen. "
    "Park Sun-woo wished Iraq peace and prosperity. In all, about 18,000 South Korean soldiers rotated through "
    "Iraq and Kuwait.",
    "",
    "The author's view",
    "",
    "The Zaytun deployment was an alliance contribution that Seoul paid for out of its own budget and that no "
    "cost-sharing table records. It belongs in any honest count of what South Korea has put into the alliance.",
]

VANCE_HEADER = "Cold War Alliance Review | Vol. 6 No. 1 | February 2018"
VANCE_FOOTER = "Cold War Alliance Review, Seoul"
VANCE_HYPHEN = ("essentially", "essen")
VANCE_TEXT = [
    "Thirty-One Commandos and a Spy Ship: The 1968 Crisis and the Price of Restraint",
    "by Yoo Jae-sung",
    "",
    "Fifty years ago this month, an American envoy flew to Seoul to stop an ally from going to war. What he "
    "carried with him, besides reassurance, was money.",
    "",
    "Two attacks in three days",
    "",
    "On the night of January 21, 1968, a team of 31 North Korean commandos who had slipped across the DMZ was "
    "discovered less than a kilometer from the Blue House in Seoul. Their mission, one of them later confessed, was "
    "to kill President Park Chung-hee. In the fighting and the weeks-long manhunt that followed, all but two were "
    "killed: one escaped, and one, Kim Shin-jo, was captured alive.",
    "",
    "Two days later, on January 23, North Korean forces seized the U.S. Navy intelligence ship USS Pueblo off the "
    "North's east coast and towed it to Wonsan. One crewman was killed and the 82 survivors were imprisoned.",
    "",
    "Washington responds, Seoul fumes",
    "",
    "The United States moved two squadrons of F-105 fighter-bombers to Osan Air Base and sent the carrier USS "
    "Enterprise toward the East Sea; within a month more than 200 jets had been flown into South Korean bases to "
    "back the 50,000 U.S. troops in the country, and some 20 warships, including the carriers Yorktown and Ranger, "
    "were off the North's coast. But Park was furious. Washington was negotiating the crew's release in secret "
    "talks with the North at Panmunjom without Seoul, and it had ruled out retaliation for the raid on his own "
    "residence. Park partly blamed the Americans for the raid itself, since the commandos had crossed the DMZ in "
    "a sector defended by U.S. forces. Seoul also feared that the Vietnam War, in which nearly 50,000 Korean "
    "troops were fighting, had stretched the United States too thin to defend Korea.",
    "",
    "The Vance mission",
    "",
    "On January 31, Foreign Minister Choi Kyu-ha asked, through Korea's ambassador in Washington, for a special "
    "presidential envoy. President Lyndon Johnson chose Cyrus Vance, who "
    "arrived in Seoul on February 11, 1968 and spent five days there with Ambassador William Porter. Vance set "
    "himself three goals: assurances that Seoul would take no independent military action against the North, that "
    "it would damp down public calls for retaliation, and that it would accept the private U.S.-North Korean talks "
    "on the Pueblo. He reported that they were essentially met. A joint communique was issued as he left.",
    "",
    "The price",
    "",
    "Park's government was promised modern weapons. TIME reported that the United States would soon send at least "
    "one squadron of F-4 Phantom fighter-bombers, likely followed by heavy tanks and naval combat craft, as part of "
    "a $100 million increase in the $170 million U.S. military assistance program already planned for South Korea "
    "that year.",
    "",
    "Honolulu and after",
    "",
    "Johnson and Park met in Honolulu on April 17 and 18, 1968. Their joint statement said that further North "
    "Korean aggression would be a most grave threat to peace and that the two governments would then immediately "
    "determine what action to take under the Mutual Defense Treaty. The Pueblo crew was released on December 23, "
    "1968, walking south across the Bridge of No Return at Panmunjom eleven months after their capture.",
    "",
    "The author's view",
    "",
    "In 1968 Washington paid Seoul to stay its hand. Two decades later the flow of money began to run the other "
    "way, and the Special Measures Agreements have run it that way ever since. The episode is a reminder that "
    "who pays whom in this alliance has always been a function of who needs the other more at the moment.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "zaytun_iraq_2008.pdf", ZAYTUN_HEADER, ZAYTUN_FOOTER,
                paginate(wrap(ZAYTUN_TEXT, ZAYTUN_HYPHEN)))
    write_brief(here / "vance_mission_1968.pdf", VANCE_HEADER, VANCE_FOOTER,
                paginate(wrap(VANCE_TEXT, VANCE_HYPHEN)))


if __name__ == "__main__":
    main()
