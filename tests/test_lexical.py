"""The BM25 index over a real embedded Chroma collection, and hybrid retrieval over the new documents."""

from __future__ import annotations

from collections import Counter

import chromadb
from chromadb.config import Settings as ChromaSettings

from bot.lexical import LexicalIndex, chunk_terms
from bot.retrieval import fuse
from bot.text import content_words
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


def generation(client, name: str, texts: dict[str, str], tagged: bool = False) -> ReadRecorder:
    """A generation of document chunks; tagged: as ingest writes it, each chunk's term counts in its metadata."""
    collection = client.create_collection(name, embedding_function=None, configuration=COLLECTION_CONFIGURATION)
    metadatas = [{"kind": "document", "title": "Cost-sharing news", "section": "", "published": "2024-03-05",
                  "terms": chunk_terms(text, {"published": "2024-03-05"})} if tagged else {"kind": "document"}
                 for text in texts.values()]
    collection.add(ids=list(texts), documents=list(texts.values()), metadatas=metadatas,
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


def test_the_words_a_question_is_about_weigh_most(tmp_path):
    client = chromadb.PersistentClient(path=str(tmp_path), settings=ChromaSettings(anonymized_telemetry=False))
    index = LexicalIndex()
    texts = TEXTS | {"d": "The U.S. delegation and the Korean delegation met again for talks on cost sharing."}
    index.sync("gen1", generation(client, "gen1", texts))
    question = "When did the U.S. delegation resume cost-sharing talks?"
    assert index.search(question, 3)[0] == "a"  # more of the question's words
    assert index.search(question, 3, focus=frozenset(content_words("resume")))[0] == "b"  # what it asks about


def test_a_documents_title_and_publisher_are_known_words_but_not_searched(tmp_path):
    client = chromadb.PersistentClient(path=str(tmp_path), settings=ChromaSettings(anonymized_telemetry=False))
    index = LexicalIndex()
    index.sync("gen1", generation(client, "gen1", TEXTS, tagged=True))  # titled "Cost-sharing news"
    assert index.knows("news") and not index.knows("weather")
    assert index.search("news", 3) == []  # every chunk of the document would match its title


def test_a_question_naming_a_documents_publisher_finds_its_chunks(tmp_path):
    client = chromadb.PersistentClient(path=str(tmp_path), settings=ChromaSettings(anonymized_telemetry=False))
    collection = client.create_collection("gen1", embedding_function=None, configuration=COLLECTION_CONFIGURATION)
    texts = {"news": "The costs of the costs: three kinds of costs were argued over.",
             "primer": "The money goes to labor, construction and logistics."}
    publishers = {"news": "Daily Wire", "primer": "Yeouido Budget Review"}
    collection.add(ids=list(texts), documents=list(texts.values()), embeddings=[[1.0, 0.0], [0.0, 1.0]],
                   metadatas=[{"kind": "document", "title": "Cost notes", "publisher": publishers[i],
                               "terms": chunk_terms(texts[i], {})} for i in texts])
    index = LexicalIndex()
    index.sync("gen1", collection)
    question = "per the Yeouido review, what kinds of costs are there?"
    assert index.search(question, 2) == ["news"]  # the question's words alone
    assert "primer" in index.search(question, 2, focus=frozenset(content_words("yeouido")))


def test_reciprocal_rank_fusion_prefers_what_both_rankings_place_high():
    assert fuse([["a", "b", "c"], ["c", "b", "d"]]) == ["c", "b", "a", "d"]


def test_counts_stored_at_ingest_are_read_instead_of_text_and_a_switch_is_indexed_in_the_background(tmp_path):
    client = chromadb.PersistentClient(path=str(tmp_path), settings=ChromaSettings(anonymized_telemetry=False))
    index = LexicalIndex()
    first = generation(client, "gen1", TEXTS, tagged=True)
    index.follow("gen1", first)  # the first index is built at once
    assert first.read == [] and index.search("Specht", 3) == ["a"]
    assert len(index.search("2024", 3)) == 3  # the document's year is counted for every chunk

    second = generation(client, "gen2", {"a": TEXTS["a"], "d": "Talks resumed in Washington in June."}, tagged=True)
    index.follow("gen2", second)  # a switch: built in the background; searches use what is there meanwhile
    assert index.search("Specht", 3) == ["a"]
    index.wait()
    assert index.generation == "gen2" and second.read == []
    assert index.search("Washington", 3) == ["d"] and index.search("Honolulu", 3) == []


def test_ingest_stores_each_document_chunks_term_counts(ingested):
    from bot.lexical import parse_terms
    from bot.store import KnowledgeStore
    from bot.text import terms

    rows = KnowledgeStore(ingested).active().get(where={"kind": "document"}, include=["documents", "metadatas"])
    for text, metadata in zip(rows["documents"], rows["metadatas"]):
        counts = parse_terms(metadata["terms"])
        assert all(counts[term] >= n for term, n in Counter(terms(text)).items())


def test_an_acronym_finds_the_name_it_stands_for(tmp_path):
    """Staff write "the KEU", "MND", "NDAA" where a document spells the name out: the initials of a run of
    capitalised words count as a term of its chunk, so the acronym is known and found."""
    texts = {"union": "The USFK Korean Employees’ Union threatened an all-out strike in April.",
             "ministry": "The Ministry of National Defense published the figures in its white paper.",
             "other": "Union leaders and the ministry met again in May."}
    client = chromadb.PersistentClient(path=str(tmp_path), settings=ChromaSettings(anonymized_telemetry=False))
    index = LexicalIndex()
    index.sync("gen1", generation(client, "gen1", texts, tagged=True))
    assert index.knows("keu") and index.knows("mnd") and not index.knows("tuk")
    assert index.search("who ran the KEU", 3) == ["union"]
    assert index.search("what did MND publish", 3)[0] == "ministry"


def test_a_word_typed_run_together_is_the_hyphenated_word_the_documents_write(tmp_path):
    """Staff type "carryover", "cochairs" where a document writes "carry-over", "co-chairs"."""
    client = chromadb.PersistentClient(path=str(tmp_path), settings=ChromaSettings(anonymized_telemetry=False))
    index = LexicalIndex()
    texts = TEXTS | {"d": "The co-chairs capped the carry-over of unexecuted funds at 10 percent."}
    index.sync("gen1", generation(client, "gen1", texts))
    assert index.hyphenated("carryover") == "carry-over"
    assert index.hyphenated("cochair") == "co-chair"
    assert index.hyphenated("carry") is None and index.hyphenated("handover") is None


def test_a_korean_term_finds_the_glossary_row_that_gives_it(tmp_path):
    client = chromadb.PersistentClient(path=str(tmp_path), settings=ChromaSettings(anonymized_telemetry=False))
    index = LexicalIndex()
    texts = TEXTS | {"g": "Korean: 미집행; English: unexecuted (funds allocated but not yet spent)."}
    index.sync("gen1", generation(client, "gen1", texts, tagged=True))
    assert index.search("what english does the glossary want for 미집행", 3)[0] == "g"


def test_a_misspelt_name_is_spelled_as_the_documents_spell_it(tmp_path):
    client = chromadb.PersistentClient(path=str(tmp_path), settings=ChromaSettings(anonymized_telemetry=False))
    index = LexicalIndex()
    texts = TEXTS | {"d": "Gen. John Tilelli chairs the foundation; the Incheon landing began on September 15."}
    index.sync("gen1", generation(client, "gen1", texts))
    assert index.nearest_name("inchon") == "incheon"  # an older spelling, one letter apart
    assert index.nearest_name("tilleli") == "tilelli"  # two letters swapped
    assert index.nearest_name("spect") == "specht"
    assert index.nearest_name("pyongyang") is None  # no document spells anything like it
    assert index.nearest_name("delegatoin") is None  # ordinary words are the dictionary's to correct


def test_the_next_chunk_of_a_document_is_known_across_a_new_generation(tmp_path):
    """Each chunk's successor in its document, read from the chunks' places, and kept for chunks a switch keeps."""
    client = chromadb.PersistentClient(path=str(tmp_path), settings=ChromaSettings(anonymized_telemetry=False))
    collection = client.create_collection("gen1", embedding_function=None, configuration=COLLECTION_CONFIGURATION)
    places = {"a": ("note.md", 0), "b": ("note.md", 1), "c": ("other.md", 0)}
    collection.add(ids=list(places), documents=[TEXTS[chunk_id] for chunk_id in places],
                   metadatas=[{"kind": "document", "source": source, "chunk_index": index}
                              for source, index in places.values()],
                   embeddings=[[1.0, float(i)] for i in range(len(places))])
    index = LexicalIndex()
    index.sync("gen1", collection)
    assert index.following(["a", "b", "c"]) == ["b"]
    second = client.create_collection("gen2", embedding_function=None, configuration=COLLECTION_CONFIGURATION)
    second.add(ids=["a", "b", "d"], documents=[TEXTS["a"], TEXTS["b"], TEXTS["c"]],
               metadatas=[{"kind": "document", "source": "note.md", "chunk_index": i} for i in range(3)],
               embeddings=[[1.0, float(i)] for i in range(3)])
    index.sync("gen2", second)
    assert index.following(["a", "b"]) == ["b", "d"]
