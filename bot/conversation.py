"""Follow-up questions in a thread: "and in 2021?" after a 2020 question means the 2020 question for 2021."""

from __future__ import annotations

import re

from bot.understand.quantities import years_in

_ELLIPTICAL = re.compile(r"^\s*(and|what about|how about|same for|also|then)\b[\s,]*", re.I)
_MENTION = re.compile(r"<@[A-Z0-9]+(\|[^>]*)?>")


def strip_mentions(text: str) -> str:
    return " ".join(_MENTION.sub(" ", text or "").split())


def contextualize(question: str, history: list[str]) -> str:
    """Rewrite an elliptical follow-up using the thread's previous question; other questions stand alone."""
    if not history or not question.strip():
        return question
    previous = history[-1]
    if not (_ELLIPTICAL.match(question) or len(question.split()) <= 4):
        return question
    new_years, old_years = years_in(question), years_in(previous)
    if new_years and old_years:
        return re.sub(rf"\b{old_years[0]}\b", str(new_years[0]), previous, count=1)
    addition = _ELLIPTICAL.sub("", question).rstrip("?").strip()
    return f"{previous.rstrip('?')} — {addition}?" if addition else previous
