"""A figures upload is checked for sense before it replaces the table: a big change is held for an admin's
confirmation (a button), and a CSV cell that begins like a spreadsheet formula is never a value."""

from __future__ import annotations

import json
import shutil
import time

import pytest

from bot.figures import load_figures
from bot.ingest.run import run_ingest
from bot.settings import PROJECT_ROOT
from bot.uploads import FiguresNeedConfirmation, UploadRejected, confirm_figures, store_upload
from tests.fake_slack import ADMIN, STAFF, FakeSlack, serve_app, slack_settings

MB = 1_000_000
HEADER = "id,kind,measure,sma,year,value,unit,as_of,text,source_document,source_quote\n"
ONE_ROW = (HEADER + "payment-2026,contribution,payment,12,2026,1,KRW,,The 2026 payment is 1 won.,documents/004_8b6f7a4df1742f25.txt,"
           "more than 28,500 American troops\n").encode()


@pytest.fixture
def figures_project(project):
    shutil.copy(PROJECT_ROOT / "knowledge" / "sma_figures.yaml", project.figures_file)
    return project


def table(settings):
    return load_figures(settings.figures_file, settings.knowledge_dir, settings.display_path)


def test_a_one_row_csv_is_held_until_confirmed(figures_project):
    before = figures_project.figures_file.read_bytes()
    with pytest.raises(FiguresNeedConfirmation) as held:
        store_upload(figures_project, "figures.csv", ONE_ROW, MB)
    assert figures_project.figures_file.read_bytes() == before
    diff = held.value.diff
    shipped = len(table(figures_project))
    assert diff.added == ["payment-2026"] and len(diff.removed) == shipped > 50
    assert f"1 records added, {shipped} removed, 0 changed" in str(held.value)

    stored = confirm_figures(figures_project, held.value.token)
    assert stored.replaced and [r.figure.id for r in table(figures_project).records] == ["payment-2026"]
    with pytest.raises(UploadRejected, match="no longer waiting"):
        confirm_figures(figures_project, held.value.token)
    with pytest.raises(UploadRejected, match="no longer waiting"):
        confirm_figures(figures_project, "../../etc/passwd")


def test_a_small_edit_goes_through_but_a_value_moved_more_than_twofold_is_held(figures_project):
    original = figures_project.figures_file.read_text()
    edited = original.replace("text: The Korea Herald put the US troops", "text: The Korea Herald counted the US troops")
    assert store_upload(figures_project, "sma_figures.yaml", edited.encode(), 5 * MB).replaced
    assert figures_project.figures_file.read_text() == edited

    jumped = edited.replace("value: '28500'", "value: '285000'", 1)
    with pytest.raises(FiguresNeedConfirmation, match=r"moved more than 2×: `seed-troops-2018` 28500 → 285000"):
        store_upload(figures_project, "sma_figures.yaml", jumped.encode(), 5 * MB)
    assert figures_project.figures_file.read_text() == edited


@pytest.mark.parametrize("cell", ["=cmd|' /C calc'!A0", "+1519200000000", "-5", "@SUM(A1)"])
def test_a_formula_cell_is_never_a_value(project, cell):
    rows = ONE_ROW.replace(b",2026,1,KRW,", f",2026,{cell},KRW,".encode())
    with pytest.raises(UploadRejected, match="field 'value'.*begins like a spreadsheet formula"):
        store_upload(project, "figures.csv", rows, MB)
    assert not project.figures_file.exists()


def test_a_formula_in_a_text_cell_stays_text(project):
    rows = ONE_ROW.replace(b"The 2026 payment is 1 won.", b"=HYPERLINK(\"http://evil\")")
    store_upload(project, "figures.csv", rows, MB)
    (record,) = table(project).records
    assert record.figure.text == '=HYPERLINK("http://evil")' and record.figure.value == "1"


def test_a_held_upload_is_confirmed_by_an_admin_button_in_slack(figures_project, embeddings, tmp_path):
    run_ingest(figures_project, progress=False, embeddings=embeddings)
    before = figures_project.figures_file.read_bytes()
    fake = FakeSlack()
    fake.files["figures.csv"] = ONE_ROW
    settings = slack_settings(figures_project, fake, tmp_path / "data")
    ts = f"{time.time():.6f}"
    with serve_app(settings, embeddings, fake) as client:
        client.event({"type": "message", "subtype": "file_share", "channel": "D1", "channel_type": "im",
                      "user": ADMIN, "text": "", "ts": ts, "event_ts": ts,
                      "files": [{"id": "F1", "name": "figures.csv", "size": len(ONE_ROW),
                                 "url_private_download": f"{fake.url}/files/figures.csv"}]})
        (reply,) = fake.wait_for("chat.postMessage")
        assert "held for confirmation" in reply["text"] and f"{len(table(figures_project))} removed" in reply["text"]
        assert "Ingest" not in reply["text"] and figures_project.figures_file.read_bytes() == before
        blocks = reply["blocks"] if isinstance(reply["blocks"], list) else json.loads(reply["blocks"])
        button = blocks[-1]["elements"][0]
        assert button["action_id"] == "confirm_figures"

        _, _, path = client.click("confirm_figures", button["value"], user=STAFF)
        assert "Only smabot admins" in fake.wait_for(path)[0]["text"]
        assert figures_project.figures_file.read_bytes() == before

        _, _, path = client.click("confirm_figures", button["value"], user=ADMIN)
        (done,) = fake.wait_for(path)
    fake.close()
    assert done["replace_original"] and "was replaced" in done["text"] and "Ingest: " in done["text"]
    assert [r.figure.id for r in table(figures_project).records] == ["payment-2026"]
