"""Make the two PDF documents of this set: vat_ruling_sma_subcontract_2023.pdf (the English summary of a tax
ruling on value-added tax for a subcontract under an SMA in-kind construction project) and
humphreys_fire_station_progress_2025.pdf (a construction manager's monthly progress report on an SMA in-kind
project), each with a running header and footer, page numbers, hard-wrapped lines and a word hyphenated across a
line break, as report PDFs have them. The issuers (National Tax Rulings Office, Hanul Construction Management),
the firms, the people and the projects are invented for this evaluation set; which facts come from the public
record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

VAT_HEADER = "National Tax Rulings Office | Written Ruling VAT-2023-0417 | August 2023"
VAT_FOOTER = "National Tax Rulings Office, Sejong (English summary, for reference only)"
VAT_HYPHEN = ("qualifying", "quali")
VAT_TEXT = [
    "Written Ruling VAT-2023-0417: Value-Added Tax on a Subcontract under an SMA In-Kind Construction Project",
    "English summary. Ruling issued Monday, August 21, 2023, by the Value-Added Tax Rulings Division",
    "",
    "Requester",
    "",
    "Daeseong Steel Frame Co., Ltd., a steel structure fabricator and erector based in Asan, South Chungcheong "
    "Province, with 212 employees. The request was received on May 30, 2023 and was decided in 83 days, "
    "within the 90-day target for written rulings.",
    "",
    "Facts as stated by the requester",
    "",
    "1. Under the Special Measures Agreement (SMA) between Korea and the United States, Korea provides part "
    "of its contribution in kind: the Ministry of National Defense contracts Korean firms for construction "
    "that U.S. Forces Korea needs, pays the firms, and hands the finished facilities over to the U.S. side.",
    "",
    "2. In May 2022 the Ministry of National Defense awarded Hyeonmu Construction Co. a contract of 52.8 "
    "billion won, including value-added tax, to build an unaccompanied enlisted barracks of 296 rooms at "
    "Camp Humphreys in Pyeongtaek as an SMA in-kind construction project.",
    "",
    "3. In August 2022 Hyeonmu Construction subcontracted the steel frame of the building to the requester "
    "for 9.64 billion won before value-added tax. The subcontract says that the price excludes value-added "
    "tax and that tax is to be added 'as required by law'.",
    "",
    "4. Believing that a building handed over to U.S. Forces Korea was covered by the zero rate that applies "
    "to certain supplies to foreign forces, the requester issued its tax invoices for the first three "
    "progress payments at the zero rate. Those three payments total 3.12 billion won.",
    "",
    "Question",
    "",
    "May a subcontractor that supplies construction services to the main contractor of an SMA in-kind "
    "project apply the zero rate, on the ground that the finished facility is used by U.S. Forces Korea?",
    "",
    "Ruling",
    "",
    "No. The subcontractor is not eligible for the zero rate. Its supply is made to the main contractor, "
    "a Korean company, under a contract between two Korean businesses, and the place of supply is in Korea. "
    "It is an ordinary domestic supply of services, subject to value-added tax at the standard rate of "
    "10 percent. The use that is eventually made of the building, and the identity of the party that "
    "finally receives it, do not change the character of the supply between the subcontractor and the main "
    "contractor.",
    "",
    "Reasons in brief",
    "",
    "(a) A zero rate is an exception to the general rule and is read narrowly. It applies to the supply "
    "that is itself made to the qualifying recipient, not to earlier supplies in the chain.",
    "(b) Under the in-kind arrangement, the buyer of the construction is the Ministry of National Defense, "
    "which pays the main contractor; U.S. Forces Korea receives the facility from the ministry. The "
    "requester has no contract with either of them.",
    "(c) The main contractor may deduct the value-added tax charged by the subcontractor as input tax in "
    "the usual way, so the tax does not become a cost of the project if the chain is invoiced correctly.",
    "",
    "What the requester must do",
    "",
    "The requester must issue amended tax invoices for the first three progress payments, adding value-"
    "added tax of 312 million won, by September 25, 2023. Because the error arose from a good-faith reading "
    "of the rules and is corrected before the next filing date, the office recommends that no penalty for "
    "late invoicing be imposed; the decision on penalties rests with the competent tax office.",
    "",
    "Scope of this ruling",
    "",
    "This ruling answers only the question above, on the facts stated. It does not address how the Ministry "
    "of National Defense treats value-added tax in the price of its main contracts, nor supplies made "
    "directly to U.S. Forces Korea under the Status of Forces Agreement. Rulings bind the tax authorities "
    "only in the case of the requester. Ruling officer: Nam Gyeong-hui, Value-Added Tax Rulings Division.",
]

PROGRESS_HEADER = "Hanul Construction Management Co. | SMA-IK-23-018 | Monthly Progress Report No. 14"
PROGRESS_FOOTER = "Prepared for the Ministry of National Defense, Defense Installations Agency"
PROGRESS_HYPHEN = ("generator", "gener")
PROGRESS_TEXT = [
    "Monthly Progress Report No. 14: October 2025",
    "SMA In-Kind Construction Project SMA-IK-23-018",
    "Fire and Emergency Services Station, Camp Humphreys, Pyeongtaek",
    "Construction manager: Hanul Construction Management Co. Report date: November 7, 2025",
    "",
    "1. Project summary",
    "",
    "The project is a two-story fire and emergency services station with five apparatus bays, a dispatch "
    "center, crew quarters for 32 firefighters and a training tower, with a total floor area of 4,850 "
    "square meters. It is funded from South Korea's contribution under the Special Measures Agreement "
    "(SMA) and provided in kind: the Ministry of National Defense has contracted Seorim E&C Co. of Cheonan "
    "for the works, at a contract price of 31.7 billion won including value-added tax, and will hand the "
    "finished station over to U.S. Forces Korea. The notice to proceed was issued on September 2, 2024. "
    "The contract period is 720 calendar days, to August 22, 2026.",
    "",
    "2. Progress",
    "",
    "At the end of October 2025 the planned cumulative progress was 58.0 percent and the actual cumulative "
    "progress was 53.4 percent. Progress in October alone was 4.1 percent against 5.0 percent planned. "
    "Structural work on the apparatus bays is complete. Roofing is 70 percent complete. Mechanical and "
    "electrical rough-in has started in the dispatch center.",
    "",
    "3. Causes of delay",
    "",
    "The main cause of the shortfall is the late delivery of the five sectional apparatus-bay doors, which "
    "the supplier in Changwon now promises for December 15, 2025, seven weeks late. Until the doors are "
    "installed, the bays cannot be closed and interior finishing in them cannot start. Four days of heavy "
    "rain in October also stopped roofing work. The contractor has submitted a recovery schedule that adds "
    "a second shift for finishing work from January 2026; we consider it achievable if the doors arrive "
    "as promised, and we do not at present expect the contract completion date to move.",
    "",
    "4. Workforce and safety",
    "",
    "An average of 126 workers were on site each working day in October, with a peak of 171 on October 23. "
    "There were no lost-time incidents. One near miss was recorded on October 14, when an unsecured sheet "
    "of roofing fell inside the barricaded zone; no one was hurt, and roof-edge tie-off checks are now "
    "made at the start of every shift. Fourteen toolbox safety talks were held. All workers on site hold "
    "valid U.S. Forces Korea base access passes; three passes expired during the month and were renewed "
    "without loss of work.",
    "",
    "5. Quality",
    "",
    "We carried out 38 inspections in October. Three nonconformance reports were raised: concrete cover "
    "to reinforcement in one training-tower column, the fire rating of a door frame in the dispatch "
    "center, and sealant at two roof penetrations. Two of the three were closed by the end of the month; "
    "the door frame remains open pending a replacement from the manufacturer.",
    "",
    "6. Cost and payments",
    "",
    "Six progress payments totaling 15.9 billion won have been made to the contractor so far. Two change "
    "orders have been approved, adding 412 million won in all: extra foundation work after unexpected soft "
    "ground under bay 5, and a larger backup generator requested by the U.S. side. A third change order, "
    "for an added vehicle exhaust extraction system, is under review.",
    "",
    "7. Coordination",
    "",
    "The monthly coordination meeting on October 29 was attended by the ministry's project officer, Lt. "
    "Col. Baek Jun-ho, the U.S. Army Corps of Engineers resident engineer, Ms. Teresa Alvarado, and the "
    "contractor's site manager, Mr. Gil Sang-woo. The U.S. side asked that the dispatch center be handed "
    "over early, by June 2026, so that communications equipment can be installed; the ministry will reply "
    "at the November meeting.",
    "",
    "8. Plan for November 2025",
    "",
    "Complete the roofing; continue mechanical and electrical rough-in; start interior partitions in the "
    "crew quarters; begin erecting the training tower's upper stages. Planned progress for November: 4.8 "
    "percent.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "vat_ruling_sma_subcontract_2023.pdf", VAT_HEADER, VAT_FOOTER,
                paginate(wrap(VAT_TEXT, VAT_HYPHEN)))
    write_brief(here / "humphreys_fire_station_progress_2025.pdf", PROGRESS_HEADER, PROGRESS_FOOTER,
                paginate(wrap(PROGRESS_TEXT, PROGRESS_HYPHEN)))


if __name__ == "__main__":
    main()
