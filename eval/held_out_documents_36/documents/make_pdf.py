"""Make the two PDF documents of this set: kn_furlough_supervisor_guidance_2020.pdf (a personnel office's guidance
to supervisors of Korean National employees before the April 2020 furlough) and tabletop_exercise_aar_2025.pdf (the
after-action report of an interagency tabletop exercise on a lapse of the SMA), each with a running header and
footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them. The
issuers (Area III Civilian Personnel Advisory Center, Korea Institute for Alliance Studies), the people and the
exercise are invented for this evaluation set; which facts come from the public record and which are composed is
listed in PROVENANCE.yaml.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

GUIDE_HEADER = "Area III Civilian Personnel Advisory Center | Supervisor Guidance 20-02 | February 2020"
GUIDE_FOOTER = "Area III CPAC, Camp Humphreys (English version; a Korean version is issued separately)"
GUIDE_HYPHEN = ("provisionally", "provi")
GUIDE_TEXT = [
    "Guidance for Supervisors of Korean National Employees: Preparing for a Possible Administrative Furlough",
    "Supervisor Guidance 20-02, issued February 7, 2020",
    "",
    "1. Why this guidance",
    "",
    "The Special Measures Agreement (SMA), under which the Republic of Korea pays most of the labor cost of "
    "Korean National (KN) employees, expired on December 31, 2019, and no new agreement has been concluded. "
    "If no agreement or other funding arrangement is in place, KN employees whose positions are not designated "
    "as essential will be placed in a non-pay, non-duty status, an administrative furlough, beginning April 1, "
    "2020. This guidance tells supervisors what they must do before then. It is a precaution; it does not mean "
    "that a furlough will happen.",
    "",
    "2. Numbers for Area III",
    "",
    "This center services 3,412 KN employees in 61 organizations in Area III. Under the criteria in section 3, "
    "commanders have provisionally designated 1,870 positions as essential. The remaining 1,542 employees "
    "would be furloughed. The numbers will change as organizations confirm their lists.",
    "",
    "3. Who is essential",
    "",
    "Essential positions are those needed to protect life, health and safety (fire protection, medical and "
    "dental care, food service, water and sanitation) and those needed for the immediate readiness of units "
    "on the peninsula. Supervisors may not add a position to the essential list because of workload alone, "
    "and may not designate a position as essential for part of a week.",
    "",
    "4. Timeline",
    "",
    "February 14: supervisors confirm the essential list for their organization in the personnel system.",
    "February 24 to 26: the center holds three information sessions for supervisors in the Camp Humphreys "
    "education center, one each day at 10:00.",
    "March 2: individual notices of a possible furlough are delivered to affected employees, in Korean and "
    "English, at least 30 days before the furlough would begin.",
    "March 31: last day of work for affected employees if no agreement has been reached. Government phones and "
    "laptops are returned that day; installation access badges are kept.",
    "April 1: furlough begins if no agreement or funding arrangement is in place.",
    "",
    "5. What furloughed employees may and may not do",
    "",
    "A furloughed employee may not perform any work, paid or voluntary, and may not read or answer work email. "
    "Employees may take outside employment during the furlough but must report it to the center within 10 days. "
    "National health insurance coverage continues; the employee's share of the premium is deferred. A "
    "furlough does not break continuity of service for the calculation of severance pay.",
    "",
    "6. What supervisors must not do",
    "",
    "Supervisors must not promise employees that they will be paid for the furlough period, must not share "
    "the names of affected employees outside the chain of command, and must not ask furloughed employees to "
    "come in for any reason. Questions from the media are referred to the public affairs office.",
    "",
    "7. Support for employees",
    "",
    "The Employee Assistance Program offers free counseling in Korean by telephone during the furlough. Local "
    "financial institutions near the installations have told the center they are preparing emergency loan "
    "products for affected employees; supervisors may pass on this information but must not recommend a "
    "particular lender.",
    "",
    "8. Contacts",
    "",
    "Labor relations specialist Melissa Tran, DSN 753-8821. Korean-language line: Kim Bo-ra, DSN 753-8830. "
    "Lists and forms: the center's shared drive, folder SG 20-02.",
]

AAR_HEADER = "Korea Institute for Alliance Studies | After-Action Report TTX-25-04 | December 2025"
AAR_FOOTER = "Korea Institute for Alliance Studies, Seoul. Not an official government document."
AAR_HYPHEN = ("committee", "com")
AAR_TEXT = [
    "Exercise BRIDGE YEAR: An Interagency Tabletop Exercise on a Lapse of the Special Measures Agreement",
    "After-action report. Exercise held November 20, 2025, in Seoul; report issued December 9, 2025",
    "",
    "Purpose",
    "",
    "The exercise tested how the Korean government would keep Korean employees of U.S. Forces Korea paid and "
    "SMA construction going if no new agreement is in force when the 12th Special Measures Agreement (SMA) "
    "expires. The 12th SMA covers 2026 through 2030. It sets the 2026 payment at 1.5192 trillion won and "
    "raises later years by consumer price inflation, with the annual rise capped at 5 percent. The exercise "
    "was held under a non-attribution rule: this report names no participant except the facilitator.",
    "",
    "Participants and format",
    "",
    "Thirty-four participants from 9 organizations took part: the foreign, defense and finance ministries, "
    "National Assembly committee staff, the Korean employees' union, two think tanks, and, as observers, two "
    "retired U.S. officials. Dr. Lim Chae-won of the Institute facilitated. The exercise ran for six hours "
    "and was built around four injects, each followed by a moderated discussion.",
    "",
    "Scenario",
    "",
    "The scenario is fictional. In October 2030 talks on a 13th agreement have not concluded. The planning "
    "figure for the 2030 payment is 1.74 trillion won, which assumes rises of about 3.5 percent a year; if "
    "the 5 percent cap bound in every year from 2027, the 2030 payment would be about 1.85 trillion won.",
    "",
    "Inject 1 (October 2030): the U.S. side proposes to fold the SMA into a broader figure of total support, "
    "on the model of the $33 billion in \"comprehensive support\" in the November 2025 joint fact sheet.",
    "Inject 2 (November 2030): U.S. Forces Korea warns that about 4,300 Korean employees would be furloughed "
    "from April 1, 2031 without a new agreement.",
    "Inject 3 (December 2030): a bill for interim funding of Korean employees' wages stalls in the National "
    "Assembly.",
    "Inject 4 (January 2031): a draft of the Korean negotiating position leaks to the press.",
    "",
    "Findings",
    "",
    "1. Legal basis. In 2020 Seoul paid the wages of Korean employees for the rest of the year, more than $200 "
    "million (about 243 billion won), counted against the eventual agreement, after the Pentagon accepted the "
    "offer on June 2, 2020. Participants agreed that repeating this would again need a special law, and that "
    "a standing legal basis, enacted in calm times, would save months.",
    "2. Who leads. Asked which agency would lead the response to inject 2, 5 of the 9 organizations named an "
    "agency other than their own, and no two named the same one.",
    "3. Communication. In the game the union learned of the furlough warning from the press before any "
    "ministry contacted it. The union representative called this \"exactly what happened in 2020\".",
    "4. Construction. Defense ministry participants estimated that 27 in-kind construction projects would "
    "stop within three months of a lapse, because new contracts could not be signed without an agreement in "
    "force.",
    "",
    "Recommendations",
    "",
    "1. Draft a standing law allowing the government to pay Korean employees' wages during a lapse, counted "
    "against the next agreement.",
    "2. Name the foreign ministry as the lead agency for a lapse, with the defense ministry leading on wages "
    "and construction.",
    "3. Agree in advance with the union on how and when it is told of furlough warnings.",
    "4. Repeat the exercise with the same organizations in the second half of 2027.",
    "",
    "Participant evaluation",
    "",
    "Of the 34 participants, 29 returned the evaluation form, and 24 of them rated the exercise useful or "
    "very useful. The most common criticism, made on 11 forms, was that the scenario gave too little time to "
    "the U.S. side's domestic politics.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "kn_furlough_supervisor_guidance_2020.pdf", GUIDE_HEADER, GUIDE_FOOTER,
                paginate(wrap(GUIDE_TEXT, GUIDE_HYPHEN)))
    write_brief(here / "tabletop_exercise_aar_2025.pdf", AAR_HEADER, AAR_FOOTER,
                paginate(wrap(AAR_TEXT, AAR_HYPHEN)))


if __name__ == "__main__":
    main()
