"""Ingestion against the real model and a real embedded Chroma."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from bot.ingest import run as ingest_run
from bot.ingest.load import read_source_text
from bot.ingest.run import run_ingest
from bot.settings import Settings
from bot.store import KnowledgeStore, served_on_disk, stored_ids_by_source
from tests.conftest import FURLOUGH_ARTICLE, TROOPS_ARTICLE


def stored(settings: Settings) -> dict:
    return KnowledgeStore(settings).active().get(include=["documents", "metadatas"])


def refuse_to_open(settings):
    raise AssertionError("Chroma was opened")


def ingest(settings, embeddings, **kwargs):
    return run_ingest(settings, progress=False, embeddings=embeddings, **kwargs)


def test_chunks_keep_provenance_and_exact_offsets(project, embeddings):
    report = ingest(project, embeddings)
    assert sorted(report.plan.added) == [FURLOUGH_ARTICLE, TROOPS_ARTICLE]
    rows = stored(project)
    assert report.chunks_embedded == len(rows["ids"]) > 2
    for text, meta in zip(rows["documents"], rows["metadatas"]):
        source_text, _ = read_source_text(project.resolve_display_path(meta["source"]))
        assert source_text[meta["start"] : meta["end"]] == text
        assert meta["sha256"] == hashlib.sha256(text.encode()).hexdigest()
        assert meta["title"] and meta["published"] in ("2018-12-14", "2020-04-02")
        assert len(text) <= project.chunk_chars or "\n" not in text.strip()
    troops = [m for m in rows["metadatas"] if m["source"] == TROOPS_ARTICLE]
    assert {m["publisher"] for m in troops} == {"The Korea Herald"}
    assert sorted(m["chunk_index"] for m in troops) == list(range(len(troops)))


def test_unchanged_reingest_embeds_nothing(project, embeddings):
    ingest(project, embeddings)
    before = stored(project)["ids"]
    again = ingest(project, embeddings)
    assert again.chunks_embedded == 0
    assert again.plan.unchanged == [FURLOUGH_ARTICLE, TROOPS_ARTICLE]
    assert "0 chunks embedded" in again.summary()
    assert sorted(stored(project)["ids"]) == sorted(before)


def test_an_unchanged_reingest_reads_what_is_served_without_opening_chroma(project, embeddings, monkeypatch):
    ingest(project, embeddings)
    monkeypatch.setattr(ingest_run, "KnowledgeStore", refuse_to_open)
    again = ingest(project, embeddings)
    assert again.chunks_embedded == 0 and again.plan.unchanged == [FURLOUGH_ARTICLE, TROOPS_ARTICLE]


def test_the_served_ids_read_from_disk_are_the_ones_chroma_serves(project, embeddings):
    assert served_on_disk(project, [FURLOUGH_ARTICLE]) is None  # nothing ingested yet
    ingest(project, embeddings)
    project.resolve_display_path(TROOPS_ARTICLE).write_text("The allies met in Seoul.\n", encoding="utf-8")
    ingest(project, embeddings)  # a second generation now serves, the first is kept as the previous one
    store = KnowledgeStore(project)
    served = served_on_disk(project, [FURLOUGH_ARTICLE, TROOPS_ARTICLE])
    assert served.ids_by_source == stored_ids_by_source(store.active(), [FURLOUGH_ARTICLE, TROOPS_ARTICLE])
    assert served.embedded_with == store.embedded_with()
    # a source the caller does not name (a removed one) has to be read from its metadata: Chroma is asked
    assert served_on_disk(project, [FURLOUGH_ARTICLE]) is None
    assert served_on_disk(project.model_copy(update={"chroma_host": "localhost"}), [FURLOUGH_ARTICLE]) is None


def test_an_unchanged_reingest_never_imports_chroma(project, embeddings):
    ingest(project, embeddings)
    env = {**os.environ, "SMABOT_PROJECT_ROOT": str(project.project_root),
           "SMABOT_KNOWLEDGE_DIR": str(project.knowledge_dir), "SMABOT_CHROMA_PATH": str(project.chroma_path),
           "SMABOT_DATA_DIR": str(project.data_dir)}
    script = ("import sys; from bot.cli import main; code = main(['ingest']); "
              "print('chromadb imported' if 'chromadb' in sys.modules else 'chromadb not imported'); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "0 chunks embedded" in done.stdout and "chromadb not imported" in done.stdout


def test_changed_document_replaces_exactly_its_own_chunks(project, embeddings):
    ingest(project, embeddings)
    before = stored(project)
    furlough_ids = {i for i, m in zip(before["ids"], before["metadatas"]) if m["source"] == FURLOUGH_ARTICLE}
    path = project.resolve_display_path(TROOPS_ARTICLE)
    path.write_text("The allies signed a new agreement on cost sharing in Seoul.\n", encoding="utf-8")

    report = ingest(project, embeddings)

    assert report.plan.updated == [TROOPS_ARTICLE] and report.plan.unchanged == [FURLOUGH_ARTICLE]
    assert report.chunks_embedded == 1 and report.chunks_reused == 0
    after = stored(project)
    troops = [d for d, m in zip(after["documents"], after["metadatas"]) if m["source"] == TROOPS_ARTICLE]
    assert troops == ["The allies signed a new agreement on cost sharing in Seoul."]
    assert {i for i, m in zip(after["ids"], after["metadatas"]) if m["source"] == FURLOUGH_ARTICLE} == furlough_ids


def test_removed_document_is_deleted(project, embeddings):
    ingest(project, embeddings)
    project.resolve_display_path(FURLOUGH_ARTICLE).unlink()
    report = ingest(project, embeddings)
    assert report.plan.removed == [FURLOUGH_ARTICLE]
    assert {m["source"] for m in stored(project)["metadatas"]} == {TROOPS_ARTICLE}


def test_bad_files_are_named_and_the_rest_is_ingested(project, embeddings):
    documents = project.documents_dir
    (documents / "latin1.txt").write_bytes("Caf\xe9 au lait".encode("latin-1"))
    (documents / "empty.md").write_text("   \n", encoding="utf-8")
    (documents / "broken.pdf").write_bytes(b"%PDF-1.7 this is not really a pdf")

    report = ingest(project, embeddings)

    text = "\n".join(report.warnings)
    assert "latin1.txt: not UTF-8" in text
    assert "empty.md: empty document" in text
    assert "broken.pdf" in text
    assert not report.failed and sorted(report.plan.added) == [FURLOUGH_ARTICLE, TROOPS_ARTICLE]


def test_nothing_readable_fails_and_keeps_the_serving_collection(project, embeddings):
    ingest(project, embeddings)
    before = sorted(stored(project)["ids"])
    for path in project.documents_dir.glob("*.txt"):
        path.write_bytes(b"\xff\xfe\x00broken")
    report = ingest(project, embeddings)
    assert report.failed and len(report.warnings) == 2
    assert sorted(stored(project)["ids"]) == before


def test_dry_run_changes_nothing(project, embeddings):
    report = ingest(project, embeddings, dry_run=True)
    assert report.chunks_embedded == 0 and len(report.plan.to_embed) > 0
    assert "would be embedded" in report.summary()
    assert report.changes() == [f"added: {FURLOUGH_ARTICLE}", f"added: {TROOPS_ARTICLE}"]
    assert stored(project)["ids"] == []


def test_markdown_front_matter_and_extra_source_folder(project, embeddings, tmp_path):
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "note.md").write_text(
        "---\ntitle: Staff note\npublished: 2025-01-02\nurl: https://example.org/note\n---\n"
        "The 12th SMA takes effect in 2026.\n",
        encoding="utf-8",
    )
    ingest(project, embeddings, sources=[extra])
    rows = stored(project)
    (meta,) = [m for m in rows["metadatas"] if m["source"].endswith("note.md")]
    assert (meta["title"], meta["published"], meta["url"]) == ("Staff note", "2025-01-02", "https://example.org/note")
    source_text, _ = read_source_text(extra / "note.md")
    assert source_text[meta["start"] : meta["end"]] == "The 12th SMA takes effect in 2026."


def test_a_collection_built_with_another_model_is_refused(project, embeddings):
    from bot.store import EmbeddingModelMismatch

    ingest(project, embeddings)
    other = project.model_copy(update={"embedding_model": str(project.project_root)})
    with pytest.raises(EmbeddingModelMismatch, match="was built with"):
        run_ingest(other, progress=False)


def test_a_sidecar_change_updates_the_chunks_metadata(project, embeddings):
    ingest(project, embeddings)
    sidecar = project.documents_dir / "004_8b6f7a4df1742f25.meta.yaml"
    # (the publisher: a changed title would also change which line is the headline, and so the chunks)
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(
        "publisher: The Korea Herald", "publisher: The Korea Herald (corrected)"), encoding="utf-8")
    report = ingest(project, embeddings)
    assert report.plan.updated == [TROOPS_ARTICLE] and report.plan.unchanged == [FURLOUGH_ARTICLE]
    publishers = {m["publisher"] for m in stored(project)["metadatas"] if m["source"] == TROOPS_ARTICLE}
    assert publishers == {"The Korea Herald (corrected)"}
    # the texts did not change, so their embeddings are re-used, not computed again
    assert report.chunks_embedded == 0 and report.chunks_reused == len(report.plan.to_embed) > 0
    assert f"{report.chunks_reused} re-stored with their embeddings" in report.summary()


def test_pdf_and_html_documents_are_ingested_with_offsets_into_their_text(project, embeddings):
    import io

    from matplotlib.backends.backend_pdf import FigureCanvasPdf
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, 2))
    FigureCanvasPdf(figure)
    figure.text(0.05, 0.5, "The allies held the eleventh round of SMA talks in Honolulu.")
    pdf = io.BytesIO()
    figure.savefig(pdf, format="pdf")
    (project.documents_dir / "talks.pdf").write_bytes(pdf.getvalue())
    (project.documents_dir / "notice.html").write_text(
        "<html><head><title>Ministry notice</title><script>var x = 1;</script></head>"
        "<body><p>The 12th SMA entered into force on 29 November 2024.</p></body></html>", encoding="utf-8")

    report = ingest(project, embeddings)

    assert {"knowledge/documents/talks.pdf", "knowledge/documents/notice.html"} <= set(report.plan.added)
    rows = stored(project)
    by_source = {m["source"]: (d, m) for d, m in zip(rows["documents"], rows["metadatas"])}
    text, meta = by_source["knowledge/documents/notice.html"]
    assert meta["title"] == "Ministry notice" and "var x" not in text and "29 November 2024" in text
    for source in ("knowledge/documents/talks.pdf", "knowledge/documents/notice.html"):
        text, meta = by_source[source]
        source_text, _ = read_source_text(project.resolve_display_path(source))
        assert source_text[meta["start"] : meta["end"]] == text
    assert "Honolulu" in by_source["knowledge/documents/talks.pdf"][0]


def test_an_unchanged_document_is_not_chunked_again_until_chunking_changes(project, embeddings, monkeypatch):
    from bot.ingest import chunk, run

    first = ingest(project, embeddings)
    real_chunk_document = run.chunk_document

    def must_not_chunk(*args):
        raise AssertionError("an unchanged document was chunked again")

    monkeypatch.setattr(run, "chunk_document", must_not_chunk)
    again = ingest(project, embeddings)
    assert again.chunks_embedded == 0 and again.plan.unchanged == [FURLOUGH_ARTICLE, TROOPS_ARTICLE]

    monkeypatch.setattr(run, "chunk_document", real_chunk_document)
    monkeypatch.setattr(chunk, "CHUNKING_VERSION", chunk.CHUNKING_VERSION + 1)
    rechunked = ingest(project, embeddings)
    assert rechunked.plan.updated == [FURLOUGH_ARTICLE, TROOPS_ARTICLE]
    assert rechunked.chunks_embedded == 0 and rechunked.chunks_reused == first.chunks_embedded


def test_a_plain_text_headline_is_the_section_not_a_chunk():
    from bot.ingest.chunk import chunk_spans

    text = "Defense Cost Sharing Agreement\n\nThe first U.S. official said an agreement was unlikely before April.\n"
    spans = chunk_spans(text, 0, 600, title="Defense  cost sharing agreement")
    assert [(text[start:end], section) for start, end, section in spans] == [
        ("The first U.S. official said an agreement was unlikely before April.", "Defense Cost Sharing Agreement")]
