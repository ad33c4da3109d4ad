"""Channels: a mention's answer streamed into its thread (or a placeholder updated where Slack will not stream
or show a status), and follow-ups in a thread the bot has answered, without a new mention. The real Bolt app over
HTTP, signed requests, the fake Slack Web API."""

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


def answered_thread(fake: FakeSlack) -> str:
    """A channel thread where the bot has answered a mention."""
    thread = f"{time.time() - 60:.6f}"
    fake.threads[("C1", thread)] = [
        {"user": STAFF, "text": "<@UBOT> How much did South Korea pay in 2020?", "ts": thread},
        {"user": "UBOT", "bot_id": "BBOT", "text": "South Korea paid 1.0389 trillion won in 2020 [1].",
         "ts": f"{float(thread) + 1:.6f}"},
    ]
    return thread


def test_a_follow_up_in_a_thread_the_bot_answered_is_answered_without_a_mention(slack, fake_slack):
    fake_slack.reset()
    thread = answered_thread(fake_slack)
    status, event = slack.channel_message("C1", "and in 2021?", thread_ts=thread)
    assert status == 200
    (reply,) = fake_slack.wait_for_reply(thread, "1.1833 trillion won")
    assert fake_slack.streams[reply["ts"]]["recipient"] == (STAFF, "T1")
    assert fake_slack.statuses_once_cleared(thread)[-1] == ""
    assert [c["ts"] for c in fake_slack.called("conversations.replies")] == [thread]  # read once


def test_only_peoples_plain_messages_in_threads_the_bot_answered_are_follow_ups(slack, fake_slack):
    fake_slack.reset()
    thread = answered_thread(fake_slack)
    stranger = f"{time.time() - 30:.6f}"  # a thread the bot has not posted in
    fake_slack.threads[("C1", stranger)] = [{"user": STAFF, "text": "Lunch at noon?", "ts": stranger}]
    ignored = [
        slack.channel_message("C1", "and in 2022?", thread_ts=thread, user="UBOT", bot_id="BBOT"),  # its own
        slack.channel_message("C1", "and in 2022?", thread_ts=thread, user="UOTHERBOT", bot_id="BOTHER"),
        slack.channel_message("C1", "and in 2022?", thread_ts=thread, subtype="message_changed"),
        slack.channel_message("C1", "and in 2022?", thread_ts=thread, subtype="channel_join"),
        slack.channel_message("C1", "and in 2022?"),  # not in a thread
        slack.channel_message("C1", "How much did Korea pay in 2022?", thread_ts=stranger),
    ]
    assert all(status == 200 for status, _ in ignored)
    fake_slack.wait_for("conversations.replies")  # the stranger thread was looked at...
    # ...and a message mentioning the bot is answered once, by app_mention (Slack sends both events)
    text = "<@UBOT> and in 2021?"
    _, plain = slack.channel_message("C1", text, thread_ts=thread)
    slack.event({**mention("and in 2021?", thread_ts=thread), "ts": plain["ts"], "event_ts": plain["ts"]})
    replies = fake_slack.wait_for_reply(thread, "1.1833 trillion won")
    assert len(replies) == 1 and len(fake_slack.called("chat.startStream")) == 1
    assert fake_slack.replies(stranger) == [] and fake_slack.replies(ignored[4][1]["ts"]) == []
    assert [c["ts"] for c in fake_slack.called("conversations.replies")] == [stranger, thread]


def test_follow_ups_without_a_mention_can_be_turned_off(full_project, embeddings, tmp_path):
    with own_app(full_project, embeddings, tmp_path, slack_thread_follow_ups=False) as client:
        fake = client.fake
        thread = answered_thread(fake)
        client.channel_message("C1", "and in 2021?", thread_ts=thread)
        event = mention("and in 2021?", thread_ts=thread)  # a mention in the same thread still is answered
        client.event(event)
        assert len(fake.wait_for_reply(thread, "1.1833 trillion won")) == 1
        assert [c["ts"] for c in fake.called("conversations.replies")] == [thread]  # only the mention read it


def test_the_manifest_has_the_events_and_scopes_follow_ups_need():
    import yaml

    from bot.settings import PROJECT_ROOT

    manifest = yaml.safe_load((PROJECT_ROOT / "manifest.yml").read_text())
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert {"app_mention", "message.channels", "message.groups"} <= events  # Slack's docs: each event's scope
    assert {"app_mentions:read", "channels:history", "groups:history", "chat:write"} <= scopes
