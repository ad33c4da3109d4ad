"""Make the two PDF briefs of this set: thae_yong_ho_2016.pdf and guam_threat_2017.pdf, each with a running header
and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them.
The publishers (Defector Profiles, Escalation Case Studies) and the authors (Hannah Cole, Michael Torres) are
invented for this evaluation set; the facts come from the public record listed in PROVENANCE.yaml, and each
author's closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

THAE_HEADER = "Defector Profiles | Profile 14 | October 2024"
THAE_FOOTER = "Defector Profiles, Seoul"
THAE_HYPHEN = ("secretariat", "secre")
THAE_TEXT = [
    "From Knightsbridge to Gangnam: The Two Careers of Thae Yong-ho",
    "by Hannah Cole",
    "",
    "Most North Koreans who reach the South disappear into private life. Thae Yong-ho did the opposite: within four "
    "years of leaving his post in London he was a member of South Korea's National Assembly. This profile follows "
    "him from the embassy to the campaign trail and into government.",
    "",
    "The diplomat",
    "",
    "Thae was a career diplomat who had served in Europe before his posting to London. There he held the rank "
    "of minister at the North Korean embassy, the No. 2 position after the "
    "ambassador, in effect the deputy ambassador. His work included speaking for the regime to British audiences "
    "and looking after visiting delegations; in May 2015 he accompanied Kim Jong Chol, the elder brother of Kim "
    "Jong Un, when he came to London to see Eric Clapton in concert.",
    "",
    "The defection",
    "",
    "In the summer of 2016 Thae left the embassy with his wife and their two sons. On August 17, 2016, South Korea's "
    "Unification Ministry announced that the family had arrived in the South. The ministry said Thae had cited his "
    "disgust with the Kim Jong Un regime, his longing for South Korea's free democracy and the future of his "
    "children. He was the most senior North Korean diplomat to defect in years.",
    "",
    "Pyongyang responded three days later. The Korean Central News Agency called him \"human scum\" and accused him "
    "of embezzling state funds, leaking secrets and committing sexual crimes against a minor, charges he denied.",
    "",
    "The author",
    "",
    "In May 2018 Thae brought out a memoir titled Password from the Third-Floor Secretariat. The title refers to the "
    "third floor of the Workers' Party headquarters in Pyongyang, home of the secretariat that serves Kim Jong Un "
    "personally, and to the coded channels through which orders from that floor reach diplomats abroad.",
    "",
    "The lawmaker",
    "",
    "For the general election of April 15, 2020, Thae ran for the conservative United Future Party in Gangnam-gap, "
    "one of Seoul's wealthiest districts, under a new name, Thae Ku-min, which he said he had taken partly for his "
    "safety and which means \"to save the people\". He won, becoming the first North Korean defector elected to "
    "represent a district; another defector, Ji Seong-ho, entered the Assembly the same day through a "
    "proportional list.",
    "",
    "Within weeks he made a costly mistake. In late April, as Kim Jong Un went unseen in public for some three "
    "weeks, Thae said in interviews that Kim appeared to be unable to stand or walk on his own. On May 1 Kim "
    "reappeared at the opening of a fertilizer factory in Sunchon, and Thae apologized for his remarks.",
    "",
    "In March 2023 he was elected to the Supreme Council of the governing People Power Party. He resigned from it "
    "in May 2023 amid a controversy over remarks on the Jeju April 3 incident and a leaked recording of comments "
    "about the presidential office. In the April 2024 general election he moved to the Guro-eul district in "
    "southwest Seoul and lost.",
    "",
    "Into government",
    "",
    "In August 2024 President Yoon Suk Yeol appointed Thae secretary general of the National Unification Advisory "
    "Council, the presidential advisory body on unification policy, putting a former North Korean diplomat at the "
    "head of its working staff.",
    "",
    "The author's view",
    "",
    "Thae's career shows how far a defector can rise in Seoul, and how quickly a single wrong claim about Kim Jong "
    "Un's health can cost the credibility that an insider's knowledge brings.",
]

GUAM_HEADER = "Escalation Case Studies | Case 6 | March 2018"
GUAM_FOOTER = "Escalation Case Studies, Honolulu"
GUAM_HYPHEN = ("assessment", "assess")
GUAM_TEXT = [
    "Enveloping Fire: The Guam Threat of August 2017",
    "by Michael Torres",
    "",
    "In the second week of August 2017 the leaders of the United States and North Korea threatened each other in "
    "terms not heard in decades. North Korea published a detailed plan to fire missiles toward Guam; the American "
    "president promised \"fire and fury\". This case study follows the month from the threat to the missile that "
    "flew over Japan instead.",
    "",
    "The background",
    "",
    "North Korea tested its first intercontinental ballistic missile, the Hwasong-14, on July 4, 2017, and a "
    "second late at night on July 28. On August 5 the U.N. Security Council unanimously adopted Resolution 2371, "
    "banning the North's exports of coal, iron, iron ore, lead, lead ore and seafood; U.S. officials estimated "
    "that the measures would cost Pyongyang about $1 billion of its roughly $3 billion in annual export earnings.",
    "",
    "Fire and fury",
    "",
    "On August 8 The Washington Post reported a U.S. intelligence assessment that North Korea had produced a "
    "nuclear warhead small enough to fit inside its missiles. Speaking to reporters that afternoon at his golf club "
    "in Bedminster, New Jersey, President Donald Trump said North Korea had best not make any more threats to the "
    "United States or it would be met with \"fire and fury like the world has never seen\".",
    "",
    "The Guam plan",
    "",
    "On August 9 a spokesman for the Strategic Force of the Korean People's Army said it was carefully examining "
    "a plan to create an \"enveloping fire\" around Guam, home to Andersen Air Force Base and a U.S. naval base, "
    "with Hwasong-12 intermediate-range missiles. The next day the force's commander, General Kim Rak Gyom, set "
    "out the details. Four Hwasong-12 missiles would be launched at the same time, cross over the Japanese "
    "prefectures of Shimane, Hiroshima and Kochi, fly 3,356.7 kilometers for 1,065 seconds and land in the sea "
    "30 to 40 kilometers from Guam. The plan would be finished by mid-August and presented to Kim Jong Un for his "
    "decision. General Kim called Trump's words \"a load of nonsense\".",
    "",
    "Japan deployed PAC-3 missile interceptor units to Shimane, Hiroshima, Ehime and Kochi. On Guam, home to some "
    "160,000 people, Governor Eddie Calvo urged calm, and the island's homeland security office issued a fact "
    "sheet telling residents, among other things, not to look at the flash or the fireball of a nuclear blast.",
    "",
    "Locked and loaded",
    "",
    "Trump said on August 10 that perhaps his warning had not been tough enough. The next day he wrote on Twitter "
    "that military solutions were \"now fully in place, locked and loaded, should North Korea act unwisely\". On "
    "August 15 the North's state media reported that Kim Jong Un had inspected the Strategic Force command and "
    "examined the Guam plan the day before, but that he would watch the \"foolish and stupid conduct of the "
    "Yankees\" a little longer before deciding. The same day, Liberation Day, South Korea's President Moon "
    "Jae-in said that no one could decide on military action on the Korean Peninsula without the consent of "
    "the Republic of Korea.",
    "",
    "The drills and the overflight",
    "",
    "The annual Ulchi Freedom Guardian exercise went ahead from August 21 to 31, with some 17,500 U.S. troops "
    "taking part, down from 25,000 the year before; the Pentagon said the smaller number was not meant as a "
    "concession to the North. Early on August 29 North Korea fired a Hwasong-12 from Sunan, near Pyongyang, "
    "over the northern Japanese island of Hokkaido. It flew about 2,700 kilometers at a maximum altitude of "
    "about 550 kilometers and fell into the Pacific. Kim Jong Un called the launch a \"meaningful prelude\" to "
    "containing Guam. Days later, on September 3, the North carried out its sixth nuclear test.",
    "",
    "The author's view",
    "",
    "The Guam plan was never carried out, but the way it was drafted, with routes, distances and flight times, "
    "showed how precisely Pyongyang could make a threat believable without acting on it.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "thae_yong_ho_2016.pdf", THAE_HEADER, THAE_FOOTER,
                paginate(wrap(THAE_TEXT, THAE_HYPHEN)))
    write_brief(here / "guam_threat_2017.pdf", GUAM_HEADER, GUAM_FOOTER,
                paginate(wrap(GUAM_TEXT, GUAM_HYPHEN)))


if __name__ == "__main__":
    main()
