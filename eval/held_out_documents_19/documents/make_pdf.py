"""Make the two PDF briefs of this set: nuclear_test_2009.pdf and fisheries_official_2020.pdf, each with a running
header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have
them. The publishers (Proliferation Case Studies, West Sea Review) and the authors (Daniel Archer, Yuna Han) are
invented for this evaluation set; the facts come from the public reports listed in PROVENANCE.yaml, and each author's
closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

TEST_HEADER = "Proliferation Case Studies | Case 9 | September 2009"
TEST_FOOTER = "Proliferation Case Studies, Washington, D.C."
TEST_HYPHEN = ("Meteorological", "Meteoro")
TEST_TEXT = [
    "From Punggye-ri to Resolution 1874: North Korea's 2009 Test",
    "by Daniel Archer",
    "",
    "North Korea's first nuclear test, in October 2006, was widely judged a fizzle. Its second, in May 2009, was "
    "not, and it produced the broadest U.N. sanctions the country had yet faced. This case study follows the "
    "spring of 2009 from a rocket launch to a ship that turned around at sea.",
    "",
    "The road to the test",
    "",
    "On April 5, 2009, North Korea launched an Unha-2 rocket that it said carried a satellite, Kwangmyongsong-2; "
    "the rocket flew over northern Japan, and Washington, Tokyo and Seoul called it a disguised long-range missile "
    "test. On April 13 the Security Council adopted a presidential statement condemning the launch. Pyongyang "
    "answered by walking out of the six-party talks, saying it would restart its nuclear facilities, and by "
    "expelling the international inspectors at Yongbyon. It threatened a second nuclear test unless the Council "
    "apologized.",
    "",
    "The blast",
    "",
    "The test came on the morning of Monday, May 25, 2009, at 00:54 UTC (9:54 a.m. in Pyongyang), at the "
    "Punggye-ri site in Kilju County in the northeast, near where the first test had been conducted. The official "
    "Korean Central News Agency said the device had been exploded underground \"on a new higher level in terms of "
    "its explosive power and technology\". The Korea Meteorological Administration measured the tremor at magnitude "
    "4.5, against 3.6 for the 2006 test; the U.S. Geological Survey put it at 4.7 and located it about 375 "
    "kilometers northeast of Pyongyang. Estimates of the yield varied widely. Russian defense officials spoke of up "
    "to 20 kilotons, comparable to the bombs dropped on Hiroshima and Nagasaki; the U.S. intelligence community "
    "said it was probably a few kilotons; a later scientific paper put it at about 2.35 kilotons. No radioactive "
    "material was detected afterward.",
    "",
    "The first reactions",
    "",
    "President Barack Obama called the test a grave threat and said the international community must act. In "
    "Seoul, President Lee Myung-bak convened an emergency meeting of the National Security Council, and China said "
    "it was \"resolutely opposed\". The Security Council met in emergency session in New York the same day. After "
    "less than an hour it condemned the test unanimously in a statement read by Russia's ambassador, Vitaly "
    "Churkin, who held the Council presidency, and said it would start work at once on a resolution. U.S. "
    "Ambassador Susan Rice called the test \"a grave violation of international law\" and said Washington would "
    "seek strong measures.",
    "",
    "Seoul joins the PSI",
    "",
    "On May 26 South Korea announced full participation in the Proliferation Security Initiative, the U.S.-led "
    "effort launched in 2003 to stop shipments of weapons of mass destruction at sea, becoming its 95th member. "
    "Foreign Ministry spokesman Moon Tae-young said an inter-Korean maritime agreement would stay in force. Seoul "
    "had put off joining after the April launch in the hope of restarting dialogue with the North. The next day "
    "North Korea called the decision a declaration of war and said it was no longer bound by the 1953 armistice. "
    "It fired several short-range missiles in the days after the test.",
    "",
    "Resolution 1874",
    "",
    "On Friday, June 12, 2009, the Security Council adopted Resolution 1874 by 15 votes to none, at its 6141st "
    "meeting. The resolution, drafted by France, Japan, South Korea, Britain and the United States, authorized "
    "states to inspect North Korean cargo on land, at sea and in the air, and to seize and destroy banned items. It "
    "extended the arms embargo to all weapons exports from the North and most imports, with an exception for small "
    "arms and light weapons that required five days' notice to the Council. It restricted financial services and "
    "loans that could help the weapons programs, and it demanded that the North return to the six-party talks and "
    "abandon its announced withdrawal from the Non-Proliferation Treaty. China voted in favor but warned against "
    "the use of force in inspections.",
    "",
    "The next day North Korea's Foreign Ministry said the country would weaponize all of its newly extracted "
    "plutonium, that more than one-third of its spent fuel rods had been reprocessed, and that it would begin "
    "enriching uranium. It said any blockade would be treated as an act of war.",
    "",
    "The Kang Nam 1",
    "",
    "The first test of the new inspection regime came at sea. On June 17 the Kang Nam 1, a North Korean cargo ship "
    "of about 2,000 tons, left the port of Nampo and headed south along the Chinese coast, reportedly bound for "
    "Myanmar. The U.S. Navy followed it, at one point with the destroyer USS John S. McCain. The resolution did not "
    "allow a forced boarding, so U.S. officials planned to ask any port where it stopped to inspect it. Then, on "
    "June 28 or 29, some 250 miles south of Hong Kong, the ship reversed course without explanation and headed back "
    "north.",
    "",
    "The author's view",
    "",
    "The spring of 2009 showed how quickly a rocket launch could become a nuclear test and a test a sanctions "
    "regime. Resolution 1874 gave the world a tool to search ships; the Kang Nam 1 suggested that the threat of a "
    "search could matter as much as the search itself.",
]

FISHERIES_HEADER = "West Sea Review | Incident Brief 21 | January 2026"
FISHERIES_FOOTER = "West Sea Review, Incheon"
FISHERIES_HYPHEN = ("prosecutors", "prosecu")
FISHERIES_TEXT = [
    "Shot in the Water: A Fisheries Official off Yeonpyeong, 2020",
    "by Yuna Han",
    "",
    "In September 2020 North Korean troops shot dead an unarmed South Korean government employee in the Yellow "
    "Sea and burned what was left on the water. The killing drew a rare apology from Kim Jong Un; the "
    "question of why the man was in the sea at all became a political fight in Seoul that outlasted the "
    "government of the day. This brief sets out what is known.",
    "",
    "The man and the ship",
    "",
    "Lee Dae-jun, 47, was an official of the Ministry of Oceans and Fisheries who worked for its West Sea "
    "Fisheries Management Service. A native of the south coast, he had served on inspection vessels since 2012. "
    "In September 2020 he was aboard the Mugunghwa 10, a 500-ton fisheries inspection ship patrolling for illegal "
    "fishing near Yeonpyeong Island, close to the Northern Limit Line, the de facto maritime border.",
    "",
    "Missing",
    "",
    "Lee went on duty in the early hours of Monday, September 21, and was last seen at about 1:30 a.m., when he "
    "left the bridge saying he had paperwork to do. The ship was then about 2 kilometers south of Yeonpyeong. His "
    "colleagues noticed he was gone at about 11:30 a.m.; only his shoes were found on board, and the ship's two "
    "security cameras were not working. The coast guard and navy searched with some 20 ships and two aircraft.",
    "",
    "Found and killed",
    "",
    "At about 3:30 p.m. on Tuesday, September 22, a North Korean vessel found Lee in North Korean waters, some 38 "
    "kilometers from where he had disappeared, wearing a life jacket and clinging to a floating object. South "
    "Korean military intelligence later said the North Koreans kept him in the water and questioned him from the "
    "deck, wearing gas masks. At about 9:40 p.m., after what the South's military described as an order from a "
    "higher authority, troops shot him; they then doused the scene with fuel and set it on fire, apparently for fear "
    "of the coronavirus. South Korea's military announced the killing on September 24, and President Moon Jae-in "
    "condemned it.",
    "",
    "The apology",
    "",
    "On the morning of Friday, September 25, Seoul received a letter from the United Front Department of the "
    "North's ruling Workers' Party. National Security Adviser Suh Hoon read it to reporters. It said Kim Jong Un was "
    "\"very sorry\" for disappointing President Moon and the South Korean people. The North's account differed "
    "from the South's: its troops had asked the man to identify himself from about 80 meters, and when he said only "
    "that he was from the South and tried to flee, they fired about 10 rounds from 40 to 50 meters, in line with "
    "standing orders. They then burned the floating object he had been holding, the letter said, not his body, "
    "which they could no longer find.",
    "",
    "The defection story",
    "",
    "Within days the coast guard concluded that Lee had been trying to defect to the North, citing intelligence and "
    "his debts. His family, led by his elder brother, Lee Rae-jin, rejected the claim and went to court to obtain "
    "the evidence. On June 16, 2022, a month after President Yoon Suk Yeol took office, the coast guard reversed "
    "itself and said it had found no evidence that Lee intended to defect; the coast guard and the Defense Ministry "
    "apologized to the family.",
    "",
    "The investigation",
    "",
    "In October 2022 the Board of Audit and Inspection asked prosecutors to investigate 20 officials from five "
    "government bodies, among them former security adviser Suh Hoon, former intelligence chief Park Jie-won and "
    "former defense minister Suh Wook. On October 22 a Seoul court approved the arrest of Suh Wook and of the "
    "former coast guard commissioner general, Kim Hong-hee, accused of deleting intelligence and of inventing the "
    "defection motive. Lee was finally given a funeral in Mokpo on September 22, 2022, two years after his "
    "death. In December 2025, according to reports, the Seoul Central District Court acquitted Suh Hoon, Park "
    "Jie-won, Suh Wook, Kim Hong-hee and a former intelligence official for lack of evidence; Lee's brother called "
    "the ruling nonsensical and said he would challenge it.",
    "",
    "The author's view",
    "",
    "The North killed a man in the water and apologized within three days. The South took two years to stop "
    "calling him a defector, and more than five to reach a verdict on those who did.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "nuclear_test_2009.pdf", TEST_HEADER, TEST_FOOTER,
                paginate(wrap(TEST_TEXT, TEST_HYPHEN)))
    write_brief(here / "fisheries_official_2020.pdf", FISHERIES_HEADER, FISHERIES_FOOTER,
                paginate(wrap(FISHERIES_TEXT, FISHERIES_HYPHEN)))


if __name__ == "__main__":
    main()
