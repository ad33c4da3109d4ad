"""Make the two PDF briefs of this set: banco_delta_asia_2007.pdf and sk_hynix_indiana_2024.pdf, each with a running
header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs have them.
The publishers (Sanctions Policy Monitor, Midwest Chips Monitor) and the authors (Laura Brenner, Daniel Hartmann) are
invented for this evaluation set; the facts come from the public reports listed in PROVENANCE.yaml, and each author's
closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

BDA_HEADER = "Sanctions Policy Monitor | Brief No. 9 | August 2007"
BDA_FOOTER = "Sanctions Policy Monitor, Washington, D.C."
BDA_HYPHEN = ("correspondent", "corre")
BDA_TEXT = [
    "The $25 Million Detour: Banco Delta Asia and the North Korean Nuclear Talks",
    "by Laura Brenner",
    "",
    "For almost two years, a small bank in Macau stood between the six-party talks and the shutdown of North Korea's "
    "Yongbyon reactor. This brief traces how a Treasury designation under the USA PATRIOT Act froze about $25 million "
    "in North Korean money, and how it took the Federal Reserve and the Russian central bank to send it home.",
    "",
    "The designation",
    "",
    "On September 15, 2005, the Treasury Department's Financial Crimes Enforcement Network (FinCEN) named Banco Delta "
    "Asia SARL a 'primary money laundering concern' under Section 311 of the USA PATRIOT Act, calling the bank a "
    "'willing pawn' of the North Korean government. Treasury alleged that for some 20 years the bank had served North "
    "Korean firms with little oversight, including by handling counterfeit U.S. currency and suspicious cash deposits, "
    "and it proposed a rule that would bar U.S. banks from keeping correspondent accounts for it. The finding was "
    "published in the Federal Register on September 20. Four days after the designation, on September 19, the six "
    "parties in Beijing issued a joint statement in which North Korea committed to abandoning all nuclear weapons and "
    "existing nuclear programs.",
    "",
    "BDA, founded in 1935 and controlled by its chairman, Stanley Au, a former gold trader and member of Macau's "
    "legislature, was among the territory's smallest banks, with eight branches and about 150 employees. Au called the "
    "accusations 'totally unfounded'. The designation set off a run: over Friday and Saturday, September 16 and 17, "
    "depositors withdrew some HK$300 million, about US$38 million or roughly 10 percent of deposits. Macau's chief "
    "executive, Edmund Ho, appealed for calm, the government appointed administrators to help run the bank, and North "
    "Korean accounts holding about $25 million were frozen. Other banks in the region reportedly began closing North "
    "Korean accounts of their own accord.",
    "",
    "The boycott",
    "",
    "Pyongyang made the frozen funds its reason for staying away from the six-party talks, which it boycotted for more "
    "than a year and rejoined only in December 2006. Separate talks on the financial issue, held alongside the "
    "six-party meeting in Beijing in December 2006, ended without agreement. Then, on February 13, 2007, the six "
    "parties agreed on first steps: North Korea would shut down and seal the Yongbyon facilities within 60 days in "
    "exchange for an initial 50,000 tons of heavy fuel oil, with aid of up to 1 million tons of fuel oil in all once "
    "it disabled them. Separately, Washington promised to resolve the BDA issue within 30 days.",
    "",
    "The final rule",
    "",
    "On March 14, 2007, Treasury finalized its rule after an 18-month investigation led by Deputy Assistant Secretary "
    "Daniel Glaser, under Under Secretary Stuart Levey. The rule, published in the Federal Register on March 19 and "
    "effective April 18, 2007, prohibits U.S. financial institutions from maintaining correspondent accounts for BDA "
    "or its subsidiaries, Delta Asia Credit Limited and Delta Asia Insurance Limited. Treasury stressed that it "
    "targeted the bank, not Macau as a jurisdiction, and left the fate of the frozen money to the Macau authorities. "
    "An audit of BDA by Ernst & Young, commissioned by those authorities, had found no evidence to support the "
    "allegations, according to the bank's lawyers; Glaser said the audit was not a criminal investigation and had "
    "found many compliance failures.",
    "",
    "The transfer",
    "",
    "On April 10 the Macau authorities announced that the money had been returned to the original accounts and that "
    "the holders were free to collect it. North Korea wanted it wired to an account of its own, but no commercial bank "
    "would touch funds tainted by a U.S. money-laundering finding, and the 60-day deadline of the February agreement "
    "passed on April 14 with Yongbyon still running. New Mexico Governor Bill Richardson, visiting Pyongyang to bring "
    "home the remains of American soldiers, said the North had promised to invite inspectors within a day of receiving "
    "the funds.",
    "",
    "The solution, announced in mid-June, was a chain of central banks. The money went from the Macau Monetary "
    "Authority to the Federal Reserve Bank of New York, then to the Central Bank of Russia and on to Dalcombank in "
    "Khabarovsk, in Russia's Far East, where North Korea held an account. Because the New York Fed is not a commercial "
    "bank, U.S. officials said, it was not bound by the rule barring dealings with BDA. Treasury spokeswoman Molly "
    "Millerwise thanked Russia for its willingness to help. On June 16 North Korea invited the International Atomic "
    "Energy Agency to discuss the shutdown, and on June 25 its Foreign Ministry confirmed that the funds had arrived, "
    "declaring that 'the troublesome issue of the frozen funds' was finally resolved and that the money would be used "
    "for humanitarian purposes. The same day an IAEA team led by Olli Heinonen reached Beijing on its way to "
    "Pyongyang, the agency's first visit since North Korea expelled its inspectors in December 2002. In mid-July, "
    "after the first fuel oil had arrived, North Korea shut down the Yongbyon reactor under IAEA monitoring.",
    "",
    "The author's view",
    "",
    "BDA showed that a single Section 311 finding against a small bank could cut a country off from much of the "
    "world's banking system. It also showed the cost: a sanction built as law enforcement became a bargaining chip, "
    "and releasing it took more than four months, two central banks and the credibility of the tool itself.",
]

HYNIX_HEADER = "Midwest Chips Monitor | Issue 5 | January 2025"
HYNIX_FOOTER = "Midwest Chips Monitor, Indianapolis"
HYNIX_HYPHEN = ("semiconductor", "semicon")
HYNIX_TEXT = [
    "West Lafayette's Memory Bet: SK hynix, Purdue and the CHIPS Act",
    "by Daniel Hartmann",
    "",
    "In 2024 a South Korean memory maker chose a research park in central Indiana for the first plant in the United "
    "States to package high-bandwidth memory (HBM), the stacked DRAM chips that sit beside the processors used to "
    "train artificial intelligence systems. This brief follows the project from the announcement in April to the "
    "federal award that closed the year.",
    "",
    "The announcement",
    "",
    "On Wednesday, April 3, 2024, at a ceremony at Purdue University in West Lafayette, SK hynix said it would invest "
    "an estimated $3.87 billion in an advanced packaging fabrication plant and research and development facility for "
    "AI products. The 430,000-square-foot plant will stand on 90 acres in the Purdue Research Park. It is to begin "
    "mass production of next-generation HBM in the second half of 2028 and to create more than 1,000 jobs, although "
    "the state's own release spoke of up to 800 new jobs by the end of 2030. Purdue President Mung Chiang called it "
    "the largest single investment in Indiana's history; West Lafayette and Phoenix had reportedly been the final "
    "candidates.",
    "",
    "The stage was crowded. Governor Eric Holcomb, Senator Todd Young, White House science adviser Arati Prabhakar, "
    "Assistant Secretary of Commerce Arun Venkataraman, Indiana Secretary of Commerce David Rosenberg, Purdue Research "
    "Foundation chairman Mitch Daniels, West Lafayette Mayor Erin Easter and South Korea's ambassador, Cho Hyundong, "
    "joined SK vice chairman Yu Jeong Joon, SK hynix chief executive Kwak Noh-Jung and Choi Woojin, the company's head "
    "of package and test. Kwak said the project would lay the foundation of a 'Silicon Heartland' and joked that "
    "access to Big Ten games was a bonus; Purdue's men's basketball team had just reached the Final Four.",
    "",
    "The plant will not make the memory dies themselves, which analysts expect to come from SK hynix's fabs in Korea; "
    "it will stack, connect and test them, and develop future generations in a packaging R&D line. SK hynix will work "
    "with Purdue, including its Birck Nanotechnology Center, and with Ivy Tech Community College on research, training "
    "programs and curricula.",
    "",
    "The incentives",
    "",
    "The Indiana Economic Development Corporation offered up to $3 million in training grants, $3 million in "
    "manufacturing readiness grants, up to $80 million in conditional performance payments and up to $554.7 million in "
    "tax rebates, the largest incentive package in the state's history at the time.",
    "",
    "On August 6, 2024, the Commerce Department and SK hynix signed a non-binding preliminary memorandum of terms for "
    "up to $450 million in direct funding under the CHIPS and Science Act, with up to $500 million in proposed loans; "
    "the company also expects to claim the Treasury's investment tax credit of 25 percent of qualifying capital "
    "spending. On December 19, 2024, after the department's due diligence, Commerce announced the final award: up to "
    "$458 million in direct funding, plus up to $500 million in loans, to be paid out as the company completes agreed "
    "milestones. Commerce Secretary Gina Raimondo said the investment would make America's AI hardware supply chain "
    "one no other country could match and create hundreds of jobs in Indiana. The award counts on about 1,000 jobs at "
    "the plant and hundreds more in construction.",
    "",
    "Why it matters",
    "",
    "AI demand has made HBM one of the tightest links in the semiconductor supply chain, and until now almost all of "
    "it has been packaged in Asia. SK Group had pledged in July 2022 to invest $22 billion in the United States and "
    "later spoke of $52 billion by 2030, much of it in electric-vehicle batteries; the Indiana plant is its first chip "
    "plant in the United States. The final award came a month before a new administration took office whose leader had "
    "criticized the CHIPS Act, and officials had been working to turn preliminary terms into signed awards before the "
    "handover.",
    "",
    "The author's view",
    "",
    "A packaging plant is not a fab, and the dies will still cross the Pacific. But packaging is where HBM is made or "
    "lost, and West Lafayette puts that step on American soil.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "banco_delta_asia_2007.pdf", BDA_HEADER, BDA_FOOTER, paginate(wrap(BDA_TEXT, BDA_HYPHEN)))
    write_brief(here / "sk_hynix_indiana_2024.pdf", HYNIX_HEADER, HYNIX_FOOTER,
                paginate(wrap(HYNIX_TEXT, HYNIX_HYPHEN)))


if __name__ == "__main__":
    main()
