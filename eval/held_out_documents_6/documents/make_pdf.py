"""Make the two PDF briefs of this set: commanders_on_cost_sharing.pdf and thaad_site_swap_2016.pdf, each with
a running header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as
report PDFs have them. The publishers (Capitol Korea Briefs, Southeast Security Brief) and the authors
(Thomas Reyes, Lena Park) are invented for this evaluation set; the facts come from the public reports listed
in PROVENANCE.yaml, and each author's closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import write_brief  # noqa: E402

COMMANDERS_HEADER = "Capitol Korea Briefs | No. 12 | January 2017"
COMMANDERS_FOOTER = "Capitol Korea Briefs, Washington"
COMMANDERS_PAGES = [
    [
        "What the Generals Told Congress: Korea's Share, 2003-2016",
        "by Thomas Reyes",
        "",
        "Every spring the four-star general who commands U.S. Forces",
        "Korea goes to Capitol Hill, and sooner or later a senator asks",
        "whether South Korea pays enough. With a new administration",
        "promising to make allies pay more, this brief collects what the",
        "commanders, and one ambassador, have said on the record.",
        "",
        "LaPorte: the 41 percent baseline",
        "",
        "Gen. Leon J. LaPorte, who led the command from 2002 to 2006,",
        "gave Congress a baseline in 2003. In fiscal 2002, he testified,",
        "South Korea had paid about $490 million toward the American",
        "presence, or 41 percent of the non-personnel costs of keeping",
        "U.S. troops on the peninsula.",
    ],
    [
        "Bell: a framework and a broader view",
        "",
        "His successor, Gen. B.B. Bell, pushed harder. At a hearing of",
        "the Senate Armed Services Committee on March 7, 2006, he said",
        "that Seoul's willingness to share costs was a sign of whether it",
        "wanted American forces to stay and whether it respected them,",
        "and he called for a cost-sharing framework that accurately",
        "reflected the partnership and properly supported the command.",
        "At the same hearing he described plans to turn the United",
        "Nations Command into a multinational coalition.",
        "",
        "Yet in an interview with Stars and Stripes a few weeks later,",
        "Bell urged that burden sharing be seen in a broader context. As",
        "Washington handed military missions to Seoul, he asked, what new",
        "costs was Korea taking on that the United States no longer had",
        "to pay? His example was the counter-fire mission, the job of",
        "silencing North Korean artillery in a war, which had passed to",
        "the South Korean military the year before. When the allies",
        "later settled Seoul's payments for 2007 and 2008, Bell said the",
        "2007 level would cover less than 41 percent of the costs.",
    ],
    [
        "Brooks: a significant load",
        "",
        "By 2016 the question had become political. Donald Trump, then",
        "a candidate, was telling crowds that America got virtually",
        "nothing from Japan and South Korea for defending them. At his",
        "confirmation hearing before the Senate Armed Services Committee",
        "on April 19, 2016, Gen. Vincent Brooks pushed back without",
        "naming him. South Korea, he said, was carrying a significant",
        "load: it paid about 50 percent of the personnel costs of the",
        "American presence, some $808 million a year by the estimate of",
        "the committee chairman, Sen. John McCain, and the payment rose",
        "with inflation every year. Seoul was also paying 92 percent of the",
        "$10.8 billion cost of relocating U.S. forces south to Camp",
        "Humphreys, or in Brooks's words 92 cents on the dollar. Asked",
        "whether it would cost more to keep the same troops at home in",
        "the United States, Brooks answered: absolutely.",
    ],
    [
        "An ambassador's numbers",
        "",
        "In late December 2016, weeks before Trump's inauguration, the",
        "outgoing U.S. ambassador, Mark Lippert, made the same case in",
        "an interview with Yonhap. South Korea, he said, paid 55 percent",
        "of the non-personnel costs of the U.S. troops and 92 to 96 per-",
        "cent of the cost of building their base facilities, and its",
        "payment rose by 2 to 5 percent every year.",
        "",
        "In the author's view, the generals' numbers were never meant to",
        "settle the argument. Each commander chose the measure that suited",
        "the moment, and the next round of talks will be fought over which",
        "of those measures counts.",
    ],
]

THAAD_HEADER = "Southeast Security Brief | Issue 7 | March 2017"
THAAD_FOOTER = "Southeast Security Brief, Daegu"
THAAD_PAGES = [
    [
        "Korea's Side of the THAAD Bill: The Seongju Golf Course Swap",
        "by Lena Park",
        "",
        "Under the terms the allies set in 2016, Washington pays for the",
        "THAAD missile-defense battery itself and Seoul supplies the land",
        "and supporting facilities. This brief follows the land, which",
        "turned out to be a golf course.",
        "",
        "A site that moved",
        "",
        "The two governments announced in July 2016 that a THAAD battery",
        "would be deployed in Seongju county, North Gyeongsang Province,",
        "and the defense ministry first picked the South Korean air force",
        "air defense base at Seongsan-ri. Residents protested that the",
        "base was too close to their homes and feared the electromagnetic",
        "waves of the system's AN/TPY-2 radar.",
    ],
    [
        "On September 30, 2016, about 80 days after the first decision,",
        "the ministry confirmed a new site: the Lotte Skyhill Seongju",
        "Country Club on Mt. Dalma, in Chojeon township, higher up and",
        "farther from villages. Officials said it had scored better than",
        "two other candidates, Mt. Yeomsok and Mt. Kkachi. The move",
        "brought protests of its own from the neighboring city of",
        "Gimcheon and from followers of Won Buddhism, whose sacred site",
        "lies about 500 meters from the club.",
        "",
        "According to the Dong-A Ilbo, the club covers 1.78 million",
        "square meters, 15 times the area of the Seongsan base (116,584",
        "square meters); the 18-hole course takes up 960,000 square",
        "meters of it. The military said it needed room to place the",
        "battery's six launchers in a fan at least 500 meters from the",
        "radar. Lotte had bought the club at a public sale in 2009 for",
        "89.3 billion won.",
    ],
    [
        "Land for land",
        "",
        "Rather than pay cash, the ministry offered to swap. On November",
        "16, 2016, it reached a tentative deal with the Lotte Group: the",
        "state would take the whole golf course and give Lotte military-",
        "owned land of equal value in Namyangju, Gyeonggi Province. The",
        "military plot there measured 200,000 square meters and was",
        "estimated to be worth about 140 billion won; it was due to be",
        "vacated as the units on it moved under an earlier plan. The golf",
        "course was valued at 45 billion won by the government's official",
        "land price, but at 85 billion won on Lotte's books. Park Jae-min,",
        "the ministry official in charge of military installation plan-",
        "ning, said appraising both sites would take about a month and a",
        "half, after which the Namyangju land would be divided to match.",
    ],
    [
        "Lotte's board hesitated for months, wary of damage to its",
        "business in China, and a week before it acted a Xinhua",
        "editorial warned the group of consequences if it went ahead. On",
        "February 27, 2017, the board of Lotte International finally",
        "approved the swap, and the ministry said it would sign the deal",
        "as early as the next day and then hand the site, 296 kilometers",
        "south of Seoul, to U.S. Forces Korea under the Status of Forces",
        "Agreement. The USFK commander, Gen. Vincent Brooks, had said in",
        "November that THAAD would be deployed within eight to ten months.",
        "",
        "In the author's view, the swap shows how much of Korea's share",
        "of alliance costs never appears in any cost-sharing agreement:",
        "the land was Seoul's contribution, paid in kind, and it cost the",
        "government a prime plot near Seoul.",
    ],
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "commanders_on_cost_sharing.pdf", COMMANDERS_HEADER, COMMANDERS_FOOTER, COMMANDERS_PAGES)
    write_brief(here / "thaad_site_swap_2016.pdf", THAAD_HEADER, THAAD_FOOTER, THAAD_PAGES)


if __name__ == "__main__":
    main()
