"""BM25 over the document chunks of the active generation, beside Chroma's dense index.

The index is built from the collection itself, so every process (and every replica of a Chroma server
deployment) builds the same one from what it reads and no local file is needed. When the active generation
changes, only chunks with new ids are read and counted; the counts of unchanged chunks are kept, as the
ingest keeps their embeddings.
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from bot.text import terms

K1 = 1.2
B = 0.75
READ_BATCH = 2000


class LexicalIndex:
    """BM25 scores of a query's terms over the chunks of one collection generation."""

    def __init__(self) -> None:
        self.generation = ""
        self._counts: dict[str, Counter[str]] = {}
        self._ids: list[str] = []
        self._postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._norms = np.zeros(0, dtype=np.float32)

    def sync(self, generation: str, collection) -> None:
        """Follow the collection `generation` names: count new chunks, forget removed ones, rebuild postings."""
        if generation == self.generation:
            return
        ids = collection.get(where={"kind": "document"}, include=[])["ids"]
        new = [chunk_id for chunk_id in ids if chunk_id not in self._counts]
        counts = {chunk_id: self._counts[chunk_id] for chunk_id in ids if chunk_id in self._counts}
        for start in range(0, len(new), READ_BATCH):
            batch = collection.get(ids=new[start : start + READ_BATCH], include=["documents"])
            counts.update((chunk_id, Counter(terms(text or ""))) for chunk_id, text in zip(batch["ids"],
                                                                                         batch["documents"]))
        self._build(counts)
        self.generation = generation

    def _build(self, counts: dict[str, Counter[str]]) -> None:
        self._counts = counts
        self._ids = list(counts)
        lengths = np.array([sum(c.values()) for c in counts.values()], dtype=np.float32)
        average = float(lengths.mean()) if len(lengths) else 1.0
        self._norms = K1 * (1 - B + B * lengths / max(average, 1.0))
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for row, chunk_counts in enumerate(counts.values()):
            for term, tf in chunk_counts.items():
                rows, tfs = postings.setdefault(term, ([], []))
                rows.append(row)
                tfs.append(tf)
        self._postings = {term: (np.array(rows), np.array(tfs, dtype=np.float32)) for term, (rows, tfs)
                          in postings.items()}

    def idf(self, term: str) -> float:
        """How rare a term is among the chunks (BM25's idf); a term no chunk has is as rare as can be."""
        n = len(self._ids)
        df = len(self._postings[term][0]) if term in self._postings else 0
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def search(self, query: str, k: int) -> list[str]:
        """Ids of the k chunks that score highest for the query's terms (those with any term at all)."""
        scores = np.zeros(len(self._ids), dtype=np.float32)
        n = len(self._ids)
        for term in set(terms(query)):
            if term not in self._postings:
                continue
            rows, tfs = self._postings[term]
            scores[rows] += self.idf(term) * tfs * (K1 + 1) / (tfs + self._norms[rows])
        hits = np.flatnonzero(scores)
        top = hits[np.argsort(-scores[hits], kind="stable")[:k]]
        return [self._ids[row] for row in top]
