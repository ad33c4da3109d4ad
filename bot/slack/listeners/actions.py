"""Buttons on answers: feedback (stored) and posting a private answer to the channel."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.app import Services
from bot.slack.blocks import render_answer

VERDICTS = {"feedback_helpful": ("helpful", "👍 helpful"), "feedback_not_helpful": ("not_helpful", "👎 not helpful")}


def register(app: App, services: Services) -> None:
    def on_feedback(ack, body, action, respond):
        ack()
        verdict, label = VERDICTS[action["action_id"]]
        user = body["user"]["id"]
        answer_id = action["value"]
        if not services.log.record_feedback(answer_id, user, verdict):
            respond("That answer is no longer on record; please ask again.", response_type="ephemeral",
                    replace_original=False)
            return
        answer = services.log.get_answer(answer_id)
        text, blocks = render_answer(answer, answer_id, feedback_note=f"Feedback recorded: {label} (<@{user}>). Thank you!")
        respond(text=text, blocks=blocks, replace_original=True)

    def on_post(ack, body, action, respond, client):
        ack()
        answer_id = action["value"]
        answer = services.log.get_answer(answer_id)
        if answer is None:
            respond("That answer is no longer on record; please ask again.", replace_original=False)
            return
        text, blocks = render_answer(answer, answer_id)
        client.chat_postMessage(channel=body["channel"]["id"], text=text, blocks=blocks)
        respond(text="Posted to the channel.", replace_original=True)

    for action_id in VERDICTS:
        app.action(action_id)(on_feedback)
    app.action("post_answer")(on_post)
