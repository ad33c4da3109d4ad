"""Buttons on answers: Slack's native feedback buttons (stored) and posting a private answer to the channel."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.guard import guarded
from bot.slack.blocks import (CONFIRM_FIGURES_ACTION, FEEDBACK_ACTION, FEEDBACK_BLOCK_PREFIX, VERDICT_LABELS,
                              render_answer)
from bot.slack.services import Services
from bot.slack.uploads import ingest_lines
from bot.uploads import UploadRejected, confirm_figures

GONE = "That answer is no longer on record; please ask again."


def on_feedback(ack, body, action, respond, services):
    """One stored row per click; the buttons show the choice themselves, so the reply is only a private thanks."""
    ack()
    verdict = action.get("value", "")
    answer_id = action.get("block_id", "").removeprefix(FEEDBACK_BLOCK_PREFIX)
    if verdict not in VERDICT_LABELS or not services.log.record_feedback(answer_id, body["user"]["id"], verdict):
        respond(GONE, response_type="ephemeral", replace_original=False)
        return
    respond(f"Feedback recorded: {VERDICT_LABELS[verdict]}. Thank you!", response_type="ephemeral",
            replace_original=False)

def on_post(ack, body, action, respond, client, services):
    ack()
    answer_id = action["value"]
    answer = services.log.get_answer(answer_id)
    if answer is None:
        respond(GONE, replace_original=False)
        return
    text, blocks = render_answer(answer, answer_id)
    client.chat_postMessage(channel=body["channel"]["id"], text=text, blocks=blocks)
    respond(text="Posted to the channel.", replace_original=True)

def on_confirm_figures(ack, body, action, respond, client, services):
    """An admin confirms a held figures upload: the table is replaced and ingested; the button goes."""
    ack()
    user = body["user"]["id"]
    if not services.is_admin(user, client):
        respond("Only smabot admins can replace the figures table.", response_type="ephemeral",
                replace_original=False)
        return
    try:
        stored = confirm_figures(services.settings, action.get("value", ""))
    except UploadRejected as exc:
        respond(f"Not replaced: {exc}", replace_original=True)
        return
    where = services.settings.display_path(stored.path)
    lines = [f"<@{user}> confirmed: the figures table `{where}` was replaced."]
    respond("\n".join(lines + ingest_lines(services, user, f"figures upload confirmed: {where}")),
            replace_original=True)


def register(app: App, services: Services) -> None:
    app.action(FEEDBACK_ACTION)(guarded(on_feedback, services))
    app.action(CONFIRM_FIGURES_ACTION)(guarded(on_confirm_figures, services))
    app.action("post_answer")(guarded(on_post, services))
