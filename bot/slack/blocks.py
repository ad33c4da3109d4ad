"""Block Kit rendering of Answers and projections. Renders only; never computes an answer."""

from __future__ import annotations

from bot.answer.models import Answer
from bot.calculator import fmt
from bot.feedback import NOTE_LIMIT, REASONS
from bot.projection import Projection
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


FEEDBACK_REASON_VIEW = "feedback_reason"
REASON_BLOCK, REASON_ACTION, NOTE_BLOCK, NOTE_ACTION = "reason", "reason_choice", "note", "note_text"


def feedback_reason_modal(answer_id: str) -> dict:
    """Asked after a 👎: why (one of REASONS) and optional free text; the answer id rides in private_metadata."""
    options = [{"text": {"type": "plain_text", "text": label}, "value": key} for key, label in REASONS.items()]
    return {
        "type": "modal", "callback_id": FEEDBACK_REASON_VIEW, "private_metadata": answer_id,
        "title": {"type": "plain_text", "text": "What went wrong?"},
        "submit": {"type": "plain_text", "text": "Send"}, "close": {"type": "plain_text", "text": "Skip"},
        "blocks": [
            {"type": "input", "block_id": REASON_BLOCK, "label": {"type": "plain_text", "text": "The answer…"},
             "element": {"type": "radio_buttons", "action_id": REASON_ACTION, "options": options}},
            {"type": "input", "block_id": NOTE_BLOCK, "optional": True,
             "label": {"type": "plain_text", "text": "Anything else? (e.g. the right figure or source)"},
             "element": {"type": "plain_text_input", "action_id": NOTE_ACTION, "multiline": True,
                         "max_length": NOTE_LIMIT}},
        ],
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


ASK_EXPERT_ACTION = "ask_expert"


def expert_actions(answer_id: str) -> dict:
    """Hands the answer to the experts' user group in its thread (shown only when one is configured)."""
    return {"type": "actions", "block_id": f"expert_{answer_id}", "elements": [
        {"type": "button", "action_id": ASK_EXPERT_ACTION, "value": answer_id,
         "text": {"type": "plain_text", "text": "Ask an expert"}}]}


def expert_request(answer: Answer, answer_id: str, usergroup: str, user_id: str) -> str:
    """The hand-off message: the user group mentioned, the question, the answer id and the citations."""
    sources = "\n".join(f"[{c.n}] {_clip(c.title, 150)} ({c.published or 'undated'}) — `{_clip(c.source, 300)}`"
                        for c in answer.citations[:10]) or "(none)"
    return _clip(f"<!subteam^{usergroup}> <@{user_id}> asks an expert to check this answer.\n"
                 f"*Question:* {_clip(answer.question, 500)}\n*Answer id:* `{answer_id}` (route: {answer.route})\n"
                 f"*Citations:*\n{sources}", SECTION_LIMIT)


AI_LABEL = (":sparkles: *AI-generated*: a language model wrote this answer from the cited sources "
            "(its numbers were checked against them); please check the quotes before relying on it.")


def ai_label_block() -> dict:
    """Slack's AI app guidelines ask that LLM-written content be labelled as AI-generated."""
    return {"type": "context", "block_id": "ai_generated", "elements": [{"type": "mrkdwn", "text": AI_LABEL}]}


def answer_details(answer: Answer, answer_id: str, *, shareable: bool = False,
                   ask_expert: bool = False) -> list[dict]:
    """Everything under the answer text: the AI label when an LLM wrote it, calculation steps, numbered
    citations, feedback (and sharing, and the hand-off to experts)."""
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
        if ask_expert:
            blocks.append(expert_actions(answer_id))
    return blocks


def render_answer(answer: Answer, answer_id: str, *, shareable: bool = False,
                  ask_expert: bool = False) -> tuple[str, list[dict]]:
    """(fallback text, blocks): the answer, its calculation steps, numbered citations, feedback buttons."""
    text = _clip(answer.answer, SECTION_LIMIT)
    section = {"type": "section", "text": {"type": "mrkdwn", "text": text}}
    return text, [section, *answer_details(answer, answer_id, shareable=shareable, ask_expert=ask_expert)]


def _cell(text: str) -> dict:
    return {"type": "raw_text", "text": text}


def projection_table(projection: Projection, cited: dict[str, int]) -> dict:
    """Slack's table block (at most 100 rows of 20 cells): year, amount, basis — a recorded
    year with its citation number — and, when asked, the US dollar equivalent at the cited rate."""
    unit = projection.calculation.unit
    usd = projection.usd_rate is not None
    header = ["Year", "Payment", "Basis", *(["US$ equivalent"] if usd else [])]
    recorded = {r.figure.year: cited[r.figure.id] for r in projection.recorded + projection.figures
                if r.figure.id in cited}
    rows = [[_cell(text) for text in header]]
    for year, value, basis in projection.rows()[:99]:
        label = f"{basis} [{recorded[year]}]" if basis == "recorded" and year in recorded else basis
        cells = [str(year), fmt(value, unit), label]
        if usd:
            cells.append(f"≈ ${projection.in_usd(value) / 10**9:,.3f} billion")
        rows.append([_cell(text) for text in cells])
    align = [{"align": "left"}, {"align": "right"}, {"align": "left"}, *([{"align": "right"}] if usd else [])]
    return {"type": "table", "block_id": "projection_table", "column_settings": align, "rows": rows}


def render_projection(projection: Projection,
                      citations: list[tuple[int, str, str | None, str, str | None, str]]) -> tuple[str, list[dict]]:
    """The title in words, the table (recorded and projected years), the cap, the steps and the citations.
    citations are numbered in the order of projection.citations()."""
    calculation = projection.calculation
    text = f"{projection.title} → {projection.end}: {fmt(calculation.result, calculation.unit)}"
    cited = {record.figure.id: n for n, record in enumerate(projection.citations(), start=1)}
    notes = [f"Under the {projection.cap.label}" + (f" [{cited[projection.cap.record.figure.id]}]"
             if projection.cap.record else "")] if projection.cap else []
    if projection.usd_rate:
        rate = projection.usd_rate.figure
        notes.append(f"US$ at {rate.number.normalize():,f} won per dollar ({rate.as_of or rate.year}) "
                     f"[{cited[rate.id]}]")
    blocks = [
        {"type": "section", "text": {"type": "mrkdwn", "text": _clip(f"*{text}*", SECTION_LIMIT)}},
        {"type": "context", "elements": [{"type": "mrkdwn", "text": _clip(
            "; ".join(notes + ["Steps: " + "; ".join(calculation.steps)]), 2000)}]},
    ]
    blocks += [citation_block(*c) for c in citations]
    blocks.append(projection_table(projection, cited))
    return text, blocks


def help_text(settings: Settings) -> str:
    return (
        "*smabot* answers questions about the US–South Korea Special Measures Agreement (SMA) with citations.\n"
        f"• Mention me or DM me a question, e.g. _How much will Korea pay in 2026?_ (follow-ups in the thread work)\n"
        f"• `{settings.command_ask} QUESTION`: a private answer you can post to the channel\n"
        f"• `{settings.command_project} 2026-2030 rate=5%` or "
        f"`{settings.command_project} base=1.5192T KRW from=2026 years=5 cap=5%`: a projection against recorded "
        "payments and the agreement's cap, as a table and a chart (add `usd` for US dollars)\n"
        f"• `{settings.command_ingest} status|dry-run|run`: re-ingest the knowledge base (admins only)\n"
        "Every number comes from a cited source or a calculation shown step by step."
    )
