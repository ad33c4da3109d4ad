"""The assistant panel, live status, streamed answers and native feedback: the real Bolt app over HTTP,
signed requests shaped like Slack's, the fake Slack Web API recording every call."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time

import pytest

from bot.figures import FiguresFile
from bot.settings import PROJECT_ROOT
from bot.slack.reply import stream_pieces
from bot.suggestions import suggested_prompts
from tests.fake_slack import STAFF, FakeSlack

QUESTION = "What did the US and South Korea disagree about in the 2020 talks?"  # answered in two sentences


@pytest.fixture(scope="module")
def asked(full_project):
    """`smabot ask --json` over the same knowledge base, as a separate process: the reference answers."""
    prompts = [p["message"] for p in suggested_prompts(FiguresFile(full_project).table())]
    result = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--json", "--chroma-path",
                             str(full_project.chroma_path), "-"], input="\n".join([QUESTION, *prompts]) + "\n",
                            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return {a["question"]: a for a in map(json.loads, result.stdout.splitlines())}


def new_thread() -> str:
    return f"{time.time() - 60:.6f}"  # earlier than the messages the tests send into it


def in_thread(fake: FakeSlack, method: str, thread_ts: str) -> list[dict]:
    return [c for c in fake.called(method) if c.get("thread_ts") == thread_ts]


def test_opening_the_panel_greets_and_suggests_prompts_from_the_knowledge_base(slack, fake_slack, full_project):
    fake_slack.reset()
    thread = new_thread()
    assert slack.assistant_thread_started("D9", thread)[0] == 200
    (greeting,) = fake_slack.wait_for("chat.postMessage")
    assert greeting["channel"] == "D9" and greeting["thread_ts"] == thread and "SMA" in greeting["text"]
    (suggested,) = fake_slack.wait_for("assistant.threads.setSuggestedPrompts")
    assert suggested["channel_id"] == "D9" and suggested["thread_ts"] == thread
    expected = suggested_prompts(FiguresFile(full_project).table())
    assert suggested["prompts"] == expected and 3 <= len(expected) <= 4
    assert any("2026" in p["message"] for p in expected)  # the 12th SMA's year, read from the figures


def test_every_suggested_prompt_asked_back_gets_a_cited_answer(slack, fake_slack, full_project, asked):
    for prompt in suggested_prompts(FiguresFile(full_project).table()):
        fake_slack.reset()
        thread = new_thread()
        slack.assistant_message("D9", thread, prompt["message"])
        stream = fake_slack.completed_stream(thread)
        assert stream["text"] == asked[prompt["message"]]["answer"]
        assert asked[prompt["message"]]["route"] != "declined" and "[1]" in json.dumps(stream["blocks"])


def test_a_panel_question_gets_a_status_a_title_and_a_streamed_answer_equal_to_smabot_ask(slack, fake_slack, asked):
    fake_slack.reset()
    thread = new_thread()
    status, _ = slack.assistant_message("D9", thread, QUESTION)
    assert status == 200
    stream = fake_slack.completed_stream(thread)
    expected = asked[QUESTION]
    assert stream["text"] == expected["answer"]

    starts, appends = in_thread(fake_slack, "chat.startStream", thread), fake_slack.called("chat.appendStream")
    assert len(starts) == 1 and starts[0]["recipient_user_id"] == STAFF and starts[0]["recipient_team_id"] == "T1"
    assert len(appends) == len(stream_pieces(expected["answer"])) - 1 >= 1  # sentence by sentence
    blocks = json.dumps(stream["blocks"], ensure_ascii=False)
    for citation in expected["citations"]:
        assert f"[{citation['n']}]" in blocks and citation["source"] in blocks
    assert '"type": "feedback_buttons"' in blocks

    (title,) = fake_slack.called("assistant.threads.setTitle")
    assert title["title"] == QUESTION
    statuses = fake_slack.statuses_once_cleared(thread)
    assert statuses[0] == "searching the SMA documents…"
    assert statuses[-1] == ""  # cleared once the answer is there
    names = [name for name, _ in fake_slack.calls]
    assert names.index("assistant.threads.setStatus") < names.index("chat.startStream") < names.index("chat.stopStream")


def test_a_calculation_says_so_in_its_status(slack, fake_slack):
    fake_slack.reset()
    thread = new_thread()
    slack.assistant_message("D9", thread, "What would South Korea pay in 2030 if the 2026 amount rose 5% every year?")
    stream = fake_slack.completed_stream(thread)
    assert fake_slack.called("assistant.threads.setStatus")[0]["status"] == "calculating…"
    assert "Calculation" in json.dumps(stream["blocks"]) and "1,846,597,095,000" in stream["text"]


def test_follow_ups_in_the_panel_use_the_thread(slack, fake_slack):
    fake_slack.reset()
    thread = new_thread()
    fake_slack.threads[("D9", thread)] = [
        {"user": STAFF, "type": "message", "subtype": "assistant_app_thread", "text": "New chat", "ts": thread},
        {"user": STAFF, "text": "How much did South Korea pay in 2020?", "ts": f"{float(thread) + 1:.6f}"},
        {"bot_id": "BBOT", "text": "1.0389 trillion won", "ts": f"{float(thread) + 2:.6f}"},
    ]
    slack.assistant_message("D9", thread, "and in 2021?")
    assert "1.1833 trillion won" in fake_slack.completed_stream(thread)["text"]
    assert fake_slack.called("assistant.threads.setTitle") == []


def test_a_workspace_that_cannot_stream_gets_the_whole_answer_once_and_a_retry_changes_nothing(slack, fake_slack, asked):
    fake_slack.reset()
    fake_slack.failures["chat.startStream"] = "team_not_allowed"
    thread = new_thread()
    status, _ = slack.assistant_message("D9", thread, QUESTION)
    body, content_type = slack.sent[-1]
    assert status == 200
    (posted,) = fake_slack.wait_for("chat.postMessage")
    assert posted["thread_ts"] == thread and posted["text"] == asked[QUESTION]["answer"]
    assert "[1]" in json.dumps(posted["blocks"]) and fake_slack.called("chat.stopStream") == []

    body_retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert slack.send(body, content_type, headers=body_retry)[0] == 200
    time.sleep(1.5)
    assert len(fake_slack.called("chat.postMessage")) == 1 and fake_slack.called("chat.update") == []


def test_a_stream_cut_off_midway_is_completed_in_place(slack, fake_slack, asked):
    fake_slack.reset()
    fake_slack.failures["chat.appendStream"] = "message_not_in_streaming_state"
    thread = new_thread()
    slack.assistant_message("D9", thread, QUESTION)
    (update,) = fake_slack.wait_for("chat.update")
    (start,) = fake_slack.called("chat.startStream")
    started = [ts for ts, s in fake_slack.streams.items() if s["thread_ts"] == thread]
    assert update["ts"] == started[0] and update["text"] == asked[QUESTION]["answer"]
    assert start["thread_ts"] == thread and fake_slack.called("chat.postMessage") == []


def test_each_native_feedback_click_is_one_stored_row(slack, fake_slack):
    fake_slack.reset()
    thread = new_thread()
    slack.assistant_message("D9", thread, "How many US troops are stationed in South Korea?")
    feedback = next(b for b in fake_slack.completed_stream(thread)["blocks"] if b["type"] == "context_actions")
    answer_id = feedback["block_id"].removeprefix("feedback_")
    for verdict in ("helpful", "not_helpful"):
        _, _, path = slack.click("answer_feedback", verdict, block_id=feedback["block_id"], element="feedback_buttons")
        fake_slack.wait_for(path)
    with sqlite3.connect(slack.settings.feedback_db) as db:
        rows = db.execute("SELECT verdict FROM feedback WHERE answer_id = ? ORDER BY id", (answer_id,)).fetchall()
    assert rows == [("helpful",), ("not_helpful",)]

    _, _, path = slack.click("answer_feedback", "helpful", block_id="feedback_0000000000000000", element="feedback_buttons")
    assert "no longer on record" in fake_slack.wait_for(path)[0]["text"]


def test_forged_assistant_requests_are_refused_and_reach_no_slack_method(slack, fake_slack):
    fake_slack.reset()
    thread = new_thread()
    assert slack.assistant_thread_started("D9", thread, secret="forged")[0] == 401
    assert slack.assistant_message("D9", thread, QUESTION, secret="forged")[0] == 401
    assert slack.click("answer_feedback", "helpful", block_id="feedback_x", element="feedback_buttons",
                       secret="forged")[0] == 401
    time.sleep(1)
    assert fake_slack.calls == []


def test_a_failure_while_answering_says_so_and_clears_the_status(fake_slack):
    from types import SimpleNamespace

    from slack_sdk import WebClient

    from bot.slack.reply import FAILED, answer_streamed

    def broken(question):
        raise RuntimeError("the knowledge base is unreachable")

    fake_slack.reset()
    client = WebClient(token="xoxb-test-token", base_url=fake_slack.api_url)
    event = {"channel": "D9", "ts": "1800000001.000001", "text": "How much in 2026?", "user": STAFF}
    statuses: list[str] = []
    answer_streamed(event, client, SimpleNamespace(answer=broken, route=lambda q: "retrieval"), say_stream=None,
                    set_status=lambda status: statuses.append(status))
    (posted,) = fake_slack.called("chat.postMessage")
    assert posted["text"] == FAILED and posted["thread_ts"] == event["ts"]
    assert statuses[-1] == "" and len(statuses) == 2 and fake_slack.called("chat.startStream") == []
