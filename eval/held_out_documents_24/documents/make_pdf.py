"""Make the two PDF documents of this set: sma_categories_budget_analysis_2024.pdf and
sma_disclosure_ruling_2023.pdf, each with a running header and footer, page numbers, hard-wrapped lines and a word
hyphenated across a line break, as report PDFs have them. The publishers (Assembly Fiscal Analysis Service, Korea
Public Law Watch), the authors (Park Min-seo, Yoo Ji-hoon), the court case and every party to it are invented for
this evaluation set; which facts come from the public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

BUD_HEADER = "Assembly Fiscal Analysis Service | Issue Paper 2024-17 | August 2024"
BUD_FOOTER = "Assembly Fiscal Analysis Service, Seoul"
BUD_HYPHEN = ("transportation", "transpor")
BUD_TEXT = [
    "Where the Cost-Sharing Money Goes: SMA Allocations by Category, 2019-2023",
    "by Park Min-seo, Defense and Diplomacy Budget Team",
    "",
    "This issue paper looks at how South Korea's payments under the Special Measures Agreement (SMA) were "
    "divided among the agreement's three categories, labor, construction and logistics, in the five years from "
    "2019 to 2023, and how much of each year's money was actually paid out. It draws on the Ministry of National "
    "Defense's settlement statements, which the ministry submits to the National Assembly each June, and on the "
    "execution reports U.S. Forces Korea (USFK) delivers to the ministry under the SMA's reporting rules.",
    "",
    "The totals",
    "",
    "The annual payment rose from 1.0389 trillion won in 2019, the single year of the 10th SMA, to 1.2896 "
    "trillion won in 2023, the fourth year of the 11th SMA. The 2020 payment stayed at the 2019 level because "
    "the 11th SMA, signed only on April 8, 2021, applied to 2020 retroactively. The 2021 payment rose 13.9 "
    "percent; from 2022 each year followed the growth of Korea's defense budget.",
    "",
    "Allocation by category (billion won)",
    "Year    Labor    Construction    Logistics    Total",
    "2019    491.9    389.6           157.4        1,038.9",
    "2020    513.6    373.2           152.1        1,038.9",
    "2021    606.4    420.5           156.4        1,183.3",
    "2022    643.8    443.1           160.3        1,247.2",
    "2023    671.2    452.9           165.5        1,289.6",
    "",
    "Labor",
    "",
    "Labor, meaning the wages of the Korean employees of USFK, was the largest category in every year and the "
    "fastest growing. Its allocation rose from 491.9 billion won in 2019 to 671.2 billion won in 2023, and its "
    "share of the total from 47.3 percent to 52.0 percent. Two things drove the rise. The 11th SMA requires "
    "Korea's payment to cover at least 87 percent of USFK's labor cost for Korean employees, up from about 75 "
    "percent in earlier practice, and the Korean workforce received a wage increase every year. In 2023 the "
    "SMA labor allocation covered 88.6 percent of the labor cost of about 8,500 Korean employees, above the "
    "floor. The 2020 figure of 513.6 billion won includes the wages Seoul paid from June 2020 for Korean "
    "employees under the special act passed that year, which were later counted against the SMA.",
    "",
    "Construction",
    "",
    "Construction rose from 389.6 billion won to 452.9 billion won over the period, but it is the category in "
    "which money is most often left unspent. Because most construction is provided in kind, with the defense "
    "ministry contracting Korean firms, money is allocated in the year a project is approved but paid out "
    "over the life of the contract. The execution rate of the category, the share of a year's allocation paid "
    "out by December 31, was 64.2 percent in 2019, 58.9 percent in 2020, 66.7 percent in 2021, 69.5 percent in "
    "2022 and 71.8 percent in 2023. At the end of 2023 the carried-over construction balance stood at 412.7 "
    "billion won, spread over 44 projects, the oldest of them approved in 2017. Of the 2023 construction "
    "allocation, 400.4 billion won, or 88.4 percent, was provided in kind, and 52.5 billion won was paid to USFK "
    "in cash for design and construction supervision.",
    "",
    "Logistics",
    "",
    "Logistics support, the smallest category, barely moved: 157.4 billion won in 2019 and 165.5 billion won in "
    "2023. It is provided entirely in kind, through contracts the defense ministry signs with Korean companies. "
    "In 2023 it paid for the maintenance of vehicles and aircraft (58.7 billion won), transportation and "
    "storage (47.3 billion won), ammunition storage (31.9 billion won) and other services such as facility "
    "upkeep (27.6 billion won). The 2020 dip to 152.1 billion won reflects contracts deferred while no "
    "agreement was in force from January 2020 until the 11th SMA was signed.",
    "",
    "Findings",
    "",
    "First, the labor share will keep rising. Wages of USFK's Korean employees have grown faster than "
    "consumer prices, and the 12th SMA, which takes effect in 2026 with a payment of 1.5192 trillion won, ties "
    "later increases to inflation with a cap of 5 percent. We estimate that labor will pass 55 percent of the "
    "total by 2027. Second, the gap between allocation and execution in construction means that each year's "
    "headline payment overstates what is actually spent in that year. Third, the ministry's statements give "
    "category totals for logistics but no contract-level data, so the Assembly cannot tell which services the "
    "money bought beyond the four headings above.",
    "",
    "Recommendations",
    "",
    "The National Defense Committee should require the ministry to attach to each settlement statement a "
    "table of construction projects with approval year, contract value and amount paid; to report "
    "carried-over balances every quarter rather than once a year; and to list logistics contracts above 1 "
    "billion won by contractor and service.",
]

DIS_HEADER = "Korea Public Law Watch | Case Note No. 31 | May 2023"
DIS_FOOTER = "Korea Public Law Watch, Seoul"
DIS_HYPHEN = ("settlement", "settle")
DIS_TEXT = [
    "Court Orders Partial Disclosure of SMA Balance Records",
    "by Yoo Ji-hoon, attorney",
    "",
    "On February 9, 2023, the 11th Administrative Division of the Seoul Administrative Court, presided over by "
    "Judge Kang Hyun-woo, ruled partly in favor of the Citizens' Network for Alliance Budget Transparency in "
    "its suit against the Minister of Foreign Affairs (case 2022Guhap61874). The court ordered the ministry to "
    "release the year-end balances of unexecuted cash from the Special Measures Agreement (SMA) held by U.S. "
    "Forces Korea for 2014 through 2021, together with the interest that cash earned, but it upheld the "
    "ministry's refusal to release the minutes of the SMA Joint Committee.",
    "",
    "Background",
    "",
    "The network, a coalition of 14 civic groups formed in 2019 during the 11th SMA talks, filed a disclosure "
    "request on March 3, 2022 for three sets of records: USFK's semiannual reports of unexecuted SMA cash, the "
    "statements of interest earned on that cash, and the minutes of the Joint Committee meetings held from "
    "2014 to 2021. The ministry refused the whole request on March 24, 2022, citing Article 9(1)2 of the "
    "Official Information Disclosure Act, which lets an agency withhold information whose release could "
    "seriously harm national security, national defense or diplomatic relations. The network's administrative "
    "appeal was dismissed on May 19, 2022, and it filed suit on June 14, 2022.",
    "",
    "The ruling",
    "",
    "On the balances and interest, the court held that the figures are aggregates for all of Korea, that they "
    "reveal no project, location or unit, and that the ministry had already given similar figures to "
    "lawmakers on at least four occasions. The public interest in knowing how much taxpayer money sits unspent "
    "outweighed a risk to diplomatic relations that the ministry had not shown to be concrete. On the minutes, "
    "the court agreed with the ministry: they record the negotiating positions and statements of the U.S. "
    "side, the United States had not consented to their release, and disclosure could damage the trust on "
    "which the committee works. The court also noted that the minutes are not the only record of how the "
    "money is spent, since the settlement statements reach the National Assembly every year. Costs were split, "
    "with the plaintiff bearing 40 percent.",
    "",
    "What was released",
    "",
    "The ministry did not appeal and released the records on April 21, 2023. They show the unexecuted SMA cash "
    "held by USFK at the end of each year, in billion won:",
    "2014: 579.3    2015: 512.8    2016: 466.0    2017: 421.9",
    "2018: 388.2    2019: 354.1    2020: 408.6    2021: 297.4",
    "The balance fell in every year except 2020, when labor-cost money that could not be used during the lapse "
    "of the agreement and the furlough of about 4,000 Korean employees from April 1 to June 15, 2020 stayed "
    "in the account. Interest earned on the cash from 2014 to 2021 came to 6.83 billion won in all; the largest "
    "single year was 2018, with 1.12 billion won. According to the released statements the cash was held in "
    "won at commercial banks in Seoul, and the interest was credited to the SMA account and spent on SMA "
    "purposes, mostly labor costs, rather than sent to the U.S. Treasury.",
    "",
    "Assessment",
    "",
    "The ruling does not open SMA negotiations to the public, and it was never likely to. Its value lies in "
    "the precedent that aggregate execution data are not diplomatic secrets. The network has since filed a "
    "second request, on March 2, 2023, for the list of in-kind construction projects approved each year; the "
    "ministry released a partial list on April 14, 2023 without litigation. Agencies facing similar "
    "requests should now assume that totals, balances and interest will have to be published, and that only "
    "records of what the other government said at the table remain protected.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "sma_categories_budget_analysis_2024.pdf", BUD_HEADER, BUD_FOOTER,
                paginate(wrap(BUD_TEXT, BUD_HYPHEN)))
    write_brief(here / "sma_disclosure_ruling_2023.pdf", DIS_HEADER, DIS_FOOTER,
                paginate(wrap(DIS_TEXT, DIS_HYPHEN)))


if __name__ == "__main__":
    main()
