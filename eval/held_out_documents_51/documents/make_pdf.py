"""Make the two PDF documents of this set: hearing_loss_compensation_review_2025.pdf (an unofficial English
translation of a workers' compensation review committee's decision on the noise-induced hearing loss of a retired
Korean aircraft mechanic of U.S. Forces Korea, whose pay and insurance premiums come largely from Korea's SMA
contribution) and geotechnical_investigation_humphreys_uh_2025.pdf (the summary of a geotechnical investigation
report for an SMA in-kind barracks project at Camp Humphreys that found soft clay the bid design had not assumed),
each with a running header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break,
as report PDFs have them. The committee's case, the firms, the people and the figures are invented for this
evaluation set; which facts come from the public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

COMP_HEADER = "Industrial Accident Compensation Insurance Review Committee | Decision 2025-Jae-2871"
COMP_FOOTER = "Unofficial English translation prepared for information; the Korean decision prevails"
COMP_HYPHEN = ("industrial", "indus")
COMP_TEXT = [
    "INDUSTRIAL ACCIDENT COMPENSATION INSURANCE REVIEW COMMITTEE",
    "Decision on a Request for Review",
    "",
    "Decision No.: 2025-Jae-2871",
    "Date of decision: July 23, 2025",
    "Claimant: Seo Byung-cheol (born 1965), retired aircraft engine mechanic, former Korean employee of U.S. "
    "Forces Korea at Osan Air Base",
    "Original decision: Korea Workers' Compensation and Welfare Service, Pyeongtaek Branch, rejection of a "
    "disability benefit claim dated December 18, 2024",
    "",
    "1. Order",
    "",
    "The original decision is revoked. The claimant's hearing loss is an occupational disease caused by noise at "
    "work, and his disability is grade 11. The Pyeongtaek Branch shall pay the disability benefit accordingly.",
    "",
    "2. Facts",
    "",
    "The claimant worked as a Korean employee of U.S. Forces Korea from March 2, 1993 until he retired on June 30, "
    "2024, for 31 years and 4 months, in the engine shop and the engine test cell of an aircraft maintenance "
    "squadron at Osan Air Base. An industrial hygiene survey of the U.S. forces in 2019 measured noise levels of "
    "98 to 106 dB(A) in the test cell and 86 to 91 dB(A) in the engine shop, against the exposure limit of 85 "
    "dB(A) for an eight-hour day. Earmuffs were issued from 2003; before that the claimant was given foam plugs, "
    "which he says he used irregularly. His exposure was interrupted only from April 1 to June 15, 2020, when he "
    "was one of about 4,000 Korean employees put on unpaid leave because no Special Measures Agreement (SMA) was "
    "in force.",
    "",
    "The claimant filed his claim on September 2, 2024. The Pyeongtaek Branch rejected it on December 18, 2024 "
    "on the basis of one hearing test of November 2024, which showed average hearing thresholds of 38 dB in the "
    "right ear and 43 dB in the left ear. The Branch held that the loss in the right ear did not reach 40 dB and "
    "that the loss was largely due to age. The claimant asked for a review on February 10, 2025.",
    "",
    "3. The new tests",
    "",
    "The Committee had the claimant tested three times, on April 8, 15 and 22, 2025, at a designated university "
    "hospital in Suwon. The averages of the three tests were 44 dB in the right ear and 49 dB in the left ear. "
    "The audiometric curves of all three tests show the notch at 4,000 Hz that is typical of damage from noise.",
    "",
    "4. Reasons",
    "",
    "(a) A single test is not a reliable basis for refusing a claim when the result is close to the threshold. "
    "The three tests ordered by the Committee were consistent with one another, and both ears exceed 40 dB.",
    "",
    "(b) The claimant was exposed to noise above 85 dB(A) for far more than three years. Hearing loss that comes "
    "in part from aging does not break the causal link where long exposure to such noise is shown, and the "
    "pattern of the curves points to noise.",
    "",
    "(c) A loss of 40 dB or more in both ears is disability grade 11. The lump-sum disability benefit for grade 11 "
    "is 220 days of the average wage. The claimant's average daily wage, calculated at his retirement and "
    "adjusted as the law provides, is 231,640 won.",
    "",
    "5. Comments of the employer",
    "",
    "The civilian personnel office of U.S. Forces Korea, as the employer, sent the Committee the noise survey "
    "records on March 5, 2025. It stated that it pays the industrial accident insurance premiums for its Korean "
    "employees out of its labor cost funds, which come largely from Korea's contribution under the SMA, and that "
    "it paid premiums of 6.12 billion won for 2024. It did not contest the claim.",
    "",
    "6. Observations",
    "",
    "The Committee notes that from 2020 to 2024 the Service received 17 claims for noise-induced hearing loss "
    "from Korean employees of U.S. Forces Korea at Osan and Kunsan air bases and approved 11 of them. It "
    "recommends that the employer test the hearing of every worker in the engine shops and test cells each year "
    "and keep the results for at least ten years after the worker leaves.",
    "",
    "Panel: Prof. Nam Gyeong-hwa (chair), with six members including two specialists in occupational and "
    "environmental medicine. The decision was unanimous.",
]

GEO_HEADER = "Dasan Geotechnical Engineering Co., Ltd. | Report DGE-25-0417 (Summary) | Project SMA-IK-25-012"
GEO_FOOTER = "Prepared for the Ministry of National Defense, Defense Cost-Sharing Construction Division"
GEO_HYPHEN = ("foundations", "founda")
GEO_TEXT = [
    "GEOTECHNICAL INVESTIGATION REPORT: SUMMARY",
    "Unaccompanied Enlisted Housing, Buildings 1 and 2, Camp Humphreys",
    "Project SMA-IK-25-012 (SMA in-kind construction)",
    "Report DGE-25-0417, April 8, 2025",
    "",
    "1. Project and purpose",
    "",
    "The project provides two six-story barracks buildings with 456 rooms for U.S. Forces Korea at Camp "
    "Humphreys. It is construction that the Republic of Korea provides in kind under the Special Measures "
    "Agreement (SMA): the Ministry of National Defense awarded the design-build contract to Haesong Construction "
    "Co., Ltd. on December 20, 2024 for 96.5 billion won, with completion due on October 29, 2027. The bid design "
    "assumed spread and mat footings on 3 m of compacted fill with an allowable bearing pressure of 200 kPa. That "
    "assumption rested on three boreholes drilled in 2016 about 300 m from the site. This investigation was made "
    "to confirm the ground conditions before the final design.",
    "",
    "2. Work done",
    "",
    "From February 10 to February 27, 2025 we drilled 14 boreholes (BH-1 to BH-14), 331.6 m in total, with "
    "standard penetration tests every 1.5 m, took 28 undisturbed samples for laboratory testing and made four "
    "piezocone soundings. Two boreholes were fitted as groundwater observation wells.",
    "",
    "3. Ground conditions",
    "",
    "The 2.4 ha site was rice paddy before it was filled during the expansion of the installation. Below 2.0 to "
    "3.5 m of sandy gravel fill lies soft to medium alluvial clay, 6.5 to 14.2 m thick, with N values of 2 to 5. "
    "Below the clay are 3 to 6 m of silty sand (N 12 to 28) and then weathered soil and rock, whose top lies 19.5 "
    "to 30.8 m below the surface. Groundwater stands 1.2 to 2.8 m below the surface.",
    "",
    "Representative boreholes:",
    "BH-1   depth 24.0 m   clay 8.1 m    weathered rock at 21.2 m",
    "BH-4   depth 27.5 m   clay 11.6 m   weathered rock at 25.3 m",
    "BH-7   depth 32.5 m   clay 14.2 m   weathered rock at 30.8 m",
    "BH-9   depth 26.0 m   clay 10.4 m   weathered rock at 23.9 m",
    "BH-12  depth 21.5 m   clay 6.5 m    weathered rock at 19.5 m",
    "BH-14  depth 23.0 m   clay 7.3 m    weathered rock at 20.6 m",
    "",
    "4. Evaluation",
    "",
    "The clay can carry only about 85 kPa, well below the 200 kPa the bid design assumed. Under the building "
    "loads, without ground improvement, we estimate consolidation settlement of 38 to 46 cm over about three "
    "years, against an allowable total settlement of 2.5 cm and a differential settlement of 1/500. Shallow "
    "foundations are therefore not acceptable for the buildings.",
    "",
    "5. Options",
    "",
    "Option A: precast high-strength concrete (PHC) piles of 500 mm diameter driven to the weathered rock, 412 "
    "piles 21 to 32 m long. Added cost 6.84 billion won; added time 75 days.",
    "",
    "Option B: prefabricated vertical drains with a preload surcharge held for nine months, followed by mat "
    "foundations. Added cost 3.95 billion won; added time 270 days.",
    "",
    "6. Recommendation",
    "",
    "We recommend Option A for both buildings, because the delay of Option B would push the handover past the "
    "summer of 2028. For roads, parking and utilities outside the building footprints we recommend a preload "
    "of four months and flexible joints on sewer lines. With Option A the contract price would rise from 96.5 "
    "billion won to 103.34 billion won and the completion date would move to January 12, 2028.",
    "",
    "The ground conditions differ materially from those indicated in the bid documents. Whether the added cost "
    "is paid from the SMA in-kind construction funds as a differing site condition is for the Ministry and the "
    "U.S. design agent to decide; the Ministry has asked for a decision by May 30, 2025.",
    "",
    "Project engineer: Choi Dong-wook, P.E. (geotechnical)",
    "Reviewed by: Jang Mi-sook, P.E., Technical Director",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "hearing_loss_compensation_review_2025.pdf", COMP_HEADER, COMP_FOOTER,
                paginate(wrap(COMP_TEXT, COMP_HYPHEN)))
    write_brief(here / "geotechnical_investigation_humphreys_uh_2025.pdf", GEO_HEADER, GEO_FOOTER,
                paginate(wrap(GEO_TEXT, GEO_HYPHEN)))


if __name__ == "__main__":
    main()
