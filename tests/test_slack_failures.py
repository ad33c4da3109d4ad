"""Every question gets one final reply even when answering fails: the real Bolt app over HTTP, signed requests,
the fake Slack Web API; the failure replaces the placeholder, goes to the response URL, or into the thread."""

from __future__ import annotations

import json
import logging
import time

import pytest

from bot.slack.guard import FAILED
from bot.slack.services import Services
from tests.fake_slack import STAFF, FakeSlack, serve_app, serve_services, slack_settings


def broken(question: str):
    raise ArithmeticError("percentage change from zero")


@pytest.fixture(scope="module")
def failing(full_project, embeddings, tmp_path_factory):
    """The app whose every answer raises, as a calculator bug would."""
    fake = FakeSlack()
    settings = slack_settings(full_project, fake, tmp_path_factory.mktemp("failing-data"))
    with serve_services(settings, Services(settings, broken, lambda: embeddings), fake) as client:
        yield client
    fake.close()


@pytest.fixture(scope="module")
def failing_placeholders(full_project, embeddings, tmp_path_factory):
    """The same, with channel streaming off: mentions get a placeholder."""
    fake = FakeSlack()
    settings = slack_settings(full_project, fake, tmp_path_factory.mktemp("failing-placeholders")).model_copy(
        update={"slack_stream_mentions": False})
    with serve_services(settings, Services(settings, broken, lambda: embeddings), fake) as client:
        yield client
    fake.close()


def mention(text: str) -> dict:
    ts = f"{time.time():.6f}"
    return {"type": "app_mention", "user": STAFF, "text": f"<@UBOT> {text}", "ts": ts, "channel": "C1", "event_ts": ts}


def test_a_failed_mention_replaces_its_placeholder_and_logs_the_trace(failing_placeholders, caplog):
    failing = failing_placeholders
    fake = failing.fake
    fake.reset()
    with caplog.at_level(logging.ERROR, logger="smabot.slack"):
        failing.event(mention("What is the percentage change from 0 to 5 won?"))
        (update,) = fake.wait_for("chat.update")
    (placeholder,) = fake.called("chat.postMessage")
    assert update["ts"] != placeholder["thread_ts"] and update["text"].startswith(FAILED)
    reference = update["text"].rsplit("ref ", 1)[1].rstrip(")")
    failure = next(r for r in caplog.records if f"ref {reference}" in r.getMessage())
    assert failure.exc_info and "percentage change from zero" in str(failure.exc_info[1])
    time.sleep(0.5)
    assert len(fake.called("chat.postMessage")) == 1 and len(fake.called("chat.update")) == 1


def test_a_failed_streamed_mention_says_so_once_in_its_thread_and_clears_the_status(failing):
    fake = failing.fake
    fake.reset()
    event = mention("What is the percentage change from 0 to 5 won?")
    failing.event(event)
    (failure,) = fake.wait_for_reply(event["ts"], FAILED)
    assert failure["text"].startswith(FAILED) and fake.streams == {}
    assert fake.statuses_once_cleared(event["ts"])[-1] == ""


def answered_thread(fake: FakeSlack) -> str:
    thread = f"{time.time() - 60:.6f}"
    fake.threads[("C1", thread)] = [{"user": STAFF, "text": "<@UBOT> How much did Korea pay in 2020?", "ts": thread},
                                    {"user": "UBOT", "bot_id": "BBOT", "text": "1.0389 trillion won [1].",
                                     "ts": f"{float(thread) + 1:.6f}"}]
    return thread


def test_a_failed_follow_up_says_so_once_in_its_thread_and_clears_the_status(failing):
    fake = failing.fake
    fake.reset()
    thread = answered_thread(fake)
    failing.channel_message("C1", "and in 2021?", thread_ts=thread)
    (failure,) = fake.wait_for_reply(thread, FAILED)
    assert fake.streams == {} and fake.statuses_once_cleared(thread)[-1] == ""


def test_a_thread_that_cannot_be_read_gets_no_reply_to_a_message_without_a_mention(failing, caplog):
    fake = failing.fake
    fake.reset()
    thread = answered_thread(fake)
    fake.failures["conversations.replies"] = "internal_error"
    with caplog.at_level(logging.WARNING, logger="smabot.slack"):
        failing.channel_message("C1", "and in 2021?", thread_ts=thread)
        fake.wait_for("conversations.replies")
        deadline = time.monotonic() + 30  # the log line is the listener's last step
        while not any("for a follow-up" in r.getMessage() for r in caplog.records) and time.monotonic() < deadline:
            time.sleep(0.05)
    assert any("for a follow-up" in r.getMessage() for r in caplog.records)
    assert fake.replies(thread) == [] and fake.called("assistant.threads.setStatus") == []


def test_a_failed_sma_command_replaces_its_ack_once(failing):
    fake = failing.fake
    fake.reset()
    status, ack, path = failing.command("/sma", "What is the percentage change from 0 to 5 won?")
    assert status == 200 and "Looking that up" in ack
    (reply,) = fake.wait_for(path)
    assert reply["text"].startswith(FAILED) and reply["replace_original"] and reply["response_type"] == "ephemeral"


def test_a_failure_before_the_answer_in_an_assistant_thread_says_so_and_leaves_no_status(failing):
    fake = failing.fake
    fake.reset()
    fake.failures["conversations.replies"] = "internal_error"
    thread = f"{time.time() - 60:.6f}"
    failing.assistant_message("D9", thread, "and in 2021?")
    (posted,) = fake.wait_for("chat.postMessage")
    assert posted["thread_ts"] == thread and posted["text"].startswith(FAILED)
    statuses = fake.statuses_once_cleared(thread)
    assert statuses and statuses[-1] == ""
    assert fake.called("chat.startStream") == []


def test_an_unwritable_data_folder_still_answers(full_project, embeddings, tmp_path, caplog):
    fake = FakeSlack()
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")
    settings = slack_settings(full_project, fake, blocked / "data")
    with caplog.at_level(logging.ERROR), serve_app(settings, embeddings, fake) as client:
        event = mention("How many American troops are stationed in South Korea?")
        client.event(event)
        (reply,) = fake.wait_for_reply(event["ts"], "28,500")
        blocks = reply["blocks"]
        answer_id = next(b for b in blocks if b["type"] == "context_actions")["block_id"].removeprefix("feedback_")
        _, _, path = client.click("answer_feedback", "helpful", block_id=f"feedback_{answer_id}",
                                  element="feedback_buttons")
        assert "no longer on record" in fake.wait_for(path)[0]["text"]
    fake.close()
    assert any(f"answer {answer_id} not recorded" in r.getMessage() for r in caplog.records)


def llm_written(question: str):
    from bot.answer.models import Answer, Citation

    return Answer(question=question, route="retrieval", answerer="llm",
                  answer="Seoul agreed to pay 1.5192 trillion won in 2026 [1].",
                  citations=[Citation(n=1, source="knowledge/documents/x.txt", title="The 12th SMA", quote="1.5192 trillion",
                                      start=0, end=15)])


def extractive(question: str):
    return llm_written(question).model_copy(update={"answerer": "extractive"})


@pytest.mark.parametrize("answerer, labelled", [(llm_written, True), (extractive, False)])
def test_answers_an_llm_wrote_are_labelled_ai_generated_and_quoted_ones_are_not(full_project, embeddings,
                                                                                tmp_path, answerer, labelled):
    from bot.slack.blocks import AI_LABEL

    fake = FakeSlack()
    settings = slack_settings(full_project, fake, tmp_path)
    try:
        with serve_services(settings, Services(settings, answerer, lambda: embeddings), fake) as client:
            _, _, path = client.command("/sma", "How much does Korea pay in 2026?")
            (reply,) = fake.wait_for(path)
            status, event = client.direct_message("D5", "How much does Korea pay in 2026?")
            (stop,) = fake.wait_for("chat.stopStream")
    finally:
        fake.close()
    for blocks in (reply["blocks"], fake.streams[stop["ts"]]["blocks"]):
        assert (AI_LABEL in json.dumps(blocks, ensure_ascii=False)) is labelled
