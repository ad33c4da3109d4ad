"""Make the two PDF documents of this set: sma_chartbook_2025.pdf and assembly_budget_minutes_2021.pdf, each with a
running header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs
have them. The publishers (Han River Policy Institute, Assembly Record Translation Service), the authors (Jang
Hyun-soo, Ellen Marsh) and every lawmaker and official named in the minutes are invented for this evaluation set;
which facts come from the public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

CHART_HEADER = "Han River Policy Institute | SMA Chart Book 2025 | June 2025"
CHART_FOOTER = "Han River Policy Institute, Seoul"
CHART_HYPHEN = ("reproduced", "repro")
CHART_TEXT = [
    "SMA Chart Book 2025: Where South Korea's Cost-Sharing Money Goes",
    "by Jang Hyun-soo and Ellen Marsh",
    "",
    "This chart book collects in one place the numbers we are asked for most often about the Special Measures "
    "Agreement (SMA), under which South Korea pays part of the cost of stationing U.S. Forces Korea (USFK). The "
    "charts in the printed edition are reproduced here as tables. All amounts are in billions of Korean won unless "
    "stated otherwise. Annual totals are the amounts set by each agreement; the split among the three cost "
    "categories is our compilation of Ministry of National Defense budget documents and may differ slightly from "
    "what USFK reports as executed.",
    "",
    "Chart 1. Korea's SMA payment by year (billion won)",
    "",
    "2014 | 920.0 | 9th SMA",
    "2015 | 932.0 | 9th SMA",
    "2016 | 944.1 | 9th SMA",
    "2017 | 950.7 | 9th SMA",
    "2018 | 960.2 | 9th SMA",
    "2019 | 1,038.9 | 10th SMA",
    "2020 | 1,038.9 | 11th SMA (frozen at 2019 level)",
    "2021 | 1,183.3 | 11th SMA",
    "2022 | 1,247.2 | 11th SMA",
    "2023 | 1,289.6 | 11th SMA",
    "2024 | 1,346.3 | 11th SMA",
    "2025 | 1,402.8 | 11th SMA",
    "2026 | 1,519.2 | 12th SMA",
    "",
    "Over the twelve years from 2014 to 2026 the payment rose by about 65 percent. The steepest single step was "
    "2021, when the 11th SMA added 13.9 percent in one year.",
    "",
    "Chart 2. Split by cost category, odd years (billion won)",
    "",
    "Year | Labor | Construction | Logistics | Total",
    "2015 | 360.2 | 434.3 | 137.5 | 932.0",
    "2017 | 384.6 | 425.6 | 140.5 | 950.7",
    "2019 | 436.2 | 460.1 | 142.6 | 1,038.9",
    "2021 | 525.8 | 511.5 | 146.0 | 1,183.3",
    "2023 | 588.4 | 551.7 | 149.5 | 1,289.6",
    "",
    "Labor costs, the wages and benefits of Korean employees of USFK, overtook construction as the largest "
    "category in 2021, the first year in which the 11th SMA's rule that Korea pay at least 87 percent of those "
    "costs applied in full. Construction, most of it delivered in kind through contracts let by the defense "
    "ministry to Korean firms, was the largest category in every earlier year shown. Logistics support, which "
    "covers items such as ammunition storage, transport and maintenance services, has stayed almost flat.",
    "",
    "Chart 3. Korean workforce and Korea's share of its labor costs",
    "",
    "Year | Korean employees (year-end) | Korea's share",
    "2015 | 8,700 | 70.8%",
    "2017 | 8,750 | 72.1%",
    "2019 | 8,640 | 74.6%",
    "2021 | 8,800 | 87.0%",
    "2023 | 8,880 | 87.4%",
    "",
    "The jump in Korea's share between 2019 and 2021 is the 87 percent floor at work. The number of employees "
    "has hardly changed in a decade; what has changed is who pays for them.",
    "",
    "Chart 4. Payment per U.S. service member (million won)",
    "",
    "Based on about 28,500 U.S. troops in Korea in every year.",
    "2019 | 36.5",
    "2021 | 41.5",
    "2024 | 47.2",
    "2026 | 53.3",
    "",
    "Chart 5. How the yearly increase is set",
    "",
    "9th SMA (2015-2018): consumer prices of two years earlier, capped at 4 percent.",
    "10th SMA (2019): one-year agreement, no escalator.",
    "11th SMA (2022-2025): growth of Korea's defense budget of the previous year, no cap.",
    "12th SMA (2027-2030): consumer prices of two years earlier, capped at 5 percent.",
    "",
    "What the charts do not show",
    "",
    "The SMA is only the cash and in-kind part of Korea's support. Land provided free of rent, waived taxes and "
    "utility charges, KATUSA soldiers and the cost of relocating bases to Pyeongtaek are outside it. Readers who "
    "compare the SMA total with a U.S. demand for $5 billion or $10 billion a year should keep in mind that the "
    "two numbers rarely measure the same thing.",
]

MIN_HEADER = "National Defense Committee | Budget Subcommittee | Nov. 10, 2021 | Unofficial translation"
MIN_FOOTER = "Assembly Record Translation Service, Seoul (excerpt)"
MIN_HYPHEN = ("government", "govern")
MIN_TEXT = [
    "National Assembly of the Republic of Korea",
    "National Defense Committee, Budget and Settlement Review Subcommittee",
    "Minutes of the Second Meeting (excerpt), Wed., Nov. 10, 2021",
    "",
    "Venue: Room 514, Main Building, National Assembly. Opened 2:07 p.m. Members present: Rep. Han Jae-won "
    "(chair), Rep. Seo Yoon-kyung, Rep. Gil Tae-ho, Rep. Nam Ki-cheol and three others. From the government: Koo "
    "Sang-hoon, Deputy Minister for Resource Management, Ministry of National Defense, and Lim Da-som, director "
    "of the ministry's defense cost-sharing division. Also present: Baek Jong-min, senior expert adviser to the "
    "committee. Items not related to the SMA are omitted.",
    "",
    "Item 4. FY2022 budget, Ministry of National Defense: defense cost-sharing for U.S. Forces Korea",
    "",
    "CHAIR HAN: We now take up item 4, the appropriation for defense cost-sharing under the 11th Special "
    "Measures Agreement. The government requests 1,247.2 billion won for 2022, an increase of 63.9 billion won, "
    "or 5.4 percent, over this year's 1,183.3 billion won. The senior expert adviser will report first.",
    "",
    "ADVISER BAEK: The 5.4 percent increase is the growth of our 2021 defense budget, as the agreement requires. "
    "By category the request is 565.1 billion won for labor costs, 536.6 billion won for construction and 145.5 "
    "billion won for logistics support. Of the construction amount, 64.4 billion won is cash for design and "
    "supervision and the rest is in kind. I would draw the subcommittee's attention to three points. First, "
    "execution of in-kind construction was weak: only 63.8 percent of the 2020 in-kind budget was executed, and "
    "187.3 billion won was carried over into 2021. Second, USFK held 279.4 billion won in unexecuted cash at the "
    "end of 2020. Third, the labor-cost request assumes that Korean employees' total labor costs rise by 4.9 "
    "percent in 2022 and that Korea pays 87 percent of them, the minimum under the agreement.",
    "",
    "REP. GIL: With execution at 63.8 percent, I do not see why we should hand over the full construction "
    "amount. I propose cutting 30 billion won from in-kind construction and restoring it when the ministry shows "
    "the projects are ready.",
    "",
    "DEPUTY MINISTER KOO: I understand the concern, but the amount is fixed by a treaty to which this Assembly "
    "consented on August 31. If we appropriate less than the agreed amount, Korea would be in breach of the "
    "agreement. On execution, the 2020 figure reflects the year in which no agreement was in force until the "
    "spring of 2021; we expect the 2021 rate to reach 78 percent.",
    "",
    "REP. SEO: How much of the 279.4 billion won in unexecuted cash is left over from before the 11th SMA, and "
    "does USFK earn interest on it?",
    "",
    "DIRECTOR LIM: About 116 billion won of it dates from the 9th and 10th SMAs. Since 2014 the cash has been "
    "kept in accounts that do not earn interest, and USFK reports the balance to us twice a year.",
    "",
    "REP. NAM: How many Korean workers does the labor-cost line pay for?",
    "",
    "DIRECTOR LIM: About 8,800 at the end of this year. The line covers their wages, allowances and severance "
    "accruals, at Korea's share of 87 percent.",
    "",
    "REP. GIL: Then I withdraw the cut, but I want it on the record that the ministry must do better.",
    "",
    "CHAIR HAN: The subcommittee will approve the appropriation as requested, with a supplementary opinion that "
    "the Ministry of National Defense report to the committee by June 30, 2022 on the execution of in-kind "
    "construction and on USFK's unexecuted cash balance, including the part left over from earlier agreements. "
    "Are there any objections? There being none, it is so decided.",
    "",
    "(The subcommittee adjourned at 4:52 p.m.)",
    "",
    "Translator's note: This is an unofficial English rendering of the Korean minutes. Amounts are as stated in "
    "the meeting; the committee's final report may round them differently.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "sma_chartbook_2025.pdf", CHART_HEADER, CHART_FOOTER,
                paginate(wrap(CHART_TEXT, CHART_HYPHEN)))
    write_brief(here / "assembly_budget_minutes_2021.pdf", MIN_HEADER, MIN_FOOTER,
                paginate(wrap(MIN_TEXT, MIN_HYPHEN)))


if __name__ == "__main__":
    main()
