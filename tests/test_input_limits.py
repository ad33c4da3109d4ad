"""Bad input gets a clear answer and changes nothing: malformed timestamps, non-finite or huge projection
arguments, very long citation links and paths, very long upload names."""

from __future__ import annotations

import json
import time

import pytest

from bot.slack.blocks import citation_block
from bot.uploads import safe_name


def test_a_non_numeric_timestamp_is_refused_as_unsigned(slack):
    body = json.dumps({"type": "url_verification", "challenge": "c-1", "token": "t"})
    assert slack.send(body, "application/json", headers={"X-Slack-Request-Timestamp": "soon"})[0] == 401
    assert slack.send(body, "application/json")[0] == 200


@pytest.mark.parametrize("args, expected", [
    ("2026-2030 rate=NaN%", "`rate=NaN%` is not a percentage"),
    ("2026-2030 rate=Infinity", "`rate=Infinity` is not a percentage"),
    ("base=99999999999999999999999999999999999T KRW from=2026 years=5 rate=5%", "is too large"),
])
def test_non_finite_or_huge_projection_arguments_get_the_usage(slack, fake_slack, args, expected):
    fake_slack.reset()
    status, ack, path = slack.command("/sma-project", args)
    assert status == 200 and expected in ack and "Usage:" in ack
    time.sleep(0.5)
    assert fake_slack.called(path) == []


def test_a_citation_with_a_huge_link_and_path_stays_within_slacks_limit():
    url = "https://example.org/" + "a" * 3000
    block = citation_block(1, "Title", "2020-01-01", "quote", url, "knowledge/documents/" + "b" * 3000 + ".txt")
    text = block["elements"][0]["text"]
    assert len(text) <= 3000 and url not in text and text.startswith("[1] *Title*")
    short = citation_block(1, "Title", None, "quote", "https://example.org/a", "x.txt")["elements"][0]["text"]
    assert "<https://example.org/a|Title>" in short


def test_a_very_long_upload_name_keeps_its_extension():
    name = safe_name("x" * 300 + ".md")
    assert name.endswith(".md") and len(name) <= 120
