"""Make the two PDF briefs of this set: kf21_boramae_2025.pdf and kal858_terror_list_2017.pdf, each with a running
header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have
them. The publishers (Seoul Aerospace Budget Brief, Peninsula Terrorism Review) and the authors (Jonathan Reese, Seo
Min-jae) are invented for this evaluation set; the facts come from the public reports listed in PROVENANCE.yaml, and
each author's closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, write_brief  # noqa: E402

WIDTH = 64

KF21_HEADER = "Seoul Aerospace Budget Brief | No. 14 | July 2025"
KF21_FOOTER = "Seoul Aerospace Budget Brief, Seoul"
KF21_HYPHEN = ("development", "develop")
KF21_TEXT = [
    "Paying for a Homegrown Fighter: The KF-21 Boramae, from Refused Technology to Production",
    "by Jonathan Reese",
    "",
    "South Korea has now signed for its first 40 production KF-21 fighters. The program is usually told as a story of "
    "national engineering. It is also a story about money, about a partner that could not pay, and about an ally "
    "that said no. This brief records the numbers.",
    "",
    "Origins",
    "",
    "President Kim Dae-jung set the goal of a domestically developed fighter at the Air Force Academy commencement in "
    "March 2001. After years of feasibility studies, the Defense Acquisition Program Administration (DAPA) signed "
    "the development contract with Korea Aerospace Industries (KAI) in December 2015. The development cost is usually "
    "put at about 8.8 trillion won. The jet is meant to replace the Air Force's aging F-4 and F-5 fighters.",
    "",
    "The American refusal",
    "",
    "The program was tied from the start to Seoul's purchase of 40 Lockheed Martin F-35A stealth fighters under the "
    "F-X III program, bought through U.S. foreign military sales. As an offset for that purchase, Lockheed Martin "
    "promised to transfer 25 technologies to help build the Korean fighter. In April 2015, however, DAPA was told "
    "that the U.S. government would not grant export licenses for four of them: the active electronically scanned "
    "array (AESA) radar, the infrared search and track (IRST) system, the electro-optical targeting pod and the "
    "radio-frequency jammer. The refusal became public in September 2015 through DAPA papers given to opposition "
    "lawmakers, and caused an uproar in Seoul. Lt. Gen. Park Shin-kyu, head of DAPA's procurement bureau, said "
    "Korea would look for the technologies in other countries or develop them itself. When the issue was raised "
    "again in Washington in October 2015, Defense Secretary Ash Carter turned the request down. The remaining 21 "
    "technologies went ahead under Lockheed Martin's offset obligation, which DAPA valued at $1.41 billion. Korean "
    "engineers then developed the four systems at home, the AESA radar included.",
    "",
    "The partner that could not pay",
    "",
    "Indonesia agreed in 2010 to pay 20 percent of the development cost, about 1.7 trillion won, later revised to "
    "1.6 trillion won, in return for a prototype, technology and the right to build an Indonesian version, the "
    "IF-X. It stopped paying in 2017, and by November 2021 its arrears stood at about 800 billion won. On August 16, "
    "2024, DAPA's Defense Acquisition Program Promotion Committee approved cutting Indonesia's contribution to 600 "
    "billion won, a reduction of one trillion won. The shortfall is to be covered by the Korean government and the "
    "developer, with the government bearing the larger part, and the technology Indonesia receives is reduced "
    "in proportion. The two governments signed the revised cost-sharing agreement in June 2025, during the Indo "
    "Defence exhibition in Jakarta.",
    "",
    "Rollout and first flight",
    "",
    "The first prototype was rolled out on April 9, 2021, at KAI's plant in Sacheon, South Gyeongsang Province. "
    "President Moon Jae-in named the jet Boramae, a young hawk and the symbol of the Air Force, and Indonesian "
    "Defense Minister Prabowo Subianto attended. The plan then was to deploy 40 aircraft by 2028 and 120 by 2032. "
    "The KF-21 is described as a 4.5-generation fighter: it is not a stealth aircraft.",
    "",
    "The first flight took place on July 19, 2022, from the Air Force's 3rd Flying Training Wing in Sacheon. The "
    "prototype took off at 3:40 p.m. and landed at 4:13 p.m., a flight of 33 minutes, and reached about 400 "
    "kilometers per hour. The pilot was Maj. Ahn Jun-hyun of the Air Force's 52nd Test and Evaluation Squadron, "
    "who said afterwards that everything had gone smoothly. Six prototypes were built, for a test program of "
    "about 2,000 flights running to 2026.",
    "",
    "Production contracts",
    "",
    "DAPA approved the start of production in March 2024. In June 2024 KAI signed the first mass-production contract, "
    "for 20 aircraft with technical manuals, training and logistics support, worth 1.96 trillion won; deliveries "
    "are to begin in the second half of 2026. In the same month Hanwha Aerospace won a contract, valued at around "
    "$401 million, to license-produce 40 GE Aerospace F414 engines for the jets. On June 26, 2025, KAI signed the "
    "second production contract, for another 20 aircraft, worth 2.39 trillion won, completing the first 40 "
    "fighters due by 2028.",
    "",
    "The author's view",
    "",
    "The KF-21 is what an alliance disagreement costs when the junior partner decides to pay for its own answer. "
    "The 2015 refusal delayed nothing that money and engineers could not fix, and it left Seoul owning the radar "
    "that Washington would not sell. It also shows why cost-sharing tables understate what Korea spends on "
    "the alliance's common defense.",
]

KAL_HEADER = "Peninsula Terrorism Review | Vol. 3 No. 4 | December 2017"
KAL_FOOTER = "Peninsula Terrorism Review, Seoul"
KAL_HYPHEN = ("construction", "construc")
KAL_TEXT = [
    "Rangoon, Flight 858 and the List: How North Korea Became, Stopped Being and Again Became a State Sponsor of "
    "Terrorism",
    "by Seo Min-jae",
    "",
    "Last month Washington put North Korea back on its list of state sponsors of terrorism. The designation began "
    "with two attacks on South Koreans in the 1980s, and it is worth recalling what they were.",
    "",
    "Rangoon, 1983",
    "",
    "On October 9, 1983, President Chun Doo-hwan was on a state visit to Burma and was due to lay a wreath at the "
    "Martyrs' Mausoleum in Rangoon, which honors the independence leader Aung San. A bomb hidden in the roof of the "
    "mausoleum went off at about 10:25 a.m. while members of his delegation stood waiting for him. Chun's car had "
    "been held up, and he escaped. The blast killed 21 people, 17 South Koreans and four Burmese, and injured 46. "
    "The dead included four South Korean cabinet ministers, among them Foreign Minister Lee Bum-suk and Deputy "
    "Prime Minister Suh Suk-joon. Burmese forces tracked down three North Korean army officers who had entered "
    "the country by ship: one was killed and two were captured, and one of them, Kang Min-chul, confessed. Burma "
    "cut its diplomatic ties with North Korea on November 4, 1983.",
    "",
    "Flight 858, 1987",
    "",
    "On the night of November 28, 1987, an elderly man and a young woman traveling on forged Japanese passports, "
    "posing as a father and daughter named Hachiya, boarded Korean Air Flight 858 in Baghdad. The Boeing 707 was "
    "bound for Seoul with stops in Abu Dhabi and Bangkok. In the overhead bin above their seats they left a time "
    "bomb made from a transistor radio packed with 350 grams of C-4, together with a liquor bottle holding about "
    "700 milliliters of liquid explosive, and they left the plane in Abu Dhabi. On November 29, at about 2:05 "
    "p.m. Korean time, the aircraft blew up over the Andaman Sea. All 115 people aboard were killed, 104 passengers "
    "and 11 crew members, almost all of them South Koreans, many of them workers returning from construction jobs "
    "in the Middle East. The wreckage was never recovered.",
    "",
    "The pair had flown on to Bahrain, where officials stopped them as they tried to leave because of their "
    "passports. Both bit into cyanide ampoules hidden in cigarettes. The man, Kim Seung-il, 70, died; the woman, "
    "Kim Hyon-hui, survived. She was flown to Seoul on December 15, 1987, the day before the presidential election, "
    "her mouth taped shut as she came down the steps. At a news conference in January 1988 she confessed that both "
    "were North Korean agents and said the order had come from Kim Jong Il, the son of Kim Il Sung, to disrupt the "
    "1988 Seoul Olympics.",
    "",
    "The listing",
    "",
    "On January 20, 1988, Secretary of State George Shultz designated North Korea a state sponsor of terrorism. "
    "State Department spokesman Charles Redman called the evidence of North Korean culpability compelling and "
    "announced that the United States was withdrawing the authorization, given in March 1987, for American "
    "diplomats to hold substantive discussions with North Korean diplomats in neutral settings. North Korea joined "
    "Iran, Libya, Syria, Cuba and South Yemen on the list, which brought trade restrictions and U.S. votes against "
    "loans to it from international lenders. The Seoul Olympics went ahead from September 17 to October 2, 1988, "
    "and North Korea stayed away.",
    "",
    "Kim Hyon-hui's trial opened on March 7, 1989. On April 25, 1989, the Seoul District Criminal Court sentenced "
    "her to death, and the Supreme Court upheld the sentence on March 27, 1990. On April 12, 1990, President Roh "
    "Tae-woo granted her a special pardon, the government saying she was more valuable as a living witness to North "
    "Korean terrorism and had been reduced to a tool by the regime.",
    "",
    "Off the list and back on",
    "",
    "The Bush administration removed North Korea from the list on October 11, 2008, in return for its agreement to "
    "steps for verifying the disablement of its nuclear facilities. On November 20, 2017, President Donald Trump "
    "announced at a Cabinet meeting that North Korea was designated again, saying it should have happened a long "
    "time ago and citing its support for acts of international terrorism, including assassinations on foreign "
    "soil. The clearest case was the killing of Kim Jong Un's half brother, Kim Jong Nam, with VX nerve agent at "
    "Kuala Lumpur's airport in February 2017. The renewed designation adds little to the sanctions already "
    "accompanying North Korea's nuclear program, but it reopens the courts to victims' families.",
    "",
    "The author's view",
    "",
    "The list has always been as much about diplomacy as about terrorism. It went on in 1988 to punish an attack "
    "on an Olympic host, came off in 2008 to buy a nuclear deal that did not last, and came back in 2017 as part of "
    "maximum pressure. For Seoul, the lesson is that Washington's labels follow Washington's negotiating needs.",
]


def wrap(paragraphs: list[str], hyphen: tuple[str, str]) -> list[str]:
    """Hard-wrap the paragraphs and break one word across two lines with a hyphen."""
    lines: list[str] = []
    for para in paragraphs:
        lines.extend(textwrap.wrap(para, WIDTH, break_on_hyphens=False) if para else [""])
    word, head = hyphen
    for i in range(len(lines) - 1):
        if lines[i + 1].startswith(word) and len(lines[i]) + len(head) + 2 <= WIDTH + 4:
            lines[i] = f"{lines[i]} {head}-"
            lines[i + 1] = lines[i + 1][len(head):]
            break
    else:
        raise ValueError(f"no line starts with {word!r}")
    return lines


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "kf21_boramae_2025.pdf", KF21_HEADER, KF21_FOOTER, paginate(wrap(KF21_TEXT, KF21_HYPHEN)))
    write_brief(here / "kal858_terror_list_2017.pdf", KAL_HEADER, KAL_FOOTER, paginate(wrap(KAL_TEXT, KAL_HYPHEN)))


if __name__ == "__main__":
    main()
