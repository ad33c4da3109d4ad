"""Embedding backends: the int8 ONNX export made offline from the packaged weights, cached by their hash;
ingest work that is skipped (no model load when nothing changed, each distinct text embedded once)."""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from safetensors.numpy import load_file, save_file

from bot.embeddings import SentenceEmbeddings, exported_model, model_path, onnx_file_name
from bot.ingest.chunk import Chunk
from bot.ingest.run import run_ingest
from bot.ingest.write import embed_chunks
from bot.settings import BUNDLED_MODEL
from bot.store import KnowledgeStore

SENTENCES = [
    "South Korea's 2026 payment under the 12th SMA is 1.5192 trillion won.",
    "About 4,000 Korean workers on US bases were furloughed from 1 April 2020.",
    "Roughly 28,500 US troops are stationed in South Korea.",
    "The weather in Seoul was mild on Tuesday.",
]


@pytest.fixture(scope="module")
def torch_vectors():
    return np.asarray(SentenceEmbeddings(backend="torch").embed_documents(SENTENCES))


def test_int8_vectors_stay_close_to_the_fp32_model_and_rank_alike(embeddings, torch_vectors):
    assert embeddings.backend == "onnx-int8"  # the default
    int8 = np.asarray(embeddings.embed_documents(SENTENCES))
    cosines = np.sum(int8 * torch_vectors, axis=1)
    assert cosines.min() > 0.97 and np.allclose(np.linalg.norm(int8, axis=1), 1, atol=1e-4)
    query = "How many American soldiers are in Korea?"
    ranked = [np.argsort(-(v @ np.asarray(e.embed_query(query)))).tolist()
              for v, e in ((torch_vectors, SentenceEmbeddings(backend="torch")), (int8, embeddings))]
    assert ranked[0] == ranked[1]


def test_the_export_is_made_once_and_again_when_the_weights_change(tmp_path):
    source = tmp_path / "model"
    shutil.copytree(model_path(BUNDLED_MODEL), source)
    cache = tmp_path / "cache"
    first = exported_model(source, "onnx-int8", cache)
    built = (first / onnx_file_name("onnx-int8")).stat().st_mtime_ns
    assert exported_model(source, "onnx-int8", cache) == first
    assert (first / onnx_file_name("onnx-int8")).stat().st_mtime_ns == built  # reused, not rebuilt
    assert not (first / "onnx" / "model.onnx").exists()  # only the int8 file is kept

    weights = load_file(source / "model.safetensors")
    name = next(iter(weights))
    weights[name] = weights[name] + np.float32(1e-3)
    save_file(weights, source / "model.safetensors", metadata={"format": "pt"})
    second = exported_model(source, "onnx-int8", cache)
    assert second != first and (second / onnx_file_name("onnx-int8")).is_file()
    assert sorted(p.name for p in cache.iterdir() if not p.name.startswith(".")) == sorted([first.name, second.name])


def test_an_unchanged_reingest_never_loads_the_model(project, embeddings):
    run_ingest(project, progress=False, embeddings=embeddings)
    unloadable = SentenceEmbeddings(model_name=str(project.project_root / "no-such-model"), backend="onnx-int8")
    again = run_ingest(project, progress=False, embeddings=unloadable)
    assert again.chunks_embedded == 0 and len(again.plan.unchanged) == 2


def test_switching_backend_re_embeds_everything_rather_than_mix_vectors(project, embeddings):
    first = run_ingest(project, progress=False, embeddings=embeddings)
    switched = run_ingest(project, progress=False, embeddings=SentenceEmbeddings(backend="onnx",
                                                                                  cache_dir=project.data_dir / "models"))
    assert switched.chunks_embedded == first.chunks_embedded
    assert any("embedded with onnx-int8" in w for w in switched.warnings)
    assert KnowledgeStore(project).embedded_with() == "onnx"
    assert run_ingest(project, progress=False, embeddings=embeddings).chunks_embedded == first.chunks_embedded


class CountingEmbeddings(SentenceEmbeddings):
    """The real model, recording what it was asked to embed."""

    def __init__(self, real: SentenceEmbeddings) -> None:
        super().__init__(real.model_name, backend=real.backend, cache_dir=real.cache_dir)
        self.asked: list[str] = []

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.asked += texts
        return super().embed_documents(texts)


def test_identical_chunk_texts_are_embedded_once(embeddings):
    def chunk(text: str, source: str) -> Chunk:
        return Chunk(id=f"{source}:{text[:8]}", text=text, metadata={"source": source})

    chunks = [chunk(SENTENCES[0], "a.txt"), chunk(SENTENCES[1], "a.txt"), chunk(SENTENCES[0], "b.txt")]
    counting = CountingEmbeddings(embeddings)
    vectors = embed_chunks(chunks, counting, progress=False)
    assert sorted(counting.asked) == sorted(SENTENCES[:2])
    assert vectors[0] == vectors[2] and vectors[0] != vectors[1]
    # int8 activations are quantised per batch, so a text's vector depends slightly on its batch-mates
    assert float(np.dot(vectors[1], embeddings.embed_query(SENTENCES[1]))) > 0.98


def test_a_sentence_has_one_vector_whatever_else_is_embedded(embeddings):
    """The answerer's sentence vectors (and so its answers) do not depend on what was embedded with them, i.e. on
    what was asked before: the int8 model quantises a batch's activations together, so in a batch they would."""
    alone = [embeddings.embed_each([sentence])[0] for sentence in SENTENCES]
    together = embeddings.embed_each(list(reversed(SENTENCES)))[::-1]
    assert alone == together
    batched = np.asarray(embeddings.embed_documents(SENTENCES))
    assert not np.array_equal(batched, np.asarray(alone))  # what a batch does, which embed_each avoids


@pytest.mark.parametrize("backend", ["onnx-int8", "onnx"])
def test_an_export_runs_without_sentence_transformers_and_gives_its_vectors(embeddings, backend, tmp_path):
    """The exported model is run with onnxruntime and its tokenizer alone (torch and sentence-transformers take seconds
    to import, in every ingest and at start-up), and gives the vectors sentence-transformers gives for it: batched
    (texts of every length, more than one batch) and one by one."""
    from sentence_transformers import SentenceTransformer

    from bot.embeddings import OnnxModel

    folder = exported_model(model_path(BUNDLED_MODEL), backend, embeddings.cache_dir)
    texts = SENTENCES * 20 + [" ".join(SENTENCES * 12), "a"]  # one past the 256-token limit
    model = OnnxModel(folder, onnx_file_name(backend))
    reference = SentenceTransformer(str(folder), device="cpu", backend="onnx",
                                    model_kwargs={"file_name": onnx_file_name(backend)})
    expected = reference.encode(texts, batch_size=32, normalize_embeddings=True)
    assert np.abs(model.encode(texts, batch_size=32) - expected).max() < 1e-5
    assert np.abs(model.encode(texts[-2:-1]) - reference.encode(texts[-2:-1], normalize_embeddings=True)).max() < 1e-5
