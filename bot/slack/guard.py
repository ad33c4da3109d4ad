"""Listeners run so that a failure still ends in one short message where the reply was due, never silence;
and listeners that need the Services get them bound (Bolt injects only its own arguments)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from slack_bolt import Args
from slack_bolt.util.utils import get_arg_names_of_callable

from bot.slack.services import KnowledgeUnavailable, Services

log = logging.getLogger("smabot.slack")

FAILED = ":warning: Sorry, I could not answer that just now; please try again in a moment."
UNAVAILABLE = (":warning: The knowledge base is unavailable right now, so I cannot answer; the admins can see "
               "why in the log. Please try again later.")
REPLY_TS = "smabot_reply_ts"  # context key: the message (a placeholder) the listener's answer will replace
REPLY_STREAMED = "smabot_reply_streamed"  # context key: that message is a stream, stopped before it is replaced
STATUS_SHOWN = "smabot_status_shown"  # context key: the listener put up a status line, cleared on failure


def call(listener: Callable[..., object], args: Args, services: Services | None) -> object:
    """The listener called with the Bolt arguments it names, and `services` if it names that."""
    kwargs = {name: services if name == "services" else getattr(args, name)
              for name in get_arg_names_of_callable(listener)}
    return listener(**kwargs)


def bound(listener: Callable[..., object], services: Services) -> Callable[[Args], object]:
    """The listener with `services` supplied (for ack functions, which must not be guarded)."""

    def run(args: Args) -> object:
        return call(listener, args, services)

    run.__name__ = run.__qualname__ = listener.__name__
    return run


def guarded(listener: Callable[..., None], services: Services | None = None) -> Callable[[Args], None]:
    """The listener run so that any exception ends in one short message where its reply was due, never
    silence: in place of its placeholder or stream (context[REPLY_TS]), through response_url for commands and
    actions, else in the event's thread; a status line is cleared. The stack trace is logged with a reference
    the message quotes."""

    def run(args: Args) -> None:
        try:
            call(listener, args, services)
        except Exception as exc:
            reference = uuid.uuid4().hex[:8]
            log.exception("%s failed (ref %s, request %s)", listener.__name__, reference, request_key(args.body))
            text = UNAVAILABLE if isinstance(exc, KnowledgeUnavailable) else FAILED
            tell_failure(args, f"{text} (ref {reference})")

    run.__name__ = run.__qualname__ = listener.__name__
    return run


def tell_failure(args: Args, text: str) -> None:
    """Best effort: if Slack itself is failing, the log has it."""
    event = args.event or {}
    thread = event.get("assistant_thread") or {}
    channel = event.get("channel") or thread.get("channel_id") or args.context.channel_id
    try:
        if args.context.get(REPLY_TS):
            if args.context.get(REPLY_STREAMED):
                stop_stream(args.client, channel, args.context[REPLY_TS])
            args.client.chat_update(channel=channel, ts=args.context[REPLY_TS], text=text, blocks=[])
        elif args.context.response_url:
            args.respond(text=text, response_type="ephemeral", replace_original=args.command is not None)
        elif channel:
            thread_ts = event.get("thread_ts") or thread.get("thread_ts") or event.get("ts")
            args.client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text)
        if args.set_status is not None and channel and (event.get("thread_ts") or thread
                                                        or args.context.get(STATUS_SHOWN)):
            args.set_status(status="")
    except Exception:
        log.exception("could not tell the user about the failure")


def stop_stream(client, channel: str, ts: str) -> None:
    """Stop a stream that may still be open, so the message can be replaced; one already stopped is refused."""
    try:
        client.chat_stopStream(channel=channel, ts=ts)
    except Exception as exc:
        log.info("stopping stream %s: %s", ts, exc)


def request_key(body: dict) -> str | None:
    """What identifies one delivery of a request: the event id, or a command's or action's trigger id."""
    return body.get("event_id") or body.get("trigger_id") if isinstance(body, dict) else None
