"""Suggested prompts follow the figures table; streamed pieces add up to the answer."""

from __future__ import annotations

from bot.figures import FiguresFile, FigureTable
from bot.settings import Settings
from bot.slack.reply import stream_pieces
from bot.suggestions import suggested_prompts
from bot.text import ordinal


def table() -> FigureTable:
    return FiguresFile(Settings(_env_file=None)).table()


def test_prompts_name_the_latest_agreement_and_its_increase_rule():
    latest, projection, *_ = suggested_prompts(table())
    assert "2026" in latest["message"] and "12th SMA" in latest["message"]
    assert "2030" in projection["message"] and "5%" in projection["message"]


def test_a_prompt_disappears_when_its_figure_does_and_moves_with_a_newer_agreement():
    full = table()
    without_rules = FigureTable([r for r in full.records if r.figure.kind != "increase_rule"])
    assert not any("rose" in p["message"] for p in suggested_prompts(without_rules))
    before_12th = FigureTable([r for r in full.records if (r.figure.sma or 0) < 12])
    assert "2025 under the 11th SMA" in suggested_prompts(before_12th)[0]["message"]
    assert suggested_prompts(FigureTable([])) == []


def test_ordinals():
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 112)] == \
        ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "112th"]


def test_stream_pieces_are_sentences_that_add_up_to_the_text():
    text = ("*1.5192 trillion won (₩1,519,200,000,000)*: South Korea's 2026 payment is 1.5192 trillion won. [1]\n"
            "• The U.S. side asked for more. Talks resumed in Jan. 2020! Did they end?")
    pieces = stream_pieces(text)
    assert "".join(pieces) == text
    assert len(pieces) == 4 and pieces[0].endswith("[1]\n") and pieces[-1] == "Did they end?"
    assert stream_pieces("") == [] and stream_pieces("One sentence.") == ["One sentence."]
