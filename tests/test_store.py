"""Generations and switching, the ingest lock, queries during a re-ingest, and a real Chroma server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.ingest import run as ingest_run
from bot.ingest.run import IngestBusy, ingest_lock, run_ingest
from bot.pipeline import SmaBot
from bot.settings import Settings
from bot.store import KnowledgeStore
from tests.conftest import TROOPS_ARTICLE

NEW_FACT = "The allies agreed that talks on a thirteenth Special Measures Agreement will open on Jeju Island."


def ingest(settings, embeddings):
    return run_ingest(settings, progress=False, embeddings=embeddings)


def add_new_document(settings: Settings) -> None:
    (settings.documents_dir / "jeju.md").write_text(
        f"---\ntitle: Jeju talks\npublished: 2031-01-05\n---\n{NEW_FACT}\n", encoding="utf-8")


def test_a_failed_ingest_leaves_the_previous_knowledge_serving(project, embeddings, monkeypatch):
    ingest(project, embeddings)
    store = KnowledgeStore(project)
    serving, ids = store.active_name(), sorted(store.active().get()["ids"])
    add_new_document(project)

    def crash(collection, chunks, vectors):
        collection.upsert(ids=[chunks[0].id], documents=[chunks[0].text], metadatas=[chunks[0].metadata],
                          embeddings=[vectors[0]])
        raise RuntimeError("killed mid-write")

    monkeypatch.setattr(ingest_run, "write_chunks", crash)
    with pytest.raises(RuntimeError, match="killed mid-write"):
        ingest(project, embeddings)
    assert store.active_name() == serving and sorted(store.active().get()["ids"]) == ids

    monkeypatch.undo()
    report = ingest(project, embeddings)
    assert report.plan.added == ["knowledge/documents/jeju.md"]
    names = {c if isinstance(c, str) else c.name for c in store.client.list_collections()}
    assert store.active_name() != serving and names == {f"{project.collection}__active", *store.serving()}


def test_only_one_ingest_runs_at_a_time(project, embeddings):
    with ingest_lock(project):
        with pytest.raises(IngestBusy, match="already running"):
            ingest(project, embeddings)
    assert ingest(project, embeddings).chunks_embedded > 0


def test_questions_are_answered_during_a_reingest(project, embeddings):
    ingest(project, embeddings)
    bot = SmaBot(project, embeddings)
    questions = ["How many American troops are stationed in South Korea?",
                 "Why did the US reject Seoul's request to settle the wage issue first?",
                 "How much does Seoul pay per year under the SMA that expires at the end of 2018?",
                 "What happens if no deal is sealed before the end of the year?",
                 "Who were the negotiators in the 10th round?"] * 10
    add_new_document(project)
    (project.documents_dir / "004_8b6f7a4df1742f25.meta.yaml").write_text(
        "title: S. Korea, US fail to strike defense cost-sharing deal (corrected)\npublished: 2018-12-14\n",
        encoding="utf-8")
    ingest_thread = threading.Thread(target=ingest, args=(project, embeddings))
    with ThreadPoolExecutor(max_workers=8) as pool:
        ingest_thread.start()
        answers = list(pool.map(bot.answer, questions))
    ingest_thread.join()
    assert len(answers) == 50
    for answer in answers:
        assert answer.route == "retrieval" and answer.citations, answer.answer
    after = bot.answer("Where will the talks on a thirteenth SMA open?")
    assert "Jeju" in after.answer and after.citations[0].source == "knowledge/documents/jeju.md"
    negotiators = bot.answer("Who were the negotiators in the 10th round?")
    cited = [c for c in negotiators.citations if c.source == TROOPS_ARTICLE]
    assert cited and all(c.title.endswith("(corrected)") for c in cited)


def segment_folders(settings: Settings) -> dict[str, set[str]]:
    """Index folders on disk by the name of the collection owning them ("" for folders no collection owns)."""
    import sqlite3
    from contextlib import closing

    names = {str(c.id): c.name for c in KnowledgeStore(settings).client.list_collections()}
    with closing(sqlite3.connect(settings.chroma_path / "chroma.sqlite3")) as db:
        owner = {segment: names.get(collection, "") for segment, collection in db.execute(
            "SELECT id, collection FROM segments")}
    folders: dict[str, set[str]] = {}
    for folder in settings.chroma_path.iterdir():
        if folder.is_dir():
            folders.setdefault(owner.get(folder.name, ""), set()).add(folder.name)
    return folders


def test_dropped_generations_leave_no_files_and_the_serving_ones_keep_theirs(project, embeddings):
    ingest(project, embeddings)
    for n in range(3):
        (project.documents_dir / "jeju.md").write_text(f"Revision {n}: {NEW_FACT}\n", encoding="utf-8")
        ingest(project, embeddings)
    store = KnowledgeStore(project)
    folders = segment_folders(project)
    assert "" not in folders, f"orphaned index folders: {folders['']}"
    assert set(folders) <= store.serving() | {f"{project.collection}__active"} and store.active_name() in folders
    assert "Revision 2" in SmaBot(project, embeddings).answer("Where will the talks on a thirteenth SMA open?").answer


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    chroma = shutil.which("chroma", path=os.path.dirname(sys.executable))
    port = free_port()
    process = subprocess.Popen([chroma, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1",
                                "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.2)
    yield port
    process.terminate()
    process.wait(timeout=30)


def test_server_mode_ingests_and_answers_through_chroma_run(project, embeddings, chroma_server):
    settings = Settings(**{**project.model_dump(), "_env_file": None, "chroma_host": "127.0.0.1",
                           "chroma_port": chroma_server, "chroma_path": Path("/nonexistent/unused")})
    report = ingest(settings, embeddings)
    assert report.chunks_embedded > 0 and not settings.chroma_path.exists()
    assert ingest(settings, embeddings).chunks_embedded == 0
    answer = SmaBot(settings, embeddings).answer("How many American troops are stationed in South Korea?")
    assert "28,500" in answer.answer and answer.citations


def test_a_collection_from_before_generations_keeps_serving_until_replaced(project, embeddings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    legacy = chromadb.PersistentClient(path=str(project.chroma_path), settings=ChromaSettings(anonymized_telemetry=False))
    legacy.create_collection(project.collection, embedding_function=None).add(
        ids=["old"], documents=["old chunk"], embeddings=[[0.0] * 384], metadatas=[{"source": "x", "kind": "document"}])
    store = KnowledgeStore(project)
    assert store.active_name() == project.collection and store.active().get()["ids"] == ["old"]
    ingest(project, embeddings)
    names = {c if isinstance(c, str) else c.name for c in store.client.list_collections()}
    assert store.active_name().startswith(f"{project.collection}__g") and "old" not in store.active().get()["ids"]
    assert project.collection in names  # kept one round as the previous generation
    add_new_document(project)
    ingest(project, embeddings)
    names = {c if isinstance(c, str) else c.name for c in store.client.list_collections()}
    assert project.collection not in names


def test_stored_ids_group_by_source_from_their_prefix_and_older_ids_from_metadata(project):
    from bot.store import source_key, stored_ids_by_source

    store = KnowledgeStore(project)
    generation = store.new_generation()
    vector = [1.0] + [0.0] * 383
    generation.upsert(ids=[f"{source_key('a.txt')}-1", f"{source_key('a.txt')}-2", "0123456789abcdef", f"{source_key('b.txt')}-1"],
                      embeddings=[vector] * 4, documents=["one", "two", "three", "four"],
                      metadatas=[{"source": "a.txt"}, {"source": "a.txt"}, {"source": "legacy.txt"}, {"source": "b.txt"}])
    grouped = stored_ids_by_source(generation, ["a.txt"])
    assert grouped == {"a.txt": {f"{source_key('a.txt')}-1", f"{source_key('a.txt')}-2"},
                       "legacy.txt": {"0123456789abcdef"}, "b.txt": {f"{source_key('b.txt')}-1"}}
