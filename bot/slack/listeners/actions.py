"""Buttons on answers: Slack's native feedback buttons (stored) and posting a private answer to the channel."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.app import Services, guarded
from bot.slack.blocks import FEEDBACK_ACTION, FEEDBACK_BLOCK_PREFIX, VERDICT_LABELS, render_answer

GONE = "That answer is no longer on record; please ask again."


def register(app: App, services: Services) -> None:
    def on_feedback(ack, body, action, respond):
        """One stored row per click; the buttons show the choice themselves, so the reply is only a private thanks."""
        ack()
        verdict = action.get("value", "")
        answer_id = action.get("block_id", "").removeprefix(FEEDBACK_BLOCK_PREFIX)
        if verdict not in VERDICT_LABELS or not services.log.record_feedback(answer_id, body["user"]["id"], verdict):
            respond(GONE, response_type="ephemeral", replace_original=False)
            return
        respond(f"Feedback recorded: {VERDICT_LABELS[verdict]}. Thank you!", response_type="ephemeral",
                replace_original=False)

    def on_post(ack, body, action, respond, client):
        ack()
        answer_id = action["value"]
        answer = services.log.get_answer(answer_id)
        if answer is None:
            respond(GONE, replace_original=False)
            return
        text, blocks = render_answer(answer, answer_id)
        client.chat_postMessage(channel=body["channel"]["id"], text=text, blocks=blocks)
        respond(text="Posted to the channel.", replace_original=True)

    app.action(FEEDBACK_ACTION)(guarded(on_feedback))
    app.action("post_answer")(guarded(on_post))
