"""The agent messaging experience (manifest agent_view): opening the Messages tab greets and offers prompts, and a
question there gets the assistant panel's status, title and streamed answer. The real Bolt app over HTTP, signed
requests shaped like Slack's, the fake Slack Web API recording every call."""

from __future__ import annotations

import json

import pytest

from bot.figures import FiguresFile
from bot.settings import PROJECT_ROOT
from bot.slack.reply import GREETING
from bot.suggestions import suggested_prompts
from tests.fake_slack import STAFF

QUESTION = "What happened to Korean USFK workers when the talks failed in 2020?"


@pytest.fixture(scope="module")
def reference(full_project, embeddings):
    from bot.pipeline import SmaBot

    return SmaBot(full_project, embeddings).answer(QUESTION)


def test_opening_the_messages_tab_greets_an_empty_dm_once_and_sets_prompts_without_a_thread(slack, fake_slack,
                                                                                            full_project):
    fake_slack.reset()
    assert slack.app_home_opened("D7")[0] == 200
    (prompts,) = fake_slack.wait_for("assistant.threads.setSuggestedPrompts")
    assert prompts["channel_id"] == "D7" and "thread_ts" not in prompts  # an agent app's call with one is ignored
    assert prompts["prompts"] == suggested_prompts(FiguresFile(full_project).table())
    (greeting,) = fake_slack.called("chat.postMessage")  # posted before the prompts are set
    assert greeting["channel"] == "D7" and greeting["text"] == GREETING and "thread_ts" not in greeting

    fake_slack.history["D7"] = [{"user": "UBOT", "bot_id": "BBOT", "text": GREETING, "ts": "1800000000.000001"}]
    slack.app_home_opened("D7")
    fake_slack.wait_for("assistant.threads.setSuggestedPrompts", count=2)
    assert len(fake_slack.called("chat.postMessage")) == 1  # a DM with messages is not greeted again
    assert [c["channel"] for c in fake_slack.called("conversations.history")] == ["D7", "D7"]


def test_a_question_in_the_messages_tab_gets_status_title_and_a_streamed_answer_then_a_follow_up(slack, fake_slack,
                                                                                                 reference):
    fake_slack.reset()
    status, event = slack.direct_message("D7", QUESTION)
    assert status == 200
    stream = fake_slack.completed_stream(event["ts"])
    assert stream["text"] == reference.answer and "[1]" in json.dumps(stream["blocks"])
    (start,) = fake_slack.called("chat.startStream")
    assert start["channel"] == "D7" and start["recipient_user_id"] == STAFF and start["recipient_team_id"] == "T1"
    (title,) = fake_slack.called("assistant.threads.setTitle")
    assert title == {**title, "channel_id": "D7", "thread_ts": event["ts"], "title": QUESTION}
    statuses = fake_slack.statuses_once_cleared(event["ts"])
    assert statuses[0] == "searching the SMA documents…" and statuses[-1] == ""
    assert {c["thread_ts"] for c in fake_slack.called("assistant.threads.setStatus")} == {event["ts"]}

    fake_slack.reset()
    root = event["ts"]
    fake_slack.threads[("D7", root)] = [
        {"user": STAFF, "text": "How much did South Korea pay in 2020?", "ts": root},
        {"bot_id": "BBOT", "text": "1.0389 trillion won", "ts": f"{float(root) + 1:.6f}"},
    ]
    _, follow_up = slack.direct_message("D7", "and in 2021?", thread_ts=root)
    assert "1.1833 trillion won" in fake_slack.completed_stream(root)["text"]
    assert fake_slack.called("assistant.threads.setTitle") == []  # only the thread's first question titles it


def test_the_manifest_uses_the_agent_view_with_the_prompts_the_app_offers(full_project):
    import yaml

    manifest = yaml.safe_load((PROJECT_ROOT / "manifest.yml").read_text())
    assert "assistant_view" not in manifest["features"]  # Slack: switch assistant_view to agent_view
    view = manifest["features"]["agent_view"]
    assert view["agent_description"] and set(view) == {"agent_description", "suggested_prompts"}
    assert view["suggested_prompts"] == suggested_prompts(FiguresFile(full_project).table())
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    assert {"app_home_opened", "message.im"} <= events and "assistant_thread_started" not in events
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True
    assert {"assistant:write", "im:history", "chat:write"} <= set(manifest["oauth_config"]["scopes"]["bot"])
