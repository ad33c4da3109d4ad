"""Question in, Answer out: the one path shared by the CLI, Slack and the evaluation."""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import replace

from langchain_core.documents import Document

from bot.answer.extractive import ExtractiveAnswerer, agreements_in, quoted, states_amount
from bot.answer.figures import (
    FROM_ONE_QUOTE, calculation_answer, days_between_quotes, lookup_answer, one_after_the_other,
    with_percent_of_base, with_quoted_calculation,
)
from bot.answer.grounding import grounding_report
from bot.answer.llm import LLMAnswerer
from bot.answer.models import Answer, Citation
from bot.embeddings import SentenceEmbeddings
from bot.figures import FiguresFile, FigureTable
from bot.ingest.load import UnreadableDocument, read_source_text
from bot.lexical import said_terms
from bot.retrieval import ChunkRetriever
from bot.settings import Settings
from bot.store import KnowledgeStore
from bot.text import content_words, sentence_spans, terms
from bot.understand.facts import Agreement, Facts
from bot.understand.normalize import is_english, is_name
from bot.understand.parse import DATE_MEASURES, Frame, asked_span, parse, two_questions, with_anchors
from bot.understand.plan import AGREEMENT_TALKS_YEARS, SCOPE, Calculate, Clarify, Decline, Lookup, Plan, Planner, Search
from bot.understand.quantities import STATES, counts_of, date_of_event, states_yearly, years_in

# Acronyms the embedding model does not know, spelled out for retrieval.
_EXPANSIONS = {
    r"\bSMA\b": "Special Measures Agreement (SMA) on defense cost-sharing",
    r"\bUSFK\b": "US Forces Korea (USFK)",
}


def expand_for_retrieval(question: str) -> str:
    for pattern, expansion in _EXPANSIONS.items():
        question = re.sub(pattern, expansion, question, flags=re.I)
    return question


class SmaBot:
    """Loads the model and opens the knowledge base once; answers many questions."""

    def __init__(self, settings: Settings, embeddings: SentenceEmbeddings | None = None,
                 today: dt.date | None = None, llm=None) -> None:
        self.settings = settings
        self.embeddings = embeddings or SentenceEmbeddings.from_settings(settings)
        self.retriever = ChunkRetriever(store=KnowledgeStore(settings), embeddings=self.embeddings, k=settings.top_k)
        self.retriever.warm()  # the lexical index is built at start-up, not by the first question
        self.extractive = ExtractiveAnswerer(self.embeddings)
        self.today = today or settings.today
        if llm is None and settings.llm:
            from langchain.chat_models import init_chat_model

            llm = init_chat_model(settings.llm)
        self.llm = (LLMAnswerer(llm, self.retriever, FigureTable([]), settings.llm_timeout_s, self.today)
                    if llm is not None else None)
        self._figures_file = FiguresFile(settings)
        self._use_figures(self._figures_file.table())

    def _use_figures(self, table: FigureTable) -> None:
        self.table = table
        # what the figures say, and the names of their publishers ("Yonhap"; not "investing" of "Investing.com")
        said = " ".join(r.figure.text + " " + " ".join(str(getattr(s, k, "") or "") for s in r.figure.sources
                                                       for k in ("title", "quote")) for r in table.records)
        publishers = " ".join(str(getattr(s, "publisher", "") or "") for r in table.records for s in r.figure.sources)
        self._figure_words = frozenset(content_words(said) | {word for word in content_words(publishers)
                                                               if not is_english(word)})
        self.planner = Planner(Facts(table))
        if self.llm is not None:
            self.llm.table = table

    def refresh(self) -> None:
        """Pick up a figures file another ingest changed (retrieval follows the active generation anyway)."""
        table = self._figures_file.table()
        if table is not self.table:
            self._use_figures(table)

    def plan(self, question: str) -> Plan:
        """The one plan for a question (also what the Slack status line reports while answering)."""
        self.refresh()
        return self._plan(question)

    def _parse(self, question: str) -> Frame:
        return parse(question, self.today or dt.date.today(), known=self.retriever)

    def _plan(self, question: str) -> Plan:
        return self.planner.plan(self._parse(question))

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
            llm_answer = self.llm.answer(question)
            if llm_answer is not None:
                llm_answer.plan = answer.plan
                return llm_answer
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
        frame = self._parse(question)
        plan = self.planner.plan(frame)
        answer = self._answer_plan(question, plan)
        if both := self._both_parts_from_the_table(question, frame.text, answer):
            answer, plan = both
        answered = plan.documents if isinstance(plan, Lookup | Decline | Clarify) and answer.route == "retrieval" else plan
        answer.plan = plan_json(answered)
        return answer

    def _answer_plan(self, question: str, plan: Plan) -> Answer:
        if isinstance(plan, Lookup | Calculate | Clarify) and plan.documents and plan.documents.source and (
                answer := self._from_named_source(question, plan)):
            return answer  # "per the hanbit brief, what did korea pay in 2021": the brief's own words, if it says
        if isinstance(plan, Decline):
            if plan.documents and (answer := self._documents_instead(question, plan.documents)):
                return answer  # "who signed Japan's 2022 host-nation deal", when an added document tells
            return declined(question, plan.message)
        if isinstance(plan, Clarify):
            if plan.documents and (answer := self._documents_instead(question, plan.documents)):
                return answer  # "what fraction of the upkeep did the 2008 payment cover", when a document says
            return Answer(question=question, route="clarify", answer=f"I can't tell yet: {plan.message}")
        if isinstance(plan, Calculate):
            if plan.documents and plan.documents.combine and (answer := self._calculated_in_documents(question, plan)):
                return answer  # "the construction allocation in 2023 vs 2019, per the budget office": not payments
            if plan.documents and self._a_document_subject(_in_the_question(plan.documents.topic, question)) and (
                    plan.documents.part or any(quantity.figure and quantity.unit not in ("KRW", "USD", "percent")
                                               for quantity in plan.resolved.calculation.inputs)):
                # "under the guidance, how long did a furloughed KN employee have to report outside work", "what share
                # of area III's employees", "how much interest had the unexecuted cash earned in total": an added
                # document's subject, which the table's head counts, dates and payments are not about (not the
                # furlough's 75 days, nor the payments summed); payments asked are the same whoever cites them ("from
                # the data box in the grade 11 unit, the % change in korea's payment")
                return self._answer_plan(question, plan.documents)
            return calculation_answer(question, plan.resolved)
        if isinstance(plan, Lookup):
            if plan.documents and (unknown := self._never_mentioned(_in_the_question(plan.documents.topic, question))):
                strictly = replace(plan, documents=replace(plan.documents, strict=True))
                if unknown == UNKNOWN_WORDS and plan.documents.asks != "number" and (
                        answer := self._documents_first(question, strictly)):
                    return answer  # "during the spring 2020 impasse": words of its own, of what a document tells
                # a number about what no source mentions would be a number about something else
                return declined(question, NOT_IN_SOURCES)  # "how much does Korea spend on THAAD": not the payment
            if plan.documents and (answer := self._documents_first(question, plan)):
                return answer
            if (plan.documents and not (plan.documents.years or plan.agreements)
                    and self._a_document_subject(_in_the_question(plan.documents.topic, question))):
                # "what did Seoul spend a year on the Dongui unit at Bagram": not this year's SMA payment
                return declined(question, NO_AMOUNT.get(plan.documents.amount, NO_ANSWER))
            return lookup_answer(question, plan)
        if plan.events and (spanned := self._days_between_events(question, plan.events)):
            return spanned  # "how many days from the trawler's seizure to the crew's return"
        if both := self._both_parts(question):
            return both  # "where was he held, and for how long?": each part answered from the documents
        unknown = self._never_mentioned(plan.topic) or self._name_never_mentioned(plan.given_names)
        if unknown == UNKNOWN_NAME or unknown and plan.asks == "number":
            # a number about what no source mentions would be a number about something else ("how much will
            # Korea invest under the tariff deal")
            return declined(question, NOT_IN_SOURCES)
        if unknown:  # ordinary words no source uses may be a paraphrase: only a close match answers
            plan = replace(plan, strict=True)
        answer, _, chunks = self._quotes(question, plan)
        if answer is not None and not _names_one(plan.names, _passages(answer.citations[:1], chunks)):
            answer = None  # "the barracks contract at camp walker": not a passage on a contract at Humphreys
        requires = self._sayable(plan.requires)
        if answer is not None and requires and not _passages_say(answer, chunks, requires):
            answer = None  # "South Korea's total defense budget": a quote about the SMA payment does not answer it
        if answer is not None:
            # "how big was the corps in 1975": today's size is another year's number; "who negotiated the 12th SMA",
            # "where were the talks held in march 2020": the first quote, which answers, must be of those years
            dated = answer.citations if plan.asks == "number" else answer.citations[:1]
            if not any(_of_the_years(citation, chunks, plan.years) for citation in dated):
                answer = None
        if answer is not None and plan.asks == "number" and plan.topic and self._a_record_about_else(answer, plan.topic):
            answer = None  # "the korean minimum wage for 2025": not the record of the year's payment
        if answer is not None and plan.measured and not answer.calculation and not any(
                states_amount(citation.quote) for citation in answer.citations):
            answer = None  # "what magnitude was the 2016 test": no quote with a number, only its date
        if answer is None:
            return declined(question, NOT_IN_SOURCES if unknown else NO_AMOUNT[plan.amount] if plan.amount else
                            NO_ANSWER)
        return answer

    @property
    def _figures_source(self) -> str:
        """The figures file as citations name it."""
        return self.settings.display_path(self.settings.figures_file)

    def _a_record_about_else(self, answer: Answer, topic: frozenset[str]) -> bool:
        """A number the planner sent to the documents, answered first by a figure record that says none of what the
        question is about: the table has no record of it, so the record is of something else."""
        first = answer.citations[0]
        return first.source == self._figures_source and not topic & said_terms(first.quote)

    def _both_parts_from_the_table(self, question: str, read: str, whole: Answer) -> tuple[Answer, Plan] | None:
        """'When did the 12th SMA take effect and when does it expire?': each part planned on its own (the second with
        the agreement or years the first names, where it names none, or failing that read with the first's subject:
        "... and when did they go back, of: korean workers get furloughed") and answered from the table or by a calculation,
        one after the other, with the first part's plan; the first part's answer alone where the whole question is
        declined ("what was the 2020 payment and why was it the same as 2019?"); None otherwise, or when the second
        part says nothing the first did not."""
        parts = two_questions(read)  # as read (`read`, normalised): "tell me when ... and how many ..."
        if not parts:
            return None
        first, second = self._parse(parts[0]), self._parse(parts[1])
        # a second part that no agreement or year ties down, after a first about no agreement, is about the first's
        # subject ("how many were furloughed in 2020 and for how long?": the furlough's length, not an agreement's)
        unanchored = first.agreement is None and second.agreement is None and not second.years
        plans = [self.planner.plan(first), self._plan(parts[2]) if unanchored else self.planner.plan(
            with_anchors(second, first))]
        if not isinstance(plans[0], Lookup | Calculate):
            return None
        if not isinstance(plans[1], Lookup | Calculate):  # "... and when did they go back": with the first's subject
            plans[1] = self._plan(parts[2])
        answers = [self._answer_plan(part, plan) for part, plan in zip(parts[:2], plans)]
        if whole.route in ("declined", "clarify") and answers[0].route in ("figures", "calculator") and (
                answers[1].route not in ("figures", "calculator")):
            return answers[0].model_copy(update={"question": question}), plans[0]
        if whole.calculation and any(a.calculation and a.calculation["result"] == whole.calculation["result"]
                                     for a in answers) and whole.citations:
            return None  # the whole question's calculation already answers both ("how many ... and for how many days")
        if any(a.route not in ("figures", "calculator") for a in answers) or (
                {c.span for c in answers[1].citations} <= {c.span for c in answers[0].citations}
                and not answers[1].calculation):
            return None  # a part the table does not answer, or the second says nothing the first did not
        return one_after_the_other(question, *answers), plans[0]

    def _both_parts(self, question: str) -> Answer | None:
        """A question asking two things, each answered by the documents' quotes: the first quote for the first part,
        then one more from the same document for the second, as asked or, if that finds nothing new, with the
        first part's subject ("for how long, of: he held"), then the others, up to MAX_PART_QUOTES; the first part's
        quotes when its first one says most of the second part's words. None unless both parts are answered."""
        parts = two_questions(question)
        if not parts or not (first := self._part_answer(parts[0])):
            return None
        spans = [c.span for c in first.citations]
        for second in filter(None, map(self._part_answer, parts[1:])):
            new = [c for c in second.citations if c.span not in spans]
            if new and new[0].source == first.citations[0].source:
                citations = list({c.span: c for c in [first.citations[0], *new[:1], *first.citations[1:],
                                                      *new[1:]]}.values())
                return quoted(question, [c.model_copy(update={"n": n})
                                         for n, c in enumerate(citations[:MAX_PART_QUOTES], start=1)])
        asked = content_words(parts[1])
        if asked and 2 * len(asked & content_words(first.citations[0].quote)) >= len(asked):
            # the first quote answers both ("where did it premiere, and did it pick up any award there": "World
            # premiere ... at the Jeonju Riverside Film Festival, where it won the Jury Prize")
            return first.model_copy(update={"question": question})
        return None

    def _days_between_events(self, question: str, events: tuple[str, str]) -> Answer | None:
        """The days between two events one document dates: each dated by the first quote answering when it happened
        that dates it (`date_of_event`; a day without its year is of the one year the question names, else of the
        last year the document names before the quote). None unless both are dated, in one document, the one named
        first on an earlier day."""
        dated, texts = [], {}
        asked = list(dict.fromkeys(years_in(question)))  # "idle in 2013 from the day ... to ...": days of 2013
        for event in events:
            part = self._part_answer(f"when was {event}")
            if part is None:
                return None
            for citation in part.citations:  # the closest quote dating it ("The round opened on ...": no year)
                if citation.source not in texts:  # both events are most often in one document: read it once
                    try:
                        texts[citation.source] = read_source_text(
                            self.settings.resolve_display_path(citation.source))[0]
                    except (OSError, UnreadableDocument):
                        texts[citation.source] = ""  # gone from disk since it was ingested: only years its quote says
                before = asked[-1:] if len(asked) == 1 else years_in(texts[citation.source][:citation.start])
                if day := date_of_event(citation.quote, event, before[-1] if before else None):
                    dated.append((day, event, citation))
                    break
            else:
                return None
        if dated[0][2].source != dated[1][2].source or dated[0][0] >= dated[1][0]:
            return None  # one document; the event named first came first ("Dec. 26" then "Jan. 4" of a year unsaid)
        return days_between_quotes(question, dated)

    def _part_answer(self, part: str) -> Answer | None:
        """The documents' quotes answering one part of a question, or None."""
        plan = self._plan(part)
        search = plan if isinstance(plan, Search) else getattr(plan, "documents", None)
        answer = self._answer_plan(part, search) if search is not None else None
        return answer if answer is not None and answer.route == "retrieval" and not answer.calculation else None

    def _never_mentioned(self, topic: frozenset[str]) -> str | None:
        """What the question is specifically about that appears in no document and no figure record: UNKNOWN_NAME,
        a name or an acronym ("THAAD", "Camp Humphreys") among few other words; UNKNOWN_WORDS, most of several
        ordinary words ("nuclear submarines", or a paraphrase: "laid off" for "dismissed"); else None. A year range
        and a compound whose parts are known ("biden-era") are not unknown, a model no document names ("Hyunmoo-2")
        is; one unknown word among many known ones is more likely shorthand or a typo ("the armed services cmte")."""
        unsaid = topic - self._figure_words
        if not unsaid:
            return None  # the usual case: nothing to look up in the documents' index
        parts = {word: _parts(word) for word in unsaid if "-" in word}
        mentioned = self.retriever.mentioned(unsaid | {part for word in parts.values() for part in word})
        unknown = {word for word in unsaid - mentioned if (not any(c.isdigit() for c in word) or _MODEL.match(word))
                   and not (word in parts and parts[word] <= mentioned and not _MODEL.match(word))}
        names = {word for word in unknown if len(word) >= 4 and not is_english(word)}
        if names and len(unknown) >= UNKNOWN_NAME_SHARE * len(topic) or any(_MODEL.match(word) for word in names):
            return UNKNOWN_NAME  # (a model's name, however many other words: "the hwasong-17", not the -12)
        return UNKNOWN_WORDS if len(unknown) >= 2 and 2 * len(unknown) > len(topic) else None

    def _name_never_mentioned(self, given_names: tuple[frozenset[str], ...]) -> str | None:
        """UNKNOWN_NAME when a name the question gives in capitals ("the SS Lane Victory", "the Seoul Lantern
        Committee"), or as who a number is asked of ("how much did micron get"), has a word no document and no
        record has, though the word is an ordinary one: the sources speak of something else; else None."""
        for name in given_names:
            unsaid = name - self._figure_words
            if unsaid - self.retriever.mentioned(unsaid):
                return UNKNOWN_NAME
        return None

    def _a_document_subject(self, topic: frozenset[str]) -> bool:
        """Whether what the question is about is words the documents use and no record does, a name among them
        ("the Dongui and Dasan units at Bagram") or several, at least half its words ("the charter flight from
        Atlanta", "area III's national employees under the guidance"): the subject of an added document, whose
        figures a record of the SMA does not give."""
        unsaid = topic - self._figure_words
        return (any(is_name(word) for word in unsaid) or len(unsaid) >= 2 and 2 * len(unsaid) >= len(topic)) and (
            self.retriever.mentioned(unsaid) == unsaid)

    def _sayable(self, words: frozenset[str]) -> frozenset[str]:
        """The required words a passage could say: ordinary words, and the names some document has (an acronym no
        document spells out, "MOFAT", is said in other words: "a foreign ministry official")."""
        names = frozenset(word for word in words if is_name(word))
        return words - names | self.retriever.mentioned(names)

    def _documents_first(self, question: str, plan: Lookup) -> Answer | None:
        """The documents' answer to a lookup whose question names what its records do not say (or a year they
        lack), when it is the better one: from a document naming the year the question writes, a sentence clearly
        closer to the question than any record's statement, or passages that say most of what the records did
        not. None: the records answer."""
        search = plan.documents
        answer, vector, chunks = self._quotes(question, search)
        figures = self._figures_source
        if answer is None or answer.citations[0].source == figures:
            return None  # nothing close, or a record's own statement ranks first: the lookup answers
        if not _of_the_years(answer.citations[0], chunks, search.years):
            return None  # "Korea's 2004 contribution" is not answered by a document about 2019
        if not _of_the_agreement(answer, chunks, search):
            return None  # "the 13th SMA talks": not a passage on the 11th's budget that another passage's aside follows
        documents = [citation for citation in answer.citations if citation.source != figures]
        if plan.measure in AGREEMENT_STEPS and any(all(_written_before(citation, agreement) for citation in documents)
                                                   for agreement in plan.agreements):
            return None  # "the rounds of the current agreement": not the 2018 talks on another
        quote, *records = self.extractive.similarities(vector, [answer.citations[0].quote] + [
            r.figure.text for r in plan.records])
        if quote >= max(records, default=0.0) + CLOSER_THAN_RECORDS:
            return answer
        if search.attributed and search.attributed <= content_words(answer.citations[0].quote):
            return answer  # "according to CNN": the account asked for is the quote's
        # the document passages quoted (not only the sentences) must say most of what the table did not
        return answer if _passages_say(answer, chunks, search.requires) else None

    def _from_named_source(self, question: str, plan: Lookup | Calculate | Clarify) -> Answer | None:
        """The answer of the source document the question names, to what the table could also answer: its quote (of a
        year the question writes), with an amount or its calculation when a calculation is asked ("what rate did
        they convert at"); None: the plan's own answer."""
        answer, _, chunks = self._quotes(question, plan.documents)
        if answer is None or answer.citations[0].source == self._figures_source:
            return None
        if not _of_the_years(answer.citations[0], chunks, plan.documents.years):
            return None  # "per the brief, what did seoul pay in 2021": not its 2019 sentence
        if isinstance(plan, Calculate) and not (answer.calculation or states_amount(answer.citations[0].quote)):
            return None
        return answer

    def _calculated_in_documents(self, question: str, plan: Calculate) -> Answer | None:
        """A document's calculation for a question that names what the table's operands are not: from quotes that
        say what it names (a word the table's records do not), outside the table; None: the calculation answers."""
        search = plan.documents
        records = " ".join(record.figure.text for record in plan.resolved.figures)
        named = self.retriever.mentioned(search.requires) - content_words(records) - self._figure_words
        if not named:
            return None
        answer, _, _ = self._quotes(question, search)
        if answer is None or not answer.calculation or answer.citations[0].source == self._figures_source:
            return None
        return answer if named & content_words(answer.citations[0].quote) else None

    def _documents_instead(self, question: str, search: Search) -> Answer | None:
        """The documents' answer to a question the plan would decline or clarify: a close quote about the country
        asked about if it is another (a figure from a passage naming it, an account from a document that does) and
        from a document with a year the question names, from passages that say most of what the question is about.
        None: the plan's own answer stands."""
        if search.events and (spanned := self._days_between_events(question, search.events)):
            return spanned
        if any(_MODEL.match(word) for word in search.topic - self.retriever.mentioned(search.topic)):
            return None  # "the hwasong-17 fired over japan": no document tells of it, whatever they tell of the -12
        answer, _, chunks = self._quotes(question, search)
        if answer is None or answer.citations[0].source == self._figures_source:
            return None  # nothing close, or a record's statement: the table has already said what it lacks
        # a figure must come from a passage naming the country; an account, from a document that does
        context = (f"{answer.citations[0].quote} {_passages(answer.citations[:1], chunks)}" if search.asks == "number"
                   else _retrieved_of(answer.citations[0], chunks))
        if not _names_one(search.names, context):
            return None  # the closest sentence is not about that country
        if not _of_the_years(answer.citations[0], chunks, search.years):
            return None  # "Japan's host-nation support for 2022-2026" is not answered by a 2013 report on Japan
        return answer if _passages_say(answer, chunks, search.requires) and _of_the_agreement(
            answer, chunks, search) else None

    def _states_amount(self, answer: Answer, chunks: list[Document], plan: Search) -> bool:
        """The first quote states an amount of the kind asked (a year's, when a year's is asked), a quote counts what
        a count asks for ("how many civilians": not "31 commandos"), and the first is from a document whose
        retrieved text says most of what the question is about that the documents say ("the WRSA stockpile": not
        another note's percentages)."""
        first = answer.citations[0]
        about = self.retriever.mentioned(plan.topic)
        said = about & said_terms(_retrieved_of(first, chunks))
        counted = all(any(counts_of(citation.quote, noun) for citation in answer.citations) for noun in plan.counted)
        yearly = not plan.yearly or states_yearly(first.quote)  # "per year": not "1.3 trillion won for 2015 to 2027"
        # a share or a sum of money worked out from the quotes (a part and its whole, a percentage of a sum) is one
        # stated; a difference of two counts is no sum of money
        worked = answer.calculation["unit"] if answer.calculation else None
        stated = STATES[plan.amount](first.quote) or (plan.amount, worked) in (("share", "percent"), ("money", "KRW"),
                                                                              ("money", "USD"))
        return stated and counted and yearly and 2 * len(said) >= len(about)

    def _threshold(self, plan: Search) -> float:
        """How close a sentence must be to count as relevant. Without a word of the subject, only a close match
        counts, unless the documents have every word the question is about ("which senator spoke for the
        committee's Republicans"); a fairly close one when they have most of them (an added document's subject:
        "how many police were mobilised for the daechu-ri operation")."""
        if not plan.strict:
            return self.settings.min_similarity
        unknown = _asked(plan) - self.retriever.mentioned(_asked(plan))
        if plan.topic and not unknown:
            return self.settings.min_similarity
        if 2 * len(unknown) < len(plan.topic):
            return self.settings.min_similarity_documents_topic
        return self.settings.min_similarity_off_domain

    def _quotes(self, question: str, plan: Search) -> tuple[Answer | None, list[float], list[Document]]:
        """The extractive answer from the closest chunks, with the question's vector and the chunks."""
        searched = plan.text or question  # shorthand spelled out and typos corrected
        vector = self.embeddings.embed_query(searched)
        expanded = expand_for_retrieval(searched)
        # acronyms spelled out help find chunks; the question itself ranks the sentences to quote
        search_vector = vector if expanded == searched else self.embeddings.embed_query(expanded)
        # the years it writes are as specific as its words: "what did seoul pay for 2023" finds 2023's row
        focus = plan.topic | plan.source | {str(year) for year in years_in(searched)}
        chunks = _from_named_documents(self.retriever.retrieve_by_vector(search_vector, query=expanded, focus=focus),
                                       plan.topic, plan.source)
        threshold = self._threshold(plan)
        # the sentences are weighed against the question as read ("dept" spelled out), the answer keeps it as asked
        # the kind of sentence wanted: one stating the kind of amount asked ("what cut of the damages": a share)
        # two amounts combined are looked for in two sentences; a calculation from one quote looks for no other
        paired = None if plan.combine in FROM_ONE_QUOTE else plan.combine
        answer = self.extractive.answer(searched, vector, chunks, threshold, plan.amount or plan.asks,
                                        self.retriever.term_weight, plan.topic, paired, plan.counted,
                                        plan.attributed, plan.part, plan.preamble,
                                        plan.per_unit if plan.combine == "per_unit" else None)
        if answer is not None and plan.combine:  # "how many points more said no than yes": from the quotes
            answer = with_quoted_calculation(answer, plan.combine, plan.unit, plan.counted, plan.preamble,
                                             plan.per_unit, plan.amount)
        elif answer is not None and plan.amount == "money":  # "a bid security of 5 percent of the estimated price"
            answer = with_percent_of_base(answer)
        if answer is not None and plan.amount and not self._states_amount(answer, chunks, plan):
            answer = None  # "what did the clean-up cost": sentences with no amount of the kind asked do not answer it
        return answer and answer.model_copy(update={"question": question}), vector, chunks


def _from_named_documents(chunks: list[Document], topic: frozenset[str], named: frozenset[str]) -> list[Document]:
    """When the question names a source document by words of its title or publisher (`named`: "the gimcheon council
    brief"), only the chunks of the documents titled so; when it names one by a name in its title or publisher ("per
    the Yeouido Defense Budget Review primer"), only the chunks of that document or of documents a retrieved chunk of
    which says the name ("the Hankook Ilbo reported"; a place a title names: "the Koon-ni range"); else all of them."""
    def source(chunk: Document) -> set[str]:
        return content_words(f"{chunk.metadata.get('title') or ''} {chunk.metadata.get('publisher') or ''}")

    documents = [chunk for chunk in chunks if chunk.metadata.get("kind") == "document"]
    if named:  # (of the year named, if one is: "the 2023 gallup poll" is no 2019 one)
        years = {word for word in named if word.isdigit()}
        titled = [(chunk, len(named & source(chunk))) for chunk in documents if years <= source(chunk) | {
            str(year) for year in years_in(str(chunk.metadata.get("published") or ""))[:1]}]
        most = max((count for _, count in titled), default=0)
        return [chunk for chunk, count in titled if count and count == most]
    names = {word for word in topic & set().union(*(source(chunk) for chunk in documents)) if not is_english(word)}
    naming = {chunk.metadata["source"] for chunk in documents
              if names & (source(chunk) | content_words(chunk.page_content))}
    return [chunk for chunk in documents if chunk.metadata["source"] in naming] or chunks


def _in_the_question(topic: frozenset[str], question: str) -> frozenset[str]:
    """The words of a topic that the question itself says: what came before its last sentence is context ("An MP told
    our paper Seoul got a cut in 2021. How much did Korea pay in 2021?"), what follows its question mark an aside
    ("? for a background para")."""
    start, end = asked_span(question)
    return topic & content_words(question[start:end]) if (start, end) != (0, len(question)) else topic


def _passages(citations: list[Citation], chunks: list[Document]) -> str:
    """The document passages quoted (not only the sentences), with their document's title, publisher and section
    ("per the Peninsula Budget Monitor note")."""
    return " ".join(" ".join([chunk.page_content] + [str(chunk.metadata.get(field) or "") for field in
                                                     ("title", "publisher", "section")])
                    for chunk in chunks if chunk.metadata.get("kind") == "document" and any(
        c.source == chunk.metadata["source"]
        and chunk.metadata["start"] <= c.start < chunk.metadata["start"] + len(chunk.page_content)
        for c in citations))


def _retrieved_of(citation: Citation, chunks: list[Document]) -> str:
    """The quote and what was retrieved of its document: passages, title, section, date (of a figure record, only
    the record itself: the figures file is no one document about one thing)."""
    document = [chunk for chunk in chunks if chunk.metadata.get("source") == citation.source and (
        chunk.metadata.get("kind") != "figure" or citation.quote in chunk.page_content)]
    return " ".join([citation.quote, citation.published or ""] + [" ".join(
        [chunk.page_content] + [str(chunk.metadata.get(field) or "") for field in ("title", "section")])
        for chunk in document])


def _of_the_years(citation: Citation, chunks: list[Document], years: tuple[int, ...]) -> bool:
    """No years asked, or the quote or what was retrieved of its document names one of them."""
    if not years:
        return True
    said = _retrieved_of(citation, chunks)
    return any(str(year) in said for year in years)


def _written_before(citation: Citation, agreement: Agreement) -> bool:
    """Whether the quoted document was published too long before an agreement's first year to speak of it."""
    published = years_in(citation.published or "")
    return bool(published) and published[0] < agreement.first_year - AGREEMENT_TALKS_YEARS


def _names_one(names: frozenset[str], text: str) -> bool:
    """Whether the text names one of the names (all do when there are none)."""
    return not names or bool(re.search(r"\b(" + "|".join(re.escape(name) for name in names) + r")\b", text.lower()))


def _of_the_agreement(answer: Answer, chunks: list[Document], search: Search) -> bool:
    """The first quote, or a sentence beside it, or its document's title ("A Delphi Survey on the 13th SMA") names
    the agreement no record has, if the question asks of one ("who heads the 13th SMA talks"): the document's other
    sentences may name it in passing."""
    number = search.unrecorded_agreement
    if number is None or number in agreements_in(answer.citations[0].title):
        return True
    quote = answer.citations[0].quote
    passage = _retrieved_of(answer.citations[0], chunks)
    at = passage.find(quote)
    spans = sentence_spans(passage)
    quoted = [i for i, (start, end) in enumerate(spans) if start < at + len(quote) and end > at] if at >= 0 else []
    beside = passage[spans[max(quoted[0] - 1, 0)][0]:spans[min(quoted[-1] + 1, len(spans) - 1)][1]] if quoted else quote
    return number in agreements_in(beside)


def _passages_say(answer: Answer, chunks: list[Document], requires: frozenset[str]) -> bool:
    """The passages the answer quotes say most of the required words."""
    return 2 * len(_said(answer.citations, chunks, requires)) >= len(requires)


def _parts(compound: str) -> set[str]:
    """The terms of a hyphenated compound's parts ("biden-era": "biden", "era")."""
    return set(terms(compound.replace("-", " ")))


def _said(citations: list[Citation], chunks: list[Document], words: frozenset[str]) -> set[str]:
    """The words the passages quoted say (an acronym by the name it stands for); a name, what the quoted document
    is about, may be said in any of its passages retrieved ("the WRSA stockpile", of a note whose passage on the
    sale does not repeat it)."""
    passages = said_terms(_passages(citations, chunks))
    # a compound is said in its parts ("Korea-Japan": "Korea and Japan")
    said = {word for word in words if word in passages or "-" in word and _parts(word) <= passages}
    if names := {word for word in words - said if is_name(word)}:
        said |= names & said_terms(" ".join(_retrieved_of(citation, chunks) for citation in citations))
    return said


# A model's name, letters and a number ("hyunmoo-2", "pac-3"): a name, where other words with digits are years or
# amounts ("2019-20", "early-70s")
_MODEL = re.compile(r"(?!(?:early|mid|late|pre|post)-)[a-z]{3,}-\d")
# An unknown name declines a question when at least this share of the words it is about are unknown.
UNKNOWN_NAME_SHARE = 1 / 3
UNKNOWN_NAME, UNKNOWN_WORDS = "name", "words"
AGREEMENT_STEPS = DATE_MEASURES | {"negotiation_rounds"}
# How much closer in meaning (cosine) a document's sentence must be to the question than the records' statements
# for the documents to answer a lookup whose question names something the records do not say.
CLOSER_THAN_RECORDS = 0.05

def _asked(plan: Search) -> frozenset[str]:
    """The words a question is about, less those only the asker's context before it says ("forwarded the june
    update", "dm'd me a screenshot"): what they have, in words no document need say."""
    return plan.topic - plan.preamble or plan.topic


NOT_IN_SOURCES = (f"The sources I have never mention what this asks about, so I won't answer it with a figure "
                  f"or quote about something else. {SCOPE}")


MAX_PART_QUOTES = 4  # quotes answering a question that asks two things
NO_ANSWER = f"I found nothing in the knowledge base that answers this. {SCOPE}"
NO_AMOUNT = {kind: (f"No passage I have states the {what} this asks for, so I won't answer with a figure of "
                    f"something else. {SCOPE}")
             for kind, what in (("money", "sum of money"), ("count", "number"), ("share", "share"),
                                ("rate", "exchange rate"))}


def declined(question: str, message: str) -> Answer:
    return Answer(question=question, route="declined", answer=message)


def plan_json(plan: Plan) -> dict:
    """The plan as `smabot ask --json` reports it: its kind and what it was about."""
    kind = type(plan).__name__.lower()
    if isinstance(plan, Calculate):
        r = plan.resolved
        return {"kind": kind, "operation": r.operation, "interpretation": r.interpretation,
                "operands": [{"value": format(q.value, "f"), "unit": q.unit, "label": q.label, "figure": q.figure}
                             for q in r.calculation.inputs]}
    if isinstance(plan, Lookup):
        return {"kind": kind, "measure": plan.measure, "years": list(plan.years),
                "agreements": [a.number for a in plan.agreements], "figures": [r.figure.id for r in plan.records],
                "projected": plan.projection is not None, "premise_holds": plan.premise is None}
    return {"kind": kind}
