"""Make the two PDF briefs of this set: afghanistan_dispatch_2007.pdf and gangneung_submarine_1996.pdf, each with a
running header and footer, page numbers, hard-wrapped lines and a word hyphenated across a line break, as report PDFs
have them. The publishers (Overseas Deployment Monitor, Coastal Security Review) and the authors (Kang Ji-hoon, Daniel
Whitcomb) are invented for this evaluation set; the facts come from the public reports listed in PROVENANCE.yaml, and
each author's closing view is invented.
Run: python make_pdf.py (needs fpdf2, a dev dependency; the layout is eval/brief_pdf.py's)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # eval/, where the shared brief writer is
from brief_pdf import paginate, wrap, write_brief  # noqa: E402

AFGHAN_HEADER = "Overseas Deployment Monitor | Issue 22 | September 2014"
AFGHAN_FOOTER = "Overseas Deployment Monitor, Seoul"
AFGHAN_HYPHEN = ("reconstruction", "recon")
AFGHAN_TEXT = [
    "From Bagram to Charikar: South Korea's Afghan Deployments, 2002-2014",
    "by Kang Ji-hoon",
    "",
    "South Korea sent troops to Afghanistan twice at Washington's request: first a medical unit and an engineering "
    "unit at Bagram from 2002 to 2007, then a guard force for a civilian reconstruction team in Parwan province from "
    "2010 to 2014. Both missions were noncombat, both were paid for from Korea's own budget, and neither appears in "
    "any cost-sharing ledger. With the second mission now closed, this issue sets out the record.",
    "",
    "The first mission",
    "",
    "After the September 11 attacks Seoul sent navy and air force transport units to support the U.S.-led coalition. "
    "Ground units followed. The Dongui medical unit, about 60 strong, arrived in February 2002, and the Dasan "
    "engineering unit, about 150 strong, followed early in 2003. Both were based at Bagram Air Base north of Kabul, "
    "the largest U.S. base in the country, and rotated their personnel every six months. In all, 2,131 Korean "
    "soldiers served in the two units. The Dongui medics treated some 259,000 Afghan patients; the Dasan engineers "
    "completed about 400 construction projects, including the paving of Bagram's runway.",
    "",
    "A death at the gate",
    "",
    "On February 27, 2007, a suicide bomber struck the main gate of Bagram while U.S. Vice President Dick Cheney was "
    "on an unannounced visit to the base. Among the dead was Staff Sgt. Yoon Jang-ho, 27, an interpreter with the "
    "Dasan unit who had studied in the United States and volunteered for the deployment. He was the first South "
    "Korean soldier killed in a terrorist attack abroad. The Taliban said the bomber had been after Cheney. The Joint "
    "Chiefs of Staff in Seoul said the plan to keep both units in Afghanistan until the end of 2007 would not change.",
    "",
    "The hostage crisis",
    "",
    "On July 19, 2007, Taliban gunmen stopped a bus in Ghazni province and seized 23 South Korean volunteers, 16 "
    "women and 7 men, from the Saemmul Presbyterian Church in Bundang, south of Seoul. The kidnappers killed the "
    "group's leader, Pastor Bae Hyung-kyu, 42, on July 25, and Shim Sung-min, 29, on July 30. Two women were freed on "
    "August 13, and the remaining 19 on August 29 and 30, after Seoul reaffirmed that its roughly 200 troops would "
    "leave Afghanistan by the end of the year, as already planned, and promised to keep missionaries out of the "
    "country. The church later said it would repay the government part of what the rescue had cost.",
    "",
    "Coming home",
    "",
    "The Dongui and Dasan units came home on Friday, December 14, 2007, after five years and ten months in "
    "Afghanistan. The 195 soldiers of the last rotation landed on a chartered plane at Seoul Air Base in Seongnam and "
    "were disbanded the same day at the Army Administration School, in a ceremony led by the Army chief of staff, "
    "Gen. Park Heung-ryol. Before leaving they handed some 2,000 facilities and items of equipment over to the people "
    "of Parwan province.",
    "",
    "The second mission",
    "",
    "Seoul went back in 2010 with a civilian-led Provincial Reconstruction Team (PRT), launched in July 2010 and based "
    "in Charikar, the capital of Parwan province. To guard it the Army formed the Ashena unit, whose name means "
    "\"friend\" in the local language. Its first troops arrived in June 2010, and rockets struck the construction site "
    "of the Korean base within days. At full strength Korea kept about 350 troops and 40 police officers in Parwan "
    "to protect roughly 100 aid workers. The PRT ran a hospital, a vocational training center and a police training "
    "center, and built schools and roads.",
    "",
    "As NATO prepared to end its combat mission, the guard force was cut. In November 2012 the Army said the Ashena "
    "contingent would shrink from 350 to 61 troops, whose remaining tasks were to guard a job training center and "
    "hospital inside Bagram Air Base and the Korean embassy in Kabul. The PRT's mission formally ended at a ceremony "
    "at Bagram Airfield on Monday, June 23, 2014, attended by some 200 Korean, Afghan and coalition officials. Korea "
    "and Turkey were among the last countries still running a PRT; the hospital and training center stayed open "
    "under civilian staff.",
    "",
    "The author's view",
    "",
    "The Afghan deployments were small, but they cost Korea a soldier's life, a hostage crisis and twelve years of "
    "political capital. When Washington next asks what Seoul contributes to the alliance, Bagram and Charikar belong "
    "on the list.",
]

GANGNEUNG_HEADER = "Coastal Security Review | Vol. 3 No. 2 | September 2006"
GANGNEUNG_FOOTER = "Coastal Security Review, Washington, D.C."
GANGNEUNG_HYPHEN = ("suspected", "sus")
GANGNEUNG_TEXT = [
    "Forty-Nine Days in Gangwon: The 1996 Submarine Incursion and the Alliance",
    "by Daniel Whitcomb",
    "",
    "Ten years ago this month a North Korean submarine ran aground on the east coast of South Korea. The manhunt that "
    "followed was the bloodiest inter-Korean clash of the decade, and the diplomacy around it strained relations "
    "between Seoul and Washington at a delicate moment.",
    "",
    "The landing",
    "",
    "On September 15, 1996, a North Korean Sang-O class submarine put a three-man reconnaissance team ashore near "
    "Jeongdongjin, about 20 km southeast of the city of Gangneung in Gangwon Province, to spy on military "
    "installations in the area. The submarine tried and failed to collect the team, and on a second attempt it ran "
    "aground. In the early hours of Wednesday, September 18, a passing taxi driver spotted the stranded hull and men "
    "on the shore and alerted the police. Twenty-six North Koreans, crew and agents, had been aboard. They set fire "
    "to the vessel's interior and fled inland.",
    "",
    "The manhunt",
    "",
    "South Korea mobilized some 40,000 soldiers, with helicopters and search dogs, and sealed off the mountains "
    "around Gangneung. On the first day searchers found 11 of the North Koreans dead on a hillside, shot at close "
    "range, apparently by their own comrades. Over the next seven weeks 13 more were killed in firefights. One, the "
    "helmsman Lee Kwang-soo, was captured alive; he later gave investigators a detailed account of the mission and "
    "went on to work for the South Korean navy. One was never found and is believed to have made it back to the "
    "North. The hunt lasted 49 days and was declared over on November 5, 1996.",
    "",
    "The cost was high. By the count most often cited, 12 South Korean soldiers died, eight in firefights with the "
    "infiltrators and four in accidents, along with four civilians, and 27 soldiers were wounded. Some later tallies "
    "give 13 military and three civilian deaths. On October 1, 1996, Choi Duk-keun, a South Korean consul in "
    "Vladivostok, was murdered; Seoul suspected North Korean retaliation.",
    "",
    "Friction with Washington",
    "",
    "The incident came two years into the Agreed Framework, under which the United States, South Korea and Japan "
    "were organizing the KEDO light-water reactor project for the North. When Secretary of State Warren Christopher "
    "urged restraint on \"all parties\" soon after the landing, many in Seoul read it as treating the victim and the "
    "aggressor alike. President Kim Young-sam demanded an apology from Pyongyang and slowed South Korea's part in "
    "the reactor project and in aid until he got one. Washington, worried that the Agreed Framework might collapse, "
    "pressed for a formula both Koreas could accept. Clinton and Kim met in Manila on November 24, on the sidelines "
    "of the APEC summit, and said North Korea should take acceptable steps to resolve the matter.",
    "",
    "The apology",
    "",
    "After weeks of talks in New York involving U.S. diplomats, North Korea issued a statement through its official "
    "news agency on December 29, 1996, expressing \"deep regret\" for the submarine incident and the loss of life, "
    "and pledging to work to prevent a recurrence. It was a rare apology. The next day, December 30, South Korea "
    "handed over the remains of 24 infiltrators at Panmunjom. The submarine itself was salvaged and later put on "
    "display near Jeongdongjin.",
    "",
    "The author's view",
    "",
    "The incursion showed how quickly a tactical event on the Korean coast can become an alliance problem. Seoul "
    "wanted solidarity; Washington wanted to save a nuclear deal. The lesson for alliance managers is that the two "
    "aims have to be reconciled before the next crisis, not during it.",
]


def main() -> None:
    here = Path(__file__).resolve().parent
    write_brief(here / "afghanistan_dispatch_2007.pdf", AFGHAN_HEADER, AFGHAN_FOOTER,
                paginate(wrap(AFGHAN_TEXT, AFGHAN_HYPHEN)))
    write_brief(here / "gangneung_submarine_1996.pdf", GANGNEUNG_HEADER, GANGNEUNG_FOOTER,
                paginate(wrap(GANGNEUNG_TEXT, GANGNEUNG_HYPHEN)))


if __name__ == "__main__":
    main()
