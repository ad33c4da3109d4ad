"""Buttons on answers: Slack's native feedback buttons (stored; a 👎 asks why in a modal), the hand-off to the
experts' user group, posting a private answer to the channel, and confirming a held figures upload."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.guard import bound, guarded
from bot.slack.blocks import (ASK_EXPERT_ACTION, CONFIRM_FIGURES_ACTION, FEEDBACK_ACTION, FEEDBACK_BLOCK_PREFIX,
                              FEEDBACK_REASON_VIEW, NOTE_ACTION, NOTE_BLOCK, REASON_ACTION, REASON_BLOCK, VERDICT_LABELS,
                              expert_request, feedback_reason_modal, render_answer)
from bot.slack.services import Services
from bot.slack.uploads import ingest_lines
from bot.uploads import UploadRejected, confirm_figures

GONE = "That answer is no longer on record; please ask again."


def on_feedback(ack, body, action, respond, client, services):
    """Each click is stored and is the person's vote; a 👎 opens a short modal asking why. The buttons show the
    choice themselves, so the reply is only a private thanks."""
    ack()
    verdict = action.get("value", "")
    answer_id = action.get("block_id", "").removeprefix(FEEDBACK_BLOCK_PREFIX)
    if verdict not in VERDICT_LABELS or not services.log.record_feedback(answer_id, body["user"]["id"], verdict):
        respond(GONE, response_type="ephemeral", replace_original=False)
        return
    if verdict == "not_helpful":
        client.views_open(trigger_id=body["trigger_id"], view=feedback_reason_modal(answer_id))
    respond(f"Feedback recorded: {VERDICT_LABELS[verdict]}. Thank you!", response_type="ephemeral",
            replace_original=False)


NOT_STORED = "This reason could not be stored: {why}"


def on_feedback_reason(ack, body, view, services):
    """The 👎 modal's submission: the reason joins the person's vote. A malformed submission, or one for a vote
    that is no longer 👎, is answered in the modal and changes nothing."""
    values = view.get("state", {}).get("values", {})
    reason = ((values.get(REASON_BLOCK, {}).get(REASON_ACTION) or {}).get("selected_option") or {}).get("value")
    note = (values.get(NOTE_BLOCK, {}).get(NOTE_ACTION) or {}).get("value")
    if not isinstance(reason, str) or not (note is None or isinstance(note, str)):
        ack(response_action="errors", errors={REASON_BLOCK: NOT_STORED.format(why="choose one of the reasons.")})
        return
    if not services.log.record_reason(view.get("private_metadata", ""), body["user"]["id"], reason, note):
        ack(response_action="errors", errors={REASON_BLOCK: NOT_STORED.format(
            why="choose one of the reasons; the answer must be on record with your 👎 still on it.")})
        return
    ack()

def on_post(ack, body, action, respond, client, services):
    ack()
    answer_id = action["value"]
    answer = services.log.get_answer(answer_id)
    if answer is None:
        respond(GONE, replace_original=False)
        return
    text, blocks = render_answer(answer, answer_id, ask_expert=bool(services.settings.experts_usergroup))
    client.chat_postMessage(channel=body["channel"]["id"], text=text, blocks=blocks)
    respond(text="Posted to the channel.", replace_original=True)

def on_ask_expert(ack, body, action, respond, client, services):
    """Posts the question, answer id and citations in the answer's thread (an ephemeral answer: in its channel),
    mentioning the experts' user group, and tells the clicker privately."""
    ack()
    usergroup = services.settings.experts_usergroup
    answer_id = action.get("value", "")
    answer = services.log.get_answer(answer_id) if usergroup else None
    if answer is None:
        respond(GONE if usergroup else "No expert group is set up for smabot.", response_type="ephemeral",
                replace_original=False)
        return
    container, message = body.get("container") or {}, body.get("message") or {}
    thread_ts = message.get("thread_ts") or container.get("thread_ts") or (
        None if container.get("is_ephemeral") else container.get("message_ts"))
    client.chat_postMessage(channel=body["channel"]["id"], thread_ts=thread_ts,
                            text=expert_request(answer, answer_id, usergroup, body["user"]["id"]))
    respond(f"Sent to the experts (<!subteam^{usergroup}>){' in the thread' if thread_ts else ''}; "
            "they will reply there.", response_type="ephemeral", replace_original=False)


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
    app.view_submission(FEEDBACK_REASON_VIEW)(bound(on_feedback_reason, services))
    app.action(CONFIRM_FIGURES_ACTION)(guarded(on_confirm_figures, services))
    app.action("post_answer")(guarded(on_post, services))
    app.action(ASK_EXPERT_ACTION)(guarded(on_ask_expert, services))
