"""Block Kit rendering of Answers and projections. Renders only; never computes an answer."""

from __future__ import annotations

from bot.answer.models import Answer
from bot.calculator import Calculation, fmt
from bot.settings import Settings

SECTION_LIMIT = 2900  # Slack allows 3,000 characters in a section
CONTEXT_LIMIT = 2900  # and in a context element
QUOTE_LIMIT = 600
URL_LIMIT = 1000  # a longer link is left out rather than cut (a cut link is a wrong link)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def citation_block(n: int, title: str, published: str | None, quote: str, url: str | None, source: str,
                   publisher: str | None = None, section: str | None = None) -> dict:
    where = f"<{url}|{_clip(title, 150)}>" if url and len(url) <= URL_LIMIT else f"*{_clip(title, 150)}*"
    if publisher and publisher not in title:
        where += f", {_clip(publisher, 100)}"
    if section and section != title:
        where += f", § {_clip(section, 100)}"
    text = f"[{n}] {where} ({published or 'undated'}) — `{_clip(source, 300)}`\n> {_clip(quote, QUOTE_LIMIT)}"
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _clip(text, CONTEXT_LIMIT)}]}


FEEDBACK_ACTION = "answer_feedback"
FEEDBACK_BLOCK_PREFIX = "feedback_"
VERDICT_LABELS = {"helpful": "👍 helpful", "not_helpful": "👎 not helpful"}


def feedback_block(answer_id: str) -> dict:
    """Slack's native thumbs up/down; the block id carries the answer id, the value the verdict."""
    return {
        "type": "context_actions",
        "block_id": f"{FEEDBACK_BLOCK_PREFIX}{answer_id}",
        "elements": [{
            "type": "feedback_buttons",
            "action_id": FEEDBACK_ACTION,
            "positive_button": {"text": {"type": "plain_text", "text": "Helpful"}, "value": "helpful",
                                "accessibility_label": "This answer was helpful"},
            "negative_button": {"text": {"type": "plain_text", "text": "Not helpful"}, "value": "not_helpful",
                                "accessibility_label": "This answer was not helpful"},
        }],
    }


CONFIRM_FIGURES_ACTION = "confirm_figures"


def confirm_figures_blocks(text: str, token: str) -> list[dict]:
    """An upload report with a button that replaces the figures table with the held upload."""
    return [{"type": "section", "text": {"type": "mrkdwn", "text": _clip(text, SECTION_LIMIT)}},
            {"type": "actions", "block_id": "figures_confirmation", "elements": [
                {"type": "button", "action_id": CONFIRM_FIGURES_ACTION, "value": token, "style": "danger",
                 "text": {"type": "plain_text", "text": "Replace the figures table"}}]}]


def share_actions(answer_id: str) -> dict:
    return {"type": "actions", "block_id": f"share_{answer_id}", "elements": [
        {"type": "button", "action_id": "post_answer", "value": answer_id, "style": "primary",
         "text": {"type": "plain_text", "text": "Post to channel"}}]}


AI_LABEL = (":sparkles: *AI-generated*: a language model wrote this answer from the cited sources "
            "(its numbers were checked against them); please check the quotes before relying on it.")


def ai_label_block() -> dict:
    """Slack's AI app guidelines ask that LLM-written content be labelled as AI-generated."""
    return {"type": "context", "block_id": "ai_generated", "elements": [{"type": "mrkdwn", "text": AI_LABEL}]}


def answer_details(answer: Answer, answer_id: str, *, shareable: bool = False) -> list[dict]:
    """Everything under the answer text: the AI label when an LLM wrote it, calculation steps, numbered
    citations, feedback (and sharing)."""
    blocks: list[dict] = [ai_label_block()] if answer.answerer == "llm" else []
    if answer.calculation:
        steps = "\n".join(answer.calculation["steps"])
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": _clip(
            f"*Calculation* ({answer.calculation['expression']}, rounding: {answer.calculation['rounding']})\n"
            f"```{steps}```", SECTION_LIMIT)}})
    for c in answer.citations[:10]:
        blocks.append(citation_block(c.n, c.title, c.published, c.quote, c.url, c.source, c.publisher, c.section))
    if answer.route != "declined":
        blocks.append(feedback_block(answer_id))
        if shareable:
            blocks.append(share_actions(answer_id))
    return blocks


def render_answer(answer: Answer, answer_id: str, *, shareable: bool = False) -> tuple[str, list[dict]]:
    """(fallback text, blocks): the answer, its calculation steps, numbered citations, feedback buttons."""
    text = _clip(answer.answer, SECTION_LIMIT)
    section = {"type": "section", "text": {"type": "mrkdwn", "text": text}}
    return text, [section, *answer_details(answer, answer_id, shareable=shareable)]


def render_projection(calculation: Calculation, citations: list[tuple[int, str, str | None, str, str | None, str]]) -> tuple[str, list[dict]]:
    rows = "\n".join(f"{year}  {fmt(value, calculation.unit):>26}" for year, value in calculation.table)
    text = f"Projection: {calculation.expression} → {fmt(calculation.result, calculation.unit)}"
    blocks = [
        {"type": "section", "text": {"type": "mrkdwn", "text": f"*{text}*"}},
        {"type": "section", "text": {"type": "mrkdwn", "text": _clip(f"```{rows}```", SECTION_LIMIT)}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": _clip(
            "Steps: " + "; ".join(calculation.steps), 2000)}]},
    ]
    blocks += [citation_block(*c) for c in citations]
    return text, blocks


def help_text(settings: Settings) -> str:
    return (
        "*smabot* answers questions about the US–South Korea Special Measures Agreement (SMA) with citations.\n"
        f"• Mention me or DM me a question, e.g. _How much will Korea pay in 2026?_ (follow-ups in the thread work)\n"
        f"• `{settings.command_ask} QUESTION`: a private answer you can post to the channel\n"
        f"• `{settings.command_project} 2026-2030 rate=5%` or "
        f"`{settings.command_project} base=1.5192T KRW from=2026 years=5 cap=5%`: a projection with a chart\n"
        f"• `{settings.command_ingest} status|dry-run|run`: re-ingest the knowledge base (admins only)\n"
        "Every number comes from a cited source or a calculation shown step by step."
    )
