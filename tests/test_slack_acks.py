"""Acks come first: answers waiting their turn never delay an ack past Slack's 3 s, and answers hold back
while requests are being acked."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from bot.answer.models import Answer
from bot.slack.services import Services
from tests.fake_slack import FakeSlack, serve_services, slack_settings

CONCURRENT = 100


def slow(question: str) -> Answer:
    """An answer that takes a while: with 4 computed at once, the last of 100 waits about 12 s for its turn."""
    time.sleep(0.5)
    return Answer(question=question, route="declined", answer="Slowly answered.")


def test_answers_waiting_their_turn_never_delay_an_ack(project, tmp_path):
    fake = FakeSlack()
    settings = slack_settings(project, fake, tmp_path / "data")
    try:
        with serve_services(settings, Services(settings, slow), fake) as client:
            with ThreadPoolExecutor(max_workers=CONCURRENT) as pool:
                sent = list(pool.map(lambda i: client.command("/sma", f"Question {i}?"), range(CONCURRENT)))
            assert [status for status, _, _ in sent] == [200] * CONCURRENT
            assert all(ack.startswith("Looking that up") for _, ack, _ in sent)
            for _, _, path in sent:
                (reply,) = fake.wait_for(path, timeout=120)
                assert reply["text"].startswith("Slowly answered.")
    finally:
        fake.close()


def test_an_answer_starts_only_once_no_request_is_being_acked(project, tmp_path):
    started = threading.Event()

    def answer(question: str) -> Answer:
        started.set()
        return Answer(question=question, route="declined", answer="Answered.")

    services = Services(project.model_copy(update={"data_dir": tmp_path}), answer)
    with services.acks.acking():
        worker = threading.Thread(target=services.answer, args=("When?",))
        worker.start()
        assert not started.wait(0.3)  # under a second, the longest an answer holds back
    assert started.wait(10)
    worker.join()
