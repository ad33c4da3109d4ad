"""For admins and analysts (issue 18): a 👎 asks why, the hand-off to the experts' user group, the App Home, and
/sma-project's chart and table. The real Bolt app over HTTP, signed requests shaped like Slack's, the fake Web API."""

from __future__ import annotations

import json
import sqlite3
import time

import pytest

from bot.answer.models import Answer, Citation
from bot.feedback import AnswerLog
from bot.slack.blocks import render_answer
from tests.fake_slack import ADMIN, STAFF, serve_app, slack_settings

EXPERTS = "S0EXPERTS"
QUESTION = "How much will South Korea pay in 2026 under the 12th SMA?"


@pytest.fixture(scope="module")
def app(full_project, embeddings, fake_slack, tmp_path_factory):
    """The app with an experts' user group configured."""
    settings = slack_settings(full_project, fake_slack, tmp_path_factory.mktemp("admin-data"))
    settings = settings.model_copy(update={"experts_usergroup": EXPERTS})
    with serve_app(settings, embeddings, fake_slack) as client:
        yield client


@pytest.fixture(scope="module")
def answered(app, fake_slack) -> tuple[str, list[dict]]:
    """A /sma answer: (answer id, its blocks)."""
    fake_slack.reset()
    _, _, path = app.command("/sma", QUESTION)
    reply = fake_slack.wait_for(path)[0]
    share = next(b for b in reply["blocks"] if b.get("block_id", "").startswith("share_"))
    return share["elements"][0]["value"], reply["blocks"]


def test_an_answer_is_on_record_when_its_reply_arrives(app, answered):
    """Its feedback and share buttons find it however soon they are clicked."""
    answer_id, _ = answered
    assert AnswerLog(app.settings.feedback_db).get_answer(answer_id).question == QUESTION


def votes(app) -> list[tuple]:
    return [(v.user_id, v.verdict, v.reason, v.note) for v in AnswerLog(app.settings.feedback_db).votes()]


def clicks(app, answer_id: str) -> int:
    with sqlite3.connect(app.settings.feedback_db) as db:
        return db.execute("SELECT COUNT(*) FROM feedback WHERE answer_id = ?", (answer_id,)).fetchone()[0]


def reason_values(reason: str | None, note: str | None = None) -> dict:
    chosen = {"type": "radio_buttons", "selected_option": {"value": reason} if reason else None}
    return {"reason": {"reason_choice": chosen}, "note": {"note_text": {"type": "plain_text_input", "value": note}}}


def test_thumbs_down_asks_why_the_reason_is_stored_and_a_later_thumbs_up_replaces_it(app, fake_slack, answered):
    answer_id, _ = answered
    fake_slack.reset()
    status, _, path = app.click("answer_feedback", "not_helpful", block_id=f"feedback_{answer_id}",
                                element="feedback_buttons")
    assert status == 200 and "Feedback recorded" in fake_slack.wait_for(path)[0]["text"]
    (opened,) = fake_slack.called("views.open")
    (modal,) = fake_slack.views("views.open")
    assert opened["trigger_id"] and modal["callback_id"] == "feedback_reason" and modal["private_metadata"] == answer_id
    assert {o["value"] for o in modal["blocks"][0]["element"]["options"]} == {
        "wrong_number", "wrong_source", "outdated", "not_answered", "other"}

    body, content_type = app.sent[-1]
    assert app.send(body, content_type)[0] == 200  # a replayed click is dropped
    assert clicks(app, answer_id) == 1

    status, reply = app.submit_view("feedback_reason", answer_id, reason_values("wrong_number", "It is 1.5192T"))
    assert status == 200 and "errors" not in reply
    assert votes(app) == [(STAFF, "not_helpful", "wrong_number", "It is 1.5192T")]

    _, _, path = app.click("answer_feedback", "helpful", block_id=f"feedback_{answer_id}", element="feedback_buttons")
    fake_slack.wait_for(path)
    assert votes(app) == [(STAFF, "helpful", None, None)] and len(fake_slack.called("views.open")) == 1
    status, reply = app.submit_view("feedback_reason", answer_id, reason_values("outdated"))  # a stale modal
    assert status == 200 and json.loads(reply)["response_action"] == "errors"
    assert votes(app) == [(STAFF, "helpful", None, None)]


@pytest.mark.parametrize("metadata, values", [
    ("no-such-answer", reason_values("wrong_number")),
    (None, reason_values(None)),
    (None, reason_values("because")),
    (None, {"reason": {"reason_choice": {"selected_option": {"value": ["wrong_number"]}}}}),
    (None, {}),
])
def test_malformed_or_forged_reason_submissions_are_refused_in_the_modal_and_change_nothing(
        app, fake_slack, answered, metadata, values):
    answer_id, _ = answered
    _, _, path = app.click("answer_feedback", "not_helpful", user="UOTHER", block_id=f"feedback_{answer_id}",
                           element="feedback_buttons")
    fake_slack.wait_for(path)
    before = votes(app)
    status, reply = app.submit_view("feedback_reason", metadata or answer_id, values, user="UOTHER")
    errors = json.loads(reply)
    assert status == 200 and errors["response_action"] == "errors" and "could not be stored" in errors["errors"]["reason"]
    assert votes(app) == before


def test_ask_an_expert_posts_in_the_thread_mentioning_the_group_and_tells_the_clicker(app, fake_slack, answered):
    answer_id, blocks = answered
    (button,) = [e for b in blocks if b["type"] == "actions" for e in b["elements"] if e["action_id"] == "ask_expert"]
    fake_slack.reset()
    status, _, path = app.click("ask_expert", button["value"], block_id=f"expert_{answer_id}")
    assert status == 200
    (told,) = fake_slack.wait_for(path)
    assert told["response_type"] == "ephemeral" and "Sent to the experts" in told["text"]
    (posted,) = fake_slack.called("chat.postMessage")
    assert posted["channel"] == "C1" and posted["thread_ts"] == "1800000000.000001"
    assert f"<!subteam^{EXPERTS}>" in posted["text"] and QUESTION in posted["text"] and answer_id in posted["text"]
    assert "[1]" in posted["text"]

    fake_slack.reset()
    _, _, path = app.click("ask_expert", "no-such-answer", block_id="expert_x")
    assert "no longer on record" in fake_slack.wait_for(path)[0]["text"]
    assert fake_slack.called("chat.postMessage") == []


def test_without_an_experts_group_there_is_no_button():
    answer = Answer(question="Q", route="figures", answer="A", citations=[
        Citation(n=1, source="knowledge/x.txt", title="T", quote="q", start=0, end=1)])
    assert "ask_expert" not in json.dumps(render_answer(answer, "a1", shareable=True)[1])
    assert "ask_expert" in json.dumps(render_answer(answer, "a1", ask_expert=True)[1])
    declined = answer.model_copy(update={"route": "declined"})
    assert "ask_expert" not in json.dumps(render_answer(declined, "a1", ask_expert=True)[1])


def test_the_button_is_absent_from_answers_when_no_group_is_set(slack, fake_slack):
    fake_slack.reset()
    _, _, path = slack.command("/sma", QUESTION)
    reply = fake_slack.wait_for(path)[0]
    assert "post_answer" in json.dumps(reply["blocks"]) and "ask_expert" not in json.dumps(reply["blocks"])


def published(fake_slack, count: int = 1) -> list[tuple[str, str]]:
    """(user_id, the view's text) of each views.publish, once there are count of them."""
    calls = fake_slack.wait_for("views.publish", count)
    return [(c["user_id"], json.dumps(view, ensure_ascii=False)) for c, view in zip(calls, fake_slack.views("views.publish"))]


def ingest_runs(app) -> list[tuple]:
    return AnswerLog(app.settings.feedback_db).recent_ingests(100)


def test_the_home_tab_shows_admins_status_feedback_and_ingest_and_everyone_else_help(app, fake_slack):
    log = AnswerLog(app.settings.feedback_db)
    answer_id = log.record_answer(Answer(question="What did Korea pay in 2023?", route="retrieval", answer="…"),
                                  STAFF, "C1")
    log.record_feedback(answer_id, "UCRITIC", "not_helpful")
    log.record_reason(answer_id, "UCRITIC", "outdated", "There is a 2025 figure")
    fake_slack.reset()
    assert app.app_home_opened("D1", tab="home", user=ADMIN)[0] == 200
    ((user, view),) = published(fake_slack)
    assert user == ADMIN
    for shown in ("documents", "chunks", "figures", "Active generation `sma_knowledge__g", "Feedback, last 30 days",
                  "<@UCRITIC> on _What did Korea pay in 2023?_ [retrieval]: *Outdated* — “There is a 2025 figure”",
                  "home_ingest_dry_run", "home_ingest_run"):
        assert shown in view
    assert fake_slack.called("conversations.history") == []  # the Messages tab's greeting did not run

    fake_slack.reset()
    app.app_home_opened("D2", tab="home", user=STAFF)
    ((user, view),) = published(fake_slack)
    assert user == STAFF and "Try asking" in view and "under the 12th SMA?" in view
    assert "home_ingest" not in view and "Feedback" not in view and "UCRITIC" not in view

    fake_slack.reset()
    app.app_home_opened("D3", tab="messages", user=STAFF)
    fake_slack.wait_for("assistant.threads.setSuggestedPrompts")
    assert fake_slack.called("views.publish") == []


@pytest.mark.parametrize("action_id, mode", [("home_ingest_run", "run"), ("home_ingest_dry_run", "dry-run")])
def test_a_non_admin_cannot_ingest_from_the_home_tab_even_with_a_forged_payload(app, fake_slack, action_id, mode):
    from bot.store import KnowledgeStore, knowledge_status

    before, generation = ingest_runs(app), knowledge_status(KnowledgeStore(app.settings)).generation
    fake_slack.reset()
    assert app.home_click(action_id, mode, user=STAFF)[0] == 200
    ((user, view),) = published(fake_slack)
    assert user == STAFF and "Only smabot admins can run an ingest" in view and "home_ingest" not in view
    assert ingest_runs(app) == before and knowledge_status(KnowledgeStore(app.settings)).generation == generation


def test_an_admin_runs_a_dry_run_from_the_home_tab_with_the_same_audit(app, fake_slack):
    before = ingest_runs(app)
    fake_slack.reset()
    app.home_click("home_ingest_run", "delete-everything", user=ADMIN)
    ((_, view),) = published(fake_slack)
    assert "Unknown ingest mode" in view and ingest_runs(app) == before

    fake_slack.reset()
    app.home_click("home_ingest_dry_run", "dry-run", user=ADMIN)
    (_, running), (user, done) = published(fake_slack, 2)
    assert "running" in running and user == ADMIN
    assert "`dry-run`: " in done and "0 chunks embedded" in done and "unchanged" in done
    when, who, how, outcome, _ = ingest_runs(app)[0]
    assert (who, how, outcome) == (ADMIN, "dry-run (App Home)", "ok") and len(ingest_runs(app)) == len(before) + 1
    assert "dry-run (App Home)" in done  # the audit shows in the refreshed page


def test_sma_project_replies_with_a_native_table_and_uploads_a_chart_of_recorded_and_projected_years(
        app, fake_slack, tmp_path):
    from slack_sdk.models.blocks import Block, TableBlock

    fake_slack.reset()
    status, ack, path = app.command("/sma-project", "2026-2030 rate=5%")
    assert status == 200 and "Projecting" in ack
    (reply,) = fake_slack.wait_for(path)
    assert reply["text"].startswith("12th SMA payments: 2026 recorded, 2027–2030 projected at 5 %/yr")
    (table,) = [b for b in reply["blocks"] if b["type"] == "table"]
    rows = [[cell["text"] for cell in row] for row in table["rows"]]
    assert rows[0] == ["Year", "Payment", "Basis"]
    assert ["2026", "₩1,519,200,000,000", "recorded [5]"] in rows and ["2020", "₩1,038,900,000,000", "recorded [1]"] in rows
    assert ["2030", "₩1,846,597,095,000", "projected"] in rows
    parsed = Block.parse(table)  # slack_sdk's model of Slack's table block accepts it as sent
    assert isinstance(parsed, TableBlock) and parsed.to_dict() == table
    assert "Under the 12th SMA's cap: +5 %/yr [6]" in json.dumps(reply["blocks"], ensure_ascii=False)
    fake_slack.wait_for("files.completeUploadExternal")
    assert fake_slack.uploads[0].startswith(b"\x89PNG")
    (tmp_path / "sma-projection.png").write_bytes(fake_slack.uploads[0])  # to look at (pytest --basetemp)


def test_the_chart_holds_recorded_and_projected_years_and_the_agreements_cap(full_project):
    from bot.figures import FiguresFile
    from bot.projection import parse_projection
    from bot.slack.chart import projection_chart

    chart = projection_chart(parse_projection("2026-2030 rate=7% usd", FiguresFile(full_project).table()))
    assert chart.title == "12th SMA payments: 2026 recorded, 2027–2030 projected at 7 %/yr"
    assert [(y, k) for y, _, k in chart.bars] == [(2020, "recorded"), (2021, "recorded"), (2022, "recorded"),
                                                   (2025, "recorded"), (2026, "recorded"), (2027, "projected"),
                                                   (2028, "projected"), (2029, "projected"), (2030, "projected")]
    assert chart.axis_label == "trillion won" and chart.bars[4][1] == pytest.approx(1.5192)
    assert [y for y, _ in chart.cap] == [2026, 2027, 2028, 2029, 2030] and chart.cap_label == "12th SMA's cap: +5 %/yr"
    assert chart.cap[-1][1] == pytest.approx(1.8466, abs=1e-4) and chart.bars[-1][1] > chart.cap[-1][1]  # above it
    assert chart.usd_per_unit == pytest.approx(1000 / 1339.64) and "1,339.64 won per dollar" in chart.usd_label

    plain = projection_chart(parse_projection("base=1.13B USD from=2026 years=5 rate=3%", FiguresFile(full_project).table()))
    assert [k for _, _, k in plain.bars] == ["given"] + ["projected"] * 4 and plain.usd_per_unit is None


def test_usd_on_request_adds_a_dollar_column_at_the_cited_rate(app, fake_slack):
    fake_slack.reset()
    _, _, path = app.command("/sma-project", "2026-2030 rate=5% usd")
    (reply,) = fake_slack.wait_for(path)
    (table,) = [b for b in reply["blocks"] if b["type"] == "table"]
    rows = [[cell["text"] for cell in row] for row in table["rows"]]
    assert rows[0][-1] == "US$ equivalent" and ["2026", "₩1,519,200,000,000", "recorded [5]", "≈ $1.134 billion"] in rows
    assert "1,339.64 won per dollar (2024-10-04) [7]" in json.dumps(reply["blocks"], ensure_ascii=False)


def test_a_channel_answer_streamed_into_its_thread_has_the_expert_button_too(app, fake_slack):
    fake_slack.reset()
    ts = f"{time.time():.6f}"
    app.event({"type": "app_mention", "user": "USTAFF", "text": f"<@UBOT> {QUESTION}", "ts": ts, "channel": "C1",
               "event_ts": ts})
    (reply,) = fake_slack.wait_for_reply(ts, "1.5192 trillion won")
    assert "ask_expert" in json.dumps(fake_slack.streams[reply["ts"]]["blocks"])
