"""Make the two PDF briefs of this set: korea_japan_treaty_1965.pdf and martial_law_2024.pdf, each with a running
header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have
them. The publishers (Northeast Asia Treaty Review, Alliance Politics Brief) and the authors (Daniel Cho, Margaret
Hollis) are invented for this evaluation set; the facts come from the public reports listed in PROVENANCE.yaml, and
each author's closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

TREATY_HEADER = "Northeast Asia Treaty Review | No. 14 | June 2025"
TREATY_FOOTER = "Northeast Asia Treaty Review, Seoul"
TREATY_HYPHEN = ("negotiations", "negoti")
TREATY_TEXT = [
    "Sixty Years On: What Seoul and Tokyo Signed on June 22, 1965",
    "by Daniel Cho",
    "",
    "Sixty years ago this month, South Korea and Japan ended two decades without diplomatic relations. This brief "
    "recalls how the 1965 settlement was reached, what it contained and why it still divides the two countries.",
    "",
    "Fourteen years of talks",
    "",
    "Formal talks between Seoul and Tokyo began in October 1951, while the Korean War was still being fought. Over "
    "the next 14 years, under three South Korean presidents, seven rounds of negotiations were held. The decisive "
    "step came in November 1962, when Kim Jong-pil, director of the Korean Central Intelligence Agency, and Japanese "
    "Foreign Minister Masayoshi Ohira agreed in the so-called Kim-Ohira memo on the amount Japan would pay to settle "
    "Korea's claims. The United States, allied to both, had long urged them to settle their differences.",
    "",
    "Protests and martial law",
    "",
    "The deal fell far short of what many Koreans expected, and once the schedule of the talks became public in "
    "1964, students and opposition parties took to the streets. President Park Chung-hee's government declared "
    "martial law in Seoul at 10 p.m. on June 3, 1964 to put down the protests, known since as the June 3 movement. "
    "Martial law was lifted on July 29, 1964. The treaty text was provisionally agreed in February 1965.",
    "",
    "The signing",
    "",
    "On June 22, 1965, Foreign Minister Lee Tong-won and his Japanese counterpart Etsusaburo Shiina signed the "
    "Treaty on Basic Relations between Japan and the Republic of Korea at the Japanese prime minister's official "
    "residence in Tokyo, under President Park and Prime Minister Eisaku Sato. The treaty established diplomatic and "
    "consular relations, confirmed that all treaties and agreements concluded between the Empire of Japan and the "
    "Korean Empire on or before August 22, 1910 were 'already null and void', and recognized the government of the "
    "Republic of Korea as the only lawful government in Korea. It was drawn up in Korean, Japanese and English, with "
    "the English text to prevail in case of a divergence of interpretation. Separate agreements signed the same "
    "day covered fisheries, the legal status of Koreans living in Japan, and art objects and cultural cooperation.",
    "",
    "The money",
    "",
    "The most important side agreement settled property and claims. Japan undertook to supply products and services "
    "worth $300 million, then computed at 108 billion yen, as grants over ten years, limited to $30 million a year, "
    "and to extend long-term, low-interest government loans of up to $200 million, then 72 billion yen. In return, "
    "the two countries declared that the problem of property and claims between them and their nationals had been "
    "settled 'completely and finally'. Most of the grants and loans went into economic development: the founding "
    "of the steelmaker POSCO, the Gyeongbu Expressway between Seoul and Busan, the Soyang Dam and other "
    "infrastructure projects built with Japanese technology.",
    "",
    "Ratification",
    "",
    "Both governments overcame strong opposition in their parliaments. President Park signed the instruments of "
    "ratification at the Blue House on December 17, 1965, and the instruments were exchanged in Seoul on December "
    "18, 1965, when the treaty entered into force.",
    "",
    "The unfinished business",
    "",
    "The settlement did not end the argument over colonial rule. In October 2018 South Korea's Supreme Court ordered "
    "a Japanese steelmaker to compensate Koreans forced to work for it during the colonial period, and it ruled "
    "against Mitsubishi Heavy Industries the following month. Tokyo maintains that such rulings breach the 1965 "
    "agreement, under which, in its view, all claims were settled.",
    "",
    "The author's view",
    "",
    "For the United States, the 1965 treaty was the hinge that let its two Northeast Asian allies work together. "
    "Sixty years on, the money has long been spent, but the question of what it settled is still argued in courts "
    "and cabinet rooms, and every trilateral project Washington builds rests on that unfinished settlement.",
]

MARTIAL_HEADER = "Alliance Politics Brief | No. 3 | June 2025"
MARTIAL_FOOTER = "Alliance Politics Brief, Washington, D.C."
MARTIAL_HYPHEN = ("publications", "publi")
MARTIAL_TEXT = [
    "Six Hours in December: Martial Law, Impeachment and the Alliance",
    "by Margaret Hollis",
    "",
    "Between December 2024 and June 2025 South Korea declared martial law, lifted it, impeached a president, removed "
    "him and elected his successor. This brief sets out the sequence for readers following the alliance.",
    "",
    "The declaration",
    "",
    "Late on the night of Tuesday, December 3, 2024, President Yoon Suk Yeol declared emergency martial law in a "
    "surprise televised address. He accused the opposition, which controlled the National Assembly and had pushed "
    "through impeachment motions against officials and a reduced budget, of being 'shameless pro-North Korea "
    "anti-state forces' and said he acted to protect the free constitutional order. It was the first declaration "
    "of martial law in South Korea since 1980.",
    "",
    "Army Chief of Staff Gen. Park An-su was named martial law commander. His decree banned all political "
    "activities, including those of the National Assembly and political parties, as well as rallies and "
    "demonstrations, and placed all media and publications under the control of the martial law command. Troops "
    "were sent to the National Assembly, where aides and protesters tried to block them from the main building.",
    "",
    "Six hours",
    "",
    "Lawmakers made their way into the chamber. At about 1 a.m. on Wednesday, December 4, all 190 members present in "
    "the 300-seat Assembly voted for a resolution demanding that martial law be lifted, and Speaker Woo Won-shik "
    "declared the decree invalid. At about 4:20 a.m. Yoon said in another televised address that he would lift "
    "martial law through the Cabinet, which he did once a quorum had gathered. The episode lasted about six hours.",
    "",
    "Washington's reaction",
    "",
    "U.S. Deputy Secretary of State Kurt Campbell said Washington was watching developments 'with grave concern' "
    "and hoped any political dispute would be resolved peacefully and under the rule of law, while calling the "
    "alliance 'ironclad'. The next day, at a forum in Washington, he called Yoon's decision 'badly misjudged' and "
    "made clear that the United States had not been told in advance.",
    "",
    "Impeachment",
    "",
    "An impeachment motion needs the votes of two-thirds of the Assembly, or 200 of its 300 members. The first "
    "vote, on December 7, failed when most members of Yoon's People Power Party walked out and only 195 lawmakers "
    "took part. The second, on Saturday, December 14, passed with 204 votes in favor, 85 against, three abstentions "
    "and eight invalid ballots; twelve People Power Party members broke ranks. Yoon's powers were suspended, and "
    "Prime Minister Han Duck-soo became acting president.",
    "",
    "Arrest and removal",
    "",
    "On January 15, 2025, investigators arrested Yoon at his residence, the first time a sitting South Korean "
    "president had been arrested. On April 4, 2025, the Constitutional Court upheld the impeachment unanimously, "
    "eight justices to none, in a ruling read by its acting president, Moon Hyung-bae, and Yoon was removed from "
    "office. In the snap presidential election held on June 3, 2025, Democratic Party leader Lee Jae-myung was "
    "elected.",
    "",
    "The author's view",
    "",
    "The alliance came through the crisis intact, but the six hours showed how little warning an ally can get. "
    "By its own account, Washington had no advance notice of the decree. The institutions that reversed it, the "
    "Assembly and the courts, deserve most of the credit for the outcome.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "korea_japan_treaty_1965.pdf", TREATY_HEADER, TREATY_FOOTER,
                paginate(wrap(TREATY_TEXT, TREATY_HYPHEN)))
    write_brief(here / "martial_law_2024.pdf", MARTIAL_HEADER, MARTIAL_FOOTER,
                paginate(wrap(MARTIAL_TEXT, MARTIAL_HYPHEN)))


if __name__ == "__main__":
    main()
