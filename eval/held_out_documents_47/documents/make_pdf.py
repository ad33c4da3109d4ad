"""Make the two PDF documents of this set: kfca_bid_rigging_decision_2025.pdf (a competition authority's published
summary of its decision on bid rigging in tenders for SMA in-kind construction) and
asbestos_closeout_camp_henry_2025.pdf (an abatement contractor's closeout report on the asbestos survey and removal
before demolition for an SMA in-kind project at Camp Henry, Daegu), each with a running header and footer, page
numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them. The authority, the
firms, the people and the projects are invented for this evaluation set; which facts come from the public record and
which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

KFCA_HEADER = "Korea Fair Competition Authority | Decision 2025-Car-0148 | Summary for publication"
KFCA_FOOTER = "Korea Fair Competition Authority, Cartel Investigation Bureau, Sejong"
KFCA_HYPHEN = ("comparable", "com")
KFCA_TEXT = [
    "Bid Rigging in Tenders for SMA In-Kind Construction: Corrective Orders, Surcharges and Referral "
    "to Prosecutors",
    "Summary of Decision 2025-Car-0148, released November 12, 2025",
    "",
    "1. The decision in brief",
    "",
    "At its full-commission meeting of October 29, 2025, the Korea Fair Competition Authority (the "
    "Authority) found that six construction companies colluded in 14 tenders for construction projects "
    "that the Ministry of National Defense let under the Special Measures Agreement (SMA) between the "
    "Republic of Korea and the United States. Part of Korea's contribution toward the cost of stationing "
    "U.S. Forces Korea is provided in kind: the ministry contracts with Korean builders, pays them from "
    "the contribution and hands the finished facilities over to the U.S. side. The 14 tenders covered "
    "barracks, maintenance shops, warehouses and utility works at Camp Humphreys, Osan Air Base and Camp "
    "Carroll. They were opened between April 2019 and August 2022, that is, in the single year of the "
    "10th SMA and the first years of the 11th SMA, which covers 2020 through 2025. Their contract value "
    "totals 287.4 billion won.",
    "",
    "2. The companies",
    "",
    "The six companies are Haemaru Construction, Dongrim E&C, Saebyeol Engineering & Construction, "
    "Pyeongsan Construction, Ilho Industrial Development and Cheongun Builders. All six are mid-sized "
    "general contractors registered with the ministry for in-kind work on U.S. installations, and five of "
    "them held base passes for staff at two or more of the camps concerned.",
    "",
    "3. How the scheme worked",
    "",
    "Sales managers of the six companies met in restaurants in Seoul and Suwon and, from 2020, kept in "
    "touch through a group chat they called \"Hyeopryeok\" (cooperation). Before each tender they chose "
    "the company that would win, taking turns so that the work was shared out over time. The designated "
    "winner told the others its bid price, and they submitted cover bids 1.5 to 3.0 percent higher. In 12 "
    "of the 14 tenders the designated winner won. In the other two, worth 16.9 billion won together, a "
    "company outside the group underbid all six. The group stopped meeting in September 2022, after the "
    "ministry added a price-realism check to its evaluation of SMA construction bids.",
    "",
    "The Authority compared the winning bids with the ministry's estimated prices. In the 12 tenders the "
    "group won, the winning bid averaged 97.8 percent of the estimated price. In 31 comparable SMA "
    "construction tenders opened in 2023 and 2024, after the group broke up, the average was 88.6 "
    "percent.",
    "",
    "4. How the case came to light",
    "",
    "The case began when Cheongun Builders, one of the six, applied for leniency on February 14, 2024 "
    "and handed over notes of the group's meetings and copies of the chat. The Authority's bid analysis "
    "system had flagged three of the tenders in 2023 because the gaps between the bids were nearly "
    "identical, but no investigation had been opened at that point. Investigators searched the offices of "
    "five of the companies on May 16, 2024, and Ilho Industrial Development asked to cooperate two weeks "
    "later.",
    "",
    "5. Sanctions",
    "",
    "The Authority ordered the six companies not to repeat the conduct and imposed surcharges as follows (Won: tenders won; bn won: value of the contracts won, in billions of won; Surcharge: in millions of won).",
    "",
    "Company                              Won   bn won  Surcharge",
    "Haemaru Construction                   4     96.2      6,157",
    "Dongrim E&C                            3     71.5      4,576",
    "Saebyeol Engineering & Construction    2     48.3      3,091",
    "Pyeongsan Construction                 2     33.9      2,170",
    "Ilho Industrial Development            1     20.6        659",
    "Cheongun Builders                      0        -     exempt",
    "Total                                 12    270.5     16,653",
    "",
    "Surcharges were set at 6.4 percent of the value of the contracts each company won. Ilho Industrial "
    "Development, the second company to cooperate, received a 50 percent reduction. Cheongun Builders, "
    "the first applicant, won no tender in the period and was exempted under the leniency program. The "
    "Authority also referred Haemaru Construction, Dongrim E&C and Saebyeol Engineering & Construction to "
    "prosecutors, together with two individuals: a former sales director of Haemaru Construction and a "
    "managing director of Dongrim E&C. It notified the Ministry of National Defense and the Public "
    "Procurement Service, which may restrict the six companies from bidding for public contracts for up to "
    "two years.",
    "",
    "6. The ministry's response",
    "",
    "The ministry told the Authority that it will consider a civil claim for damages against the five "
    "companies that won contracts, that any money recovered will be returned to the account for SMA "
    "in-kind construction rather than to the general budget, and that it will brief the U.S. side at the "
    "next meeting of the SMA Joint Committee.",
    "",
    "7. Comment",
    "",
    "\"Money that Korea contributes toward the cost of U.S. forces is public money like any other, and a "
    "tender for a barracks on a U.S. base is a public tender like any other,\" said the Authority's "
    "Director-General for Cartel Investigation, Noh Seung-ryeol. \"We will keep watching these tenders "
    "with the ministry.\"",
    "",
    "Contact: Bid Rigging Division, Cartel Investigation Bureau, tel. 044-200-4715.",
]

ABATE_HEADER = "Dongnam Environmental Safety Co., Ltd. | Report DES-2025-117 | Closeout"
ABATE_FOOTER = "Dongnam Environmental Safety Co., Ltd., Daegu (licensed asbestos removal contractor)"
ABATE_HYPHEN = ("licensed", "li")
ABATE_TEXT = [
    "Closeout Report: Asbestos Survey and Removal before Demolition of Buildings S-1290, S-1291 and "
    "S-1304, Camp Henry, Daegu",
    "SMA In-Kind Project SMA-IK-24-031 (Troop Medical Clinic Replacement)",
    "Report DES-2025-117, issued September 30, 2025",
    "Prepared for the Ministry of National Defense and the Directorate of Public Works, U.S. Army "
    "Garrison Daegu",
    "",
    "1. Background",
    "",
    "The Ministry of National Defense is replacing the troop medical clinic at Camp Henry in Daegu with a "
    "new two-story building. The project is funded from Korea's contribution under the Special Measures "
    "Agreement (SMA) and provided in kind: the ministry contracts and pays Korean firms for the work and "
    "hands the finished building over to U.S. Forces Korea. Three old buildings stand on the site: S-1290 "
    "(built 1962), S-1291 (built 1968, with the boiler room) and S-1304 (built 1974), with a total floor "
    "area of 4,860 square meters. Korean law requires an asbestos survey before a building of this size is "
    "demolished and requires any asbestos found to be removed by a licensed contractor. The ministry's "
    "original estimate for the survey, the removal and the air monitoring was 940 million won.",
    "",
    "2. Survey",
    "",
    "Our surveyors took 142 bulk samples from March 10 to 21, 2025. Of these, 37 contained more than 1 "
    "percent asbestos. Chrysotile was found in the cement slate roofing of S-1290 and S-1304 and in the "
    "vinyl floor tiles of all three buildings; amosite was found in the pipe insulation of the S-1291 "
    "boiler room.",
    "",
    "3. Removal",
    "",
    "Removal ran from June 2 to August 22, 2025, with a crew of 16 licensed workers under our site "
    "supervisor, Jeon Hyun-woo. Slate roofing was taken down whole using wet methods. Pipe insulation "
    "was removed inside negative-pressure enclosures. On June 19, 2025, when the floor of S-1291 was "
    "opened, the crew found a sealed crawl space holding 138 meters of insulated pipe that the survey could "
    "not reach. A change order of 214 million won for this work was approved on July 3, 2025.",
    "",
    "Material                     Buildings       Quantity  Waste (t)",
    "Cement slate roofing         S-1290, S-1304  1,420 m2       24.6",
    "Vinyl floor tile and mastic  all three       2,310 m2       18.9",
    "Pipe insulation              S-1291          386 m          11.7",
    "Gaskets, boiler rope, misc.  S-1291          -               6.6",
    "Total                                                       61.8",
    "",
    "The 386 meters of pipe insulation include the 138 meters found in the crawl space. All waste was "
    "double-bagged and taken in nine truckloads to a designated waste landfill in Gyeongsan, each load "
    "with its own waste manifest.",
    "",
    "4. Air monitoring",
    "",
    "Gukje Air Quality Lab, an independent laboratory engaged by the ministry, took 214 air samples "
    "during the work. The limit set for the site perimeter was 0.01 fibers per cubic centimeter. All "
    "samples but one were below it. On July 15, 2025, a perimeter sample at S-1291 read 0.012 fibers per "
    "cubic centimeter after a sheet of the enclosure tore in high wind. Work stopped for four hours while "
    "the enclosure was repaired, and the retest read 0.003.",
    "",
    "5. Clearance and release",
    "",
    "Our supervisor and the laboratory carried out the final visual inspection on August 25 and took "
    "clearance air samples on August 26, 2025; all were below 0.002 fibers per cubic centimeter. After a "
    "joint walk-through with the ministry's project manager and the garrison's Directorate of Public Works, "
    "the site was released to the demolition contractor on August 29, 2025.",
    "",
    "6. Cost",
    "",
    "The final cost was 1,276 million won: 48 million won for the survey, 1,136 million won for removal "
    "and disposal, and 92 million won for air monitoring. Besides the crawl-space change order, the rise "
    "over the original estimate came from 11 extra days of monitoring and higher disposal charges "
    "at the landfill. Like the rest of the project, the "
    "cost was paid from Korea's SMA contribution through the in-kind contract and was not charged to the "
    "U.S. side.",
    "",
    "7. Schedule",
    "",
    "Demolition took place in September 2025. Construction of the new clinic is to begin in December "
    "2025 and will be paid largely from contributions under the 12th SMA, which runs from 2026 through "
    "2030. Handover to U.S. Forces Korea is planned for the first half of 2027.",
    "",
    "8. Recommendations",
    "",
    "For buildings on U.S. installations built before 1980, we recommend that the survey include "
    "destructive sampling of floors and walls in boiler and mechanical rooms, and that estimates for SMA "
    "in-kind projects carry a contingency of at least 25 percent for hidden asbestos.",
    "",
    "Site supervisor: Jeon Hyun-woo. Report approved by Kang Mi-ran, Technical Director.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "kfca_bid_rigging_decision_2025.pdf", KFCA_HEADER, KFCA_FOOTER,
                paginate(wrap(KFCA_TEXT, KFCA_HYPHEN)))
    write_brief(here / "asbestos_closeout_camp_henry_2025.pdf", ABATE_HEADER, ABATE_FOOTER,
                paginate(wrap(ABATE_TEXT, ABATE_HYPHEN)))


if __name__ == "__main__":
    main()
