"""Make the two PDF documents of this set: auditor_report_dongil_base_services_2024.pdf (an English translation of
the independent auditor's report on the 2024 financial statements of a facility-services company that earns most
of its revenue from SMA logistics support contracts, with its key audit matters) and
ordinary_wage_ruling_kn_employees_2025.pdf (an appeals court's press summary of its judgment on an ordinary-wage
claim by Korean employees of U.S. Forces Korea, whose labor costs are largely paid from Korea's SMA contribution),
each with a running header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break,
as report PDFs have them. The company, the audit firm, the court's case, the people and the figures are invented
for this evaluation set; which facts come from the public record and which are composed is listed in
PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

AUDIT_HEADER = "Cheonji Accounting Corporation | Independent Auditor's Report | Dongil Base Services Co., Ltd. (FY2024)"
AUDIT_FOOTER = "English translation for convenience; the Korean original prevails"
AUDIT_HYPHEN = ("presentation", "presen")
AUDIT_TEXT = [
    "INDEPENDENT AUDITOR'S REPORT",
    "",
    "To the Shareholders and the Board of Directors of Dongil Base Services Co., Ltd.",
    "",
    "Opinion",
    "",
    "We have audited the financial statements of Dongil Base Services Co., Ltd. (the Company), which comprise the "
    "statement of financial position as at December 31, 2024, and the statements of comprehensive income, changes "
    "in equity and cash flows for the year then ended, and notes, including material accounting policy "
    "information. In our opinion, the accompanying financial statements present fairly, in all material respects, "
    "the financial position of the Company as at December 31, 2024, and its financial performance and its cash flows "
    "for the year then ended in accordance with Korean International Financial Reporting Standards (K-IFRS).",
    "",
    "Basis for opinion",
    "",
    "We conducted our audit in accordance with the Korean Standards on Auditing. We are independent of the Company "
    "in accordance with the ethical requirements that are relevant to our audit in the Republic of Korea, and we "
    "have fulfilled our other ethical responsibilities. We believe that the audit evidence we have obtained is "
    "sufficient and appropriate to provide a basis for our opinion. We set overall materiality for the financial "
    "statements as a whole at 1.2 billion won, about 1 percent of revenue.",
    "",
    "Key audit matters",
    "",
    "Key audit matters are those matters that, in our professional judgment, were of most significance in our "
    "audit of the financial statements of the current period. They were addressed in the context of our audit of "
    "the financial statements as a whole, and we do not provide a separate opinion on them.",
    "",
    "1. Revenue from SMA logistics support contracts (Notes 4 and 22)",
    "",
    "The Company provides custodial, facility maintenance, dining facility and transportation services at nine "
    "installations of U.S. Forces Korea under 14 contracts with the Ministry of National Defense. These services are "
    "logistics support that the Republic of Korea provides in kind under the Special Measures Agreement (SMA) with "
    "the United States, and the ministry pays for them from Korea's SMA contribution. Revenue from these contracts "
    "was 96.8 billion won in 2024 (2023: 88.1 billion won), or 79.8 percent of the Company's total revenue of "
    "121.3 billion won. Revenue is recognized monthly for services that the U.S. contracting officer's "
    "representative has accepted, less any deduction for unsatisfactory performance.",
    "",
    "We identified this as a key audit matter because of its size and because revenue could be recognized for "
    "services that had not yet been accepted or without the deductions that the contracts require.",
    "",
    "How our audit addressed the matter: we tested the controls over monthly invoicing; we agreed a sample of 60 "
    "monthly invoices to signed acceptance reports and deduction notices; and we sent a confirmation request to "
    "the ministry for the receivable balance at December 31, 2024. The Company recorded 15.7 billion won receivable "
    "from the ministry and the ministry confirmed 15.2 billion won. The difference related to December invoices "
    "that were still under acceptance review at the year end, and we examined their collection in January and "
    "February 2025.",
    "",
    "2. Price adjustment receivable for the 2024 minimum wage increase (Note 11)",
    "",
    "The contracts allow the price to be adjusted when the statutory minimum wage rises. In December 2024 the "
    "Company claimed an adjustment of 3.42 billion won for 2024. In February 2025 the ministry accepted 2.24 "
    "billion won and rejected 1.18 billion won, which related to supervisors whose wages were already above the "
    "minimum wage. The Company recognized only the accepted 2.24 billion won as revenue and receivable, and it "
    "discloses the rejected amount as a contingent asset in Note 31 because it intends to take the claim to the "
    "National Contract Dispute Mediation Committee.",
    "",
    "How our audit addressed the matter: we read the adjustment clause of each contract, recomputed the claim from "
    "payroll records for a sample of 220 workers, inspected the ministry's letter of February 11, 2025, and "
    "assessed whether the recognized amount was highly probable not to reverse.",
    "",
    "Emphasis of matter: dependence on one customer",
    "",
    "We draw attention to Note 4, which describes the Company's dependence on contracts paid from Korea's SMA "
    "contribution. Of its 2,140 employees at December 31, 2024, 1,870 worked on these contracts. The 11th SMA "
    "covers 2020 through 2025 and the 12th SMA covers 2026 through 2030. Seven of the Company's 14 contracts expire "
    "in 2025 and will be tendered again. Our opinion is not modified in respect of this matter.",
    "",
    "Responsibilities of management and of those charged with governance",
    "",
    "Management is responsible for the preparation and fair presentation of the financial statements in accordance "
    "with K-IFRS and for such internal control as it determines is necessary. Those charged with governance are "
    "responsible for overseeing the Company's financial reporting process.",
    "",
    "The engagement partner on the audit resulting in this report is Jeon Hae-won.",
    "",
    "Cheonji Accounting Corporation",
    "27 Teheran-ro 87-gil, Gangnam-gu, Seoul",
    "March 14, 2025",
    "",
    "This report is effective as of March 14, 2025, the auditor's report date. Events occurring after that date "
    "may have a material effect on the financial statements and notes.",
]

WAGE_HEADER = "Seoul High Court | Public Information Office | Press summary, Case 2024Na20517"
WAGE_FOOTER = "Unofficial English translation of the court's press summary; the judgment prevails"
WAGE_HYPHEN = ("workforce", "work")
WAGE_TEXT = [
    "SEOUL HIGH COURT",
    "Press Summary of Judgment",
    "",
    "Case: 2024Na20517 (wage claim)",
    "Court: 38th Civil Division",
    "Date of judgment: July 10, 2025",
    "Plaintiffs: 1,483 current and former Korean employees of U.S. Forces Korea",
    "Defendant: the United States of America",
    "First instance: Seoul Central District Court, judgment of February 15, 2024",
    "",
    "1. Summary of the ruling",
    "",
    "The court held that two allowances paid to Korean employees of U.S. Forces Korea, the holiday bonus and the "
    "longevity pay, form part of the ordinary wage on which overtime, night and holiday work premiums and the "
    "annual leave allowance must be calculated. It ordered the defendant to pay the plaintiffs a total of 21.9 "
    "billion won for the period from March 2020 to December 2022. At first instance the plaintiffs had been awarded "
    "18.6 billion won, because the district court had accepted the holiday bonus but not the longevity pay.",
    "",
    "2. The allowances in question",
    "",
    "The holiday bonus is paid twice a year, before the Lunar New Year and Chuseok, at 50 percent of monthly base pay "
    "each time. Longevity pay is paid every month to employees with three or more years of service, at a rate that "
    "rises with the length of service. Both are set out in the pay rules that U.S. Forces Korea applies to its "
    "Korean employees.",
    "",
    "3. Reasons",
    "",
    "(a) The court found that both allowances are paid regularly and uniformly to every employee who meets the "
    "stated conditions, and that they are paid for the work agreed in the contract of employment. The defendant "
    "argued that longevity pay is not part of the ordinary wage because it depends on years of service, which an "
    "employee cannot earn by working overtime. The court rejected this: years of service are a condition known in "
    "advance for each employee, and once met, the allowance is paid whatever the employee's performance.",
    "",
    "(b) The defendant also argued that the claims were contrary to good faith because they would impose an "
    "unexpected financial burden. It pointed out that the labor costs of its Korean workforce are paid largely "
    "from the Republic of Korea's contribution under the Special Measures Agreement (SMA), which is fixed in advance "
    "for each year, and recalled that when no SMA was in force in 2020, about 4,000 Korean employees were put on "
    "unpaid leave from April 1 to June 15, 2020. The court rejected this defense. The amount awarded equals about "
    "2.4 percent of the total payroll of the Korean workforce for the three years, about 912 billion won, and "
    "nothing showed that paying it would threaten the employer's operations. How the employer funds its labor "
    "costs, including through a cost-sharing arrangement between governments, does not change what the employees "
    "are owed.",
    "",
    "(c) The suit was filed on March 2, 2023. Wages that fell due before March 2, 2020 are barred by the three-year "
    "limitation period for wage claims, and the court excluded them, which reduced the award by 1.2 billion won.",
    "",
    "4. Amounts awarded",
    "",
    "The awards to individual plaintiffs range from 0.4 million won to 61.3 million won. The largest award went to "
    "a firefighter at Camp Humphreys who worked many night and holiday shifts. The court ordered interest at 5 "
    "percent a year from each due date until July 10, 2025, and at 12 percent a year from the following day until "
    "payment. The claims of 29 plaintiffs who had left before March 2020 were dismissed in full.",
    "",
    "5. Effect on future pay",
    "",
    "In the proceedings the defendant estimated that counting both allowances in the ordinary wage would raise its "
    "yearly labor costs for Korean employees by about 7.4 billion won. The court noted that this is a matter for "
    "the employer and, where relevant, for the two governments when they plan the labor cost share of the SMA "
    "contribution, which under the 12th SMA is 1.5192 trillion won in all for 2026.",
    "",
    "6. Appeal",
    "",
    "Either party may appeal to the Supreme Court within two weeks of being served with the written judgment.",
    "",
    "Panel: Presiding Judge Moon Seong-hee, Judge Yang Ji-ho, Judge Kim Ha-eun",
    "Press inquiries: Public Information Office, Judge Lee Jae-won, spokesperson",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "auditor_report_dongil_base_services_2024.pdf", AUDIT_HEADER, AUDIT_FOOTER,
                paginate(wrap(AUDIT_TEXT, AUDIT_HYPHEN)))
    write_brief(here / "ordinary_wage_ruling_kn_employees_2025.pdf", WAGE_HEADER, WAGE_FOOTER,
                paginate(wrap(WAGE_TEXT, WAGE_HYPHEN)))


if __name__ == "__main__":
    main()
