"""Make the two PDF briefs of this set: host_nation_support_compared.pdf and humphreys_sma_construction_2019.pdf, each
with a running header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as
report PDFs have them. The publishers (Pacific Burden-Sharing Project, Alliance Infrastructure Desk) and the authors
(Laura Meinhardt, R. Castellano) are invented for this evaluation set; which facts come from the public record and
which are composed is listed in PROVENANCE.yaml, and each author's closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

HNS_HEADER = "Pacific Burden-Sharing Project | Brief No. 9 | March 2022"
HNS_FOOTER = "Pacific Burden-Sharing Project, Washington"
HNS_HYPHEN = ("compendium", "compen")
HNS_TEXT = [
    "Paying the Host: Japan, Germany and South Korea Compared",
    "by Laura Meinhardt",
    "",
    "Every few years an American president asks why the allies do not pay more for the U.S. troops on their soil, "
    "and every few years the answer depends on what is counted. This brief compares the three largest hosts of "
    "U.S. forces, Japan, Germany and South Korea, on what they pay and how, now that the 11th Special Measures "
    "Agreement (SMA) with South Korea has been in force since September 2021.",
    "",
    "The last common yardstick",
    "",
    "Until 2004 the Pentagon published an annual Report on Allied Contributions to the Common Defense, with a "
    "statistical compendium that put every host on the same scale. Its last edition, issued in July 2004 with "
    "data for 2002, counted both direct support (cash and payments in kind) and indirect support (waived rents, "
    "taxes and fees). On that measure Japan provided $4.41 billion, or 74.5 percent of U.S. stationing costs in "
    "Japan; South Korea provided $843 million, or 40.0 percent; Germany provided $1.56 billion, or 32.6 percent; "
    "and Italy provided $366 million, or 41.0 percent. No comparable official series has been published since, "
    "which is why the debate now runs on each government's own figures.",
    "",
    "Japan",
    "",
    "Japan has had its own Special Measures Agreement with the United States since 1987. The current one, "
    "covering Japanese fiscal years 2022 through 2026, was signed on January 7, 2022. It totals 1.0551 trillion "
    "yen over five years, an average of about 211 billion yen a year, up from about 201.7 billion yen a year "
    "under the previous agreement. Tokyo used the occasion to rename the budget line: long known as the "
    "\"sympathy budget\" (omoiyari yosan), it is now called the Alliance Resilience Budget. The money pays the "
    "wages of Japanese workers on U.S. bases up to a cap of about 23,000 positions, utilities, the relocation "
    "of some training, and a new category for training equipment that Japan and U.S. forces can both use. About "
    "55,000 U.S. service members are stationed in Japan.",
    "",
    "Germany",
    "",
    "Germany has no cost-sharing agreement and pays no cash toward U.S. salaries or operations. Its support is "
    "almost entirely indirect: land and facilities provided rent-free, taxes and customs duties waived under "
    "the NATO Status of Forces Agreement and its Supplementary Agreement, and a share of construction and "
    "environmental costs. The federal government told the Bundestag that it spent roughly 1 billion euros on "
    "costs connected with U.S. forces over the decade to 2019, most of it for construction. About 34,500 U.S. "
    "troops were in Germany in 2020.",
    "",
    "South Korea",
    "",
    "South Korea has paid a share of USFK costs under SMAs since 1991, in three categories: wages of Korean "
    "employees, military construction and logistics support. Its 2021 payment under the 11th SMA is 1.1833 "
    "trillion won, or about $1.03 billion. Like Germany and Japan, it also provides land rent-free and waives "
    "taxes and utility charges, none of which appears in the SMA figure. About 28,500 U.S. troops are stationed "
    "in South Korea.",
    "",
    "Per service member",
    "",
    "Dividing each cash agreement by the number of U.S. troops gives a rough comparison. South Korea's 2021 "
    "payment works out to about 41.5 million won, or about $36,000, per U.S. service member. Japan's average "
    "annual payment under its new agreement works out to about 3.84 million yen, or about $33,000. Germany, "
    "with no cash agreement, has no comparable figure. On this narrow measure South Korea now pays more per "
    "U.S. service member than Japan, the reverse of the picture in the 2004 compendium.",
    "",
    "The author's view",
    "",
    "Cash per soldier flatters no one and explains little; rent-free land and waived taxes are worth billions "
    "and appear in no agreement. Congress should ask the Pentagon to restore the compendium, so that the "
    "allies are compared on the same assessment rather than on whichever number suits the argument of the day.",
]

HUM_HEADER = "Alliance Infrastructure Desk | Staff Memo 19-07 | September 2019"
HUM_FOOTER = "Alliance Infrastructure Desk, Seoul"
HUM_HYPHEN = ("negotiators", "negoti")
HUM_TEXT = [
    "SMA Construction at Camp Humphreys: What the Money Built",
    "by R. Castellano",
    "",
    "To: Program staff. Subject: how Special Measures Agreement (SMA) construction money has been spent at Camp "
    "Humphreys, for use in briefings while the 11th SMA is negotiated.",
    "",
    "The base",
    "",
    "Camp Humphreys, in Pyeongtaek about 65 kilometers south of Seoul, has grown to 3,454 acres, nearly three "
    "times its size in the early 2000s, and is now the largest U.S. overseas Army installation. The expansion "
    "program cost about $10.7 billion, of which South Korea paid about $9.7 billion, roughly 91 percent. Most "
    "of Seoul's share came under the Yongsan Relocation Plan, which Korea funds outright; the rest came through "
    "SMA construction contributions, part of which went to the Land Partnership Plan that the United States was "
    "supposed to fund itself.",
    "",
    "How SMA construction works",
    "",
    "Since 2009 South Korea's construction contribution has been provided mostly in kind. USFK draws up a list "
    "of projects each year; since the 9th SMA, Seoul reviews the list in advance and can ask for changes. The "
    "Ministry of National Defense then contracts Korean firms to design and build each facility and hands it "
    "over finished. Only design and construction supervision are paid to USFK in cash, and that cash portion is "
    "limited to 12 percent of the construction category. The average project at Humphreys took 41 months from "
    "approval of the list to handover.",
    "",
    "The numbers",
    "",
    "Between fiscal 2008 and fiscal 2018, 64 SMA-funded construction projects were approved at Camp Humphreys, "
    "worth about 1.3 trillion won in all. By the end of August 2019, 51 had been completed and handed over and "
    "13 were still under construction. About 580 billion won of the total went to facilities for units that "
    "moved to Humphreys under the Land Partnership Plan.",
    "",
    "The five largest projects",
    "",
    "- Unaccompanied enlisted barracks, 12 buildings: 214.6 billion won, the largest single package.",
    "- Hangars and an aircraft parking apron at Desiderio Army Airfield: 121.3 billion won.",
    "- Central energy plant: 87.9 billion won.",
    "- Four dining facilities: 52.4 billion won.",
    "- Fire and emergency services station: 18.7 billion won.",
    "",
    "Issues for staff",
    "",
    "First, the use of SMA money for Land Partnership Plan facilities remains the most contested point in the "
    "National Assembly, where critics argue that it shifts a U.S. obligation onto Korean taxpayers. Second, "
    "the 41-month average leaves money committed but unspent for long periods, which feeds the separate dispute "
    "over unspent SMA balances. Third, because the contracts go to Korean firms, more than 90 percent of the "
    "value of in-kind construction stays in the Korean economy, a point Seoul's negotiators use at the table.",
    "",
    "The author's view",
    "",
    "The in-kind system has built most of a modern base on time and largely with Korean labor; its weakness is "
    "not waste but opacity, and a yearly public list of completed projects would answer most of the questions "
    "lawmakers keep asking.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "host_nation_support_compared.pdf", HNS_HEADER, HNS_FOOTER,
                paginate(wrap(HNS_TEXT, HNS_HYPHEN)))
    write_brief(here / "humphreys_sma_construction_2019.pdf", HUM_HEADER, HUM_FOOTER,
                paginate(wrap(HUM_TEXT, HUM_HYPHEN)))


if __name__ == "__main__":
    main()
