"""Bolt app factory: one WebClient and response_url poster (retrying 429s, 5xx and, where a repeat is
harmless or a post is known not to have been made, timeouts), duplicate deliveries dropped by id, listeners
registered by kind and guarded.

Nothing here calls Slack at start-up (token verification is off), so the app starts with no network.
"""

from __future__ import annotations

import logging
import random
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import App, BoltRequest, BoltResponse, Respond
from slack_sdk import WebClient
from slack_sdk.http_retry import HttpRequest, HttpResponse, RetryHandler, RetryState
from slack_sdk.web import SlackResponse
from slack_sdk.webhook import WebhookClient, WebhookResponse

from bot.settings import Settings
from bot.slack.guard import request_key
from bot.slack.listeners import actions, assistant, commands, events, home, uploads
from bot.slack.services import Services

log = logging.getLogger("smabot.slack")


class SlackConfigError(Exception):
    """A setting the Slack app cannot start without; the message names the variable."""


def require(settings: Settings) -> tuple[str, str]:
    """The bot token and signing secret, or a start-up error naming what is missing."""
    missing = [name for name, value in (("SLACK_BOT_TOKEN", settings.slack_bot_token),
                                        ("SLACK_SIGNING_SECRET", settings.slack_signing_secret)) if not value]
    if missing:
        raise SlackConfigError(f"{' and '.join(missing)} must be set to run the Slack app "
                               "(see README: Slack set-up); `smabot chat` works without them.")
    return settings.slack_bot_token.get_secret_value(), settings.slack_signing_secret.get_secret_value()


LISTENER_THREADS = 1024

# Calls that change nothing when repeated: retried after a timeout or a dropped connection too, when Slack
# may already have done them. Streaming and uploading are retried only when Slack said it did not; a post only
# once a look-up shows it was not made (IdempotentPostClient).
REPEATABLE_METHODS = frozenset({
    "chat.update", "chat.delete", "conversations.replies", "conversations.history", "usergroups.users.list", "auth.test",
    "assistant.threads.setStatus", "assistant.threads.setTitle", "assistant.threads.setSuggestedPrompts"})


def repeatable_method(request: HttpRequest) -> bool:
    return request.url.split("?")[0].rsplit("/", 1)[-1] in REPEATABLE_METHODS


class SlackRetries(RetryHandler):
    """Retry a 429 after its Retry-After, a 5xx after a doubling backoff, and a timeout or dropped connection
    when the call is repeatable (by default: one of REPEATABLE_METHODS)."""

    def __init__(self, retries: int, backoff_s: float,
                 repeatable: Callable[[HttpRequest], bool] = repeatable_method) -> None:
        super().__init__(max_retry_count=retries)
        self.backoff_s, self.repeatable = backoff_s, repeatable

    def _can_retry(self, *, state: RetryState, request: HttpRequest, response: HttpResponse | None = None,
                   error: Exception | None = None) -> bool:
        if response is not None:
            return response.status_code == 429 or response.status_code >= 500
        return isinstance(error, OSError) and (_never_sent(error) or self.repeatable(request))

    def prepare_for_next_attempt(self, *, state: RetryState, request: HttpRequest,
                                 response: HttpResponse | None = None, error: Exception | None = None) -> None:
        retry_after = {k.lower(): v for k, v in (response.headers if response else {}).items()}.get("retry-after")
        if response is not None and response.status_code == 429 and retry_after and retry_after[0].isdigit():
            wait = int(retry_after[0]) + random.random() * 0.1
        else:
            wait = self.backoff_s * 2 ** state.current_attempt * random.uniform(1, 1.25)
        log.info("retrying %s in %.1f s (%s)", request.url.rsplit("/", 1)[-1], wait,
                 response.status_code if response is not None else type(error).__name__)
        time.sleep(wait)
        state.next_attempt_requested = True
        state.increment_current_attempt()


def _never_sent(error: OSError) -> bool:
    reason = getattr(error, "reason", error)
    return isinstance(reason, ConnectionRefusedError)


class RetryingRespond(Respond):
    """Bolt's respond() posting to response_url with SlackRetries (a timed-out post is repeated only when it
    replaces the original, so a repeat changes nothing); a post that still fails raises."""

    def __init__(self, response_url: str, settings: Settings) -> None:
        super().__init__(response_url=response_url)
        self.settings = settings

    def __call__(self, text: str = "", blocks: list | None = None, response_type: str | None = None,
                 replace_original: bool | None = None, **fields) -> WebhookResponse:
        message = {"text": text, "blocks": blocks, "response_type": response_type,
                   "replace_original": replace_original, **fields}
        retries = SlackRetries(self.settings.slack_retries, self.settings.slack_retry_backoff_s,
                               repeatable=lambda request: bool(replace_original))
        client = WebhookClient(url=self.response_url, timeout=int(self.settings.slack_timeout_s),
                               retry_handlers=[retries])
        response = client.send_dict({k: v for k, v in message.items() if v is not None})
        if response.status_code != 200:
            raise RuntimeError(f"response_url answered HTTP {response.status_code}: {response.body[:200]}")
        return response


POST_EVENT_TYPE = "smabot_reply"
LOOKUP_MARGIN_S = 120  # how far before the post began a look-up reads back (clocks differ)


class IdempotentPostClient(WebClient):
    """A WebClient whose chat.postMessage is safe to repeat: each post carries message metadata with its own
    post id, and a post that timed out or lost its connection (Slack may have made it) is looked up by that
    id in its thread or channel before it is made again; found, it counts as posted. chat.startStream takes
    no metadata, so a timed-out start stays unrepeated (README)."""

    def __init__(self, *args, repeats: int = 3, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.repeats = repeats

    def api_call(self, api_method: str, **kwargs) -> SlackResponse:  # type: ignore[override]
        body = kwargs.get("json")
        if api_method != "chat.postMessage" or not isinstance(body, dict) or body.get("metadata"):
            return super().api_call(api_method, **kwargs)
        post_id = uuid.uuid4().hex
        body = {**body, "metadata": {"event_type": POST_EVENT_TYPE, "event_payload": {"post_id": post_id}}}
        started = time.time()
        attempt = 0
        while True:
            try:
                return super().api_call(api_method, **{**kwargs, "json": body})
            except OSError as error:  # a timeout or dropped connection the retry handler would not repeat
                try:
                    found = self._find_post(body, post_id, started)
                except Exception as lookup_error:
                    log.warning("could not look up a timed-out post (%s); not posting again", lookup_error)
                    raise error from lookup_error
                if found is not None:
                    log.info("chat.postMessage timed out but was made (%s); not posting again", found["ts"])
                    return SlackResponse(client=self, http_verb="POST", api_url=self.base_url + api_method,
                                         req_args={"json": body}, headers={}, status_code=200,
                                         data={"ok": True, "channel": body["channel"], "ts": found["ts"],
                                               "message": found})
                if attempt >= self.repeats:
                    raise
                attempt += 1
                log.info("chat.postMessage failed (%s) and was not made; posting again", type(error).__name__)

    def _find_post(self, body: dict, post_id: str, started: float) -> dict | None:
        """The message this post made, if Slack made it: read back with its metadata, from just before the
        post began."""
        oldest = f"{started - LOOKUP_MARGIN_S:.6f}"
        if body.get("thread_ts"):
            response = self.conversations_replies(channel=body["channel"], ts=body["thread_ts"], oldest=oldest,
                                                  include_all_metadata=True, limit=200)
        else:
            response = self.conversations_history(channel=body["channel"], oldest=oldest,
                                                  include_all_metadata=True, limit=100)
        return next((m for m in response.get("messages", [])
                     if (m.get("metadata") or {}).get("event_type") == POST_EVENT_TYPE
                     and (m["metadata"].get("event_payload") or {}).get("post_id") == post_id), None)


def build_client(settings: Settings, token: str) -> WebClient:
    return IdempotentPostClient(
        token=token, base_url=settings.slack_api_url, timeout=int(settings.slack_timeout_s),
        retry_handlers=[SlackRetries(settings.slack_retries, settings.slack_retry_backoff_s)],
        repeats=settings.slack_retries)


class SmabotApp(App):
    """Bolt's App, but each request's client (the one say, say_stream and set_status are built on) posts
    idempotently: Bolt builds a plain WebClient per request from the app's, so it is swapped here, before
    any middleware binds it."""

    def _init_context(self, req: BoltRequest) -> None:
        super()._init_context(req)
        plain, posting = req.context["client"], self.client
        req.context["client"] = IdempotentPostClient(
            token=plain.token, base_url=plain.base_url, timeout=plain.timeout, ssl=plain.ssl, proxy=plain.proxy,
            headers=plain.headers, team_id=req.context.team_id, logger=plain.logger,
            retry_handlers=plain.retry_handlers,
            repeats=posting.repeats if isinstance(posting, IdempotentPostClient) else 0)


def build_app(settings: Settings, services: Services) -> App:
    token, signing_secret = require(settings)
    app = SmabotApp(
        client=build_client(settings, token),
        signing_secret=signing_secret,
        token_verification_enabled=False,
        process_before_response=False,
        # Bolt runs ack listeners and lazy listeners on this one pool, and a request waits for its ack (a
        # 404 after 3 s): every lazy listener holds a thread until its answer is done, so the pool must
        # hold every request in flight twice over, or acks queue behind answers waiting their turn (64
        # threads lost 16 of 100 concurrent /sma acks). Threads start only when needed; how many answers
        # are computed at once is bounded by Services' semaphore.
        listener_executor=ThreadPoolExecutor(max_workers=LISTENER_THREADS, thread_name_prefix="smabot"),
    )
    app.middleware(drop_duplicate_deliveries())
    app.middleware(retrying_respond(settings))
    # the order matters where two could match one request: Bolt runs the first listener that matches
    for listeners in (assistant, uploads, events, home, commands, actions):
        listeners.register(app, services)
    return app


def drop_duplicate_deliveries(remember: int = 4096):
    """A request already received (same event id, or a command's or action's trigger id) is acknowledged
    and dropped: a replay or a retry of a delivery that reached us is answered once. A retry of a delivery
    that never reached us (Slack's X-Slack-Retry-Num is set either way) is answered."""
    seen: OrderedDict[str, None] = OrderedDict()
    lock = threading.Lock()

    def middleware(body: dict, next: Callable[[], None]) -> BoltResponse | None:  # noqa: A002
        key = request_key(body)
        if key:
            with lock:
                if key in seen:
                    log.info("dropping a repeated delivery of %s", key)
                    return BoltResponse(status=200, body="")
                seen[key] = None
                if len(seen) > remember:
                    seen.popitem(last=False)
        return next()

    return middleware


def retrying_respond(settings: Settings):
    """respond() in every listener posts to response_url with retries (Bolt's own does not retry)."""

    def middleware(context, next: Callable[[], None]) -> None:  # noqa: A002
        if context.response_url:
            context["respond"] = RetryingRespond(context.response_url, settings)
        return next()

    return middleware
