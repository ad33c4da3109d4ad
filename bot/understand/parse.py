"""One parse per question: the only module that reads the question's words with patterns.

The result is an immutable Frame: every quantity with unit and span, years (relative ones resolved
against today), the agreement referred to, the measure asked about, the operation cues, what kind
of answer is wanted, and what the question is about (country, alliance) for scope.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace, field
from decimal import Decimal
from functools import lru_cache

from bot.text import content_words, terms
from bot.understand.normalize import DOMAIN_WORDS, NUMBER_WORDS, Known, is_english, normalize
from bot.understand.quantities import (
    MONTH,
    MONTH_WORDS,
    PHYSICAL_ASKED,
    YEAR_SPAN,
    DateMention,
    Duration,
    ExchangeRate,
    Headcount,
    Money,
    Percent,
    YearMention,
    counted_noun,
    find_dates,
    find_durations,
    find_headcounts,
    find_money,
    find_numbers,
    find_percents,
    find_rates,
    find_years,
    physical_unit,
)

ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                  "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13}
_AGREEMENT_NOUN = r"(?:sma|special measures? agreement|special measures|cost[- ]sharing (?:deal|agreement|pact|accord)|" \
                  r"(?:defen[cs]e )?cost[- ]sharing|burden[- ]sharing (?:deal|agreement)|agreement|deal|accord|pact|treaty|arrangement)"
# The rate asked that was applied to get an amount: "what cpi rate got applied", "which figure did they use to set"
_RATE_APPLIED = (r"\b(?:what|which)\s+(?:[\w-]+ ){0,3}?(?:rate|figure|percentage)\b.*\b(?:appl\w*|used|plugged|put in|"
                 r"to (?:get|work out|calculate|compute|reach|arrive at|set))\b")
# (the words between an ordinal and the agreement name it, not what was done: "when did they first reach agreement on
# the 11th sma" is no first SMA)
_BETWEEN_ORDINAL = r"(?:(?!(?:reach\w*|sign\w*|seal\w*|clinch\w*|strike|struck|hammer\w*|conclud\w*|agree\w*)\b)\w+\s+)"
_AGREEMENT_ORDINAL = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)\s+" + _BETWEEN_ORDINAL + r"{0,2}?" + _AGREEMENT_NOUN + r"s?\b"
    r"|\b(" + "|".join(ORDINAL_WORDS) + r")\s+" + _BETWEEN_ORDINAL + r"{0,2}?" + _AGREEMENT_NOUN + r"s?\b"
    # "the new deal, the 12th, when does it run out": the ordinal beside the deal it names
    r"|\b(?:deal|agreement|accord|sma),?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?=\s*[,;:?.)]|\s*$)"
    # "the 10th one got initialled", "the 11th one was signed": the ordinal one, before what agreements do
    r"|\bthe\s+(\d{1,2})(?:st|nd|rd|th)\s+one\b(?=\s+(?:(?:was|were|is|got|had been|has been|will be)\s+)?"
    r"(?:initial(?:l)?ed|signed|ratified|concluded|reached|cover\w*|runs?|ran|expire\w*|end(?:s|ed)?|start\w*|"
    r"beg[ai]n\w*|last(?:s|ed)?)\b)"
    # "how many rounds to get the 12th done": an agreement's number alone, after what is done to an agreement
    r"|\b(?:during|get|got|getting|gets|finish\w*|negotiat\w*|conclud\w*|ratif\w*)\s+the\s+(8|9|1[0-3])(?:th)\b"
    r"(?!\s+(?:of|round|rounds|century|day|anniversary|infantry|division|fleet|army|corps|session|meeting|month|year|"
    r"amendment|congress|national|assembly)\b)"
    # "11th was a five-year deal", "the 12th is a 5-year pact": the ordinal said to be a deal
    r"|\b(8|9|1[0-3])th\s+(?=(?:was|is)\s+(?:a|an|only|just)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|sma|pact|accord)\b)"
    # "what was korea paying under the 9th": the ordinal after "under the"
    r"|\bunder the (\d{1,2})(?:st|nd|rd|th)\b(?!\s+(?:round|session|meeting))"
    # "the last year of the 9th", "the first of the 10th": a year of the ordinal's agreement
    r"|\b(?:first|initial|opening|final|last|closing)(?: year)? (?:of|in) the (\d{1,2})(?:st|nd|rd|th)\b"
    r"(?!\s+(?:round|session|meeting|century))"
    # "when does the 11th expire", "the 12th took effect when": the ordinal alone, before what agreements do
    r"|\bthe\s+(8|9|1[0-3])th\s+(?=(?:(?:was|were|is|got|had been|has been|will)\s+)?(?:expire\w*|end(?:s|ed)?|"
    r"run out|ran out|take effect|took effect|takes effect|come into force|came into force|lapse\w*|ran|runs|running|"
    r"covered|covers|lasted)\b)")
_AGREEMENT_RELATIVE = re.compile(
    r"\b(current|present|existing|ongoing|latest|newest|new|most recent|this|today's|prior|previous|last|old|former|"
    r"earlier|next|upcoming|following)\s+(?:\w+[- ]?){0,2}?" + _AGREEMENT_NOUN + r"(?:s|'s)?\b")
# a step the agreement named just before took: "(before the current deal) was concluded"
_STEP_TAKEN = re.compile(r"\s+(?:was|were|is|got|had been|has been)\s+(?:concluded|signed|reached|agreed|struck|"
                         r"ratified|initial(?:l)?ed|finali[sz]ed|approved)\b")
# "the previous one", "the current one" standing for the agreement, before what agreements do ("did the previous
# one cover", "the next one expire")
_AGREEMENT_ONE = re.compile(r"\b(current|present|latest|newest|new|prior|previous|last|old|former|earlier|next|upcoming)"
                            r" one\b(?=\s+(?:cover|covers|covered|run|runs|ran|last|lasts|lasted|expire|expires|expired|"
                            r"end|ends|ended|start|starts|started|begin|begins|began|take|takes|took|get|got|was|is|"
                            r"will)\b)")
_AGREEMENT_ENDING = re.compile(
    _AGREEMENT_NOUN + r"\s+(?:(?:that|which) (?:is |was |were )?(?:set to |due to )?(?:expires?|expired|ends?|ended|lapsed|"
    r"lapses|ran until|runs until|ran through|ran out|covered|covers)|ending|expiring|lapsing|running until|"
    r"(?:set|due) to (?:expire|end))\b[^?]{0,30}?\b(19[5-9]\d|20[0-4]\d)\b")
_Y = r"(19[5-9]\d|20[0-4]\d)"
# "the 2014-2018 deal", "the agreement that ran 2020-2025": an agreement named by the years it covers
_AGREEMENT_YEARS = re.compile(
    rf"\b{_Y}\s*(?:-|to|through)\s*{_Y}\s+" + _AGREEMENT_NOUN + r"s?\b|" + _AGREEMENT_NOUN +
    r"\s+(?:(?:that|which) (?:ran|runs|run|covered|covers|spanned|spans|lasted|was in force)|covering|running|spanning|for)\s+"
    rf"(?:from\s+)?{_Y}\s*(?:-|to|through|until|till)\s*{_Y}\b")
# "the 2021 deal", "the 2019 cost-sharing agreement": the agreement signed that year (else the one covering it);
# not "the 2024 SMA number", a year's payment
_AGREEMENT_OF_YEAR = re.compile(rf"\bthe\s+{_Y}\s+(?:cost[- ]sharing\s+)?(?:deal|agreement|accord|pact|"
                                # "the 2019 sma was ...", not "the 2026 sma barracks contract"
                                r"sma(?='s|\s*[,.?;!]|\s*$|\s+(?:was|is|were|did|does|had|has|ran|runs|run|lasted|"
                                r"covered|covers|expired|expires|signed|took|came)\b))\b"
                                r"(?!\s+(?:number|payment|figure|amount|contribution|total)s?\b)")
_AGREEMENT_TERM = re.compile(r"\b(\d{1,2})[- ]years?\s+(?:\w+\s+)?" + _AGREEMENT_NOUN + r"\b")
# "the first year of", "the first year's payment of", "the final 2 years' payments under"
_POSITION = re.compile(r"\b(first|initial|opening|final|last|closing)[\s-]+(?:(\d+)\s+years|year)(?:(?:'s?)?\s+\w+)?\s+"
                       r"(?:of|under|in)\b|"
                       r"\b(first|initial|opening|final|closing)[\s-]+(?:(\d+)\s+years|year)\b|\bits (first|last|final) year\b|"
                       r"\b(?:sma|agreement|deal|accord|pact)(?:'s)?\s+(first|initial|opening|final|last|closing)\s+"
                       r"year\b|\bthe year (before|after) the\b|"  # "the year before the 10th SMA": 2018
                       # "what did korea pay before the 9th sma": the year before it
                       r"\b(?:pay|paid|pays|paying|payments?|contribut\w*)\s+(before|after) the\b"
                       r"(?= \S+ (?:sma|deal|agreement|accord|pact)\b)|"
                       r"\b(first|initial|opening|final|last|closing) (?:of|in)(?= the \d{1,2}(?:st|nd|rd|th)\b)|"  # "the first of the 10th"
                       # "first year to last year": the last one of the same agreement, not the calendar's
                       r"(?<=first year to )(last) year\b|(?<=first year vs )(last) year\b|(?<=first year and )(last) year\b|"
                       r"(?<=first year versus )(last) year\b")
_RELATIVE_YEAR = re.compile(
    # "the year before" a year, not "the year before the ninth agreement's first year", nor "less than the year before"
    # (each year's)
    r"(?<!'s )(?<!its )(?<!their )(?<!first year to )(?<!first year vs )(?<!first year versus )(?<!first year and )"
    r"(?<!than the )"
    r"(?:(?<!than )|(?=last year\b))\b(this year|current year|this yr|next year|last year|previous year|prior year|preceding year|"
    r"the year before(?! (?:the|a|an|its|his|her|their|that)\b)|the following year|past year|so far|"
    r"currently|right now|now|at present|presently|these days|nowadays|today|"
    r"(?:current|present)(?= (?:annual |yearly )?(?:payment|contribution)s?\b))\b(?!\s+(?:of|under|in the)\b)")

# What is asked for.
# "which destroyer", "what agency": a thing asked for by name, and the noun that says what kind of thing
_WHICH_THING = re.compile(
    r"^(which|what) (?!(?:did|does|do|is|was|were|are|has|have|had|will|would)\b)([\w.'-]+ ){0,2}"
    r"(?P<thing>federation|division|union|agency|body|department|ministry|newspaper|daily|paper|outlet|office|"
    r"organi[sz]ation|group|team|committee|venue|think tank|institute|university|firm|company|court|report|study|"
    r"unit|battalion|brigade|base|camp|ship|vessel|destroyer|frigate|warship|submarine|carrier|aircraft|plane|jet|"
    r"helicopter|missile|system|operation|bank|"
    r"exercises?|drills?|program(me)?|law|bill)\b")


# where a sentence ends ("... a day. Using ..."), not "U.S."
_SENTENCE_END = re.compile(r"(?<!\bu\.s)(?<!\bu\.k)[.?!]\s+(?=\S)|"
                           r"\s[-–—]+\s+(?=(?:what|which|who|whom|when|where|why|how)\b)|"  # "context - which bank"
                           r"\s(?:--|—)\s+(?=\S)", re.I)  # "filling in a spreadsheet -- korea's 2023 payment"
# An agreement's steps, and the year one is said to have been taken in ("signed in late 2018", "ratified in 2021")
_STEPS = frozenset({"signed", "initialled", "ratified", "concluded", "in_force", "term", "term_start", "term_end"})
_STEP_YEAR = re.compile(r"\b(?:signed|inked|initial(?:l)?ed|ratified|concluded|struck|reached|agreed)\s+(?:on\s+|in\s+)?"
                        r"(?:(?:late|early|mid)[- ]?)?(?:[a-z]+\.?\s+)?((?:19|20)\d\d)\b")
# A question after a statement it turns from: "the 10th one got initialled in feb 2019, but when was it signed"
# "someone said the 2026 rise stayed under the cap. what was the 2026 rise": what someone said, then a question of
# its own (not "how much was that worth", which asks about what was said)
_CLAIM_FIRST = re.compile(r"^[^.?!]*\b(?:said|says|claims?|claimed|told (?:me|us)|thinks|wrote|reckons)\b[^?!]*?[.!]\s+"
                          r"(?=(?:so |ok |okay )?(?:what|which|who|whom|when|where|why|how)\b"
                          r"(?![^?]*\b(?:that|it|its|this|they|them|their|those|these|he|she|his|her)\b))")
_BUT_THEN = re.compile(r",?\s+but\s+(?=(?:what|which|who|whom|when|where|why|how)\b)|" + _CLAIM_FIRST.pattern)


# a question asking whether what comes before it holds: "is that the number it gave?", "true?"
_YES_NO = re.compile(r"\s*(?:(?:so|and|but|ok)\s+)?(?:is|was|are|were|did|does|do|has|have|had|isn't|wasn't|didn't|"
                     r"doesn't)\b|\s*(?:right|correct|true|accurate)\W*$")


def question_start(text: str) -> int:
    """Where a question's last sentence starts: what comes before it is context (a claim being checked)."""
    return max((m.end() for m in _SENTENCE_END.finditer(text)), default=0)


# what follows the question mark that asks something more ("? and in 2027", "? what about 2027")
_ASKS_MORE = re.compile(r"^\W*(?:(?:and |but )?if (?:so|yes)\W*(?:(?:at|by|for|to|on|in|until|till|from) )?)?"
                        r"(?:and|or|what|when|where|who|whom|which|why|how|also|plus)\b", re.I)  # ("? if so, how much")


def asked_span(text: str) -> tuple[int, int]:
    """Where the question itself is: its last sentence, or, when what follows its last question mark asks nothing
    ("? for a background para", "?? boss needs it asap"), the sentence that mark ends."""
    mark = text.rfind("?")
    tail = text[mark + 1:]
    if mark == -1 or not tail.strip() or _ASKS_MORE.match(tail):
        return question_start(text), len(text)
    return question_start(text[:mark + 1]), mark + 1


# a question's opening words: what it asks and its auxiliary verb ("where did", "who was", "what sentence did")
_ASKED_FIRST = re.compile(r"\s*(?:in |on |at |for |to )?(?:about |roughly |approximately )?(?:what|how|who|whom|when|where|why|which)\b(?: \w+)??"
                          r"(?: (?:is|are|was|were|did|does|do|has|have|had|will|would|can|could)\b)?", re.I)
# ", and for how long?", " and what had prosecutors asked for?": a second question joined to the first
# (or yes or no, of what the first asked about: "..., and did it pick up any award there?")
_SECOND_QUESTION = re.compile(r",? and (?:roughly |about |approximately )?(?=(?:for |in |by |on |at |to )?"
                              r"(?:what|how|who|whom|when|where|why|which)\b|(?:did|does|was|is|has|were|are|have) "
                              r"(?:it|they|he|she|that)\b)", re.I)


# "for the grant call, ...", "riverside elementary: ...": what a question is about, said first
_CONTEXT_FIRST = re.compile(r"[^,?.;:]*[,:]\s*")


def two_questions(question: str) -> tuple[str, str, str] | None:
    """A question that asks two things ("where was he held, and for how long?"): the first, the second, and the
    second with what the first says of its subject, which it may leave unsaid ("for how long, of: he held");
    else None."""
    start = question_start(question)
    if (context := _CONTEXT_FIRST.match(question, start)) and _ASKED_FIRST.match(question, context.end()):
        start = context.end()  # "for the grant call, how much ..., and who ...": what is asked follows the context
    m = _SECOND_QUESTION.search(question, start)
    asked = _ASKED_FIRST.match(question, start)
    if not m or not asked:
        return None
    first, second = question[:m.start()].strip(), question[m.end():].strip().rstrip("?")
    subject = question[asked.end():m.start()].strip()
    return (first + "?", second + "?", f"{second}, of: {subject}") if subject and second else None


# The two events a length of time is asked between: "between A and B", "from (the day) A to (the day) B", "how many
# days after A did B"
_LENGTH_ASKED = re.compile(r"\bhow (?:many (?:days|weeks|months|years)|long)\b")
_THE_DAY = r"(?:the (?:day|date|time|moment) (?:of |when |that )?|when )?"
_END = r"\s*(?:[?.!;,]|$)"
_SPANNED = (re.compile(rf"\bbetween (?P<a>.+?) and (?P<b>.+?){_END}"),
            re.compile(rf"\bfrom {_THE_DAY}(?P<a>.+?) (?:to|until|till|through|up to) {_THE_DAY}(?P<b>.+?){_END}"),
            re.compile(rf"\bhow (?:many (?:days|weeks|months|years)|long) (?:after|before) (?P<a>.+?) "
                       rf"(?:did|was|were|had|would|could|does|do|is|are) (?P<b>.+?){_END}"))
# What the first of two events acts on ("the cabinet approving the port treaty"), that "its" stands for in the second
_ACTED_ON = re.compile(r"\b\w+ing ((?:the |a |an )?[\w' -]+)$")
_ITS = re.compile(r"(?:its|their) (?=\w)")
_DATED = re.compile(rf"\b(?:19|20)\d\d\b|\b{MONTH}\s+\d{{1,2}}\b|^(?:it|then|now|today|that)$")  # "march 1"


def events_spanned(text: str) -> tuple[str, str] | None:
    """The two events a question asks the length of time between, as it words them ("how many days from the
    trawler's seizure to the crew's return": "the trawler's seizure", "the crew's return"); None when it asks no
    length of time, or one side is a date, a year or no event."""
    if not _LENGTH_ASKED.search(text):
        return None
    for pattern in _SPANNED:
        if (m := pattern.search(text)) and not any(_DATED.search(side) for side in m.group("a", "b")):
            a, b = m.group("a", "b")
            if (acted := _ACTED_ON.search(a)) and (its := _ITS.match(b)):
                b = f"{acted.group(1)}'s {b[its.end():]}"  # "the assembly passing the act and its promulgation"
            return a, b
    return None


# A year a total is to count besides its span: "2027-30 ..., 2026 included", "including 2026", "plus 2026 too"
_INCLUDED = re.compile(r"\b((?:19|20)\d\d) (?:included|too|as well)\b|\b(?:including|incl\.?|plus) ((?:19|20)\d\d)\b")


def years_included(text: str) -> set[int]:
    """The years a question says a total counts besides those it spans ("2026 included")."""
    return {int(m.group(1) or m.group(2)) for m in _INCLUDED.finditer(text)}


def an_event_undated(text: str) -> bool:
    """Whether a length of time is asked between two events one of which no date or year says ("how many days after
    the oct 4 2007 declaration did the freight trains start"): a document's event, which no table date gives."""
    return bool(_LENGTH_ASKED.search(text)) and any(
        (m := pattern.search(text)) and not all(_DATED.search(side) for side in m.group("a", "b")) for pattern in _SPANNED)


def with_anchors(second: Frame, first: Frame) -> Frame:
    """The second part of a two-part question with the agreement, years and group of people the first part names,
    where it names none ("when did the 12th sma take effect and when does it expire": the 12th SMA's expiry), and the
    years of what "it" stands for beside its own ("what was the 2019 payment and how much did it rise over 2018");
    years carried over are implied, not written."""
    carried = tuple(replace(y, relative=True) for y in first.years if y.year not in second.year_values)
    years = second.years + carried if not second.years or second.has("anaphora") else second.years
    group = {"workers", "troops"} & first.cues if not second.has("workers", "troops") else set()
    return replace(second, agreement=second.agreement or first.agreement, years=years,
                   span=second.span or first.span, in_domain=second.in_domain or first.in_domain,
                   cues=second.cues | group)


def thing_asked(question: str) -> str | None:
    """The kind of thing a "which X" question asks the name of ("destroyer"), or None; of its last sentence ("the kang
    nam 1 in june 2009 - which destroyer was tailing it")."""
    question = question.lower()
    m = _WHICH_THING.search(question[question_start(question):])
    return m.group("thing") if m else None


# Paying said in chat ("what did seoul shell out"): a payment, not something done
_PAY_IDIOMS = r"chip in|cough\w* up|fork\w* (?:over|out)|shell\w* out|pony\w* up|stump\w* up"
_ASKS = (
    ("meaning", re.compile(r"\bwhat (does|do|did|is)\b(?=.*\bmean\b(?!\s+(?:annual|yearly|increase|growth|payment|of)\b))|"
                           r"\bwhat is meant by\b|\bmeaning of\b|\bdefin(e|ition)\b|"  # what a term means
                           r"\bstands? for\b|\bshort for\b|\bacronym\b")),  # "what does NCG stand for"
    # "where does the 2030 payment land": how much it comes to, no place
    ("duration", re.compile(r"\bhow many (?:minutes|hours)\b")),  # "how many minutes did the door hold"
    ("number", re.compile(r"\bhow (much|many)\b|\bwhere (?:does|do|did|will|would) [^?.;]{0,30}?\b(?:payments?|"
                          r"numbers?|figures?|amounts?|totals?|contributions?|bills?|costs?|it|that) (?:land|end up|"
                          r"come out|settle)\b(?! (?:going|in|at|on)\b)")),
    # (what held it up: "what was the sticking point", "whats the hold-up")
    ("reason", re.compile(r"^(why|how come)\b|\bwhy\b|\breasons?\b|\bwhat caused\b|\bexplain(?!ers?\b)\w*\b|"
                          r"\bwhat(?:'s| is| was| were)? (?:the )?(?:big |main |real )?(?:hold[- ]?ups?|snags?|"
                          r"sticking points?|obstacles?|stumbling blocks?|hang[- ]?ups?)\b")),
    # not a relative "who" after what it is of ("the workers who got furloughed", "people who signed")
    ("who", re.compile(r"^(who|whom)\b|(?<![a-z]s )(?<!people )(?<!staff )(?<!personnel )\bwho\b|\bwhich (?:(?:korean|south|north|us|american|japanese|prime|vice|deputy|"
                       r"foreign|defen[cs]e|former|senior|top|two|three) )*(?:[a-z]+ )?(officials?|premiers?|negotiators?|person|people|ministers?|spokes\w+|"
                       r"commanders?|diplomats?|envoys?|ambassadors?|aides?|leaders?|author|reporters?|vets?|veterans?|"
                       r"soldiers?|officers?|generals?|lawmakers?|legislators?|senators?|congressm[ae]n|analysts?|experts?|"
                       r"scholars?|professors?|journalists?|residents?|farmers?|activists?|villagers?|secretary|president|"
                       r"pilots?|captains?|sailors?|spies|spy|agents?|defectors?|judges?|prosecutors?|lawyers?|chairm[ae]n|"
                       r"engineers?|scientists?|doctors?|surgeons?|coach|survivors?|victims?|hostages?|prisoners?|"
                       r"athletes?|players?|academics?|economists?|researchers?|historians?|commentators?|columnists?|"
                       r"writers?|critics?|executives?)\b"
                       r"(?! (?:group|organi[sz]ation|association|movement|network|party|union|committee|body|agency|firm)\b)|"
                       r"'s (actual |official |exact |job )?(title|rank|position)\b")),  # "what's DeHart's title"
    ("name", re.compile(r"\bwhat (was|is|were|are) the names?\b|\bwhat (was|is|were|are) (it|they) called\b|^(the )?names? of\b|"
                        # "what was the operation to cut down the tree called?", "what was it code-named, the raid";
                        # not "what was called for"
                        r"^what(?:'s| (?:was|is|were|are))\b(?=.*\b(called|code-?named|nicknamed|dubbed)\b"
                        r"(?!\s+(?:for|on|off|up|out|back|upon)\b))|"
                        + _WHICH_THING.pattern)),
    ("place", re.compile(r"^where\b|\bwhere (did|does|do|was|were|is|are|will|would)\b|"
                         r"\b(what|which) (\w+ )?(city|town|place|country|province|region|port|hotel|island|village|"
                         r"county|district|prison|hospital|airport|embassy)\b")),
    ("duration", re.compile(r"\bhow long\b(?! ago)")),  # a length of time, not "how long ago"
    ("date", re.compile(r"^when\b|\bwhen\s*\??$|\bwhen (did|does|do|will|was|is|were)\b|\b(what|which) (date|day|month|year)s?\b|"
                        r"\bdates?\b|\bsince when\b|\bsince what year\b|\bhow long ago\b|\bby when\b|"
                        # "pushed to when exactly", "what's the deadline for comments", "the last day bids can be filed"
                        r"\b(?:to|until|till|til) when\b|\bwhen exactly\b|\bwhat(?:'s| is| was| will be)? the (?:[\w-]+ )?"
                        r"(?:deadline|cut-?off|due date|(?:last|final|closing) day)\b|"
                        r"\b(what|which) time\b(?! (frame|period|span|scale|line)s?\b)")),  # a time of day
    ("event", re.compile(r"\bwhat happen\w*\b|\bwhat (?:was|is|were) (?:supposed|meant|expected|going|planned) to "
                         r"happen\b|\b(anything|something) happen\w*\b|\bwhat (went on|took place|occurred)\b|"
                         r"\bwhat (was|is|were|are) the (impact|effect|consequence)s?\b|"
                         r"\bhow (did|does|do|will|would) .* (affect|impact|hurt)\b|\bwhat (did|does|do) .* (do|say|think|make of)\b(?!.*\b(pay|cost(?![- ]sharing)\w*|spen[dt]\w*|worth)\b)")),
    # "what did the Pentagon ask Seoul to show?": something done or said, unless it is a payment or an amount (or
    # which figure the asker should use: "what do we cite")
    ("event", re.compile(r"^(?:(?:back in|in|early|mid|late|around|during)\s+(?:19|20)\d\d,\s*)?what "
                         r"(did|does|do|will|would|has|have|had)\b(?! (?:i|we) (?:cite|use|quote|go with|put)\b)"
                         r"(?!.*\b(pay|paid|pays|paying|payments?|cost(?![- ]sharing)\w*|"
                         r"spend|spent|contribut\w*|" + _PAY_IDIOMS + r"|amount|total|figure|sum|worth|increase|rise|raise|demand\w*|offer\w*|"
                         r"ask\w* for|push\w* for|call\w* for|seek\w*|sought|propos\w*|want\w* \w+ to pay|percent\w*|rate|number|year|"
                         r"date|day|(set|fixed) for (19|20)\d\d|(19|20)\d\d (come|came) to)\b)(?!.*%)")),
    ("number", re.compile(r"\bhow (much|many|big|large|high|far)\b|\b(what|which) (is|was|are|were|'s)? ?(the )?"
                          r"(amount|number|figure|sum|total|size|level|value|share|percentage|rate|cap|limit|count)\b|"
                          # "what discount rate", "which vacancy rate": a rate of something, a number
                          r"\b(what|which)(?:'s| is| was)? (?=(?:the )?[a-z-]+ (?:rate|percentage)\b)|"
                          # "what magnitude": a measure, which stays the question's topic
                          r"\b(what|which) (?=(?:magnitude|yield|distance|length|depth|height|speed|weight|range)\b)|"
                          # "what's korea's minimum wage": an amount of money
                          r"\b(what|which)(?:'s| is| was| are| were)? (?=(the )?(?:[\w'-]+ ){0,3}?(wages?|salar(y|ies)|budget|"
                          r"gdp|price|income|tax|tariff)\b(?!-))|"  # (only "what's" explained: the rest is the topic)
                          r"\b(what|how much) (did|does|do|will|would|is|was)\b|\bnumber of\b|\bpercent\b|%")),
    ("list", re.compile(r"^(which|what) \w+s\b|\blist\b|\bwhat (were|are|have been) (the |its |[\w']+'s )?(yearly |annual )?"
                        r"(payments|contributions|amounts|figures)\b|\bwhat (do|does) .* (cover|include|pay for|fund)\b")),
    ("manner", re.compile(r"^how (was|were|did|do|does|is|are|will|would|can|could)\b")),
    ("whether", re.compile(r"^(can|could|may|might|is|are|was|were|do|does|did|will|would|should|has|have|had)\b")),
)

# Where a question's clause begins: "who chairs it", "per the newsletter, who chairs it"
CLAUSE_START = r"(?:^|(?<=[,.;:?!)\]-]))"
# The SMA payment's cost categories, which the figures table does not break a year's payment into
COST_CATEGORIES = r"labou?r|construction|logistics"
# The posts a question may ask the holder of
POSTS = (r"(commander|ambassador|minister|president|secretary|chairman|chairwoman|director|negotiator|spokesman|"
         r"spokeswoman|spokesperson|admiral|captain|pilot|skipper|envoy|surgeon|doctor|coach|judge|prosecutor|governor|"
         r"mayor|ceo|chief exec(?:utive)?|chief (?:financial|operating|technology|information) officer|"
         r"treasurer|founder|manager|coordinator|author|editor|reporter|moderator|"
         r"speaker|keynote|organi[sz]er|lawyer|attorney|counsel|inspector|auditor|clerk|"
         r"photographer|interpreter|translator|emcee|instructor|lecturer|trainer|teacher|"
         r"(?:project|program|programme|contracting|press|liaison) "
         r"officer)s?\b")
# The post a "who" question asks the holder of ("who is the current usfk commander", "which pilot", "who commanded
# the fleet"): a person named in it answers
ROLE_ASKED = re.compile(CLAUSE_START + r"(?:\s*(?:(?:and|but|so) )?(?:who(?:'s| is| was| were| are)? "
                        r"(?:the |a |an |its |their )?|which )"
                        r"(?:[\w.'-]+ ){0,3}?" + POSTS + "|"
                        r"\s*who (command|captain|pilot|skipper)(?:ed|s)\b|\s*who (flew)\b|"
                        r"\s*who (?:was |were |is )?in (command) of\b)", re.I)
# A post whose holder's words or deeds are asked ("what did the garrison commander make of the fund"): only quotes
# saying it, or beside a sentence saying it, answer
# ("did the ambassador ever say what he thought of it": only when it asks for words)
_VIEWS = r"think|thought|ma[kd]e of|comment\w*|react\w*|respond\w*"
_SPEECH = rf"\b(?:say|said|tell|told|remark\w*|repl(?:y|ied)|{_VIEWS})\b"
# What someone made of something asked, which no figure is ("what did he think of the cap")
VIEW_ASKED = re.compile(rf"\b(?:{_VIEWS})\b", re.I)
ROLE_SPOKEN = re.compile(r"\b(?:what (?:did|does|do|has|have|would)|(?:did|has|have|does)(?=[^?.;]*" + _SPEECH + r"))"
                         r" (?:the |a |an |its |their )?(?:[\w.'-]+ ){0,3}?" + POSTS, re.I)
# A post whose holder's words are asked: "what did the ambassador say at the signing", "what did the commander think
# of it"; `holder`, the words between the post and the asking of words, which may name its holder ("what did
# president lee say")
WORDS_ASKED = re.compile(ROLE_SPOKEN.pattern + r"(?P<holder>[^?.;]*?)" + _SPEECH, re.I)
# Words between a post and the asking of its holder's words that say how, not who ("did the ambassador ever say")
_HOW_SAID = re.compile(r"(?:ever|even|actually|really|just|also|first|once|again|later|then|[a-z]+ly)", re.I)


# Whether someone named with no post said anything, or what about something ("did jung min-ho ever say anything about
# the cap", "what did rep okafor say about the fact sheet"); not why, how many or what amount ("why did lee say", "how
# many drafts does kwon say they went through", "what did reuters say the 2026 payment is"), nor on what occasion ("what
# did trump say when he signed it": the record of the signing puts it right)
_NAMED_SPOKEN = re.compile(CLAUSE_START + r"\s*(?:(?:and|but|so) )?(?:(?:did|has|have|does) "
                           r"(?P<holder>(?:[a-z][\w'-]* ){1,4}?)" + _SPEECH + r"|what (?:did|has|have|does) "
                           r"(?P<about>(?:[a-z][\w'-]* ){1,4}?)" + _SPEECH + r"\s+(?:about|on|regarding|re)\b)", re.I)
# Who says something that is no one's name ("did seoul say", "did the us comment"; pronouns are no terms at all)
_NO_NAME = frozenset("korea seoul washington us america usfk mofa mnd ministry government".split())


def speaker_asked(text: str) -> frozenset[str]:
    """The name of someone asked whether they said something, with no post ("did jung min-ho ever say": jung,
    min-ho), or nothing (a post's holder, read by `holder_asked`; "did they say")."""
    if ROLE_SPOKEN.search(text) or not (m := _NAMED_SPOKEN.search(text)):
        return frozenset()
    words = _name_words(m.group("holder") or m.group("about"))
    return frozenset() if any(word in _NO_NAME for word in words) else frozenset(words)


def holder_asked(words_asked: re.Match[str]) -> frozenset[str]:
    """The name of the holder of the post whose words are asked, as the question gives it ("what did president lee
    jae-myung say": lee, jae-myung), or nothing ("what did the minister of defense say", "did the ambassador ever
    say")."""
    words = _name_words(words_asked.group("holder"))
    return frozenset(words) if all(re.fullmatch(r"[a-z][a-z'-]+", word) for word in words) else frozenset()


def _name_words(said: str) -> list[str]:
    """The words, lower-cased, that may name who speaks (one to three, each a term), less those saying how ("ever",
    "personally"); none otherwise."""
    words = [word.lower() for word in said.split() if not _HOW_SAID.fullmatch(word)]
    return words if 1 <= len(words) <= 3 and all(terms(word) for word in words) else []


# Cues: words that select an operation or a measure. Each tag is declared once, here.
# "against" compares amounts ("against last year's payment"), not sides ("allegations against USFK")
_AGAINST_AN_AMOUNT = (r"\bagainst(?= (the |a |an |its |their |this |last )?([$₩]|\d(?![\d,.]*(?:st|nd|rd|th)\b)|"
                      r"(payment|amount|contribution|figure|sum|rate|cap|inflation|year)s?\b))")  # not "the 12th sma"
# Words that say someone pays, contributes, funds or spends (alternatives inside one group)
_PAID = (r"pa(y|ys|id|ying|yment|yments)|contribut\w*|share of (the )?costs?|owe|owes|owed|owing|"
         r"(?:be|been|being) (?:asked|required|forced|obliged|expected|made) to pay|"  # an obligation, not a demand
         r"spend\w*|spent|fund\w*|charg(e|ed|es|ing)(?! of\b)|provid(e|ed|es|ing)|" + _PAY_IDIOMS + r"|"
         r"foot(?:s|ed|ing)?|bill|outlay|upkeep")  # not a "footprint"
# Workers sent home unpaid: "furloughed", "on unpaid leave", "sending staff home without pay", "out of work"
_FURLOUGH = (r"furlough\w*|unpaid(?: leave)?|sen(?:d|ds|t|ding) (?:[\w']+ ){0,4}?home|laid off|lay[- ]?offs?|"
             r"no[- ]pay leave|idled|without pay|out of work")
# "did the payment ever go down": the smallest yearly change, which says whether any was a fall
_EVER_FELL = r"\bever (?:go|goes|went|gone) down\b|\bever (?:fall|fell|fallen|drop(?:ped)?|decrease[sd]?|decline[sd]?|shr[ai]nk)\b|" \
             r"\bever (?:(?:pay|paid|been|be|was|were|come in|came in)\s+)?(?:any )?(?:less|lower|smaller)\b" \
             r"(?! than (?:about |around )?[\d$₩])"  # (not "ever pay less than 950bn": an amount compared)
# A year said to be a sum, which is its payment: "2025 was 1.5tn wasnt it", "the slide has 2022 at 1.3tn", "shows 2016
# as 944.1bn", "the chart says 932bn for 2016" (not a sum for a year and a purpose: "2bn won for 2026 for laid-off
# workers")
_YEAR_PUT_AT_SUM = (r"\b(?:19|20)\d\d(?:'s)? (?:was|is|came to|came in(?: at)?|landed at|ended up(?: at)?|totall?ed) "
                    r"(?:at )?(?:about |around |roughly |only |just |like )?"
                    r"(?:[$₩]\s?\d|\d[\d,.]*\s*(?:tn|bn|trillion|billion|won|krw)\b)|"
                    r"\b(?:19|20)\d\d (?:at|as) (?:about |around |roughly )?"
                    r"(?:[$₩]\s?\d|\d[\d,.]*\s*(?:tn|bn|trillion|billion)\b)|"
                    r"(?:[$₩]\s?\d[\d,.]*|\b\d[\d,.]*\s*(?:tn|bn|trillion|billion))\s*(?:won\s+)?for (?:19|20)\d\d\b"
                    r"(?!\s+(?:for|to|on)\b)")
# Years added: "2019+2020+2021", "2019 plus 2020"
_YEARS_PLUS = r"(?:19|20)\d\d\s*(?:\+|plus)\s*(?:19|20)\d\d"

# One service member, by rank or pay grade ("a us army e-4", "the average enlisted soldier"): whose pay is asked
_A_SERVICE_MEMBER = (r"\b(a|an|one|the average|the typical) (?:(?:us|u\.s\.|american|usfk|army|navy|marine|air force|"
                     r"junior|senior|enlisted)\s+){0,3}(soldier|troop|marine|private|sergeant|corporal|lieutenant|"
                     r"captain|servicem[ae]mber|service member|airman|sailor|gi|officer|specialist|pfc|"
                     r"[eo]-?[1-9])s?\b")

# A year's rise said to be the cap, with no number: "2027 rises at the cap", "2028 goes up by the max allowed"
YEAR_AT_THE_CAP = re.compile(r"\b((?:19|20)\d\d)\b(?:\s+(?!(?:19|20)\d\d\b)[\w']+){0,3}?\s+(?:at|by|to)\s+(?:the\s+)?"
                             r"(?:full\s+)?(?:cap|max(?:imum)?|ceiling|limit)\b")
CUES: dict[str, re.Pattern[str]] = {name: re.compile(pattern) for name, pattern in {
    "than": r"\bthan\b|\bvs\.?\b|\bversus\b|" + _AGAINST_AN_AMOUNT + r"|\bexceed\w*\b|\bshort of\b|\b(above|below)\b|\bcompared (to|with)\b|\brelative to\b|"
            r"\b(beat|beats|topped|tops|outpaced|outstripped|surpassed)\b",  # "by how much did 2021 beat 2019"
    "more_less": r"\b(more|less|higher|lower|bigger|larger|smaller|greater|above|below|over|"
                 r"under(?! (?:the |its |that )?(?:[\w-]+ ){0,2}(?:sma|smas|deal|agreement|accord|pact)\b)|"
                 r"exceed\w*|beat|beats|topped|"
                 r"fall short|falls short|short of|up|down)\b",
    "scrapped": r"\b(scrap\w*|cancel\w*|terminat\w*|abolish\w*|tore up|torn up|void\w*|annul\w*|withdr[ae]w\w* from)\b",
    # an agreement said to be unsigned: "why did seoul refuse to sign", "why hasn't korea signed"
    "not_signed": r"\b(refus\w*|declin\w*|fail\w*) to sign\b|\b(did not|didn't|never|has not|hasn't|have not|haven't|"
                  r"won't|wouldn't) (?:[\w']+ ){0,2}sign(ed)?\b|\bwithout signing\b|\bunsigned\b",
    "talks": r"\b(negotiat\w*|talks?|rounds?)\b",
    # how long the talks went on: no record dates their start, so not the day they ended nor the agreement's term
    "talks_took": r"\bhow long (did|do|does|have|had|were|was|would) (the )?([\w-]+ ){0,2}?(talks|negotiations|negotiators|"
                  r"bargaining)\b",  # "how long did the 12th sma talks take"
    "compare": r"\b(more|less|higher|lower|bigger|larger)\b.*\b(19|20)\d\d or (19|20)\d\d\b|\bcompar\w*\b|\bversus\b|\bvs\.?\b|" + _AGAINST_AN_AMOUNT + r"|\brelative to\b",
    "difference": r"\bhow much (more|less|higher|lower|bigger|larger|smaller|extra|greater)\b|\bdifference\b|"
                  # (not a shortfall to be made up: "how would the money gap be covered")
                  # (nor an agreement's lapse: "if there's another sma gap")
                  r"(?<!funding )(?<!money )(?<!budget )(?<!financing )(?<!cash )"
                  r"(?<!sma )(?<!agreement )(?<!deal )\bgap\b"
                  r"(?!\s+(?:(?:be|was|were|is|get|got) )?(?:covered|filled|plugged|bridged|funded|met|made up)\b)|"
                  r"\b(?:spread|range) (?:between|from)\b|"
                  r"\bhow (big|large) (was|is|were) the (rise|increase|jump|hike|growth|change|drop|fall|bump|decrease|cut)\b|"
                  r"\bhow much (was|is|were) the (?:(?:19|20)\d\d |year's |yearly |annual )?(rise|increase|jump|hike|raise|"
                  r"bump)\b|"
                  r"\b(won|dollar) amount (?:of|in) (?:the |this |that |its |\w+'s )?(?:(?:19|20)\d\d |year's |yearly |annual )?(?:rise|increase|jump|hike|growth|change|drop|cut|bump)\b|\bin absolute\b|\babsolute\b|"
                  r"\bby how many (thousand |million |billion |trillion )?(won|dollars)\b|"
                  r"\bhow far (apart|above|below|behind|ahead|short)\b|\bhow (much|many) short\b|\bhow much (did|has|have|had) .* (rise|risen|increased?|raised?|hike[sd]?|lift(ed)?|boost(ed)?|grow|grown|go up|gone up|climb\w*|"
                  r"jump(ed)?|fall|fallen|drop|dropped|change[ds]?)\b|"
                  r"\b(rise|increase|growth|jump|drop|change|go up|went up) in (won|dollars|krw|usd)\b|"
                  # "how much did the 2021 bump add in won": what the rise added
                  r"\bhow much did the (?:(?:19|20)\d\d )?(rise|increase|bump|jump|hike|raise) add\b|"
                  r"\b(in|by) (won|dollars|krw|usd) terms\b|\bby (roughly |about |around |approximately )?how (much|many)\b(?! (percent|%|pct|points?|percentage|times)\b)|\bminus\b|"
                  r"\bsubtract\w*\b|\bhow many ((won|dollars) )?(more|fewer|less)\b",
    "percent_asked": r"\b(what|which|how many|by what|how much in|by how much|in|in total|in all|overall|total) "
                     r"(percent|percentage|%|pct)(?!\w)|"
                     r"\bhow much (percent|%) (?=.*\b(go|goes|went|gone|rise|rose|grow|grew|climb\w*|fall|fell|drop\w*|jump\w*) "
                     r"(up|down|from|between|over|since)\b)|"  # not "how much percent was for the wages"
                     r"\bhow much (?:percent|%) (?:up|down)\b|"  # "how much % up overall"
                     r"\b(increase|rise|growth|change|hike|jump|drop|decrease|decline|reduction) percentage\b|\bpercent(age)?[- ]?wise\b|"
                     r"\b(what|which|the) (cap|ceiling|increase) rate\b|"  # "what cap rate applies to 2028"
                     r"\b(what|which) rate\b(?=.*\b(raised|increased|hiked|lifted|went up|go up|goes up|grew|rose|rise)\b)|"
                     # "... 2021 vs 2020, percent?", "2026 vs 2025, % up?"
                     r"[,;:(-]\s*(percent|percentage|pct|%)(?:\s+(?:up|down|higher|lower|more|less))?\W*$|"
                     r"\bas an? (percent|percentage|pct|%)(?!\w)(?! of\b)|"  # "how much more in 2022 than 2020, as a %"
                     # not a percentage given: "a 5.8 percent increase"
                     r"(?<!\ba )(?:(?<!\d )|(?<=\b(?:19|20)\d\d ))\bpercent(age)? (change|increase|rise|growth|jump|drop|decrease|"
                     r"decline|difference|diff|gain|hike)\b|"  # (after a year: "2026 vs 2019 pct change")
                     r"\b(in|as a) (percent|percentage)( terms)?\b|\bin %|\bwhat %|^%|"
                     r"\bas a (share|proportion|fraction)\b(?! of)|"
                     # "exact % change", "the % jump": a "%" after no number
                     r"(?<![\d.])(?<!\d )%[- ]?(change|increase|rise|growth|difference|diff|jump|drop|decrease|bump|hike)\b|"
                     r"\b(what|what's|whats) (is |was )?the (exact |precise )?(%|percent\b|percentage\b)(?! of)|"
                     r"\b(change|increase|rise|growth|jump|drop|decrease) ?%|"  # "2019 increase % vs 2018"
                     r"\bby how many percent\b|\bhow much of a (percent|percentage)\b|\bhow big (a|was the|is the) (percent|percentage)\b|"
                     r"(?<!\ba )\bpercentage\b(?! of| increase| rise| hike| cut)|\bwhat percent\b|\bby what %|"
                     # Korean-English "the increase rate from 2019 to 2025": a percentage
                     r"\b(increase|growth|rise|decrease|decline|reduction|drop) rate\b|"
                     r"\brate of (increase|growth|rise|decrease|decline|reduction|drop)\b",
    "percent_word": r"\bpercent(age)?\b|%",
    "change": r"\b(went from|go from|goes from|going from|moved? from|change|changed|increase\w*|rise|rose|risen|rising|grow|grew|grown|growth|jump\w*|bump\w*|climb\w*|"
              r"go up|went up|gone up|hike\w*|drop\w*|fall|fell|fallen|decrease\w*|decline\w*|shrink\w*|shrank|"
              r"go down|went down|cut|reduc\w*|up|down|more|less)\b",
    "increase_noun": r"\b(increase|rise|hike|raise|growth|jump) (in|of)\b|\b(payment|contribution)('s)? (increase|rise|hike|growth)\b|"
                     r"\b(the|its|this year's|last year's|that|a) (increase|rise|hike)\b",
    "increase_word": r"\b(increases?|increased|rises?|rose|hikes?|hiked|raises?|raised|jump(s|ed)?|growth|grew|bump(s|ed)?|"
                     r"year[- ]over[- ]year)\b|" + _EVER_FELL,
    "confirm": r"^(did|does|do|is|was|were|are|has|have|had)\b|^(isn't|wasn't|didn't|doesn't|don't|aren't|weren't|hasn't|haven't)\b|\b(right|correct|true|accurate|yes|no|yeah)\s*\??\s*$|"
               r"\b(isn't|wasn't|didn't|doesn't|don't|aren't|weren't|hasn't|haven't|won't|(is|was|did|does|do|are|were|has|have|"
               # ("isnt it" is spelled out "is not it"; "2025 was 1.5tn, wasnt it, the last yr": an aside after it)
               r"will) not) (it|they|he|she|that|there|we|you)\s*(?:\??\s*$|,)|"
               r"\b(right|correct|accurate),? or\b|"  # "2022 at 1.3tn - right, or do i send it back?"
               r"\bis it (true|correct|right|accurate)\b|\b(really|actually)\b|\bconfirm\w*\b|\bam i right\b|"
               r"\b(fair|safe|right|correct|accurate|true) to (say|claim|write)\b|"  # "is it fair to say ..."
               # "draft says 'the 2020 payment rose 13.9%'. sanity check before i send?" (a check asked after the
               # statement, not "quick sanity check: if the cap applied ...")
               r"(?:[.?!;]\s+|\s[-–—]\s+)(?:[\w']+\s+){0,3}(sanity|fact)[- ]check\w*\b|"
               # after a statement: "i keep seeing 8.3% for 2026 - is that the increase over 2025?"
               r"(?:[.?!;]|\s[-–—])\s+(?:is|was|are|were|did|does) (?:that|this|it)\b",
    # a claim tagged for checking ("... by 2026 right?", "... in 2011, didn't it?"): what it states may be wrong
    "claim_tag": r"\b(right|correct|true|yeah|yes)\s*\?|"
                 r"\b(isn't|wasn't|didn't|doesn't|aren't|weren't) (it|that|they)\s*(?:[?,]|$)|"
                 r"\b(is|was|did|does|are|were) not (it|that|they)\s*(?:[?,]|$)",
    "presume": r"^(given (that )?|since (?!(19|20)\d\d)|as |now that |considering (that )?|because |seeing as )|"
               # a rise said before the question it leads to ("colleague wrote that the 2020 payment rose 13.9% over
               # 2019 - what was 2020 then", "the 2026 increase was held to 5% - what's the won amount")
               r"^[^?]*\b(?:rose|rising|fell|falling|grew|growing|jumped|jumping|climbed|climbing|dropped|dropping|"
               r"was held|was capped|went up|went down)\b[^?]*\d\s*%"
               r"[^?]*(?:\s[-–—]\s+|[.;]\s+)(?:so |then )?(?:what|how|which)\b",  # "... over 2019. what was 2020"
    "withdraw": r"\b(withdraw\w*|pull\w*( out| back)?|drawdowns?|draw down|reduc\w* (the |its )?troops|troop (cuts?|reductions?)|"
                r"bring (the )?troops home|remov\w* (the |its |us )?troops|leave|leaves|left (korea|south korea|the peninsula))\b",
    "kept": r"\b(kept working|still working|not furloughed|remained at work|stayed (on (the |their )?jobs?|on|at work)|"
            r"continued (to work|working)|"
            r"exempt\w*|excluded from (the )?furlough\w*|"
            r"(weren't|were not|was not|wasn't) furloughed|spared)\b",
    "purchases": r"\b(equipment|weapons?|weaponry|arms|purchas\w*|buy|buys|buying|bought|procure\w*)\b",
    # money owed for a wrong, and what companies pay: not the SMA payment
    "penalties": r"\b(fines|(a|the|what|criminal|civil|in) fines?|penalt(y|ies)|damages|settlements?|compensation|"
                 r"restitution)\b",
    # one worker's pay by grade and step ("his kgs-7 step 5 base pay"): not the SMA payment
    "grade_pay": r"\b(?:kgs|kwb|kgs-\d+|kwb-\d+)\b|\bstep \d+\b|\b(?:base|basic|hourly|starting) "
                 r"(?:pay|salary|salaries|wages?)\b|\bpay (?:grades?|scales?|steps?|tables?|bands?)\b",
    "others_pay": r"\b(compan(y|ies)|firms?|refiner(y|ies|s)?|contractors?|suppliers?|businesses|corporations?|"
                  r"defendants?)\b.{0,25}\b(pay|pays|paid|paying)\b",
    "raise": r"\b(increase[sd]?|increasing|raise[sd]?|raising|rais|add(ed|ing)?|plus|hike[sd]?|bump(ed)?|boost(ed)?|"
             r"grow|grows|grew|grown|rises?|rose|risen|(go|goes|went|gone|is|was|are|were) up|up by|up from|"
             r"(?<!pick )(?<!picks )(?<!picked )(?<!take )(?<!takes )up(?= \d)|higher|on top)\b|\d\s*(%|percent) (more|extra)\b",
    # a president's years named by the president: "under moon", "during the biden years", "when yoon was president"
    "president_years": r"\b(?:under|during|in|through(?:out)?) (?:the )?(?:president |pres\.? )?(?:park(?: geun-hye)?|"
                       r"moon(?: jae-in)?|yoon(?: suk[- ]yeol)?|lee jae-myung|obama|biden|trump)(?:'s)?(?: (?:first |second )?"
                       r"(?:administration|government|presidency|era|years|term|tenure))?\b|"
                       r"\bwhen (?:president )?(?:park|moon|yoon|lee jae-myung|obama|biden|trump) was (?:president|in "
                       r"office|in power)\b",
    # a rise asked by how much it went up: "what did the 10th sma bump the 2019 payment up by"
    "rise_by": r"\b(rais\w*|increas\w*|hik\w*|bump\w*|boost\w*|lift\w*|push\w*|up)\b[^?.]{0,40}\bby\s*\??\s*$",
    "cut": r"\b(cut|cuts|cutting|reduce[sd]?|reducing|lower(ed|ing)?|less|decrease[sd]?|drop(ped|s)?|"
           r"fall|falls|fell|fallen|(go|goes|going|went|gone|is|was|are|were) down|down by|down from|shrink\w*|trim\w*|"
           r"slash\w*)\b",
    "smaller": r"\b(smaller|fewer)\b",  # sizes and counts compared, not a payment cut
    "every_year": r"\b(every|each|per|a|an) (single )?(year|yr)\b|"
                  # "if 2027 through 2030 all rise 3%"
                  r"\b(each|all) (rise|rises|grow|grows|increase|increases|go up|goes up)\b|"
                  r"\beach of the (following|next|coming) \d+ years\b|"
                  r"\b(every|each) (one )?of (them|those|these) (rises?|grows?|goes up|go up|increases?)\b|"
                  r"\beach (hit|hits|max(es)? out|reach(es)?) the (cap|ceiling|max(imum)?)\b|\bannual(ly)?\b|\byearly\b|\bper annum\b|\bcompound\w*\b|"
                  r"\byear[- ](on|over)[- ]year\b|/ ?(yr|y|year)\b|\ba year\b|\bp\.?a\.?\b",
    "projection": r"\bproject(ed|ion|ions|ing)\b|\bproject (it|the|this|that|forward|to|(19|20)\d\d)\b|"
                  r"^(can you |could you |please |pls )?project\b|"  # a verb: not "the 425 project"
                  r"\bforecast\w*\b|\bextrapolat\w*\b|\bgrow(s|n|ing)? to\b|\bprojection\b|"
                  r"\bover the next\b",
    # not "the annual sum" Washington sought: a year's amount
    # a rise in all, from one end to the other ("go up in total from 2014 to 2019", "the total increase"): no sum
    "total_change": r"\b(?:go|goes|went|gone|going|rose|rise|risen|grew|grow|grown|climb\w*|increas\w*|jump\w*)"
                    r"(?: up)?(?: [^.?;!]{0,40}?)? (?:in total|altogether|overall|in all)\b|"
                    r"\b(?:total|overall|cumulative) (?:increase|rise|growth|jump|change)\b|"
                    r"\b(?:up|down) (?:in total|altogether|overall|in all)\b|"  # "how much % up overall"
                    # "the increase from 2019 to 2026", "since 1.3tn in 2023, the rise to 2026": over the years between
                    # (not a rise stated: "the 13.9% jump from 2025 to 2026")
                    r"(?<!% )(?<!percent )\b(?:increase|rise|growth|jump|change) (?:from|between) (?:19|20)\d\d "
                    r"(?:to|and|through|until) (?:19|20)\d\d\b|"
                    r"(?<=\d)\b[^.?;!]{0,40}\b(?:increase|rise|growth|jump) (?:up )?to (?:19|20)\d\d\b",
    "total": r"\b(in total|total|totals|altogether|combined|cumulative\w*|(?<!annual )(?<!yearly )(?<!lump )sum|summed|"
             r"in all|" + _YEARS_PLUS + r"|"
             r"overall|all together|add up|added up|adds up|put together|added together|adding (?:them |it )?(?:all )?up)\b|\bover (the next )?\d+ (years|yrs)\b|"
             r"\b(over|across|throughout) (its|their|all|those|the)\b( [\w']+){0,3} (years|yrs)\b|"
             r"\bfor \d+ (years|yrs)\b|\bover the (whole |entire |full )?(life|lifetime) of\b",
    # an agreement's whole term ("over the full five-year term of the 12th SMA"), whatever years the growth runs
    "whole_term": r"\b(full|entire|whole|complete)\s+(?:[\w-]+\s+){0,2}(term|agreement|deal|sma)\b|\bover the (life|course) of\b",
    # what has been paid until now: "so far", "to date", "has korea paid since the 12th sma started"
    "to_date": r"\bso far\b|\bto date\b|\bup to now\b|\b(has|have) (\w+ )?(paid|contributed|spent)\b",
    "sum_words": r"\b(in total|total|totals|altogether|combined|cumulative\w*|(?<!annual )(?<!yearly )(?<!lump )sum|"
                 r"summed|in all|" + _YEARS_PLUS + r"|"
                 r"add up|added up|adds up|(?<!piece )(?<!put )(?<!get )together(?! with))\b",
    "per_head": r"\b(divided|divide|spread|split|shared|distributed|distribute)(?: [\w']+){0,5}? (among|between|across|over|by)\b.*"
                r"\b\d[\d,]* (\w+ ){0,2}(troops|soldiers|workers|employees|staff|people|personnel)\b|"
                r"\b(per|each|every|a|for each|for every|per each)[\s-]+(?:one\s+)?(?:(?:us|u\.s\.|american|korean|usfk|furloughed|local)\s+){0,2}(soldier|troop|"
                r"service ?member|servicem[ae]n|worker|employee|staffer|staff member|person|head|capita|individual)s?\b|"
                r"\bper capita\b|"
                r"\bper head\b|\beach of (the|those|our) [\d,]+ (\w+ )?(troops|soldiers|workers|employees|people|personnel)\b",
    "convert": r"\bconvert\w*\b|\bequivalent\b|\bworth in (?!\d)|\bhow many (dollars|won) (is|are|would|does|do|will)\b|"
               r"\bconvers\w*\b|\bat (the |a |an |today's )?([\w']+ )?(exchange )?rate\b",
    "target": r"\b(in|into|to|as) (us )?(dollars?|usd|won|krw|korean won|greenbacks?)\b|\bin \$|\bin ₩|"
              r"\bhow many (?:\$|dollars\b|usd\b|won\b)",
    # a currency the sources give no rate for: "the 2025 payment in yen"
    "other_currency": r"\b(in|into|to|as) (japanese |chinese |british )?(yen|jpy|euros?|eur|pounds?|sterling|yuan|rmb|"
                      r"renminbi|rubles?|roubles?|pesos?)\b",
    "days": r"\bhow many (?:(?:work|working|business) ?)?days\b|\bhow many weekdays\b|\bhow many (weeks|months) (between|from|after|until|till|since|did it take)\b|(?<!\d )\bdays (until|till|to|before|left|remain\w*|between|since|from|after|did it take)\b|"
            r"\bnumber of days\b|\bin days\b|\bhow long (between|from|after|until|did it take|it took)\b|\bhow long\b.*\bbetween\b|"
            r"\bdays? (elapsed|passed)\b|\bcount(ing)? (the )?days\b|"
            rf"\bhow (long|many hours|many weeks) (was|were|did|had|is|are)\b.*\b({_FURLOUGH}|on leave)\b|"
            rf"\bfor how long\b.*\b({_FURLOUGH}|on leave)\b|"  # "... furloughed and for how long", of the furlough
            # "the 2020 furlough lasted six months, right?", "the furlough began in april - how long did it go on"
            r"\b(furlough\w*|unpaid leave)\b.*\b(last(ed|s)?|go(es)? on|went on|drag(s|ged)? on)\b|"
            r"\bhow (long|much time|many (years|days|months)) (is |are )?(left|remain\w*)\b|\b(time|years|days|months) (left|remaining)\b|"
            r"\bhow much time remains\b",
    "times": r"\b(double[sd]?|doubling|twice|triple[sd]?|tripling|thrice|quadruple[sd]?|(?<!and a )half(?! an? (?:hour|day|"
             r"week|month|year)s?\b)|halve|halved|halving|"
             r"(two|one|a) thirds?|(three|one|a) quarters? of|(one|a) (fifth|tenth) of|"
             r"\d+(\.\d+)?\s*(times|x)\b|\d+(\.\d+)?\s*(%|percent) of)\b|\bx\d",
    # "the ratio of A to B": A over B, in that order
    "ratio_ordered": r"\bratio (?:of|between)\b(?=.*\b(?:to|and)\b)",
    "ratio": r"\bhow many (times|x)\b(?! (did|does|do|has|have|had)\b)|"  # not "how many times did they meet"
             r"\bwhat multiple\b|\bdivided by\b|\b[xn] times (?:what|as|more|bigger|larger|the|its?|their|that)\b|\b(what|which|by what) factor\b|\btimes (as )?(bigger|larger|more|higher|greater|as (much|large|big|high))\b|"
             r"\bratio\b|\bmultiples? of\b|\bas an? (multiple|factor)\b|\bhow many-fold\b|\b\w+fold\b|\bhow many multiples\b|"
             # "someone said 2026 is 1.5x 2018 - whats the actual multiple": the multiple worked out, not applied
             r"\b(?:actual|exact|real|true|precise) (?:multiple|factor|multiplier)\b|"
             # "2021 pmt / 2015 pmt", "2026 / 2014": one over the other (not "2019/20", a span of years)
             r"\b(?:payments?|amounts?|(?:19|20)\d\d)\s+/\s+(?:the\s+)?(?:19|20)\d\d\b|"
             # one group counted per member of another: "how many us troops per korean worker"
             r"\bhow many (?:\w+ ){0,2}(?:troops|soldiers|workers|employees)\b[^?]*\b(?:per|for each|for every) "
             r"(?:\w+ ){0,2}(?:troop|soldier|worker|employee)\b",
    "back_solve": r"\b(what|which) (figure|number|amount|sum|base|value|payment)\b.*\b(equals?|gives?|comes? to|leaves?|"
                  r"gets? (you )?to|results? in|reach\w*|becomes?|ends? up|makes?|to (\$|₩|\d))\b|"
                  r"\bwhat (was|is) the (base(?! (?:pay|salar\w*|wages?)\b)|original|starting|pre-\w+)\b|\b(before|prior to) (the|a|an|that|this) (\d+(\.\d+)?\s*(%|percent) )?(increase|rise|raise|hike|cut|cuts|"
                  r"reduction|change|growth)\b|\boriginal(ly)?\b|\bstarting (amount|point|figure|base)\b|"
                  r"\bwhat (base|amount|figure|number)\b.*\b(gives?|give|yields?|yield|results? in|becomes?|makes?|ends? up|reach(es)?|"
                  r"leads? to|produces?|to get)\b|\bwhat was .* before\b|"
                  r"\bback(?:ing)?[- ]?(out|solv\w*|calculat\w*)\b|"
                  r"\bback (?:that|it|this|them) out\b|\bwhat (?:does|would) (?:that|it|this) imply\b|"
                  r"\bfrom what (base|amount)\b|\bbase (amount|year amount|figure)\b.*\b(if|given|when)\b|"
                  # a rise stated, what came before it asked ("was a 5.8% increase, what had korea paid the year
                  # before"; "was up 5.8% on 2013. so what was 2013", "was a 5.8% rise on 2013, what did it pay in 2013")
                  r"\b(?:was|is|were)(?: reported as)?(?: an?)? \d+(?:\.\d+)?\s*(?:%|percent|per cent) "
                  r"(?:increase|rise|jump|hike)\b.*\b(?:the|a) (?:year|one) (?:before|earlier|prior)\b|"
                  r"\b(?:up|(?:was|is|were)(?: an?)?) \d+(?:\.\d+)?\s*(?:%|percent|per cent)(?: (?:increase|rise|jump|hike))? "
                  r"(?:on|over|from) (?P<base>(?:19|20)\d\d)\b.*\bwhat\b.*\b(?P=base)\b|"
                  # "if 2014's 920bn was a 5.8% rise, what does that imply 2013 was"
                  r"\b(?:was|is|were)(?: an?)? \d+(?:\.\d+)?\s*(?:%|percent|per cent) (?:increase|rise|jump|hike)\b.*"
                  r"\bimpl(?:y|ies|ied)\b",
    "cagr": r"\bcagr\b|(?<!the )(?<!not )(?<!non-)\bannuali[sz]ed\b(?! (?:payment|amount|figure|cost|sum|total)s?\b)|"
            r"\bcompound(ed)? (annual |yearly )?growth\b|\b(what|which) ((same|constant|steady|uniform|fixed|flat|even) )?(yearly|annual|per year|annuali[sz]ed) "
            r"((increase|growth) )?(rate|growth|increase|percentage|rise|raise|hike)\b|"
            r"\bcompound(ed)? growth rate\b|\bannual growth rate\b|\bcompound(ed)? (annual|yearly) (growth|increase|rate)\b|\b(average|mean) (annual|yearly|per year|"
            r"year[- ]on[- ]year|annualized|annualised) (growth|increase|rise|rate|change|percent|percentage)\b|"
            r"\bannuali[sz]ed (growth|increase|rate|rise)\b|\baverage (growth|increase|rise) (a|per|each) year\b|"
            r"\b(change|increase|grow|rise|go up)\w* (each|every|per|a) year on average\b|"
            # "how much did it grow on average per year"; not "how much did korea pay on average per year" (a mean)
            r"\b(on average|average)\b(?=.*\b(grow\w*|grew|ris\w*|rose|increas\w*|go(es)? up|went up|chang\w*|jump\w*|"
            r"climb\w*)\b).*\b(a|per|each) year\b|\bavg\b.*\b(growth|increase|rise|rate)\b|"
            # "how much did it grow on average per year", "by what % a year on average did it rise": the verb first
            r"\b(grow\w*|grew|ris\w*|rose|increas\w*|go(es)? up|went up|climb\w*|jump\w*)\b(?=.*\b(on average|average|"
            r"avg)\b)(?=.*\b(a|per|each) year\b)|"
            r"\b(a|per|each) year on average\b(?=.*\b(grow\w*|grew|ris\w*|rose|increas\w*|go(es)? up|went up|climb\w*|"
            r"jump\w*)\b)",
    # a rate of those who did of those asked: "the response rate", "turnout"
    "share": r"\bwhat cut of\b|\b(?:response|return|turnout|participation|approval|attendance|completion|pass|"
             r"success|take-?up|uptake) rate\b|\bturnout\b|"
             r"\bwhat(?:'s| is| was)? the (?:[\w-]+ ){0,4}(?:split|ratio)\b|"
             r"\b(?:right|correct|actual|real|true|usual|normal|standard) (?:share|split|proportion)\b|"
             r"\b(what|which) (share|percent|percentage|proportion|fraction|%) is\b|\bwhat share (does|do|did)\b|\bwhat (share|proportion|fraction) (were|was|are|got)\b|"
             # "what share came from the ceo", "the proportion that went to barracks": a part of the whole named
             r"\b(?:what(?:'s| is| was)?|the) (?:share|percent|percentage|proportion|fraction|%) (?:that )?(?:came|comes|"
             r"come|went|goes|go) (?:from|to)\b|"
             # "what % got sent home", "what percent were laid off", "what % went home": a part of those counted
             r"\bwhat (?:percent|percentage|%) (?:of (?:them|those) )?(?:(?:got|were|was) (?:\w+ed|laid|sent|let|cut|"
             r"kept|hit)|went)\b|"
             r"\b(what|which|how much|how big a|how large a)( is the)? (share|percent|percentage|proportion|fraction|part|portion|%)"
             r" of\b|\bas a (share|percent|percentage|proportion|fraction) of\b|\bas an? (?:%|pct) of (?:the |its |their )?[a-z]|\bshare of\b|\bout of (?:the |a |an |its |their )?(?:total|whole|overall|entire|sum|\$|₩|\d)|"
             r"(?<!increase )(?<!rise )(?<!growth )(?<!change )\bpercent(age)? of\b|\bproportion of\b|\bfraction of\b|\b(what is|what's|whats|what was) (?:the )?(\w+'s |[\w-]+ ){0,2}share\b|"
             # "how much of the workers' wages does Seoul cover": a part of a whole someone pays (but what Seoul
             # agreed, offered or promised to pay is an amount)
             r"\bhow much of (?:[\w']+ ){1,6}(?:does|do|did|is|are|was|were|will) (?:(?!agree|offer|promis|pledg)[\w']+ ){1,3}(?:pay|pays|paid|cover|covers|"
             r"covered|fund|funds|funded|bear|bears|shoulder|shoulders|pick up|picks up)\b",
    # a share of things counted, not of their value ("what share of the contracts (by count)")
    "by_count": r"\b(?:by|in) (?:count|number|numbers|headcount)\b|\bin number terms\b",
    # a part of those counted ("how many of the workers come from changwon"), which a percentage of them may give
    "part_of_them": r"\bhow many of (?:the|those|these|them|its|their|our)\b",
    # a part of those a question names first ("of the people honored at the ceremony, how many ..."): of them only
    "of_those_named": r"^of (?:the|those|these|all(?: the)?) [^,?]{3,80},\s*how many\b",
    "complement": r"\b(rest(?! of (?:the )?(?:year|month|19\d\d|20\d\d)\b)|remaining|remainder|remains?|left over|leftover|other side|left for|left to|what's left|not covered|"
                  r"still (?:not|un\w+)|not yet|yet to|outstanding|"
                  r"uncovered|what is left|is left|are left|not paid|isn't paid|is not paid|does not cover|doesn't cover|don't cover|is not covered|"
                  r"the us cover|the us pay|(?:the us|us|washington|america|the pentagon|usfk) pick\w* up|pick\w* up the (?:rest|remainder|tab|balance)|falls? to|kept working|still working|not furloughed|"
                  r"washington (pay|cover)|americans? (pay|cover)|us side|what (part|share|portion) is|"
                  r"(american|us|u\.s\.|washington's|america's) (share|part|portion))\b|"
                  r"\b(the us|washington|america|the americans?|usfk itself)\b.{0,20}\b(bear|bears|cover|covers|pay|pays|"
                  r"shoulder|shoulders|fund|funds)\b|"
                  # a count of those who did not: "how many of those present did not vote", "wounded but not killed"
                  r"\bhow many\b[^?.]*\b(?:(?:did|do|does|were|was|are|is|have|has|had) not|but not)\b",
    # those a question says were not so ("firms not based in gyeonggi", "contracts not renewed", "rooms unoccupied",
    # "went unspent"): of a count or a sum asked, the whole less those that were (the group: what they were not)
    "not_so": r"\bnot (?!(?:only|just|even|yet|counting|including)\b)([a-z]+ed)\b|"
              # (not what something else is of: "the interest earned on its unspent cash")
              r"(?<!\bon its )(?<!\bon the )(?<!\bon their )(?<!\bfrom its )(?<!\bfrom the )"
              r"\bun(?!der)([a-z]{3,}ed|paid|spent|sold)\b",
    # a cap the question states as a fact ("the 9th SMA's 7% cap", "caps increases at 8 percent"), not a supposition
    "cap_stated": r"(?:%|percent|per cent)\s+(?:annual\s+|yearly\s+)?(?:cap|ceiling|limit)\b|"
                  r"\bcap(?:ped|s)?\s+(?:[\w']+\s+){0,3}at\s+\d",
    # an amount said to be paid ("Korea now pays $10 billion", "is paying 10 billion dollars"): a claim to check
    "pays_amount": r"\b(pays|paying|paid|contribut(es|ing|ed))\s+(?:us\s+|washington\s+|the us\s+)?"
                   r"(?:about\s+|around\s+|roughly\s+|some\s+|over\s+|almost\s+|nearly\s+)?(?:\$|₩|usd\s*|krw\s*|\d)",
    # a second question joined to the first ("which years does it cover, and what was its first-year amount")
    "two_questions": r"\b(and|also) (also )?(what|how|when|which|where|for how)\b",
    # an inflation rate the question states ("if inflation runs 3%", "cpi at 2 percent"): a yearly rise
    "inflation_rate": r"\b(inflation|cpi|consumer prices?)\b(?:\s+[\w']+){0,10}?\s+\d+(\.\d+)?\s*(%|percent|per cent)|"
                      r"\b\d+(\.\d+)?\s*(%|percent|per cent) (inflation|cpi)\b",
    "suppose": r"\b(if|suppose|supposing|assum\w*|were|had been|hypothetical\w*|imagine)\b|^(let'?s )?say\b",
    # a hedge on what is asked ("could legally be", "theoretically") and prices said to run high: nothing of the subject
    "hedge": r"\b(legally|lawfully|possibly|theoretically|conceivably|technically|realistically)\b|"
             r"\b(inflation|cpi|prices?)\b (runs?|running|ran|comes? in|came in|goes|went|spikes?|spiked|surges?|surged) "
             r"(hot|hotter|high|higher|wild)\b",
    "cap": r"\bcap(ped|s)?\b|\bceiling\b|\blimit(ed)?\b|\bmax(imum)?\b|\bat most\b|\bupper bound\b|"
           r"\b(the )?most\b(?= (?:[\w']+ ){0,3}(?:could|can|might|may|would|will)\b)",  # "the most Seoul could pay"
    "rule": r"\brule\b|\bformula\b|\bmechanism\b|\b(what|which) (inflation|cpi|price) (rate|index|figure)\b|\bhow (is|are|were|will|does|do) .* (set|determined|calculated|decided|rise|"
            r"increase|grow|go up|adjusted|change|worked out|figured)\b|\btied to\b|\bindexed\b|\blinked to\b|\bbased on\b|\bescalat\w*\b|"
            r"\b(link|tie|tied|ties|tying|peg|index)\w* (the |its |yearly |annual )*(increases?|rises?|raises?|payments?) "
            r"to\b|"
            r"\badjust\w*\b|\bhow much can\b|\bhow fast\b|\ballowed to (rise|increase|grow)\b|\bannual (increase|rise)s?\b|"
            # the link to prices however called: "the cpi link", "inflation linkage", "pegged to"
            r"\b(cpi|inflation|price) (link\w*|index\w*|peg\w*|escalator)\b|\bpegged to\b",
    "stop": r"\b(stop(ped)?|halt(ed)?|refus(e|ed)|suspend(ed)?|quit|ceas(e|ed)|withh[eo]ld|skip(ped)?|default(ed)?|"
            r"reject\w*|scrap\w*|drop(ped)? any|abolish\w*)\b"
            r"|\b(did not|didn't|never|not) (pay|paid|contribute)\b"
            # "paid nothing", "contributed zero" (not "treasury shares get nothing")
            r"|\b(?:pay|pays|paid|paying|contribut\w*)\s+(?:(?:the us|washington|us)\s+)?(?:nothing|zero)\b",
    "how_much": r"\bhow much\b",
    # a figure asked by name ("2025 number? the last year of the 11th sma"): an amount, not a date
    "figure_named": r"\b(?:number|figure|amount)\b(?! of\b)",
    "now_asked": r"\b(current|currently|latest|today'?s?|right now|now|at present|presently|these days|live|spot)\b",
    # people times a length of time: "how many worker-days", "how many days of pay is that" (with a head count)
    "product": r"\b(worker|person|man|people|troop|soldier|employee|staff|labou?r)[- ]?(days|weeks|months|years|hours)\b|"
               r"\bhow many (days|weeks|months|hours) of\b",
    # (not a meeting or a report named so: "for the weekly:", "a line in our monthly -")
    "per_period": r"\b(per|a|each|every)(?: 1)?[\s-](day|month|week|quarter)\b|\b(?:(?<!the )(?<!our )(?<!my )(?<!your )"
                  r"(?:daily|monthly|weekly|quarterly)|(?:daily|monthly|weekly|quarterly)(?!\s*(?:[-:,;.!?)–]|$)))\b"
                  r"(?! (?:interview|profile|review|report|magazine|journal|newsletter|bulletin|column|piece|briefing|"
                  r"meeting|update|digest)s?\b)",
    # one service member's own pay ("the monthly salary of a US Army private"): not the SMA payment, nor per head of it
    # Korea's economy asked about ("how much is korea's gdp", "the inflation rate in korea for 2026")
    # ("what is the bok forecasting for inflation next year", "what will consumer prices really be in 2027")
    "economy": r"\b(?:what|how much|how big|how high)\b[^?]{0,40}\b(?:gdp|gross domestic product|inflation rate|rate of "
               r"inflation|unemployment rate|jobless rate|interest rates?|minimum wage|national debt|"
               r"(?:cpi|consumer prices?|inflation)(?! (?:link\w*|index\w*|peg\w*|escalator|rule|formula|figure|rate))"
               r"(?: (?:inflation|number|figure|reading|index))?(?= (?:in|for|of|last|this|next)\b| ?[?,.]|$|"
               r" (?:actually |really )?(?:be|come in|land)\b))",
    # what the United States itself spends on its forces ("how much does the us spend on usfk", "the usfk budget")
    "us_spending": r"\b(?:the us|u\.s\.|us|washington|america|(?:the )?pentagon|dod)\b(?:'s)? (?:[\w&'-]+ ){0,3}?(?:spend|spends|"
                   r"spent|spending|"
                   r"budgets?|budgeted)\b(?: \w+){0,2}? (?:on|for) (?:usfk|us forces|u\.s\. forces|its (?:troops|forces|"
                   r"soldiers|military)|(?:the |american |us )?troops)\b|\busfk(?:'s)? (?:own |annual |total )?(?:budget|"
                   r"operating costs?|running costs?)\b|\b(?:us|u\.s\.|american) (?:army|military|navy|air force)(?:'s)? "
                   r"(?:[\w&'-]+ ){0,4}budget\b|"
                   # "the pentagon's fy2025 o&m request": what the US asks its own congress for
                   r"\b(?:pentagon|dod|department of defense)'s (?:[\w&'-]+ ){0,4}?(?:budget )?(?:request|"
                   r"appropriations?)\b|"
                   # "how much does the us pay its soldiers in korea": their pay, not the SMA
                   r"\b(?:the us|us|washington|america|the pentagon|dod)\b (?:\w+ )?(?:pay|pays|paid|paying) (?:its|their|the|us|"
                   r"american) (?:own )?(?:soldiers|troops|service ?members|personnel|servicemen)\b|"
                   # "how much is washington paying for its forces in korea", "what does the us pay to station troops"
                   r"\b(?:the us|us|washington|america|the pentagon|dod)\b (?:\w+ )?(?:pay|pays|paid|paying) (?:for|to keep|to "
                   r"station|to base) (?:its |their |the |american |us )?(?:own )?(?:troops|forces|soldiers|usfk|military)\b|"
                   # "what does it cost the pentagon to keep usfk in korea", "how much does the us spend to keep its troops"
                   r"\bcosts? (?:the us|us|washington|america|the pentagon|dod|american taxpayers)\b|"
                   # "the total annual cost to the us of keeping its troops in korea"
                   r"\bcosts? (?:to|for) (?:the us|u\.s\.|washington|america|the pentagon|dod|american taxpayers)\b"
                   r"[^?]*\b(?:troops|forces|soldiers|usfk|military)\b|"
                   r"\b(?:the us|u\.s\.|us|washington|america|the pentagon|dod)\b (?:\w+ )?(?:spend|spends|spent|spending) "
                   r"(?:\w+ ){0,2}?(?:to (?:keep|station|base|maintain)|keeping|stationing|basing|maintaining) "
                   r"(?:its |their |the |us |american )?(?:troops|forces|soldiers|usfk)\b",
    "service_pay": rf"\b(pay|paid|salar\w+|wages?|earn\w*|income|compensation)\b.{{0,40}}?\b{_A_SERVICE_MEMBER}|"
                   rf"{_A_SERVICE_MEMBER}.{{0,30}}?\b(paid|earn\w*|make|makes)\b|"
                   # "how much do korean conscripts get paid", "what do sergeants earn"
                   r"\b(conscripts?|draftees?|enlistees?|soldiers|troops|sergeants|privates|corporals|servicemembers|"
                   r"service members|airmen|sailors|gis|officers)\b (?:[\w-]+ ){0,2}?(?:get |got )?(paid|earn|earns|earned|"
                   r"make|makes)\b|"
                   # "an army sergeant's yearly salary", "a katusa corporal's monthly allowance"
                   r"\b(soldier|troop|private|sergeant|corporal|lieutenant|captain|servicem[ae]mber|service member|airman|"
                   r"sailor|gi|officer|[eo]-?[1-9])(?:'s|s') (?:[\w-]+ ){0,2}(pay|salary|wages?|allowances?|earnings|income)\b",
    "reach": r"\b(when|what year|which year|how many years|how long)\b.*\b((reach|pass|exceed|top|hit|cross|surpass|"
             r"break|get to)\w*|(go(es)?|climbs?|rises?) (over|above|past|beyond))\b",
    "instead": r"\binstead of\b|\brather than\b|\bcompared (to|with)\b|\bversus\b|\bvs\.?\b|\bnot\b.*\bbut\b",
    "delta": r"\b(save|saves|saved|saving|savings|extra|additional)\b",
    # two amounts added up ("adding killed and wounded together", "the combined value of the two contracts")
    "added": r"\btotal of (?:the|both|these|those) (?:two|2)\b|"  # "whats the total of the two"
             r"^add\b|\badd(s|ed|ing)? (up|together|them|both|these|those|the)\b|\badding\b|\b(added|adding|put) together\b|\bcombined\b|\bplus\b|\bsum of\b|"
             r"(?<=[a-z]) \+ (?=[a-z])|\btogether (come|comes|came) to\b|\b(come|comes|came) to (together|combined)\b|"
             r"\band\b[^.?;,]{1,30}\btogether\b",  # "logistics and construction money together"
    # a rate for each of several years ("4% in 2027 and 3% in 2028"): growth year by year
    # "2% for 2027 and 3% for 2028", "a 3% rise in 2027 and another 3% in 2028", "2027 rises 2% and 2028 another 2%"
    "rates_by_year": r"\d(?:\.\d+)?\s*(?:%|percent)\s+(?:(?:rise|increase|growth|bump|hike|raise)\s+)?(?:in|for)\s+"
                     r"(?:19|20)\d\d\b.*\d(?:\.\d+)?\s*(?:%|percent)\s+(?:in|for)\s+(?:19|20)\d\d\b|"
                     r"(?:19|20)\d\d\s+(?:rises|grows|goes up|increases|is up)\s+(?:by\s+)?\d(?:\.\d+)?\s*(?:%|percent).*"
                     r"(?:19|20)\d\d\s+(?:(?:rises|grows|goes up|increases|is up)\s+(?:by\s+)?|another\s+)\d(?:\.\d+)?\s*(?:%|percent)|"
                     # "cpi rates: 2027 2.3%, 2028 1.9%", "2027: 2.3%, 2028: 1.9%"
                     r"(?:(?:19|20)\d\d:?\s+\d(?:\.\d+)?\s*(?:%|percent).*){2}|"
                     # "2027 rises at the cap and 2028 at 2%", "2027 up 2.1% and 2028 by the max allowed"
                     rf"{YEAR_AT_THE_CAP.pattern}.*(?:19|20)\d\d\b[^.;?]{{0,30}}?\d(?:\.\d+)?\s*(?:%|percent)|"
                     rf"(?:19|20)\d\d\b[^.;?]{{0,30}}?\d(?:\.\d+)?\s*(?:%|percent).*{YEAR_AT_THE_CAP.pattern}",
    # what would have been ("had the 2022 rise been held to 5%", "what would Korea have paid"), not "would have to pay"
    "counterfactual": r"\bhad (?:[\w']+ ){0,3}?(?:been|risen|grown|gone up|increased|stayed|kept)\b|"
                      r"\bwould (?:[\w']+ ){0,2}?(?:have|'ve|of) (?!to\b)\w+",
    "real_terms": r"\b(today's|todays|current|constant|real) (money|won(?![-/ ](?:dollar|usd|krw|to|per|vs))|dollars|terms|prices)\b|\b(adjust\w* for|net of) inflation\b|"
                  r"\binflation[- ]adjusted\b|\bin real terms\b|\bin (19|20)\d\d (dollars|won|prices)\b",  # "in 2023 dollars"
    "allowed": r"\b(?<!cap )(?<!maximum )(?<!max )(?<!most )(allowed|permitted|permissible|within the cap|break\w* the cap|above the cap|over the cap|exceed\w* the cap)\b",
    # what no source can give: the bot's own view, a prediction of events, people's private details
    "opinion": r"\bin your (view|opinion|judge?ment)\b|\byour (own )?(view|opinion|take|assessment|read)\b|"
               r"^should (?:south korea|korea|seoul|the us|washington|america|the allies|japan|we|they)\b|"
               r"\bdo you (think|believe|feel|reckon|expect)\b|"
               r"(?:^|\b(?:honestly|frankly|seriously|be honest)\b,? )(is|was|isn'?t|wasn'?t)\b.*\b(good|bad|fair|unfair|"
               r"great|lousy|terrible) (deal|bargain)\b|"
               r"(?:^|\b(?:honestly|frankly|seriously|be honest)\b,? )(is|was|isn'?t|wasn'?t)\b.*\ba (win|loss|victory|defeat) "
               r"for\b|\b(get|gets|got|getting|been) (ripped off|rolled|fleeced|screwed|shafted|hosed|taken for a ride)\b",
    "prediction": r"\bwill\b.*\byes or no\b|\bpredict\w*\b|\b(how|is it|is that) likely\b|\bgoing to be\b|"
                  r"\b(will|going to|gonna) win\b|\bwho will (be|become|lead|replace|succeed)\b|"  # not a lottery's odds
                  r"\b(best|your|educated|wild) guess\b|\bgut (feeling|sense|call)\b|"
                  r"\bwhere will\b.*\bbe (?:at|by|in|around)\b",  # "where will the won be by the end of next year"
    # whether a rise to come will reach its cap ("will the 2028 increase max out at the 5% cap"): an outcome no
    # record holds, unless the question supposes the inflation that decides it
    "cap_outcome": r"\b(?:will|gonna|going to)\b[^?.;]*\b(?:hit|hits|reach|max(?:es)? out|come in|land|exceed|top|"
                   r"break|bust|go (?:over|above|past)|stay (?:under|below))\b[^?.;]*\bcap\b|"
                   r"\b(?:will|gonna|going to)\b[^?.;]*\bcap\b[^?.;]*\b(?:bite|kick in|be hit|be reached|apply)\b",
    # whether inflation to come will pass a level ("will cpi in 2027 top 5%"): an outcome no record holds
    "inflation_outcome": r"\b(?:will|gonna|going to)\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:korean\s+)?(?:cpi|inflation|"
                         r"consumer prices?)\b(?:\s+(?:in|for)\s+(?:19|20)\d\d)?\s+(?:top|exceed|hit|pass|surpass|"
                         r"break|go (?:over|above|past|under|below)|stay (?:under|below|above)|come in (?:above|over|"
                         r"under|below))\b",
    # "when is the next council meeting": a date to come, which only a document scheduling it tells
    "next_to_come": r"\bwhen (is|are|will|'s) the next\b",
    # "will the sma be renegotiated in 2027?": an event to come that no record can tell, whatever it is about
    "future_tense": r"\b(will|going to|gonna)\b",
    "event_to_come": r"^(will|would|is|are)\b.*\b(renegotiat\w*|reopen\w*|revisit\w*|scrap(ped)?|cancel(l?ed)?|torn up|"
                     r"tear up|collapse|demand more|ask for more|push for more|"
                     r"withdraw\w*|pull(ed|s|ing)?(?: [\w']+){0,2} out|leave (?:south )?korea|survive)\b(?!.*\b(if|when|under the cap)\b)",
    # "would washington pull usfk out if seoul won't pay $10 billion": what would happen, whatever the amount
    "threat_to_come": r"^(will|would)\b.*\b(withdraw\w*|pull(ed|s|ing)?(?: [\w']+){0,3} out|leave (?:south )?korea|"
                      r"pull(?:s|ing)? (?:the |us |american )?(?:troops|forces|soldiers))\b"
                      r".*\b(if|unless)\b|"
                      # "will trump demand $10bn again": yet to come (not "will it rise 5% again": a projection)
                      r"\b(will|going to|gonna) (?:[\w$.,']+ ){0,4}?(demand|ask|threaten|push|insist|furlough|pull|"
                      r"cut|withdraw)\w*\b[^?%]*\bagain\b",
    # (not an office's published number: "which division at mofa handles it and what's their phone number")
    "private_details": r"\b(home|private|personal|residential) (address|addresses|phone|details)\b|\bdate of birth\b|"
                       r"^(?!.*\b(?:office|division|ministry|bureau|agency|department|desk|hotline|helpline|embassy|"
                       r"cent(?:er|re)|section)s?\b).*(?:\bphone numbers?\b|\bcontact (details|info\w*)\b|"
                       r"\be-?mail address\w*\b)",
    # Korea's own soldiers (KATUSAs among them), not the US troops the table counts
    "korean_troops": r"\b(korean|rok|katusa)\s+(soldiers?|troops?|service ?members?|personnel|conscripts)\b|"
                     r"\bkatusas?\b",
    "secret": r"\b(classified|confidential|secret|undisclosed)\b",  # only a source that says so can tell
    "write_request": r"^(please )?(can you |could you )?(write|compose|draft|generate|create|make|tell)( me| us)? (a |an |some )?"
                     r"(poem|song|story|joke|essay|limerick|haiku|tweet|rap|speech|letter|email)s?\b",
    "points": r"\bpercentage[- ]points?\b|\bby how many points\b|\bhow many points (more|less|higher|lower|bigger|smaller|apart|ahead)\b|\b(percent|pct|%) ?points?\b|\bpp\b|\bpoints? (higher|lower|more|less|bigger|smaller|apart|above|below)\b|\b(in|as) points\b",
    "extreme": r"\b(biggest|largest|highest|greatest|steepest|smallest|lowest|least|record (high|low)|peak)\b|"
               r"\b(rose|grew|increased|jumped|climbed|went up) the most\b|" + _EVER_FELL,
    # a figure compared with an amount the question states: "more than 10%", "under 5%"
    "above_stated": r"\b(?:more than|over|above|higher than|greater than|bigger than|at least)\s+(?:about |around )?[\d$₩]",
    "below_stated": r"\b(?:less than|under|below|lower than|smaller than|at most)\s+(?:about |around )?[\d$₩]",
    "frozen": r"\b(frozen|froze|freeze|stay(ed)? (flat|the same|unchanged)|(kept|held|remained) (flat|unchanged|the same))\b",
    "lowest": r"\b(smallest|lowest|least|record low)\b|" + _EVER_FELL,
    # a measure asked ("what magnitude", "how far"): only a number answers it
    "measure_asked": r"\b(what|which) (magnitude|yield|distance|length|depth|height|speed|weight|range)\b|"
                     r"\bhow (big|large|high|far|deep|fast|heavy)\b",
    # a year's payment at the most the rule allows: "2030 at the cap", "2028 at the max allowed"
    "at_cap": r"\bat (?:the |its )?(?:cap|max(?:imum)?|ceiling|limit|most)\b|\b(?:max|maximum|most) allowed\b|"
              r"\bworst[- ]case\b|\bupper (?:bound|limit)\b|"  # "worst case 2030 under the cap": the most it allows
              # "the biggest increase 2027 could see under the cap"
              r"\b(?:biggest|largest|highest|max(?:imum)?)\b(?:\s+[\w-]+){0,4}?\s+(?:could|can|might)\s+"
              r"(?:see|get|be|reach|rise|go up)\b|"
              r"\b(?:19|20)\d\d(?:'s)? (?:max(?:imum)?|ceiling)\b(?! (?:rate|rise|increase|percent|%))",  # "the 2027 max"
    # the years after the one named: "after 2026", "post-2026", "beyond 2026"
    "later_years": r"\b(?:after|post-?|beyond|past)\s*(?:19|20)\d\d\b",
    # the first year something passed an amount: "the first payment over 1 trillion won", "topped it for the first time"
    "first_over": r"\bfirst\b.*\b(over|above|exceed\w*|pass\w*|top(s|ped)?|surpass\w*|cross\w*|break\w*|broke)\b|"
                  r"\b(over|above|exceed\w*|pass\w*|top(s|ped)?|surpass\w*|cross\w*|break\w*|broke)\b.*\bfor the first time\b",
    # how many years a figure was past an amount: "how many years did korea pay over 1 trillion won"
    "years_counted": r"\bhow many (?:years|yrs)\b[^?]*\b(?:over|above|more than|exceed\w*|pass\w*|top(?:s|ped)?|"
                     r"surpass\w*|cross\w*|under|below|less than)\b|"
                     # whether any was: "did korea ever pay less than 950bn", "has it ever gone above 1.5tn"
                     r"\bever (?:(?:pay|paid|been|be|was|were|come in|came in|go|gone|went)\s+)?(?:over|above|more than|"
                     r"under|below|less than|exceed\w*|pass\w*|top(?:s|ped)?)\s+(?:about |around )?[\d$₩]",
    "overview": r"\b(summar(?:y|ies|ize|ise)|overview|rundown|tell me (about|more about)|key (terms|points|facts)|main points|"
                r"latest on|update on|details (of|on|about)|in a nutshell|what (was|got) agreed (in|under)|"
                r"what(?:'s| is| was) in (the|it))\b|"
                r"^what(?: exactly)?(?: is|'s| was)? (?:exactly )?(?:the |an? )?(?:[\w-]+ )?(?:sma|special measures agreement|"
                r"cost[- ]sharing (?:deal|agreement))\s*\??$",
    "mean": r"\b(average|avg)\b|(?<!\bi )(?<!\bi just )(?<!\byou )\bmean\b",  # not "the 11th sma yr i mean"
    "defense_budget": r"\b(defen[cs]e|military) (budget|spending|expenditure)s?\b|\bbudget requests?\b|"
                      r"\b(pentagon|dod|defen[cs]e department)(?:'s)? (?:[\w-]+ ){0,3}budget\b|"
                      r"\b(spend\w*|spent) on (its|their|\w+'s) own (defen[cs]e|military)\b|"
                      r"\b(spend\w*|spent) on (?:its |their )?(defen[cs]e|the military|military)\b(?! (?:cost[- ]sharing|costs? of|sharing))",
    "us_pays": r"\b(the us|u\.s\.|washington|america|the americans|the pentagon|american taxpayers|usfk|us forces korea|"
               r"the us military|the us army)\b.{0,15}\b(spend|spends|spent|"
               r"pay|pays|paid|paying|cover|covers|covered|budget\w*|cost(?![- ]shar))\b",  # not "USFK cost sharing"
    # the payer reversed ("how much did the US pay Korea"): under the SMA South Korea pays, not the US
    "us_pays_korea": r"\b(the us|u\.s\.|washington|america|the americans|the pentagon)\b.{0,15}\b(pay|pays|paid|paying|"
                     r"give|gives|gave|giving|transfer\w*|send\w*|sent)\s+(south korea|korea|seoul|the south)(?![\w'’])",
    "cost_sharing": r"\b(cost[- ]shar\w*|burden[- ]shar\w*)\b",
    # ... and a year that rose or fell ("2019 went up 13.9% over 2018 right?"): its payment
    "pay": rf"\b({_PAID}|money|amount|value|(?<!troop )figure)\b|\b(?:19|20)\d\d (?:set|fixed) at\b|"
           r"^(?:so |and |but )?(?:19|20)\d\d(?:'s)? (?:went up|rose|grew|increased|jumped|climbed|fell|dropped|"
           r"went down|was up|was down)\b|"
           r"\b(set|sets|fixed|fixes) for (?=(?:its |the )?(?:(?:first|last|final) year\b|(?:19|20)\d\d\b))|"
           + _YEAR_PUT_AT_SUM,
    "year_put_at_sum": _YEAR_PUT_AT_SUM,
    # a word that says someone pays: without one, "how much", "value" or "figure" may ask about something else
    "paid": rf"\b({_PAID})\b",
    "number_word": r"\b(number|numbers|figures|stats?|data)\b(?! of\b)",  # not "the number of warheads": a count
    "rounds": r"\brounds?\b|\bsessions?\b|\bmeetings?\b",
    "troops": r"\b(troops?|troop (?:figure|number|count|total)s?|soldiers?|yanks|gis|americans stationed|"
              r"service ?members?|servicem[ae]n|military personnel|forces|boots on the ground|us personnel|gis?|"
              r"garrison|deploy\w*|stationed|presence)\b",
    "workers": r"\b((?:local )?(?:workers?|employees?|staff)|workforce|labou?r|civilians?|local hires?|nationals)\b|"
               r"\bkoreans (?:(?:in )?total |altogether )?(?:(?:were|are|was|is|have been|had been) )?"
               r"(work\w*|employed)\b",
    "employed": r"\b(employ|employed|employs|employment|workforce|in all|entire|whole|altogether)\b",
    # a firm's or contractor's own staff ("a builder needs fewer than how many employees"): not USFK's workforce
    "firm_staff": r"\b((?:firms?|compan(?:y|ies)|business(?:es)?|(?:sub)?contractors?|subs|builders?|suppliers?|"
                  r"vendors?)(?:'s?)?\b[^.?!;]{0,40}?\b(?:employees|workers|staff|employ)\b|"
                  r"(?:employees|workers|staff) (?:of|at) (?:the |a |an |each |its |their )?(?:[\w-]+ ){0,2}?"
                  r"(?:firms?|compan(?:y|ies)|(?:sub)?contractors?|builders?|suppliers?|vendors?))\b",
    # aid one government gives another is not a payment under the SMA
    "aid": r"\b(aid|assistance|grants?[- ]in[- ]aid)\b",
    # people killed or hurt are counted as losses, not as a force's or workforce's size (what they are about stays
    # the question's subject: not explained by the cue)
    "casualties": r"\b(killed|died|dead|deaths?|wounded|injured|casualt\w+|fatalit\w+|lost their lives)\b",
    # workers who came or went ("how many KN employees retired in 2025", "how many quit"): not the workforce
    "turnover": r"\b(retired|retiring|retirements?|resigned|resignations?|quit|quitting|(?:were|got|was) (?:hired|fired)|"
                r"new hires?)\b",
    "furlough": rf"\b({_FURLOUGH})\b",
    "back_to_work": r"\b(back to (work|(their|the|his|her) (jobs?|posts?|desks?))|return\w*|(came|come|go|goes|went|gone|going|get|"
                    r"got|getting) back|call\w* back|recall\w*|reinstat\w*|end(?!\w* up\b)\w*|over|lifted|resum\w*)\b",
    "start": r"\b(start\w*|begin|began|begun|beginning|commenc\w*|first (day|year)|first (put|sent|placed|furlough\w*|idled)|"
             r"kick\w* off|effective from|appl(y|ies) from|from which year|from what year)\b",
    "wage": r"\b(wages?|salar\w+|pay ?roll|pay for the workers|labou?r costs?|paychecks?|wage deal|earn|earns|earning|earnings)\b|"
            r"\b(workers?|workers'|employees?|employees'|staff|staff's) (pay|salar\w+|wages?)\b|\bpay (the |their |its )?(?:[\w-]+ ){0,2}(workers|employees|staff)\b|"
            # a raise in what workers are paid ("the 2026 pay raise % for usfk korean employees", "how much of a raise
            # did KN employees get"), not a rise in the SMA payment
            r"\b(?:pay|salary) (?:raises?|rises?|hikes?|increases?|bumps?)\b|"
            r"\ba raise\b(?=.{0,40}\b(?:workers?|employees?|staff|kn|kns)\b)",
    "demand": r"\b(demand\w*|(?<!\bbe )ask\w*|sought|seek\w*|want\w*|(?<!^)request\w*|call\w* for|insist\w*|press\w* for|push\w* for|"
              r"should pay|must pay|ought to pay|"
              r"(?<!^)(?<!let's )(?<!lets )(?<!to )(say|said|says|saying|claim\w*) .*\b(pay|paying)\b|position|money machine|"
              r"wanted|pressur\w*|initial ask|asking price|thr(ew|own|ow\w*) out|toss\w* out|floated|"
              # what the US "opened with" in the talks: its first demand
              r"open(?:ed|s)? with|opening (?:ask|bid|demand|number|figure|offer|position))\b",
    "furlough_as_time": r"\b(?:before|after|since|until|ahead of|prior to) (?:the |its )?(?:(?:19|20)\d\d )?furloughs?\b",
    "weeks_asked": r"\b(in|how many) weeks\b",
    "weekdays_asked": r"\b(work ?days|working days|business days|weekdays)\b|\bweekends? (excluded|don'?t count|do not count)\b|"
                      r"\b(excluding|not counting|minus|without) weekends\b",
    "months_asked": r"\b(in|how many) months\b",
    # what a rise was made of ("what made up the 13.9% rise", "how much of it came from wages")
    "composition": r"\bwhat made up\b|\bmade up of\b|\bbreak ?down\b|\bcomponents?\b|"
                   # "how much of the 2021 jump was wages", "of that 13.9% increase in 2021, how much went to pay"
                   r"\b(?:how much|what part|what portion|how many points) of (?:it|that|this|the (?:[\w.%]+ ){0,2}?"
                   r"(?:rise|increase|jump|hike))\b(?: in (?:19|20)\d\d)? (?:was|came|is|went)\b|"
                   r"\bof (?:the|that|this) (?:[\w.%]+ ){0,2}?(?:rise|increase|jump|hike)\b(?: in (?:19|20)\d\d)?,? "
                   r"how (?:much|many points)\b",
    "offer": r"\b(offer\w*|(?<!budget )propos\w*|put forward|counter[- ]?offer\w*|counteroffer\w*|bid|"
             r"willing to (give|pay|offer|accept))\b",  # (not "the fy2026 budget proposal")
    # what the US offered or would settle for: its demand ("what was washington willing to settle for")
    "us_offer": r"\b(?:the us|u\.s\.|us|washington|the americans|america|trump|the pentagon)(?: (?:did|does|would|will|"
                r"was|were|is|be|eventually|finally|ultimately|later|then))* (?:offer\w*|settle\w*|accept\w*|willing to)\b",
    "exchange_rate": r"\bexchange rate\b|\b(krw|won)/(usd|dollar)\b|\b(usd|dollar)/(krw|won)\b|\bwon[- ]dollar\b|\b(won|krw)[- /](per|to|against|vs|versus)[- ](the )?(us )?(dollar|usd)\b|\bfx\b|"
                     r"\bdollar[- /](won|krw)\b|\bconversion rate\b|"
                     # a rate unnamed ("what rate did they use"), not one of something else ("discount rate")
                     r"\b(?:what|which|the|that|a|an|their|its) rate (did|does|do|was|is) .*(use|used)\b"
                     # "what rate was used to work out the 2019 payment" is its rise, unless a currency is named
                     r"(?=.*\b(?:dollars?|usd|won|krw|convert\w*|conversion)\b|(?!.*\b(?:payments?|increases?|rises?)\b))",
    # the rate a document used ("what won/dollar rate did the currency note assume"): its own, not the table's
    "rate_by_agent": r"\brate (?:did|does|do|had) (?:the |that |this |their |its )?(?:[\w'-]+ ){0,3}?(?:note|paper|brief|"
                     r"briefing|report|study|story|piece|article|analysis|memo|sheet|book|blog|post|chart|table|digest|"
                     r"explainer|primer)s? (?:use|assume|apply|take)\b|"
                     # "what won/dollar rate did he use": someone's own rate (a letter writer's, a teacher's)
                     r"\brate (?:did|does|do|had) (?:he|she|they|it|(?:the |that |this )?(?:[\w'-]+ )?(?:writer|author|"
                     r"letter|teacher|professor|analyst|economist|reporter|columnist)) (?:use|assume|apply|take)\b",
    # a count of days left till (or since) a date "when" something else happened: that day, not today ("how many
    # days were left till the expiry when the hearing was held"); not "to when it took effect", one of the two
    "at_the_time": r"\b(?:days?|weeks?|months?)\b.*\b(?:left|remain\w*|to go|before|until|till|since)\b.*"
                   r"(?<!to )(?<!till )(?<!until )(?<!from )(?<!since )(?<!and )\bwhen\b"
                   r"(?! (?:did|does|do|was|is|will|were|would|exactly)\b)",
    # the furlough's start or end as the day something else is counted from ("when the furlough started")
    "then_started": r"\bwhen\b[^?]*\b(?:furlough\w*|workers?|staff|employees)\b[^?]*\b(?:start\w*|began|begun|"
                    r"sent home|went home|kicked off)\b",
    "then_ended": r"\bwhen\b[^?]*\b(?:furlough\w*|workers?|staff|employees)\b[^?]*\b(?:end\w*|over|came back|"
                  r"went back|back to work|return\w*|recalled)\b",
    # the rate applied to set a year's payment ("what cpi rate got applied to set the 2016 payment"): its rise
    # (with a year before or after: "what cpi rate got applied to set 2016", "if 2027 ends at 1.55tn, what rate
    # did they apply")
    "rate_applied": rf"(?=.*\b(?:19|20)\d\d\b){_RATE_APPLIED}|\b(?:19|20)\d\d\b.*{_RATE_APPLIED}",
    "which_agreement": r"\b(which|what) (sma|smas|agreement|deal|special measures agreement|cost[- ]sharing (deal|agreement))\b",
    "term": r"\bhow long\b|\blast(s|ed)? (only |just |merely )?(a )?\d+[- ]years?\b|\b\d+[- ]year (deal|agreement|sma|pact|accord|arrangement)\b|\b(duration|length|term|lifespan|life)\b|\bhow many years\b|"
            # "which calendar years does the twelfth agreement cover": the verb is part of the question about its term
            r"\b(which|what) (calendar )?years\b(?:.*\b(cover|covers|covered|last|lasts|lasted|run|runs|ran|span|spans)\b)?|"
            r"\b(calendar )?years (covered|spanned|run) by\b|"
            r"\byears (does|did|will) .* (cover|last|run)\b|\b(cover|covers|span|spans) (which|what)\b|\bmulti[- ]?year\b|"
            # "did the 9th sma cover more than a single year", "the 10th one only ran one year"
            r"\b(cover|covers|covered|last|lasts|lasted|run|runs|ran|span|spans|spanned)(?: (?:more|longer|less|fewer) "
            r"than| only| just)? (?:a|one|a single|two|three|four|five|six|\d+)[- ]years?\b|"
            r"\bvalid for\b|\blast(s|ed)? for\b|\bruns? for\b|"
            # "the 11th sma ran 2021-2025": the years it is said to run
            r"\b(?:ran|runs?|running|lasted|spanned|went) (?:from )?(?:19|20)\d\d\s*(?:-|–|to|thru|through|until)\s*"
            r"(?:19|20)?\d\d\b",
    # "at the end of 2018", "end-2020" date something else; they do not ask when an agreement ends
    # not "end up" ("what did the gym end up costing"): how something turned out
    "expire": r"\b(expir\w*|end(?![- ](?:of (?:the )?(?:year|(?:19|20)\d\d)\b|(?:19|20)\d\d\b|up\b))|(?:ends|ended|ending)(?! up\b)|run out|runs out|ran out|lapse\w*|terminat\w*|sunset|valid until|until when|"
              r"valid through|good until|run until|runs until|ran until|last until|lasts until|run through|runs through|"
              r"ran through|over when|due to end|conclude in|up for renewal|renew\w*|left on|remain\w* (on|before|in)|"
              r"(last|final) year (of|covered by|under))\b",  # "what was the last year of the 10th SMA"
    "signed": r"\b(sign(?!\w* off\b)\w*|ink\w*|put pen to paper)\b",  # not "sign off on" (approve)
    "initialled": r"\binitial(l)?(ed|ing)?\b",
    "concluded": r"\b(conclu[ds]\w*|wrap\w* up|(?:talks|negotiations|rounds?) (?:\w+ ){0,3}?wrap(?:ped|s)?|"
                 # (not a sum agreed to: "seoul agreed to $33bn a year")
                 r"agreed(?! (?:rise|increase|hike|payment|amount|figure|number|sum|level|rate|cap)s?\b)"
                 r"(?! to (?:pay )?[$₩\d])|agree(d|s)? (on|to)(?! (?:pay )?[$₩\d])|"
                 r"agree\w* in principle|(deal|agreement) in principle|reach\w*|struck|"
                 r"strik\w* (a|an|the) (\w+ )?(deal|agreement|bargain)|clinch\w*|finali[sz]\w*|"
                 r"sealed|hammered out|settled|wrapped up|announc\w*|unveil\w*|made public|deal (was|is) done)\b",
    "ratified": r"\b(ratif\w*|approv\w*(?<!approval)|approval(?! ratings?\b)|pass(ed)? (by|in|through)|national assembly|"
                r"parliament\w*|assembly vote|"
                r"lawmakers|legislat\w*|consent)\b",
    "in_force": r"\b(?:what(?:'s| is) the )status of\b|\b(in[- ]force|into force|into effect|in effect|take[sn]? effect|took effect|effective|came into|"
                r"come into|go into effect|went into effect|valid from|kick\w* in|applied from|enter\w* into|still (under|valid|applies)|"
                r"tak(e|es|ing) effect|go(es|ing)? live|went live)\b",
    "since": r"\bsince (when|what year)\b|\b(cost|burden)[- ]sharing (start|begin|began|begun)\w*\b|\b(start\w*|began|begin\w*) (paying|to pay|contributing|sharing|to share)\b|"
             r"\bfirst year of .*(cost[- ]sharing|payments?|contributions?)\b|\bwhen did .* (start|begin) (paying|to pay|contributing|sharing)\b|"
             r"\bfirst (sma|special measures|cost[- ]sharing)\b|\bhow long has .* (paid|been paying|contributed)\b|"
             # "how many years has the cost-sharing deal existed", "how long have smas been around"
             r"\bhow (long|many years) (has|have) .*\b(existed|been around|been in place|been going)\b|"
             r"\b(first|initial) year(?! (?:of|under|in) (?:the )?\d{1,2}(?:st|nd|rd|th)\b) .* (paid|paying|contribut)\w*(?!.*\b(over|above|more than|exceed\w*|top\w*)\b)|\bwhen did (the )?(cost[- ]sharing|smas?) (start|begin)\b",
    # not the "it" that stands for what follows: "how much did it cost to build ...", "is it true that ..."
    "anaphora": r"\bit\b(?!\s+(?:(?:cost|costs|take|takes|took)\s+(?:\w+\s+){0,3}?to\b|"
                r"(?:true|correct|right|accurate|the case|possible|likely)\s+that\b))|\b(them|those two|the two|last time)\b|\bthat\s*\??$|\b(is|of|was) that\b",
    "event_year": r"\b(in )?the year (the|that|when|in which) .*\b(sign\w*|ratif\w*|initial\w*|conclu\w*|took effect|"
                  r"entered into force|came into force|went into effect|agreed|announced)\b",
    "after": r"\bafter\b",
    "before": r"\bbefore\b",
    "recent": r"\brecent\w*\b|\bnewly\b|\bonly now\b|\bjust started\b",
    "support": r"\bcomprehensive support\b|\bfact ?sheet\b|\b33 billion\b|\bsupport package\b",
    "statement": r"\bcomply|carry out\b|\bhonou?r\b|\bvalidly concluded\b",
    # what someone said or reported: the documents quote it ("what share did the presidential office say ...")
    # (the verb alone, so that who said it stays what the question is about; not a supposition: "let's say")
    # a figure someone gave: "what increase did the ministry cite", "the rate Reuters reported"
    "attributed": r"(?<!^)(?<!let's )(?<!lets )\b(say|says|said|claim\w*|report|reported|estimat\w*|announc\w*|tell|told|"
                  r"cite[sd]?|stated?)\b|\baccording to\b|\bas reported by\b",
    "reason_words": r"\bwhy\b|\bhow come\b|\breason\w*\b|\bwhat caused\b|\bexplain\b",
    "who_words": r"\bwho\b|\bwhom\b|\bwhich (officials?|negotiators?|person|people|ministers?)\b",
    "what_for": r"\b(what|which)\b.*\b(pay|pays|paid|go|goes|spent|used|use|spend)\s+(for|on|towards?)\s*\??$|"
                r"\bwhat (does|do|did) .* (cover|fund|include)\b(?!\s+(?:for|of)\b)|\bwhat (is|are) .* (used|spent) (for|on)\b|"
                r"^(what|which) (does|do|did|is|are|will|costs|items|things) [^?]*\b(cover|covers|include|includes)\b|"
                # not "how many guardians does the space component have"
                r"^(?!.*\bhow many\b).*\b(sectors?|categories|items?|components?|buckets?)\b"
                # (not settled in talks: "most items were settled")
                r"(?! (?:were|was|are|is|had been|have been) (?:settled|agreed|resolved|closed|done))|"
                r"\bhow is .* (split|divided|allocated|spent|funded)\b",
}.items()}

# The measure a question asks about: every group (a tuple of cues, any of which will do) must match and no
# excluded cue may. When several measures match, the one matching more groups is more specific and wins;
# on a tie, the one declared first.
# Money that is not the SMA payment: Korea's own defense budget, its purchases of American arms, fines and
# damages, what companies pay. Neither it nor its growth is the payment or its rise ("how much did the defence
# budget grow from 2019 to 2020", "how much more did the three refiners pay than the other two").
OTHER_SPENDING = ("defense_budget", "purchases", "penalties", "others_pay", "aid", "grade_pay")
MEASURE_RULES: tuple[tuple[str, tuple[tuple[str, ...], ...], tuple[str, ...]], ...] = (
    ("payment_increase_pct", (("change", "raise", "cut"), ("percent_asked",), ("pay", "change", "raise", "cut")), ("rule", "cap", "cagr", "demand", "offer", "wage", "troops", "workers", *OTHER_SPENDING)),
    ("payment_increase_pct", (("rise_by",),), ("rule", "cap", "cagr", "demand", "offer", "wage", *OTHER_SPENDING)),
    ("payment_increase_pct", (("rate_applied",),), ("cap", "demand", "offer", "wage", "exchange_rate", *OTHER_SPENDING)),
    # "why did the 2021 payment jump so much": the year's rise, whose record says why
    ("payment_increase_pct", (("increase_word", "raise"), ("pay",), ("reason_words",)), ("rule", "cap", "cagr", "demand", "offer",
                                                                                "wage", "share", *OTHER_SPENDING)),
    ("payment_increase_pct", (("increase_noun",), ("pay",)), ("rule", "cap", "cagr", "demand", "offer", "wage", "difference", "target", *OTHER_SPENDING)),
    ("payment_increase_amount", (("increase_word",), ("target",)), ("percent_asked", "rule", "cap", "demand", "offer", "wage", *OTHER_SPENDING)),
    ("payment_increase_amount", (("change", "raise", "cut"), ("difference",), ("pay", "change")), ("percent_asked", "rule", "cap", "demand", "offer", *OTHER_SPENDING)),
    # "which year's payment rose the most", "did the payment ever go down": the extreme yearly rise
    ("payment_increase_pct", (("extreme",), ("increase_word",), ("pay",)), ("rule", "cap", "cagr", "demand", "offer",
                                                                           "wage", "difference", *OTHER_SPENDING)),
    ("average_increase_pct", (("cagr",),), ("demand",)),
    ("increase_rule", (("rule", "cap", "allowed"),), ("demand", "offer", "wage", "exchange_rate", "extreme")),
    ("cost_sharing_start", (("since",),), ()),
    ("furlough_end", (("furlough",), ("back_to_work",)), ("how_much", "wage", "agreement_ref")),
    # "when did the korean workers go back to work": the furlough's end, not the workforce
    ("furlough_end", (("workers",), ("back_to_work",), ("asks_date",)), ("how_much", "wage", "agreement_ref")),
    ("furlough_start", (("furlough",), ("start", "asks_date")), ("back_to_work", "expire")),
    ("furloughed", (("furlough",),), ("casualties", "back_to_work", "start", "wage", "asks_date", "how_much",
                                      "kept")),
    ("wage_share_pct", (("wage",), ("share", "percent_asked", "complement", "percent_given")), ("service_pay", "composition")),
    ("payment_increase_pct", (("composition",), ("increase_noun", "increase_word", "raise")), ()),
    ("wage_funding", (("wage",), ("pay", "offer")), ("share", "percent_asked", "service_pay")),
    ("initialled", (("initialled",),), ()),
    ("signed", (("signed",),), ("initialled", "pay", "how_much")),
    ("ratified", (("ratified",),), ("pay", "how_much", "in_force")),
    ("in_force", (("in_force",),), ("expire", "pay", "how_much", "which_agreement")),
    ("concluded", (("concluded",),), ("signed", "initialled", "ratified", "pay", "how_much", "talks_took", "overview")),
    ("term_end", (("expire",),), ("pay", "how_much", "talks", "figure_named")),
    ("term_start", (("start",),), ("furlough", "since", "pay", "how_much", "talks", "first_over")),
    ("term", (("term",),), ("furlough", "days", "pay", "how_much", "demand", "offer", "talks_took")),
    ("term", (("which_agreement",), ("which_agreement", "pay")), ("furlough", "days", "how_much", "demand", "offer")),
    ("exchange_rate", (("exchange_rate",),), ()),
    ("demand", (("demand",),), ("offer", "withdraw", "aid", "defense_budget")),
    ("demand", (("us_offer",),), ("us_pays", "us_spending", "service_pay", "wage", *OTHER_SPENDING)),
    ("offer", (("offer",),), ("penalties", "aid")),  # not "the penalty in the bid-rigging case"
    ("support_pledge", (("support",),), ()),
    ("statement", (("statement",),), ()),
    ("korean_workforce", (("workers",), ("employed",)), ("casualties", "turnover", "firm_staff", "wage", "pay", "per_head",
                                                         "share")),
    ("korean_workforce", (("workers",),), ("casualties", "turnover", "firm_staff", "furlough", "wage", "pay", "per_head")),
    ("negotiation_rounds", (("rounds",),), ("who_words", "troops")),  # not "the 40,000 troops from the cabinet mtg"
    # "how many rounds did it take to reach the 12th SMA": the rounds, not the day it was reached
    ("negotiation_rounds", (("rounds",), ("concluded", "talks")), ("who_words", "asks_date")),
    ("troops", (("troops",),), ("casualties", "pay", "per_head", "workers", "furlough", "withdraw", "korean_troops")),
    ("payment", (("pay", "how_much", "cost_sharing"),), ("demand", "offer", "wage", "what_for", "support", "service_pay",
                                                         "us_pays", "furlough", *OTHER_SPENDING)),
    # "the first year above 1 trillion won": a payment's, when nothing else is named
    ("payment", (("first_over",),), ("demand", "offer", "wage", "support", "troops", "workers", "furlough",
                                      *OTHER_SPENDING)),
    # "gimme the 2022 number": a year's number, with nothing else named, is its payment (declared late: loses ties)
    ("payment", (("number_word",),), ("demand", "offer", "wage", "what_for", "support", *OTHER_SPENDING, "us_pays", "service_pay",
                                      "troops", "workers", "furlough", "rounds", "talks", "exchange_rate", "change")),
    # "the increase in 2021 under SMA 11": an increase of nothing named is the payment's (declared last: loses ties);
    # not a share that rose ("why did Korea's share of the relocation jump to 92%")
    ("payment_increase_pct", (("increase_word",),), ("cap", "cagr", "demand", "offer", "wage", "difference",
                                                     "troops", "workers", "furlough", "exchange_rate", "talks", "rounds",
                                                     "share", *OTHER_SPENDING)),
)
DATE_MEASURES = frozenset({"term_end", "term_start", "signed", "initialled", "concluded", "ratified", "in_force",
                           "furlough_start", "furlough_end", "cost_sharing_start", "statement"})


def measure_for(cues: frozenset[str]) -> str | None:
    """The most specific measure whose cue groups all match."""
    best, best_groups = None, 0
    for measure, groups, excluded in MEASURE_RULES:
        if any(c in cues for c in excluded) or not all(any(c in cues for c in group) for group in groups):
            continue
        if len(groups) > best_groups:
            best, best_groups = measure, len(groups)
    return best


def _measure_said_in(cues: set[str], part: str) -> str | None:
    """The measure of the cues said in a part of the question (a cue with no pattern of its own counts anywhere)."""
    return measure_for(frozenset(n for n in cues if n not in CUES or CUES[n].search(part)))


_INJECTION = re.compile(
    r"\b(ignore (all |your |the |previous |prior |any |above )*(instructions|rules|prompt)s?|disregard (the |your |all )*"
    r"(instructions|rules|system prompt|prompt)|system prompt|jailbreak|developer mode|"
    r"you are now|no rules|dan mode|pretend (to be|you are)|(api|bot|slack|access|secret|auth|oauth) ?(token|key)s?|password|credentials?|signing secret|env(ironment)? "
    r"variables?|\.env\b|xox[bpa]-)\b")
_DOMAIN = re.compile(
    r"\b(sma|smas|special measures?|cost[- ]?shar\w*|burden[- ]?shar\w*|defen[cs]e (cost|deal)s?|usfk|"
    r"troops?|soldiers?|forces|military|bases?|furlough\w*|unpaid leave|workers?|employees?|workforce|"
    r"wages?|salar\w+|payroll|logistics|construction|contribut\w*|pa(y|id|ys|ying|yment)s?|"
    r"negotiat\w*|talks?|rounds?|agreements?|deals?|treaty|ratif\w*|alliance|allies|"
    r"cap|inflation|cpi|exchange rate|krw|usd|trump|percent)\b|%")

# Other alliances and regions the bot has nothing on; countries come from pycountry below.
_ALLIANCES = ("nato", "aukus", "quad", "asean", "anzus", "european union", "eu", "g7", "g20", "united nations",
              "five eyes", "warsaw pact", "okinawa", "europe", "middle east", "persian gulf", "gulf states")
_DEMONYMS = {
    "japanese": "Japan", "german": "Germany", "germans": "Germany", "filipino": "Philippines", "philippine": "Philippines",
    "australian": "Australia", "australians": "Australia", "taiwanese": "Taiwan", "chinese": "China", "british": "United Kingdom",
    "italian": "Italy", "spanish": "Spain", "polish": "Poland", "israeli": "Israel", "ukrainian": "Ukraine",
    "russian": "Russia", "indian": "India", "french": "France", "turkish": "Turkey", "saudi": "Saudi Arabia",
    "qatari": "Qatar", "kuwaiti": "Kuwait", "emirati": "United Arab Emirates", "canadian": "Canada",
    "mexican": "Mexico", "vietnamese": "Viet Nam", "thai": "Thailand", "norwegian": "Norway", "dutch": "Netherlands",
    "belgian": "Belgium", "romanian": "Romania", "greek": "Greece", "djiboutian": "Djibouti", "north korean": "North Korea",
    "dprk": "North Korea", "pyongyang": "North Korea", "kim jong": "North Korea",
    "kpa": "North Korea", "korean people's army": "North Korea", "tokyo": "Japan", "berlin": "Germany", "manila": "Philippines", "canberra": "Australia", "taipei": "Taiwan",
    "beijing": "China", "london": "United Kingdom", "guam": "Guam", "uk": "United Kingdom", "britain": "United Kingdom",
    "england": "United Kingdom", "iran": "Iran", "iraq": "Iraq", "syria": "Syria", "afghanistan": "Afghanistan",
}
_HOME = {"korea, republic of", "united states", "korea", "south korea", "united states of america", "america", "us"}


@lru_cache(maxsize=1)
def _places() -> re.Pattern[str]:
    """Country names (ISO 3166 via pycountry, with their common names), demonyms and alliances, as one pattern."""
    import pycountry

    names = set(_ALLIANCES) | set(_DEMONYMS)
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            name = getattr(country, attr, None)
            if name:
                names.add(name.lower().split(",")[0])
    names.add("north korea")
    names -= _HOME | {"korea"}
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in ordered) + r")\b")


@dataclass(frozen=True)
class AgreementRef:
    """The agreement a question names: an ordinal, a relative word, or a term length."""

    number: int | None = None
    relative: str | None = None  # current, previous, next
    term_years: int | None = None
    ends_in: int | None = None  # "the SMA that expired at the end of 2018"
    covers: tuple[int, int] | None = None  # "the 2014-2018 deal": its first and last years
    of_year: int | None = None  # "the 2021 deal": the one signed that year
    position: str | None = None  # first or last year(s) of it, or the year before or after it
    position_years: int = 1
    start: int = -1  # where the question names it
    before_furlough: bool = False  # "the old sma, before the furlough": previous to the furlough's year, not today's


@dataclass(frozen=True)
class Frame:
    question: str
    text: str  # normalised: what every span indexes into
    today: dt.date
    money: tuple[Money, ...] = ()
    percents: tuple[Percent, ...] = ()
    headcounts: tuple[Headcount, ...] = ()
    numbers: tuple[Decimal, ...] = ()  # plain numbers no other quantity took ("dropped to 20,000")
    dates: tuple[DateMention, ...] = ()
    rates: tuple[ExchangeRate, ...] = ()
    years: tuple[YearMention, ...] = ()
    span: tuple[int, int] | None = None  # "from 2019 to 2026"
    durations: tuple[Duration, ...] = ()
    groups: tuple[tuple[str, int], ...] = ()  # troops or workers named without a count, where first named
    wholes: frozenset[int] = frozenset()  # where quantities named right after "of" start ("a share of $1.13bn")
    agreement: AgreementRef | None = None
    other_agreements: tuple[AgreementRef, ...] = ()  # "the 10th and 12th SMAs": every further agreement named
    stated_term: int | None = None  # "a five-year deal": a length the question asserts
    cues: frozenset[str] = field(default_factory=frozenset)
    factor: Decimal | None = None  # "double", "3 times", "150 percent of"
    factor_text: str | None = None
    asks: str | None = None  # reason, who, date, number, list
    measure: str | None = None  # what the question asks about (bot.figures.Measure, or a derived one)
    target_unit: str | None = None  # the currency asked for, or the unit of a length or weight ("km")
    place: str | None = None  # a country or alliance other than South Korea and the US
    korea_listed: bool = False  # South Korea named in a list with it ("Germany, Japan and Korea")
    injection: bool = False
    in_domain: bool = False
    said_paid: tuple[Money, ...] = ()  # amounts the question says are paid ("Korea now pays $10 billion")
    counted: tuple[str, ...] = ()  # what a count is asked of, stemmed ("how many civilians died": "civilian", "kill")
    per_unit: str | None = None  # the thing an amount is asked per, stemmed ("cost per square meter": "meter")
    amount_of: frozenset[str] = frozenset()  # the thing an amount is asked of ("how much interest did it earn")
    # Words no cue, quantity, agreement reference or subject word accounts for ("hankook ilbo", "notice",
    # "spokesperson"): what the question is specifically about, which a figure must mention to answer it.
    unexplained: frozenset[str] = frozenset()
    # the names the question gives in capitals ("the SS Lane Victory"), each as the terms it is spelled with
    given_names: tuple[frozenset[str], ...] = ()
    left_out: tuple[int, ...] = ()  # years a total or an average is to leave out ("skip 2016", "excluding 2016")
    start_said: int | None = None  # the year an agreement is said to start in ("the 11th sma that starts in 2026")
    attributed_to: frozenset[str] = frozenset()  # whose account is asked for ("per NORAD", "according to Yonhap")
    # the words of its own a source document is named by ("the gimcheon council brief": gimcheon, council, brief), one
    # of which a document's title or publisher has
    source_named: frozenset[str] = frozenset()
    base: str | None = None  # the name of the base a question is about ("casey" of "camp casey", "osan" of "osan air base")
    # the post whose holder a "who" question asks ("who was the pool reporter"), or whose words or deeds a question asks
    # ("what did the ambassador say at the signing")
    post: str | None = None
    # a past year's rise supposed again ("if 2027 rose as much as 2026 did"): that year, and whether its amount in won
    # (not its percentage) is what repeats
    rise_repeated: int | None = None
    repeats_amount: bool = False
    # the words only what comes before the question (or an aside after it) says ("in that call the official says the
    # last day went on the escalator language. what had the korean side pushed for"): the passage's, not the answer's;
    # none when the question checks that statement ("the article says 8,000. is that the number it gave?")
    preamble: frozenset[str] = frozenset()

    def has(self, *cues: str) -> bool:
        return any(c in self.cues for c in cues)

    @property
    def year_values(self) -> list[int]:
        return list(dict.fromkeys(y.year for y in self.years))


_FACTOR_WORDS = {"halve": Decimal("0.5"), "double": 2, "doubled": 2, "doubles": 2, "doubling": 2, "twice": 2, "triple": 3, "tripled": 3,
                 "triples": 3, "tripling": 3, "thrice": 3, "quadruple": 4, "quadrupled": 4, "half": Decimal("0.5"),
                 "halved": Decimal("0.5"), "halving": Decimal("0.5"), "two thirds": Decimal(2) / 3,
                 "one third": Decimal(1) / 3, "a third": Decimal(1) / 3, "three quarters": Decimal("0.75"),
                 "one quarter": Decimal("0.25"), "a quarter": Decimal("0.25"), "one fifth": Decimal("0.2"),
                 "a fifth": Decimal("0.2"), "one tenth": Decimal("0.1"), "a tenth": Decimal("0.1")}
_FACTOR = re.compile(r"\b(" + "|".join(sorted(_FACTOR_WORDS, key=len, reverse=True)) + r")\b"
                     r"(?![- ]?check)(?: of\b)?|\b(\d+(?:\.\d+)?)\s*(?:times|x)\b|\bx\s?(\d+(?:\.\d+)?)\b|"
                     r"\b(\d+(?:\.\d+)?)\s*(?:%|percent|per cent) of\b")


def _factor(text: str) -> tuple[Decimal | None, str | None]:
    """'double' -> 2, '3 times' -> 3, '150 percent of' -> 1.5."""
    m = _FACTOR.search(text)
    if m is None:
        return None, None
    if m.group(1):
        return Decimal(_FACTOR_WORDS[m.group(1)]), m.group(0)
    if m.group(4):
        return Decimal(m.group(4)) / 100, m.group(0)
    return Decimal(m.group(2) or m.group(3)), m.group(0)


def parse(question: str, today: dt.date, known: Known | None = None) -> Frame:
    """The question read: `known` tells which words the documents use, which are not typos."""
    text = normalize(question, known)
    taken: list[tuple[int, int]] = [m.span() for m in _TITLE_IN_QUOTES.finditer(text)]  # "the '1.8tn by 2028' story"
    rates = find_rates(text, taken)
    dates = find_dates(text, taken)
    percents = find_percents(text, taken)
    flat = [Percent(Decimal(0), m.group(0), m.start(), m.end()) for m in _NO_GROWTH.finditer(text)] if (
        CUES["suppose"].search(text) or _SET_AGAINST.search(text)) else []  # "vs staying flat at the 2026 level"
    percents = sorted(percents + flat, key=lambda p: p.start)
    taken += [m.span() for m in _GLOSS.finditer(text)]  # "2026 (the 1,519bn-ish one)": the year's amount, said again
    taken += [m.span() for m in _FIRST_OVER_SAID.finditer(text)]  # "the 2019 number, the first one over a trillion,"
    headcounts = find_headcounts(text, taken)
    money = find_money(text, taken)
    terms = list(_AGREEMENT_TERM.finditer(text))
    taken += [m.span() for m in terms]  # "the six-year deal" is not a duration asked about
    taken += [m.span(1) for m in _RULE_LAG.finditer(text)]  # "inflation two years earlier": no length of time
    durations = find_durations(text, taken)
    numbers = find_numbers(text, taken)
    ending = _AGREEMENT_ENDING.search(text)
    named_by_years = _AGREEMENT_YEARS.search(text) or _AGREEMENT_OF_YEAR.search(text)
    years = [y for y in find_years(text, taken) if not (ending and ending.start(1) <= y.start < ending.end(1))
             and not (named_by_years and named_by_years.start() <= y.start < named_by_years.end())]
    years = [y for y in years if not _LIKENED_TO.search(text, 0, y.start)]  # "grown 13.9% like 2021": no operand
    if len(priced := [y for y in years if _PRICES_OF.match(text, y.start + len(y.text))]) < len(years):
        # "did the 2027 amount come in above 1.55tn once the 2025 cpi got published": the prices' year, not a payment's
        years = [y for y in years if y not in priced]
    sources = [m.span("year") for m in _SOURCE_DATED.finditer(text)]  # "the nov 2025 fact sheet": when it was said
    glosses = [m.span() for m in _ONE_GLOSS.finditer(text)]  # "(the one tied to the 2021 defense budget)"
    left_out = [m for m in _LEFT_OUT.finditer(text)]  # "(skip 2016 if unsure)": a year the sum leaves out
    years = [y for y in years if not any(a <= y.start < b for a, b in sources + glosses + [m.span() for m in left_out])]
    years += _relative_years(text, today, years)
    years.sort(key=lambda y: y.start)
    # the years of the asker's own work ("doing a bar chart 2014-2026 and i'm missing 2023, how much did korea pay in
    # 2023"), when the question names others
    own_work = [m.span() for m in _ASKER.finditer(text)]
    if asked_years := [y for y in years if not any(a <= y.start < b for a, b in own_work)]:
        years = asked_years
    span = None
    spans = [(m, tuple(int(g) for g in m.groups() if g)) for m in YEAR_SPAN.finditer(text)
             if not (named_by_years and named_by_years.start() <= m.start() < named_by_years.end())
             and not (asked_years and any(a <= m.start() < b for a, b in own_work))]
    if spans:
        # of a period and the years within it ("a 5% rise from 2027 to 2030, the total for 2026~2030"), the period
        _, (first, last) = next((s for s in spans if all(s[1][0] <= o[0] and o[1] <= s[1][1] for _, o in spans)),
                                spans[0])
        span = (first, last) if first < last else None
    elif (since := _SINCE_YEAR.search(text)) and int(since.group(1)) < today.year and not (
            asked_years and any(a <= since.start() < b for a, b in own_work)):
        span = (int(since.group(1)), today.year)  # "in total since 2019": up to this year
        years.append(YearMention(today.year, since.group(0), len(text), relative=True))
    elif (start := _UP_FROM.search(text)) and len(years) == 1 and int(start.group(1)) < today.year:
        years.append(YearMention(today.year, start.group(0), len(text), relative=True))  # "up from 2025": to this year
    elif (past := _PAST_YEARS.search(text)) and not years:
        # "growth over the past 5 years": from five years ago; "paid over the last 2 years": 2025 and 2026
        counted = not any(CUES[cue].search(text) for cue in ("change", "cagr", "percent_asked", "difference"))
        first = today.year - int(past.group(1)) + counted
        span = (first, today.year) if first < today.year else None
        years += [YearMention(year, past.group(0), past.start(), relative=True) for year in dict.fromkeys((first, today.year))]
    if len({y.year for y in years}) == 1 and (before := _THAN_THE_YEAR_BEFORE.search(text)):
        years.append(YearMention(years[0].year - 1, before.group(0), before.start(), relative=True))  # "than the year before"
    wholes = frozenset(q.start for q in (*money, *headcounts, *years) if _AFTER_OF.search(text, 0, q.start))
    first_named: dict[str, int] = {}
    for m in _GROUP.finditer(text):
        first_named.setdefault("troops" if m.group(1) else "workers", m.start())
    groups = tuple(first_named.items())
    if guessed := _GUESSED.search(text):
        money, percents, headcounts = ([q for q in found if q.start < guessed.start()]
                                       for found in (money, percents, headcounts))
        numbers = find_numbers(text[:guessed.start()], taken)  # "i've seen 932 and 944": no operands either
    def rough(q) -> bool:  # "like 13 pct", "~1.4 trillion", "the 950bn-ish year"
        return bool(_ROUGHLY.search(text, 0, q.start) or _ISH.match(text, q.end))

    if _EXACT_ASKED.search(text):  # "the 2021 bump was like 13 pct?? whats the exact #": a guess, no operand
        money, percents = ([q for q in found if not rough(q)] for found in (money, percents))
    if span or len({y.year for y in years}) >= 2:
        # "went from 920bn in 2014 to the first 1tn+ year in 2019": the mark the year passed, not its amount
        money = [q for q in money if not (_FIRST_PAST.search(text, 0, q.start) or (
            re.search(r"\bfirst\s+$", text[:q.start]) and _PLUS_MARK.match(text, q.end)))]
    if money and any(map(rough, money)) and all(rough(q) or _BOUND.search(text, 0, q.start) for q in money) and (
            span or len({y.year for y in years}) >= 2):
        # "from 2017 to 2021, the 950bn-ish year to ...", "2019 was the first yr over 1tn and 2026 is ~1.52tn":
        # glosses of the years' payments, and a mark one passed, no operands
        money = []
    said = _WHY_ASKING.sub(lambda m: " " * len(m.group(0)), text)  # why the asker asks says nothing of what
    asked = _ASKER.sub(lambda m: " " * len(m.group(0)), said)  # nor do the asker's circumstances
    asked = _GUESSED.sub(lambda m: " " * len(m.group(0)), asked).lstrip()  # (where the question starts, it starts)
    # where a number comes from, in brackets after it ("rose 13% on 2019 (the korean offer reported mid-2020)"), is
    # no measure the question asks about
    asked = _SOURCE_GLOSS.sub(lambda m: m.group(1) + " " * (len(m.group(0)) - len(m.group(1))), asked)
    asked = _ONE_GLOSS.sub(lambda m: " " * len(m.group(0)), asked)  # nor what says which one is meant
    # nor which year of a deal it is ("the 2025 number, last yr of the six-year deal": no term asked)
    asked = _YEAR_OF_DEAL.sub(lambda m: " " * len(m.group(0)), asked)
    # what the question sets aside ("not the signing", "rather than the ratification vote") is not what it asks
    cued = _SET_ASIDE.sub(" ", asked)
    cued = _SIDES_NAMED.sub(" ", cued)  # nor sides named in brackets a comparison ("(korean vs us delegates)")
    # nor is money a fund or drive raised a rise ("how much did the relief fund raise")
    if _COLLECTING.search(cued):
        cued = _RAISED.sub(lambda m: " " * len(m.group(0)), cued)
    if _HOW_MANY.search(cued):  # nor a length of time bounding what is counted ("how many ran more than a year late")
        cued = _DURATION_BOUND.sub(" ", cued)
    cues = {name for name, pattern in CUES.items() if pattern.search(cued)}
    unexplained = _unexplained(text, taken)
    capped = _CAPPED.search(asked) or _MAX_THING.search(asked) or _NAMED_CAP.search(asked)
    if capped and (things := content_words(capped.group(1))) and (capped.re is not _NAMED_CAP or things <= unexplained):
        # "the cap on yearly increases": the cap itself is asked; "the yearly cap on refined petroleum", "a limit
        # on troop numbers", "the refined petroleum cap": a cap on what the SMA's is not on
        if things & _SMA_CAPPED:
            cues.add("cap_on")
        else:
            cues -= {"cap"}
            cues.add("cap_on_other")
    capped_words = content_words(subject.group(1)) if (subject := _IS_CAPPED.search(asked)) else set()
    if {word for word in capped_words - _SMA_CAPPED if not any(ch.isdigit() for ch in word)}:
        # "is the early retirement lump sum capped": a cap on something else (not "is the yearly increase capped")
        cues -= {"cap", "cap_on"}
        cues.add("cap_on_other")
    if difference_as_share := _DIFFERENCE_AS_SHARE.search(cued):
        # "2026 minus 2025, as a percent of 2025": the percentage change; "..., then as a % of 2019": the difference,
        # with the percentage beside it
        cues.discard("share")
        cues |= {"change"} if difference_as_share["then"] else {"change", "percent_asked"}
    if _OTHER_FROZEN.search(cued):
        cues.discard("frozen")  # "how many mule accounts did police freeze": no payment frozen
    if "change" in cues and _WENT_FROM_TO.search(asked):
        cues.discard("share")  # "it went from 920bn in 2014 to 1.0389tn in 2019 - what % is that": the change's
    if percents:
        cues.add("percent_given")
    if repeated := _REPEATED_RISE.search(asked):
        cues.add("same_rise")
    if flat:
        cues.add("every_year")  # no growth, year after year
    if rates:
        cues.add("rate_given")
    agreement = _agreement(text)
    if agreement and agreement.relative == "previous" and terms and agreement.term_years is None:
        agreement = replace(agreement, term_years=int(terms[0].group(1)))  # "the old five-year agreement": of five years
    if agreement:
        cues.add("agreement_ref")
    ordinals = _ordinal_agreements(text)
    if len(ordinals) > 1:
        agreement = ordinals[0]
    # what the last sentence asks, after the context before it ("the funds went through the fed - which bank ...")
    asked_from, asked_to = asked_span(said)  # (not an aside after its question mark: "... ? dont forget the cap")
    asks = "list" if "what_for" in cues else _asks(said[asked_from:asked_to]) or _asks(said) or _thing_asked(
        _after_context(said[asked_from:asked_to])) or (
        "duration" if "claim_tag" in cues and _CLAIMED_LENGTH.search(said) else  # "it lasted a week, right?"
        "payer" if "claim_tag" in cues and _CLAIMED_PAYER.search(said) else None)  # "paid from its own budget?"
    if asks in ("date", "list"):
        cues.add(f"asks_{asks}")
    per_one = _per_one_of(text)  # "avg collected per contractor": per a thing counted, not a contractor's account
    if counted_per := per_counted(text):  # "14 violations ... per violation": a sum over the count stated
        cues.add("per_counted")
    factor, factor_text = _factor(text)
    # "how many employees did usfk have before the furlough": the furlough only dates what is counted
    measure = measure_for(frozenset(cues) - ({"furlough"} if "furlough_as_time" in cues else set()))
    if (turn := _BUT_THEN.search(asked)) and (turned := _measure_said_in(cues, asked[turn.end():])):
        # "the 10th one got initialled in feb 2019, but when was it signed": what follows "but" is asked, not what the
        # statement before it names
        measure = turned
        cues = {n for n in cues if n not in CUES or CUES[n].search(asked[turn.end():]) or not measure_for(frozenset({n}))}
        if turn.start() == 0 and not re.search(r"\d\s*(?:%|percent|pct)", asked[turn.end():]):
            # a claim's "5% cap", before the question, is checked, not used
            cues -= {"percent_given", "percent_word", "cap_stated"}
    if (checked := _CHECKED_AFTER.search(asked)) and (main_measure := _measure_said_in(cues, asked[:checked.start()])):
        measure = main_measure  # "how long does the 11th sma run? it ended 2025 right": its length, the end checked
    if (main_clause := _WHEN_IT_ENDED.sub(lambda m: " " * len(m.group(0)), asked)) != asked:
        # "the furlough began in March when the old deal lapsed": the main clause's measure, when it names one
        measure = _measure_said_in(cues, main_clause) or measure
    if _ASIDE_ASKED.search(said, 0, asked_from) and (
            last_asked := _measure_said_in(cues - {"number_word", "how_much"}, said[asked_from:asked_to])):
        # "isn't that the entire workforce? how many were sent home": the last question's (not "was it like 5 pct??
        # whats the exact number", "is there a ceiling? how much": a number of what the first asked)
        measure = last_asked
    if "cap_on_other" in cues and measure in ("payment_increase_pct", "payment_increase_amount"):
        measure = None  # "by how much did the UN cut the diesel cap": that cap's change, not a payment's
    if measure == "furlough_start" and asks == "number":
        measure = "furloughed"  # "when the furlough started in may 2020, how many were affected": a count, its start a time
    if agreement and measure not in _STEPS:  # "the 11th sma, signed in 2021, set what for 2022": 2022 is asked
        dated = {m.start(1) for m in _STEP_YEAR.finditer(text)}
        years = [year for year in years if year.start not in dated]
    place = _place(text)
    return Frame(
        question=question, text=text, today=today, money=tuple(money), percents=tuple(percents),
        headcounts=tuple(headcounts), numbers=tuple(numbers), dates=tuple(dates), rates=tuple(rates), years=tuple(years), span=span,
        durations=tuple(durations), groups=groups, wholes=wholes, agreement=agreement,
        other_agreements=tuple(ordinals[1:]) if len(ordinals) > 1 else (), stated_term=int(terms[0].group(1)) if terms else None, cues=frozenset(cues), factor=factor, factor_text=factor_text, asks=asks, measure=measure,
        target_unit=_target_unit(text), place=place, korea_listed=bool(place and _KOREA_LISTED.search(text)), injection=bool(_INJECTION.search(text)),
        in_domain=bool(_DOMAIN.search(text)) or measure is not None, unexplained=unexplained, counted=_counted(text),
        per_unit=_per_unit(text, counted_per, per_one),
        amount_of=frozenset(content_words(m.group(1))) if (m := _AMOUNT_OF.search(text)) else frozenset(),
        left_out=tuple(int(m.group(1)) for m in left_out),
        start_said=int(m.group(1)) if (m := _START_SAID.search(text)) else None,
        attributed_to=frozenset(content_words(m.group(1)) - _FRAMING_WORDS) if (m := next(
            (m for m in _ATTRIBUTED_TO.finditer(text) if not (per_one and m.start() == per_one.start())), None))
        and "per_counted" not in cues else frozenset(),  # "14 violations ... per violation": no one's account
        source_named=_source_named(text, known),
        base=m.group(1) or m.group(2) if (m := _BASE.search(text)) else None,
        post=next(g for g in role.groups() if g).lower() if (
            role := ROLE_ASKED.search(text) if asks == "who" else WORDS_ASKED.search(text)) else None,
        given_names=tuple(names for names in (*(frozenset(content_words(normalize(name, known)))
                                                for name in _CAPITALISED_RUN.findall(question)),
                                              *(frozenset(content_words(m["party"])) for m in _PARTY.finditer(text)))
                          if names),
        rise_repeated=int(next(y for y in repeated.groups() if y)) if repeated else None,
        repeats_amount=bool(repeated and _BY_AN_AMOUNT.search(repeated.group(0))),
        said_paid=tuple(m for m in money if any(c.end() - 1 <= m.start <= c.end() + 1 for c in CUES["pays_amount"].finditer(text))),
        preamble=frozenset() if "claim_tag" in cues or _YES_NO.match(said, asked_from, asked_to) else frozenset(
            content_words(said) - content_words(said[asked_from:asked_to])),
    )


# The thing an amount is asked of: "how much interest did the fund earn", "how much revenue did it book" (not money
# itself: "how much cash did seoul hand over")
_AMOUNT_OF = re.compile(r"\bhow much (?!(?:cash|money|funding|funds|dollars|more|less)\b)([a-z]{4,}) (?:did|does|do|was|were|"
                        r"is|are|has|have|had|will|would|could)\b")
# Things an amount is asked per that a document counts, not people or time: "cost per square meter", "per room"
_THINGS_PER = (r"(?:met(?:er|re)|m2|km|kilomet(?:er|re)|mile|ton|tonne|kg|room|bed|unit|seat|vehicle|item|household|"
               r"student|pyeong)s?")
_PER_THING = re.compile(rf"\bper (?:each )?(?:(?:square|sq\.?|cubic) )?({_THINGS_PER})\b")
# What "per" divides by, naming no one's account: "cost per square meter", "per head", "per room"
_PER_UNIT = (rf"(?!\s+(?:square|sq|cubic|{_THINGS_PER}|years?|yrs?|months?|days?|weeks?|hours?|heads?|capita|"
             r"persons?|people|workers?|employees?|soldiers?|troops?|members?|famil\w+|cent|annum|a|an|each|every)\b)")
# Whose account a question asks for: "per NORAD", "according to Yonhap", "citing the defense ministry"
_ATTRIBUTED_TO = re.compile(r"\b(?:per" + _PER_UNIT + r"|according to|citing|as reported by|reported by)\s+"
                            r"(?:the\s+)?((?:(?!(?:in|on|at|"
                            r"about|for|when|after|before|during|was|were|is|did|how|what|and|but|that|which|who)\b)"
                            r"[a-z][\w.'-]*\s*){1,3})")
# A source document the question names as where it read something: "in the gimcheon council brief", "per that seosan
# city newsletter", "the escalator paper argues", "kdi chart book:" or "that blog post converting ..." opening it,
# "..., yeah? the chart book, i mean";
# not "a report" or "my memo", what the answer is for ("for the briefing tomorrow"), nor what is asked about ("who put
# out the 2006 joint statement")
_DOCUMENT_KINDS = (r"(?:paper|study|report|story|piece|article|briefing|brief|book|chartbook|minutes|write-?up|transcript|"
                   r"abstract|memo|release|statement|newsletter|faq|podcast|editorial|op-?ed|letter|survey|poll|explainer|"
                   r"primer|(?:fact ?)?sheet|kit|list|timeline|audit|testimony|interview|speech|deck|document|doc|"
                   r"notice|feature|"
                   r"column|blog|post|readout|bulletin|dispatch|digest|handout|guide|glossary|notes?|tables?|charts?)s?")
_NAMING_WORD = (r"(?:(?!(?:the|a|an|in|on|of|for|to|from|by|with|and|or|at|is|are|was|were|did|does|do|what|how|which|"
                r"who|when|where|why|it|its|their|they|my|our|your)\b)[\w&.'-]+)")
_QUALIFIER = rf"(?:{_NAMING_WORD}\s+)"
_DETERMINER = r"(?:the|that|this|these|those)\s+"
_SOURCE_VERBS = (r"(?:says?|said|puts?|has|had|mentions?|mentioned|reports?|reported|lists?|listed|gives?|gave|notes?|"
                 r"noted|cites?|cited|estimates?|estimated|argues?|argued|shows?|showed|claims?|claimed|runs?|ran|finds?|"
                 r"found|counts?|counted|converts?|converted|uses?|used|quotes?|quoted|calls?|called|tallies|"
                 r"tallied|breaks?|broke|compares?|compared|projects?|projected|writes?|wrote)")
_SOURCE_NAMED = re.compile(
    rf"(?:\b(?:in|from|per|according to|using|based on|via)\s+|[,;:?(\-\u2013\u2014]\s*){_DETERMINER}"
    rf"({_QUALIFIER}{{0,4}}?{_DOCUMENT_KINDS})\b"
    rf"|(?:\b{_DETERMINER}|^)({_QUALIFIER}{{0,4}}?{_DOCUMENT_KINDS})\s+(?=(?:also |just )?{_SOURCE_VERBS}\b)"
    rf"|^(?:{_DETERMINER})?({_QUALIFIER}{{0,3}}?{_DOCUMENT_KINDS})(?:\s+q)?\s*[:,\-\u2013\u2014]"
    rf"|^{_DETERMINER}({_QUALIFIER}{{0,4}}?{_DOCUMENT_KINDS})\s+(?=\w+ing\b)"
    # "the transcript of the state dept background call", "the minutes of the june jc meeting": what they record
    rf"|\b{_DETERMINER}(?:transcript|minutes|summary|record|readout|recording|notes)\s+of\s+(?:{_DETERMINER})?"
    rf"({_QUALIFIER}{{0,4}}?(?:call|meeting|briefing|hearing|session|conference|interview|speech|event|panel|"
    rf"roundtable|seminar|forum|talks|round|audit|review|inspection|vote)s?)\b"
    rf"|\(\s*({_QUALIFIER}{{0,3}}?{_DOCUMENT_KINDS})\b")  # "(bg call transcript, mar 2021)"
# words that name no document of their own: its kind said plainly, what every title here is about, when it came out
_IN_EVERY_TITLE = content_words("sma smas special measures agreement agreements korea korean south us usfk cost "
                                "sharing")
_SOURCE_WORDS_GENERIC = content_words("paper study report story piece article document doc note notes memo post writeup "
                                      "summary excerpt item page text file thing working latest last recent new old "
                                      "first original quick same whole full big main official")


def _source_named(text: str, known: Known | None) -> frozenset[str]:
    """The words of its own a source document is named by ("the gimcheon council brief": gimcheon, council, brief) and
    the year it is of ("the 2023 gallup poll"), when the title or publisher of a document of the knowledge base has
    one of the words ("the mofa spox briefing": a "Press Briefing"), or most words of a title in quotes; none when only
    a year, a month or what every title is about names it ("the 2019 report", "the sma story")."""
    named: set[str] = set()
    for m in _SOURCE_NAMED.finditer(text):
        said = content_words(next(group for group in m.groups() if group))
        named |= {word for word in said - _SOURCE_WORDS_GENERIC - _IN_EVERY_TITLE - _FRAMING_WORDS
                  if word.isalpha() and word not in _MONTH_TERMS or _YEAR_WORD.fullmatch(word)}
    words = frozenset(word for word in named if word.isalpha())  # a year is in many titles: it names none alone
    if known is None:
        return frozenset()
    for m in _QUOTED.finditer(text):  # a title in quotes: "who wrote that 'escalator nobody voted for' op-ed"
        quoted = frozenset(content_words(m.group(0)) - _IN_EVERY_TITLE)
        if len(quoted) >= 2 and 2 * len(titled := known.titled(quoted)) > len(quoted):
            named |= titled
            words |= titled
    return frozenset(named) if words and known.titled(words) else frozenset()


# A base by its name: "camp casey", "fort bragg", "osan air base", "the red cloud garrison" (its name's word)
_NOT_A_BASE_NAME = (r"(?!(?:in|at|on|of|the|a|an|and|or|is|was|were|are|than|that|this|which|what|who|whose|our|their|its|"
                    r"us|usfk|army|main|each|every|any|one|to|for|with|by|from|had|has|have|did|does|do|would|will)\b)")
_BASE = re.compile(rf"\b(?:camp|fort) {_NOT_A_BASE_NAME}([a-z][\w-]+)|"
                   rf"\b{_NOT_A_BASE_NAME}([a-z][\w-]+) (?:air base|air station|garrison)\b")
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
_MONTH_TERMS = content_words(" ".join(MONTH_WORDS))
# The year an agreement is said to start in: "that starts in 2026", "began in 2025", "kicking off jan 1 2026"; not a span
# ("ran from 2020 to 2025": its years, checked as such)
_START_SAID = re.compile(r"\b(?:start(?:s|ed|ing)?|beg(?:an|ins?|inning)|kick(?:s|ed|ing)? off|"
                         r"(?:takes?|took|taking) effect|(?:came|comes?|coming) into (?:effect|force))\s+"
                         r"(?:in\s+|from\s+|on\s+)?"
                         r"(?:jan(?:uary)?\.?\s+1(?:st)?,?\s+)?((?:19|20)\d\d)\b(?!\s*(?:-|–|to|through|thru|until)\s*\d)")
# No growth supposed, a rate of 0%: "if payments stay flat", "vs holding it at the 2026 level", "zero growth"
_NO_GROWTH = re.compile(r"\b(?:stay(?:s|ed|ing)?|kept|keep(?:s|ing)?|held|hold(?:s|ing)?|remain(?:s|ed|ing)?)\s+"
                        r"(?:(?:it|them|payments?)\s+)?(?:flat|frozen|unchanged|the same|level)\b|"
                        r"\b(?:zero|no) growth\b|"
                        # "if we freeze 2027 at 2026 levels", "if 2027 is frozen"
                        r"\bfreez(?:e|es|ing) (?:it|them|(?:the )?payments?|(?:19|20)\d\d)\b|"
                        r"\b(?:is|are|gets?|were|was) frozen\b")
# A past year's rise supposed again: "the same pct as 2021", "rose as much as 2026 did", "repeated the 2021 jump",
# "matches 2019's percentage"; not the same payment ("the same amount as 2026" is no growth)
_RISE_WORD = r"(?:rate|pace|percent(?:age)?|%|rise|increase|growth|bump|jump|raise|hike)"
_RISE_VERB = r"(?:rises?|rose|risen|go(?:es)? up|went up|gone up|climb\w*|increase[sd]?|grow[sn]?|grew|jump\w*)"
_REPEATED_RISE = re.compile(
    rf"\b(?:same|identical|equal)\s+{_RISE_WORD}\s+(?:as|that)\b[^?.;]*?\b((?:19|20)\d\d)\b|"
    rf"\b{_RISE_VERB}\s+(?:by\s+)?(?:the\s+)?(?:same\s+(?:amount|number of won|margin|sum)(?:\s+[a-z]+){{0,3}}?\s+as|"
    rf"as (?:much|fast|steeply|sharply) as)\s+(?:it did\s+)?(?:in\s+)?((?:19|20)\d\d)\b|"
    rf"\b(?:repeat\w*|match\w*|mirror\w*|cop(?:y|ies|ied))\s+(?:the\s+)?((?:19|20)\d\d)(?:'s)?\s+{_RISE_WORD}\b|"
    rf"\b((?:19|20)\d\d)(?:'s)?\s+{_RISE_WORD}\s+(?:repeats|is repeated|recurs|happens again)\b")
_BY_AN_AMOUNT = re.compile(r"\b(?:amount|number of won|margin|sum)\b")
_SET_AGAINST = re.compile(r"\b(?:vs|versus|compared|instead of|rather than)\b")
# An amount said roughly ("like 13 pct", "~950bn") where the exact one is asked: the asker's guess
_ROUGHLY = re.compile(r"\b(?:like|about|around|roughly|approx\w*|rounded)\s+$|~\s*$")
_ISH = re.compile(r"[- ]?\bish\b")  # "950bn-ish", "1.4tn ish" (not "english")
# A mark an amount passed or stayed under, said before it: "the first yr over 1tn", "the last year under"
_BOUND = re.compile(r"\b(?:over|above|under|below|past|more than|less than|top(?:p?ed|ping)?|cross(?:ed|ing)?|"
                    r"exceed(?:ed|ing)?)\s+(?:the\s+)?$")
# A change said as from one amount or year to another ("went from 920bn in 2014 to ... in 2019")
_WENT_FROM_TO = re.compile(r"\b(?:went|go|goes|going|moved?|rose|grew|jumped|climbed) from\b.*\bto\b")
# A year said to be the first past a mark: "the first yr over 1tn", "the first 1tn+ year"
_FIRST_PAST = re.compile(r"\bfirst\s+(?:(?:yr|year)\s+)?(?:(?:it|korea|seoul|the payment)\s+)?(?:over|above|past|topping|"
                         r"topped|to top|crossing|crossed|to cross|passed|exceeded|went over|broke|hit)\s+(?:the\s+)?$")
_PLUS_MARK = re.compile(r"\s*\+")
# The year before the one named, as what it is compared with: "2014's 920bn, how much higher than the year before"
_THAN_THE_YEAR_BEFORE = re.compile(r"\b(?:than|over|on|from|vs\.?|versus) (?:the )?(?:year before|previous year|prior year|"
                                   r"preceding year)\b")
_EXACT_ASKED = re.compile(r"\b(?:exact|actual|precise)\s+(?:(?:19|20)\d\d\s+)?(?:one|number|#|figure|amount|gap|difference|"
                          r"pct|percent|%|value|rate)(?!\w)")
# What a year is described as, between commas: "the 2019 number, the first one over a trillion, ...": no operand
_FIRST_OVER_SAID = re.compile(r",\s*(?:the )?first (?:one |year |time |payment )?(?:over|above|past|to (?:top|pass|exceed|"
                              r"cross))\s+[^,?]*,")
# What a cap or limit is put on ("the cap on refined petroleum imports", "a ceiling on yearly increases", "what
# limit did the council put on fuel"), and what the SMA's cap is on
_CAPPED = re.compile(r"\b(?:caps?|ceilings?|limits?|max(?:imum)?)\b(?:\s+(?!on\b)[\w']+){0,5}?\s+on\s+"
                     r"((?:(?!(?:from|in|into|to|by|under|after|since|per|going|that|set|for)\b)[a-z][\w'-]*\s*){1,3})")
# What a question asks is capped ("is the early retirement lump sum capped", "was the bonus limited")
_IS_CAPPED = re.compile(r"\b(?:is|are|was|were|gets?|got) (?:the |a |an |its |their |this |that )?"
                        r"((?:[\w'-]+ ){0,5}?[\w'-]+) (?:capped|limited)\b")
_SMA_CAPPED = content_words("increases rises raises hikes growth grows payments pays paid contributions share costs "
                            "burden sma spending amount korea seoul yearly annual bill money it inflation cpi possible "
                            "allowed allowable permitted payable total sum figure number rate cap level whole entire")
# A cap named by what it is on ("the refined petroleum cap", "the diesel cap"), not by how it caps ("the hard cap")
_NAMED_CAP = re.compile(r"\b((?!(?:hard|soft|strict|firm|full|whole|entire|top|highest|maximum|max|new|old|current|"
                        r"existing|proposed|original|fixed|automatic|legal|agreed|overall|upper|binding|same|usual)\b)"
                        r"[a-z][\w-]*)\s+caps?\b")
# The most of a thing ("the max range and warhead weight of the Hyunmoo-5", "maximum payment"): what it is of
_MAX_THING = re.compile(r"\bmax(?:imum)?\s+((?!(?:in|for|of|under|at|by|on|to|korea|seoul|the|a|an)\b)[a-z][\w-]*)")
# Cues that say what a question is about, not how it asks: their words stay its topic ("how many civilians died")
_TOPICAL_CUES = ("casualties", "aid", "korean_troops", "first_over", "economy", "measure_asked", "rate_by_agent",
                 "grade_pay", "not_so", "of_those_named")
# Words that frame a question without saying what it is about.
_FRAMING_WORDS = content_words(
    "according say says said saying report reports reported reporting source sources roughly approximately about around "
    "exact exactly precisely just only still also really actually right know tell me please give show get got go going "
    "headline set sets "
    "went come doing worth "
    "take takes took taken taking make makes made making have has had do does did done keep kept put puts rest gets "
    "number amount figure sum total count tally value size big large high much many long ago time times year years "
    "bn tn mn billion billions trillion trillions million millions "
    "month day date "
    "today now currently current currently latest recent recently ever yet again other another same new old "
    "south korea korean koreans us u.s america american americans united states seoul washington government country "
    "side sides both two allies ally think want wanted need needed exist exists existing happen happened "
    # how and when something was said or done ("in his Chicago remarks", "in the spring of 2020"), not what about
    "remark remarks comment comments speech speeches interview rally event then-candidate candidate placed "
    "spring summer autumn winter january february march april june july august september october november december "
    "your mean means meant meaning "
    "cover covers covered covering fund funds funded funding bear bears shoulder shoulders "  # verbs of paying
    # chat around the question ("hey, someone brought up Japan; ballpark is fine")
    "hey hi hello ok okay someone somebody anyone anybody our ours ballpark fine guess wonder wondering trying quick one re "
    "ones everyone everybody colleague colleagues coworker coworkers boss intern interns well "
    "stay stays stayed "
    "bring brought once toward towards like actual back against alone besides apart guy guys during through remind fair already thing things stuff "
    "weaken weakens weakened weakening strengthen strengthens strengthened strengthening "  # the won against the dollar
    "hook "  # "on the hook for": liable
    "ended standoff stalemate deadlock "  # "ended up on unpaid leave during the 2020 standoff": when, not what
    "sanity check checking "  # "quick sanity check: 2026 is 8.3% over 2025, yes?"
    # "so it's basically his deal", "settled pretty much everything except cost", "go up a little bit", "is it true"
    "basically pretty everything except bit little true "
    # asking to work something out, and when or why ("for historical context, in calendar year 2013")
    "calculate calculation compute possible possibly calendar context historical arrangement "
    "math maths arithmetic using "  # "quick math, using the podcast's breakdown: ..."
    "slide slides bullet bullets "  # "slide bullet pls: korea's 2019 payment"
    # how the asker came by what they read ("the writeup a friend forwarded", "dm'd me a screenshot")
    "forward forwards forwarded forwarding skim skims skimmed skimming screenshot screenshots dm dms dm'd dmed "
    "friend friends writeup writeups "
    # what the asker heard or saw, or thought was so ("heard the chair race goes to a runoff", "i saw the coalition
    # met outside", "who else was on the team")
    "hear heard hearing saw suppose supposed supposedly else")
# The asker's own circumstances and purpose ("when I brief the new interns", "I'm putting together a timeline",
# "trying to guess the 2030 payment"), and what a year is remembered by: not what the question is about
# Why the asker asks, said after the question: "...? spans three agreements which is why i'm asking"
_WHY_ASKING = re.compile(r"(?<=[.?!;] )[^.?;!]*\b(?:which|that)(?:'s| is) why (?:i|we)(?:'m| am|'re| are)? ask\w*\b")
_ASKER = re.compile(r"\b(?:when|so|as|because|since|before|while) (?:i|we)\b(?:(?!\s[-–—]\s)[^,.?;!])*|"
                    # the asker's work or an apology before the question: "context: drafting talking points for the
                    # visit.", "writing a one-pager:", "sorry if this is basic but"
                    r"^(?:(?:quick |some |for )?(?:context|background)\s*[:-]\s*)?(?:drafting|writing|prepping|preparing|building|assembling|"
                    r"putting together|working on|updating|reviewing|compiling|doing|making)\b[^.?!:]*?"
                    r"(?:[.!:]|\s[-–—]\s|,\s(?=(?:so |and )?(?:what|how|when|which|who)\b))|"
                    r"^(?:quick |some |for )?(?:context|background)\s*[:-][^.?!]*[.!]|^(?:sorry|apologies)\b[^,?]*?\bbut\b|"
                    # whose question it is, before it: "hr side question:", "budget q -"
                    r"^(?:[\w/&'-]+ ){0,4}(?:question|q|qq)\s*[:\-\u2013\u2014]|"
                    r"\bsorry if (?:this is |it's |its )?(?:dumb|basic|stupid|obvious|a dumb \w+|a basic \w+)\b:?|\b(?:i|we)(?:'m| am|'re| are)? "
                    r"(?:brief\w*|writ\w+|draft\w*|putting together|prepar\w+|updating|building|compiling|assembling|"
                    r"working on)\b(?:(?!\s[-–—]\s)[^,.?;!])*|"
                    r"\b(?:should|do|shall) (?:i|we) (?:be )?(?:us(?:e|ing)|cite|quote|trust|go with)\b|"
                    r"\b(?:that |which )?every(?:one|body) uses\b|"
                    r"\bcould you confirm\b|\b(?:nothing (?:fancy|complicated)|keep it simple)\b|"
                    # "bottom line in the judgment": the outcome asked, in the asker's idiom
                    r"\b(?:(?:the )?bottom line|in a nutshell|long story short|tl;?dr)\b|"
                    r"\banywhere\b(?! near)|"  # "is there a 2028 figure anywhere yet"
                    # what the asker, or someone they know, wants to do: "i want to know", "my director wants to see",
                    # "our intern wants to apply" (no demand in the talks)
                    r"\b(?:i|we)(?:'d| would| really| just)? want(?:s|ed)?\b(?: to (?:know|see|check|confirm|be sure))?|"
                    r"\bwant(?:s|ed)? to (?:know|see|check|confirm|double-check|sanity[- ]check|verify|go|apply|attend|sign up|register|"
                    r"cite|quote|use|understand|learn|read|be sure|make sure)\b|"
                    # someone asking the asker: "legal is asking -", "my boss keeps asking:" (not "asking for $5bn")
                    r"\b(?:is|are|was|were|keeps?|kept|been) asking\b(?=\s*(?:[-–—:,.?!]|$|\s(?:me|us|about|if|whether)\b))|"
                    # "... but want the exact one", "i need the precise figure": how exact, not a demand
                    r"\b(?:(?:i|we|but|just|and) )+(?:want|need)\w* (?:the |an? )?(?:exact|precise|actual|official|"
                    r"specific|accurate)(?: (?:one|number|figure|amount|value))?\b|"
                    r"\bfor (?:the|my|our|a|an) (?:[\w-]+'s )?(?:[\w-]+ (?:of (?:the |my |our |a |an )?)?){0,2}(?:timeline|"
                    r"records?|memo|memorandum|notes|files?|deck|slides?|brief\w*|report|newsletter|article|presentation|"
                    r"hearing|"
                    r"readout|intro|introduction|one-?pager|talking points|email|cable|remarks|summary|update|"
                    r"write-?up|backgrounder|explainer|primer|op-?ed|speech|testimony|agenda|piece|story|tables?|"
                    r"charts?|graphs?|spreadsheets?)\b|"
                    # the asker's own papers ("my notes have the 2022 rise as 5.4%"): no source to search
                    r"\b(?:my|our) (?:own )?(?:notes?|memo(?:randum)?|draft|spreadsheet|sheet|table|chart|slides?|deck|"
                    r"files?|brief|one-?pager|talking points)\b"
                    r"(?: (?:has|have|had|says?|said|shows?|showed|puts?|lists?|listed|gives?|gave))?|"
                    # sources said to disagree: "but another source says different", "other reports have it otherwise"
                    r"\b(?:but |while |and )?(?:an|the )?(?:other|second|different) (?:source|report|outlet|article|"
                    r"paper|table|chart|site|doc\w*)s? (?:says?|said|has|have|had|gives?|shows?|puts? it)"
                    r"(?: it)? (?:different(?:ly)?|otherwise|something else|another (?:number|figure|amount))\b|"
                    # who made the claim checked, and the asker's doubt ("colleague wrote ... in the draft, pretty sure
                    # that is wrong?")
                    r"\b(?:a |my |our )?(?:colleague|coworker|co-worker|boss|someone|somebody|intern|staffer|aide|"
                    r"human resources)s? "
                    r"(?:wrote|writes|put|puts|has|had|said|says|thinks|claims|insists|"
                    r"keeps? (?:saying|telling (?:me|us)))\b|"
                    r"\b(?:in|on) the draft\b|"
                    # a paper of theirs making the claim ("the intern's memo says", "my colleague's slide has"), and
                    # what the asker will do with it ("or do i send it back")
                    r"\b(?:the |an? |my |our )?(?:intern|colleague|coworker|co-worker|boss|staffer|aide|someone)'s "
                    r"(?:memo(?:randum)?|draft|notes?|email)\b"
                    r"(?: (?:has|have|had|says?|said|shows?|showed|puts?|lists?|gives?|gave))?|"
                    r"\b(?:do|should|shall) (?:i|we) (?:send|kick|bounce|hand|give) it back\b|"
                    r"\b(?:i'm |im |i am )?pretty sure (?:that|it|this)(?:'s| is|s)? (?:wrong|off|not right|incorrect|"
                    r"a (?:typo|mistake))\b|"
                    # "pretty sure 2024 came in around 1.3tn": how sure the asker is of the claim that follows
                    r"^(?:i'm |im |i am )?(?:pretty|fairly|quite|almost) (?:sure|certain)\b(?: that\b)?|"
                    # "..., felt like 100", "but that feels high to me": how it seemed to the asker
                    r"(?<=[,;.?!-] )(?:it )?fe(?:lt|els) like\b[^,.?;!]*|"
                    r"\b(?:but )?(?:that|this|it) (?:feels|seems|sounds|looks) (?:high|low|off|wrong|too \w+|a bit \w+)\b"
                    r"[^,.?;!]*|"
                    # what the answer is to do ("to fill the hole in my chart", "need it rn", "need it for the timeline")
                    r"\bto (?:fill|plug|finish|complete|update|populate|round out)\b[^,.?;!]*|"
                    # "filling in a table and that's the one missing": what the asker is doing, and what it lacks
                    r"\b(?:filling|plugging) in\b[^,.?;!]*|\b(?:that|it)(?:'s| is|s) the (?:one )?missing(?: one)?\b|"
                    r"\b(?:i )?need (?:it|this|that) (?:rn|right now|now|asap|today|tonight|for [^,.?;!]*)\s*[.!?]*$|"
                    # who asks, said first: "intern q", "quick q from the desk"
                    r"^(?:intern|newbie|dumb|quick|silly|basic) q\b:?|"
                    # "human resources here:", "hr team asking -", "labor desk:", "HR side:": who asks, said first
                    r"^(?!(?:what|how|when|who|which|why|where)\b)(?:[\w-]+ ){0,2}?(?:(?:team|desk|office|shop|unit|side)"
                    r"(?: here| asking)?|[\w-]+ (?:here|asking))\s*[:,–—-]|"
                    # "my director wants (to know) ...": who asks, not what (the rest is the question)
                    r"\b(?:(?:the|my|our) )?(?:committee|boss|director|team|office|chief|editor|manager|principal|desk|"
                    r"folks|deputy|supervisor|front office|chief of staff) "
                    r"(?:wants|needs|asked|is asking|would like)(?: (?:to know|to see|to have|to get|me to \w+))?\b"
                    # ... and the paper they want ("wants the full 2019-2026 series on one slide"): its years, not asked
                    r"(?: (?:the|a|an) [^,.?;!]*?\b(?:series|run|table|chart|timeline|list)\b"
                    r"[^,.?;!]*?(?= and\b|\s[-–—]|[,.?;!]|$))?|"
                    # what the asker lacks: "and i cant find 23 anywhere", "i'm missing 24"
                    r"\b(?:(?:i|we) (?:can'?t|cannot|couldn'?t|could not) find|"
                    r"(?:i'm|im|i am|we're|we are) missing)\b[^,.?;!]*|"
                    # "...? trying to guess ...", "what was korea's gdp in 2024, trying to put the payment in context"
                    r"(?<=[.?!;,] )(?:(?:i|we)(?:'m| am|'re| are) )?(?:just )?trying to\b[^,.?;!]*|"
                    # what the asker says after the question of what they saw, know, lack or need ("...? i keep
                    # hearing different numbers", "(i know it was a projection)", "cant find it", "need it by noon")
                    r"(?:(?<=[.?!;] )|(?<=\())(?:(?:yes|yeah|yep|ok|okay|sure),? )?"
                    r"(?:(?:i|we) (?:keep (?:seeing|hearing|getting)|know|(?:just )?need|want|(?:have |'ve )?(?:seen|heard))\b|"
                    r"(?:(?:i|we)(?:'m| am|'re| are) )?asking (?:for|because|bc|since)\b|"
                    r"(?:(?:i|we) )?(?:can'?t|cannot|couldn'?t|could not) find\b|(?:need|want) (?:it|this|that|more|to)\b)"
                    r"[^.?;!)]*|"
                    r"\b(?:some(?:one|body)|people|they) (?:[\w-]+ ){0,3}(?:is|are) asking\b|"  # "someone upstairs is"
                    # "...? checking before the briefing", "...? double checking before i hit send": why it is asked
                    r"(?<=[.?!;] )(?:(?:just|only) )?(?:double[- ]?|triple[- ]?)?(?:checking|confirming|verifying)\b"
                    r"[^.?;!]*|"
                    r"\b(?:they|people|someone|somebody|he|she|my boss|the boss)(?:'ll| will| may| might| could| would)? "
                    r"(?:ask|asks|asked)\b(?: (?:in|at|during|on) [^,.?;!]*)?|"  # "they'll ask how much", "someone asked in the mtg"
                    # a year described after it ("in 2020, the year talks dragged on"; "2019 - when trump ...")
                    r"(?<=\d\d)(?:,| -| –| —|—|–)\s*(?:the year|back when|when|a year when)\b[^,.?;!-]*")
# What someone around the asker guesses the answer is, in the question's last clause ("..., in won? my boss thinks
# it's about 200 billion"): its amounts are no operands
_GUESSED = re.compile(r"(?<=[.?!;,-] )(?:(?:my|our|the|a) )?(?:boss|colleague|team|director|manager|chief|editor|office|sup|"
                      r"supervisor|lead|"
                      r"someone|somebody|people|everyone|he|she|they|i|we)\b(?:'ve|'d)?(?: [\w-]+)? (?:thinks?|thought|reckons?|"
                      r"reckoned|figures?|figured|guess(?:es|ed)?|believes?|believed|heard|says|said|assumes?|assumed|"
                      r"seeing|hearing|see|saw|seen|hear)\b"
                      r"(?:[^.?;!]|\.(?=\d))*[.?!]*$|"
                      # "... ? saw it quoted like 70 pct", "read it was around 70 pct": what the asker saw, said shortly
                      r"(?<=[.?!;,-] )(?:saw|seen|read|heard)\b(?:[^.?;!]|\.(?=\d))*[.?!]*$|"
                      # "...? the vote was end of nov i think": the asker's own recollection after the question
                      r"(?<=[.?!;,-] )[^.?;!]*\b(?:i think|i believe|i guess|i reckon|iirc)\s*[.?!]*$|"
                      # "... at 1,339.64 won/$ is that like 87m or am i off": the asker's guess, checked
                      r"\bis (?:that|it) (?:like|about|around|roughly|approx\.?) (?:[^.?;!]|\.(?=\d))*?"
                      r"(?:,? or (?:am i|is that|are we) (?:off|wrong|way off|close)\b[^.?;!]*)?[.?!]*$|"
                      # "..., pretty sure its 1.2tn ish": the asker's own guess after the question
                      r"(?<=[.?!;,-] )(?:(?:i'?m|i am) )?(?:pretty |fairly |quite |almost )?(?:sure|certain)\b"
                      r"(?:[^.?;!]|\.(?=\d))*[.?!]*$")
# A difference said as a part of one of its amounts: "2026 minus 2025, as a % of 2025"
_DIFFERENCE_AS_SHARE = re.compile(r"\b(?:minus|difference|gap)\b[^?.;]*?(?P<then>\bthen )?\bas an? "
                                  r"(?:%|percent(?:age)?|share|proportion) of\b")
# Things frozen that are not a payment: accounts, assets, hiring
_OTHER_THINGS_FROZEN = r"(?:(?:bank |mule )?accounts?|assets?|cards?|hiring|recruit\w*)"
_OTHER_FROZEN = re.compile(rf"\b{_OTHER_THINGS_FROZEN}\b[^.?!;]{{0,40}}\b(?:frozen|froze|freeze)\b|"
                           rf"\b(?:frozen|froze|freeze)\s+(?:[\w-]+\s+){{0,2}}{_OTHER_THINGS_FROZEN}\b")
# Words in brackets saying which one is meant ("what % was it (the one matched to the 2021 defense budget)"): neither
# its years nor its words are what is asked
# Which year of a deal one is: "last yr of the six-year deal", "the first year of the 10th sma"
_YEAR_OF_DEAL = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|[1-6](?:st|nd|rd|th)|last|final|opening|closing)\s+"
                           r"(?:yr|year)\s+(?:of|in|under)\s+(?:the\s+|that\s+)?"
                           r"(?:[\w-]+\s+){0,2}?(?:deal|agreement|sma|pact|accord)\b")
_ONE_GLOSS = re.compile(r"\((?:the|that) one\b[^()]*\)|\((?:i\.?e\.?|aka)\b[^()]*\)", re.I)
# Words in brackets after a number (and its unit) saying what it is or where it comes from ("(the korean offer
# reported mid-2020)", "1,120 won per dollar (approx the avg that year)")
_SOURCE_GLOSS = re.compile(r"(\d%?(?:\s+(?:won|dollars?|usd|krw|percent)(?:\s+(?:per|to|a)\s+(?:the\s+)?(?:dollar|usd|year))?)?)"
                           r"\s*\((?:(?:approx\.?|approximately|about|roughly|around)\s+)?(?:the|a|an|which|what|as|per|"
                           r"i\.e\.,?)\s+[^()?]*?\s[^()?]*?\s[^()?]*\)")
# An amount in brackets that glosses what the question names ("2026 (the 1,519bn-ish one)", "(use the 960.2bn
# one)"): the recorded amount said again, no operand of its own
_GLOSS = re.compile(r"\((?:the |use the |i\.?e\.?,? |aka |about |approx\.? |approximately |~)?[$₩]?\d[\d,]*(?:\.\d+)?\s*"
                    r"(?:bn|billion|tn|trillion|mn|million|b|m|t)\b[^()]*\)")
# A year a sum or an average is to leave out: "skip 2016 if unsure", "excluding 2016", "not counting 2016"
_LEFT_OUT = re.compile(r"\b(?:excluding|excl\.?|except(?: for)?|skip(?:ping)?|leav(?:e|ing) out|not counting|"
                       r"omit(?:ting)?) (?:the )?((?:19|20)\d\d)\b")
# A length of time what is counted is more or less than, not compared: "how many projects ran more than a year late"
_HOW_MANY = re.compile(r"\b(?:how many|number of)\b")
_DURATION_BOUND = re.compile(r"\b(?:more|less|longer|fewer) than (?:a|an|one|two|three|four|six|\d+) "
                             r"(?:years?|months?|weeks?|days?)\b(?! ago| earlier| before| later)")
# What a question sets aside: "not the signing", "not the initialling in february", "rather than the vote", "headcount
# not payroll", a year left out; and a round that only dates what is asked ("in the 2019 round ... the us wanted")
_SET_ASIDE = re.compile(r"\b(?:not|rather than|instead of|other than|besides|beyond|apart from|aside from|"
                        r"(?:do not|don't|dont) need) (?:the|an?|its|their) "
                        # "not the feb initialling": a month or a year said of it; "beyond the dollar amount"
                        r"(?:(?:" + "|".join(sorted(MONTH_WORDS)) + r"|(?:19|20)\d\d)\.? )?"
                        r"(?:(?:dollar|won|headline|total|actual) )?[\w-]+|"
                        r"\bnot (?:as |in )?(?:an? |the )?(?:%|pct\b|percent\w*)|"  # "in won, not as a percent", "not %"
                        + _LEFT_OUT.pattern + "|"
                        r"(?<=[a-z] )(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bdid )(?<!\bdo )(?<!\bdoes )"
                        r"(?<!\bhas )(?<!\bhad )(?<!\bhave )(?<!\bbe )(?<!\bbeen )not [\w-]+(?=\s*[?.!]*\s*$)|"
                        r"\b(?:in|at|during) the (?:[\w-]+ ){0,2}(?:round|session)\b(?! of\b)")
# A statement the asker checks after the question ("...? it ended 2025 right", "... - it ran till 2018 didn't it")
# Two sides named in brackets, with no amount: "the role play (korean vs us delegates)"
_SIDES_NAMED = re.compile(r"\([^()\d]*\b(?:vs\.?|versus)\s[^()\d]*\)")
# Money collected, not a rise: "how much did the relief fund raise", "the drive ... how much did it raise", "money
# was raised", "raise money for the workers"
_COLLECTING = re.compile(r"\b(?:fund|drives?|campaigns?|appeals?|fundraisers?|fundraising|collections?|donations?|"
                         r"charit(?:y|ies)|crowdfund\w*)\b|\bmoney (?:was |were |got |being )?raised\b|"
                         r"\brais(?:e[sd]?|ing) (?:\w+ ){0,2}?(?:money|funds|donations)\b")
_RAISED = re.compile(r"\b(?<!the )(?<!a )(?<!\d )rais(?:e[sd]?|ing)\b")  # the verb (not "the 2019 raise")
_CHECKED_AFTER = re.compile(r"(?:[?;]|\s[-–—]|,)\s+[^?;]*?\b(?:right|correct|true|(?:didn'?t|isn'?t|wasn'?t|doesn'?t|"
                            r"(?:did|is|was|does) not) (?:it|that|they))\s*\??\s*$")
# A clause dating the question's event by an agreement's end ("the furlough began in March when the old deal
# lapsed"): not what is asked, unless nothing else is
_WHEN_IT_ENDED = re.compile(r"\b(?:when|after|because|as|once) (?:the |its |our )?[^,.?;!]{0,30}?\b(?:deal|agreement|sma|accord|"
                            r"pact|contract)s? (?:had )?(?:lapsed|expired|ended|ran out)\b|"
                            r"\b(?:during|in|amid) (?:the |that )?(?:(?:19|20)\d\d )?(?:deal|agreement|sma|accord|pact) "
                            r"(?:lapse|gap|expiry)\b")  # "during the sma lapse"
_PART_OF = re.compile(rf"\b(?:early|mid|late)[- ](?:{MONTH}|(?:19|20)\d\d)")
_EXPLAINED = [_ASKER, _GUESSED, _PART_OF, _ISH] + [pattern for name, pattern in CUES.items() if name not in _TOPICAL_CUES] + [
    pattern for _, pattern in _ASKS] + [
    _AGREEMENT_ORDINAL, _AGREEMENT_RELATIVE, _AGREEMENT_ENDING, _AGREEMENT_YEARS, _AGREEMENT_TERM, _POSITION, _RELATIVE_YEAR, _DOMAIN]


def _unexplained(text: str, taken: list[tuple[int, int]]) -> frozenset[str]:
    """The question's words outside every cue, quantity, agreement reference and subject word (and outside what the
    asker adds after the question mark)."""
    spans = list(taken) + [(asked_span(text)[1], len(text))]
    for pattern in _EXPLAINED:
        spans += [m.span() for m in pattern.finditer(text)]
    kept = "".join(" " if any(a <= i < b for a, b in spans) else ch for i, ch in enumerate(text))
    words = content_words(kept) - _FRAMING_WORDS - SUBJECT_TERMS
    # a phrase in quotes names what is asked about ("what does 'cost plus 50' mean")
    words |= content_words(" ".join(m.group(0) for m in _QUOTED.finditer(text))) - _FRAMING_WORDS
    return frozenset(word for word in words if not word.replace("-", "").isdigit())  # nor "2027-2030", a span


# The year whose inflation the rule uses ("inflation two years earlier", "cpi from 2 years before")
_RULE_LAG = re.compile(r"\b(?:inflation|cpi|consumer prices?)\b[^.?;]{0,20}?\b(2 years (?:earlier|before|prior))\b")
# A source dated by the year it came out ("per the nov 2025 fact sheet", "in the 2019 gao report", "from the june 2022
# jc record"): no year asked about
_SOURCE_DATED = re.compile(rf"\b(?:(?:from|in|per|of|by) |(?=\w+ (?:{MONTH} )?(?:19|20)\d\d(?: [\w-]+)? \w+(?: \w+)? "
                           rf"{_SOURCE_VERBS}\b))"  # "the nov 2025 fact sheet says ...": the one saying it
                           rf"(?:the|a|an|that|this) (?P<year>(?:{MONTH} )?(?:19|20)\d\d)(?: [\w-]+)? "
                           r"(?:fact ?sheet|report|statement|article|release|briefing|memo(?:randum)?|study|survey|"
                           r"paper|op-?ed|speech|interview|hearing|testimony|record|minutes)\b")
# What a year is likened to: "had grown 13.9% like 2021", "as in 2019"
# A year whose prices are meant, not its payment ("the 2025 cpi", "2025's inflation figure")
_PRICES_OF = re.compile(r"(?:'s)? (?:korean )?(?:cpi|inflation|consumer prices?)\b")
_LIKENED_TO = re.compile(r"\b(?:like|as in|as it did in|the same as(?: in)?)\s+$")
# The words after "how many" or "number of" (not "how many of the workers": a part of them)
_KILLED = terms("killed")[0]
# A count asked by what it counts, named before "count" or "tally" ("the yes/no vote count", "the crowd tally")
COUNT_BY_NOUN = r"\b(vote|head|crowd)s? (?:count|tally)\b"
_COUNT_OF = re.compile(r"\b(?:how many|number of)\s+(?!of\b)((?:[a-z][\w'-]*\s*){1,5})|" + COUNT_BY_NOUN)
_SHARE_OF_THINGS = re.compile(r"\b(?:share|percent(?:age)?|%|proportion|fraction|portion) of (?:the |all |its |their )?"
                              r"((?:[a-z][\w'-]*\s*){1,5})")


# The average size of like things ("the avg grant size", "average value of a contract"): a sum per one of them; not
# of a payment or its rise, which the table records by year
_AVERAGE_THING = re.compile(r"\b(?:average|avg|mean|typical) (?:(?:size|value|amount) of (?:an? |the |each )?"
                            r"(?!(?:payment|contribution|increase|rise|year)s?\b)([a-z]+)|"
                            r"(?!(?:annual|yearly|payment|contribution|increase|rise)s?\b)([a-z]+) "
                            r"(?:size|value|amount)|"
                            # "the average value per in-kind construction contract awarded last year"
                            r"(?:size|value|amount) per (?:[a-z-]+ ){0,2}?(?!(?:year|month|day|person|head|soldier|"
                            r"troop|worker|employee)s?\b)([a-z]+)(?=\s+(?:awarded|signed|let|issued|made|in|for|"
                            r"last|this|over|during)\b|\s*[?.,;:!)(]|$))\b")


# "Per" one of some things, the phrase ending after it ("avg collected per contractor?", "per korean employee
# roughly"): not a length of time (a span is averaged per year), nor whose account ("per the audit", "per kim's memo")
_PER_ONE = re.compile(r"\bper (?!(?:the|that|this|these|those|its|their|his|her|our|my|your|a|an)\b)(?:[a-z]+ )?"
                      r"(?!(?:year|yr|month|week|day|hour|annum|cent|capita)s?\b)([a-z]{3,})\b(?!')"
                      r"(?=\s*(?:[?.,;:!)]|$)|\s+(?:in|for|over|across|on|at|roughly|approx\w*|pls|please|then|and|or)\b)")
# An amount asked as an average in words the "mean" cue does not read ("averaged per subcontractor"), or as what a
# sum "comes to" or "works out to" per one
_AVERAGED = re.compile(r"\baverage[ds]\b|\bto per\b")


# Each one of those counted ("each of them", "each person"): what a count is asked per
_EACH_ONE = re.compile(r"\beach (?:of them|of those|one|person|individual)\b|\bper person\b")
# The thing an amount is asked per when it is each one of those a document counts, whoever they are
PERSON = "person"


def _per_one_of(text: str) -> re.Match[str] | None:
    """Where an average is asked per one of some things a document may count, any a dictionary has ("avg collected
    per contractor", "what does that work out to per korean employee"), or None: a name after "per" is whose account
    it is ("avg payment per mofa")."""
    if not (CUES["mean"].search(text) or _AVERAGED.search(text)):
        return None
    return next((m for m in _PER_ONE.finditer(text) if is_english(terms(m.group(1))[0])), None)


# What an amount is divided by, counted ("divide by the # of employees paid late"): the thing it is asked per, and
# the words that say which of them
DIVIDED_BY = re.compile(r"\b(?:divid\w*|split)\s+(?:[\w']+\s+){0,6}?(?:by|over|among|between)\s+(?:the\s+|all\s+)?"
                        r"(?:number|count|#) of\s+((?:[a-z][\w'-]*\s*){1,4})")


def _per_unit(text: str, counted: tuple[str, Decimal] | None, per_one: re.Match[str] | None) -> str | None:
    """The thing an amount is asked per, stemmed ("what did it cost per square meter": "meter"; "the avg grant
    size": "grant"; "divided by the number of staff": "staff"; "14 violations ... per violation": "violat", the thing
    `per_counted` read; "avg collected per contractor": "contractor", the thing `_per_one_of` read), or None."""
    if m := DIVIDED_BY.search(text):
        return terms(m.group(1))[0]
    if m := _PER_THING.search(text) or _AVERAGE_THING.search(text):
        return terms(next(group for group in m.groups() if group))[0]
    if counted:
        return terms(counted[0])[0]
    if per_one:
        return terms(per_one.group(1))[0]
    # "how many overtime hours did each of them put in": a count asked of each one of those a document counts
    return PERSON if _EACH_ONE.search(text) and _counted(text) else None


# A sum asked per one of the things the question counts ("14 violations ... per violation", "eight rounds ... per
# round"); not per a length of time, per person or per a currency, read elsewhere, nor "per the report"
_PER_COUNTED = re.compile(r"\bper (?:each )?(?!(?:year|month|week|day|hour|head|person|people|capita|cent|annum|worker|"
                          r"soldier|troop|employee|member|family|dollar|won|usd|krw|yen|euro)s?\b|(?:the|that|this|"
                          r"these|those|its|their|his|her|our|my|your)\b)([a-z]{3,})\b")


def per_counted(text: str) -> tuple[str, Decimal] | None:
    """The thing a sum is asked per and the question's count of it ("14 violations ... per violation": "violation",
    14), or None when it counts none."""
    if (m := _PER_COUNTED.search(text)) and (count := _counted_in(text, m.group(1))) is not None:
        return m.group(1), count
    return None


def _counted_in(text: str, noun: str) -> Decimal | None:
    """The number a question counts a noun with ("14 safety violations": 14 of "violation"; "all eight rounds": 8),
    or None."""
    plural = rf"{re.escape(noun)}(?:s|es)?" if not noun.endswith("s") else re.escape(noun)
    words = "|".join(NUMBER_WORDS)
    m = re.search(rf"\b(\d[\d,]*|{words})\s+(?:[a-z][\w-]*\s+){{0,3}}{plural}\b", text, re.I)
    if m is None:
        return None
    return Decimal(NUMBER_WORDS.get(m.group(1).lower(), 0) or m.group(1).replace(",", ""))


def _counted(text: str) -> tuple[str, ...]:
    """What a count is asked of, from the words after "how many" or "number of" ("how many korean civilians":
    "civilian"), or after "share of" when it is asked by count ("what share of the contracts (by count)"), and
    whether of the dead or hurt ("how many soldiers died": "soldier" and "kill", not the soldiers stationed)."""
    divisor = DIVIDED_BY.search(text)  # (not what an amount is divided by: "divide by the number of employees")
    m = next((m for m in _COUNT_OF.finditer(text) if not (divisor and divisor.start() <= m.start() < divisor.end())),
             None) or (_SHARE_OF_THINGS.search(text) if CUES["by_count"].search(text) else None)
    # (a noun before "count" is said in the singular: "the vote count" counts votes)
    noun = (counted_noun(m.group(1)) if m.group(1) else counted_noun(f"{m.group(2)}s")) if m else None
    return (*([noun] if noun else []), *([_KILLED] if CUES["casualties"].search(text) else []))


_QUOTED = re.compile(r'"[^"]+"|(?<!\w)\'[^\']+\'(?!\w)')
# A document's title in quotes, named by its kind after it ("the '1.8 trillion by 2028' story"): what it says states no
# amount or year of the question's own
_TITLE_IN_QUOTES = re.compile(rf"(?:{_QUOTED.pattern})\s+{_DOCUMENT_KINDS}\b")
# Two or more capitalised words in a row, not the first of the question: a name it gives ("the SS Lane Victory")
_CAPITALISED_RUN = re.compile(r"(?<=[\w,;:] )[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+")
# Who a number is asked of, said as a name ("how much did hanwha get", "how many tanks did the brigade lose"): like a
# name in capitals, some source must mention it
_PARTY = re.compile(r"\bhow (?:much|many(?: \w+)?) (?:money )?(?:did|does|do|will|would|has|have|had) (?:the )?"
                    r"(?P<party>[a-z][\w'-]*) (?:get|got|gotten|receive|received|win|won|earn|earned|make|made|invest|"
                    r"invested|spend|spent|raise|raised|pay|paid|owe|owed|offer|offered|lose|lost|contribute|"
                    r"contributed|collect|collected)\b")


SUBJECT_TERMS = content_words(" ".join(DOMAIN_WORDS))


_YEARS_AGO = re.compile(r"\b(\d{1,2}) years? (ago|back|before now|earlier|from now|later)\b")
_PAST_YEARS = re.compile(r"\b(?:over |in |during )?the (?:past|last|previous) (\d{1,2}) years\b")  # ("five": 5 by now)
# A change from one year, to none said: "how much did it go up from 2025", "the rise since 2019 in percent"
_UP_FROM = re.compile(r"\b(?:up|rise|rose|risen|grow|grew|grown|increased?|changed?|climbed?|jump(?:ed)?)\s+(?:from|since)\s+"
                      r"(19[5-9]\d|20[0-4]\d)\b(?!\s*(?:to|through|thru|till|until|and|-)\b)")
_SINCE_YEAR = re.compile(r"\bsince (?:the (?:start|beginning) of )?(19[5-9]\d|20[0-4]\d)\b")
_GROUP = re.compile(r"\b(troops?|soldiers?|service ?members?|servicem[ae]n|gis)\b|\b(workers?|employees?|staff|workforce|nationals)\b")
# "of" after a share word, "out" or a number, and at most two words before a quantity: "share of the $5bn ask",
# "percent of this year's payment", "4,000 of 9,000"; not "a furlough of about 4,000 people".
_AFTER_OF = re.compile(r"(?:\b(?:share|percent|percentage|proportion|fraction|part|portion|ratio|out)|%|\d)\s+of\s+"
                       r"(?!(?:it|that|this|them)\b)(?:[\w'$₩.,]+\s+){0,2}$")  # ("what share of it is 2026": not 2026)


# The years before or after a year the question writes ("the 2021 payment against the previous year": 2020)
_ANCHORED = {"previous year": -1, "prior year": -1, "preceding year": -1, "the year before": -1, "the following year": 1}


def _relative_years(text: str, today: dt.date, written: list[YearMention]) -> list[YearMention]:
    """The years "this year", "last year" or "two years ago" mean; "the previous year" after a year written is the
    one before it."""
    offsets = {"next year": 1, "last year": -1, "past year": -1, **_ANCHORED}

    def anchor(m: re.Match[str]) -> int:
        before = [y.year for y in written if y.start < m.start()]
        return before[-1] if before and m.group(1) in _ANCHORED else today.year

    found = [YearMention(anchor(m) + offsets.get(m.group(1), 0), m.group(1), m.start(), relative=True)
             for m in _RELATIVE_YEAR.finditer(text)
             if (m.group(1) != "the following year" or any(y.start < m.start() for y in written))
             and not (m.group(1) in ("now", "today", "currently")
                      and re.search(r"\b(until|till|from) (now|today)\b|^now that\b", text))]
    lags = [m.span(1) for m in _RULE_LAG.finditer(text)]  # "inflation two years earlier": the rule's, no year asked
    found += [YearMention(today.year + (1 if m.group(2) in ("from now", "later") else -1) * int(m.group(1)), m.group(0), m.start(),
                          relative=True) for m in _YEARS_AGO.finditer(text) if not any(a <= m.start() < b for a, b in lags)]
    return found


# An agreement likened to the one asked about: "like the 9th", "as with the 9th", "unlike the 10th"
_LIKENED = re.compile(r"\b(?:like|unlike|as with|same as|as did|as in)\s+(?:the\s+)?$")


# The furlough as the time an agreement is placed by ("the old sma ... before the furlough"), and an agreement said to
# have ended then ("the agreement that lapsed ahead of the furlough")
_BEFORE_FURLOUGH = re.compile(r"\b(?:before|prior to|preceding|ahead of) (?:the |its )?(?:(?:19|20)\d\d )?furloughs?\b")
_LAPSED_BEFORE_FURLOUGH = re.compile(r"\b(?:agreement|deal|sma|accord)s? (?:that |which )?(?:had )?"
                                     r"(?:expired|lapsed|ended|ran out)\b.*" + _BEFORE_FURLOUGH.pattern)

# An agreement named as when something was said ("when seoul announced the 12th sma"), and the years before it asked
# ("over the prior five years")
_ANNOUNCED = re.compile(r"\b(?:announc|unveil|conclud|sign|reach|present)(?:ed|ing)\s+(?:the\s+|its\s+)?$")
_YEARS_BEFORE_IT = re.compile(r"\b(?:over|in|during|for|across) the (?:previous|prior|preceding|past|last) "
                              r"(?:\d+ |few |several )?years\b")
# A yes-or-no aside asked before the question ("8,000 were furloughed. isn't that the entire workforce? how many ...")
_ASIDE_ASKED = re.compile(r"(?:^|[.?!]\s+)(?:so |but |and |wait,? )?(?:is|isn't|isnt|is not|was|wasn't|wasnt|"
                          r"was not|are|aren't|were|weren't|did|didn't|didnt|does|doesn't|doesnt)\b[^.?!]*\?+\s*$")

def _agreement(text: str) -> AgreementRef | None:
    position = _POSITION.search(text)
    groups = position.groups() if position else ()
    where = next((g for g in groups if g and not g.isdigit()), None)
    count = int(next((g for g in groups if g and g.isdigit()), 1))
    where = {"initial": "first", "opening": "first", "final": "last", "closing": "last"}.get(where, where)
    ordinal = _AGREEMENT_ORDINAL.search(text)
    if ordinal and _LIKENED.search(text, 0, ordinal.start()) and (of_year := _AGREEMENT_OF_YEAR.search(text)):
        # "the 2019 sma was another five-year deal like the 9th": the one of 2019 is asked, the 9th only likened
        return AgreementRef(of_year=int(of_year.group(1)), position=where, position_years=count)
    if m := ordinal:
        digits = next((group for group in m.groups()[2:] if group), m.group(1))
        number = int(digits) if digits else ORDINAL_WORDS[m.group(2)]
        if _ANNOUNCED.search(text, 0, m.start()) and _YEARS_BEFORE_IT.search(text):
            number -= 1  # "when they announced the 12th sma, the avg rise over the prior five years": the 11th's
        return AgreementRef(number=number, position=where, position_years=count)
    if m := _AGREEMENT_ENDING.search(text):
        return AgreementRef(ends_in=int(m.group(1)), position=where, position_years=count)
    if m := _AGREEMENT_YEARS.search(text):
        first, last = (int(g) for g in m.groups() if g)
        return AgreementRef(covers=(first, last), position=where, position_years=count)
    if m := _AGREEMENT_OF_YEAR.search(text):
        return AgreementRef(of_year=int(m.group(1)), position=where, position_years=count)
    if m := _AGREEMENT_RELATIVE.search(text) or _AGREEMENT_ONE.search(text):
        word = m.group(1)
        relative = ("previous" if word in ("prior", "previous", "last", "old", "former", "earlier") else
                    "next" if word in ("next", "upcoming", "following") else "current")
        if relative == "current" and re.search(r"\b(before|prior to|preceding|ahead of) (the )?$", text[: m.start()]) \
                and not _STEP_TAKEN.match(text[m.end():]):
            relative = "previous"  # "the five years before the new deal": the agreement before it (not "the rounds
            # held before the current agreement was concluded": its own)
        return AgreementRef(relative=relative, position=where, position_years=count,
                            before_furlough=bool(_BEFORE_FURLOUGH.search(text)))
    if _LAPSED_BEFORE_FURLOUGH.search(text):  # "the agreement that lapsed ahead of the furlough"
        return AgreementRef(relative="previous", position=where, position_years=count, before_furlough=True)
    if m := _AGREEMENT_TERM.search(text):
        return AgreementRef(term_years=int(m.group(1)), position=where, position_years=count)
    return None


# An ordinal with no noun of its own, once an agreement is named: "the 11th SMA ... the first year of the 12th".
_BARE_ORDINAL = re.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)|(" + "|".join(ORDINAL_WORDS) + r"))\b(?!\s+(?:round|rounds|year|years|"
                           r"day|days|meeting|meetings|session|sessions|time|times|anniversary|century|of|straight|consecutive)\b)")


def _ordinal_agreements(text: str) -> list[AgreementRef]:
    """Every agreement named by its number, in order, each with the first/last-year phrase nearest to it; more
    than one only when the question compares agreements."""
    if not _AGREEMENT_ORDINAL.search(text):
        return []
    found: dict[int, int] = {}
    for m in _BARE_ORDINAL.finditer(text):
        number = int(m.group(1)) if m.group(1) else ORDINAL_WORDS[m.group(2)]
        if m.group(2) in ("first", "last"):
            continue  # "the first year of": a position, not an agreement
        found.setdefault(number, m.start())
    named = sorted(found.items(), key=lambda item: item[1])
    attached: dict[int, re.Match[str]] = {}
    for p in _POSITION.finditer(text):  # "the last year of the 11th" looks ahead; "the 12th SMA's first year" back
        ahead = re.search(r"\b(of|under|in)$", p.group(0))
        number = next((n for n, s in named if s >= p.end()), None) if ahead else next(
            (n for n, s in reversed(named) if s <= p.start()), None)
        if number is not None:
            attached.setdefault(number, p)
    refs = []
    for number, start in named:
        groups = attached[number].groups() if number in attached else ()
        where = next((g for g in groups if g and not g.isdigit()), None)
        where = {"initial": "first", "opening": "first", "final": "last", "closing": "last"}.get(where, where)
        count = int(next((g for g in groups if g and g.isdigit()), 1))
        refs.append(AgreementRef(number=number, position=where, position_years=count, start=start))
    return refs


# A length of time a claim states: "only lasted a week or two", "took three months to build"
_CLAIMED_LENGTH = re.compile(r"\b(?:last\w*|took|takes?|ran|run)\b[^.?;]{0,20}?\b(?:a|an|one|two|three|four|five|six|"
                             r"seven|eight|nine|ten|\d+|a few|several|a couple of)\s+(?:\w+\s+)?(?:days?|weeks?|"
                             r"months?|years?)\b")


# Who pays for something, as a claim states it: "paying for it out of its own budget", "paid from the milcon budget"
_CLAIMED_PAYER = re.compile(r"\b(?:pay\w*|paid|fund\w*|financ\w*)\b[^.?;]{0,40}?\b(?:out of|from|by|with|through)\b"
                            r"[^.?;]{0,30}?\b(?:budgets?|funds?|money|pockets?|accounts?)\b")


def _asks(text: str) -> str | None:
    return next((kind for kind, pattern in _ASKS if pattern.search(text)), None)


# A question after the context it is asked of ("evaluation board notice (mar 2025): which firm ...", "per the notice,
# which firm ...")
_WH_AFTER_CONTEXT = re.compile(r"(?:[:,;)]|\s[-–])\s*")


def _after_context(text: str) -> str:
    """The question after the context said first, where a wh-word follows a colon, a comma or a dash; else the
    text."""
    starts = [m.end() for m in _WH_AFTER_CONTEXT.finditer(text)
              if re.match(r"(?:which|what|who|whom|when|where|why|how)\b", text[m.end():])]
    return text[starts[-1]:] if starts else text


def _thing_asked(text: str) -> str | None:
    """A name, a person or a place asked as the question opens ("which firm ...", "where ..."), not an account of
    what happened ("what had the US lowered its ask to"), read only there."""
    asks = _asks(text)
    return asks if asks in ("name", "who", "place") else None


def _target_unit(text: str) -> str | None:
    if re.search(r"\b(in|into|to|as) (us )?(dollars?|usd|greenbacks?)\b|\bhow many (?:dollars\b|\$)|\bin \$|\bin usd\b", text):
        return "USD"
    if re.search(r"\b(in|into|to|as) (korean )?(won|krw)\b|\bhow many won\b|\bin ₩|"
                 r"\b(?:in )?(?:thousands|millions|billions|trillions) of won\b", text):  # "total (millions of won)"
        return "KRW"
    if m := PHYSICAL_ASKED.search(text):  # "by how many km": a length
        return physical_unit(m.group(1))
    return None


# Korea as one item of a list ("Germany, Japan and Korea"): the question is about the list, Korea included.
_KOREA_LISTED = re.compile(r"(,|\band\b|&) (south )?korea\b|\b(south )?korea(,| and\b| &)")


def place_names(place: str) -> frozenset[str]:
    """Every name the parser knows a place by, lowercase ("Japan": "japan", "japanese", "tokyo")."""
    return frozenset({place.lower()} | {name for name, named in _DEMONYMS.items() if named == place})


def is_country(name: str) -> bool:
    """Whether a name is a country's, an alliance's or a people's ("Kuwait", "NATO"): no city, town or base."""
    return bool(_places().fullmatch(name.lower()))


def _place(text: str) -> str | None:
    """A country or alliance the question is about, other than South Korea and the US."""
    if m := _places().search(text):
        name = m.group(1)
        return _DEMONYMS.get(name, name.title() if len(name) > 4 else name.upper())
    return None
