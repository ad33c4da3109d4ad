"""LangChain retrieval over the Chroma collection, returning chunks with their cosine similarity."""

from __future__ import annotations

from langchain_chroma import Chroma
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from bot.embeddings import SentenceEmbeddings
from bot.settings import Settings
from bot.store import COLLECTION_CONFIGURATION, open_client, open_collection


def open_vectorstore(settings: Settings, embeddings: SentenceEmbeddings) -> Chroma:
    client = open_client(settings.chroma_path)
    open_collection(client, settings)  # creates it with our settings and checks the model
    return Chroma(
        client=client,
        collection_name=settings.collection,
        embedding_function=embeddings,
        collection_configuration=COLLECTION_CONFIGURATION,
    )


class ChunkRetriever(BaseRetriever):
    """Top-k chunks for a question; each Document's metadata gains `similarity` and `id`."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    vectorstore: Chroma
    k: int = 5
    k_figures: int = 3

    def retrieve_by_vector(self, vector: list[float], k: int | None = None) -> list[Document]:
        """Search with an already-embedded question, so a question is embedded once.

        Documents and figure chunks are searched as two pools, so that short, focused figure chunks
        cannot crowd the source documents out of the top k.
        """
        hits = [
            *self.vectorstore.similarity_search_by_vector_with_relevance_scores(
                vector, k=k or self.k, filter={"kind": "document"}),
            *self.vectorstore.similarity_search_by_vector_with_relevance_scores(
                vector, k=self.k_figures, filter={"kind": "figure"}),
        ]
        hits.sort(key=lambda hit: hit[1])
        documents = []
        for document, distance in hits:
            metadata = {**document.metadata, "similarity": 1.0 - float(distance), "id": document.id}
            documents.append(Document(page_content=document.page_content, metadata=metadata, id=document.id))
        return documents

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        return self.retrieve_by_vector(self.vectorstore.embeddings.embed_query(query))
