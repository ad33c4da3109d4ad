"""Make the two PDF documents of this set: kn_employee_assistance_utilization_2025.pdf (an employee assistance
program provider's utilization report for the second half of 2025 on counseling for Korean employees of U.S. Forces
Korea, with sessions by month, topics, workshops, cost and recommendations after the July 2025 remarks on cost
sharing) and module_yard_fire_investigation_2025.pdf (a fire station's investigation summary of a fire at a
subcontractor's off-base yard that was building steel modules for an SMA in-kind dormitory at Osan Air Base, with the
timeline, resources, damage, cause, sanctions and the effect on the project), each with a running header and footer,
page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them. The firms, the
provider, the people, the projects and the figures are invented for this evaluation set; which facts come from the
public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

EAP_HEADER = "Maeum Partners EAP | Utilization Report H2 2025 | Contract HRC-K-24-0311"
EAP_FOOTER = "Aggregate data only; no individual client can be identified from this report"
EAP_HYPHEN = ("experience", "experi")
EAP_TEXT = [
    "EMPLOYEE ASSISTANCE PROGRAM: UTILIZATION REPORT",
    "Korean National Employees of U.S. Forces Korea, July 1 to December 31, 2025",
    "",
    "Prepared for: U.S. Forces Korea, Civilian Human Resources, Korean National Employee Programs Branch",
    "Prepared by: Maeum Partners EAP Co., Ltd., Seoul",
    "Contract: HRC-K-24-0311 (base year January 1 to December 31, 2025)",
    "Date: January 23, 2026",
    "Clinical director: Dr. Han So-yeon",
    "",
    "1. The program",
    "",
    "Maeum Partners provides free, confidential counseling to the 8,740 Korean national employees of U.S. Forces "
    "Korea and their immediate families: individual sessions in person, by telephone or by video, a 24-hour crisis "
    "line, and group workshops on the installations. Our 11 counselors (8 full-time equivalents) hold on-site hours "
    "at Camp Humphreys on Tuesdays and Thursdays and at Osan Air Base on Wednesdays.",
    "",
    "The wages and allowances of these employees are paid largely out of the labor cost category of Korea's "
    "contribution under the Special Measures Agreement (SMA). This program is not: the contract is paid from "
    "U.S. appropriated funds (Army operation and maintenance), because counseling services are not among the "
    "labor cost items agreed for SMA funding.",
    "",
    "2. Sessions by month",
    "",
    "In the first half of 2025 we held an average of 205 individual sessions a month. In the second half:",
    "",
    "July 2025: 312 sessions",
    "August 2025: 468 sessions",
    "September 2025: 401 sessions",
    "October 2025: 355 sessions",
    "November 2025: 389 sessions",
    "December 2025: 296 sessions",
    "",
    "Demand rose sharply after the U.S. President said at a Cabinet meeting on July 8, 2025 that Korea pays very "
    "little for U.S. troops and should pay 10 billion dollars a year. Many callers in July and August remembered the "
    "spring of 2020, when no SMA was in force and about 4,000 Korean employees were placed on unpaid leave from "
    "April 1 to June 15, 2020. Demand eased somewhat after the Korean government said on July 9, 2025 that it will "
    "carry out the 12th SMA, which covers 2026 to 2030, but it rose again in November, after the joint fact sheet "
    "of the November 2025 summit mentioned 33 billion dollars of support for U.S. forces and some news reports "
    "presented that figure as a new SMA demand.",
    "",
    "We saw 1,036 different employees and 118 family members in the half year. Telephone and video made up 57 "
    "percent of sessions, up from 41 percent in the first half, mostly because employees at Camp Casey, Camp "
    "Walker and Kunsan Air Base preferred not to travel.",
    "",
    "3. What clients came for",
    "",
    "Job security, pay or furlough worries: 38 percent of sessions (9 percent in the first half)",
    "Work stress and workload: 21 percent",
    "Family and relationships: 17 percent",
    "Financial difficulties and debt: 14 percent",
    "Other (grief, health, alcohol): 10 percent",
    "",
    "Counselors made 9 urgent referrals to hospitals for clients at risk; each was followed up within 24 hours. "
    "Clients gave the service an average of 4.6 out of 5 on 612 satisfaction forms returned.",
    "",
    "4. Workshops",
    "",
    "At the request of the Korean National Employee Programs Branch we ran 14 workshops titled \"Living with "
    "uncertainty\" between August 19 and November 27, 2025: five at Camp Humphreys, three at Osan Air Base, two "
    "each at Camp Walker and Camp Carroll, and one each at Camp Casey and Kunsan Air Base. In all 487 employees "
    "attended. Managers from the union's area chapters joined six of them to explain how pay was handled in 2020. "
    "Participants most often asked for plain information on what would happen to their pay if an SMA lapsed again.",
    "",
    "5. Cost",
    "",
    "Under the contract each individual session is billed at 85,000 won and each workshop at 1.2 million won, "
    "including materials. The crisis line is covered by a flat monthly fee of 3.5 million won. Invoices are "
    "submitted monthly and all confidential client details are removed before submission.",
    "",
    "6. Recommendations",
    "",
    "1) Use the option year for 2026 and add 10 percent to the contracted counseling hours. 2) Open Saturday "
    "hours at Camp Humphreys from March 2026. 3) Add a financial counselor with experience of the 2020 unpaid "
    "leave. 4) Ask the personnel office and the union to publish a one-page sheet on pay during an SMA lapse, so "
    "that counselors can refer to agreed facts. 5) Repeat the workshops at Camp Casey and Kunsan Air Base, where "
    "attendance was highest relative to headcount.",
]

FIRE_HEADER = "Songtan Fire Station | Fire Investigation Team | Report STF-2025-FI-0219"
FIRE_FOOTER = "Summary for release; the full investigation file is kept by the fire station"
FIRE_HYPHEN = ("expanded", "expan")
FIRE_TEXT = [
    "FIRE INVESTIGATION SUMMARY",
    "Fire at a steel module fabrication yard, Jinwi-myeon, Pyeongtaek",
    "",
    "Report No.: STF-2025-FI-0219",
    "Date of report: December 19, 2025",
    "Investigator: Fire Lieutenant Nam Gi-tae, Fire Investigation Team, Songtan Fire Station",
    "Date of fire: Friday, November 7, 2025",
    "",
    "1. The site",
    "",
    "The fire broke out in the fabrication shed of Gaon Modular Co., Ltd. in Jinwi-myeon, Pyeongtaek. The "
    "company was building 96 steel room modules for a five-story dormitory at Osan Air Base, project "
    "SMA-IK-24-048. The dormitory is in-kind construction under the Special Measures Agreement (SMA): the "
    "Ministry of National Defense contracted Sambo Engineering & Construction Co., Ltd. for 31.6 billion won to "
    "build it, paid out of Korea's contribution, and Sambo subcontracted the modules to Gaon for 9.84 billion "
    "won. The shed is a steel frame with walls of expanded polystyrene sandwich panels and a floor area of 1,240 "
    "square meters. It is outside the air base, so the fire was in our jurisdiction.",
    "",
    "2. Timeline",
    "",
    "14:35 Gas cutting of a steel bracket begins on Module 41.",
    "14:52 A worker reports smoke and flames by telephone to the 119 center.",
    "15:03 The first engine from Songtan Fire Station arrives.",
    "15:10 Response level 1 is declared and units from neighboring stations are called.",
    "16:40 The fire is brought under control.",
    "16:52 Response level 1 is lifted.",
    "19:25 The fire is fully extinguished.",
    "",
    "In all 23 vehicles and 71 personnel responded, including two fire trucks and nine firefighters from the "
    "Osan Air Base fire department, who came under the mutual aid agreement between the base and the city.",
    "",
    "3. Casualties",
    "",
    "A welder, aged 47, suffered second-degree burns to the right hand and was treated at a hospital in "
    "Pyeongtaek. A firefighter twisted an ankle during the operation. No one died.",
    "",
    "4. Damage",
    "",
    "Of the 96 modules, 22 were destroyed and 9 damaged; the 65 undamaged modules were moved to a second yard "
    "of the company in Cheongbuk-eup on November 10 and 11. The shed was destroyed. Property damage is estimated "
    "at 3.87 billion won: modules 2.91 billion won, shed 0.62 billion won and equipment 0.34 billion won.",
    "",
    "5. Cause",
    "",
    "We find that hot slag from the gas cutting on Module 41 fell through a gap in the work platform onto "
    "offcuts of polystyrene panel stacked about four meters away, which ignited and spread the fire to the "
    "shed walls. We found no sign of an electrical fault or arson. Three failures contributed:",
    "",
    "(a) No hot work permit had been issued for the cutting, and no fire watch was posted.",
    "(b) Two of the four fire extinguishers near Module 41 had lost their pressure.",
    "(c) Panel offcuts had been left in the work area instead of the waste bay outside.",
    "",
    "6. Action taken",
    "",
    "On December 2, 2025 the city imposed an administrative fine of 3 million won on Gaon Modular for failing "
    "to take the safety measures required for hot work. On December 15, 2025 we referred the yard manager, "
    "Mr. Jo (52), to the Pyeongtaek Police Station for suspected professional negligence causing a fire. Our "
    "safety inspectors carried out a special inspection of the company's second yard on November 20, 2025 "
    "and found it compliant.",
    "",
    "7. Effect on the project",
    "",
    "The Ministry of National Defense informed us on December 10, 2025 that, because 31 modules must be built "
    "again or repaired, the completion of the dormitory has been moved from August 31, 2026 to December 18, "
    "2026. The ministry told us that the loss falls to the contractors and their construction all risks "
    "insurer and that no additional SMA funds will be used; Sambo has notified its insurer. The 2026 SMA "
    "payment, 1.5192 trillion won, is not affected.",
    "",
    "8. Recommendations",
    "",
    "1) Fabrication yards supplying modules for public projects should be covered by the hot work permit rules "
    "that apply on construction sites. 2) Polystyrene-core panels should not be used for sheds where hot work "
    "is done. 3) The ministry should require its SMA contractors to report the fire safety plans of off-site "
    "fabrication yards before work starts.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "kn_employee_assistance_utilization_2025.pdf", EAP_HEADER, EAP_FOOTER,
                paginate(wrap(EAP_TEXT, EAP_HYPHEN)))
    write_brief(here / "module_yard_fire_investigation_2025.pdf", FIRE_HEADER, FIRE_FOOTER,
                paginate(wrap(FIRE_TEXT, FIRE_HYPHEN)))


if __name__ == "__main__":
    main()
