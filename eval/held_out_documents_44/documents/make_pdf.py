"""Make the two PDF documents of this set: labor_management_council_minutes_2025.pdf (the minutes of a quarterly
labor-management council of Korean employees of U.S. Forces Korea in Area III) and
sma_construction_market_outlook_2026.pdf (a builders' association's market outlook for SMA in-kind construction),
each with a running header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break,
as report PDFs have them. The council's members, the association, its analyst and every figure not listed as real
in PROVENANCE.yaml are invented for this evaluation set.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

COUNCIL_HEADER = "Labor-Management Council, Area III | Minutes, Third Quarter 2025"
COUNCIL_FOOTER = "USFK Korean National Employees Labor-Management Council (English minutes)"
COUNCIL_HYPHEN = ("management", "manage")
COUNCIL_TEXT = [
    "Minutes of the Third-Quarter 2025 Labor-Management Council",
    "U.S. Forces Korea Korean National Employees, Area III",
    "",
    "Meeting held on Wednesday, September 24, 2025, from 14:00 to 16:10 in Conference Room B, Building 2017, "
    "Camp Humphreys. Minutes approved by both co-chairs on October 8, 2025. These English minutes are a "
    "translation; the Korean minutes are the record.",
    "",
    "Attendance",
    "",
    "Labor side (7 members): Bae Yun-hee, chief of the Area III chapter of the Korean Employees Union "
    "(co-chair), and six chapter representatives from fire and emergency services, public works, logistics, "
    "dining facilities, family programs and the motor pool. Management side (7 members): Thomas Keller, "
    "director of the Civilian Personnel Advisory Center (co-chair), and six representatives of the garrison "
    "directorates and the tenant units. Observer: Kwak Do-hyun, labor cost section, Ministry of National "
    "Defense. Interpreter: Seo Ha-eun.",
    "",
    "Item 1. Wage adjustment for 2026",
    "",
    "The labor side proposed a 4.8 percent across-the-board increase in basic pay for 2026, citing "
    "consumer prices and the pay of comparable jobs in Pyeongtaek. The management side said the pay proposal "
    "for 2026 is prepared by the headquarters, not by Area III, and that the council's views would be passed "
    "on. The labor side noted that South Korea's payment under the Special Measures Agreement for 2026 is "
    "1.5192 trillion won, 8.3 percent above 2025, and asked that labor costs receive a fair share of the "
    "increase. The management side took note. Agreed: the management side will give the headquarters' "
    "position on 2026 pay in writing by November 14, 2025.",
    "",
    "Item 2. Staffing and vacancies",
    "",
    "As of August 31, 2025, Area III had 3,412 authorized Korean national positions, of which 3,205 were "
    "filled. The labor side said that vacancies in fire and emergency services and in the dining facilities "
    "were being covered by overtime and that some firefighters had worked six consecutive weekends. The "
    "management side reported 68 recruitment actions open, with an average of 97 days from request to "
    "start date, and said it had asked the headquarters to shorten security screening. Agreed: the "
    "management side will circulate a vacancy report by directorate every month, starting in October.",
    "",
    "Item 3. Overtime",
    "",
    "Korean employees in Area III worked 41,600 hours of overtime in the second quarter of 2025 (April to "
    "June), against 35,200 hours in the second quarter of 2024. The labor side asked that overtime be "
    "shared by rota rather than offered to the same volunteers. Agreed: each directorate will post its "
    "overtime rota on its notice board.",
    "",
    "Item 4. Summer heat",
    "",
    "There were 14 heat-stress cases among Korean employees in July and August 2025, against 22 in the same "
    "months of 2024, none needing hospital admission. Both sides credited the work-rest cycles introduced "
    "in June at a heat index of 32 degrees Celsius and the shaded rest areas at the motor pool. Agreed: the "
    "work-rest rule will be kept for 2026 and reviewed at the second-quarter meeting.",
    "",
    "Item 5. Furlough preparedness",
    "",
    "The labor side asked for a written assurance that there would be no furlough of Korean employees in "
    "2026, saying that members had been worried by statements in the United States in July. The management "
    "side said that the 12th Special Measures Agreement is in force and covers the years 2026 through 2030, "
    "and that it had no plan for any furlough. It recalled that about 4,000 Korean employees across U.S. "
    "Forces Korea had been furloughed from April 1 to June 15, 2020, when no agreement was in force, and "
    "said that situation did not apply now. The labor side asked that the lessons drawn from 2020 be shared "
    "with the council. Agreed: the management side will brief the council on them at the next meeting.",
    "",
    "Any other business",
    "",
    "The labor side asked for a second shuttle bus between the Building 2017 area and the motor pool during "
    "the morning shift change. The management side will check the bus schedule and reply in writing.",
    "",
    "Next meeting",
    "",
    "The fourth-quarter council will meet on Wednesday, December 10, 2025, at 14:00 in the same room.",
    "",
    "Signed: Bae Yun-hee, co-chair (labor side); Thomas Keller, co-chair (management side).",
]

OUTLOOK_HEADER = "Korea Defense Construction Association | Market Outlook 2026 | January 2026"
OUTLOOK_FOOTER = "Korea Defense Construction Association, Research Team, Seoul"
OUTLOOK_HYPHEN = ("procurement", "procure")
OUTLOOK_TEXT = [
    "Market Outlook 2026: SMA In-Kind Construction",
    "Research Team, Korea Defense Construction Association. Published January 22, 2026.",
    "Author: Jeon Hyo-rin, senior analyst.",
    "",
    "Summary",
    "",
    "South Korea provides most of the construction it funds under the Special Measures Agreement (SMA) in "
    "kind: the government contracts Korean firms to build facilities on U.S. installations and hands them "
    "over to U.S. Forces Korea. For our member firms this is a market of its own, with its own rules on "
    "eligibility, base access and design. In 2025 the market held steady; in 2026 we expect slightly fewer "
    "but larger projects, with most of the value concentrated in Pyeongtaek.",
    "",
    "The money behind the market",
    "",
    "South Korea's payment under the 12th SMA for 2026 is 1.5192 trillion won, 8.3 percent above the 2025 "
    "payment of 1.4028 trillion won. From 2027 to 2030 the payment will rise with consumer price inflation, "
    "with the yearly rise capped at 5 percent. Construction is one of the three cost categories, with the "
    "wages of Korean employees and logistics support; the share that goes to construction is set each year "
    "and is not fixed by the agreement.",
    "",
    "2025 in review",
    "",
    "In 2025, 38 SMA in-kind construction contracts were awarded, worth 612.4 billion won in total. Each "
    "contract drew an average of 4.3 bids, down from 5.1 in 2024, as several mid-sized firms stayed away "
    "after a year of delay claims. The average winning bid was 88.1 percent of the estimated price. Member "
    "firms won 29 of the 38 contracts.",
    "",
    "2026 pipeline by region",
    "",
    "Region (installations): projects expected; estimated value",
    "Pyeongtaek (Camp Humphreys, Osan Air Base): 19 projects; 402 billion won",
    "Daegu and Gyeongbuk (Camp Walker, Camp Henry, Camp Carroll): 8 projects; 141 billion won",
    "Gunsan (Kunsan Air Base): 4 projects; 78 billion won",
    "Other (Chinhae, Pohang): 2 projects; 34 billion won",
    "Total: 33 projects; 655 billion won",
    "",
    "The figures are our estimates from the ministry's published procurement plan and from site briefings, "
    "not official numbers. The largest single project we expect is a battalion headquarters and barracks "
    "complex at Camp Humphreys estimated at 61 billion won.",
    "",
    "Risks for bidders",
    "",
    "Base access passes. Waits for U.S. Forces Korea base access passes averaged 19 working days in 2025, "
    "up from 14 in 2024. Apply early and budget for idle days.",
    "",
    "Materials. Rebar prices in the fourth quarter of 2025 were 6 percent higher than a year earlier. Most "
    "SMA in-kind contracts are fixed-price, lump-sum contracts, so the risk sits with the builder.",
    "",
    "Labor. Skilled trades are short in Pyeongtaek, where several large private plants are also being built. "
    "Members report paying a premium of 8 to 12 percent for electricians and welders.",
    "",
    "Delay damages. Projects finished late are charged delay damages by the day. Schedule risk on an active "
    "installation, including flying schedules and security stand-downs, should be priced into the bid.",
    "",
    "Member survey",
    "",
    "In our December 2025 survey, 57 member firms answered. Of them, 35 percent plan to bid on more SMA "
    "in-kind projects in 2026 than in 2025, 44 percent on about the same number and 21 percent on fewer. "
    "The most cited obstacle was base access passes (61 percent), followed by design changes after award "
    "(48 percent).",
    "",
    "Our advice",
    "",
    "Form joint ventures for the large Pyeongtaek projects; build relationships with subcontractors near "
    "each installation before the bid; and read the design documents, which are usually in English, with a "
    "qualified reviewer before pricing.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "labor_management_council_minutes_2025.pdf", COUNCIL_HEADER, COUNCIL_FOOTER,
                paginate(wrap(COUNCIL_TEXT, COUNCIL_HYPHEN)))
    write_brief(here / "sma_construction_market_outlook_2026.pdf", OUTLOOK_HEADER, OUTLOOK_FOOTER,
                paginate(wrap(OUTLOOK_TEXT, OUTLOOK_HYPHEN)))


if __name__ == "__main__":
    main()
