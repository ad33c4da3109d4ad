"""Make the two PDF documents of this set: heritage_excavation_humphreys_2025.pdf (a heritage research institute's
summary report on the buried-heritage excavation before an SMA in-kind construction project at Camp Humphreys) and
foia_response_usfk_2025.pdf (a U.S. Forces Korea FOIA office's final response letter to a researcher who asked for
SMA cash-balance and in-kind project records), each with a running header and footer, page numbers, hard-wrapped
lines and a word hyphenated across a line break, as report PDFs have them. The issuers, the people and the projects
are invented for this evaluation set; which facts come from the public record and which are composed is listed in
PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

DIG_HEADER = "Gyeonggi Buried Heritage Research Institute | Report GBHRI-2025-041 | April 2025"
DIG_FOOTER = "Gyeonggi Buried Heritage Research Institute, Osan (English summary)"
DIG_HYPHEN = ("investigation", "investi")
DIG_TEXT = [
    "Summary Report: Trial and Rescue Excavation at the Site of SMA In-Kind Project SMA-IK-23-017 "
    "(Battalion Headquarters and Company Operations Facility), Camp Humphreys",
    "English summary of Report GBHRI-2025-041, issued April 16, 2025",
    "",
    "1. Purpose of the investigation",
    "",
    "This summary reports the results of the buried heritage investigation carried out before the "
    "construction of a battalion headquarters and company operations facility at U.S. Army Garrison "
    "Humphreys (Camp Humphreys) in Pyeongtaek, Gyeonggi Province. The facility is funded from South "
    "Korea's contribution under the Special Measures Agreement (SMA) and is provided in kind: the Ministry "
    "of National Defense contracts and pays Korean firms for the work and hands the finished buildings over "
    "to U.S. Forces Korea. Because the project site covers 38,400 square meters, Korean heritage law "
    "required a surface survey before any ground was broken, and the ministry commissioned the Institute to "
    "carry it out.",
    "",
    "2. Surface survey",
    "",
    "Two researchers walked the site on September 19 and 20, 2023. They collected 57 pottery sherds and two "
    "stone tools from the surface of a low ridge in the northeast corner of the site, which had been "
    "farmland before the base was expanded. On that evidence the heritage authorities ordered a trial "
    "excavation of the whole site.",
    "",
    "3. Trial excavation",
    "",
    "The trial excavation ran from February 5 to March 22, 2024. The team dug 46 test trenches, each 2 by "
    "10 meters, spread across the site. Nine trenches, all of them on the ridge, contained archaeological "
    "features. The rest of the site, about 32,200 square meters, was cleared for construction on April 2, "
    "2024, so that the contractor could begin grading and utility work there.",
    "",
    "4. Rescue excavation",
    "",
    "The rescue excavation covered the remaining 6,200 square meters on the ridge. It ran from April 22 to "
    "November 29, 2024, with a field crew of up to 38 people under the principal investigator, Dr. Yoo "
    "Seon-hwa. The team recorded 14 pit dwellings of the Middle Bronze Age of the Songguk-ri type, 31 "
    "storage pits, two charcoal kilns of the Joseon period and a number of undated postholes. In all, 1,126 "
    "artifacts were recovered, most of them plain coarse pottery, polished stone knives, arrowheads and "
    "spindle whorls. Radiocarbon dates from charred wood in three of the dwellings fall between about 800 "
    "and 550 BC.",
    "",
    "5. Decision on the remains",
    "",
    "On December 11, 2024, the heritage committee that reviewed the results decided that the remains did not "
    "need to be preserved where they lay. All features were recorded, photographed and drawn, and the ridge was "
    "released for construction on December 20, 2024. The best "
    "preserved dwelling, No. 7, was lifted in blocks and moved to the Institute's storage facility in Osan "
    "for later display. The artifacts will be handed over to a state museum after the final report is "
    "published, which is due in December 2025.",
    "",
    "6. Cost and schedule",
    "",
    "The investigation cost 1.86 billion won in all: 0.09 billion won for the surface survey, 0.35 billion "
    "won for the trial excavation and 1.42 billion won for the rescue excavation. As with the rest of the "
    "project, these costs were paid from Korea's SMA contribution through the in-kind contract and were not "
    "charged to the U.S. side. Construction of the headquarters building began on January 13, 2025, ten "
    "months later than the March 2024 start in the original schedule. The ministry now expects the facility "
    "to be handed over to U.S. Forces Korea in the second half of 2027.",
    "",
    "7. Lessons for later SMA projects",
    "",
    "Of the 23 SMA in-kind projects at Camp Humphreys that the Institute has surveyed since 2016, four have "
    "needed a rescue excavation, and each of the four was delayed by six months or more. We recommend that "
    "the surface survey be done before a project is put on the list submitted to the SMA Joint Committee, "
    "so that the schedule and the budget allow for excavation time from the start, and that sites on "
    "former ridges and stream terraces be treated as likely to need a trial excavation.",
    "",
    "Prepared by the Institute's Field Research Department. Principal investigator: Dr. Yoo Seon-hwa.",
]

FOIA_HEADER = "Headquarters, United States Forces Korea | FOIA Office | Case 25-0193-F"
FOIA_FOOTER = "USFK Freedom of Information Act Office, Camp Humphreys, Republic of Korea"
FOIA_HYPHEN = ("deliberative", "delib")
FOIA_TEXT = [
    "Headquarters, United States Forces Korea",
    "Freedom of Information Act Office",
    "Camp Humphreys, Pyeongtaek, Republic of Korea",
    "",
    "August 14, 2025",
    "",
    "Dr. Elena Marchetti",
    "Lakeshore Institute for Alliance Studies",
    "Chicago, Illinois",
    "",
    "Re: Freedom of Information Act Request 25-0193-F (final response)",
    "",
    "Dear Dr. Marchetti:",
    "",
    "This is the final response to your Freedom of Information Act (FOIA) request dated March 3, 2025, which "
    "this office received on March 5, 2025. You asked for (1) records showing, for each year from 2019 to "
    "2024, the year-end balance of cash contributions received from the Republic of Korea under the Special "
    "Measures Agreement (SMA) that had not yet been spent; (2) records showing any interest earned on those "
    "balances; and (3) the list of SMA in-kind construction projects approved for 2024, with their "
    "estimated costs. For the years you asked about, the 10th SMA covered 2019 and the 11th SMA covers 2020 "
    "through 2025.",
    "",
    "Search. We searched the records of the USFK Comptroller (J8), the SMA program management office and "
    "the Far East District of the U.S. Army Corps of Engineers, which keeps records on in-kind construction. "
    "The search located 412 pages of responsive records: 188 pages of ledger reports, 137 pages of project "
    "lists and cost estimates, and 87 pages of correspondence and meeting papers of the SMA Joint "
    "Committee.",
    "",
    "Determination. We are releasing 287 pages in full and 94 pages in part, and we are withholding 31 pages "
    "in full. The withheld material falls under the following exemptions of the FOIA, 5 U.S.C. 552(b):",
    "",
    "- Exemption 5, (b)(5): draft minutes and negotiating papers of the SMA Joint Committee, which are "
    "predecisional and deliberative.",
    "- Exemption 6, (b)(6): names, telephone numbers and e-mail addresses of Korean national employees and "
    "of junior U.S. personnel.",
    "- Exemption 4, (b)(4): unit prices and cost breakdowns submitted by Korean contractors, which are "
    "commercial information given in confidence.",
    "",
    "All 31 pages withheld in full are Joint Committee drafts. Because those records came in part from the "
    "Government of the Republic of Korea, we consulted it through the Department of State before deciding; "
    "it asked that the drafts not be released.",
    "",
    "Item (2). The search located no records responsive to item (2) of your request. The ledger reports we "
    "are releasing show cash received, disbursed and on hand, but no interest line for any of the years "
    "you asked about.",
    "",
    "Fees. You are in the educational and noncommercial scientific institution fee category, so you may be "
    "charged only for duplication beyond the first 100 pages. Because the records are released "
    "electronically, there is no duplication charge, and no fees are assessed for this request.",
    "",
    "Processing time. Your request was placed in the complex processing track. We regret that our response "
    "took longer than the 20 working days the statute provides; the consultation with the Republic of Korea "
    "alone took 61 days.",
    "",
    "Appeal. You may appeal this response in writing within 90 calendar days of the date of this letter. "
    "Please mark both the letter and the envelope \"FOIA Appeal\". You may also ask for help from our FOIA "
    "Public Liaison, Mr. Daniel Yi, at the address above, or from the Office of Government Information "
    "Services (OGIS) at the National Archives, which offers mediation between requesters and agencies.",
    "",
    "Sincerely,",
    "",
    "Linda Okafor",
    "FOIA Officer, Headquarters, United States Forces Korea",
    "",
    "Enclosures:",
    "1. Released records (381 pages, in three PDF files)",
    "2. Index of withheld material (4 pages)",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "heritage_excavation_humphreys_2025.pdf", DIG_HEADER, DIG_FOOTER,
                paginate(wrap(DIG_TEXT, DIG_HYPHEN)))
    write_brief(here / "foia_response_usfk_2025.pdf", FOIA_HEADER, FOIA_FOOTER,
                paginate(wrap(FOIA_TEXT, FOIA_HYPHEN)))


if __name__ == "__main__":
    main()
