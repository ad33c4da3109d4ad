"""What listeners need, in one object built at start-up: answering (bounded), the route a question's plan takes,
the figures table, the answer log, admin checks and ingest. Listeners import it; it imports no listener."""

from __future__ import annotations

import threading
from collections.abc import Callable

from slack_sdk import WebClient

from bot.answer.models import Answer
from bot.embeddings import SentenceEmbeddings
from bot.feedback import AnswerLog
from bot.figures import FiguresFile, FigureTable
from bot.ingest.run import IngestBusy, IngestReport, run_ingest
from bot.settings import Settings


class KnowledgeUnavailable(Exception):
    """The knowledge base cannot be opened; people asking are told so (UNAVAILABLE) instead."""


class Services:
    """What listeners need: answering, the figures, the answer log, admin checks and ingest."""

    def __init__(self, settings: Settings, answer: Callable[[str], Answer],
                 embeddings: Callable[[], SentenceEmbeddings], route: Callable[[str], str] | None = None) -> None:
        """answer computes an Answer; route names the plan a question will take (for the status line);
        embeddings gives the model for ingests run from Slack."""
        self.settings = settings
        self._answer = answer
        self._route = route or (lambda question: "declined")
        self._answering = threading.BoundedSemaphore(settings.slack_workers)
        self._embeddings = embeddings
        self._figures = FiguresFile(settings)
        self.log = AnswerLog(settings.feedback_db)
        # channel mentions are streamed until Slack refuses a stream there; placeholders from then on
        self.stream_mentions = settings.slack_stream_mentions

    def answer(self, question: str) -> Answer:
        with self._answering:
            return self._answer(question)

    def route(self, question: str) -> str:
        """The route the question's plan takes; 'declined' for one the answerer refuses unread (empty or too long)."""
        if not question.strip() or len(question) > self.settings.max_question_chars:
            return "declined"
        return self._route(question)

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
