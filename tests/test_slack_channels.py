"""Channels: a mention's answer streamed into its thread, or a placeholder updated where Slack will not stream
or show a status. The real Bolt app over HTTP, signed requests, the fake Slack Web API."""

from __future__ import annotations

import time
from contextlib import contextmanager

from tests.fake_slack import STAFF, FakeSlack, serve_app, slack_settings

TROOPS = "How many American troops are stationed in South Korea?"


def mention(text: str, **extra) -> dict:
    ts = f"{time.time():.6f}"
    return {"type": "app_mention", "user": STAFF, "text": f"<@UBOT> {text}", "ts": ts, "channel": "C1",
            "event_ts": ts, **extra}


@contextmanager
def own_app(full_project, embeddings, tmp_path, **settings_update):
    """An app of the test's own, for settings or state the shared one must not get."""
    fake = FakeSlack()
    settings = slack_settings(full_project, fake, tmp_path).model_copy(update=settings_update)
    try:
        with serve_app(settings, embeddings, fake) as client:
            yield client
    finally:
        fake.close()


def test_where_slack_refuses_to_stream_the_answer_is_posted_once_and_later_mentions_get_a_placeholder(
        full_project, embeddings, tmp_path):
    with own_app(full_project, embeddings, tmp_path) as client:
        fake = client.fake
        fake.failures["chat.startStream"] = "not_allowed_token_type"
        first = mention(TROOPS)
        client.event(first)
        (reply,) = fake.wait_for_reply(first["ts"], "28,500")
        assert fake.called("chat.update") == [] and "[1]" in str(reply["blocks"])
        assert fake.statuses_once_cleared(first["ts"])[-1] == ""

        fake.reset()
        second = mention(TROOPS)
        client.event(second)
        (reply,) = fake.wait_for_reply(second["ts"], "28,500")
        (placeholder,) = fake.called("chat.postMessage")
        (update,) = fake.called("chat.update")
        assert "Working on it" in placeholder["text"] and update["ts"] == reply["ts"]
        assert fake.called("chat.startStream") == [] and fake.called("assistant.threads.setStatus") == []


def test_with_channel_streaming_off_a_mention_gets_a_placeholder_then_the_answer_in_its_place(
        full_project, embeddings, tmp_path):
    with own_app(full_project, embeddings, tmp_path, slack_stream_mentions=False) as client:
        fake = client.fake
        event = mention(TROOPS)
        client.event(event)
        (reply,) = fake.wait_for_reply(event["ts"], "28,500")
        (placeholder,) = fake.called("chat.postMessage")
        assert placeholder["thread_ts"] == event["ts"] and "Working on it" in placeholder["text"]
        assert [u["ts"] for u in fake.called("chat.update")] == [reply["ts"]]
        assert fake.called("chat.startStream") == [] and fake.called("assistant.threads.setStatus") == []


def test_where_slack_shows_no_status_in_the_channel_a_placeholder_shows_progress(slack, fake_slack):
    fake_slack.reset()
    fake_slack.failures["assistant.threads.setStatus"] = "channel_not_found"
    event = mention(TROOPS)
    slack.event(event)
    (reply,) = fake_slack.wait_for_reply(event["ts"], "28,500")
    assert "Working on it" in fake_slack.called("chat.postMessage")[0]["text"]
    assert [u["ts"] for u in fake_slack.called("chat.update")] == [reply["ts"]] and fake_slack.streams == {}
