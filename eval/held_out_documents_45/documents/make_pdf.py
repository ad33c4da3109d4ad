"""Make the two PDF documents of this set: daesan_esg_report_sma_2024.pdf (the SMA section of a construction firm's
2024 sustainability report) and kn_employee_handbook_pay_2025.pdf (the pay chapter of a handbook for Korean
employees of U.S. Forces Korea), each with a running header and footer, page numbers, hard-wrapped lines and a word
hyphenated across a line break, as report PDFs have them. The firm, the handbook edition, the people and the figures
marked composed in PROVENANCE.yaml are invented for this evaluation set.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

ESG_HEADER = "Daesan Hanbit E&C | 2024 Sustainability Report | Section 4.3"
ESG_FOOTER = "Daesan Hanbit Engineering & Construction Co., Ltd. (excerpt)"
ESG_HYPHEN = ("excavators", "exca")
ESG_TEXT = [
    "4.3 Building for the Alliance: Our SMA In-Kind Projects",
    "Excerpt from the 2024 Sustainability Report, published June 27, 2025",
    "",
    "About this business",
    "",
    "Under the Special Measures Agreement (SMA), South Korea pays part of the cost of stationing U.S. Forces "
    "Korea. Much of the construction share is provided in kind: the Ministry of National Defense awards "
    "contracts to Korean builders, pays them directly and hands the finished facilities over to U.S. Forces "
    "Korea. We have built SMA projects since 2011. In 2024 we had seven SMA in-kind construction contracts "
    "active at Camp Humphreys, Osan Air Base and Camp Walker, with a combined contract value of 312.4 billion "
    "won. Revenue from these projects was 96.7 billion won, or 14.2 percent of our total revenue of 681.0 "
    "billion won.",
    "",
    "The 12th SMA, in force since November 29, 2024, covers 2026 through 2030. It sets Korea's 2026 "
    "contribution at 1.5192 trillion won and limits the yearly increase from 2027 onward to 5 percent. We "
    "expect a steady rather than a fast-growing pipeline of in-kind projects, and we plan our SMA workforce "
    "on that basis.",
    "",
    "Safety",
    "",
    "Safety on an active military base has two sides: the risks of any building site, and the rules of an "
    "installation where aircraft, vehicles and troops move around our work. Our SMA sites recorded 1.84 "
    "million hours worked in 2024, with a peak of 1,130 workers on site in September. There were no "
    "fatalities on SMA sites in 2024. The lost-time injury frequency rate on our SMA sites, per 200,000 hours "
    "worked, fell from 0.62 in 2023 to 0.41 in 2024. We attribute the improvement mainly to the daily joint "
    "walk-downs with U.S. safety officers that we introduced at Camp Humphreys in March 2024 and extended to "
    "all SMA sites in July. Our target for 2025 is a rate below 0.35.",
    "",
    "Base access",
    "",
    "Every worker on a U.S. installation needs a base access pass, and late passes were our main source of "
    "schedule delay in 2023. By submitting applications in weekly batches and training two pass coordinators "
    "for each site, we cut the average time to obtain a pass from 21 working days in 2023 to 16 working days "
    "in 2024.",
    "",
    "Local economy and suppliers",
    "",
    "In 2024, 57 percent of the workers on our SMA sites lived in the city or county where their site is "
    "located; our target for 2025 is 60 percent. We worked with 64 subcontractors on SMA projects, 81 "
    "percent of them small or medium-sized enterprises, and paid them on average 11 days after they "
    "invoiced us, against our own standard of 15 days.",
    "",
    "Environment",
    "",
    "Greenhouse gas emissions from our SMA sites (Scope 1 and 2) were 4,260 tonnes of CO2 equivalent in "
    "2024. Battery-electric excavators and compact loaders accounted for 18 percent of equipment hours on "
    "SMA sites, up from 6 percent in 2023. Of the construction waste from SMA sites, 92.4 percent was "
    "recycled.",
    "",
    "Assurance",
    "",
    "The safety, workforce and emissions figures in this section were verified by the Korea Sustainability "
    "Assurance Institute under a limited assurance engagement. Revenue figures are taken from our audited "
    "financial statements. Questions about this section may be sent to our sustainability team, led by "
    "Director Hwang Min-seo.",
]

HB_HEADER = "USFK Korean National Employee Handbook | Chapter 6 | Edition 2025-1"
HB_FOOTER = "Korean National Personnel Office, U.S. Forces Korea"
HB_HYPHEN = ("appropriated", "appro")
HB_TEXT = [
    "Chapter 6. Your Pay and the Special Measures Agreement",
    "Edition 2025-1, issued March 3, 2025. Replaces Chapter 6 of Edition 2022-2.",
    "",
    "6.1 Who pays your salary",
    "",
    "You are employed by U.S. Forces Korea, but most of your pay comes from the Republic of Korea. Under the "
    "Special Measures Agreement (SMA), Korea pays part of the cost of stationing U.S. forces in three "
    "categories: labor, construction and logistics support. Your wages and allowances are paid mostly from "
    "the labor cost category, with the remainder coming from U.S. appropriated funds. Today about 8,900 "
    "Korean nationals work for U.S. Forces Korea, supporting about 28,500 U.S. service members.",
    "",
    "6.2 Pay day and pay statements",
    "",
    "Salaries are paid on the 20th of each month by direct deposit. If the 20th falls on a weekend or a "
    "Korean public holiday, pay is deposited on the previous working day. Your pay statement is available "
    "in the employee self-service portal from the 17th. Keep your pay statements for at least three years.",
    "",
    "6.3 Pay adjustments",
    "",
    "Pay rates are adjusted each year with effect from January 1, after consultation with the USFK Korean "
    "Employees Union. Until an adjustment is approved, you continue to be paid at the previous year's rates; "
    "the increase is then paid retroactively in a lump sum, normally within two pay periods of approval.",
    "",
    "6.4 Overtime, night and holiday work",
    "",
    "Overtime must be ordered in advance by your supervisor and is paid at 150 percent of your basic hourly "
    "rate. Work between 22:00 and 06:00 earns a night differential of 50 percent. Work on a Korean public "
    "holiday is paid at 250 percent for the first eight hours.",
    "",
    "6.5 What happens if there is no SMA",
    "",
    "Each SMA has a fixed term. If one expires before the next is in force, Korea's contribution can stop, "
    "and U.S. Forces Korea may not have the money to pay all Korean employees. This happened in 2020. With "
    "no 11th SMA in place, about 4,000 employees, close to half the Korean workforce, were placed on unpaid "
    "leave (furlough) from April 1, 2020. All of them returned to work on June 15, 2020, after about 75 "
    "days. The Korean government then paid the wages of all Korean employees through the end of 2020, more "
    "than $200 million (about 243 billion won), counted toward its eventual SMA contribution.",
    "",
    "The 12th SMA entered into force on November 29, 2024 and covers 2026 through 2030, so no lapse is "
    "expected before the end of 2030. If a lapse ever threatens again, you will receive written notice at "
    "least 60 days before any furlough, and employees in positions designated essential to life, health "
    "and safety will continue to work.",
    "",
    "6.6 Severance pay",
    "",
    "When you leave U.S. Forces Korea you receive severance pay of one month's average pay for each year of "
    "continuous service. An interim settlement of severance pay may be requested once, for reasons such as "
    "buying a first home or paying major medical expenses. Send the request through your supervisor to the "
    "Korean National Personnel Office.",
    "",
    "6.7 Where to get help",
    "",
    "Questions about your pay go to the Pay Inquiry Desk, Building 1800, Room 214, Camp Humphreys, "
    "extension 757-2215, Monday to Friday, 08:00 to 16:30. In Areas I, II and IV, contact your local "
    "personnel office. You may also contact your union representative.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "daesan_esg_report_sma_2024.pdf", ESG_HEADER, ESG_FOOTER,
                paginate(wrap(ESG_TEXT, ESG_HYPHEN)))
    write_brief(here / "kn_employee_handbook_pay_2025.pdf", HB_HEADER, HB_FOOTER,
                paginate(wrap(HB_TEXT, HB_HYPHEN)))


if __name__ == "__main__":
    main()
