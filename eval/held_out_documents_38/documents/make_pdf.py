"""Make the two PDF documents of this set: sma_buildings_energy_review_2024.pdf (a research institute's review of
the energy use of buildings delivered in kind under the Special Measures Agreement) and
camp_walker_wage_arrears_decision_2025.pdf (a grievance commission's decision on unpaid wages under an SMA logistics
support contract), each with a running header and footer, page numbers, hard-wrapped lines and a word hyphenated
across a line break, as report PDFs have them. The issuers (Korea Institute of Facility Energy, Public Grievance
Commission), the people, the firms and the cases are invented for this evaluation set; which facts come from the
public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

ENERGY_HEADER = "Korea Institute of Facility Energy | Report KIFE-2024-42 | November 2024"
ENERGY_FOOTER = "Korea Institute of Facility Energy, Sejong (English summary)"
ENERGY_HYPHEN = ("commissioning", "commis")
ENERGY_TEXT = [
    "Energy Performance of Buildings Delivered In Kind under the Special Measures Agreement: "
    "A Review of 24 Facilities, 2021-2023",
    "English summary of Report KIFE-2024-42, issued November 22, 2024",
    "Lead author: Dr. Moon Ga-young, with a team of five researchers",
    "",
    "Why we did this review",
    "",
    "Construction is one of the three cost categories of the Special Measures Agreement (SMA), alongside the "
    "wages of Korean employees of U.S. Forces Korea and logistics support. Most SMA construction is provided "
    "in kind: the Ministry of National Defense contracts Korean firms to build facilities to a design the U.S. "
    "side approves, and hands the finished buildings over to USFK. Once a building is handed over, nobody on "
    "the Korean side looks at how it performs. The ministry asked us to find out whether these buildings use "
    "as much energy as their designs said they would, and what could be done where they do not.",
    "",
    "Scope and data",
    "",
    "We reviewed 24 buildings completed between 2016 and 2022: 15 at Camp Humphreys, 5 at Osan Air Base and "
    "4 at Camp Walker. They comprise 11 barracks, 6 office buildings, 4 dining facilities and 3 maintenance "
    "shops, with a combined floor area of 412,600 square meters. USFK provided metered electricity and heating "
    "data for 2021 to 2023 under a data-sharing arrangement agreed at the SMA Joint Committee in March 2024. "
    "Our team visited 12 of the buildings between May and July 2024.",
    "",
    "Finding 1: the buildings use more energy than designed",
    "",
    "The average energy use intensity of the 24 buildings was 186 kilowatt-hours per square meter per year, "
    "against a design estimate of 142, or 31 percent more. Nine of the 24 buildings exceeded their design "
    "estimate by more than 30 percent; seven of those nine are barracks. The dining facilities had the "
    "highest intensity, at 312 kilowatt-hours per square meter, which is normal for kitchens. Together the "
    "buildings used 76.8 gigawatt-hours in 2023.",
    "",
    "Finding 2: why",
    "",
    "In the barracks, heating and cooling ran around the clock in rooms left empty during deployments and "
    "field training, because the room controls had no occupancy sensors. Ten buildings had no submeters, so "
    "the building managers could not see which systems drove consumption. Control settings in most buildings "
    "were still the contractor's defaults. No contract required the contractor to return and tune the systems "
    "after the first year of use.",
    "",
    "Finding 3: commissioning was incomplete",
    "",
    "For 14 of the 24 buildings, the handover files contained a commissioning report, but in nine of these "
    "the report covered only the start-up of equipment, not a test of how the systems worked together. The "
    "in-kind contracts we examined did not price commissioning as a separate item.",
    "",
    "Recommendations",
    "",
    "1. Retrofit the nine buildings that exceed their design estimate by more than 30 percent, with occupancy "
    "sensors, submeters and new controls. We estimate the cost at 18.6 billion won and the saving at 11.2 "
    "gigawatt-hours a year.",
    "2. Install rooftop solar panels with a total capacity of 1.9 megawatts on six buildings with suitable "
    "roofs.",
    "3. Price full commissioning as a separate item in every SMA in-kind construction contract above 10 "
    "billion won.",
    "4. Carry out a post-occupancy energy review one year after the handover of each new building.",
    "",
    "Who pays",
    "",
    "The electricity and heating bills of these buildings are not paid from SMA funds, so savings would not "
    "reduce South Korea's payment. The retrofits themselves, however, could be proposed as construction "
    "projects under the 12th SMA, signed on November 4, 2024, which sets a payment of 1.5192 trillion won for "
    "2026. The ministry said it would raise the matter with USFK at the SMA Joint Committee.",
]

WAGE_HEADER = "Public Grievance Commission | Case 2025-GR-0873 | June 19, 2025"
WAGE_FOOTER = "Public Grievance Commission, Sejong (English translation)"
WAGE_HYPHEN = ("subcontractor", "subcon")
WAGE_TEXT = [
    "Decision and Recommendation",
    "Case 2025-GR-0873: Unpaid wages of custodial workers under an SMA logistics support contract at Camp "
    "Walker",
    "Third Standing Subcommittee, chaired by Commissioner Ahn Myung-sook. Decided on June 19, 2025.",
    "",
    "1. The complaint",
    "",
    "On April 7, 2025, 46 custodial workers, represented by Jang Eun-mi, filed a complaint with the "
    "Commission. They were employed by Hanbit Cleantech, a subcontractor that cleaned 17 buildings at Camp "
    "Walker in Daegu under a logistics support contract awarded by the Ministry of National Defense to Seomun "
    "Facility Services for 2025, worth 2.46 billion won a year. The contract is part of the logistics support "
    "that South Korea provides in kind under the Special Measures Agreement (SMA). The workers had not been "
    "paid their wages for January to March 2025, a total of 312.4 million won, and asked the Commission to "
    "find who was responsible and to prevent a repeat.",
    "",
    "2. Facts found",
    "",
    "The ministry paid Seomun Facility Services in full and on time each month, on the 10th. Seomun paid "
    "Hanbit Cleantech 96 percent of the monthly subcontract price, also on time. Hanbit Cleantech's owner used "
    "the money to repay debts of another business he controlled, and the firm closed on March 31, 2025. Of "
    "the 46 workers, 31 are women; their average age is 58. Many had cleaned the same buildings for more than "
    "ten years under successive contractors.",
    "",
    "Neither the ministry's contract with Seomun nor Seomun's subcontract required proof that wages had been "
    "paid before the next monthly payment was released. The ministry had no way of knowing that wages were "
    "unpaid until the workers stopped USFK officials in the buildings in March.",
    "",
    "3. What has happened since",
    "",
    "On May 30, 2025, Seomun Facility Services paid 198.6 million won of the unpaid wages, without admitting "
    "liability. The remaining 113.8 million won is being paid to the workers as a substitute payment from the "
    "Wage Claim Guarantee Fund, which will seek to recover it from Hanbit Cleantech's owner. Seomun hired a new "
    "subcontractor from April 1, 2025, which took on 41 of the 46 workers.",
    "",
    "4. The Commission's view",
    "",
    "The wages of these workers are paid, in the end, from South Korea's SMA contribution. Korean taxpayers "
    "paid for this work in full, and the workers who did it were not paid. The gap is in the contracts, not in "
    "the money. The ministry signs several hundred logistics support contracts a year under the SMA, many of "
    "them for labor-intensive services such as cleaning, dining and transportation, in which wages make up "
    "most of the price.",
    "",
    "5. Recommendations to the Minister of National Defense",
    "",
    "1. From the 2026 contract year, require the wage portion of every SMA logistics support contract and its "
    "subcontracts to be paid into a separate wage account that can be used only for wages.",
    "2. Release each monthly payment only after the prime contractor shows proof that the previous month's "
    "wages were paid, including those of subcontractor workers.",
    "3. Exclude from SMA logistics support subcontracts any firm with wage arrears in the past three years.",
    "4. Report to the Commission within 90 days on the action taken.",
    "",
    "The ministry told the Commission before the decision that it accepted the second and fourth "
    "recommendations and was studying the first and third with the Ministry of Employment and Labor.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "sma_buildings_energy_review_2024.pdf", ENERGY_HEADER, ENERGY_FOOTER,
                paginate(wrap(ENERGY_TEXT, ENERGY_HYPHEN)))
    write_brief(here / "camp_walker_wage_arrears_decision_2025.pdf", WAGE_HEADER, WAGE_FOOTER,
                paginate(wrap(WAGE_TEXT, WAGE_HYPHEN)))


if __name__ == "__main__":
    main()
