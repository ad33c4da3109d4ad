"""The Block Kit check every test's Slack payloads go through (tests/block_kit.py): it accepts what the app
renders at its largest and refuses each documented limit broken, and FakeSlack really feeds it."""

from __future__ import annotations

import pytest
from slack_sdk import WebClient

from bot.answer.models import Answer, Citation
from bot.slack.blocks import render_answer
from tests.block_kit import PAYLOADS, payload_problems
from tests.fake_slack import FakeSlack


def largest_answer() -> Answer:
    """An LLM answer at every clip: long text, a long calculation, ten long citations (more are dropped)."""
    citations = [Citation(n=n, source="knowledge/documents/" + "x" * 400, title="T" * 300, published=None,
                          quote="q" * 5000, start=0, end=5000, url="https://example.org/" + "u" * 900)
                 for n in range(1, 15)]
    return Answer(question="q", route="calculator", answer="A" * 50_000, citations=citations, answerer="llm",
                  calculation={"expression": "e" * 500, "rounding": "half-even", "steps": ["s" * 400] * 20})


def test_the_largest_answer_the_app_renders_is_valid():
    text, blocks = render_answer(largest_answer(), "a" * 32, shareable=True)
    assert payload_problems("chat.postMessage", {"text": text, "blocks": blocks}) == []


def section(text: str, **extra) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}, **extra}


@pytest.mark.parametrize("method, params, problem", [
    ("chat.postMessage", {"text": "t", "blocks": [section("x")] * 51}, "51 blocks"),
    ("chat.update", {"text": "t", "blocks": [section("x" * 3001)]}, "3000 characters"),
    ("chat.postEphemeral", {"text": "t", "blocks": [{"type": "sektion"}]}, "not a known block"),
    ("respond/1", {"text": "t", "blocks": [section("x", colour="red")]}, "does not model"),
    ("chat.postMessage", {"text": "t", "blocks": [section("x", block_id="b"), section("y", block_id="b")]},
     "block_id 'b' repeated"),
    ("chat.postMessage", {"text": "t", "blocks": [
        {"type": "context", "elements": [{"type": "mrkdwn", "text": "c"}] * 11}]}, "10 elements"),
    ("chat.postMessage", {"text": "x" * 40_001}, "40001 characters"),
    ("chat.postMessage", {"blocks": '[{"type": "section", "text": {"type": "mrkdwn", "text": "x"}}]'},
     "without fallback text"),
    ("chat.update", {"text": ""}, "neither text nor blocks"),
    ("chat.appendStream", {"chunks": [{"type": "markdown_text", "text": "m" * 12_001}]}, "12001 characters"),
    ("chat.stopStream", {"blocks": [section("x" * 3001)]}, "3000 characters"),
    ("views.publish", {"view": {"type": "home", "blocks": [section("x")] * 101}}, "101 blocks"),
])
def test_each_documented_limit_is_checked(method, params, problem):
    problems = payload_problems(method, params)
    assert any(problem in p for p in problems), problems


def test_the_fake_web_api_checks_what_it_receives():
    fake = FakeSlack()
    try:
        client = WebClient(token="xoxb-test", base_url=fake.api_url)
        before = PAYLOADS.checked
        client.chat_postMessage(channel="C1", text="fine", blocks=[section("fine")])
        client.chat_postMessage(channel="C1", text="too long", blocks=[section("x" * 3001)])
        assert PAYLOADS.checked == before + 2
        (problem,) = PAYLOADS.take()  # taken here, so this test's teardown check does not fail on it
        assert problem.startswith("chat.postMessage: block 0 (section)") and "3000" in problem
    finally:
        fake.close()
