"""The real Bolt app in HTTP mode, driven by signed requests shaped like Slack's, against a fake Slack Web API."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.fake_slack import ADMIN, STAFF, wait_until_recorded


def mention(text: str, **extra) -> dict:
    ts = f"{time.time():.6f}"
    return {"type": "app_mention", "user": STAFF, "text": f"<@UBOT> {text}", "ts": ts, "channel": "C1",
            "event_ts": ts, **extra}


def block_text(blocks: list[dict]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


def test_url_verification(slack):
    body = json.dumps({"token": "t", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                       "type": "url_verification"})
    status, reply = slack.send(body, "application/json")
    assert status == 200 and "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" in reply


def test_forged_or_stale_requests_are_rejected_and_nothing_is_posted(slack, fake_slack):
    fake_slack.reset()
    assert slack.event(mention("How many US troops are in Korea?"), secret="not-the-secret")[0] == 401
    assert slack.event(mention("How many US troops are in Korea?"), timestamp=int(time.time()) - 6 * 60)[0] == 401
    time.sleep(1)
    assert fake_slack.called("chat.postMessage") == []


def test_a_mention_is_streamed_to_the_asker_in_its_thread_under_a_status_line(slack, fake_slack):
    fake_slack.reset()
    event = mention("How many American troops are stationed in South Korea?")
    status, _ = slack.event(event)
    assert status == 200
    (reply,) = fake_slack.wait_for_reply(event["ts"], "28,500")
    stream = fake_slack.streams[reply["ts"]]
    assert stream["recipient"] == (STAFF, "T1") and stream["state"] == "completed"
    kinds = [b["type"] for b in reply["blocks"]]
    assert "context" in kinds and kinds[-1] == "context_actions"
    assert "[1]" in block_text(reply["blocks"]) and '"type": "feedback_buttons"' in block_text(reply["blocks"])
    statuses = fake_slack.statuses_once_cleared(event["ts"])
    assert statuses[0].endswith("…") and statuses[-1] == ""
    assert fake_slack.called("chat.postMessage") == [] and fake_slack.called("chat.update") == []


def streamed(fake_slack) -> dict:
    """The one stream the app started and stopped."""
    (stop,) = fake_slack.wait_for("chat.stopStream")
    return fake_slack.streams[stop["ts"]]


def test_direct_message_and_thread_follow_up_are_streamed(slack, fake_slack):
    fake_slack.reset()
    first = {**mention("How much did South Korea pay in 2020?"), "type": "message", "channel_type": "im",
             "channel": "D1", "text": "How much did South Korea pay in 2020?"}
    slack.event(first)
    stream = streamed(fake_slack)
    assert stream["thread_ts"] == first["ts"] and "1.0389 trillion won" in stream["text"]
    assert "[1]" in block_text(stream["blocks"]) and fake_slack.called("chat.postMessage") == []

    fake_slack.reset()
    fake_slack.threads[("D1", first["ts"])] = [
        {"user": STAFF, "text": first["text"], "ts": first["ts"]},
        {"bot_id": "BBOT", "text": stream["text"], "ts": first["ts"] + "1"},
    ]
    follow_up = {**first, "text": "and in 2021?", "ts": f"{float(first['ts']) + 5:.6f}", "thread_ts": first["ts"]}
    slack.event(follow_up)
    stream = streamed(fake_slack)
    assert "1.1833 trillion won" in stream["text"] and stream["thread_ts"] == first["ts"]
    assert fake_slack.called("assistant.threads.setTitle") == []  # only a thread's first question titles it


def test_a_slack_retry_does_not_answer_twice(slack, fake_slack):
    fake_slack.reset()
    event = mention("What share of the workers' wages does Seoul pay?")
    assert slack.event(event)[0] == 200
    body, content_type = slack.sent[-1]
    fake_slack.wait_for("chat.stopStream")
    status, _ = slack.send(body, content_type, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})
    assert status == 200
    time.sleep(1.5)
    assert len(fake_slack.called("chat.startStream")) == 1 and fake_slack.called("chat.postMessage") == []


@pytest.mark.parametrize("text, expected", [("", "Please ask a question"), ("How much? " * 4000, "characters long")])
def test_empty_and_huge_messages_get_a_clear_reply(slack, fake_slack, text, expected):
    fake_slack.reset()
    event = mention(text)
    slack.event(event)
    assert len(fake_slack.wait_for_reply(event["ts"], expected)) == 1


def test_sma_command_answers_privately_with_a_post_button(slack, fake_slack):
    fake_slack.reset()
    status, ack, respond_path = slack.command("/sma", "How much will South Korea pay in 2026 under the 12th SMA?")
    assert status == 200 and "Looking that up" in ack
    (reply,) = fake_slack.wait_for(respond_path)
    assert reply["response_type"] == "ephemeral" and "1.5192 trillion won" in reply["text"]
    assert "post_answer" in block_text(reply["blocks"])


def test_feedback_click_is_stored_and_the_answer_can_be_posted(slack, fake_slack):
    fake_slack.reset()
    _, _, respond_path = slack.command("/sma", "How many Korean workers were furloughed in 2020?")
    reply = fake_slack.wait_for(respond_path)[0]
    feedback = next(b for b in reply["blocks"] if b["type"] == "context_actions")
    share = next(b for b in reply["blocks"] if b["type"] == "actions")
    answer_id = share["elements"][0]["value"]
    assert feedback["block_id"] == f"feedback_{answer_id}"
    wait_until_recorded(slack.settings, answer_id)

    status, _, click_path = slack.click("answer_feedback", "not_helpful", block_id=feedback["block_id"],
                                        element="feedback_buttons")
    assert status == 200
    (thanks,) = fake_slack.wait_for(click_path)
    assert "Feedback recorded: 👎 not helpful" in thanks["text"] and not thanks["replace_original"]
    with sqlite3.connect(slack.settings.feedback_db) as db:
        rows = db.execute("SELECT answer_id, question, user_id, verdict FROM feedback").fetchall()
    assert (answer_id, "How many Korean workers were furloughed in 2020?", STAFF, "not_helpful") in rows

    _, _, post_path = slack.click("post_answer", answer_id)
    fake_slack.wait_for(post_path)
    posted = fake_slack.wait_for("chat.postMessage")[-1]
    assert posted["channel"] == "C1" and "4,000" in posted["text"]


def test_projection_command_replies_with_a_table_and_uploads_a_chart(slack, fake_slack):
    fake_slack.reset()
    status, ack, respond_path = slack.command("/sma-project", "2026-2030 rate=5%")
    assert status == 200 and "Projecting" in ack
    (reply,) = fake_slack.wait_for(respond_path)
    assert "₩1,846,597,095,000" in block_text(reply["blocks"]) and "2028" in block_text(reply["blocks"])
    fake_slack.wait_for("files.completeUploadExternal")
    assert fake_slack.uploads and fake_slack.uploads[0].startswith(b"\x89PNG")
    assert fake_slack.called("files.completeUploadExternal")[0]["channel_id"] == "C1"


@pytest.mark.parametrize("args", ["", "2030-2026 rate=5%", "from=2026 years=5", "base=lots KRW from=2026 years=5 rate=5%",
                                  "2026-2030 rate=five", "2026-2030 rate=5% colour=blue"])
def test_malformed_projection_arguments_get_usage_and_nothing_else(slack, fake_slack, args):
    fake_slack.reset()
    status, ack, respond_path = slack.command("/sma-project", args)
    assert status == 200 and "Usage:" in ack and "Traceback" not in ack
    time.sleep(0.5)
    assert fake_slack.called(respond_path) == [] and fake_slack.called("files.getUploadURLExternal") == []


def test_ingest_is_for_admins_only(slack, fake_slack, caplog):
    fake_slack.reset()
    _, _, path = slack.command("/sma-ingest", "run", user=STAFF)
    (refusal,) = fake_slack.wait_for(path)
    assert "only smabot admins" in refusal["text"]
    _, _, path = slack.command("/sma-ingest", "dry-run", user=ADMIN)
    (report,) = fake_slack.wait_for(path)
    assert "0 chunks embedded" in report["text"] and "unchanged" in report["text"]
    _, _, path = slack.command("/sma-ingest", "status", user=ADMIN)
    (status,) = fake_slack.wait_for(path)
    assert "dry-run" in status["text"] and f"<@{ADMIN}>" in status["text"]
    _, ack, _ = slack.command("/sma-ingest", "delete everything", user=ADMIN)
    assert "Usage:" in ack


def test_help_command(slack):
    status, reply, _ = slack.command("/sma-help", "")
    assert status == 200 and "/sma-project" in reply and "cited source" in reply


def test_members_of_the_admin_user_group_are_admins(slack, fake_slack):
    from slack_sdk import WebClient

    from bot.slack.services import Services

    settings = slack.settings.model_copy(update={"admin_usergroup": "S0ADMINS"})
    services = Services(settings, answer=lambda q: None)
    fake_slack.usergroups["S0ADMINS"] = ["UGROUPMEMBER"]
    client = WebClient(token="xoxb-test-token", base_url=fake_slack.api_url)
    assert services.is_admin("UGROUPMEMBER", client) and services.is_admin(ADMIN, client)
    assert not services.is_admin(STAFF, client)
    assert fake_slack.called("usergroups.users.list")[-1]["usergroup"] == "S0ADMINS"


def test_no_listener_imports_the_app_factory_and_every_listener_module_imports_alone():
    """The layout: bot/slack/app.py imports the listeners, never the reverse (Services lives in services.py)."""
    import ast

    from bot.settings import PROJECT_ROOT

    listeners = sorted((PROJECT_ROOT / "bot" / "slack" / "listeners").glob("*.py"))
    assert {p.stem for p in listeners} >= {"actions", "assistant", "commands", "events", "uploads"}
    for path in listeners:
        tree = ast.parse(path.read_text())
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
        imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        assert "bot.slack.app" not in imported, path.name
        assert not {"urllib.request", "urllib.error"} & imported, f"{path.name} downloads: that is bot/slack/uploads.py's job"
        module = f"bot.slack.listeners.{path.stem}"
        result = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True, text=True,
                                cwd=PROJECT_ROOT, timeout=120)
        assert result.returncode == 0, result.stderr
