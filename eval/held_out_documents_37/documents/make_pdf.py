"""Make the two PDF documents of this set: sma_site_fall_investigation_2025.pdf (a regional occupational safety
office's investigation summary of a fatal fall at an SMA in-kind construction site at Camp Humphreys) and
kn_severance_valuation_2024.pdf (an actuarial firm's summary valuation of the severance pay owed to Korean
employees of U.S. Forces Korea), each with a running header and footer, page numbers, hard-wrapped lines and a word
hyphenated across a line break, as report PDFs have them. The issuers (Pyeongtaek Occupational Safety Office, Mirae
Actuarial Partners), the people, firms and projects are invented for this evaluation set; which facts come from the
public record and which are composed is listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

FALL_HEADER = "Pyeongtaek Occupational Safety Office | Investigation Summary 2025-PT-09 | May 2025"
FALL_FOOTER = "Pyeongtaek Occupational Safety Office (English summary; the Korean text governs)"
FALL_HYPHEN = ("guardrails", "guard")
FALL_TEXT = [
    "Fatal Fall at an SMA In-Kind Construction Site, Camp Humphreys",
    "Investigation Summary 2025-PT-09, issued May 14, 2025",
    "",
    "1. The accident",
    "",
    "On Tuesday, February 11, 2025, at about 10:40, a 54-year-old scaffolding worker fell 7.2 meters from "
    "the third-floor level of a building under construction at Camp Humphreys, Pyeongtaek. He was taken to a "
    "hospital in Pyeongtaek and died that evening. He was employed by Ilshin Scaffold Co., a subcontractor of "
    "the main contractor, Seorim Construction Co. On the day of the accident 86 workers were on the site.",
    "",
    "2. The project",
    "",
    "The building is a battalion headquarters for a U.S. Army unit, built as an in-kind construction project "
    "under the Special Measures Agreement (SMA) between Korea and the United States. It is funded from South "
    "Korea's SMA contribution: the Ministry of National Defense contracts with a Korean firm and pays it, and "
    "the finished facility is handed over to U.S. Forces Korea. The design was provided by the U.S. side. The "
    "contract is worth 33.6 billion won, and the work was 61 percent complete at the time of the accident. "
    "Because the contractor is a Korean firm working under a Korean government contract, Korean labor and "
    "safety law applies to its work, even inside the base.",
    "",
    "3. Access to the site",
    "",
    "Our inspectors reached the main gate at 13:20 on the day of the accident but were admitted to the site "
    "only at 15:25 the next day, some 26 hours later, while escorts and passes were arranged. Base police "
    "kept the scene secured in the meantime, and we found no sign that it had been disturbed. The delay did "
    "not change our findings, but it shows that no procedure exists for Korean inspectors to enter an SMA "
    "construction site quickly after a serious accident.",
    "",
    "4. What we found",
    "",
    "(a) The guardrail on the face of the scaffold from which the worker fell had been removed to hoist "
    "materials and had not been put back. There was no safety net below that face.",
    "(b) The worker was wearing a safety harness, but it was not attached: no anchor line had been installed "
    "on that face of the scaffold.",
    "(c) The main contractor's safety manager had recorded missing guardrails in 3 of the 11 daily "
    "inspections held in the two weeks before the accident. No work was stopped as a result.",
    "(d) The project was 45 days behind schedule, and the scaffolding crew had worked six days a week since "
    "early January.",
    "",
    "5. Measures taken",
    "",
    "We ordered all scaffolding work on the site stopped for 19 days, from February 12 to March 2, 2025. We "
    "found 14 violations of the Occupational Safety and Health Act by the main contractor and the "
    "subcontractor together, and imposed administrative fines totaling 38 million won. Because the accident "
    "caused a death, we referred the case of the main contractor's chief executive to the prosecutors under "
    "the Serious Accidents Punishment Act, in force since January 2022. That case is pending.",
    "",
    "6. Recommendations",
    "",
    "1. The main contractor should allow a guardrail to be removed only with a written permit and a named "
    "supervisor, and should check that it is restored the same day.",
    "2. Anchor lines should be installed on every scaffold face more than 2 meters above the ground.",
    "3. The Ministry of National Defense should agree with the U.S. side a procedure that admits Korean "
    "inspectors to an SMA construction site within 2 hours of a serious accident.",
    "4. The Ministry should count each contractor's safety record when it evaluates bids for SMA in-kind "
    "construction.",
    "",
    "7. Response",
    "",
    "The Ministry of National Defense accepted recommendations 1, 2 and 4 and asked the main contractor to "
    "carry out the first two on all of its SMA sites. On recommendation 3, it said it would raise the matter "
    "with the U.S. side, since access to the base is for U.S. Forces Korea to grant. We will check progress "
    "in November 2025.",
    "",
    "Inspector in charge: Kwon Na-rae.",
]

VAL_HEADER = "Mirae Actuarial Partners | Valuation Report MAP-25-031 | April 2025"
VAL_FOOTER = "Mirae Actuarial Partners, Seoul (summary for the Labor Cost Review Panel)"
VAL_HYPHEN = ("employees", "employ")
VAL_TEXT = [
    "Severance Pay Owed to Korean Employees of U.S. Forces Korea",
    "Actuarial valuation as at December 31, 2024 - summary of results",
    "",
    "Prepared for the Labor Cost Review Panel convened by the Ministry of National Defense. Lead actuary: "
    "Byun Ji-ho. Report dated April 22, 2025.",
    "",
    "1. Purpose",
    "",
    "Labor costs for the Korean employees of U.S. Forces Korea are one of the three cost categories of the "
    "Special Measures Agreement (SMA), alongside construction and logistics support, and South Korea's "
    "contribution pays for most of them. Under Korean law, an employee who leaves is owed severance pay of "
    "one month's average wage for each year of service. The panel asked us how large that obligation is, how "
    "much of it is covered by the reserve set aside for it, and how it will develop to the end of 2030, the "
    "last year of the 12th SMA.",
    "",
    "2. The workforce valued",
    "",
    "We valued 8,642 employees on the payroll on December 31, 2024. Their average age is 49.3 years and their "
    "average length of service is 17.8 years; 23.6 percent are women. The average monthly wage used for "
    "severance purposes is 5.94 million won. Periods of unpaid leave, such as the furlough of about 4,000 "
    "employees from April 1 to June 15, 2020, are counted as service in our model, as the employer's records "
    "count them.",
    "",
    "3. Results",
    "",
    "The accrued severance liability on the valuation date is 913.7 billion won. The reserve held against it "
    "is 611.2 billion won, so the funded ratio is 66.9 percent. A year earlier, at the end of 2023, the "
    "funded ratio was 71.4 percent; the fall reflects the 2024 wage increase and the larger number of "
    "long-serving staff.",
    "",
    "If wages grow one percentage point a year faster than our central assumption, the liability at the end "
    "of 2030 would be 7.9 percent higher. If they grow one point slower, it would be 7.1 percent lower.",
    "",
    "4. Retirements to 2030",
    "",
    "Employees retire at 60. On our data, 1,930 employees reach that age between 2025 and 2030:",
    "",
    "2025: 288 | 2026: 301 | 2027: 316 | 2028: 329 | 2029: 342 | 2030: 354",
    "",
    "We estimate the severance paid to these retirees at 298.7 billion won in all. Because retirements rise "
    "every year, severance payments will take a growing share of the labor cost budget during the 12th SMA, "
    "whose first-year payment in 2026 is 1.5192 trillion won.",
    "",
    "5. If an agreement lapses",
    "",
    "The panel asked what would happen if the 12th SMA expired at the end of 2030 with no successor. A lapse "
    "does not reduce the severance already owed. If employees were dismissed rather than furloughed, the "
    "whole liability for those employees would fall due at once. We did not model dismissals, which are a "
    "policy question rather than an actuarial one.",
    "",
    "6. Recommendations",
    "",
    "1. Raise the funded ratio to 80 percent by the end of 2028, by adding to the reserve each year.",
    "2. Repeat this valuation every year, using payroll data as at December 31.",
    "3. Report the funded ratio to the panel alongside the yearly SMA execution figures.",
    "",
    "Limitations: we relied on payroll data supplied through the Ministry and did not audit it. Our figures "
    "are estimates and will change with wages, retirements and the law.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "sma_site_fall_investigation_2025.pdf", FALL_HEADER, FALL_FOOTER,
                paginate(wrap(FALL_TEXT, FALL_HYPHEN)))
    write_brief(here / "kn_severance_valuation_2024.pdf", VAL_HEADER, VAL_FOOTER,
                paginate(wrap(VAL_TEXT, VAL_HYPHEN)))


if __name__ == "__main__":
    main()
