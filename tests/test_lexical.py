"""The BM25 index over a real embedded Chroma collection, and hybrid retrieval over the new documents."""

from __future__ import annotations

import chromadb
from chromadb.config import Settings as ChromaSettings

from bot.lexical import LexicalIndex
from bot.retrieval import fuse
from bot.store import COLLECTION_CONFIGURATION

TEXTS = {
    "a": "Linda Specht led the U.S. delegation at the cost-sharing talks.",
    "b": "The talks on cost sharing resumed in Honolulu in April.",
    "c": "About 28,500 U.S. troops are stationed in South Korea.",
}


class ReadRecorder:
    """A real collection that records which chunk ids were read with their text."""

    def __init__(self, collection) -> None:
        self.collection, self.read = collection, []

    def get(self, **kwargs):
        if "documents" in kwargs.get("include", []):
            self.read += kwargs["ids"]
        return self.collection.get(**kwargs)


def generation(client, name: str, texts: dict[str, str]) -> ReadRecorder:
    collection = client.create_collection(name, embedding_function=None, configuration=COLLECTION_CONFIGURATION)
    collection.add(ids=list(texts), documents=list(texts.values()), metadatas=[{"kind": "document"}] * len(texts),
                   embeddings=[[1.0, float(i)] for i in range(len(texts))])
    return ReadRecorder(collection)


def test_bm25_ranks_rare_terms_and_reads_only_new_chunks_of_a_new_generation(tmp_path):
    client = chromadb.PersistentClient(path=str(tmp_path), settings=ChromaSettings(anonymized_telemetry=False))
    index = LexicalIndex()
    first = generation(client, "gen1", TEXTS)
    index.sync("gen1", first)
    assert index.search("Who led the delegation, Specht?", 3) == ["a"]
    assert index.search("cost-sharing talks", 3)[:2] == ["a", "b"] and index.search("kimchi", 3) == []

    changed = {"a": TEXTS["a"], "c": TEXTS["c"], "b2": TEXTS["b"].replace("Honolulu", "Washington")}
    second = generation(client, "gen2", changed)
    index.sync("gen2", second)
    assert second.read == ["b2"]
    assert index.search("Washington", 3) == ["b2"] and index.search("Honolulu", 3) == []


def test_reciprocal_rank_fusion_prefers_what_both_rankings_place_high():
    assert fuse([["a", "b", "c"], ["c", "b", "d"]]) == ["c", "b", "a", "d"]
