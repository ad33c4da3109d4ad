"""Make the two PDF documents of this set: humphreys_sma_walking_tour_2025.pdf (a self-guided walking tour of
SMA-funded buildings at Camp Humphreys for visiting delegations) and daegu_refuse_pws_2026.pdf (an excerpt of a
performance work statement for an SMA logistics support contract), each with a running header and footer, page
numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them. The issuers
(Host Nation Relations Office, Logistics Support Contract Team), the people, the buildings and the contract are
invented for this evaluation set; which facts come from the public record and which are composed is listed in
PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

TOUR_HEADER = "Camp Humphreys | Host Nation Relations Office | Visitor brochure, October 2025"
TOUR_FOOTER = "For official visitors. Not for sale. Host Nation Relations Office, Camp Humphreys"
TOUR_HYPHEN = ("contribution", "contri")
TOUR_TEXT = [
    "Built with Korea's Contributions: A Self-Guided Walking Tour",
    "Eight buildings at Camp Humphreys provided in kind under the Special Measures Agreement",
    "",
    "About this tour",
    "",
    "Camp Humphreys, in Pyeongtaek, is home to the headquarters of U.S. Forces Korea. Many of its buildings "
    "were built by Korean firms under contracts that the Republic of Korea Ministry of National Defense signed "
    "and paid for with Korea's contributions under the Special Measures Agreement (SMA). The SMA covers three "
    "kinds of cost: the wages of Korean employees, construction, and logistics support. Korea's contribution "
    "was 1.4028 trillion won in 2025, the last year of the 11th SMA, and is 1.5192 trillion won in 2026, the "
    "first year of the 12th SMA. This brochure takes visiting delegations past eight buildings paid for "
    "from the construction part of that contribution.",
    "",
    "The route is 3.4 kilometers long and takes about 80 minutes on foot, with time for questions at each stop. "
    "It starts and ends at the Humphreys Central Bus Terminal. If you prefer not to walk, the Green Line "
    "shuttle bus stops near stops 2, 4 and 7 every 20 minutes.",
    "",
    "Before you go",
    "",
    "Visitors without a Department of Defense identification card must be escorted at all times, with at least "
    "one escort for every five visitors. Photography is welcome from the sidewalk at every stop except stop 5, "
    "where photography is not allowed. Do not enter any building unless your escort has arranged it.",
    "",
    "Stop 1: Unaccompanied enlisted barracks, Building 6710",
    "",
    "An eight-story barracks with 256 rooms for junior enlisted soldiers, completed in 2019 at a cost of 41.2 "
    "billion won. Each pair of rooms shares a kitchenette. Korean firms built it to U.S. design criteria, "
    "with seismic bracing added at the request of the Korean side.",
    "",
    "Stop 2: Pegasus Dining Facility",
    "",
    "Completed in 2020 for 19.6 billion won, with 1,100 seats. It serves about 3,000 meals a day. The kitchen "
    "staff are Korean employees whose wages are also paid largely from Korea's SMA contribution.",
    "",
    "Stop 3: Fire Station No. 3",
    "",
    "A five-bay fire station completed in 2022 for 8.9 billion won. It is staffed around the clock by Korean "
    "firefighters employed by U.S. Forces Korea.",
    "",
    "Stop 4: Child Development Center",
    "",
    "Opened in 2021 for 13.7 billion won, with room for 244 children from six weeks to five years old. It has "
    "its own fenced playgrounds for each age group.",
    "",
    "Stop 5: Tactical Vehicle Maintenance Complex",
    "",
    "A 12-bay complex for maintaining armored and wheeled vehicles, "
    "completed in 2023 for 31.5 billion won. Photography is not allowed here.",
    "",
    "Stop 6: Central Energy Plant",
    "",
    "The plant that supplies heating and chilled water to the headquarters area, completed in 2018 for 26.8 "
    "billion won. Its two stacks are a landmark on the camp.",
    "",
    "Stop 7: Physical Fitness Center",
    "",
    "Completed in 2024 for 17.4 billion won, with two basketball courts, an indoor track and a 25-meter "
    "pool. It is open to soldiers, civilians and family members from 05:00 to 22:00.",
    "",
    "Stop 8: Dental Clinic",
    "",
    "A two-story clinic with 18 treatment chairs, completed in 2022 for 6.3 billion won. From here it is a "
    "five-minute walk back to the bus terminal.",
    "",
    "How in-kind construction works",
    "",
    "The U.S. side proposes projects, and the two sides agree a list each year in the SMA Joint Committee. The "
    "Korean ministry then awards the construction contracts to Korean firms and pays them directly; design "
    "and construction supervision are paid in cash. When a building is finished, it is inspected jointly and "
    "handed over to U.S. Forces Korea.",
    "",
    "Contact",
    "",
    "To book an escorted tour, contact the Host Nation Relations Officer, Lim Su-jin, at least ten working days "
    "before the visit. Groups are limited to 25 visitors.",
]

PWS_HEADER = "Performance Work Statement (excerpt) | Solicitation LS-26-0087 | USAG Daegu"
PWS_FOOTER = "Ministry of National Defense, Logistics Support Contract Team (English reference copy)"
PWS_HYPHEN = ("recyclables", "recycla")
PWS_TEXT = [
    "Performance Work Statement: Refuse Collection and Recycling Services",
    "Camp Henry, Camp Walker and Camp George, Daegu. Solicitation LS-26-0087. Excerpt, issued September 22, 2025",
    "",
    "1. General",
    "",
    "1.1 Background. This service is part of Korea's logistics support to U.S. Forces Korea under the Special "
    "Measures Agreement (SMA). It is provided in kind: the Republic of Korea Ministry of National Defense "
    "awards the contract to a Korean firm and pays it directly, and U.S. Army Garrison Daegu receives the "
    "service. Logistics support is one of the three SMA cost categories, with labor and construction.",
    "",
    "1.2 Scope. The contractor shall collect general waste, recyclables and food waste from all buildings and "
    "housing areas of Camp Henry, Camp Walker and Camp George, haul them to the disposal sites designated by "
    "Daegu Metropolitan City, and operate the recycling collection center at Camp Walker.",
    "",
    "1.3 Period of performance. A base year from January 1, 2026 to December 31, 2026, and two option years. "
    "The incumbent contractor, Dongbu Clean Services, performs the current contract until December 31, 2025. "
    "A phase-in period of 30 days before the start date is allowed for hiring and vehicle inspection.",
    "",
    "1.4 Contract type. The contract is a firm fixed price contract with monthly invoices. The estimated price "
    "for the base year is 3.84 billion won, including value-added tax.",
    "",
    "2. Workload",
    "",
    "2.1 Collection points. There are 1,180 collection points across the three camps: 640 in housing areas, "
    "410 at offices, barracks and other buildings, and 130 at dining facilities, clubs and shops.",
    "",
    "2.2 Frequency. Housing areas twice a week (Monday and Thursday); dining facilities daily, including "
    "weekends; all other buildings three times a week.",
    "",
    "2.3 Historical quantities. In 2025 the current contractor hauled 4,650 tons of general waste and 1,720 "
    "tons of recyclables. Food waste is collected separately and weighed at the transfer station.",
    "",
    "3. Resources",
    "",
    "3.1 Staff. The contractor shall employ at least 31 workers on the contract, including a site manager who "
    "speaks English and is on call 24 hours a day.",
    "",
    "3.2 Vehicles. The contractor shall keep at least eight collection trucks in service, of which two must "
    "be compactor trucks of 11 cubic meters or more, and one spare truck on call.",
    "",
    "3.3 Base access. All workers and vehicles need U.S. Forces Korea installation passes. The contractor "
    "shall submit background check applications at least 15 working days before the start of performance.",
    "",
    "4. Performance standards",
    "",
    "4.1 On-time collection. At least 98 percent of scheduled pickups each month shall be made on the "
    "scheduled day. For each full percentage point below 98 percent, 0.5 percent of that month's price "
    "will be deducted.",
    "",
    "4.2 Missed pickups. A missed pickup reported by the garrison shall be collected within 24 hours.",
    "",
    "4.3 Complaints. No more than six valid complaints a month. Each valid complaint above six is recorded as "
    "a defect in the monthly performance review.",
    "",
    "4.4 Recycling. The contractor shall raise the share of waste sent for recycling to at least 32 percent "
    "by the end of the base year.",
    "",
    "5. Surveillance",
    "",
    "The contracting officer's representative at the Directorate of Public Works, Park Eun-ji, will inspect a "
    "random sample of collection points each week and hold a monthly performance review with the site "
    "manager. The Ministry of National Defense's Logistics Support Contract Team pays the invoices after the "
    "representative confirms the month's performance.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "humphreys_sma_walking_tour_2025.pdf", TOUR_HEADER, TOUR_FOOTER,
                paginate(wrap(TOUR_TEXT, TOUR_HYPHEN)))
    write_brief(here / "daegu_refuse_pws_2026.pdf", PWS_HEADER, PWS_FOOTER,
                paginate(wrap(PWS_TEXT, PWS_HYPHEN)))


if __name__ == "__main__":
    main()
