"""Serving the Slack app: HTTP mode (gunicorn serving the WSGI app; the Procfile runs this module) or Socket Mode."""

from __future__ import annotations

import logging
import os
import shutil

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.embeddings import SentenceEmbeddings
from bot.pipeline import SmaBot
from bot.settings import Settings
from bot.slack.app import Services, SlackConfigError, build_app, require

EVENTS_PATH = "/slack/events"


def _configure_logging() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


def create_app(settings: Settings | None = None, embeddings: SentenceEmbeddings | None = None) -> App:
    """The Bolt app with its services; the model is loaded once and shared by answering and ingest."""
    settings = settings or Settings()
    embeddings = embeddings or SentenceEmbeddings.from_settings(settings)
    bot = SmaBot(settings, embeddings)
    return build_app(settings, Services(settings, bot.answer, lambda: embeddings, route=lambda q: bot.plan(q).route))


def wsgi_app(settings: Settings | None = None, embeddings: SentenceEmbeddings | None = None) -> SlackRequestHandler:
    """WSGI application serving events, commands and actions at /slack/events."""
    _configure_logging()
    return SlackRequestHandler(create_app(settings, embeddings), path=EVENTS_PATH)


def run_socket_mode(settings: Settings) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    _configure_logging()
    SocketModeHandler(create_app(settings), settings.slack_app_token.get_secret_value()).start()


def serve_http(settings: Settings) -> None:
    """Replace this process with gunicorn serving wsgi_app() on settings.port (PORT).

    Raises SlackConfigError, naming the variable, when the bot token or signing secret is missing.
    """
    require(settings)
    gunicorn = shutil.which("gunicorn") or "gunicorn"
    os.execvp(gunicorn, [gunicorn, "--bind", f"0.0.0.0:{settings.port}", "--workers", "1", "--threads", "8",
                         "--timeout", "120", "bot.slack.server:wsgi_app()"])


if __name__ == "__main__":
    try:
        serve_http(Settings())
    except SlackConfigError as exc:
        raise SystemExit(f"smabot web: {exc}") from None
