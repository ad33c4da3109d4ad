"""The App Home tab: for admins, the knowledge base's status, the last 30 days of feedback and ingest buttons;
for everyone else a short help page with example questions from the figures table. Renders; changes nothing."""

from __future__ import annotations

import datetime as dt
import logging

from slack_sdk import WebClient

from bot.feedback import REASONS, Vote
from bot.slack.blocks import help_text
from bot.slack.services import Services
from bot.store import KnowledgeStore, KnowledgeStatus, knowledge_status
from bot.suggestions import suggested_prompts

log = logging.getLogger("smabot.slack")

HOME_INGEST_ACTIONS = {"dry-run": "home_ingest_dry_run", "run": "home_ingest_run"}  # mode -> button
FEEDBACK_DAYS = 30
RECENT_DOWNVOTES = 5


def _section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text[:2900]}}


def _notice(notice: str | None) -> list[dict]:
    return [_section(notice), {"type": "divider"}] if notice else []


def home_view(services: Services, user_id: str, client: WebClient, notice: str | None = None) -> dict:
    """The Home tab as this person should see it (admins: the admin page), with an optional notice on top."""
    if services.is_admin(user_id, client):
        return admin_home(services, notice)
    return staff_home(services, notice)


def staff_home(services: Services, notice: str | None = None) -> dict:
    examples = "\n".join(f"• _{p['message']}_" for p in suggested_prompts(services.figures_table))
    blocks = [*_notice(notice), {"type": "header", "text": {"type": "plain_text", "text": "smabot"}},
              _section(help_text(services.settings))]
    if examples:
        blocks.append(_section(f"*Try asking*\n{examples}"))
    return {"type": "home", "blocks": blocks}


def admin_home(services: Services, notice: str | None = None) -> dict:
    since = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=FEEDBACK_DAYS)
    blocks = [*_notice(notice), {"type": "header", "text": {"type": "plain_text", "text": "smabot admin"}},
              _section(knowledge_text(services)), _section(ingests_text(services)),
              {"type": "actions", "block_id": "home_ingest", "elements": [
                  {"type": "button", "action_id": HOME_INGEST_ACTIONS["dry-run"], "value": "dry-run",
                   "text": {"type": "plain_text", "text": "Ingest dry-run"}},
                  {"type": "button", "action_id": HOME_INGEST_ACTIONS["run"], "value": "run", "style": "danger",
                   "text": {"type": "plain_text", "text": "Ingest run"},
                   "confirm": {"title": {"type": "plain_text", "text": "Re-ingest now?"},
                               "text": {"type": "plain_text", "text": "Answers switch to the new knowledge when it is "
                                                                      "complete; the previous one serves until then."},
                               "confirm": {"type": "plain_text", "text": "Ingest"},
                               "deny": {"type": "plain_text", "text": "Cancel"}}}]},
              {"type": "divider"}, _section(feedback_text(services.log.votes(since)))]
    return {"type": "home", "blocks": blocks}


def knowledge_text(services: Services) -> str:
    try:
        status: KnowledgeStatus = knowledge_status(KnowledgeStore(services.settings))
    except Exception as exc:  # shown to the admin, who is the one to fix it
        log.exception("knowledge base status unavailable")
        return f"*Knowledge base*\n:warning: unavailable: {exc}"
    try:
        figures = f"{len(services.figures_table)} figures"
    except Exception as exc:
        figures = f":warning: figures table unreadable: {exc}"
    return (f"*Knowledge base*\n{status.documents} documents, {status.chunks} chunks, {figures}\n"
            f"Active generation `{status.generation}` (embedded with {status.embedded_with or 'nothing yet'})")


def ingests_text(services: Services) -> str:
    runs = services.log.recent_ingests(3)
    if not runs:
        return "*Last ingests*\nNo ingest has run from Slack yet."
    return "*Last ingests*\n" + "\n".join(f"• {at} <@{who}> `{how}` {outcome}: {summary}"
                                          for at, who, how, outcome, summary in runs)


def feedback_text(votes: list[Vote]) -> str:
    """Counts over the period and the most recent 👎 with their reasons."""
    down = [v for v in votes if v.verdict == "not_helpful"]
    lines = [f"*Feedback, last {FEEDBACK_DAYS} days*: {len(votes) - len(down)} 👍, {len(down)} 👎"]
    for vote in down[:RECENT_DOWNVOTES]:
        why = REASONS.get(vote.reason or "", "no reason given")
        note = f" — “{vote.note[:200]}”" if vote.note else ""
        lines.append(f"• {vote.updated_at[:10]} <@{vote.user_id}> on _{vote.question[:150]}_ [{vote.route}]: "
                     f"*{why}*{note} (`{vote.answer_id}`)")
    return "\n".join(lines)
