"""Bolt app factory: one WebClient (retrying on 429 and connection errors), listeners registered by kind.

Nothing here calls Slack at start-up (token verification is off), so the app starts with no network.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App, Args, BoltResponse
from slack_bolt.util.utils import get_arg_names_of_callable
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from bot.answer.models import Answer
from bot.embeddings import SentenceEmbeddings
from bot.feedback import AnswerLog
from bot.figures import FiguresFile, FigureTable
from bot.ingest.run import IngestBusy, IngestReport, run_ingest
from bot.settings import Settings

log = logging.getLogger("smabot.slack")


FAILED = ":warning: Sorry, I could not answer that just now; please try again in a moment."
UNAVAILABLE = (":warning: The knowledge base is unavailable right now, so I cannot answer; the admins can see "
               "why in the log. Please try again later.")
REPLY_TS = "smabot_reply_ts"  # context key: the message (a placeholder) the listener's answer will replace


class SlackConfigError(Exception):
    """A setting the Slack app cannot start without; the message names the variable."""


class KnowledgeUnavailable(Exception):
    """The knowledge base cannot be opened; people asking are told so (UNAVAILABLE) instead."""


class Services:
    """What listeners need: answering, the figures, the answer log, admin checks and ingest."""

    def __init__(self, settings: Settings, answer: Callable[[str], Answer],
                 embeddings: Callable[[], SentenceEmbeddings]) -> None:
        """answer computes an Answer; embeddings gives the model for ingests run from Slack."""
        self.settings = settings
        self._answer = answer
        self._answering = threading.BoundedSemaphore(settings.slack_workers)
        self._embeddings = embeddings
        self._figures = FiguresFile(settings)
        self.log = AnswerLog(settings.feedback_db)

    def answer(self, question: str) -> Answer:
        with self._answering:
            return self._answer(question)

    @property
    def figures_table(self) -> FigureTable:
        return self._figures.table()

    def is_admin(self, user_id: str, client: WebClient) -> bool:
        if user_id in self.settings.admin_user_ids:
            return True
        if self.settings.admin_usergroup:
            members = client.usergroups_users_list(usergroup=self.settings.admin_usergroup).get("users", [])
            return user_id in members
        return False

    def ingest(self, user_id: str, dry_run: bool, origin: str = "/sma-ingest") -> IngestReport:
        """One ingest at a time (IngestBusy otherwise); answers follow the new knowledge at once (every
        answerer looks up the active generation and the figures file's version per question)."""
        mode = f"{'dry-run' if dry_run else 'run'} ({origin})"
        try:
            report = run_ingest(self.settings, dry_run=dry_run, progress=False, embeddings=self._embeddings())
        except IngestBusy:
            raise
        except Exception as exc:
            self.log.record_ingest(user_id, mode, "error", str(exc))
            raise
        self.log.record_ingest(user_id, mode, "failed" if report.failed else "ok", report.summary())
        return report


def require(settings: Settings) -> tuple[str, str]:
    """The bot token and signing secret, or a start-up error naming what is missing."""
    missing = [name for name, value in (("SLACK_BOT_TOKEN", settings.slack_bot_token),
                                        ("SLACK_SIGNING_SECRET", settings.slack_signing_secret)) if not value]
    if missing:
        raise SlackConfigError(f"{' and '.join(missing)} must be set to run the Slack app "
                               "(see README: Slack set-up); `smabot chat` works without them.")
    return settings.slack_bot_token.get_secret_value(), settings.slack_signing_secret.get_secret_value()


def build_client(settings: Settings, token: str) -> WebClient:
    client = WebClient(token=token, base_url=settings.slack_api_url)
    client.retry_handlers.extend([RateLimitErrorRetryHandler(max_retry_count=2),
                                  ConnectionErrorRetryHandler(max_retry_count=2)])
    return client


def build_app(settings: Settings, services: Services) -> App:
    token, signing_secret = require(settings)
    app = App(
        client=build_client(settings, token),
        signing_secret=signing_secret,
        token_verification_enabled=False,
        process_before_response=False,
        # Bolt runs ack listeners and lazy listeners on this one pool, and a request waits for its ack:
        # the pool must be large enough that acks never queue behind answers in progress. How many
        # answers are computed at once is bounded elsewhere (answer processes or Services' semaphore).
        listener_executor=ThreadPoolExecutor(max_workers=64, thread_name_prefix="smabot"),
    )
    app.middleware(ignore_slack_retries())
    from bot.slack.listeners import actions, assistant, commands, events

    for listeners in (assistant, events, commands, actions):
        listeners.register(app, services)
    return app


def guarded(listener: Callable[..., None]) -> Callable[[Args], None]:
    """The listener run so that any exception ends in one short message where its reply was due, never
    silence: in place of its placeholder (context[REPLY_TS]), through response_url for commands and actions,
    else in the event's thread; an assistant status is cleared. The stack trace is logged with a reference
    the message quotes."""
    arg_names = get_arg_names_of_callable(listener)

    def run(args: Args) -> None:
        try:
            listener(**{name: getattr(args, name) for name in arg_names})
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
            args.client.chat_update(channel=channel, ts=args.context[REPLY_TS], text=text, blocks=[])
        elif args.context.response_url:
            args.respond(text=text, response_type="ephemeral", replace_original=args.command is not None)
        elif channel:
            thread_ts = event.get("thread_ts") or thread.get("thread_ts") or event.get("ts")
            args.client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text)
        if args.set_status is not None and channel and (event.get("thread_ts") or thread):
            args.set_status(status="")
    except Exception:
        log.exception("could not tell the user about the failure")


def request_key(body: dict) -> str | None:
    """What identifies one delivery of a request: the event id, or a command's or action's trigger id."""
    return body.get("event_id") or body.get("trigger_id") if isinstance(body, dict) else None


def ignore_slack_retries(remember: int = 2048):
    """Slack re-sends an event it thinks we missed; the first delivery already answered it."""
    seen: OrderedDict[str, None] = OrderedDict()
    lock = threading.Lock()

    def middleware(body: dict, next: Callable[[], BoltResponse], request) -> BoltResponse | None:  # noqa: A002
        event_id = body.get("event_id") if isinstance(body, dict) else None
        if request.headers.get("x-slack-retry-num"):
            log.info("ignoring Slack retry %s of event %s", request.headers.get("x-slack-retry-num"), event_id)
            return BoltResponse(status=200, body="")
        if event_id:
            with lock:
                if event_id in seen:
                    return BoltResponse(status=200, body="")
                seen[event_id] = None
                if len(seen) > remember:
                    seen.popitem(last=False)
        return next()

    return middleware
