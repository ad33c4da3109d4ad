"""Sentence and paragraph spans over raw text; offsets index the original string."""

from __future__ import annotations

import re

# Tokens that end with a period without ending a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "adm", "amb", "sen", "rep", "gov", "pres",
    "maj", "capt", "cmdr", "cdr", "brig", "pfc", "pvt", "cpl", "spc", "jr", "sr",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "etc", "approx", "inc", "co", "corp", "st", "u.s", "u.n", "u.k", "e.g", "i.e", "ret",
}
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]+\S")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+")
_CLOSED_LINE = re.compile(r"[.!?][\"'”’)\]]*$|\]$")  # a line that ends its sentence ends its run
WRAPPED_LINE_CHARS = 40  # a shorter line not ending in a comma or dash is a title or byline, not a wrapped line


def _is_abbreviation(text: str, period_at: int) -> bool:
    word_start = period_at
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:period_at].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _strip_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def list_marker_length(sentence: str) -> int:
    """How many characters of a sentence are its list marker ("- ", "• ", "2. "), 0 for none."""
    marker = _LIST_ITEM.match(sentence)
    return marker.end() if marker else 0


def is_heading(line: str) -> bool:
    """A Markdown heading line (HTML pages are extracted to Markdown too)."""
    return bool(_HEADING.match(line))


def line_runs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Runs of lines that read as one: a hard-wrapped paragraph is one run; a heading, a list item and a
    line after a heading or a short unpunctuated line (a title, a byline) begin a new one."""
    end = len(text) if end is None else end
    runs: list[tuple[int, int]] = []
    previous = ""
    cursor = start
    while cursor < end:
        newline = text.find("\n", cursor, end)
        line_end = end if newline == -1 else newline
        line = text[cursor:line_end].strip()
        if line:
            joins = (
                runs
                and previous
                and not is_heading(line)
                and not _LIST_ITEM.match(line)
                and not is_heading(previous)
                and not (_CLOSED_LINE.search(previous)  # "... followed on Feb." wraps on to "28."
                         and not (previous.endswith(".") and _is_abbreviation(previous, len(previous) - 1)))
                and (len(previous) >= WRAPPED_LINE_CHARS or previous[-1] in ",;:-–—")
            )
            if joins:
                runs[-1] = (runs[-1][0], line_end)
            else:
                runs.append((cursor, line_end))
        previous = line
        cursor = line_end + 1
    return [span for span in (_strip_span(text, s, e) for s, e in runs) if span]


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split text[start:end] into sentences. A line break inside a hard-wrapped paragraph is a space; one
    before a heading or list item ends the sentence (a list item's sentence begins with its marker)."""
    spans: list[tuple[int, int]] = []
    for run_start, run_end in line_runs(text, start, end):
        sentence_start = run_start
        for match in _SENTENCE_END.finditer(text, run_start, run_end):
            after = match.end()
            if after < run_end and not text[after].isspace() and not text[after].isupper():
                continue  # "1.5", "U.S-led": not a boundary
            if text[match.start()] == "." and text[match.start():match.end()].rstrip(")") == ".":  # "Amb. (ret.) Kim"
                if _is_abbreviation(text, match.start()):
                    continue
            rest = text[after:run_end].lstrip()
            if rest and rest[0].islower():
                continue
            span = _strip_span(text, sentence_start, after)
            if span:
                spans.append(span)
            sentence_start = after
        span = _strip_span(text, sentence_start, run_end)
        if span:
            spans.append(span)
    return spans


def paragraph_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """Paragraphs are separated by blank lines."""
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _PARAGRAPH_BREAK.finditer(text, start):
        span = _strip_span(text, cursor, match.start())
        if span:
            spans.append(span)
        cursor = match.end()
    span = _strip_span(text, cursor, len(text))
    if span:
        spans.append(span)
    return spans


_WORD = re.compile(r"[a-z0-9\uac00-\ud7a3\u4e00-\u9fff]+(?:[-'][a-z0-9\uac00-\ud7a3\u4e00-\u9fff]+)*")  # Hangul, Hanja
_DOTTED = re.compile(r"\b(?:[a-z]\.){2,}")  # "u.s.", "u.n.": said as "us", "un"
_DOUBLED = re.compile(r"([bdgmnprt])\1$")  # a consonant doubled before -ing or -ed ("runn", "stopp")
_CONTRACTION = re.compile(r"n't$|'(s|d|ll|ve|re|m)?$")
_STOPWORDS = frozenset(
    "a an the and or of to in on for by at from with as is are was were be been being do does did "
    "what which who whom whose when where why how much many that this these those it its their his her "
    "they them he she we you i has have had will would should could can may might not no than then so "
    "about into under over per each any all there here if off out up away just also while very quite rather really "
    "him me my our your himself herself themselves ca wo ai".split()  # "ca", "wo", "ai": "can't", "won't", "ain't"
)
_ORDINALS = {w: f"{n}th" for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=1)}
_ORDINALS.update(first="1st", second="2nd", third="3rd")
# Irregular verb forms, as the regular ones are stemmed: "shown" ~ "show", "told" ~ "tell".
_IRREGULAR = {form: base for base, forms in {
    "show": "shown", "tell": "told", "say": "said", "pay": "paid", "hold": "held", "meet": "met", "begin": "began begun",
    "make": "made", "give": "gave given", "take": "took taken", "go": "went gone goes", "lay": "laid", "come": "came", "lead": "led",
    "send": "sent", "leave": "left", "seek": "sought", "bring": "brought", "strike": "struck", "speak": "spoke spoken",
    "write": "wrote written", "rise": "rose risen", "fall": "fell fallen", "grow": "grew grown",
    "know": "knew known", "see": "saw seen", "keep": "kept", "spend": "spent",
    "think": "thought", "find": "found", "choose": "chose chosen", "become": "became", "run": "ran",
    "fly": "flew flown flies", "buy": "bought", "sell": "sold", "stand": "stood", "fight": "fought", "build": "built",
    "lose": "lost", "withdraw": "withdrew withdrawn", "draw": "drew drawn", "drive": "drove driven", "hear": "heard",
    "feel": "felt", "break": "broke broken", "sit": "sat", "teach": "taught", "understand": "understood",
    "undertake": "undertook undertaken", "shake": "shook shaken", "forgo": "forwent forgone", "swear": "swore sworn",
    "bear": "bore borne", "hang": "hung", "sink": "sank sunk", "arise": "arose arisen",
}.items() for form in forms.split()}


def terms(text: str) -> list[str]:
    """Lower-cased words that carry meaning, in order and repeated, crudely stemmed ("furloughed" ~
    "furlough", "talks" ~ "talk", "blamed" ~ "blame", "ratified" ~ "ratify"): what the lexical index counts."""
    found = []
    for word in _WORD.findall(_DOTTED.sub(lambda m: m.group(0).replace(".", ""), text.lower())):
        word = _CONTRACTION.sub("", word)  # "Korea's" ~ "Korea", "harm's" ~ "harm", "he'd" ~ "he", "can't" ~ "ca"
        if word in _STOPWORDS or (len(word) == 1 and word.isalpha()):  # a lone letter: "where'd" less its "where"
            continue
        if "-" in word:  # "Tae-woo" is also "tae" and "woo"; "us-based" is also "based"; each part stemmed alone
            parts = word.split("-")
            found.append("-".join(parts[:-1] + [_stem(parts[-1])]))
            variant = _VARIANT.fullmatch(parts[-1])
            if variant and variant.group(1) != _stem(parts[-1]):  # "EC-121M", "F-16C" are also the EC-121, the F-16
                found.append("-".join(parts[:-1] + [variant.group(1)]))
            found += terms(" ".join(parts))
        elif m := _LETTERS_DIGITS.fullmatch(word):  # "ec121" is also "ec-121", as "EC-121" is written
            found += [word, "-".join(m.groups()), *terms(" ".join(m.groups()))]
        else:
            found.append(_stem(word))
    return found


_LETTERS_DIGITS = re.compile(r"([a-z]+)(\d+)")
_VARIANT = re.compile(r"(\d+)[a-z]{1,2}")


def _stem(word: str) -> str:
    """One word's crude stem: an irregular verb's base form, less a plural, "-ed" or "-ing" suffix ("35s" of
    "F-35s" ~ "35"), an "-ation" or "-ator" said as the verb's ("negotiator" ~ "negotiated")."""
    if word[:-1].isdigit() and word.endswith("s"):
        return word[:-1]
    word = _IRREGULAR.get(_ORDINALS.get(word, word), word)
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4 and not word.endswith("ss"):  # "express", "congress"
            word = word[: -len(suffix)]
            if suffix != "s" and _DOUBLED.search(word):  # "running" ~ "run", "planned" ~ "plan"
                word = word[:-1]
            break
    for suffix in ("ation", "ator"):  # "moderator" ~ "moderated" ~ "moderat", "negotiation" ~ "negotiate"
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + "at"
    if len(word) > 4 and word.endswith("e"):  # "blame" ~ "blamed" ~ "blam"
        word = word[:-1]
    if len(word) > 4 and word.endswith("y") and word[-2] not in "aeiou":  # "ratify" ~ "ratified" ~ "ratifi"
        word = word[:-1] + "i"
    return word


def content_words(text: str) -> set[str]:
    """The distinct terms of a text."""
    return set(terms(text))


def says_more_of(asked: set[str], first: str, other: str) -> bool:
    """Whether a sentence (`other`) says a word asked (`asked`, a question's terms) that another (`first`) does not,
    besides the units of an amount ("the spread between step 1 and step 10": the step 1 row beside the step 10 one;
    "per room in won": not any sentence stating won)."""
    return bool((asked - content_words(first) - _AMOUNT_UNITS) & content_words(other))


_AMOUNT_UNITS = frozenset(terms("won dollars dollar usd krw trillion billion million thousand percent"))


def ordinal(n: int) -> str:
    """12 -> '12th', 1 -> '1st', 22 -> '22nd'."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# A text reporting what someone said: "said", "called it", a quotation
REPORTS_WORDS = re.compile(r"\b(?:said|says|saying|told|called|remarked|stated|warned|argued|replied|answered)\b|"
                           r"[\"“]")
