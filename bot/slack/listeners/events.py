"""Mentions (a placeholder at once, then the answer in its place) and direct messages (a status, then the
answer streamed), both in a thread. Messages in assistant threads go to listeners/assistant.py, files to
listeners/uploads.py."""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_sdk import WebClient

from bot.conversation import contextualize, strip_mentions
from bot.slack.blocks import render_answer
from bot.slack.guard import REPLY_TS, guarded
from bot.slack.reply import answer_streamed, thread_questions
from bot.slack.services import Services

log = logging.getLogger("smabot.slack")
PLACEHOLDER = "Working on it… :hourglass_flowing_sand:"


def ack_event(ack):
    ack()


def answer_mention(event: dict, client: WebClient, services: Services, context: dict) -> None:
    """The placeholder's ts goes in context[REPLY_TS]: the answer, or the failure, replaces it there."""
    channel, ts = event["channel"], event["ts"]
    thread_ts = event.get("thread_ts") or ts
    context[REPLY_TS] = client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=PLACEHOLDER)["ts"]
    question = strip_mentions(event.get("text", ""))
    if event.get("thread_ts"):
        question = contextualize(question, thread_questions(client, channel, thread_ts, ts))
    answer = services.answer(question)
    answer_id = services.log.new_answer_id()
    text, blocks = render_answer(answer, answer_id)
    client.chat_update(channel=channel, ts=context[REPLY_TS], text=text, blocks=blocks)
    services.log.record_answer(answer, event.get("user"), channel, answer_id)


def answer_direct_message(event, client, services, say_stream, set_status):
    """A person's message in the app's DM (not in an assistant thread: those reach listeners/assistant.py)."""
    if event.get("bot_id") or event.get("channel_type") != "im" or event.get("subtype"):
        return
    answer_streamed(event, client, services, say_stream, set_status)


def register(app: App, services: Services) -> None:
    app.event("app_mention")(ack=ack_event, lazy=[guarded(answer_mention, services)])
    app.event("message")(ack=ack_event, lazy=[guarded(answer_direct_message, services)])
