"""Make the two PDF documents of this set: burden_sharing_hearing_2019.pdf and whitcombe_speech_2025.pdf, each with a
running header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs
have them. The digest, the subcommittee members, the witnesses, the speaker, the venue and every figure not on the
public record are invented for this evaluation set; see PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

HEARING_HEADER = "Congressional Transcript Digest | Hearing excerpt 19-112 | Burden Sharing: Korea"
HEARING_FOOTER = "Congressional Transcript Digest, Washington"
HEARING_HYPHEN = ("strategic", "strate")
HEARING_TEXT = [
    "Sharing the Burden: The U.S.-Republic of Korea Alliance and the Special Measures Agreement",
    "Excerpt of a hearing before a subcommittee of the House Committee on Foreign Affairs, December 10, 2019, "
    "Room 2172, Rayburn House Office Building, Washington, D.C.",
    "",
    "Editor's note",
    "",
    "The 10th Special Measures Agreement (SMA), which set South Korea's 2019 payment at 1.0389 trillion won, "
    "expires on December 31, 2019. The U.S. side has reportedly sought about $5 billion a year under an 11th "
    "agreement. The third round of talks, in Seoul on November 18-19, broke up early; a fourth round in Washington "
    "on December 3-4 ended without agreement, and a fifth is set for Seoul on December 17-18. The subcommittee heard "
    "two witnesses: Dr. Miriam Castell, director of the Alliance Finance Program at the Hollister Center for "
    "Strategy, and Lt. Gen. (ret.) Raymond Kessler, chief of staff of U.S. Forces Korea from 2014 to 2016. Remarks "
    "are lightly edited for length.",
    "",
    "Opening statements",
    "",
    "CHAIRMAN BRENNAN. The agreement that pays for a large part of our presence in Korea expires at the end of this "
    "month. I want to understand two things this morning: where the $5 billion figure comes from, and what happens "
    "to the alliance, and to the Korean employees of our forces, if there is no agreement in January.",
    "",
    "DR. CASTELL. Thank you, Mr. Chairman. Let me put the numbers on one page. At this morning's rate of about "
    "1,168 won to the dollar, Seoul's 2019 payment of 1.0389 trillion won is about $889 million. Our center "
    "estimates that the United States spends about $2.9 billion a year to keep U.S. Forces Korea on the peninsula, "
    "not counting the pay of service members and not counting rotational units. As we understand it, the $5 billion "
    "figure adds a new category to the three the SMA has always had, labor, construction and logistics. Negotiators "
    "have called it readiness. It would cover rotational deployments, visits by strategic assets such as bombers and "
    "carriers, and some costs of supporting U.S. families. No other ally pays for rotational forces under a "
    "cost-sharing agreement, and I do not think Seoul will agree to be the first.",
    "",
    "What I would recommend is a multiyear agreement of five years, a first-year increase of no more than 10 to 15 "
    "percent, and later increases tied to Korean inflation. A 50 percent increase would take the payment to about "
    "$1.33 billion. I doubt the National Assembly could consent to that in an election year; the Korean legislative "
    "elections are in April.",
    "",
    "GEN. KESSLER. Thank you. I will speak to costs on the ground. When people talk about strategic assets and "
    "rotations, they should know what those things cost. A nine-month rotation of an armored brigade combat team, "
    "about 4,500 soldiers with their tanks and vehicles, costs the Army roughly $360 million a year in "
    "transportation and operating costs. That money is spent whether or not Korea pays any of it. On construction, "
    "about 90 percent of SMA construction is now delivered in kind, built by Korean firms under contracts let by the "
    "Korean Ministry of National Defense. That system works, but it is slow.",
    "",
    "Questions from members",
    "",
    "REP. CALLOWAY. General, what happens to the Korean workforce if January comes and there is no deal?",
    "",
    "GEN. KESSLER. The money already paid under the 10th SMA will cover wages for a few months. After that, "
    "USFK cannot legally keep paying people it has no funds for. Under the Korean labor rules that apply to "
    "those employees, USFK must give them 60 days' notice before a furlough, so if the money runs out at the end of "
    "March, notices go out at the end of January. I served with those employees for three years. Furloughing them "
    "would hurt readiness as much as it hurts their families.",
    "",
    "REP. CALLOWAY. The defense bill conferees agreed yesterday to keep the floor of 28,500 troops in Korea. Does "
    "that change the negotiation?",
    "",
    "DR. CASTELL. It takes one threat off the table, which I think is helpful. It does not set the number.",
    "",
    "REP. OKAFOR. Dr. Castell, is $5 billion a real number or a negotiating position?",
    "",
    "DR. CASTELL. It is more than five and a half times what Seoul paid this year. I read it as an opening "
    "position built to make a large increase look like a concession. The danger is that it has already been made "
    "public, and the Korean public has heard it.",
    "",
    "REP. OKAFOR. General, last question. If you were at the table, what would you trade?",
    "",
    "GEN. KESSLER. Term for money. Give Seoul the five years it wants and ask for a real increase in return. A "
    "one-year deal every year is bad for planning on both sides.",
    "",
    "Editor's note",
    "",
    "The 10th SMA expired on December 31, 2019 without a successor. USFK sent furlough notices to its Korean "
    "employees at the end of January 2020, and about 4,000 of them were placed on unpaid leave from April 1 until "
    "June 15, 2020.",
]

SPEECH_HEADER = "Seoul Alliance Dialogue 2025 | Remarks as prepared for delivery"
SPEECH_FOOTER = "Korea-America Friendship Council, Seoul"
SPEECH_HYPHEN = ("warehouses", "ware")
SPEECH_TEXT = [
    "Thirty-Five Years of Sharing the Bill",
    "Remarks by Ambassador (ret.) Daniel R. Whitcombe at the Seoul Alliance Dialogue, Westin Josun Hotel, Seoul, "
    "December 3, 2025",
    "",
    "Thank you, Chairman Lim, and thank you to the Korea-America Friendship Council for inviting me back to Seoul.",
    "",
    "I first arrived in this city in August 1990 as a second secretary in the political section of the American "
    "embassy. That autumn, the two governments were negotiating the first Special Measures Agreement, and I was the "
    "most junior note-taker in the room. The agreement was signed on January 25, 1991. Korea agreed to pay $150 "
    "million that year toward the cost of our forces. The text ran to eleven pages. I still have my copy, with "
    "coffee stains from a very long night at the Foreign Ministry.",
    "",
    "Thirty-five years later, the 12th Special Measures Agreement, with its implementing arrangement, runs to 47 "
    "pages. It was signed here in Seoul on November 4, 2024, by Foreign Minister Cho Tae-yul and Ambassador Philip "
    "Goldberg, the day before the American presidential election, and it entered into force on November 29 of that "
    "year. It sets Korea's payment for 2026 at 1.5192 trillion won and lets it rise with inflation, up to 5 percent "
    "a year, through 2030.",
    "",
    "What Korea has paid",
    "",
    "Let me give you one number that I think is underappreciated in Washington. In the twelve years from 2014 "
    "through 2025, under the ninth, tenth and eleventh agreements, Korea paid about 13.25 trillion won under the "
    "SMA alone. That money paid the wages of Korean employees, built barracks and hangars, and bought the services "
    "that keep an army running. None of it was a gift to the United States Treasury; almost all of it was spent "
    "in Korea.",
    "",
    "I also want to speak about the people the SMA pays. When I was a young diplomat I often visited Camp Carroll, "
    "south of Daegu. There I met Mrs. Han Mi-sook, who worked in the supply warehouses there. She retired in 2019 "
    "after 34 years with U.S. Forces Korea. In 2020, when the agreement lapsed and about 4,000 of her former "
    "colleagues were sent home without pay from April 1 to June 15, she wrote to me. She did not ask why Korea and "
    "America could not agree on a number. She asked why the people who keep the bases working had to be the ones "
    "who paid for the disagreement. I have never had a good answer.",
    "",
    "The past six months",
    "",
    "This year has tested the agreement. On July 8, President Trump said again that Korea should pay $10 billion a "
    "year. The next day the Korean government said it would carry out the 12th SMA as written. In November the "
    "two presidents issued a joint fact sheet in which Korea plans $33 billion in comprehensive support for U.S. "
    "Forces Korea and $25 billion in purchases of American military equipment by 2030. Seoul has explained that "
    "the $33 billion is a ten-year figure that counts SMA payments together with land, utilities and other "
    "support. I think that was a sensible way to answer a political demand without tearing up a treaty.",
    "",
    "Three proposals",
    "",
    "I will close with three proposals, offered by someone who no longer has to negotiate them.",
    "",
    "First, make labor permanent. The wages of Korean employees should be protected by a standing clause that "
    "survives any lapse, not by a clause renewed with each agreement. No Korean employee should ever again be "
    "furloughed because two governments missed a deadline.",
    "",
    "Second, publish the numbers. Every March the two governments should issue a joint report showing what was "
    "paid, what was spent and what remains unspent, by category and by project.",
    "",
    "Third, agree on the facts before agreeing on the price. I propose an alliance cost commission of six members, "
    "three appointed by each government, to produce a common estimate of what it costs to keep American forces in "
    "Korea and what Korea contributes inside and outside the SMA. It should report before talks on the 13th "
    "agreement begin, and those talks should begin no later than January 2029, a full two years before the current "
    "agreement ends.",
    "",
    "When I sat in that room in 1990, the question was whether Korea could afford to pay anything. Today the "
    "question is how two wealthy democracies can share a common defense without turning every renewal into a "
    "crisis. I believe we can answer it. Thank you.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "burden_sharing_hearing_2019.pdf", HEARING_HEADER, HEARING_FOOTER,
                paginate(wrap(HEARING_TEXT, HEARING_HYPHEN)), page_format="Letter")
    write_brief(here / "whitcombe_speech_2025.pdf", SPEECH_HEADER, SPEECH_FOOTER,
                paginate(wrap(SPEECH_TEXT, SPEECH_HYPHEN)))


if __name__ == "__main__":
    main()
