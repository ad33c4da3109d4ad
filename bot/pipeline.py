"""Question in, Answer out: the one path shared by the CLI, Slack and the evaluation."""

from __future__ import annotations

import datetime as dt
import time

from bot.answer.extractive import ExtractiveAnswerer
from bot.answer.figures import FigureAnswerer, calculation_answer
from bot.answer.grounding import grounding_report
from bot.answer.llm import LLMAnswerer
from bot.answer.models import Answer
from bot.embeddings import SentenceEmbeddings
from bot.figures import FiguresFile, FigureTable
from bot.resolve import Resolver, UnresolvedCalculation
from bot.retrieval import ChunkRetriever
from bot.router import expand_for_retrieval, mentions_domain, route_question
from bot.settings import Settings
from bot.store import KnowledgeStore

SCOPE = (
    "I answer questions about the US–South Korea defense cost-sharing Special Measures Agreement "
    "(SMA): amounts, increases, deadlines, negotiations and effects on the Korean USFK workforce."
)


class SmaBot:
    """Loads the model and opens the knowledge base once; answers many questions."""

    def __init__(self, settings: Settings, embeddings: SentenceEmbeddings | None = None,
                 today: dt.date | None = None, llm=None) -> None:
        self.settings = settings
        self.embeddings = embeddings or SentenceEmbeddings.from_settings(settings)
        self.retriever = ChunkRetriever(store=KnowledgeStore(settings), embeddings=self.embeddings, k=settings.top_k)
        self.extractive = ExtractiveAnswerer(self.embeddings)
        self.today = today
        if llm is None and settings.llm:
            from langchain.chat_models import init_chat_model

            llm = init_chat_model(settings.llm)
        self.llm = (LLMAnswerer(llm, self.retriever, FigureTable([]), settings.llm_timeout_s)
                    if llm is not None else None)
        self._figures_file = FiguresFile(settings)
        self._use_figures(self._figures_file.table())

    def _use_figures(self, table: FigureTable) -> None:
        self.figures = FigureAnswerer(table, self.embeddings)
        self.resolver = Resolver(table, self.today)
        if self.llm is not None:
            self.llm.table = table

    def refresh(self) -> None:
        """Pick up a figures file another ingest changed (retrieval follows the active generation anyway)."""
        table = self._figures_file.table()
        if table is not self.figures.table:
            self._use_figures(table)

    def answer(self, question: str) -> Answer:
        started = time.perf_counter()
        self.refresh()
        answer = self._answer(" ".join(question.split()))
        if answer.grounding is None:
            answer.grounding = grounding_report(answer)
        answer.latency_ms = round((time.perf_counter() - started) * 1000, 1)
        return answer

    def _answer(self, question: str) -> Answer:
        """The deterministic answer, or, when an LLM is configured, its grounded answer instead.

        Calculations and refusals stay deterministic; a rejected or failed LLM draft falls back.
        """
        answer = self._deterministic(question)
        if self.llm is not None and answer.route in ("retrieval", "figures"):
            return self.llm.answer(question) or answer
        return answer

    def _deterministic(self, question: str) -> Answer:
        if not question:
            return declined(question, f"Please ask a question. {SCOPE}")
        if len(question) > self.settings.max_question_chars:
            return declined(
                question[:200],
                f"That question is {len(question):,} characters long; please keep it under "
                f"{self.settings.max_question_chars:,}. {SCOPE}",
            )
        route = route_question(question)
        if route == "declined":
            return declined(question, f"I can't help with that. {SCOPE}")
        if route == "calculator":
            try:
                if resolved := self.resolver.resolve(question):
                    return calculation_answer(question, resolved)
            except UnresolvedCalculation as exc:
                return Answer(question=question, route="calculator", answer=str(exc))
        vector = self.embeddings.embed_query(question)
        if answer := self.figures.correct_false_premise(question):
            return answer
        if route in ("calculator", "figures") and (answer := self.figures.answer(question, vector)):
            return answer
        expanded = expand_for_retrieval(question)
        # acronyms spelled out help find chunks; the question as asked ranks the sentences to quote
        search_vector = vector if expanded == question else self.embeddings.embed_query(expanded)
        chunks = self.retriever.retrieve_by_vector(search_vector)
        # Without a word of the subject, only a close match counts as relevant.
        threshold = self.settings.min_similarity if mentions_domain(question) else self.settings.min_similarity_off_domain
        answer = self.extractive.answer(question, vector, chunks, threshold)
        if answer is None:
            return declined(question, f"I found nothing in the knowledge base that answers this. {SCOPE}")
        return answer


def declined(question: str, message: str) -> Answer:
    return Answer(question=question, route="declined", answer=message)
