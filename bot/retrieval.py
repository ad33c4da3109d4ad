"""Hybrid retrieval over the active Chroma generation: dense (LangChain Chroma) and lexical (BM25) rankings
fused by reciprocal rank, returning chunks with their cosine similarity."""

from __future__ import annotations

import numpy as np
from chromadb import Collection
from langchain_chroma import Chroma
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, PrivateAttr

from bot.embeddings import SentenceEmbeddings
from bot.lexical import LexicalIndex
from bot.store import COLLECTION_CONFIGURATION, KnowledgeStore

RRF_K = 60  # reciprocal rank fusion's usual constant: a rank's weight is 1 / (RRF_K + rank)
POOL_FACTOR = 3  # each ranking contributes this many times k candidates to the fusion
COMMON_IDF = 1.0  # idf of a term in about a third of the chunks
ALWAYS_KEPT = 3  # each ranking's top chunks that reach the answerer whatever their fused rank
CONTINUED = 3  # the top document chunks whose next chunk in their document also reaches the answerer


def fuse(rankings: list[list[str]]) -> list[str]:
    """Reciprocal rank fusion: ids ordered by the sum of 1 / (RRF_K + rank) over the rankings."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, chunk_id in enumerate(ranking, start=1):
            scores[chunk_id] = scores.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank)
    return sorted(scores, key=lambda chunk_id: -scores[chunk_id])


class ChunkRetriever(BaseRetriever):
    """The k document chunks the dense and lexical rankings agree on best, and the k_figures closest figure
    chunks; each Document's metadata gains `similarity` (cosine to the question) and `id`.

    The active generation is looked up on every search, so a re-ingest (in this process or another)
    is picked up by the next question.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    store: KnowledgeStore
    embeddings: SentenceEmbeddings
    k: int = 10
    k_figures: int = 3
    _generations: dict[str, tuple[Chroma, Collection]] = PrivateAttr(default_factory=dict)
    _lexical: LexicalIndex = PrivateAttr(default_factory=LexicalIndex)

    def generation(self) -> tuple[Chroma, Collection]:
        """The active generation, as a LangChain vector store and as the Chroma collection under it."""
        name = self.store.active_name()
        if name not in self._generations:
            collection = self.store.collection(name)  # our configuration, never Chroma's default embedder
            self._generations = {name: (Chroma(client=self.store.client, collection_name=name,
                                               embedding_function=self.embeddings,
                                               collection_configuration=COLLECTION_CONFIGURATION), collection)}
        return self._generations[name]

    def retrieve_by_vector(self, vector: list[float], k: int | None = None, query: str = "",
                           focus: frozenset[str] = frozenset()) -> list[Document]:
        """Search with an already-embedded question (so it is embedded once) and, given its text, lexically,
        the words it is specifically about (`focus`) weighing most.

        Documents and figure chunks are two pools, so that short, focused figure chunks cannot crowd
        the source documents out. Chroma's filtered search is slow when the filter matches most chunks
        (80 ms at 30k chunks, against 3 ms unfiltered), so documents come from an unfiltered search, and a
        filtered one only when figures took too many of its places.
        """
        k = k or self.k
        vectorstore, collection = self.generation()
        search = vectorstore.similarity_search_by_vector_with_relevance_scores
        pool = POOL_FACTOR * k
        dense = [hit for hit in search(vector, k=2 * pool) if hit[0].metadata.get("kind") == "document"][:pool]
        if len(dense) < pool:
            dense = search(vector, k=pool, filter={"kind": "document"})
        found = {hit[0].id: hit for hit in dense}
        rankings = [list(found)]
        if query:
            self._lexical.follow(collection.name, collection)
            rankings.append(self._lexical.search(query, pool, focus))
        chosen = fuse(rankings)[:k]
        # each ranking's very best are kept even when the other ranking missed them (a name only BM25 finds)
        chosen += [chunk_id for ranking in rankings for chunk_id in ranking[:ALWAYS_KEPT] if chunk_id not in chosen]
        missing = [chunk_id for chunk_id in chosen if chunk_id not in found]
        if missing:
            found.update(self._lexical_hits(collection, missing, vector))
            chosen = [chunk_id for chunk_id in chosen if chunk_id in found]  # gone since the index was built
        # a paragraph's answer may go on in the next one ("The South Korean delegation was led by Lee ..." | "The U.S.
        # team was headed by Linda Specht"): the best chunks' next ones come too
        following = [chunk_id for chunk_id in self._lexical.following(chosen[:CONTINUED]) if chunk_id not in found]
        if following:
            found.update(self._lexical_hits(collection, following, vector))
            chosen += [chunk_id for chunk_id in following if chunk_id in found]
        figures = search(vector, k=self.k_figures, filter={"kind": "figure"})
        documents = []
        for document, distance in [found[chunk_id] for chunk_id in chosen] + figures:
            metadata = {**document.metadata, "similarity": 1.0 - float(distance), "id": document.id}
            documents.append(Document(page_content=document.page_content, metadata=metadata, id=document.id))
        return documents

    def warm(self) -> None:
        """Open the active generation and build its lexical index now, not at the first question."""
        _, collection = self.generation()
        self._lexical.follow(collection.name, collection)

    def mentioned(self, words: frozenset[str]) -> set[str]:
        """The words (terms) some document chunk of the active generation has."""
        self.warm()
        return {word for word in words if self._lexical.knows(word)}

    def titled(self, words: frozenset[str]) -> set[str]:
        """The words (terms) the title or publisher of some document of the active generation has."""
        self.warm()
        return {word for word in words if self._lexical.titles(word)}

    def nearest_name(self, term: str) -> str | None:
        """The name some document chunk of the active generation spells nearly as the term is."""
        self.warm()
        return self._lexical.nearest_name(term)

    def hyphenated(self, term: str) -> str | None:
        """The hyphenated word some document chunk of the active generation writes that is the term run together."""
        self.warm()
        return self._lexical.hyphenated(term)

    def term_weight(self, term: str) -> float:
        """A term's idf in the generation the last search used, less that of a word in a third of the chunks:
        rare words (names, titles) weigh most, the subject's everyday words ("cost", "agreement") nothing."""
        return max(self._lexical.idf(term) - COMMON_IDF, 0.0)

    @staticmethod
    def _lexical_hits(collection: Collection, ids: list[str], vector: list[float]) -> dict[str, tuple[Document, float]]:
        """Chunks the dense ranking did not find, with their cosine distance to the question."""
        rows = collection.get(ids=ids, include=["documents", "metadatas", "embeddings"])
        query = np.asarray(vector, dtype=np.float32)
        hits = {}
        for chunk_id, text, metadata, embedding in zip(rows["ids"], rows["documents"], rows["metadatas"],
                                                       rows["embeddings"]):
            embedding = np.asarray(embedding, dtype=np.float32)
            cosine = float(embedding @ query / (np.linalg.norm(embedding) * np.linalg.norm(query) or 1.0))
            hits[chunk_id] = (Document(page_content=text, metadata=metadata, id=chunk_id), 1.0 - cosine)
        return hits

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return self.retrieve_by_vector(self.embeddings.embed_query(query), query=query)
