"""Question -> route. Deterministic: no LLM is needed to decide how to answer."""

from __future__ import annotations

import re

from bot.answer.models import Route
from bot.resolve import looks_like_calculation

# Requests the bot must never act on, whatever the knowledge base says.
_OUT_OF_BOUNDS = re.compile(
    r"\b(ignore (all |your |the |previous |prior )*(instructions|rules|prompt)|system prompt|"
    r"(api|bot|slack|access|secret) ?(token|key)s?|password|credentials?|signing secret)\b",
    re.I,
)
# Words that place a question inside the bot's subject: cost sharing for US forces in Korea.
_DOMAIN_TERMS = re.compile(
    r"\b(sma|special[- ]measures?|cost[- ]?shar\w*|burden[- ]?shar\w*|defen[cs]e (cost|budget|deal)s?|usfk|"
    r"troops?|soldiers?|forces|military|bases?|furlough\w*|unpaid leave|workers?|employees?|workforce|"
    r"wages?|salar\w+|payroll|logistics|construction|contribut\w*|pa(y|id|ys|ying|yment)s?|"
    r"negotiat\w*|talks?|rounds?|agreements?|deals?|treaty|ratif\w*|alliance|allies|"
    r"dollars?|usd|krw|billion|trillion|percent|cap|inflation|cpi|exchange rate|trump)\b|"
    r"\d[\d,.]*\s*(?:(?:million|billion|trillion)\s+)?won\b|%|\$|₩",
    re.I,
)
# Acronyms the embedding model does not know, spelled out for retrieval.
_EXPANSIONS = {
    r"\bSMA\b": "Special Measures Agreement (SMA) on defense cost-sharing",
    r"\bUSFK\b": "US Forces Korea (USFK)",
}


def is_out_of_bounds(question: str) -> bool:
    """Prompt injection or a request for secrets: declined before any retrieval."""
    return bool(_OUT_OF_BOUNDS.search(question))


def mentions_domain(question: str) -> bool:
    return bool(_DOMAIN_TERMS.search(question))


def expand_for_retrieval(question: str) -> str:
    for pattern, expansion in _EXPANSIONS.items():
        question = re.sub(pattern, expansion, question, flags=re.I)
    return question


def expected_units(question: str) -> set[str] | None:
    """What kind of number the question asks for, or None when it asks for no number."""
    q = question.lower()
    if re.search(r"\bhow many\b|\bnumber of\b|\bhow (big|large)\b[^?]*\b(troops|forces|presence|workforce)\b", q):
        return {"people", "count", "years"}
    if re.search(r"\b(percent|percentage|share|proportion|portion|fraction)\b|%", q):
        return {"percent"}
    if re.search(r"\bhow much\b|\b(what|which) (amount|sum)\b|\b(annual|yearly) (contribution|payment)\b|"
                 r"\bwhat (did|does|do|will|would|is) [^?]{0,50}\b(pay|payment|contribution)\b", q):
        if re.search(r"\b(dollars?|usd)\b|\$", q):
            return {"USD"}
        if re.search(r"\b(won|krw)\b|₩", q):
            return {"KRW"}
        return {"KRW", "USD"}
    if re.search(r"\b(what|which) (date|day)\b|^when\b", q):
        return {"date"}
    return None


def expected_kinds(question: str) -> set[str] | None:
    """Payments asked about are contributions unless the question is about what someone demanded."""
    q = question.lower()
    if re.search(r"\b(demand\w*|ask\w*|sought|seek\w*|want\w*|say|said|call\w* for|push\w*)\b", q):
        return None
    if re.search(r"\b(contribut\w*|pa(y|ys|id|ying|yment)|cost)\b", q) and re.search(r"\bhow much\b|amount|contribution|payment", q):
        return {"contribution"}
    return None


def route_question(question: str) -> Route:
    """declined (out of bounds) | calculator (arithmetic asked for) | figures (a number asked for) | retrieval."""
    if is_out_of_bounds(question):
        return "declined"
    if looks_like_calculation(question):
        return "calculator"
    if expected_units(question) is not None:
        return "figures"
    return "retrieval"
