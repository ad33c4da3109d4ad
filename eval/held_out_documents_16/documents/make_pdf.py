"""Make the two PDF briefs of this set: nuclear_test_2006.pdf and samsung_taylor_fab.pdf, each with a running header
and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them. The
publishers (Nonproliferation Review Notes, Korea-U.S. Investment Monitor) and the authors (Thomas Reilly, Grace
Whitfield) are invented for this evaluation set; the facts come from the public reports listed in PROVENANCE.yaml, and
each author's closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

NUCLEAR_HEADER = "Nonproliferation Review Notes | No. 7 | October 2016"
NUCLEAR_FOOTER = "Nonproliferation Review Notes, Washington, D.C."
NUCLEAR_HYPHEN = ("underground", "under")
NUCLEAR_TEXT = [
    "Ten Years On: North Korea's First Nuclear Test and Resolution 1718",
    "by Thomas Reilly",
    "",
    "On October 9, 2006, North Korea became the eighth country to set off a nuclear explosion, after the United "
    "States, Russia, Britain, France, China, India and Pakistan. This brief recalls the test, how it was confirmed "
    "and how the Security Council answered it.",
    "",
    "The warning",
    "",
    "On October 3, 2006, North Korea's Foreign Ministry announced that it would conduct a nuclear test. On October 6 "
    "the Security Council issued a unanimous statement warning that a test would 'jeopardize peace, stability, and "
    "security in the region and beyond'. The Council had already condemned Pyongyang in mid-July, after it "
    "test-launched seven missiles, and North Korea had boycotted the six-party nuclear talks since late 2005.",
    "",
    "The test",
    "",
    "The device was detonated underground at 10:35 a.m. local time on Monday, October 9 (01:35 UTC), near P'unggye "
    "in Kilju County, North Hamgyong Province, about 385 kilometers northeast of Pyongyang. China, the North's "
    "closest ally, was reportedly given about 20 minutes' notice and passed an alert to Washington. The U.S. "
    "Geological Survey measured a seismic event of magnitude 4.2; the test-ban treaty organization in Vienna put it "
    "at 4.0 and South Korean agencies at 3.58 to 3.7. The Korean Central News Agency said the test had been carried "
    "out safely, with no radioactive leakage, and 'with indigenous wisdom and technology 100 percent'.",
    "",
    "How big was it?",
    "",
    "The blast was much smaller than expected, and estimates varied widely in the first days, which is a reminder "
    "of how much any interpretation of seismic data depends on the geology of the site. South Korea put the yield "
    "at about half a kiloton, some 550 tons of TNT, while Russian Defense Minister Sergei Ivanov spoke of 5 to 15 "
    "kilotons. A U.S. intelligence official later said it was roughly equal to 200 tons of TNT, when experts had "
    "expected several thousand tons, and many analysts concluded that the device had partly failed. The bomb "
    "dropped on Hiroshima in 1945 yielded roughly 13 kilotons.",
    "",
    "Confirmation",
    "",
    "The U.S. Air Force sent a WC-135 Constant Phoenix aircraft to sample the air downwind. A sample taken on "
    "Tuesday, October 10, showed nothing, but one collected on Wednesday, October 11, contained radioactive "
    "debris. On Monday, October 16, the office of Director of National Intelligence John Negroponte confirmed in a "
    "short statement that North Korea had conducted an underground nuclear explosion in the vicinity of P'unggye on "
    "October 9, and that the yield was less than a kiloton.",
    "",
    "Resolution 1718",
    "",
    "On Saturday, October 14, 2006, at its 5,551st meeting, the Security Council adopted Resolution 1718 "
    "unanimously, by 15 votes to none. Japan, a non-permanent member that year, held the Council presidency for "
    "October. The resolution was adopted under Chapter VII of the U.N. Charter but specifically under Article 41, "
    "which covers measures short of armed force. It demanded that North Korea conduct no further test, abandon its "
    "nuclear weapons and return to the six-party talks; barred the supply to the North of battle tanks, armored "
    "combat vehicles, large-caliber artillery, combat aircraft, attack helicopters, warships and missiles, as well "
    "as luxury goods; froze the assets of, and banned travel by, people tied to the weapons programs; and called "
    "upon states to inspect cargo going to and from the North as necessary. The first U.S. draft had said states "
    "'shall' inspect. Every member state was to report on its measures within 30 days, and a sanctions committee "
    "of all 15 Council members was to report at least every 90 days.",
    "",
    "The day before the vote, U.S. Ambassador John Bolton had said the luxury ban might be 'a little diet for Kim "
    "Jong Il'. Minutes after it, Chinese Ambassador Wang Guangya said China would not take part in cargo "
    "searches; Bolton pointed out that China had voted for the resolution that authorized them. North Korea's envoy "
    "said his government 'totally rejects' the text, and President George W. Bush called it 'swift and tough'.",
    "",
    "Back to the table",
    "",
    "Secretary of State Condoleezza Rice left on October 17 for Japan, South Korea, China and Russia. Beijing sent "
    "its envoy Tang Jiaxuan to Pyongyang, where Kim Jong Il reportedly told him there were no plans for another "
    "test. Chinese trade figures showed no oil exports to the North in September, although Beijing denied cutting "
    "supplies. On October 31, after seven hours of meetings in Beijing with his Chinese and North Korean "
    "counterparts, Assistant Secretary of State Christopher Hill announced that North Korea would return to the "
    "six-party talks without conditions; Washington agreed to discuss the U.S. financial sanctions that the North "
    "had made its reason for staying away. Hill said he had not yet 'broken out the cigars and champagne'.",
    "",
    "The author's view",
    "",
    "Resolution 1718 set the pattern of the decade that followed: a unanimous vote, sanctions with exemptions, and "
    "enforcement left to the states with the least appetite for it. The test itself was small, but the precedent "
    "was not.",
]

SAMSUNG_HEADER = "Korea-U.S. Investment Monitor | Issue 22 | August 2025"
SAMSUNG_FOOTER = "Korea-U.S. Investment Monitor, Seoul and Austin"
SAMSUNG_HYPHEN = ("semiconductor", "semicon")
SAMSUNG_TEXT = [
    "Taylor, Texas: Samsung's Biggest U.S. Bet, from Site Choice to the Tesla Contract",
    "by Grace Whitfield",
    "",
    "Samsung Electronics' chip plant in Taylor, Texas, has become a test case for whether subsidies can bring "
    "leading-edge chipmaking to the United States. This brief follows it from the site decision in 2021 to the "
    "customer that finally arrived in 2025.",
    "",
    "The choice of Taylor",
    "",
    "On November 23, 2021, Texas Governor Greg Abbott announced at the Governor's Mansion in Austin that Samsung "
    "would build a semiconductor fabrication plant of about $17 billion in Taylor, a small city in Williamson County "
    "about an hour northeast of Austin. He was joined by Kinam Kim, vice chairman and chief executive of Samsung's "
    "Device Solutions Division. The plant, on about 1,200 acres, was to create more than 2,000 high-tech jobs and at "
    "least 6,500 construction jobs, and Abbott called it the largest foreign direct investment in Texas on record. "
    "It brought Samsung's investment in Texas since 1996 to more than $35 billion.",
    "",
    "Samsung had also weighed sites in New York, Arizona and the city of Austin, where it has run a chip plant for "
    "25 years. Kim said the decision rested on incentive programs, the readiness and stability of infrastructure, "
    "and the local talent pool. Under a Chapter 313 agreement with the Taylor school district, Samsung had applied "
    "for a tax break of about $314 million over 10 years. Reporters asked about the power grid: the February 2021 "
    "winter storm had caused about $339 million in damage at the Austin plant. Abbott said he was 'extremely "
    "confident' the grid was stable. Taylor Mayor Brandt Rydell called the project the most significant development "
    "for the local economy since the International & Great Northern Railroad laid tracks there in the 1870s. "
    "Construction was to start in early 2022, with production in the second half of 2024.",
    "",
    "The federal money",
    "",
    "In August 2022 Congress passed the CHIPS and Science Act, with $39 billion in subsidies for semiconductor "
    "manufacturing and $75 billion in government lending authority. On April 15, 2024, the Commerce Department and "
    "Samsung signed a non-binding preliminary memorandum of terms for up to $6.4 billion in direct funding. "
    "Officials said Samsung would invest about $45 billion in Texas by the end of the decade, in two fabs, a research "
    "center and an advanced packaging plant in Taylor and an expansion in Austin; the first Taylor fab was to make "
    "2-nanometer chips from 2026, and up to $40 million was set aside for workforce training.",
    "",
    "The final award, announced on December 20, 2024, was up to $4.745 billion. Samsung's planned investment had "
    "by then been revised to $37 billion, and a Commerce spokesperson said the award had been changed 'to align with "
    "market conditions and the scope of the investment'. Commerce Secretary Gina Raimondo said the United States was "
    "now the only country home to all five leading-edge semiconductor manufacturers.",
    "",
    "A fab without a customer",
    "",
    "Taylor's problem was demand. Samsung's foundry business, which makes chips to other companies' designs, "
    "struggled to win clients from Taiwan's TSMC; it pushed the plant's start back to 2026 and postponed deliveries "
    "of ASML lithography equipment. Analysts estimated the foundry division lost more than 5 trillion won, about "
    "$3.6 billion, in the first half of 2025.",
    "",
    "The Tesla contract",
    "",
    "On July 28, 2025, Samsung disclosed a contract worth 22.8 trillion won, or $16.5 billion, running from July 26, "
    "2025 to December 31, 2033, without naming the customer. Elon Musk confirmed on X that it was Tesla and that "
    "Samsung's 'giant new Texas fab' would be dedicated to Tesla's next-generation AI6 chip; Samsung already makes "
    "the AI4 chip, and TSMC will make AI5. Musk said Samsung had agreed to let Tesla help maximize manufacturing "
    "efficiency and that he would 'walk the line personally'. Samsung shares rose more than 6 percent.",
    "",
    "The author's view",
    "",
    "The Tesla deal gives Taylor the anchor customer it lacked, but one customer is not a business. The smaller "
    "federal award shows that subsidies follow investment, not the other way round.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "nuclear_test_2006.pdf", NUCLEAR_HEADER, NUCLEAR_FOOTER,
                paginate(wrap(NUCLEAR_TEXT, NUCLEAR_HYPHEN)))
    write_brief(here / "samsung_taylor_fab.pdf", SAMSUNG_HEADER, SAMSUNG_FOOTER,
                paginate(wrap(SAMSUNG_TEXT, SAMSUNG_HYPHEN)))


if __name__ == "__main__":
    main()
