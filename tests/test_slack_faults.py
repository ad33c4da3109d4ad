"""Fault injection: the fake Slack Web API answers 429 (three times), 500, 503 or times out on each method the
app uses, response URLs and the stream methods included. Every question is answered exactly once, and no
placeholder, open stream or status is left behind: mentions streamed (the default) and mentions answered in
place of a placeholder (SMABOT_SLACK_STREAM_MENTIONS off) alike."""

from __future__ import annotations

import sqlite3
import time

import pytest

from bot.slack.guard import FAILED
from tests.fake_slack import STAFF, FakeSlack, serve_app, slack_settings, wait_until_recorded

FAULTS = {"429x3": ["429"] * 3, "500": ["500"], "503": ["503"], "timeout": ["timeout"]}
QUESTION = "How many American troops are stationed in South Korea?"
ANSWERED = "28,500"
STREAMED = "What did the US and South Korea disagree about in the 2020 talks?"  # streamed in two sentences


def serve_faulty(full_project, embeddings, data_dir, **settings_update):
    fake = FakeSlack()
    fake.timeout_s = 2.5
    settings = slack_settings(full_project, fake, data_dir).model_copy(
        update={"slack_timeout_s": 1, "slack_retry_backoff_s": 0.01, **settings_update})
    return fake, serve_app(settings, embeddings, fake)


@pytest.fixture(scope="module")
def faulty(full_project, embeddings, tmp_path_factory):
    fake, served = serve_faulty(full_project, embeddings, tmp_path_factory.mktemp("faults-data"))
    with served as client:
        yield client
    fake.close()


@pytest.fixture(scope="module")
def faulty_placeholders(full_project, embeddings, tmp_path_factory):
    """Mentions answered in place of a placeholder, as with channel streaming off."""
    fake, served = serve_faulty(full_project, embeddings, tmp_path_factory.mktemp("faults-placeholders"),
                                slack_stream_mentions=False)
    with served as client:
        yield client
    fake.close()


def settle(fake: FakeSlack, seconds: float = 1.0) -> None:
    """Let any late duplicate arrive before counting."""
    time.sleep(seconds)
    assert not any(fake.faults.values()), f"faults not reached: {fake.faults}"


def mention(text: str, **extra) -> dict:
    ts = f"{time.time():.6f}"
    return {"type": "app_mention", "user": STAFF, "text": f"<@UBOT> {text}", "ts": ts, "channel": "C1",
            "event_ts": ts, **extra}


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("method", ["chat.update", "conversations.replies", "chat.postMessage"])
def test_a_mention_is_answered_once_in_place_of_its_placeholder(faulty_placeholders, method, fault):
    faulty = faulty_placeholders
    fake = faulty.fake
    fake.reset()
    thread = f"{time.time() - 60:.6f}"
    fake.threads[("C1", thread)] = [{"user": STAFF, "text": "How many US troops are in Korea?", "ts": thread}]
    fake.faults[method] = list(FAULTS[fault])
    faulty.event(mention(QUESTION, thread_ts=thread))
    (update,) = fake.wait_for("chat.update")
    settle(fake)
    (placeholder,) = fake.called("chat.postMessage")
    assert ANSWERED in update["text"] and len(fake.called("chat.update")) in (1, 2)
    assert {u["text"] for u in fake.called("chat.update")} == {update["text"]}  # a timed-out update, repeated
    assert placeholder["thread_ts"] == thread


@pytest.mark.parametrize("fault", ["timeout", "drop"])
def test_a_placeholder_post_that_timed_out_is_posted_exactly_once(faulty_placeholders, fault):
    """A timeout: Slack made the post, and the message found by its metadata is used; a drop: it did not, and
    the post is made again with the same tag. Either way one message, updated to the answer, no failure."""
    faulty = faulty_placeholders
    fake = faulty.fake
    fake.reset()
    fake.faults["chat.postMessage"] = [fault]
    event = mention(QUESTION)
    faulty.event(event)
    (update,) = fake.wait_for("chat.update")
    settle(fake)
    (placeholder,) = fake.called("chat.postMessage")
    assert ANSWERED in update["text"] and not update["text"].startswith(FAILED)
    assert fake.faulted == [("chat.postMessage", fault)]
    assert placeholder["metadata"]["event_type"] == "smabot_reply" and placeholder["metadata"]["event_payload"]["post_id"]
    assert [m["ts"] for m in fake.replies(event["ts"])] == [update["ts"]]
    assert [c for c in fake.called("conversations.replies") if c.get("include_all_metadata")]  # looked up first


def test_a_greeting_post_that_timed_out_is_found_in_the_channel_history_not_posted_twice(faulty):
    fake = faulty.fake
    fake.reset()
    fake.faults["chat.postMessage"] = ["timeout"]
    faulty.app_home_opened("D7")
    fake.wait_for("conversations.history", count=2)
    settle(fake)
    assert len(fake.called("chat.postMessage")) == 1


@pytest.mark.parametrize("fault", FAULTS)
def test_an_sma_answer_reaches_the_response_url_once(faulty, fault):
    fake = faulty.fake
    fake.reset()
    fake.faults["response_url"] = list(FAULTS[fault])
    _, _, path = faulty.command("/sma", QUESTION)
    (reply,) = fake.wait_for(path)
    settle(fake)
    replies = fake.called(path)
    assert ANSWERED in reply["text"] and all(r["replace_original"] for r in replies)
    assert {r["text"] for r in replies} == {reply["text"]}  # a repeat replaces the same message


def stream_or_update(fake: FakeSlack, thread: str) -> str:
    """The answer as the user sees it: the completed stream, or the stream message updated in place."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        streams = {ts: s for ts, s in list(fake.streams.items()) if s["thread_ts"] == thread}
        updates = [u for u in fake.called("chat.update") if u["ts"] in streams]
        posts = [p for p in fake.called("chat.postMessage") if p.get("thread_ts") == thread]
        if updates or posts or any(s["state"] == "completed" for s in streams.values()):
            settle(fake)
            streams = {ts: s for ts, s in list(fake.streams.items()) if s["thread_ts"] == thread}
            assert all(s["state"] == "completed" for s in streams.values()), streams  # no stream left open
            posts = [p for p in fake.called("chat.postMessage") if p.get("thread_ts") == thread]
            updates = [u for u in fake.called("chat.update") if u["ts"] in streams]
            assert len(streams) + len(posts) == 1, (streams, posts)  # one message
            return (updates[-1]["text"] if updates else posts[0]["text"] if posts
                    else next(iter(streams.values()))["text"])
        time.sleep(0.05)
    raise AssertionError(f"no answer in {thread}: {fake.calls}")


@pytest.fixture(scope="module")
def streamed_answer(full_project, embeddings) -> str:
    from bot.pipeline import SmaBot

    return SmaBot(full_project, embeddings).answer(STREAMED).answer


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("method", ["chat.startStream", "chat.appendStream", "chat.stopStream",
                                    "assistant.threads.setStatus", "assistant.threads.setTitle"])
def test_an_assistant_question_is_answered_once_and_leaves_nothing_open(faulty, streamed_answer, method, fault):
    if method == "chat.startStream" and fault == "timeout":
        fault = "503"  # a start that timed out may have been made: it is not repeated (see README)
    fake = faulty.fake
    fake.reset()
    fake.faults[method] = list(FAULTS[fault])
    thread = f"{time.time() - 60:.6f}"
    faulty.assistant_message("D9", thread, STREAMED)
    assert stream_or_update(fake, thread) == streamed_answer
    assert fake.statuses_once_cleared(thread)[-1] == ""  # the status is cleared once the answer is in place


@pytest.mark.parametrize("fault", FAULTS)
@pytest.mark.parametrize("method", ["chat.startStream", "chat.appendStream", "chat.stopStream",
                                    "assistant.threads.setStatus"])
def test_a_streamed_mention_is_answered_once_and_leaves_nothing_open(faulty, streamed_answer, method, fault):
    if method == "chat.startStream" and fault == "timeout":
        fault = "503"  # a start that timed out may have been made: it is not repeated (see README)
    fake = faulty.fake
    fake.reset()
    fake.faults[method] = list(FAULTS[fault])
    event = mention(STREAMED)
    faulty.event(event)
    assert stream_or_update(fake, event["ts"]) == streamed_answer
    assert fake.statuses_once_cleared(event["ts"])[-1] == ""
    assert [s["recipient"] for s in fake.streams.values()] == [(STAFF, "T1")]


def test_a_stream_slack_stops_taking_midway_is_completed_in_place_once(faulty, streamed_answer):
    fake = faulty.fake
    fake.reset()
    fake.failures["chat.appendStream"] = "message_not_in_streaming_state"
    event = mention(STREAMED)
    faulty.event(event)
    (reply,) = fake.wait_for_reply(event["ts"], streamed_answer)
    assert reply["text"] == streamed_answer and "[1]" in str(reply["blocks"])
    assert [u["ts"] for u in fake.called("chat.update")] == [reply["ts"]] and fake.called("chat.postMessage") == []
    assert fake.statuses_once_cleared(event["ts"])[-1] == ""


def test_slack_failing_for_good_on_a_streamed_mention_ends_in_one_failure_message(faulty):
    fake = faulty.fake
    fake.reset()
    fake.faults["conversations.replies"] = ["503"] * 6  # more than the retries
    thread = f"{time.time() - 60:.6f}"
    faulty.event(mention(QUESTION, thread_ts=thread))
    (failure,) = fake.wait_for_reply(thread, FAILED)
    assert fake.streams == {} and len(fake.called("chat.postMessage")) == 1



def test_a_rate_limit_is_waited_out_as_slack_says(faulty_placeholders):
    faulty = faulty_placeholders
    fake = faulty.fake
    fake.reset()
    fake.retry_after = "1"
    try:
        fake.faults["chat.update"] = ["429"] * 3
        started = time.monotonic()
        faulty.event(mention(QUESTION))
        assert ANSWERED in fake.wait_for("chat.update")[0]["text"]
        assert time.monotonic() - started >= 3  # three Retry-After: 1 waits, not three quick tries
    finally:
        fake.retry_after = "0"


def test_slack_failing_for_good_ends_in_one_failure_message(faulty_placeholders):
    faulty = faulty_placeholders
    fake = faulty.fake
    fake.reset()
    fake.faults["conversations.replies"] = ["503"] * 6  # more than the retries
    thread = f"{time.time() - 60:.6f}"
    faulty.event(mention(QUESTION, thread_ts=thread))
    (update,) = fake.wait_for("chat.update")
    settle(fake)
    assert update["text"].startswith(FAILED) and len(fake.called("chat.postMessage")) == 1


def test_a_retried_or_replayed_delivery_is_answered_once_but_a_retry_of_a_lost_one_is_answered(faulty_placeholders):
    faulty = faulty_placeholders
    fake = faulty.fake
    fake.reset()
    event = mention(QUESTION)
    faulty.event(event)
    body, content_type = faulty.sent[-1]
    fake.wait_for("chat.update")
    retry = {"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}
    assert faulty.send(body, content_type, headers=retry)[0] == 200
    settle(fake)
    assert len(fake.called("chat.postMessage")) == 1

    fake.reset()  # a first delivery that never reached the app: Slack's retry is the first we see
    assert faulty.event(mention(QUESTION), headers=retry)[0] == 200
    assert ANSWERED in fake.wait_for("chat.update")[0]["text"]


def test_a_replayed_feedback_click_is_stored_once(faulty):
    fake = faulty.fake
    fake.reset()
    _, _, path = faulty.command("/sma", QUESTION)
    reply = fake.wait_for(path)[0]
    block_id = next(b for b in reply["blocks"] if b["type"] == "context_actions")["block_id"]
    wait_until_recorded(faulty.settings, block_id.removeprefix("feedback_"))
    _, _, click = faulty.click("answer_feedback", "helpful", block_id=block_id, element="feedback_buttons")
    fake.wait_for(click)
    body, content_type = faulty.sent[-1]
    for _ in range(4):
        assert faulty.send(body, content_type)[0] == 200
    settle(fake)
    deadline = time.monotonic() + 30  # the click is stored by a lazy listener: give it time under load
    while not feedback_rows(faulty, block_id) and time.monotonic() < deadline:
        time.sleep(0.05)
    settle(fake)
    assert feedback_rows(faulty, block_id) == [("helpful",)] and len(fake.called(click)) == 1


def feedback_rows(faulty, block_id: str) -> list[tuple]:
    with sqlite3.connect(faulty.settings.feedback_db) as db:
        return db.execute("SELECT verdict FROM feedback WHERE answer_id = ?",
                          (block_id.removeprefix("feedback_"),)).fetchall()
