"""Serving the Slack app: HTTP mode (waitress serving the WSGI app; the Procfile runs this module) or Socket Mode."""

from __future__ import annotations

import logging
import sys
import threading

from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.embeddings import SentenceEmbeddings
from bot.pipeline import SmaBot
from bot.answer.models import Answer
from bot.settings import Settings
from bot.slack.app import SlackConfigError, build_app, require
from bot.slack.services import KnowledgeUnavailable, Services

EVENTS_PATH = "/slack/events"
HTTP_THREADS = 8  # requests handled at once; each only acks (answers run on Bolt's lazy-listener threads)
HTTP_CONNECTIONS = 500  # open connections before new ones wait in the listen backlog
HTTP_IDLE_TIMEOUT_S = 30  # a connection that sends nothing for this long is closed
# A thread wanting the GIL waits at most this long for an answer's Python work to hand it over (default 5 ms):
# an ack needs it many times (bench/slack_load.py: 100 concurrent /sma, ack p99 445-537 -> 334-391 ms)
GIL_SWITCH_S = 0.001
log = logging.getLogger("smabot.slack")


class KnowledgeAnswerer:
    """SmaBot opened at start-up if it can be, else on a later question: a corrupt or unreachable knowledge
    base never stops the web process, and questions are told so until it is back."""

    def __init__(self, settings: Settings, embeddings: SentenceEmbeddings) -> None:
        self.settings, self.embeddings = settings, embeddings
        self._bot: SmaBot | None = None
        self._lock = threading.Lock()
        try:
            self._open()
        except KnowledgeUnavailable:
            pass  # logged; serving goes on

    def _open(self) -> SmaBot:
        with self._lock:
            if self._bot is None:
                try:
                    self._bot = SmaBot(self.settings, self.embeddings)
                except Exception as exc:
                    where = self.settings.chroma_host or self.settings.chroma_path
                    log.error("the knowledge base at %s cannot be opened (%s: %s); serving without it",
                              where, type(exc).__name__, exc)
                    raise KnowledgeUnavailable() from exc
            return self._bot

    def answer(self, question: str) -> Answer:
        return self._open().answer(question)

    def route(self, question: str) -> str:
        """The route the question's plan takes (for the status line); 'declined' while the knowledge is away."""
        try:
            return self._open().plan(question).route
        except KnowledgeUnavailable:
            return "declined"


def _configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def create_services(settings: Settings, embeddings: SentenceEmbeddings | None = None) -> Services:
    """The app's services; the model is loaded once for answering (ingests started from Slack run in their own
    process, bot.ingest.child)."""
    knowledge = KnowledgeAnswerer(settings, embeddings or SentenceEmbeddings.from_settings(settings))
    return Services(settings, knowledge.answer, route=knowledge.route)


def wsgi_app(settings: Settings | None = None, embeddings: SentenceEmbeddings | None = None):
    """WSGI application serving events, commands and actions at /slack/events; answers wait while requests
    are being acked (Services.acks)."""
    _configure_logging()
    settings = settings or Settings()
    services = create_services(settings, embeddings)
    handler = SlackRequestHandler(build_app(settings, services), path=EVENTS_PATH)
    return refuse_malformed_timestamps(acks_first(handler, services))


def acks_first(handler, services: Services):
    """Count each request as acking until its response is ready, so answers hold back meanwhile."""

    def application(environ, start_response):
        with services.acks.acking():
            return handler(environ, start_response)

    return application


def refuse_malformed_timestamps(handler):
    """A request whose X-Slack-Request-Timestamp is not a number is unsigned: 401, where slack_sdk's
    signature check would raise (HTTP 500)."""

    def application(environ, start_response):
        stamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
        if stamp is not None and not stamp.isdigit():
            start_response("401 Unauthorized", [("Content-Type", "text/plain")])
            return [b"invalid request"]
        return handler(environ, start_response)

    return application


def run_socket_mode(settings: Settings) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    _configure_logging()
    app = build_app(settings, create_services(settings))
    SocketModeHandler(app, settings.slack_app_token.get_secret_value()).start()


def serve_http(settings: Settings) -> None:
    """Serve wsgi_app() with waitress on settings.port (PORT) until the process is stopped.

    Waitress reads each whole request in its event loop before a worker thread sees it, so clients that stall
    mid-request hold no thread (gunicorn's gthread workers each block on one; bench/slack_load.py measures
    both). Raises SlackConfigError, naming the variable, when the bot token or signing secret is missing.
    """
    require(settings)
    import waitress

    sys.setswitchinterval(GIL_SWITCH_S)
    waitress.serve(wsgi_app(settings), host="0.0.0.0", port=settings.port, ident="smabot", threads=HTTP_THREADS,
                   connection_limit=HTTP_CONNECTIONS, channel_timeout=HTTP_IDLE_TIMEOUT_S, asyncore_use_poll=True)


if __name__ == "__main__":
    try:
        serve_http(Settings())
    except SlackConfigError as exc:
        raise SystemExit(f"smabot web: {exc}") from None
