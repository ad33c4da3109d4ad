"""Serving the Slack app: WSGI for HTTP mode (gunicorn, see Procfile) or Socket Mode."""

from __future__ import annotations

import logging

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from bot.embeddings import SentenceEmbeddings
from bot.pipeline import SmaBot
from bot.settings import Settings
from bot.slack.app import Services, build_app

EVENTS_PATH = "/slack/events"


def create_app(settings: Settings | None = None, embeddings: SentenceEmbeddings | None = None) -> App:
    """The Bolt app with its services; the model is loaded once and shared by answering and ingest."""
    settings = settings or Settings()
    embeddings = embeddings or SentenceEmbeddings(settings.embedding_model)
    return build_app(settings, Services(settings, SmaBot(settings, embeddings).answer, lambda: embeddings))


def wsgi_app(settings: Settings | None = None, embeddings: SentenceEmbeddings | None = None) -> SlackRequestHandler:
    """WSGI application serving events, commands and actions at /slack/events."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return SlackRequestHandler(create_app(settings, embeddings), path=EVENTS_PATH)


def run_socket_mode(settings: Settings) -> None:
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    SocketModeHandler(create_app(settings), settings.slack_app_token.get_secret_value()).start()
