"""Mentions and direct messages: a placeholder at once, then the answer in its place, in a thread."""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient

from bot.conversation import contextualize, strip_mentions
from bot.slack.app import Services
from bot.slack.blocks import render_answer
from bot.slack.listeners.uploads import handle_upload, is_upload_for_us

log = logging.getLogger("smabot.slack")
PLACEHOLDER = "Working on it… :hourglass_flowing_sand:"


def thread_questions(client: WebClient, channel: str, thread_ts: str, before_ts: str) -> list[str]:
    """Earlier questions people asked in the thread, oldest first."""
    replies = client.conversations_replies(channel=channel, ts=thread_ts, limit=50)
    return [
        strip_mentions(m.get("text", ""))
        for m in replies.get("messages", [])
        if not m.get("bot_id") and m.get("ts", "") < before_ts and strip_mentions(m.get("text", ""))
    ]


def answer_in_thread(event: dict, client: WebClient, services: Services) -> None:
    channel, ts = event["channel"], event["ts"]
    thread_ts = event.get("thread_ts") or ts
    placeholder = client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=PLACEHOLDER)
    question = strip_mentions(event.get("text", ""))
    if event.get("thread_ts"):
        question = contextualize(question, thread_questions(client, channel, thread_ts, ts))
    answer = services.answer(question)
    answer_id = services.log.record_answer(answer, event.get("user"), channel)
    text, blocks = render_answer(answer, answer_id)
    client.chat_update(channel=channel, ts=placeholder["ts"], text=text, blocks=blocks)


def register(app: App, services: Services) -> None:
    def ack_event(ack):
        ack()

    def on_mention(event, client):
        answer_in_thread(event, client, services)

    def on_message(event, client):
        if event.get("bot_id"):
            return
        if is_upload_for_us(event, services):
            handle_upload(event, client, services)
        elif event.get("channel_type") == "im" and not event.get("subtype"):
            answer_in_thread(event, client, services)

    app.event("app_mention")(ack=ack_event, lazy=[on_mention])
    app.event("message")(ack=ack_event, lazy=[on_message])
