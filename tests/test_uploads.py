"""Admin uploads: checked by content, size and name; stored and ingested only when usable; refused otherwise."""

from __future__ import annotations

import shutil
import time

import pytest

from bot.ingest.run import run_ingest
from bot.settings import PROJECT_ROOT
from bot.uploads import UploadRejected, safe_name, store_upload
from tests.fake_slack import ADMIN, STAFF, FakeSlack, serve_app, slack_settings

MB = 1_000_000
NOTE = b"# Staff note\n\nThe allies will hold the first round of 13th SMA talks in Jeju in March 2031.\n"


@pytest.fixture
def figures_project(project):
    shutil.copy(PROJECT_ROOT / "knowledge" / "sma_figures.yaml", project.figures_file)
    return project


def test_names_cannot_escape_the_uploads_folder(project):
    assert safe_name("../../etc/cron.d/evil.txt") == "evil.txt"
    assert safe_name("..\\..\\windows\\notes 2024.md") == "notes_2024.md"
    stored = store_upload(project, "../../../outside.md", NOTE, MB)
    assert stored.path == project.documents_dir / "uploads" / "outside.md"
    with pytest.raises(UploadRejected, match="usable file name"):
        safe_name("....")


@pytest.mark.parametrize("name, data, message", [
    ("big.txt", b"x" * (MB + 1), "limit is 1 MB"),
    ("fake.pdf", b"MZ\x90\x00 this is an executable", "not a PDF"),
    ("broken.pdf", b"%PDF-1.7 truncated nonsense", "unreadable PDF"),
    ("binary.txt", b"text\x00\x01\x02", "binary data"),
    ("latin1.md", "Café".encode("latin-1"), "not UTF-8"),
    ("tool.exe", b"MZ", "not supported"),
    ("figures.csv", b"id,value\n", "missing column"),
    ("empty.txt", b"", "empty"),
])
def test_unusable_uploads_are_refused_and_nothing_is_stored(project, name, data, message):
    with pytest.raises(UploadRejected, match=message):
        store_upload(project, name, data, MB)
    assert not (project.documents_dir / "uploads").exists()


def test_an_invalid_figures_upload_keeps_the_current_figures(figures_project):
    before = figures_project.figures_file.read_bytes()
    bad = before.replace(b"unit: people", b"unit: furlongs", 1)
    with pytest.raises(UploadRejected, match="field 'unit'"):
        store_upload(figures_project, "sma_figures.yaml", bad, 5 * MB)
    assert figures_project.figures_file.read_bytes() == before
    good = before.replace(b"- id: seed-troops-2018", b"- id: seed-troops-2018-dec", 1)
    stored = store_upload(figures_project, "new-figures.yaml", good, 5 * MB)
    assert stored.kind == "figures" and stored.replaced and figures_project.figures_file.read_bytes() == good
    assert list((figures_project.data_dir / "figures-backups").iterdir())


@pytest.fixture
def upload_app(figures_project, embeddings, tmp_path):
    run_ingest(figures_project, progress=False, embeddings=embeddings)
    fake = FakeSlack()
    settings = slack_settings(figures_project, fake, tmp_path / "data")
    with serve_app(settings, embeddings, fake) as client:
        yield client
    fake.close()


def file_share(user: str, name: str, fake: FakeSlack, size: int) -> dict:
    ts = f"{time.time():.6f}"
    return {"type": "message", "subtype": "file_share", "channel": "D1", "channel_type": "im", "user": user,
            "text": "", "ts": ts, "event_ts": ts,
            "files": [{"id": "F1", "name": name, "size": size, "mimetype": "text/markdown",
                       "url_private_download": f"{fake.url}/files/{name}"}]}


def test_an_admin_upload_is_ingested_and_answerable(upload_app):
    fake = upload_app.fake
    fake.files["jeju-note.md"] = NOTE
    upload_app.event(file_share(ADMIN, "jeju-note.md", fake, len(NOTE)))
    (reply,) = fake.wait_for("chat.postMessage")
    assert "added as `knowledge/documents/uploads/jeju-note.md`" in reply["text"]
    assert "1 documents added" in reply["text"] and fake.file_requests == ["Bearer xoxb-test-token"]
    assert "added: knowledge/documents/uploads/jeju-note.md" in reply["text"]
    fake.reset()
    ts = f"{time.time():.6f}"
    upload_app.event({"type": "app_mention", "user": STAFF, "text": "<@UBOT> Where will the 13th SMA talks be held?",
                      "ts": ts, "channel": "C1"})
    fake.wait_for_reply(ts, "Jeju")


def test_uploads_from_non_admins_and_bad_files_change_nothing(upload_app):
    fake = upload_app.fake
    uploads = upload_app.settings.documents_dir / "uploads"
    fake.files["jeju-note.md"] = NOTE
    upload_app.event(file_share(STAFF, "jeju-note.md", fake, len(NOTE)))
    assert "only smabot admins" in fake.wait_for("chat.postMessage")[0]["text"]
    assert fake.file_requests == [] and not uploads.exists()

    fake.reset()
    fake.files["report.pdf"] = b"not really a pdf"
    upload_app.event(file_share(ADMIN, "report.pdf", fake, 16))
    reply = fake.wait_for("chat.postMessage")[0]["text"]
    assert "not added: the file is named .pdf but is not a PDF" in reply and "Ingest" not in reply
    assert not uploads.exists()


def test_csv_figures_are_validated_and_stored_as_the_yaml_figures_file(project):
    figures_project = project  # no figures table yet: nothing for the upload to replace
    from bot.figures import load_figures

    rows = (
        "id,kind,measure,sma,year,value,unit,as_of,text,source_document,source_quote,source_title,source_publisher,source_url\n"
        "troops,troops,troops,,2018,28500,people,2018-12-14,About 28500 US troops were in Korea.,"
        "documents/004_8b6f7a4df1742f25.txt,more than 28,500 American troops,,,\n"
        "troops,troops,troops,,2018,28500,people,2018-12-14,About 28500 US troops were in Korea.,,,USFK page,USFK,https://example.org\n"
    ).encode()
    stored = store_upload(figures_project, "figures.csv", rows, MB)
    assert stored.path == figures_project.figures_file and stored.kind == "figures"
    table = load_figures(figures_project.figures_file, figures_project.knowledge_dir, figures_project.display_path)
    (record,) = table.records
    assert record.figure.value == "28500" and len(record.figure.sources) == 2
    bad = rows.replace(b",2018,28500,people", b",twenty,28500,people", 1)
    with pytest.raises(UploadRejected, match="line 2, record 'troops', field 'year'"):
        store_upload(figures_project, "figures.csv", bad, MB)
