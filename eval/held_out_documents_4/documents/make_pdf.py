"""Make the two PDF briefs of this set: in_kind_payments.pdf and gao_in_kind_projects.pdf, each with a
running header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break,
as report PDFs have them. The publishers (Gwanghwamun Fiscal Monitor, Capitol Oversight Notes) and the
authors (Daniel Ryu, Martha Quinn) are invented for this evaluation set; the facts come from the public
reports listed in PROVENANCE.yaml, and each author's closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import write_brief  # noqa: E402

IN_KIND_HEADER = "Gwanghwamun Fiscal Monitor | Brief No. 12 | April 2019"
IN_KIND_FOOTER = "Gwanghwamun Fiscal Monitor, Seoul"
IN_KIND_PAGES = [
    [
        "Paying in Goods, Not Cash: How Korea's SMA Money Is Delivered",
        "by Daniel Ryu",
        "",
        "When a new cost-sharing deal is signed, the headline number is",
        "a single sum in won. Far less of that sum changes hands as cash",
        "than the headline suggests. Under the Special Measures Agreement,",
        "South Korea's money goes into three categories, and each one is",
        "delivered in its own way.",
        "",
        "Labor costs are the part that stays in cash. All of the labor",
        "cost share is paid to the Korean citizens who work for U.S.",
        "Forces Korea, according to the Ministry of National Defense.",
        "",
        "Construction is mostly delivered in kind. Domestic contractors",
        "build barracks and other base facilities, and only the design",
        "and construction oversight costs, 12 percent of the construction",
        "share, are paid out in cash; the other 88 percent arrives as",
        "finished facilities. Logistics cost sharing is delivered entire-",
        "ly in kind: ammunition storage, aircraft maintenance, railroad",
        "transportation and vehicle support are provided as goods and",
        "services rather than as money.",
    ],
    [
        "The 2018 split",
        "",
        "The ministry's figures for 2018, the last year of the ninth SMA,",
        "show how the 960.2 billion won total was divided. Construction",
        "took the largest share, 444.2 billion won. Labor costs came to",
        "371 billion won, and logistics support to 145 billion won.",
        "",
        "How the change came about",
        "",
        "The move away from cash was negotiated in 2008, during the talks",
        "on the eighth agreement. An official of the Ministry of Foreign",
        "Affairs and Trade said at the time that by 2011 Korea's payments",
        "for construction would be made in goods and services, while the",
        "cost of Korean labor would still be paid in cash. The same",
        "official said the money could not be used to build entertainment",
        "facilities for American troops. Building facilities instead of",
        "handing over cash was presented in Seoul as a way to make the",
        "American use of Korean taxpayers' money more transparent.",
    ],
    [
        "Under the 2009-2013 agreement, labor cost sharing made up about",
        "40 percent of the payments, logistics roughly 20 percent and",
        "construction the remaining 40 percent, according to a January",
        "2014 analysis by the Peterson Institute for International",
        "Economics. The two in-kind categories were provided mostly",
        "through contracts let by the South Korean government.",
        "",
        "In the author's view, the in-kind system is the least under-",
        "stood feature of the SMA. Critics who picture a check written",
        "to the Pentagon each year miss that most of the money is spent",
        "in Korea, on Korean contractors, under Korean contracts. The",
        "author argues that the next round of talks should publish the",
        "project lists behind the construction share, so that the public",
        "can see what the in-kind money actually builds.",
    ],
]

GAO_HEADER = "Capitol Oversight Notes | Issue 31 | October 2015"
GAO_FOOTER = "Capitol Oversight Notes, Washington"
GAO_PAGES = [
    [
        "What GAO Counted: Allies' In-Kind Construction for U.S. Bases",
        "by Martha Quinn",
        "",
        "Not every new barracks or hangar the Pentagon uses abroad is",
        "paid for by American taxpayers. For more than 20 years the",
        "Department of Defense has accepted facilities that host nations",
        "build or renovate for it, either as host-nation support or in",
        "exchange for goods, services or real property it provides. On",
        "September 9, 2015, the Government Accountability Office released",
        "its latest count of these in-kind projects, report GAO-15-649.",
        "",
        "The review was required by a provision of the National Defense",
        "Authorization Act for Fiscal Year 2013. The department manages",
        "a global real-property portfolio of more than 555,000 facilities,",
        "and in-kind payments are one way it keeps that portfolio up",
        "without spending appropriated funds.",
    ],
    [
        "The count for fiscal 2013",
        "",
        "The department reported 137 in-kind construction or renovation",
        "projects started during fiscal year 2013, in four countries,",
        "worth about $1.8 billion in all. Korea dominated the list. Its",
        "31 projects carried a reported estimated value of $1,574,237,730,",
        "and the most common purpose among them was operations and train-",
        "ing, the purpose of 14 of the projects.",
        "",
        "Japan had more projects, 74, but a far smaller reported value of",
        "$264,050,000; utility and ground improvements were the most",
        "common purpose there. Germany had 3 projects worth $20,722,423,",
        "and the United States had 29 projects worth $18,628,469.",
    ],
    [
        "A caveat on the numbers",
        "",
        "GAO warned that the Korea and Japan subtotals, and so the total",
        "for the department, are of undetermined reliability. Supporting",
        "documents were not readily available in English, and according",
        "to defense officials the governments of Korea and Japan were not",
        "required to disclose to the United States the costs they bore.",
        "",
        "GAO made no recommendations in the report. An earlier report in",
        "the same series, GAO-14-280R, released on April 9, 2014, covered",
        "in-kind projects initiated during fiscal years 2011 and 2012.",
        "",
        "In the author's view, the Korea figure is the one that matters:",
        "whatever the headline sum in a cost-sharing deal, the buildings",
        "Seoul puts up are what the Pentagon actually sees on the ground,",
        "and Congress should ask for them to be counted every year.",
    ],
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "in_kind_payments.pdf", IN_KIND_HEADER, IN_KIND_FOOTER, IN_KIND_PAGES)
    write_brief(here / "gao_in_kind_projects.pdf", GAO_HEADER, GAO_FOOTER, GAO_PAGES)


if __name__ == "__main__":
    main()
