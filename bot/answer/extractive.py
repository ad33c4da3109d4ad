"""The default answerer: quote the retrieved sentences that best answer the question. No LLM."""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Callable
from decimal import Decimal

import numpy as np
from langchain_core.documents import Document

from bot.answer.figures import of_years_asked
from bot.answer.models import Answer, Citation
from bot.embeddings import SentenceEmbeddings
from bot.lexical import said_terms
from bot.text import (REPORTS_WORDS, content_words, is_heading, list_marker_length, says_more_of, sentence_spans,
                      terms)
from bot.understand.normalize import NUMBER_WORDS, is_name
from bot.understand.parse import (CLAUSE_START, ORDINAL_WORDS, ROLE_ASKED, ROLE_SPOKEN, SUBJECT_TERMS, WORDS_ASKED,
                                  holder_asked, is_country, speaker_asked, thing_asked)
from bot.understand.quantities import (
    STATES, TOTAL_SAID, alike, amount_kind, counted_values, counts_of, percent_of_named, quoted_amounts,
    states_duration, years_in,
)

MAX_QUOTES = 3
CLOSE_SCORE = 0.08
MIN_SENTENCE_CHARS = 20
# A short sentence that counts something, which is worth quoting however short: "Eleven firms bid.", "Nine voted no."
_SHORT_COUNT = re.compile(r"(?:\d[\d,]*|" + "|".join(NUMBER_WORDS) + r")\s+[a-z]+\s+[a-z]+[^.!?]*[.!?]$", re.I)
LEXICAL_WEIGHT = 0.75  # times the idf-weighted share of the question's words a sentence repeats
MIN_ASKED_WEIGHT = 3.0  # about one rare word's weight
NEIGHBOUR_SHARE = 0.5  # a question word only the next or previous sentence repeats counts this much
FOREIGN_TERM_BONUS = 0.15  # a term the question writes in Korean (or Chinese) script is what it asks of: said here
RESTATED_SHARE = 0.5  # a sentence saying this weighted share of what only the preamble says, and nothing asked ...
RESTATED_PENALTY = 0.15  # ... scores this much less
NAMED_SHARE = 0.5  # above this weighted share of the question's words, a sentence is relevant however it reads
# A figure chunk is the project's one-line summary of a fact; when a source document says the same,
# quote the document.
FIGURE_CHUNK_PENALTY = 0.08
# A question the planner sent to the documents asking why, who, how, which named thing or what someone did
# wants the documents' account, not a record's one-line statement of an amount or a date.
PROSE_ASKS = frozenset({"reason", "who", "manner", "event", "name", "whether", "meaning"})
PROSE_FIGURE_PENALTY = 0.25
YEAR_MISMATCH_PENALTY = 0.15  # the question names years and the sentence names only other years
# the question names someone or something (a name no dictionary has) that another retrieved document mentions and the
# sentence's document, as retrieved, never does ("the inchon landing": not the EC-121's "landing at Osan")
UNNAMED_PENALTY = 0.25
QUANTITY_BONUS = 0.12  # "how many ..." is answered by a sentence with a number in it ("when ...": a date)
QUANTITY_REACH = 0.25  # how far below the best a sentence of the kind asked for may score and still be quoted
COUNTED_REACH = 0.35  # ... and one counting what a count asks of ("how many soldiers": "98,000 men")
ROLE_REACH = 1.0  # ... and one of the same document naming the holder of a role asked about
SECTION_NAMED = 2  # how many of the question's words a section heading (not the title) says to head what is asked
SETTING_REACH = 3  # how many sentences before the best one may say where or when what it tells happened (after it, at
# what time of the day)
# The words a question is specifically about (what no figure record says: "the Cabinet", "unspent"): a sentence
# repeating them gains up to this much, by their idf-weighted share, half of it for the rest of its passage's.
FOCUS_WEIGHT = 0.1
# A sentence that itself asks a question ("Professor Yoo, what does your model assume?") answers less by this much.
ASKING_PENALTY = 0.25
_DIGIT = re.compile(r"\d")
# a sentence asking a question (not one quoting a speaker's own: '... he said: "You know why?')
_ASKING = re.compile(r"^[^\"“]*\?[\"'”’)\]]*\s*$")
_ASKED_WHAT = re.compile(r"\b(?:ask\w*|question\w*|quer\w*|wonder\w*)\b", re.I)
_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
           r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec")
_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_DATE = re.compile(rf"\b((19|20)\d\d|(?:{_MONTHS})\.? \d{{1,2}}|\d{{1,2}} (?:{_MONTHS})|{_WEEKDAYS})\b", re.I)
_DAY = re.compile(rf"\b((?:{_MONTHS})\.? \d{{1,2}}\b(?!,? \d{{3}}\b)|\d{{1,2}} (?:{_MONTHS})\b|{_WEEKDAYS})", re.I)
_DAY_ASKED = re.compile(r"\b(what|which) (day|date)\b|\bexact date\b|\bon what day\b", re.I)
_TIME_ASKED = re.compile(r"\b(what|which) time\b", re.I)
# A question asking when ("when's it due", "when did they sign"), not a clause telling when ("when the reporter
# asked"), nor in what case ("when are workers not allowed to strike")
_WHEN_ASKED = re.compile(r"\bwhen(?:'s|s\b| (?:is|was|will|did|does|do|are|were|has|have|had|should|would|could|can)\b)"
                         r"(?![^?]*\b(?:allowed|permitted|eligible|entitled|required|obliged|banned|prohibited|"
                         r"forbidden|exempt)\b)", re.I)
_TIME_OF_DAY = re.compile(r"\b\d{1,2}(?::\d\d)? ?(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}:\d\d\b|\b(?:noon|midnight|dawn)\b", re.I)
NAME_BONUS = 0.15  # "who ..." is answered by a sentence naming people
LIST_BONUS = 0.1  # "which sectors ..." is answered by a sentence listing things
# Two or more capitalised words in a row that are not a country, body, title or place: a person's name.
# Capitalised words in a row, not led by a word that starts a sentence ("In June", "On Monday")
_NAME = re.compile(r"\b(?!(?:In|On|At|By|The|From|Since|After|Before|During|Until|Under|When|Then|Of|For|To|And|But|As|"
                   r"If|Last|Next|This|That|Early|Late)\b)[A-Z][a-z]+(?:[- ][A-Z][a-z]+(?:[A-Z][a-z]+)?)+\b")
# (a surname may have a capital inside: "McCullion", "DeHart", "MacArthur"; "Park" ends a park's name, starts a person's)
# A title before a name ("Prime Minister", "Defense Secretary")
_TITLE = re.compile(r"^(?:(?:Prime|Vice|Deputy|Foreign|Defen[cs]e|Finance|Trade|Unification|State) )*"
                    r"(?:Minister|President|Secretary|Ambassador|Senator|General|Admiral|Governor|Mayor|Chairman|"
                    r"Director|Commander|Speaker) ")
_NOT_A_NAME = re.compile(r"Korea|States|Nations|Assembly|Ministry|Forces|Department|White House|House of|Herald|Times|"
                         r"News|Agency|Journal|Post|Secretary|Minister|President|Defense|Defence|Foreign|Special|Measures|Senate|"
                         r"Committee|Services|Council|Office|Bureau|Union|Party|Congress|Embassy|Cabinet|Command|"
                         r"County|Province|Island|Camp|Base|Garrison|Station|Cent(?:er|re)|(?<=\w )Park\b|University|Battalion|"
                         r"Regiment|Brigade|Division|Army|Corps|Peninsula|Hall|Building|Airport|River|Range|Sea|"
                         r"Ocean|Bay|Strait|Gulf|Line|Port|Harbou?r|Bridge|Court|Prison|Hospital|Fleet|Navy|Air Force|"
                         r"Wing|Squadron|Flying|Training|Battle|War\b|Operation|Project|Program|Treaty|Memorial|Academy|"
                         r"School|College|Museum|Republic|Zone|District|City|Street|Road|Fund|Foundation|Institute|"
                         r"Company|Corporation|Industries|Aerospace|Shipyard|Systems|Library|Archives?|Collections?|"
                         r"Society|Association|Federation|Commission|Board|Tribunal|Press|Festival|Bank|Network|Desk|"
                         r"Team|Unit|"
                         r"First|Second|Third|"
                         r"January|February|March|April|June|July|August|September|October|November|December|"
                         r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
_CALENDAR_WORD = re.compile(rf"(?:{_MONTHS}|{_WEEKDAYS})\.?", re.I)
_MONTH = re.compile(rf"\b((?!may\b)(?:{_MONTHS})|may(?= \d))\b", re.I)  # "may" only before a number
_ORDINAL_TEXT = r"(\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")"  # "2nd", "second"
# "the 8th SMA", "the eighth cost-sharing deal", "the 10th agreement", "SMA no. 8"
_AGREEMENT = re.compile(r"\b" + _ORDINAL_TEXT + r" (?:SMA|special measures agreement|"
                        r"cost[- ]sharing (?:deal|agreement)|cost deal|agreement|deal|accord)\b|"
                        r"\bSMA (?:no\.?|number|#) ?(\d{1,2})\b", re.I)


_ROUND_NUMBERS = {word: n for word, n in NUMBER_WORDS.items() if n <= 10}
# "the 3rd round", "the third round of talks", "round three"
_ROUND = re.compile(r"\b" + _ORDINAL_TEXT + r" round\b|"
                    r"\bround (\d{1,2}|" + "|".join(_ROUND_NUMBERS) + r")\b", re.I)


# "the second Freedom Edge drill", "the 2nd NCG meeting": a later occurrence of a recurring event
_NTH_EVENT = re.compile(r"\b" + _ORDINAL_TEXT + r" (?:[\w-]+ ){0,3}?"
                        r"(meeting|session|summit|drill|exercise|visit|trip|test|launch|conference|dialogue|"
                        r"consultation|edition|iteration|deployment|rotation|batch|tranche|contract|phase|stage|"
                        r"shipment|delivery|installment)(?:e?s)?\b", re.I)
_ORDINAL = re.compile(rf"\b{_ORDINAL_TEXT}\b", re.I)
# Kinds of occurrence said in other words ("the second stage" of a drawdown is its second phase)
_OCCURRENCE_ALIKE = {kind: group for group in (("stage", "phase"), ("batch", "tranche")) for kind in group}


def _ordinal(word: str) -> int:
    word = word.lower()
    return ORDINAL_WORDS.get(word) or _ROUND_NUMBERS.get(word) or int(re.sub(r"\D", "", word))


def agreements_in(text: str) -> set[int]:
    """The numbers of the agreements a text names."""
    return {int(m.group(2)) if m.group(2) else _ordinal(m.group(1)) for m in _AGREEMENT.finditer(text)}


def later_events_in(text: str) -> set[tuple[int, str]]:
    """Which occurrence (the second or later) of which kind of recurring event a text names ("the second NCG
    meeting": (2, "meeting"))."""
    return {(n, m.group(2).lower()) for m in _NTH_EVENT.finditer(text) if (n := _ordinal(m.group(1))) >= 2}


# The stage of a deal or an amount a question asks about: what was settled in the end, or what came first
_STAGES = {"final": re.compile(r"\b(?:final(?:ly|i[sz]ed)?|ultimately|ended up|end up|in the end|eventually)\b", re.I),
           "early": re.compile(r"\b(?:preliminary|prelim|initial(?:ly)?|proposed|draft|tentative|original(?:ly)?)\b", re.I)}


def stage_in(text: str) -> str | None:
    """The one stage ("final", "early") a text speaks of, or None."""
    said = [stage for stage, pattern in _STAGES.items() if pattern.search(text)]
    return said[0] if len(said) == 1 else None


def says_occurrence(text: str, occurrence: tuple[int, str]) -> bool:
    """Whether a text says which occurrence of an event it tells of: the ordinal and the kind of event ("met for
    the second time at its annual meeting", "the second Freedom Edge exercise")."""
    ordinals = {_ordinal(m.group(0)) for m in _ORDINAL.finditer(text)}
    kinds = "|".join(_OCCURRENCE_ALIKE.get(occurrence[1], (occurrence[1],)))
    return occurrence[0] in ordinals and bool(re.search(rf"\b(?:{kinds})(?:e?s)?\b", text, re.I))


def rounds_in(text: str) -> set[int]:
    """The numbers of the rounds of talks a text names."""
    return {_ordinal(m.group(1) or m.group(2)) for m in _ROUND.finditer(text)}


PLACE_BONUS = 0.15  # "where ..." is answered by a sentence naming a place
# a name after a preposition ("in Honolulu") or a move to it ("flew on to Canberra"): a place, unless a month or
# weekday ("in March")
_PLACE = re.compile(r"\b(?:(?:in|at|on|near|off) (?:the )?|(?:on|flew|fly|flies|flown|went|go|goes|gone|moved?|moves|"
                    r"moving|headed|heading|travell?ed|returned|sent|relocated|transferred|deployed) to )"
                    r"([A-Z][a-z]+(?:[ -](?:[A-Z][a-z]+|\d{1,2}(?= [A-Z])|of(?= [A-Z])))*)")  # "the April 25 House of Culture"
REASON_BONUS = 0.1  # "why ..." is answered by a sentence that gives a cause
_REASON = re.compile(r"\b(because|due to|as a result of|reflects?|owing to|blam\w+|caused? by|led to|reasons?|"
                     r"in order to|in protest|in response to|amid|citing|saying (it|that|they)|in the wake of|"
                     r"out of respect|over concerns?)\b")
MANNER_BONUS = 0.1  # "how were they told ..." is answered by a sentence naming a means ("by email", "in a letter")
PAYER_BONUS = 0.15  # "it was paid from the army's budget, right?" is put right by a sentence saying who funds it
_MANNER = re.compile(r"\b(by|via|through|in an?|with an?) (e-?mail|phone|telephone|text|letters?|mail|fax|video|"
                     r"notices?|messages?|statement|press release|call)\b", re.I)
# "which paper ...": what outlets are called
OUTLET_WORDS = frozenset({"paper", "newspaper", "outlet", "daily", "media", "press", "publication", "broadcaster"})
_OUTLET = re.compile(r"\b(Journal|Times|Post|Herald|News|Daily|Ilbo|Yonhap|Reuters|CNN|Bloomberg|Agency|Press|Tribune|"
                     r"Gazette|Broadcasting|Television)\b")
_ORDINAL_NUMBER = re.compile(r"\b\d+(st|nd|rd|th)\b")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")
_LIST = re.compile(r"\w+, [\w ]{1,30}?,? (and|or) \w+|\w+ -- \w+")
# A sentence that leans on the one before it ("In this case, ...", or a quotation it credits to a speaker named
# there: '"... like an Uber driver," the aide said'): quoted together with it.
_LEANS_BACK = re.compile(r"^(In (this|that|such a) case|The (figure|number|claim|estimate|total|tally)|This|That|These|"
                         r"Those|It|They|Such|Then|Otherwise|If so|He|She|Because(?![^,]*,)|"
                         r"Of (the|that|those|these|it|them)|"
                         r"His|Her|Its|Their|There(?! (is|are|was|were|has|have|had|will|would|may|might|could|seems?|"
                         r"remains?)\b))\b|^[\"“].*[\"”],? (he|she|they|the \w+) (said|added|says|adds|told \w+|"
                         r"noted|argued|warned)\b|^\(|"  # an aside in brackets continues the sentence before it
                         # a count of what the sentence before names: "the ministry approved 11 of them" (not "most of
                         # them still value the alliance")
                         r"\b(?:\d[\d,.]*|(?i:" + "|".join(NUMBER_WORDS) + r")) (?:of|among) (?:them|these)\b"
                         r"(?! (?:who|which|that)\b)")


def months_in(text: str) -> set[str]:
    """The months a text names ("Oct.", "October" -> "oct"; "may" only before a number)."""
    return {m.group(1).lower()[:3] for m in _MONTH.finditer(text)}


_PROPER = re.compile(r"\b[A-Z][\w.'-]*")
# Capitalised only for starting a sentence.
_OPENERS = frozenset("the a an in on at it its this that these those he she they we his her their but and or as after "
                     "before under from for with by when while if since according meanwhile also however there here "
                     "some many most all one two three each both other such so yet".split())
# Capitalised as a people's adjective: "An American submarine" names no submarine.
_DEMONYMS = frozenset("american americans korean koreans japanese chinese russian soviet british iraqi afghan kurdish "
                      "european asian allied western".split())


_ROLE = re.compile(r"\b(commander|minister|ambassador|officials?|spokes(wo)?m[ae]n|spokesperson|president|chief|head|"
                   r"director|secretary|negotiators?|chair(man|woman|person)?|envoy|aide|lawmakers?|union|ministry|"
                   r"department|government|cabinet|assembly|congress|senators?|officer|general|admiral|deputy)\b", re.I)
# A role asked as what someone does ("who chairs the foundation"): its holder is the answer, where one is close
_ROLE_DONE = re.compile(CLAUSE_START + r"\s*who (chair|head|direct|flew|pilot|led|lead|wrote|write|author|prepare|"
                        r"draft|penn?|compile|edit|sign)(?:s|ed|d)?\b", re.I)
# Heading a body, which a person does ("who chairs the committee", "who heads the union")
_HEADING = frozenset({"chair", "head", "direct", "led", "lead"})
# A line crediting who wrote or compiled a document, which is no sentence but answers "who wrote it": "By Park Jun-seo",
# "Compiled by Choi Yu-na, senior translator", "Editor: Ruth Okafor", a memo's "From: Lee Da-eun, policy aide"
_CREDIT = re.compile(r"^\W*(?:(?:[Ww]ritten|[Cc]ompiled|[Ee]dited|[Pp]repared|[Rr]eported) )?[Bb]y [A-Z][a-z]|"
                     r"^\W*(?:(?:(?:[Ll]ead|[Ss]enior|[Pp]rincipal|[Cc]o-?) ?)?(?:[Ee]ditor|[Aa]uthor|[Cc]ompiler)s?|"
                     r"[Ff]rom|FROM)\**\s*[:;]\s*(?:Dr\.? |Prof\.? )?[A-Z][a-z]")
# A credit by its label inside a line, up to the name's end: "Lead author: Dr. Moon Ga-young"
_CREDIT_IN_LINE = re.compile(r"(?<=\s)(?:(?:[Ll]ead|[Ss]enior|[Pp]rincipal|[Cc]o-?) ?)?(?:[Ee]ditor|[Aa]uthor|"
                             r"[Cc]ompiler)s?: (?:Dr\.? |Prof\.? )?[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}")
# How many of a document's title words a question says to name it ("that 'escalator nobody voted for' op-ed")
TITLE_NAMED = 2
# A line signing a message with its writer's post, which answers "who chairs it": "- Oh Kyung-sook, Chapter Chair",
# "- Ryu Seung-ho, Chief Executive Officer"
_SIGNATURE = re.compile(r"^\W*[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?){1,2}, (?:[A-Z][A-Za-z.-]*\s*){1,5}$")


# Posts said in other words: a ship's captain is its commander or master ("a crew of 47 under Capt. LaRue"), a
# division's commander the general it is "of", a pilot the one who flew, a chief executive the CEO
_COMMAND = r"command|cmdr|comdr|under|led by|of (?:(?:maj|lt|brig)\.? )?gen\b|capt(?:ain)?\b|skipper|master"
_FLEW = "pilot|flew|flown|at the controls"
_CHIEF = r"chief exec|ceo\b"
_LED = r"led\b|leads?\b|leader|head(?:s|ed)?\b|chief\b"  # "who led the delegation": "the heads of delegation were ..."
# "who wrote the review report": "the report was prepared by its adviser, Oh Myung-jin"
_WROTE = (r"wr[io]te\b|written\b|writer|author\w*|(?:prepared|drafted|penned|compiled|edited) by\b|\bby-?line|editor\b|"
          r"^\W*by\b|from\**\s*[:;]")
# "who signed the letter": the name after its closing ("Sincerely,"); "who signed the deal": "signed by ..."
_SIGNED = r"sign(?:ed|s)?\b|signator\w*|sincerely|respectfully|regards\b|yours (?:truly|faithfully)"
# A letter's closing, on a line of its own: the signature follows
_CLOSING = re.compile(r"(?:(?:yours )?sincerely|(?:very )?respectfully(?: yours)?|(?:best |kind )?regards|"
                      r"yours (?:truly|faithfully)),?", re.I)
_POST_WORDS = {"command": _COMMAND, "captain": _COMMAND, "skipper": _COMMAND, "pilot": _FLEW, "flew": _FLEW,
               "ceo": _CHIEF, "chief exec": _CHIEF, "chief executive": _CHIEF, "led": _LED, "lead": _LED,
               "head": _LED, "sign": _SIGNED,
               **dict.fromkeys(("wrote", "write", "auth", "prepare", "draft", "pen", "penn", "compile", "edit"),
                               _WROTE)}


def _holder_names(post: str, text: str) -> list[str]:
    """The words of the names a text gives the holder of a post by titling them with it ("Foreign Minister Kang
    Kyung-wha": Kang, Kyung-wha)."""
    return [word for m in re.finditer(rf"\b{re.escape(post)}s?\s((?:[A-Z][\w-]+\s?){{1,3}})", text, re.I)
            for word in m.group(1).split() if word[0].isupper() and word.lower() not in _OPENERS]


def _role_words(role: re.Match[str]) -> str:
    """What a sentence naming the holder of the role asked about says it by, as a pattern: its stem ("command" of
    "commander" or "commanding", "chair" of "chairs"), or the words for that post."""
    stem = re.sub(r"(?:er|or)$", "", next(group for group in role.groups() if group).lower())
    return _POST_WORDS.get(stem, rf"{stem}(?!ions?\b)")  # "negotiator": "negotiated", not "negotiations"


# A name after a rank or title ("Lt. Cmdr. James Overstreet", "Rear Adm. Cho"): surely a person's, where "Deep Sea" or
# "Super Constellation" may not be
_TITLED_NAME = re.compile(r"\b(?:Lt|Cmdr|Capt|Gen|Adm|Col|Maj|Sgt|Cpl|Pvt|Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Brig|Lt\. Col|"
                          r"President|Minister|Ambassador|Secretary|Chairman|Director|Commander|Captain|General|"
                          r"Admiral)\.? (?:[A-Z][a-z]*\.? ){0,2}[A-Z][a-z]+")
# A person's name as a sentence spells it: two or more capitalised words ("Linda Specht", "Lee Tae-woo")
_PERSON = re.compile(r"\b[A-Z][a-z]+(?:-[a-z]+)?(?: [A-Z][a-z]+(?:-[a-z]+)?)+\b")
# People asked for on each side ("who led each delegation", "who signed it, both sides"): one per side
_EACH_SIDE = re.compile(r"\b(?:both|each|either) (?:sides?|delegations?|teams?|countries|governments?|leads?|"
                        r"negotiators?|heads?)\b|\bboth the (?:korean|south korean|us|u\.s\.|american) and\b", re.I)
# Groups of people asked for by name ("which activist group"): a sentence naming someone is none of them
_GROUPS = frozenset({"group", "organization", "organisation", "association", "movement", "network", "party"})
# A role with a word saying which ("the deputy commander"), not the bare "official" a sentence is credited to.
_QUALIFIED_ROLE = re.compile(r"\b(?!(?:the|a|an|its|his|her|their|and|or|of)\b)[A-Za-z]+ " + _ROLE.pattern, re.I)


def names_something_new(text: str, question: str) -> bool:
    """A name the question does not already say (a person, body, place or outlet; not a month or weekday, a
    people's adjective, nor a word capitalised only for starting a sentence)."""
    asked = set(re.findall(r"[a-z0-9.'-]+", question.lower()))
    return any(not _CALENDAR_WORD.fullmatch(word) and word.lower().rstrip(".'") not in asked | _OPENERS | _DEMONYMS
               for word in _PROPER.findall(text))


def names_role_new(text: str, question: str) -> bool:
    """A qualified role the question does not already say ("the deputy commander", asked who sent the letters)."""
    asked = content_words(question)
    return any(not content_words(role.group(0)) <= asked for role in _QUALIFIED_ROLE.finditer(text))


def names_someone_new(text: str, question: str) -> bool:
    """A new name, or a role ("the commander of personnel administration"): what a question beginning "who" needs."""
    return bool(_ROLE.search(text)) or names_something_new(text, question)


# A place smaller than a country asked for ("in which Iraqi city"): a country's name is no answer
_SETTLEMENT_ASKED = re.compile(r"\b(?:which|what) (?:[\w-]+ )?(?:city|town|village|port|base|camp|county|province)\b", re.I)


def names_a_place(text: str, question: str) -> bool:
    """A place the question does not already name: asked where Austin flew after Seoul, "flew to Seoul" is none;
    asked which city, "in Kuwait" is none."""
    asked = content_words(question)
    settlement = bool(_SETTLEMENT_ASKED.search(question))
    places = (place.group(1) for place in _PLACE.finditer(text))
    return any(not all(_CALENDAR_WORD.fullmatch(word) or word.isdigit() for word in place.split())
               and not content_words(place) <= asked
               and not (settlement and is_country(place)) for place in places)


# Whether something was done, or came out as planned: "did the committee ever actually vote on it", "were they ever
# sent home", "did the wall actually get finished", "did the city end up fining him", "did he end up convicted", "which
# firm ended up winning", "has the ministry published it yet"; not why it was done ("why did carter end up taking the
# troops out"), nor a light verb ("where did the brigade end up going")
_LIGHT = r"(?!(?:been|be|being|had|have|having|got|gotten|getting|going|doing|coming|with)\b)"
_DONE_ASKED = re.compile(r"^(?!.*\bwhy\b)(?:.*?\b(?:did|does|do|has|have|had|was|were|is|are)\b[^.?!;]{0,60}?\bever "
                         r"(?:actually |really |officially |formally |even |end up |get )?" + _LIGHT +
                         r"([a-z]{3,})\b|.*?\b(?:actually|finally|eventually|ever) get ([a-z]{3,}ed)\b|"
                         rf".*?\bend(?:ed)? up (?:being |getting )?{_LIGHT}([a-z]{{3,}}(?:ing|ed))\b|"
                         r".*?\b(?:has|have)\b[^.?!;]{0,40}?\b([a-z]{3,}ed)\b[^.?!;]{0,60}?\byet\b)", re.I | re.S)
# Who won something asked ("who won the contract once bids closed", "which firm got the dredging contract", "what was
# the winning bid"), and a sentence saying who won ("awarded the contract to", "Seabright Marine won the contract";
# not "4.2 billion won" of a price)
_WIN_ASKED = re.compile(r"\b(?:who|which (?:[\w-]+ ){0,2}?(?:firm|compan(?:y|ies)|bidder|contractor|builder|consortium|"
                        r"team|party|candidate)s?) (?:(?:finally|eventually|actually|ultimately|then) )?(?:won|wins|"
                        r"(?:got|gets|landed|took|secured|(?:was|were) awarded) (?:the |a |that |this )?(?:[\w-]+ ){0,3}?"
                        r"(?:contract|bid|tender|award|job|deal|project|work)s?)\b|"
                        r"\bwinning (?:bid|bidder|firm|company|offer)\b|\bwho(?:'s| is| was) the winner\b", re.I)
_WIN_SAID = re.compile(r"\b(?:wins|winning|winners?|awarded|award(?:ed)? (?:it )?to|went to|selected|chosen|picked|"
                       r"(?<!\d )(?<!million )(?<!billion )(?<!trillion )won(?= (?:the|a|an|its|their|this|that|it|both|"
                       r"all|every|out|over|\d+ of)\b))\b", re.I)
# Which one is the most of something, asked or said ("slipped the worst", "the longest delay", "came up most")
_SUPERLATIVE = re.compile(r"\b(?:most(?! of\b)|least(?! of\b)|worst|best|biggest|largest|highest|lowest|longest|"
                          r"shortest|smallest|greatest|fewest|furthest|farthest|deepest|heaviest|costliest|oldest|"
                          r"newest)\b", re.I)
# An outcome stated: "the board dismissed the request", "the committee adopted it"
_OUTCOME = re.compile(r"\b(?:dismissed|rejected|approved|adopted|passed|decided|ruled|granted|denied|refused|accepted|"
                      r"overturned|upheld|voted|dropped|withdrew|withdrawn|cancell?ed|shelved)\b", re.I)
# What was, asked against what was expected ("the real number, not the actuarial projection", "actual, not budgeted"),
# and a sentence stating what was expected ("we expect 1,134 employees to retire", "was expected to cost")
_ACTUAL_ASKED = re.compile(r"\bnot (?:the |their |its |what was )?(?:[\w-]+ )?(?:projections?|projected|estimates?|"
                           r"estimated|forecasts?|budget(?:ed)?|planned|plans?|targets?)\b", re.I)
_EXPECTED = re.compile(r"\b(?:expect\w*|project(?:ed|ion|ions|s)\b|forecast\w*|estimat\w*|anticipat\w*|budgeted|"
                       r"planned|target\w*)", re.I)
# A deed still to come: "is to be finished by June", "will publish", "expected to cost"
_PLANNED = re.compile(r"\b(?:to|will|would|shall|could|may|might|should|must)\s+(?:not\s+)?"
                      r"(?:be\s+|have\s+(?:been\s+)?)?[a-z]+", re.I)


def says_done(text: str, verb: str) -> bool:
    """Whether a sentence says the deed a verb names, in any form ("vote": "voted", "voting"; "sent": "send";
    "decide": "decision"), or how the matter ended ("dismissed", "adopted"); not as a deed to come ("is to be
    finished", "will publish")."""
    text = _PLANNED.sub("", text)
    stem = next(iter(terms(verb)), verb.lower())
    return bool(_OUTCOME.search(text)) or any(word.startswith(stem[:4]) or stem in terms(word)
                                              or _root(word) == _root(verb)
                                              for word in re.findall(r"[a-z]+", text.lower()))


def _root(verb: str) -> str:
    """A verb less its ending ("fining", "fined": fin; "planned": plan)."""
    root = re.sub(r"(?:ing|ed|es|e|s)$", "", verb.lower())
    return root[:-1] if len(root) > 3 and root[-1] == root[-2] else root


# A deed a "who" question asks the doer of, in a regular past or present form ("who facilitated", "who processes"); not
# an auxiliary ("who was"), nor a post asked as a deed (`_ROLE_DONE`)
_DEED_ASKED = re.compile(CLAUSE_START + r"\s*who (?!(?:is|was|were|are|has|does|did|will|would|can|could|should)\b)"
                         r"([a-z]{4,}(?:ed|es))\b")


def _says_deed(text: str, verb: str) -> bool:
    """Whether a sentence says a deed, in any form of its verb ("facilitated": "facilitates", "facilitating")."""
    stem = terms(verb)[0] if terms(verb) else verb
    return any(terms(word)[:1] == [stem] for word in re.findall(r"[a-z]+", text.lower()))


def title_cased(text: str) -> bool:
    """Most words capitalised: a headline or a title, not a sentence."""
    words = text.split()
    return sum(word[0].isupper() for word in words) >= len(words) / 2


def names_people(text: str, question: str) -> bool:
    """A person's name the question does not already say ("Agent Orange" asked about is no one), not the
    capitalised words of a quoted title ("Inquiry into U.S. Costs ...")."""
    text = _QUOTED.sub(lambda quoted: "" if title_cased(quoted.group(0)) else quoted.group(0), text)
    asked = content_words(question)
    names = [_TITLE.sub("", m.group(0)) for m in _NAME.finditer(text)]  # "Prime Minister Han Seung-soo": Han Seung-soo
    return any(" " in name.replace("-", " ") and not _NOT_A_NAME.search(name) and not content_words(name) <= asked
               for name in names)


def states_amount(text: str) -> bool:
    """A number that is not a year, a day of a month or an ordinal ("the 10th SMA")."""
    return bool(_DIGIT.search(_ORDINAL_NUMBER.sub("", _DATE.sub("", text))))


def _counts(text: str) -> bool:
    """A number of people or things in figures ("2,185 members"), not "the two governments"."""
    return bool(quoted_amounts(text).keys() & {"people", ""})


# What a question asking an amount asks for: any number, a sum of money, a count, a share.
AMOUNT_ASKS = frozenset({"number", *STATES})
# What a sentence saying the kind of thing a question asks for (one of these kinds) gains.
KIND_BONUS = {"number": QUANTITY_BONUS, "date": QUANTITY_BONUS, "duration": QUANTITY_BONUS, "who": NAME_BONUS,
              "name": NAME_BONUS, "list": LIST_BONUS, "place": PLACE_BONUS, "reason": REASON_BONUS,
              "manner": MANNER_BONUS, "payer": PAYER_BONUS,
              **{kind: QUANTITY_BONUS for kind in STATES}}  # a sum of money, a count, a share, a rate


def says_what_is_asked(asks: str, text: str, question: str) -> bool:
    """Whether a sentence says the kind of thing (a KIND_BONUS key) the question asks for: an amount (of money, a
    count, a share), a date, a length of time, a person or role, a list, a place, a cause, a means, or a name (an
    outlet's, asked "which paper")."""
    if asks == "name" and OUTLET_WORDS & content_words(question):
        return bool(_OUTLET.search(text))
    if asks == "name":  # "which destroyer": a name, beside the kind of thing asked when the question says it
        thing = thing_asked(question)
        if thing in _FIRMS:  # "which company got the contract": "it went to Namhae Marine Construction"
            return bool(_FIRM.search(text)) and names_something_new(text, question)
        if thing in _BASES and _BASE_NAMED.search(text):  # "which base": "a barracks renovation at Camp Mujuk"
            return names_something_new(text, question)
        return names_something_new(text, question) and (thing is None or set(terms(thing)) <= content_words(text))
    if asks == "who":
        return names_people(text, question) or names_role_new(text, question)
    if asks == "place":
        return names_a_place(text, question)
    if asks == "date" and _DAY_ASKED.search(question):  # "what day did ...": a day, not only a month or year
        return bool(_DAY.search(text))
    if asks == "date" and _TIME_ASKED.search(question):  # "what time did ...": a time of day
        return bool(_TIME_OF_DAY.search(text))
    if asks == "date" and not _TELLING_ASKED.search(question):
        text = _TOLD_ON.sub(" ", text)  # "told reporters on May 2": no day of what they told of
    says = {"number": states_amount, "date": _DATE.search, "duration": states_duration, "list": _LIST.search,
            "reason": _REASON.search, "manner": _MANNER.search, "payer": _FUNDED.search, **STATES,
            "count": _counts}[asks]  # a count in figures is wanted; the quote check also takes "three veterans"
    return bool(says(text))


# A day said only as when someone told of something ("told reporters on May 2, 2025", "On November 16 EconOff called
# on"), and a question asking when someone told
_TELLING = r"(?:told|said|says|announced|stated|briefed|informed|wrote|called on|met with|met)"
_DAY_SAID = rf"(?:{_MONTHS})\.?\s+\d{{1,2}}(?:,\s+(?:19|20)\d\d)?"
_TOLD_ON = re.compile(rf"\b{_TELLING}\b(?:\s+[\w-]+){{0,2}}\s+on\s+{_DAY_SAID}|"
                      rf"\bon\s+{_DAY_SAID},?\s+(?:[\w-]+\s+){{0,3}}{_TELLING}\b", re.I)
_TELLING_ASKED = re.compile(r"\b(?:tell|told|say|said|announce\w*|brief\w*|inform\w*|(?<!united )state[ds]?|write|"
                            r"wrote|call\w* on|meet|met)\b")
# A business asked for by what it is, and one named as businesses name themselves ("Namhae Marine Construction",
# "Seoul Industrial Co.")
_FIRMS = frozenset({"company", "firm", "contractor", "builder", "vendor", "supplier", "bidder", "business"})
_FIRM = re.compile(r"\b[A-Z][\w&-]*(?: [A-Z][\w&-]*)* (?:Construction|Engineering|Industrial|Industries|Services|"
                   r"Logistics|Systems|Technologies|Holdings|Group|Company|Corporation|Co\.|Corp\.?|Inc\.?|Ltd\.?|"
                   r"E&C)(?!\w)")


# Who funds something: "funded by South Korea", "built with South Korea's construction funds", "paid for by Seoul"
_FUNDED = re.compile(r"\b(?:funded|financed|paid for|paid|built|bought|provided)\b[^.;]{0,15}?\b(?:by|with|from|under|"
                     r"out of)\b|\b(?:pays?|paying) for\b|\bfunds?\b", re.I)
# A military base asked for by what it is, and one named as bases are named ("Camp Mujuk", "Osan Air Base")
_BASES = frozenset({"base", "camp", "installation", "garrison"})
_BASE_NAMED = re.compile(r"\b(?:Camp|Fort) [A-Z][a-z]+|\b[A-Z][a-z]+ (?:Air Base|Air Station|Garrison)\b|\bK-\d+\b")


# A label, a colon and a figure after it: "Round 6: Jan. 14-15, 2020, Washington"
_LABELLED_FIGURE = re.compile(r"[^:\n]{2,40}:\s+[^\n]{0,12}?\d")
# A year naming a thing: "that 2020 furlough pay case", "the 2019 deal"
_NAMING_YEAR = re.compile(r"\b(?:the|that|this|those|these|its|their|a|an)\s+((?:19|20)\d\d)(?=\s+[a-z])", re.I)
# A field of a document's header or a form, a short label and its value: "Lead analyst: Kwon Tae-yang", "**Speaker:**
# Amb. Howard Lindqvist"; quotable where the question says its label or the post it asks about
_LABEL_WORDS = content_words("name names title date")  # words of a label that say nothing of whom it names
_QUOTED_ASKED = re.compile(r"\b(?:quoted|quotes?|spoke|speaks|comment(?:s|ed)?)\b", re.I)
_WHO_IS_THE = re.compile(r"\bwho(?:'s|s| is| was| are| were) (?:the |their |its |our |his |her )?([a-z][\w-]*)", re.I)
_FIELD_LINE = re.compile(r"^(?:\d{1,2}[a-z]?\.\s+)?\**([A-Z][\w'’-]*(?: [\w'’-]+){0,3}):\**\s+\S.{4,}")


def is_statement(text: str, listed: bool = False) -> bool:
    """A sentence worth quoting: not a headline, byline, table row or page furniture. Unpunctuated, it must be a long
    line that is not title-cased (a list item, not a wrapped headline), or a list item giving a labelled figure
    (`listed`: "- Round 6: Jan. 14-15, 2020, Washington")."""
    if listed and _LABELLED_FIGURE.match(text):
        return True
    if len(text) < MIN_SENTENCE_CHARS and not _SHORT_COUNT.match(text) or is_heading(text) or text.count(" | ") >= 2:
        return False  # nor a running header's fields ("Release digest No. 7 | For reference use | Published ...")
    if text[-1] in ".!?;" or text[-1] in "\"”’" and text[-2:-1] in (".", "!", "?"):
        return True  # a closing quote ends a sentence when the quotation does ('... "cost plus 50."')
    return len(text.split()) >= 8 and not title_cased(text)


def _corrected(item: tuple, in_chunk: dict[int, list[tuple[int, int, str]]], question: str) -> tuple | None:
    """A quote repeating an amount the question states ("Trump said 32,000 soldiers"), continued to one of the next
    two sentences that states another amount of the same kind ("The figure was high: ... about 28,500 troops"), or
    None."""
    score, chunk, start, end, text = item
    claimed = quoted_amounts(question)
    stated = quoted_amounts(text)
    units = {unit for unit, values in claimed.items() if unit and values & stated.get(unit, set())}
    if not units:
        return None
    following = [statement for statement in in_chunk.get(id(chunk), []) if statement[0] >= end][:2]
    for _, next_end, next_text in following:
        if any(quoted_amounts(next_text).get(unit, set()) - claimed[unit] for unit in units):
            base = int(chunk.metadata["start"])
            return score, chunk, start, next_end, chunk.page_content[start - base: next_end - base]
    return None


class ExtractiveAnswerer:
    """Ranks the sentences of retrieved chunks against the question and quotes the best ones."""

    def __init__(self, embeddings: SentenceEmbeddings, cache_size: int = 20000) -> None:
        self.embeddings = embeddings
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size

    def _sentence_vectors(self, sentences: list[str]) -> np.ndarray:
        missing = [s for s in dict.fromkeys(sentences) if s not in self._cache]
        for sentence, vector in zip(missing, self.embeddings.embed_each(missing)):
            self._cache[sentence] = np.asarray(vector, dtype=np.float32)
            if len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return np.stack([self._cache[s] for s in sentences])

    def similarities(self, vector: list[float], texts: list[str]) -> list[float]:
        """Each text's cosine to an embedded question."""
        return [float(x) for x in self._sentence_vectors(texts) @ np.asarray(vector, dtype=np.float32)]

    def answer(
        self, question: str, question_vector: list[float], chunks: list[Document], min_similarity: float,
        asks: str | None = None, weight: Callable[[str], float] | None = None, focus: frozenset[str] = frozenset(),
        combine: str | None = None, counted: tuple[str, ...] = (), attributed: frozenset[str] = frozenset(),
        part: frozenset[str] = frozenset(), preamble: frozenset[str] = frozenset(), per_unit: str | None = None,
    ) -> Answer | None:
        """Quotes with citations, or None when no sentence is similar enough to the question (as the parser spells
        it out: "govt" is "government"). `asks` is what the question's plan says it asks for (number, date, who,
        list, reason, ...); `weight` is how much each of the question's words counts when a sentence repeats it
        (rare words, such as names, most); `focus` the words the question is specifically about, which the
        sentence quoted should say; `combine`, how two amounts are to be combined ("difference", "point_difference",
        ...), quotes first, for each year the question names, the closest sentence of the closest sentence's
        document stating an amount of that year of the kind combined: percentages for points, else sums or
        counts ("from fy2001 to fy2003"); `counted`, the nouns a count asks of ("soldier"): a sentence counting
        them is what answers, from further down the ranking than other kinds of sentence; `attributed`, whose
        account is asked ("per NORAD"): a sentence naming it answers first, from as far down; `part`, the part of a
        whole whose amount is asked ("how much of it went to labor"): a sentence stating an amount must say it (a
        word of it); `preamble`, the words only what comes before the question says: they choose the passage, not
        its sentence ("in that call the official says the last day went on the escalator language. what had the
        korean side pushed for": the sentence on the escalator language is what the asker has, not what is asked);
        `per_unit`, what a sum is asked per ("per room"): the sentence stating the sum, or the count, that the first
        quote lacks is quoted second."""
        # "who wrote the op-ed": the line crediting its author is quotable
        # the post a "who" question asks the holder of, as a pattern of the words that say it ("chair", "command"), and
        # whether a text says it
        role = _ROLE_DONE.search(question) or ROLE_ASKED.search(question) if asks == "who" else None
        post = _role_words(role) if role else None
        says_post = re.compile(rf"\b(?:{post})", re.I).search if post else None
        # whether a text says the post whose holder's words are asked ("what did the garrison commander make of it")
        spoken = None
        named = speaker_asked(question)
        if named or (m := ROLE_SPOKEN.search(question)):
            if named:  # "did park ji-won say anything about it": a sentence where they speak
                names, post_said, reported = named, [], True
            else:
                # "what did the ambassador say": a sentence reporting his words
                words_asked = WORDS_ASKED.search(question)
                # the holder the question names ("what did president lee say when he met trump": not Trump's words),
                # or the post, or the name of its holder where a passage titles someone with it ("Ambassador Philip
                # Goldberg": "Goldberg ... said")
                named = holder_asked(words_asked) if words_asked else frozenset()
                names = named or {name for chunk in chunks for name in _holder_names(m.group(1), chunk.page_content)}
                post_said, reported = ([] if named else [rf"\b{re.escape(m.group(1))}"]), bool(words_asked)
            says_speaker = re.compile("|".join(post_said + [rf"\b{re.escape(name)}\b" for name in sorted(names)]),
                                      re.I).search

            def spoken(text: str) -> bool:
                return bool(says_speaker(text) and (not reported or REPORTS_WORDS.search(text)))
        credit_asked = post == _WROTE
        asked = content_words(question)
        candidates = []  # (chunk, absolute start, absolute end, text)
        continued = {}  # (chunk, start, end) of a sentence -> it quoted with the next one, which leans back on it
        around: dict[tuple[int, int], list[tuple[int, int, str]]] = {}  # (chunk, start) -> the statements beside it
        in_chunk: dict[int, list[tuple[int, int, str]]] = {}  # chunk -> its statements, in order
        earlier_years = {}  # (chunk, start) -> the years the closest sentence before it in its chunk names
        for chunk in chunks:
            base = int(chunk.metadata["start"])
            previous = None
            statements = []
            said_years: list[int] = []
            spans = sentence_spans(chunk.page_content)
            for n, (start, end) in enumerate(spans):
                marker = list_marker_length(chunk.page_content[start:end])
                start += marker
                text = chunk.page_content[start:end]
                earlier_years[(id(chunk), base + start)] = said_years
                said_years = years_in(text) or said_years
                if is_statement(text, listed=bool(marker)) or credit_asked and _CREDIT.match(text) or (
                        says_post and (_SIGNATURE.match(text) or _FIELD_LINE.match(text)) and says_post(text)) or (
                        (field := _FIELD_LINE.match(text)) and content_words(field.group(1)) & asked):
                    statements.append((base + start, base + end, text))
                    candidates.append((chunk, base + start, base + end, text))
                    # a sentence that leans back, or one after a sentence that introduces it ("Esper said:")
                    # (not on a credit line: "By Park Jun-seo" is no sentence "This year ..." leans back on)
                    if previous is not None and not _CREDIT.match(chunk.page_content[previous:previous_end]) and (
                            _LEANS_BACK.search(text) or chunk.page_content[previous:previous_end].endswith(":")):
                        pair = (chunk, base + previous, base + end, chunk.page_content[previous:end])
                        candidates.append(pair)
                        continued[(id(chunk), base + previous, base + previous_end)] = pair
                    previous, previous_end = start, end
                elif post == _SIGNED and _CLOSING.fullmatch(text) and n + 1 < len(spans):
                    # "who signed the reply": the letter's closing and the name signed under it
                    span = (base + start, base + spans[n + 1][1], chunk.page_content[start:spans[n + 1][1]])
                    statements.append(span)
                    candidates.append((chunk, *span))
                elif says_post:
                    # a list of participants read as one run, a "Name, Post" a line ("Baek Seung-ho, President and
                    # Chief Executive Officer\nLim Ji-yeon, Chief Financial Officer"): the line saying the post; a
                    # headline and its byline read as one run: the byline; a title block read as one line ("... issued
                    # November 22, 2024 Lead author: Dr. Moon Ga-young, with a team of five"): the credit in it
                    lines = [*re.finditer(r"[^\n]+", text), *(_CREDIT_IN_LINE.finditer(text) if credit_asked else ())]
                    for line in lines:
                        if _SIGNATURE.match(line.group()) and says_post(line.group()) or credit_asked and _CREDIT.match(
                                line.group()):
                            span = (base + start + line.start(), base + start + line.end(), line.group())
                            statements.append(span)
                            candidates.append((chunk, *span))
            for i, (start, _, _) in enumerate(statements):
                around[(id(chunk), start)] = statements[i + 1:i + 2] + statements[max(i - 1, 0):i]  # next, previous
            in_chunk[id(chunk)] = statements
        if not candidates:
            return None
        vectors = self._sentence_vectors([c[3] for c in candidates])
        semantic = vectors @ np.asarray(question_vector, dtype=np.float32)
        weights = {word: weight(word) if weight else 1.0 for word in asked}
        # a question of everyday words only (little weight in all) gets little say from them
        asked_weight = max(sum(weights.values()), MIN_ASKED_WEIGHT if weight else 1.0)
        in_preamble = {word: weights.pop(word) for word in preamble & weights.keys()}

        def heading(chunk: Document) -> list[str]:
            """A document's title and the section a chunk sits under: what its sentences are about."""
            meta = chunk.metadata
            return [meta.get("title") or "", meta.get("section") or ""] if meta.get("kind") == "document" else []

        focus_weights = {word: weight(word) if weight else 1.0 for word in focus}
        focus_weight = sum(focus_weights.values())

        def overlap(says: set[str], context: set[str], words: dict[str, float], total: float) -> float:
            """The weighted share of the words the sentence repeats (`says`: its terms); those only its
            neighbours or its document's title and section heading repeat (`context`: their terms; the name a "he"
            or "the aide" stands for, the agreement an article is about) count half."""
            own = words.keys() & says
            around = (words.keys() & context) - own
            return (sum(words[w] for w in own) + NEIGHBOUR_SHARE * sum(words[w] for w in around)) / total

        # each sentence's terms, once: an acronym by the name it spells out ("MND": "Ministry of National Defense")
        said = [said_terms(text) for _, _, _, text in candidates]
        contexts = [" ".join([t for _, _, t in around.get((id(chunk), start), [])] + heading(chunk))
                    for chunk, start, _, _ in candidates]
        # each chunk's passage (its text, title and section), read once for whatever asks: its words and its terms
        passage_words: dict[int, set[str]] = {}
        passage_said: dict[int, set[str]] = {}

        def words_of(chunk: Document) -> set[str]:
            if id(chunk) not in passage_words:
                passage_words[id(chunk)] = content_words(" ".join([chunk.page_content] + heading(chunk)))
            return passage_words[id(chunk)]

        def said_of(chunk: Document) -> set[str]:
            if id(chunk) not in passage_said:
                passage_said[id(chunk)] = said_terms(" ".join([chunk.page_content] + heading(chunk)))
            return passage_said[id(chunk)]

        overlaps = [overlap(says, content_words(context), weights, asked_weight) + (
            overlap(said_of(chunk), set(), in_preamble, asked_weight) if in_preamble else 0.0)
                    for says, context, (chunk, _, _, _) in zip(said, contexts, candidates)]
        focused = [overlap(says, words_of(chunk), focus_weights, focus_weight)
                   if focus_weight else 0.0 for says, (chunk, _, _, _) in zip(said, candidates)]
        # what the sentence itself says of the words the question is specifically about ("katusas")
        focused_own = [overlap(says, set(), focus_weights, focus_weight) if focus_weight else 0.0 for says in said]
        # a sentence saying most of what the preamble says and nothing of what is asked is what the asker has read
        restates = [bool(in_preamble) and bool(weights) and not weights.keys() & says
                    and overlap(says, set(), in_preamble, sum(in_preamble.values())) >= RESTATED_SHARE
                    for says in said]
        # the names the question gives (not the subject's own: "USFK"), as each retrieved document's passages, title
        # and section say them
        names = {word for word in asked - SUBJECT_TERMS if is_name(word) and not word.isdigit()}
        naming: dict[str, set[str]] = {}
        for chunk in chunks if names else ():  # (a question giving no name leaves every passage unread here)
            naming.setdefault(chunk.metadata["source"], set()).update(
                names & said_of(chunk) if chunk.metadata.get("kind") == "document" else ())
        named_elsewhere = any(naming.values())
        # close in meaning, or repeating most of what the question names, or of what it is specifically about (a
        # question that is all names and titles reads as far from any sentence to the model, yet a sentence with
        # those names answers it)
        relevance = semantic + LEXICAL_WEIGHT * np.maximum(np.maximum(overlaps, focused_own) - NAMED_SHARE, 0)
        if credit_asked:
            # "who wrote that 'escalator nobody voted for' op-ed": the credit line of the document whose title the
            # question names answers, however far in meaning ("By Park Jun-seo")
            titled = np.array([bool(_CREDIT.match(text)) and len(
                content_words(chunk.metadata.get("title") or "") & asked) >= TITLE_NAMED for chunk, _, _, text in
                candidates])
            relevance = np.where(titled, np.maximum(relevance, min_similarity), relevance)
        if float(relevance.max()) < min_similarity:
            return None
        asked_years = set(years_in(question))
        # years that only name what a date is asked of ("when was the appeal filed in that 2020 furlough pay case"):
        # what happened to it since may be of a later year
        naming_only = asks == "date" and asked_years <= {int(m.group(1)) for m in _NAMING_YEAR.finditer(question)}
        asked_agreements = agreements_in(question)
        # the agreements each document's retrieved passages, title and section name: one naming only earlier ones
        # than asked tells nothing of a later one ("the 13th SMA talks"; a 2018 article's "current SMA" is no earlier)
        # (unless it came out in a year the question names or later: "the march 2021 call" on the 11th SMA that names
        # only the 10th, which had expired)
        spoken_of: dict[str, set[int]] = {}
        published: dict[str, int] = {}
        for chunk in chunks if asked_agreements else ():
            spoken_of.setdefault(chunk.metadata["source"], set()).update(
                agreements_in(" ".join([chunk.page_content] + heading(chunk))))
            published[chunk.metadata["source"]] = next(iter(years_in(str(chunk.metadata.get("published") or ""))), 0)
        earlier = {source for source, spoken in spoken_of.items() if spoken and max(spoken) < min(asked_agreements)
                   and not (asked_years and published[source] >= min(asked_years))}
        asked_months = months_in(question)
        asked_rounds = rounds_in(question)
        asked_stage = stage_in(question)
        scored = []
        asking_asked = _ASKED_WHAT.search(question)  # "what did the reporter ask": a question is the answer
        foreign = {word for word in asked if not word.isascii()}  # "what english does the glossary give for 미집행"
        for (chunk, start, end, text), similarity, shared, on_focus, restated, says in zip(
                candidates, semantic, overlaps, focused, restates, said):
            score = (float(similarity) + LEXICAL_WEIGHT * shared + FOCUS_WEIGHT * on_focus
                     + 0.1 * float(chunk.metadata["similarity"]) - (RESTATED_PENALTY if restated else 0.0))
            # a sentence that names no year is about the year the sentences before it name ("On June 13, 2002, ...
            # Shin Hyo-sun and Shim Mi-seon died"), else its document's ("met in Los Angeles" in March 2020)
            years = (set(years_in(text)) or set(earlier_years.get((id(chunk), start), ()))
                     or set(years_in(str(chunk.metadata.get("published") or ""))[:1]))
            if asked_years and years and not asked_years & years and not (naming_only and min(years) > max(asked_years)):
                score -= YEAR_MISMATCH_PENALTY
            if named_elsewhere and chunk.metadata.get("kind") == "document" and not naming[chunk.metadata["source"]]:
                score -= UNNAMED_PENALTY
            rounds = rounds_in(text)
            if asked_rounds and rounds and not asked_rounds & rounds:
                continue  # the third round asked about, a sentence on the eighth: it answers nothing of the third
            if asked_stage and _STAGES[asked_stage].search(text) is None and any(
                    pattern.search(text) for stage, pattern in _STAGES.items() if stage != asked_stage):
                continue  # "the final award", a sentence on the preliminary terms: it answers nothing of the final
            months = months_in(text)
            if asked_months and months and not asked_months & months:
                score -= YEAR_MISMATCH_PENALTY  # "the summit in October 2025", a sentence on the Aug. 25 one
            named = agreements_in(text)
            if asked_agreements and named and not asked_agreements & named:
                continue  # the 8th SMA asked about, only the 11th named: what it says of that one answers nothing
            if not named and chunk.metadata["source"] in earlier:
                continue  # "the 13th SMA talks": a history up to the 10th tells of earlier ones
            # a sentence that names no agreement is about the one its document's title or section names
            titled = set() if named else agreements_in(" ".join(heading(chunk)))
            if asked_agreements and titled and not asked_agreements & titled:
                score -= YEAR_MISMATCH_PENALTY
            if chunk.metadata.get("kind") == "figure":
                score -= FIGURE_CHUNK_PENALTY + (PROSE_FIGURE_PENALTY if asks in PROSE_ASKS else 0)
            if asks in KIND_BONUS and says_what_is_asked(asks, text, question):
                score += KIND_BONUS[asks]
            if foreign & says:
                score += FOREIGN_TERM_BONUS
            if not asking_asked and _ASKING.search(text):
                score -= ASKING_PENALTY
            scored.append((score, chunk, start, end, text))
        if not scored:
            return None  # every close sentence is about another agreement than the one asked about
        if asked_stage and asks in AMOUNT_ASKS and (staged := [item for item in scored if _STAGES[asked_stage].search(
                item[4]) and states_amount(item[4])]):
            scored = staged  # "samsung's final award": an amount said to be final, not one said with no stage
        if not combine and (later := later_events_in(question)):  # "the second HLBC meeting": not its setting up
            # (two amounts combined are of two occurrences: "the first session plus the second")
            scored = [item for item in scored if all(says_occurrence(item[4], event) for event in later)]
            if not scored:
                return None
        scored.sort(key=lambda item: -item[0])
        best = scored[0][0]
        chosen = [item for item in scored[:MAX_QUOTES] if item[0] >= best - CLOSE_SCORE]
        # the kind of sentence the question asks for, if the closest ones are not: a number, a list, a name
        wanted = (lambda sentence: says_what_is_asked(asks, sentence, question)) if asks in KIND_BONUS else None
        if wanted and asks in AMOUNT_ASKS and part:  # "how much of it went to labor": the part's amount, not the whole's
            wanted = (lambda sentence, says=wanted: says(sentence) and bool(part & content_words(sentence)))  # noqa: E731
        if wanted and asks in AMOUNT_ASKS and asked_years:  # "at the end of 2023": not an amount of 2021 only
            wanted = (lambda sentence, says=wanted: says(sentence) and (  # noqa: E731
                not (named := set(years_in(sentence))) or bool(named & asked_years)))
        if asks == "who" and any(names_people(item[4], question) for item in scored if item[0] >= best - QUANTITY_REACH):
            wanted = lambda sentence: names_people(sentence, question)  # noqa: E731 (a person, before a body or role)
        if _ACTUAL_ASKED.search(question):  # "the real figure, not the estimate": what was, before what was expected
            wanted = (lambda sentence, says=wanted: (says is None or says(sentence))  # noqa: E731
                      and not _EXPECTED.search(sentence))
        reach = QUANTITY_REACH
        if _SUPERLATIVE.search(question) and (tops := {
                text for score, chunk, _, _, text in scored if score >= best - reach
                and chunk.metadata["source"] == scored[0][1].metadata["source"] and _SUPERLATIVE.search(text)
                and (wanted is None or wanted(text))}):
            wanted = tops.__contains__  # "which slipped the worst": "The longest delay is ...", not how many slipped
        if asks == "who" and not says_post and (deed := _DEED_ASKED.search(question)) and (doers := {
                text for score, chunk, _, _, text in scored if score >= best - ROLE_REACH
                and chunk.metadata["source"] == scored[0][1].metadata["source"]
                and names_people(text, question) and _says_deed(text, deed.group(1))}):
            # "who facilitated the workshop": a sentence naming someone and saying the deed ("Dr. Baek Hye-jin of the
            # Labor Policy Center facilitated."), however far down the best sentence's document, before closer ones
            # naming others
            wanted, reach = doers.__contains__, ROLE_REACH
        if asks == "date" and wanted and _TOLD_ON.search(scored[0][4]) and not wanted(scored[0][4]) and (dated := {
                text for score, chunk, _, _, text in scored if score >= best - ROLE_REACH
                and chunk.metadata["source"] == scored[0][1].metadata["source"] and wanted(text)}):
            # "from when does the bonus kick in": the best sentence tells of it on the day someone told of it; its
            # document's sentence with a day of its own answers ("applies to contracts advertised after March 1")
            wanted, reach = dated.__contains__, ROLE_REACH
        if asks == "who" and not says_post and (headed := {
                text for score, chunk, _, _, text in scored if score >= best - ROLE_REACH
                and chunk.metadata["source"] == scored[0][1].metadata["source"] and names_people(text, question)
                and len(asked & content_words(chunk.metadata.get("section") or "")
                        - content_words(chunk.metadata.get("title") or "")) >= SECTION_NAMED}):
            # "who took the grand prize": the person named under the heading "Grand prize (5 million won)", however
            # far down the best sentence's document, before the announcement of the winners
            wanted, reach = headed.__contains__, ROLE_REACH
        if asks == "who" and not says_post and (fielded := {
                text for score, chunk, _, _, text in scored if score >= best - ROLE_REACH
                and chunk.metadata["source"] == scored[0][1].metadata["source"] and (field := _FIELD_LINE.match(text))
                and (who_the := _WHO_IS_THE.search(question)) and content_words(field.group(1)) & content_words(
                    who_the.group(1)) - _LABEL_WORDS}):
            # "who is the client": the form's field labelled so ("4a. Client Name: Pacific Shipyards Association"),
            # before a note on the field
            wanted, reach = fielded.__contains__, ROLE_REACH
        if asks == "who" and not says_post and _QUOTED_ASKED.search(question) and (speakers := {
                text for score, chunk, _, _, text in scored if score >= best - ROLE_REACH
                and chunk.metadata["source"] == scored[0][1].metadata["source"] and names_people(text, question)
                and REPORTS_WORDS.search(text)}):
            # "who at the board gets quoted in the release": the one whose words it reports ("... said Choi
            # Eun-kyung, vice chair of the Board"), before the sentences sharing more of the question's words
            wanted, reach = speakers.__contains__, ROLE_REACH
        win_asked = _WIN_ASKED.search(question)
        if win_asked and (winners := {
                text for score, chunk, _, _, text in scored if score >= best - ROLE_REACH
                and chunk.metadata["source"] == scored[0][1].metadata["source"] and _WIN_SAID.search(text)}):
            # "who won the contract": the award naming who won, before the tender
            winners = {text for text in winners if names_people(text, question)} or winners
            wanted, reach = winners.__contains__, ROLE_REACH
        if says_post:
            # "who chairs the foundation", "who was in command": a person the best sentence's document says holds the
            # role, however far down, before others it names ("President Barack Obama signed the law letting the
            # foundation build"; "the Super Constellation" is no one)
            holders = {text for _, chunk, _, _, text in scored if chunk.metadata["source"] == scored[0][1].metadata[
                "source"] and names_people(text, question) and says_post(text)}
            holders = {text for text in holders if _TITLED_NAME.search(text)} or holders  # "Lt. Cmdr. James Overstreet"
            if holders:
                wanted, reach = holders.__contains__, ROLE_REACH
            elif holders := {text for score, _, _, _, text in scored if score >= best - reach and names_people(
                    text, question) and says_post(text)}:
                wanted = holders.__contains__  # of another document, as close: "negotiator Chang Won-sam", not Esper
        if counted:
            wanted, reach = (lambda sentence: all(counts_of(sentence, noun) for noun in counted)), COUNTED_REACH
        accounts = [item[4] for item in scored if attributed and attributed <= content_words(item[4])]
        if wanted and asks in AMOUNT_ASKS:  # "per the fact sheet, what share ...": not one naming it, stating none
            accounts = list(filter(wanted, accounts))
        if accounts and any(item[0] >= best - COUNTED_REACH and item[4] in accounts for item in scored):
            wanted, reach = accounts.__contains__, max(reach, COUNTED_REACH)  # "per NORAD": "NORAD put the spot ..."
        if wanted and not wanted(chosen[0][4]):
            # the answer continues into the next sentence ("... Its spokesperson, Choi Hyun-soo, said") or began
            # in the one before ("... at the Economic Club of Chicago. Trump called ..."): quoted together, first,
            # from the closest sentence with such a neighbour ("... struck two girls. Shin Hyo-sun and ... died")
            for item in (item for item in scored if item[0] >= best - reach):
                score, chunk, start, end, _ = item
                # an amount beside must say something the question does: not a poll's percentages; a count of no
                # noun asked beside is how many took part in the best sentence's event ("how many people were
                # surveyed in the july wave": "Wave 2: July 14-16. 1,014 respondents"), not "3,000 more troops were
                # sent" beside the hunt for commandos
                # (a credit line is quoted alone: "By Park Jun-seo" is not said by the column's first sentence)
                beside = next((span for span in around.get((id(chunk), start), []) if wanted(span[2]) and not (
                    credit_asked and _CREDIT.match(span[2])) and (asks not in AMOUNT_ASKS or asks == "count" and not
                                                                  counted or asked & content_words(span[2]))), None)
                if beside:
                    start, end = min(start, beside[0]), max(end, beside[1])
                    base = int(chunk.metadata["start"])
                    chosen = [(score, chunk, start, end, chunk.page_content[start - base : end - base])] + [
                        other for other in chosen if other is not item][:MAX_QUOTES - 1]
                    break
        # a count or an amount must be the first quote (it is what the answer is checked by), other kinds among the
        # quotes
        if wanted and not (wanted(chosen[0][4]) if counted or attributed or asks in AMOUNT_ASKS
                           else any(wanted(item[4]) for item in chosen)):
            top = chosen[0]
            setting = [start for start, _, _ in in_chunk.get(id(top[1]), []) if start < top[2]][-SETTING_REACH:]
            if asks == "date" and _TIME_ASKED.search(question):  # the hour follows the day's story: "At 8:16 a.m."
                setting += [start for start, _, _ in in_chunk.get(id(top[1]), []) if start > top[2]][:SETTING_REACH]

            def sets_the_scene(item: tuple) -> bool:
                """Where or when the event the best sentence tells took place, said a few sentences before it
                ("On June 3 the ambassador spoke ... in Busan. ... 'The alliance is not a transaction,' he said"), or
                at what time of the day, a few sentences after it."""
                return asks in ("place", "date") and item[1] is top[1] and item[2] in setting

            def counts_in_its_document(item: tuple) -> bool:
                """A count of what is asked, the number followed by what it counts, in the best sentence's document,
                saying more of the question than that ("held the 10th round ..." is about the talks; "have held a
                total of 10 rounds of talks" counts them; "3,000 more troops were sent" counts no soldiers hunting)."""
                said = content_words(item[4]) & content_words(question) - {word for noun in counted
                                                                           for word in alike(noun)}
                return bool(counted) and bool(said) and item[1].metadata["source"] == top[1].metadata["source"] and (
                    item[0] >= best - ROLE_REACH) and all(counts_of(item[4], noun, following=True) for noun in counted)

            fitting = next((item for item in scored if wanted(item[4])
                            and (item[0] >= best - reach or sets_the_scene(item) or counts_in_its_document(item))), None)
            if fitting:  # what answers first, then the closer sentences that only share words
                chosen = [fitting] + [item for item in chosen if item is not fitting]
        if asks == "who" and not says_post and chosen and (
                credit := _credited_after(scored[0], scored, in_chunk, question)):
            # "who took the photo of the sit-in": the caption's credit a few sentences after the one telling it (a
            # post asked is named by the sentences saying it: "Defense Secretary Mark Esper" is no chief negotiator)
            chosen = [credit] + [item for item in chosen if item is not credit][:MAX_QUOTES - 1]
        if asks == "who" and _EACH_SIDE.search(question) and chosen:
            # "who led each delegation, the korean and the us": the other side's lead too, from the same document, a
            # sentence naming someone else in the role asked ("The U.S. team was headed by Linda Specht")
            top = chosen[0]
            named = set(_PERSON.findall(top[4]))

            def names_the_other(item: tuple) -> bool:
                return (item[0] >= best - ROLE_REACH and item[1].metadata["source"] == top[1].metadata["source"]
                        and not (item[1] is top[1] and item[2] < top[3] and top[2] < item[3])  # no part of the first
                        and names_people(item[4], question) and bool(set(_PERSON.findall(item[4])) - named)
                        and (says_post is None or bool(says_post(item[4]))))

            if other := next(filter(names_the_other, scored), None):
                chosen = [top, other] + [item for item in chosen[1:] if item is not other][:MAX_QUOTES - 2]
        # each year's amount, from the closest sentence's document (a share over a span of years, "what share went to
        # the top five firms 2021-24", is one amount of them all)
        if combine and combine != "share" and len(asked_years) >= 2:
            document = [item for item in scored if item[1].metadata["source"] == chosen[0][1].metadata["source"]]
            # a sum before a length or weight before a count ("2021 through 2023, the first three fiscal years")
            kinds = ("percent",) if combine == "point_difference" else ("money", "measure", "count")
            of_years = [next((item for kind in kinds for item in document
                              if year in years_in(item[4]) and amount_kind(item[4]) == kind), None)
                        for year in sorted(asked_years)]
            if all(of_years):
                chosen = (of_years + [item for item in chosen if item not in of_years])[:MAX_QUOTES]
        elif per_unit and (other := _sum_or_count_beside(chosen[0], scored, per_unit, question)):
            chosen = [chosen[0], other] + [item for item in chosen[1:] if item is not other][:MAX_QUOTES - 2]
        elif combine and (other := _other_amount(chosen[0], scored, best - QUANTITY_REACH, combine, counted, asked,
                                                 in_chunk)):
            chosen = [chosen[0], other] + [item for item in chosen[1:] if item is not other][:MAX_QUOTES - 2]
        elif asks == "money" and chosen and (base := _base_of_percent(chosen[0], scored)):
            chosen = [chosen[0], base] + [item for item in chosen[1:] if item is not base][:MAX_QUOTES - 2]
        if spoken and chosen and not any(spoken(item[4]) for item in chosen) and (speaker := next((
                item for item in scored if item[0] >= best - ROLE_REACH and item[1].metadata["source"] == chosen[0][
                    1].metadata["source"] and spoken(item[4])), None)):
            # "what did the garrison commander make of the fund": the sentence where he speaks, after the closest
            chosen = [chosen[0], speaker] + chosen[1:MAX_QUOTES - 1]
        # a chosen sentence the next one leans on ("In this case, ...") is quoted with it
        chosen = [(score, *continued.get((id(chunk), start, end), (chunk, start, end, text)))
                  for score, chunk, start, end, text in chosen]
        chosen = [item for item in chosen if not any(  # a sentence already inside another quote is not repeated
            other is not item and other[1] is item[1] and other[2] <= item[2] and item[3] <= other[3]
            and (other[2], other[3]) != (item[2], item[3]) for other in chosen)]
        chosen = list({(id(item[1]), item[2], item[3]): item for item in chosen}.values())
        if credit_asked:  # "who wrote it": the credit line first
            chosen.sort(key=lambda item: not _CREDIT.match(item[4]))
        if chosen and (corrected := _corrected(chosen[0], in_chunk, question)):
            chosen[0] = corrected  # "is 32,000 the real number?": the claim, then the sentence that puts it right
        if asks == "who" and re.match(r"\s*(who|whom|which)\b", question.lower()) and not any(
                names_someone_new(item[4], question) for item in chosen):
            return None  # "who negotiated for the US side?", "which vet ...": not answered by a sentence naming nobody
        if role is not None and role.re is _ROLE_DONE and role.group(1).lower() in _HEADING and not any(
                names_people(item[4], question) for item in chosen):
            return None  # "who heads the union": not answered by a sentence naming only the union
        if spoken and not any(spoken(" ".join([text] + [t for _, _, t in around.get((id(chunk), start), [])]))
                              for _, chunk, start, _, text in chosen):
            return None  # "what did the garrison commander make of the fund": not answered by sentences on the fund
        if (titled := ROLE_ASKED.search(question)) and not any(names_people(text, question) and re.search(
                rf"\b(?:{_role_words(titled)})",  # "commanding" the division says the commander
                " ".join([text] + [t for _, _, t in around.get((id(chunk), start), [])]), re.I)
                for _, chunk, start, _, text in chosen):
            return None  # "who is the usfk commander?": not answered by negotiators' names, nor the role unnamed
        if (done := _DONE_ASKED.search(question)) and not any(
                says_done(item[4], next(verb for verb in done.groups() if verb)) for item in chosen):
            return None  # "did the committee ever vote on the petition": not answered by its referral to the committee
        if win_asked and not any(_WIN_SAID.search(item[4]) for item in chosen):
            return None  # "who won the contract once bids closed": not answered by the tender's price or its bidders
        if _ACTUAL_ASKED.search(question) and all(  # (an amount asked is the first quote's)
                _EXPECTED.search(item[4][start:end]) for item in (chosen[:1] if asks in AMOUNT_ASKS else chosen)
                for start, end in sentence_spans(item[4])):
            return None  # "how many actually retired, not the projection": not "we expect 1,134 to retire"
        if asks == "date" and _WHEN_ASKED.search(question) and not any(says_what_is_asked(asks, item[4], question)
                                                                        for item in chosen):
            return None  # "when is the center to be finished": not answered by who builds it
        if asks == "place" and not any(names_something_new(item[4], question) for item in chosen):
            return None  # "where did the ceo study": not answered by a sentence naming only him
        if asks == "name" and thing_asked(question) in _GROUPS and not any(says_what_is_asked(asks, item[4], question)
                                                                       for item in chosen):
            return None  # "which activist group did he run": not answered by a sentence naming no group
        return quoted(question, [Citation.from_chunk(n, chunk.metadata, text, start, end)
                                 for n, (_, chunk, start, end, text) in enumerate(chosen, start=1)])


def _starts_after(item: tuple, in_chunk: dict[int, list[tuple[int, int, str]]]) -> list[int]:
    """Where the statements after a scored sentence (its chunk's, in order) start."""
    return [start for start, _, _ in in_chunk.get(id(item[1]), []) if start >= item[3]]


def _credited_after(top: tuple, scored: list[tuple], in_chunk: dict[int, list[tuple[int, int, str]]],
                    question: str) -> tuple | None:
    """Who did what the closest sentence tells, when it names no one: a sentence naming someone a few sentences after
    it in its paragraph ("A Korean employee carries a box out of the base ... Photographer: Kwon Ye-rin.")."""
    chunk = top[1]
    if names_people(top[4], question):
        return None
    base = int(chunk.metadata["start"])
    following = _starts_after(top, in_chunk)[:SETTING_REACH]
    return next((item for item in scored if item[1] is chunk and item[2] in following
                 and names_people(item[4], question)
                 and "\n\n" not in chunk.page_content[top[3] - base:item[2] - base]), None)


def _other_amount(first: tuple, scored: list[tuple], lowest: float, combine: str, counted: tuple[str, ...],
                  asked: set[str], in_chunk: dict[int, list[tuple[int, int, str]]]) -> tuple | None:
    """The sentence stating the other amount of a calculation from quotes, when the first quote states only one of
    its unit ("34 days in the consular section" + "33 days in Baguio"), or one count of what the question counts
    ("15 years of hard labor" + "six years"): of the other sentences of the first's document stating an amount of
    that unit (a percentage for points; never a bare number, which may be anything) or such a count, the only one,
    or else the closest scoring at least `lowest` that says a word of the question (`asked`) the first does not ("the
    spread between step 1 and step 10": the step 1 row after the step 10 one, not the step 5 one), or else the
    closest (for a share of a whole the first states, the closest); a first quote stating one count of something
    and no other amount, the bare number the next sentence states alone ("When I started we had 64 Korean drivers.
    When I retired there were 23.")."""
    def amounts(text: str) -> dict[str, set]:
        return {"counted": values} if counted and (values := counted_values(text, counted)) else \
            {} if counted else quoted_amounts(text)

    stated = amounts(first[4])
    if set(stated) == {""} and len(stated[""]) == 1 and combine != "point_difference":
        after = next(iter(_starts_after(first, in_chunk)), None)
        bare = next((item for item in scored if item[1] is first[1] and item[2] == after), None)
        if bare and (said := quoted_amounts(bare[4])) and set(said) == {""} and len(said[""]) == 1:
            return bare
    units = {unit for unit in stated if unit and (unit == "percent") == (combine == "point_difference")}
    if any(len(stated[unit]) > 1 for unit in units) or combine != "share" and TOTAL_SAID.search(first[4]):
        # a sentence comparing the two amounts itself, or stating their total ("for a total of 413 minutes"), not the
        # whole a share is of ("146 contracts in all")
        return None
    source = first[1].metadata["source"]
    others = [item for item in scored if item[1].metadata["source"] == source and first[4] not in item[4]
              and any(amounts(item[4]).get(unit, set()) - stated[unit] for unit in units)]  # another amount
    # a sentence quoted with the next one it leans on ("After 33 days in Baguio ... They lived ...") is one of them
    alone = [item for item in others if not any(other[4] in item[4] for other in others if other is not item)]
    if len(alone) == 1:
        return alone[0]
    # the part of a whole the first states ("146 contracts in all"), however far down its document
    whole = combine == "share" and TOTAL_SAID.search(first[4])
    return next((item for item in others if item[0] >= lowest and says_more_of(asked, first[4], item[4])),
                None) or next((item for item in others if item[0] >= lowest or whole), None)


def _sum_or_count_beside(first: tuple, scored: list[tuple], thing: str, question: str) -> tuple | None:
    """For a sum asked per thing ("per room"), when the first quote states one sum and no count of the things, or a
    count of them and no sum ("a building with 96 rooms"): the sentence of its document stating what it lacks (the
    count; the one sum: "awarded the 19.8 billion won contract"; of a year asked, first one sum not of another year:
    "for 2025 was 14.3 billion won, up from 12.9 billion won in 2024", not a later contract's), the closest saying a
    word of the question the first does not (not another project's price beside the rooms); else None."""
    def sums(text: str) -> set[Decimal]:
        return {value for unit, values in quoted_amounts(text).items() if unit in ("KRW", "USD") for value in values}

    def counts(text: str) -> bool:
        return bool(counted_values(text, (thing,)))

    if (len(sums(first[4])) == 1) == counts(first[4]):
        return None  # both, in one quote, or neither
    years = set(years_in(question))
    asked = content_words(question)
    lacking = [counts] if sums(first[4]) else [
        *([lambda text: len(sums(of_years_asked([text], years, question, untied=True)[0])) == 1] if years else []),
        lambda text: len(sums(text)) == 1]
    return next((item for lacks in lacking for item in scored
                 if item[1].metadata["source"] == first[1].metadata["source"] and item[4] != first[4]
                 and lacks(item[4]) and says_more_of(asked, first[4], item[4])), None)


def _base_of_percent(first: tuple, scored: list[tuple]) -> tuple | None:
    """For a sum of money asked, when the first quote states none but a percentage of an amount it names ("a bid
    security of 5 percent of the estimated price"): the closest sentence of its document stating one sum and saying
    that amount's words ("The estimated price is 28.35 billion won"); else None."""
    if STATES["money"](first[4]) or not (named := percent_of_named(first[4])):
        return None
    words = content_words(named[1])

    def one_sum(text: str) -> bool:
        stated = quoted_amounts(text)
        return len(stated.get("KRW", set()) | stated.get("USD", set())) == 1

    return next((item for item in scored if item[1].metadata["source"] == first[1].metadata["source"]
                 and item[4] != first[4] and words <= content_words(item[4]) and one_sum(item[4])), None)


def quoted(question: str, citations: list[Citation]) -> Answer:
    """The answer that is its quotes, each with its citation's number."""
    lines = [f"“{' '.join(citation.quote.split())}” [{citation.n}]" for citation in citations]
    return Answer(question=question, route="retrieval", answer="\n".join(lines), citations=citations)
