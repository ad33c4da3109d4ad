"""Make the two PDF documents of this set: credit_opinion_builder_2025.pdf (a credit rating agency's opinion on a
builder whose order book leans on SMA in-kind construction) and dongducheon_council_minutes_2025.pdf (translated
minutes of a city council committee on an ordinance for workers at U.S. bases), each with a running header and
footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them. The
rating agency, the builder, the council members, the officials and the ordinance are invented for this evaluation
set; which facts come from the public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

CREDIT_HEADER = "Hanmaru Ratings | Credit Opinion | July 24, 2025"
CREDIT_FOOTER = "Hanmaru Ratings Co., Seoul. This opinion is not a recommendation to buy or sell securities."
CREDIT_HYPHEN = ("consecutive", "consec")
CREDIT_TEXT = [
    "Credit Opinion: Seorin Engineering & Construction Co., Ltd.",
    "Long-term issuer rating BBB+ affirmed; outlook Stable",
    "",
    "Lead analyst: Kwon Tae-yang. Backup analyst: Shin Eun-ji. Published July 24, 2025.",
    "",
    "Summary",
    "",
    "Seorin Engineering & Construction is a mid-sized general builder based in Suwon. About a third of its "
    "work is public construction, and a growing part of that is construction on U.S. military installations "
    "funded from South Korea's contribution under the Special Measures Agreement (SMA). We affirm the BBB+ "
    "rating because that work is paid by a strong counterparty and has held margins up while private "
    "housing has been weak. The Stable outlook reflects our view that the SMA pipeline will stay broadly "
    "level through 2028, and that the political noise around cost sharing this month does not change the "
    "way the money reaches Korean builders.",
    "",
    "How the SMA work reaches the company",
    "",
    "SMA construction is provided in kind. The Ministry of National Defense tenders and signs the contracts "
    "and pays the builder; the United States designs the facilities and receives them when they are done. "
    "For a builder this means the payer is the Korean government, not the U.S. side, which we treat as the "
    "lowest credit risk among Seorin's customers. Payment has been made on average 19 days after a "
    "progress invoice is approved, against 47 days for the company's private clients.",
    "",
    "Order book",
    "",
    "At the end of 2024 Seorin's total order backlog was 1.37 trillion won. Of this, 412.5 billion won was "
    "SMA in-kind construction: 11 projects at Camp Humphreys, Osan Air Base and Kunsan Air Base, the largest "
    "a 96.4 billion won barracks complex at Camp Humphreys due for completion in October 2026. At the end "
    "of 2022 the SMA backlog was 298.7 billion won. The concentration of the backlog in one program is the "
    "main weakness in the profile, and we will watch it closely.",
    "",
    "Key figures (billion won unless stated)",
    "",
    "Revenue: 2022, 764.9; 2023, 812.5; 2024, 868.2.",
    "Operating margin: 2022, 3.4 percent; 2023, 3.9 percent; 2024, 4.6 percent.",
    "Debt-to-equity ratio: 2022, 171 percent; 2023, 158 percent; 2024, 146 percent.",
    "SMA revenue: 2022, 121.3; 2023, 158.0; 2024, 183.6.",
    "",
    "The SMA escalator and what it means for volumes",
    "",
    "Under the 12th SMA, South Korea's 2026 payment is 1.5192 trillion won, 8.3 percent above the 2025 "
    "payment of 1.4028 trillion won. From 2027 to 2030 the payment rises by consumer price inflation of two "
    "years earlier, capped at 5 percent a year. Construction is only one of the three categories, alongside "
    "labor and logistics support, and its share of the total is settled each year. We therefore do "
    "not assume that Seorin's SMA revenue grows with the payment. Our base case holds it at about 180 "
    "billion won a year from 2026 to 2028.",
    "",
    "Political risk",
    "",
    "On July 8, 2025, President Trump said South Korea pays \"very little\" for U.S. troops and repeated "
    "that it should pay $10 billion a year. On July 9 Seoul's foreign ministry said it would carry out the "
    "12th SMA, which it called validly concluded and in force. We see a renegotiation that changes the "
    "in-kind system within our rating horizon of 12 to 18 months as unlikely. A lapse of the agreement, as "
    "happened in 2020, would affect labor costs first; in-kind construction already under contract would "
    "continue.",
    "",
    "What could change the rating",
    "",
    "Upward: a debt-to-equity ratio below 120 percent for two consecutive years together with an SMA share "
    "of the backlog below 25 percent.",
    "Downward: a debt-to-equity ratio above 180 percent, or an operating margin below 3 percent for two "
    "consecutive years, or a loss of eligibility to bid for Ministry of National Defense construction.",
    "",
    "Rating history",
    "",
    "BBB (Positive), June 2023; upgraded to BBB+ (Stable), July 2024; BBB+ (Stable) affirmed, July 24, 2025.",
]

COUNCIL_HEADER = "Dongducheon City Council | Administrative and Economic Affairs Committee | Sept. 23, 2025"
COUNCIL_FOOTER = "Minutes (excerpt), unofficial English translation by the Council Secretariat"
COUNCIL_HYPHEN = ("contractors", "contrac")
COUNCIL_TEXT = [
    "Minutes of the Administrative and Economic Affairs Committee (excerpt)",
    "339th Extraordinary Session, 2nd meeting. Tuesday, September 23, 2025, 10:00 to 12:10, Committee Room 2",
    "",
    "Members present (7 of 7): Park Mi-seon (chair), Yang Jae-hwan, Choi Hyun-woo, Seo Ji-yeon, Kang "
    "Dong-il, Hwang Bo-ra, Nam Gi-tae. Officials present: Kim Soo-bin, Director of Economic Policy; Jeon "
    "Hye-won, head of the Jobs Division.",
    "",
    "Agenda item 3: Draft Ordinance on Support for the Employment Transition of Korean Workers at U.S. "
    "Military Installations (proposed by Councillor Yang Jae-hwan and four co-sponsors)",
    "",
    "Chair Park Mi-seon: We move to item 3. Councillor Yang, please explain the purpose.",
    "",
    "Councillor Yang Jae-hwan: Thank you, Chair. Camp Casey and Camp Hovey are still the largest single "
    "employers in our city. The city's survey of June 2025 counted 1,140 Dongducheon residents working as "
    "Korean employees of U.S. Forces Korea, down from 1,960 in 2015, and another 610 working for the Korean "
    "contractors that provide logistics support and construction to the bases under the cost-sharing "
    "agreement. When no agreement was in force in 2020, about 4,000 Korean employees nationwide were put on "
    "unpaid leave from April 1 to June 15. Of them, 312 lived in Dongducheon. Families here went without "
    "wages for two and a half months, and the city had no tool to help them. This ordinance creates two.",
    "",
    "The first is a job transition program: training and job placement for residents who lose base jobs "
    "as units move south or contracts end. The second is an emergency living support fund for residents "
    "who are furloughed because the cost-sharing agreement has lapsed, paying up to 1.5 million won a "
    "month for up to three months. The 2026 budget request is 1.8 billion won: 1.1 billion won for the "
    "transition program and 0.7 billion won for the fund.",
    "",
    "Councillor Choi Hyun-woo: I support the training program. I do not support the fund. When the "
    "agreement lapses, that is the result of negotiations between two national governments. If workers "
    "are sent home, the national government should pay them, as it did in 2020, not a city with one of the "
    "smallest budgets in Gyeonggi Province. Director, is there any lapse in sight?",
    "",
    "Director Kim Soo-bin: The current agreement, the 12th, runs from 2026 to 2030, and its payments rise "
    "with inflation, capped at 5 percent a year. We do not expect a lapse before 2030. The fund is "
    "insurance. If it is not used in a year, the money returns to the general account at the end of the "
    "year; nothing is spent unless workers are furloughed.",
    "",
    "Councillor Seo Ji-yeon: How many residents would the fund cover?",
    "",
    "Division Head Jeon Hye-won: At the full monthly amount, 0.7 billion won covers about 155 workers for "
    "three months. In 2020 the number was 312, so the fund would cover about half of a furlough like that "
    "one. We would ask for a supplementary budget if it happened.",
    "",
    "Councillor Kang Dong-il: I propose an amendment: a sunset clause, so that the ordinance expires on "
    "December 31, 2030, the last day of the current agreement, unless the council extends it.",
    "",
    "Chair Park Mi-seon: Is there any objection to the amendment? (No objection.) The amendment is "
    "adopted. We will now vote on the ordinance as amended.",
    "",
    "(Vote by show of hands: 6 in favor, 1 against. Councillor Choi Hyun-woo voted against.)",
    "",
    "Chair Park Mi-seon: The ordinance as amended is adopted by the committee, 6 to 1, and goes to the "
    "plenary session on September 30, 2025. If the plenary passes it, it takes effect on January 1, 2026.",
    "",
    "(The committee moved to agenda item 4 at 11:05.)",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "credit_opinion_builder_2025.pdf", CREDIT_HEADER, CREDIT_FOOTER,
                paginate(wrap(CREDIT_TEXT, CREDIT_HYPHEN)))
    write_brief(here / "dongducheon_council_minutes_2025.pdf", COUNCIL_HEADER, COUNCIL_FOOTER,
                paginate(wrap(COUNCIL_TEXT, COUNCIL_HYPHEN)))


if __name__ == "__main__":
    main()
