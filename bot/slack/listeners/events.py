"""Channel mentions and follow-ups in channel threads the bot has answered (a status line, then the answer
streamed; a placeholder replaced by the answer where Slack allows neither), and direct messages (a status,
then the answer streamed), all in a thread. Messages in assistant threads go to listeners/assistant.py, files
to listeners/uploads.py."""

from __future__ import annotations

import logging

from slack_bolt import App, SayStream, SetStatus, SetTitle
from slack_bolt.context import BoltContext
from slack_sdk import WebClient

from bot.conversation import contextualize, strip_mentions
from bot.slack.blocks import render_answer
from bot.slack.guard import REPLY_STREAMED, REPLY_TS, STATUS_SHOWN, bound, guarded
from bot.slack.reply import (GREETING, answer_streamed, courtesy, offer_prompts, questions_before, stream_answer,
                             thread_messages, working_status)
from bot.slack.services import Services

log = logging.getLogger("smabot.slack")
PLACEHOLDER = "Working on it… :hourglass_flowing_sand:"


def ack_event(ack):
    ack()


def answer_mention(event: dict, client: WebClient, services: Services, context: BoltContext,
                   say_stream: SayStream | None, set_status: SetStatus | None) -> None:
    answer_in_channel_thread(event, client, services, context, say_stream, set_status)


def is_thread_follow_up(event: dict, context: BoltContext, services: Services) -> bool:
    """A person's plain message in a channel thread. Not the bot's or another bot's, no edits or joins
    (subtypes), and no message mentioning the bot: app_mention answers those."""
    return (services.settings.slack_thread_follow_ups and event.get("channel_type") in ("channel", "group")
            and event.get("thread_ts") not in (None, event.get("ts")) and not event.get("subtype")
            and not event.get("bot_id") and event.get("user") not in (None, context.bot_user_id)
            and f"<@{context.bot_user_id}>" not in event.get("text", ""))


def answer_thread_follow_up(event: dict, client: WebClient, services: Services, context: BoltContext,
                            say_stream: SayStream | None, set_status: SetStatus | None) -> None:
    """Answered only in threads where the bot has posted; a thread that cannot be read is left alone (it may
    well not be ours), with a line in the log."""
    try:
        thread = thread_messages(client, event["channel"], event["thread_ts"])
    except Exception as exc:
        log.warning("could not read thread %s for a follow-up: %s", event["thread_ts"], exc)
        return
    if any(m.get("bot_id") == context.bot_id or m.get("user") == context.bot_user_id for m in thread):
        answer_in_channel_thread(event, client, services, context, say_stream, set_status, thread)


def answer_in_channel_thread(event: dict, client: WebClient, services: Services, context: BoltContext,
                             say_stream: SayStream | None, set_status: SetStatus | None,
                             thread: list[dict] | None = None) -> None:
    """Streamed under a status line (chat.startStream with the asker's user and team ids) while streaming is
    on and Slack takes the status; else a placeholder first, replaced by the answer. context[REPLY_TS] holds
    the placeholder or stream, which a failure replaces too. thread: the thread's messages, if read already."""
    channel, ts = event["channel"], event["ts"]
    thread_ts = event.get("thread_ts") or ts
    streaming = services.stream_mentions and say_stream is not None
    if not streaming:
        post_placeholder(client, channel, thread_ts, context)
    question = strip_mentions(event.get("text", ""))
    if event.get("thread_ts"):
        thread = thread if thread is not None else thread_messages(client, channel, thread_ts)
        question = contextualize(question, questions_before(thread, ts))
    if streaming and courtesy(set_status, status=working_status(services.route(question))):
        context[STATUS_SHOWN] = True
        answer = services.answer(question)
        answer_id = services.log.record_answer(answer, event.get("user"), channel)  # before its buttons are shown
        streamer = say_stream(buffer_size=1)
        try:
            refused = stream_answer(client, streamer, channel, thread_ts, answer, answer_id,
                                    ask_expert=bool(services.settings.experts_usergroup))
        finally:  # from here a failure replaces the streamed message
            context[REPLY_TS], context[REPLY_STREAMED] = streamer.ts, True
        if refused:
            services.stream_mentions = False
            log.warning("Slack refused to stream into a channel thread; channel answers use placeholders now")
        courtesy(set_status, status="")
        return
    if not context.get(REPLY_TS):  # streaming was on, but Slack took no status: a placeholder shows progress
        post_placeholder(client, channel, thread_ts, context)
    answer = services.answer(question)
    answer_id = services.log.record_answer(answer, event.get("user"), channel)  # before its buttons are shown
    text, blocks = render_answer(answer, answer_id, ask_expert=bool(services.settings.experts_usergroup))
    client.chat_update(channel=channel, ts=context[REPLY_TS], text=text, blocks=blocks)


def post_placeholder(client: WebClient, channel: str, thread_ts: str, context: BoltContext) -> None:
    """The placeholder's ts goes in context[REPLY_TS]: the answer, or the failure, replaces it there."""
    context[REPLY_TS] = client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=PLACEHOLDER)["ts"]


def answer_direct_message(event, client, services, say_stream, set_status):
    """A person's new message in the app's DM, i.e. the Messages tab (agent view) or a plain DM: it starts a
    thread, titled by the question, answered as in the assistant panel. Replies in that thread reach
    listeners/assistant.py (Bolt's Assistant takes threaded DM messages) and the same answer_streamed()."""
    if event.get("bot_id") or event.get("channel_type") != "im" or event.get("subtype"):
        return
    set_title = SetTitle(client=client, channel_id=event["channel"], thread_ts=event.get("thread_ts") or event["ts"])
    answer_streamed(event, client, services, say_stream, set_status, set_title)


def greet_in_messages_tab(event, client, services, set_suggested_prompts):
    """The agent view's entry event (it replaces assistant_thread_started): a person opened the app's Messages
    tab. The greeting is posted once, into an empty DM; the prompts are set each time, without thread_ts
    (Slack ignores a call with one from an agent app)."""
    if event.get("tab") != "messages" or not event.get("channel"):
        return
    history = client.conversations_history(channel=event["channel"], limit=1).get("messages") or []
    if not history:
        client.chat_postMessage(channel=event["channel"], text=GREETING)
    offer_prompts(set_suggested_prompts, services)


def register(app: App, services: Services) -> None:
    app.event("app_mention")(ack=ack_event, lazy=[guarded(answer_mention, services)])
    app.event("message", matchers=[bound(is_thread_follow_up, services)])(
        ack=ack_event, lazy=[guarded(answer_thread_follow_up, services)])
    app.event("message")(ack=ack_event, lazy=[guarded(answer_direct_message, services)])
    app.event("app_home_opened", matchers=[in_messages_tab])(ack=ack_event,
                                                              lazy=[courteous(greet_in_messages_tab, services)])


def in_messages_tab(event: dict) -> bool:
    """The Home tab has its own listener (listeners/home.py); Bolt runs only the first that matches."""
    return event.get("tab") == "messages"


def courteous(listener, services):
    """A listener whose failure only costs a courtesy (a greeting): logged, nothing posted."""

    def run(args):
        courtesy(bound(listener, services), args=args)

    run.__name__ = run.__qualname__ = listener.__name__
    return run
