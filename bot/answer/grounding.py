"""The grounding check: every number an answer states must appear in a cited quote, its question, or its calculation."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from bot.answer.models import Answer
from bot.understand.quantities import DATE, NUMBER, money_in

_NOT_A_QUANTITY = re.compile(r"\^\d+|\[\d+\]")  # exponents, citation marks
_PLAIN_NUMBER = re.compile(rf"(?<![\w.]){NUMBER}(?![\w])")
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12}
_NUMBER_WORD = re.compile(r"\b(" + "|".join(_NUMBER_WORDS) + r")\b")
RELATIVE_TOLERANCE = Decimal("0.0005")  # "$1.13 billion" is supported by 1,134,036,009.67


def numbers_in(text: str, words: bool = False) -> set[Decimal]:
    """Every number a reader could take from the text, with '960 billion won' read as 960000000000; with
    words, also spelled numbers ("a six-year deal"), which support a figure without being one."""
    money = money_in(text)
    found = {amount.value for amount in money}
    for amount in money:  # "$1.6976 billion" is one number, not also 1.6976
        text = text[: amount.start] + " " * (amount.end - amount.start) + text[amount.end:]
    text = DATE.sub(lambda m: " " * len(m.group(0)), text.lower())  # a date is checked as a date, not as numbers
    text = _NOT_A_QUANTITY.sub(" ", text)
    if words:
        found |= {Decimal(_NUMBER_WORDS[w]) for w in _NUMBER_WORD.findall(text)}
    for match in _PLAIN_NUMBER.finditer(text):
        try:
            found.add(Decimal(match.group(1).replace(",", "")))
        except InvalidOperation:
            continue
    return found


def supported_numbers(answer: Answer) -> set[Decimal]:
    """Numbers the answer may state: in its question, its cited quotes and their dates, or its calculation."""
    support = numbers_in(answer.question)
    for citation in answer.citations:
        support |= numbers_in(citation.quote, words=True)
        if citation.published:  # "in December 2018" is supported by a source published 2018-12-14
            support |= {Decimal(part) for part in citation.published.split("-")}
    if answer.calculation:
        support |= numbers_in(" ".join([answer.calculation["expression"], *answer.calculation["steps"],
                                        *(i["label"] for i in answer.calculation["inputs"])]))
        support.add(Decimal(answer.calculation["result"]))
        support |= {Decimal(i["value"]) for i in answer.calculation["inputs"]}
    return support


def is_close(a: Decimal, b: Decimal, tolerance: Decimal = RELATIVE_TOLERANCE) -> bool:
    return a == b or abs(a - b) <= abs(b) * tolerance


def unsupported_numbers(answer: Answer) -> list[Decimal]:
    """Numbers stated in the answer that no citation or calculation supports."""
    support = supported_numbers(answer)
    return sorted(n for n in numbers_in(answer.answer) if not any(is_close(n, s) for s in support))


def grounding_report(answer: Answer) -> dict:
    """The `grounding` object of `smabot ask --json`."""
    checked = numbers_in(answer.answer)
    return {"checked": len(checked), "unsupported": [format(n, "f") for n in unsupported_numbers(answer)]}
