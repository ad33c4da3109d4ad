"""LangChain retrieval over the active Chroma generation, returning chunks with their cosine similarity."""

from __future__ import annotations

from langchain_chroma import Chroma
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, PrivateAttr

from bot.embeddings import SentenceEmbeddings
from bot.store import COLLECTION_CONFIGURATION, KnowledgeStore


class ChunkRetriever(BaseRetriever):
    """Top-k chunks for a question; each Document's metadata gains `similarity` and `id`.

    The active generation is looked up on every search, so a re-ingest (in this process or another)
    is picked up by the next question.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    store: KnowledgeStore
    embeddings: SentenceEmbeddings
    k: int = 5
    k_figures: int = 3
    _vectorstores: dict[str, Chroma] = PrivateAttr(default_factory=dict)

    def vectorstore(self) -> Chroma:
        name = self.store.active_name()
        if name not in self._vectorstores:
            self.store.collection(name)  # created with our configuration, never Chroma's default embedder
            self._vectorstores = {name: Chroma(client=self.store.client, collection_name=name,
                                               embedding_function=self.embeddings,
                                               collection_configuration=COLLECTION_CONFIGURATION)}
        return self._vectorstores[name]

    def retrieve_by_vector(self, vector: list[float], k: int | None = None) -> list[Document]:
        """Search with an already-embedded question, so a question is embedded once.

        Documents and figure chunks are two pools, so that short, focused figure chunks cannot crowd
        the source documents out of the top k. Chroma's filtered search is slow when the filter matches
        most chunks (80 ms at 30k chunks, against 3 ms unfiltered), so documents come from an
        unfiltered search, and a filtered one only when figures took too many of its places.
        """
        k = k or self.k
        vectorstore = self.vectorstore()
        search = vectorstore.similarity_search_by_vector_with_relevance_scores
        documents = [hit for hit in search(vector, k=3 * k) if hit[0].metadata.get("kind") == "document"][:k]
        if len(documents) < k:
            documents = search(vector, k=k, filter={"kind": "document"})
        hits = sorted([*documents, *search(vector, k=self.k_figures, filter={"kind": "figure"})], key=lambda h: h[1])
        documents = []
        for document, distance in hits:
            metadata = {**document.metadata, "similarity": 1.0 - float(distance), "id": document.id}
            documents.append(Document(page_content=document.page_content, metadata=metadata, id=document.id))
        return documents

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return self.retrieve_by_vector(self.embeddings.embed_query(query))
