"""Make the two PDF papers of this set: sma_dollar_value_2014_2025.pdf and sma_logistics_working_paper.pdf, each
with a running header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as
report PDFs have them. The publishers (Yeouido Fiscal Research, Gyeryong Institute for Alliance Studies) and the
authors (Nam Gyu-ri; Seo Ji-hoon and Ellen Marsh) are invented for this evaluation set; which facts come from the
public record and which are composed is listed in PROVENANCE.yaml, and each author's closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

USD_HEADER = "Yeouido Fiscal Research | Currency Note No. 14 | April 2025"
USD_FOOTER = "Yeouido Fiscal Research, Seoul"
USD_HYPHEN = ("escalator", "esca")
USD_TABLE = [
    "Year   Payment (bn won)   Avg rate (won/$)   Dollar value ($m)",
    "2014        920.0             1,053.2              873.5",
    "2015        932.0             1,131.5              823.7",
    "2016        944.1             1,160.5              813.5",
    "2017        950.7             1,130.8              840.7",
    "2018        960.2             1,100.3              872.7",
    "2019      1,038.9             1,165.7              891.2",
    "2020      1,038.9             1,180.1              880.3",
    "2021      1,183.3             1,144.4            1,034.0",
    "2022      1,247.2             1,291.9              965.4",
    "2023      1,289.6             1,305.4              987.9",
    "2024      1,346.3             1,364.0              987.0",
    "2025      1,402.8             1,453.0 (Q1)         965.5",
]
USD_TEXT = [
    "What the SMA Is Worth in Dollars: Korea's Payments at Yearly Average Exchange Rates, 2014-2025",
    "by Nam Gyu-ri",
    "",
    "South Korea's payments under the Special Measures Agreement (SMA) have been set in won since the 2000s. "
    "Seoul budgets them in won, pays Korean contractors and Korean employees in won, and reports them in won. "
    "The debate in Washington, however, runs in dollars, and a president who asks for ten billion dollars is "
    "comparing his number with a won figure converted at whatever rate the reporter used that day. This note "
    "converts every payment since 2014 at a single, consistent rate: the average won-dollar rate of each "
    "calendar year.",
    "",
    "Method",
    "",
    "Payments are the amounts set for each year under the 9th, 10th and 11th SMAs. Exchange rates are annual "
    "averages of the daily won-dollar rate, rounded to one decimal place. For 2025 we use the average of the "
    "first quarter, 1,453.0 won to the dollar, because the year is not over; the 2025 dollar value will move "
    "with the rate. Dollar values are payments divided by the rate, in millions of dollars.",
    "",
    "Table 1. SMA payments in won and in dollars",
    "",
] + USD_TABLE + [
    "",
    "Sources: payment amounts as set under each SMA; exchange rates are yearly averages computed by the author.",
    "",
    "What the table shows",
    "",
    "First, the won amount rose in every year except 2020, when the 11th SMA kept the payment at the 2019 "
    "level, but the dollar value did not rise with it. From 2014 to 2025 the payment grew by about 52 percent in "
    "won and by only about 11 percent in dollars, because the won lost value against the dollar over the same "
    "period.",
    "",
    "Second, the dollar peak was 2021, not 2025. The 13.9 percent rise in 2021 came in a year when the won was "
    "relatively strong, and 2021 is the only year in the table in which the payment exceeded one billion "
    "dollars.",
    "",
    "Third, 2022 is the clearest case of the two currencies telling different stories. The payment rose 5.4 "
    "percent in won, matching Korea's 2021 defense budget growth under the 11th SMA's escalator, yet its "
    "dollar value fell because the average rate jumped from 1,144.4 to 1,291.9 won.",
    "",
    "Looking ahead",
    "",
    "South Korea's 2026 payment, the first under the 12th SMA, is 1.5192 trillion won. At an assumed rate of "
    "1,450 won to the dollar it would be worth about $1,047.7 million, just above the 2021 peak; at 1,550 won "
    "it would be worth about $980.1 million, below it. From 2027 the payment rises with Korean consumer prices, "
    "capped at 5 percent a year, so a weak won can erase the whole of a year's increase in dollar terms.",
    "",
    "Who bears the currency risk",
    "",
    "Because the SMA is fixed in won and spent mostly in won, the currency risk falls largely on the U.S. side "
    "only where USFK turns won into dollar-denominated spending. For the Korean labor budget, which is paid in "
    "won, a depreciation of the won changes nothing for the employees and little for USFK. It changes the "
    "headline, which is where the argument is held.",
    "",
    "The author's view",
    "",
    "Anyone quoting the SMA in dollars should say which rate they used. A single yearly average, published "
    "with the figure, would take one avoidable dispute out of a negotiation that has enough of them.",
]

LOG_HEADER = "Gyeryong Institute for Alliance Studies | Working Paper 25-03 | June 2025"
LOG_FOOTER = "Gyeryong Institute for Alliance Studies, Daejeon. Working paper: do not cite without permission."
LOG_HYPHEN = ("maintenance", "main")
LOG_TEXT = [
    "The Forgotten Third: Logistics Support under the Special Measures Agreement",
    "by Seo Ji-hoon and Ellen Marsh",
    "",
    "Abstract. Debate over the Special Measures Agreement (SMA) concentrates on two of its three cost "
    "categories: the wages of Korean employees of U.S. Forces Korea (USFK) and military construction. The third, "
    "logistics support, receives almost no attention. Using the 2023 allocation, this paper describes what the "
    "logistics category buys, how it is delivered and what it costs compared with similar U.S.-funded "
    "contracts.",
    "",
    "1. The three categories",
    "",
    "Since 1991 South Korea's SMA payment has been divided among labor costs, military construction and "
    "logistics support. Labor and construction together take most of the money, and most of the political "
    "argument: labor because Korean jobs are at stake, construction because of disputes over unexecuted "
    "balances. Logistics support is the smallest category, and the least studied.",
    "",
    "2. What logistics support bought in 2023",
    "",
    "Of South Korea's 2023 payment of 1,289.6 billion won, logistics support received 198.8 billion won, about "
    "15.4 percent. It was divided among five activities:",
    "",
    "- ammunition storage and maintenance: 61.2 billion won",
    "- equipment and vehicle maintenance: 44.7 billion won",
    "- transportation (rail, road and port handling): 38.5 billion won",
    "- facility maintenance and repair: 29.1 billion won",
    "- supplies and services: 25.3 billion won",
    "",
    "The ammunition line is the largest because Korea stores and maintains U.S. munitions at depots it "
    "operates, and the price of that work is set per storage unit rather than per item.",
    "",
    "3. How it is delivered",
    "",
    "Logistics support is provided almost entirely in kind. The Ministry of National Defense contracts Korean "
    "companies to do the work and pays them directly; USFK certifies the work but handles no cash. In 2023 the "
    "category was delivered through 27 contracts. The largest was a five-year ammunition storage and "
    "maintenance contract awarded in 2021 to Hanbit Ordnance Services, worth 287.5 billion won over its term. "
    "The smallest was a 0.9 billion won contract for port handling at Gunsan.",
    "",
    "4. What it costs",
    "",
    "We compared the unit costs of nine in-kind logistics contracts with U.S.-funded contracts for similar work "
    "at U.S. installations in Japan. The Korean in-kind contracts were on average 18 percent cheaper per unit "
    "of work. Part of the difference is wages; part is that the Korean contracts are long and stable, which "
    "lets firms invest in equipment.",
    "",
    "5. Findings",
    "",
    "Logistics support is the category in which the SMA works most as designed: the money stays in Korea, "
    "the work is done by Korean firms, and there are no unexecuted balances to argue about, because the "
    "contracts are paid as the work is certified. It is also the category most exposed to being squeezed: "
    "when negotiators need room for labor costs, logistics is where they find it.",
    "",
    "6. Recommendation",
    "",
    "Both governments should publish the logistics contract list each year, with contract values and "
    "suppliers, as they are beginning to do for construction. The authors' view is that transparency would "
    "show the logistics category to be the alliance's best bargain rather than its forgotten third.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "sma_dollar_value_2014_2025.pdf", USD_HEADER, USD_FOOTER,
                paginate(wrap(USD_TEXT, USD_HYPHEN)))
    write_brief(here / "sma_logistics_working_paper.pdf", LOG_HEADER, LOG_FOOTER,
                paginate(wrap(LOG_TEXT, LOG_HYPHEN)))


if __name__ == "__main__":
    main()
