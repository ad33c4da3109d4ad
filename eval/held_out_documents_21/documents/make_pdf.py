"""Make the two PDF briefs of this set: park_assassination_1979.pdf and fourth_nuclear_test_2016.pdf, each with a
running header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report
PDFs have them. The publishers (Presidential Crises Series, Sanctions Casebook) and the authors (Laura Kemp, Peter
Lindqvist) are invented for this evaluation set; the facts come from the public record listed in PROVENANCE.yaml,
and each author's closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

PARK_HEADER = "Presidential Crises Series | Paper 9 | October 2019"
PARK_FOOTER = "Presidential Crises Series, Washington"
PARK_HYPHEN = ("bodyguards", "body")
PARK_TEXT = [
    "Forty Days in Seoul: The Killing of Park Chung-hee and the Coup of December 12, 1979",
    "by Laura Kemp",
    "",
    "On the evening of October 26, 1979, South Korea's president was shot dead at a dinner table by the head of "
    "his own intelligence service. Within seven weeks a group of army officers had seized control of the "
    "military. This paper, written for the fortieth anniversary, reconstructs the killing, the interim that "
    "followed and the way the United States, with tens of thousands of troops in the country and a four-star "
    "general at the head of the combined command, watched power change hands without being able to stop it.",
    "",
    "A regime under strain",
    "",
    "Park Chung-hee had ruled since the military coup of May 16, 1961, and since 1972 under the Yushin "
    "constitution, which gave him near-unlimited powers. The autumn of 1979 was the worst of his rule. In August "
    "the police broke up a sit-in by women workers of the YH Trading company at the headquarters of the "
    "opposition New Democratic Party, and a worker died. On October 4 the ruling camp expelled the party's "
    "leader, Kim Young-sam, from the National Assembly over an interview he had given to The New York Times "
    "in which he urged Washington to withdraw its support for Park. Protests broke out in Busan on October 16 "
    "and spread to Masan. Martial law was declared in Busan on October 18, and a garrison decree was imposed on "
    "Masan on October 20.",
    "",
    "Inside the Blue House, two of Park's closest men were at odds over how to respond. Kim Jae-gyu, director "
    "of the Korean Central Intelligence Agency since December 1976, had seen the Busan protests for himself "
    "and argued they were a popular uprising, not a student riot. Cha Ji-chul, chief of the presidential "
    "security service since 1974, when Park's wife Yuk Young-soo was killed in an attempt on the president's "
    "life, pressed for a hard crackdown, and had the president's ear.",
    "",
    "The dinner",
    "",
    "On October 26 Park flew by helicopter to dedicate a seawall at Sapgyo Lake, southwest of Seoul, and in the "
    "evening went to a KCIA safe house in Gungjeong-dong, next to the Blue House compound, for a private dinner. "
    "With him were Kim Jae-gyu, Cha Ji-chul and the presidential chief of staff, Kim Gye-won, along with two "
    "young women brought in for the evening, the singer Sim Su-bong and a university student, Shin Jae-soon. "
    "The army chief of staff, General Jeong Seung-hwa, was waiting in another building of the compound at Kim "
    "Jae-gyu's invitation.",
    "",
    "Over dinner Park and Cha berated the KCIA director for his handling of the protests. At about 7:40 p.m. "
    "Kim Jae-gyu drew a pistol, shot Cha and then shot Park in the chest. His gun jammed; he went out, took a "
    "revolver from one of his men, came back and shot Park again, in the head, and finished off Cha. On his "
    "signal KCIA agents killed three of the president's bodyguards and a presidential driver. Park was 61. Kim "
    "Gye-won and the two women were unharmed.",
    "",
    "Kim Jae-gyu then drove off with General Jeong. Instead of going to KCIA headquarters he went to army "
    "headquarters, where he hesitated. Kim Gye-won told the other senior officials what had happened, and late "
    "that night Kim Jae-gyu was arrested at the defense ministry.",
    "",
    "The interim",
    "",
    "Prime Minister Choi Kyu-hah became acting president. Martial law was declared across the country except "
    "Jeju Island from 4 a.m. on October 27, with General Jeong as martial law commander. The head of the army's "
    "Defense Security Command, Major General Chun Doo-hwan, was put in charge of the joint investigation "
    "headquarters into the killing. Park's state funeral was held on November 3, and he was buried at the "
    "national cemetery in Seoul; Secretary of State Cyrus Vance led the American delegation. On December 6 the "
    "National Conference for Unification, the electoral college of the Yushin system, elected Choi president.",
    "",
    "The night of December 12",
    "",
    "On the evening of December 12, 1979, Chun's men arrested General Jeong at his residence, accusing him of "
    "involvement in the killing, after a gunfight with his guards. To back the move Chun and his allies, among "
    "them Major General Roh Tae-woo, brought troops into Seoul, including units of Roh's 9th Infantry Division "
    "pulled from the front line near the DMZ. The division was under the operational control of the ROK-U.S. "
    "Combined Forces Command, and its move was made without the command's approval. General John Wickham, "
    "the American commander of the Combined Forces Command, and Ambassador William Gleysteen protested, but "
    "they had no means short of force to reverse it. By the next morning Chun's group controlled the army.",
    "",
    "The trial",
    "",
    "A military court convicted Kim Jae-gyu of murder and insurrection. He told the court he had killed Park to "
    "restore democracy. The Supreme Court upheld the death sentence, and on May 24, 1980, he was hanged along "
    "with four of the KCIA men who had taken part. By then Chun had also made himself acting director of the "
    "KCIA; a week earlier, on May 17, martial law had been extended to the whole country, and the Gwangju "
    "uprising had begun.",
    "",
    "The author's view",
    "",
    "The events of October and December 1979 showed the limits of American influence in Seoul: the United "
    "States held operational control over much of the South Korean army on paper, yet could neither prevent "
    "the use of front-line troops in a domestic power struggle nor shape who would rule next.",
]

TEST_HEADER = "Sanctions Casebook | Case 12 | January 2017"
TEST_FOOTER = "Sanctions Casebook, Geneva"
TEST_HYPHEN = ("livelihood", "liveli")
TEST_TEXT = [
    "From \"H-Bomb\" to Resolution 2270: North Korea's Fourth Nuclear Test, January-March 2016",
    "by Peter Lindqvist",
    "",
    "North Korea opened 2016 with its fourth nuclear test and, a month later, a long-range rocket launch. The "
    "answer from the Security Council, Resolution 2270, was described by the United States as the toughest "
    "set of U.N. sanctions in more than two decades. This case traces the sequence from the test to the "
    "resolution and looks at what it changed.",
    "",
    "The test",
    "",
    "At 10:00 a.m. Pyongyang time on January 6, 2016, North Korea set off an underground nuclear explosion at "
    "its Punggye-ri test site in the northeast of the country. The U.S. Geological Survey measured the tremor "
    "at magnitude 5.1; the Korea Meteorological Administration put it at 4.8. South Korea's National "
    "Intelligence Service estimated the yield at about 6 kilotons, close to that of the 2013 test.",
    "",
    "At noon a special broadcast on North Korean television announced that the country had successfully "
    "carried out its first hydrogen bomb test, on Kim Jong Un's written order. Outside experts and the "
    "governments in Seoul and Washington doubted the claim: the yield was far too small for a true "
    "thermonuclear weapon, and a White House spokesman said the initial data were not consistent with it. "
    "Some suggested a boosted fission device.",
    "",
    "The first responses",
    "",
    "South Korea answered within two days. At noon on January 8, Kim Jong Un's birthday, its military resumed "
    "propaganda broadcasts through loudspeakers along the border, which had been silent since the agreement "
    "of August 2015. On January 10 a U.S. Air Force B-52 bomber from Andersen Air Force Base on Guam flew low "
    "over Osan Air Base, south of Seoul, escorted by a South Korean F-15K and an American F-16, before returning "
    "to Guam.",
    "",
    "The launch",
    "",
    "On February 7, 2016, North Korea launched a long-range rocket from the Sohae site on its west coast and "
    "put a satellite it called Kwangmyongsong-4 into orbit. Seoul, Washington and Tokyo called it a disguised "
    "test of ballistic missile technology. Three days later South Korea shut down the Kaesong Industrial "
    "Complex. On February 18 President Barack Obama signed the North Korea Sanctions and Policy Enhancement "
    "Act of 2016, the first U.S. law devoted entirely to sanctions on North Korea, after it had passed both "
    "houses of Congress by wide margins.",
    "",
    "Resolution 2270",
    "",
    "The United States and China spent weeks negotiating a draft. On March 2, 2016, "
    "the Security Council adopted Resolution 2270 unanimously. Its main provisions:",
    "",
    "- Cargo: states must inspect all cargo going to or coming from North Korea through their territory, "
    "including airports, seaports and free trade zones. Until then inspection had been required only where "
    "there were reasonable grounds to suspect banned items.",
    "- Fuel: a ban on the supply of aviation fuel to North Korea, including rocket fuel, with narrow "
    "exceptions for civilian passenger aircraft refueling abroad.",
    "- Minerals: North Korea may not sell gold, titanium ore, vanadium ore or rare earth minerals, and its "
    "exports of coal, iron and iron ore are banned except for transactions for livelihood purposes that do "
    "not earn money for the nuclear or missile programs.",
    "- Arms: the embargo was extended to small arms and light weapons, and to any item that could directly "
    "contribute to the operational capabilities of the North's armed forces.",
    "- Shipping and finance: states may not lease or charter vessels or aircraft to North Korea, must close "
    "branches of North Korean banks on their soil and must expel North Korean diplomats engaged in illicit "
    "activities. Thirty-one ships of the Ocean Maritime Management company were listed for an asset freeze.",
    "- Listings: 16 individuals and 12 entities were added to the sanctions list.",
    "",
    "What it changed",
    "",
    "The livelihood exception soon proved the resolution's weak point: North Korea's coal sales to China did "
    "not fall as hoped. After the North's fifth nuclear test on September 9, 2016, the council closed the gap in "
    "Resolution 2321 of November 30, 2016, which capped coal exports at about $400.9 million or 7.5 million "
    "tonnes a year, whichever was lower.",
    "",
    "The author's view",
    "",
    "Resolution 2270 marked the point at which the council moved from sanctions aimed at weapons programs "
    "to sanctions on North Korea's trade as a whole. The mandatory cargo inspection, which no state could "
    "enforce on its own, depended on China, through which most of the North's trade passed.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "park_assassination_1979.pdf", PARK_HEADER, PARK_FOOTER,
                paginate(wrap(PARK_TEXT, PARK_HYPHEN)))
    write_brief(here / "fourth_nuclear_test_2016.pdf", TEST_HEADER, TEST_FOOTER,
                paginate(wrap(TEST_TEXT, TEST_HYPHEN)))


if __name__ == "__main__":
    main()
