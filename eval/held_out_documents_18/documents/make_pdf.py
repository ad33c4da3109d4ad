"""Make the two PDF briefs of this set: perry_process_1999.pdf and koreagate_1978.pdf, each with a running header
and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them.
The publishers (Nonproliferation History Review, Capitol Ethics Archive) and the authors (Helen Marsh, Robert Quill)
are invented for this evaluation set; the facts come from the public reports listed in PROVENANCE.yaml, and each
author's closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

PERRY_HEADER = "Nonproliferation History Review | Case Note 12 | November 1999"
PERRY_FOOTER = "Nonproliferation History Review, Monterey, California"
PERRY_HYPHEN = ("underground", "under")
PERRY_TEXT = [
    "From Taepodong to Berlin: William Perry's North Korea Policy Review",
    "by Helen Marsh",
    "",
    "Five years after the 1994 Agreed Framework froze the plutonium reactor at Yongbyon, the deal looked close to "
    "collapse. In the space of a year, from a rocket over Japan to a handshake in Berlin, a former defense secretary "
    "pulled it back. This case note follows the review that came to be called the Perry process.",
    "",
    "Two shocks of 1998",
    "",
    "The first shock was a hole in the ground. In 1998 leaked U.S. intelligence suggested that North "
    "Korea was digging a huge underground complex at Kumchang-ri, big enough, some analysts said, "
    "to hold a reactor and a reprocessing plant. Critics in Congress said it proved that Pyongyang was cheating on the "
    "Agreed Framework. The second shock came on August 31, 1998, when North Korea launched a Taepodong-1 rocket "
    "from Musudan-ri in Hwadae County, North Hamgyong Province. Its flight over Japan stunned Tokyo and put the "
    "funding of the framework in doubt.",
    "",
    "The appointment",
    "",
    "On Nov. 12, 1998, President Bill Clinton named William J. Perry, his former defense secretary, as "
    "U.S. North Korea Policy Coordinator and special advisor to the President and the Secretary of State. Perry was "
    "told to review policy toward the North from the ground up and to coordinate it with South Korea, Japan and China. "
    "Seoul under President Kim Dae-jung already favored engagement.",
    "",
    "Looking inside Kumchang-ri",
    "",
    "Under an agreement reached with Pyongyang on March 16, 1999, the United States won the right to visit the "
    "suspect site. A 14-member U.S. team inspected Kumchang-ri from May 20 to 24, 1999. It was led for the State "
    "Department by Joel Wit, who later recalled thousands of North Korean soldiers around the entrance. The team found "
    "an unfinished site whose underground part was a large, empty tunnel complex with no equipment. \"I don't see how "
    "any wool could be pulled over our eyes when there wasn't any wool,\" State Department spokesman James Rubin "
    "said. The access was not free: the United States was reported to have stepped up food aid, and one account "
    "puts the food sent by Washington and Seoul at 600,000 tons. A second visit, which ended on May 27, 2000, found "
    "the site unchanged.",
    "",
    "Perry in Pyongyang",
    "",
    "Perry himself flew to Pyongyang on May 25, 1999, aboard a U.S. military plane, on a route from Japan that had "
    "not been flown since the Korean War. With him were Ambassador Wendy Sherman, Ashton Carter, Kenneth Lieberthal, "
    "Philip Yun, Gen. Chip Gregson and Evans Revere. Over three and a half days of meetings, which ended on May 28, "
    "he laid out two alternatives, one of them a path to normalization if U.S. and allied concerns about the "
    "North's missile and nuclear programs were met; the North seemed torn over giving up its missiles. He did not meet Kim Jong Il. On May "
    "29 he briefed reporters in Seoul at the residence of South Korea's foreign minister.",
    "",
    "The Berlin understanding",
    "",
    "Through the summer, reports said North Korea was preparing to test a Taepodong-2 from Musudan-ri, where the "
    "launch tower had been raised from 20 meters to 60 meters. Talks in Berlin in September 1999 headed it off. North Korea agreed to refrain from "
    "long-range missile flight tests for as long as talks on improving relations went on. On Sept. 17, 1999, "
    "Clinton announced that the United States would lift restrictions on certain categories of non-sensitive goods, "
    "consumer products in particular; at a briefing with Perry "
    "that day, Secretary of State Madeleine Albright cited the 37,000 American troops stationed in Korea.",
    "",
    "The report",
    "",
    "Perry sent his classified report to the President in early September, and it went to Congress the week of "
    "Sept. 13. He presented his findings in public on Oct. 12, 1999, before the East Asian and Pacific Affairs "
    "subcommittee of the Senate Foreign Relations Committee. The unclassified version argued that U.S. policy must "
    "deal with the North Korean government as it is, not as Washington might wish it to be.",
    "",
    "The author's view",
    "",
    "The review bought a missile moratorium and a year of calm at the price of food aid and a partial lifting of "
    "sanctions. Its weakness was time: it depended on a successor willing to carry it on.",
]

KOREAGATE_HEADER = "Capitol Ethics Archive | Scandal File No. 4 | January 1979"
KOREAGATE_FOOTER = "Capitol Ethics Archive, Washington, D.C."
KOREAGATE_HYPHEN = ("Representatives", "Repre")
KOREAGATE_TEXT = [
    "Rice, Parties and Envelopes: The Koreagate Investigation, 1976-1978",
    "by Robert Quill",
    "",
    "For two years Washington's biggest foreign-influence scandal had a Korean name. This file sets out what the "
    "House of Representatives and the Justice Department found about Tongsun Park, a rice broker who entertained "
    "half of official Washington, and what became of the members of Congress who took his money.",
    "",
    "The man and the motive",
    "",
    "Tongsun Park, a South Korean businessman and no relation of President Park Chung Hee, founded the George Town "
    "Club in Washington in 1966. By 1976 it had some 400 members, among them six Supreme Court justices. Park earned "
    "large commissions as the agent for U.S. rice sales to South Korea, and investigators concluded that he used the "
    "money to win friends in Congress for Seoul: continued military and economic aid, and no further withdrawals of "
    "U.S. troops after Nixon's cuts. Kim Hyung-wook (also spelled Kim Hyong-uk), director of the Korean Central "
    "Intelligence Agency from 1963 to 1969 and an exile in the United States since 1973, told a House subcommittee "
    "chaired by Donald Fraser in June 1977 that he had let Park use $3 million in South Korean government funds in "
    "1967 to help finance the club.",
    "",
    "Flight and indictment",
    "",
    "As the scandal broke in the fall of 1976, Park left the United States for London and then Seoul, and South "
    "Korea refused to send him back. In September 1977 a federal grand jury indicted him on 36 counts, including "
    "bribery, mail fraud and failing to register as an agent of a foreign government. In July 1977 the House ethics "
    "committee (the Committee on Standards of Official Conduct) had hired Leon Jaworski, the former Watergate "
    "special prosecutor, as its special counsel. He made his opening statement at the committee's hearings on Oct. "
    "19, 1977.",
    "",
    "The testimony",
    "",
    "Under a deal between the two governments, the Justice Department agreed to drop the indictment in return for "
    "Park's testimony. He was questioned by Justice officials in Seoul in January 1978 and returned to Washington in "
    "early 1978. In early April 1978 he testified for two days before the House committee in televised public "
    "hearings. He said he had given upward of $850,000 in gifts and campaign contributions to 31 past and present "
    "members of Congress, two congressional candidates and President Nixon's re-election committee; before the "
    "hearings, reports had put the total at $750,000. He called his career in Washington \"an American success "
    "story, on a small scale.\"",
    "",
    "The reckoning",
    "",
    "In July 1978, after a 22-month investigation, the committee voted to open disciplinary proceedings against four "
    "sitting Democrats. John McFall of California, majority whip from 1973 to 1977, had not reported $4,000 from Park. "
    "Edward Roybal of California had not reported a $1,000 cash gift. Charles Wilson of California had accepted "
    "$1,000 in 1975 and denied it. Edward Patten of New Jersey had passed on $1,000 of Park's money as his own. The "
    "committee cleared eight others, among them Speaker Tip O'Neill, for whom Park had thrown two birthday parties "
    "costing about $7,500, and Majority Whip John Brademas, who had accepted $2,950. Patten was cleared, and McFall, "
    "Roybal and Wilson were reprimanded by the House later in 1978. The committee's final report, 'Korean Influence "
    "Investigation', was dated Dec. 22, 1978; its chairman was John J. Flynt Jr. of Georgia.",
    "",
    "Two former members faced criminal charges. Richard T. Hanna of California, who had received some $200,000 from "
    "Park, pleaded guilty and was sentenced to six to 30 months in prison; he served about a year. Otto Passman of "
    "Louisiana, whom Park said he paid a total of $250,000, was indicted for bribery and conspiracy in 1978 and later "
    "acquitted.",
    "",
    "The author's view",
    "",
    "Koreagate ended with one prison term and three reprimands, a meager harvest for two years of hearings. Its "
    "lasting lesson was how cheaply a foreign government could buy access in Washington.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "perry_process_1999.pdf", PERRY_HEADER, PERRY_FOOTER,
                paginate(wrap(PERRY_TEXT, PERRY_HYPHEN)))
    write_brief(here / "koreagate_1978.pdf", KOREAGATE_HEADER, KOREAGATE_FOOTER,
                paginate(wrap(KOREAGATE_TEXT, KOREAGATE_HYPHEN)))


if __name__ == "__main__":
    main()
