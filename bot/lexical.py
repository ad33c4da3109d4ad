"""BM25 over the document chunks of the active generation, beside Chroma's dense index.

Ingest counts each chunk's terms once and stores them in the chunk's metadata (`chunk_terms`), so the index
lives with the knowledge base: every process, and every replica of a Chroma server deployment, builds the same
index from what the collection holds, with no local file and no re-tokenizing. A process builds its index when
it first searches; when another ingest switches the active generation, the new index is built in the background
while searches keep using the previous one (unchanged chunks keep their ids, so it stays valid for them), and
only chunks with new ids are read: the counts of unchanged chunks are kept, as the ingest keeps their embeddings.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz.distance import DamerauLevenshtein
from rapidfuzz.process import extractOne

from bot.text import content_words, terms
from bot.understand.normalize import english_terms, is_name

K1 = 1.2
B = 0.75
READ_BATCH = 2000
FOCUS_BOOST = 2.0


def chunk_terms(text: str, metadata: dict) -> str:
    """The terms BM25 counts for a chunk, as stored in its metadata ("term:count ..."): its words, and once
    each those of its section's heading, its document's year and the acronyms of the names it spells out, so a
    question naming the heading, the year or an acronym ("the KEU") finds the passage. (Not the document's title,
    nor a section that only repeats it: every chunk of the document would match its words.)"""
    context = str(metadata.get("section") or "") + " " + str(metadata.get("published") or "")[:4]
    counts = Counter(terms(text)) + Counter(set(terms(context)) | acronyms(text))
    return " ".join(f"{term}:{count}" for term, count in counts.items())


# A run of capitalised words, with the small words names keep inside them ("Ministry of National Defense").
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?:['’]s?)?(?:(?:\s+(?:of|for|and|on|the))?\s+[A-Z][a-z]+(?:['’]s?)?)+")
ACRONYM_LETTERS = (3, 6)  # shorter initials are too often another word's ("US", "UN")


def acronyms(text: str) -> set[str]:
    """The initials of each stretch of every name the text spells out ("The USFK Korean Employees' Union" ->
    "keu"; "Ministry of National Defense" -> "mnd"), lower-cased as terms are, unless they spell a word."""
    found = set()
    low, high = ACRONYM_LETTERS
    for run in _NAME_RUN.finditer(text):
        initials = "".join(word[0] for word in run.group(0).split() if word[0].isupper()).lower()
        found |= {initials[i:j] for i in range(len(initials)) for j in range(i + low, min(i + high, len(initials)) + 1)}
    return found - english_terms()


def said_terms(text: str) -> set[str]:
    """The terms a text says, an acronym by the name it spells out too ("War Reserve Stocks for Allies": "wrsa")."""
    return set(content_words(text)) | acronyms(text)


def _idf(n: int, df: int) -> float:
    """BM25's idf of a term in df of n chunks."""
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


def parse_terms(encoded: str) -> Counter[str]:
    return Counter({term: int(count) for term, _, count in (item.rpartition(":") for item in encoded.split())})


@dataclass(frozen=True)
class _Index:
    generation: str = ""
    counts: dict[str, Counter[str]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # chunk id -> its document's title and publisher
    ids: list[str] = field(default_factory=list)
    postings: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)
    norms: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    # a term of a document's title or publisher -> the rows of that document's chunks
    titled: dict[str, np.ndarray] = field(default_factory=dict)
    places: dict[str, tuple[str, int]] = field(default_factory=dict)  # chunk id -> (its document, its place in it)
    following: dict[str, str] = field(default_factory=dict)  # chunk id -> the id of the next chunk of its document


class LexicalIndex:
    """BM25 scores of a query's terms over the chunks of one collection generation."""

    def __init__(self) -> None:
        self._index = _Index()  # replaced whole, so a search never sees half of a rebuild
        self._lock = threading.Lock()
        self._building: threading.Thread | None = None
        self._names: tuple[str, tuple[str, ...]] = ("", ())  # a generation's names, worked out when first asked
        self._hyphenated: tuple[str, dict[str, str]] = ("", {})  # its hyphenated terms by the words they run into

    @property
    def generation(self) -> str:
        return self._index.generation

    def follow(self, generation: str, collection) -> None:
        """Keep up with the active generation: the first index is built now, a later one in the background."""
        if generation == self.generation:
            return
        if not self.generation:
            self.sync(generation, collection)
            return
        with self._lock:
            if self._building is not None and self._building.is_alive():
                return
            self._building = threading.Thread(target=self.sync, args=(generation, collection), daemon=True,
                                              name=f"lexical-{generation}")
            self._building.start()

    def wait(self) -> None:
        """Until a background rebuild has finished."""
        building = self._building
        if building is not None:
            building.join()

    def sync(self, generation: str, collection) -> None:
        """Follow the collection `generation` names: count new chunks, forget removed ones, rebuild postings."""
        if generation == self.generation:
            return
        known, known_sources, known_places = self._index.counts, self._index.sources, self._index.places
        ids = collection.get(where={"kind": "document"}, include=[])["ids"]
        new = [chunk_id for chunk_id in ids if chunk_id not in known]
        counts = {chunk_id: known[chunk_id] for chunk_id in ids if chunk_id in known}
        sources = {chunk_id: known_sources.get(chunk_id, "") for chunk_id in counts}
        places = {chunk_id: known_places[chunk_id] for chunk_id in counts if chunk_id in known_places}
        for start in range(0, len(new), READ_BATCH):
            batch = collection.get(ids=new[start : start + READ_BATCH], include=["metadatas"])
            untagged = []
            for chunk_id, metadata in zip(batch["ids"], batch["metadatas"]):
                metadata = metadata or {}
                sources[chunk_id] = f"{metadata.get('title') or ''} {metadata.get('publisher') or ''}"
                if metadata.get("chunk_index") is not None:
                    places[chunk_id] = (str(metadata.get("source")), int(metadata["chunk_index"]))
                if metadata.get("terms") is not None:
                    counts[chunk_id] = parse_terms(metadata["terms"])
                else:
                    untagged.append(chunk_id)
            if untagged:  # chunks stored before ingest counted terms: counted from their text
                rows = collection.get(ids=untagged, include=["documents", "metadatas"])
                counts.update((chunk_id, parse_terms(chunk_terms(text or "", metadata or {})))
                              for chunk_id, text, metadata in zip(rows["ids"], rows["documents"], rows["metadatas"]))
        self._index = self._build(generation, counts, sources, places)

    @staticmethod
    def _build(generation: str, counts: dict[str, Counter[str]], sources: dict[str, str],
               places: dict[str, tuple[str, int]]) -> _Index:
        lengths = np.array([sum(c.values()) for c in counts.values()], dtype=np.float32)
        average = float(lengths.mean()) if len(lengths) else 1.0
        norms = K1 * (1 - B + B * lengths / max(average, 1.0))
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for row, chunk_counts in enumerate(counts.values()):
            for term, tf in chunk_counts.items():
                rows, tfs = postings.setdefault(term, ([], []))
                rows.append(row)
                tfs.append(tf)
        source_terms = {source: set(terms(source)) for source in set(sources.values())}  # each document's words once
        titled: dict[str, list[int]] = {}
        for row, chunk_id in enumerate(counts):
            for term in source_terms.get(sources.get(chunk_id, ""), ()):
                titled.setdefault(term, []).append(row)
        at = {place: chunk_id for chunk_id, place in places.items()}
        following = {chunk_id: at[(source, index + 1)] for chunk_id, (source, index) in places.items()
                     if (source, index + 1) in at}
        return _Index(generation, counts, sources, list(counts), {
            term: (np.array(rows), np.array(tfs, dtype=np.float32)) for term, (rows, tfs) in postings.items()}, norms,
            {term: np.array(rows) for term, rows in titled.items()}, places, following)

    def following(self, chunk_ids: list[str]) -> list[str]:
        """The ids of the chunks that come next in the documents of these (those that have one)."""
        index = self._index
        return [index.following[chunk_id] for chunk_id in chunk_ids if chunk_id in index.following]

    def knows(self, term: str) -> bool:
        """Whether any chunk, or the title or publisher of any document, has the term ("the Alliance Cost Watch
        brief")."""
        return term in self._index.postings or term in self._index.titled

    def titles(self, term: str) -> bool:
        """Whether the title or publisher of any document has the term."""
        return term in self._index.titled

    def nearest_name(self, term: str) -> str | None:
        """The name (a term no dictionary has) the chunks spell closest to the term: one edit away, two from eight
        letters ("inchon": "incheon", "tilleli": "tilelli"); None when none is that close."""
        index = self._index
        if self._names[0] != index.generation:
            self._names = (index.generation, tuple(t for t in index.postings if t.isalpha() and is_name(t)))
        limit = 1 if len(term) < 8 else 2
        match = extractOne(term, self._names[1], scorer=DamerauLevenshtein.distance, score_cutoff=limit)
        return match[0] if match else None

    def hyphenated(self, term: str) -> str | None:
        """The hyphenated term the chunks have that is this one run together ("carry-over" of "carryover")."""
        index = self._index
        if self._hyphenated[0] != index.generation:
            self._hyphenated = (index.generation, {t.replace("-", ""): t for t in index.postings
                                                   if "-" in t and t.replace("-", "").isalpha()})
        return self._hyphenated[1].get(term)

    def idf(self, term: str) -> float:
        """How rare a term is among the chunks (BM25's idf); a term no chunk has is as rare as can be."""
        index = self._index
        return _idf(len(index.ids), len(index.postings[term][0]) if term in index.postings else 0)

    def search(self, query: str, k: int, focus: frozenset[str] = frozenset()) -> list[str]:
        """Ids of the k chunks that score highest for the query's terms (those with any term at all); the
        terms in `focus` (what the question is specifically about) count FOCUS_BOOST times, and count once for
        every chunk of a document whose title or publisher has them ("per the Yeouido primer")."""
        index = self._index
        n = len(index.ids)
        scores = np.zeros(n, dtype=np.float32)
        for term in set(terms(query)) | focus:
            if term in focus and term in index.titled:
                rows = index.titled[term]
                scores[rows] += _idf(n, len(rows)) * (K1 + 1) / (1 + index.norms[rows])
            if term not in index.postings:
                continue
            rows, tfs = index.postings[term]
            boost = FOCUS_BOOST if term in focus else 1.0
            scores[rows] += boost * _idf(n, len(rows)) * tfs * (K1 + 1) / (tfs + index.norms[rows])
        hits = np.flatnonzero(scores)
        top = hits[np.argsort(-scores[hits], kind="stable")[:k]]
        return [index.ids[row] for row in top]
