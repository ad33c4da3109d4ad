"""Make the two PDF briefs of this set: opcon_transfer_costs.pdf and congress_sma_letters.pdf, each with a
running header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break,
as report PDFs have them. The publishers (Yeouido Security Brief, Hill Alliance Monitor) and the authors
(Jason Han, Rebecca Stone) are invented for this evaluation set; the facts come from the public reports
listed in PROVENANCE.yaml, and each author's closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import write_brief  # noqa: E402

OPCON_HEADER = "Yeouido Security Brief | No. 41 | October 2025"
OPCON_FOOTER = "Yeouido Security Brief, Seoul"
OPCON_PAGES = [
    [
        "Who Commands in Wartime? The OPCON Transfer and Its Price Tag",
        "by Jason Han",
        "",
        "The question of who would command South Korea's forces in a new",
        "war is older than the cost-sharing agreements, and it has run",
        "alongside them for three decades. It is also, in the end, a",
        "question about money.",
        "",
        "How Seoul lost and regained control",
        "",
        "In 1950, weeks into the Korean War, President Syngman Rhee",
        "placed South Korea's forces under the operational control of the",
        "commander of the U.N. Command. When the ROK-U.S. Combined Forces",
        "Command was set up in 1978, that control passed to it. In 1994",
        "Seoul took back operational control in peacetime. Wartime",
        "control stayed with the combined command, which is led by a",
        "four-star American general with a Korean deputy.",
    ],
    [
        "A deadline that kept moving",
        "",
        "The two presidents agreed on the basic principles of a handover",
        "at their summit in September 2006, during Roh Moo-hyun's",
        "presidency, and the date was first set for April 2012. Roh's",
        "conservative successor, Lee Myung-bak, asked for more time. On",
        "the sidelines of the G-20 summit in June 2010, months after the",
        "sinking of the naval ship Cheonan, Washington agreed to a",
        "three-year delay, to December 2015. In April 2014 Presidents",
        "Barack Obama and Park Geun-hye agreed in principle to postpone",
        "it a second time, and that year the allies dropped fixed dates",
        "altogether in favor of a transfer based on conditions.",
        "",
        "Three conditions were set in 2014: Seoul's capability to lead",
        "the allies' combined defense; its capacity for an initial",
        "response to North Korea's nuclear and missile threats; and a",
        "stable security environment on the peninsula and in the region.",
        "Whether they are met is checked in three stages, initial",
        "operational capability, full operational capability and full",
        "mission capability, the last of which completes the process.",
    ],
    [
        "The Moon years and after",
        "",
        "President Moon Jae-in made the transfer one of his campaign",
        "pledges, and his government aimed for a handover around 2022. In",
        "June 2019 Defense Minister Jeong Kyeong-doo and acting U.S.",
        "Defense Secretary Patrick Shanahan agreed that a separate Korean",
        "four-star general would lead the future combined command and",
        "that its headquarters would move from Seoul to Camp Humphreys in",
        "Pyeongtaek, about 70 kilometers south. The initial capability",
        "test was held in the second half of 2019. After the U.S.",
        "delegation objected at the 52nd Security Consultative Meeting in",
        "October 2020 to verifying full operational capability the next",
        "year, Defense Minister Suh Wook said in December 2020 that Seoul",
        "would still try to bring that test forward. Under the new",
        "structure, the present arrangement of an American commander with",
        "a Korean deputy is to become a Korean commander with an American",
        "deputy.",
        "",
        "The issue outlived Moon. On September 16, 2025, President Lee",
        "Jae Myung's cabinet confirmed a wartime transfer within his",
        "five-year term as one of 123 major policy tasks, promising a",
        "roadmap for a conditions-based handover.",
    ],
    [
        "Where the money comes in",
        "",
        "Meeting the conditions means buying things: surveillance, strike",
        "and missile defense systems that let Seoul lead a combined",
        "defense. Writing for the Heritage Foundation in July 2010, Bruce",
        "Klingner argued that the delay agreed that year also took",
        "pressure off Seoul to fix years of underfunded defense re-",
        "quirements. The same tension shows up in the cost-sharing talks,",
        "where the two governments argue over what Korea already pays",
        "for.",
        "",
        "In the author's view, the OPCON debate and the cost-sharing",
        "debate should be read together. Every won Seoul spends to meet",
        "the transfer conditions comes out of its own defense budget, not",
        "the special measures agreement, and the allies would argue less",
        "over the second if they counted the first.",
    ],
]

CONGRESS_HEADER = "Hill Alliance Monitor | Issue 9 | March 2021"
CONGRESS_FOOTER = "Hill Alliance Monitor, Washington"
CONGRESS_PAGES = [
    [
        "Congress and the Stalled Cost-Sharing Talks, 2019-2021",
        "by Rebecca Stone",
        "",
        "Congress has no formal seat at the table when the United States",
        "and South Korea bargain over the special measures agreement. Yet",
        "while the talks for the eleventh agreement dragged from 2019",
        "into 2021, members of both houses wrote letter after letter",
        "urging the administration to close a deal. This issue collects",
        "them.",
        "",
        "The committee chairmen",
        "",
        "An early warning came from the two House chairmen, Adam Smith of",
        "the Armed Services Committee and Eliot Engel of the Foreign",
        "Affairs Committee. Writing to Secretary of State Mike Pompeo and",
        "Defense Secretary Mark Esper, they questioned the push for an",
        "exponential rise in South Korea's contribution, and possibly",
        "Japan's, and asked the administration to answer a request for",
        "information. A demand for a massive increase, they wrote, served",
        "as a needless wedge between the United States and its allies.",
    ],
    [
        "The Senate ranking members",
        "",
        "At the end of January 2020, a month after the tenth agreement",
        "expired, Senators Bob Menendez and Jack Reed, the ranking",
        "Democrats on the Foreign Relations and Armed Services",
        "committees, asked Pompeo and Esper to reconsider the American",
        'demands. The administration\'s "fixation on its notion of',
        'burden-sharing", they wrote, reflected a basic misunderstanding',
        'of the alliance\'s value and was "almost-guaranteed to fail".',
        "",
        "Bera and Yoho on the workers",
        "",
        "On March 11, 2020, Representatives Ami Bera and Ted Yoho wrote",
        "to the same two secretaries asking them to find a way to keep",
        "Korean civilians employed by the American forces from being put",
        "on unpaid leave. They argued that the furloughs would hurt U.S. read-",
        "iness at a moment of coronavirus and of North Korean rocket",
        "launches. Former officials added their voices in interviews with",
        "Voice of America: Vincent Brooks, a former commander of U.S.",
        "Forces Korea, warned that a game of chicken between the allies",
        "would be very damaging, and Alexander Vershbow, a former",
        "ambassador to Seoul, said Washington had chosen a path of",
        "brinkmanship.",
    ],
    [
        "Four Democrats, four months on",
        "",
        "In late April 2020, more than four months after the old",
        "agreement had lapsed, Menendez and Reed joined Engel and Smith",
        "in a second letter. Calling the alliance one forged in the blood",
        "of shared sacrifice, they warned that continued friction could",
        "erode the proper functioning of the alliance, create readiness",
        "problems and put American troops at greater risk, adding that",
        "the only winners would be the allies' adversaries. The letter",
        "followed reports that President Trump had turned down a",
        "significant Korean offer.",
        "",
        "When the two governments agreed in June 2020 that Seoul would",
        "fund the Korean workers' wages for the rest of the year, Bera, a",
        "co-chair of the Korea Caucus, welcomed the stopgap in a",
        "statement on June 4. He had earlier written an op-ed in the",
        "Washington Post with Victor Cha urging a deal.",
    ],
    [
        "A bipartisan push in 2021",
        "",
        "The last letter of the saga went to a new secretary of state.",
        "Bera and Steve Chabot, the chairman and ranking member of the",
        "House Foreign Affairs Subcommittee on Asia, the Pacific, Central",
        "Asia, and Nonproliferation, wrote to Antony Blinken in early",
        "2021 supporting a quick conclusion before April 1, so that U.S.",
        "Forces Korea would not have to furlough its Korean staff a",
        "second time. They pointed out that the agreements have been a",
        "pillar of the combined defense of the peninsula since 1991.",
        "",
        "In the author's view, the letters changed little at the table",
        "but a great deal in Seoul, where they were read as proof that",
        "the administration's demands did not speak for all of",
        "Washington.",
    ],
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "opcon_transfer_costs.pdf", OPCON_HEADER, OPCON_FOOTER, OPCON_PAGES)
    write_brief(here / "congress_sma_letters.pdf", CONGRESS_HEADER, CONGRESS_FOOTER, CONGRESS_PAGES)


if __name__ == "__main__":
    main()
