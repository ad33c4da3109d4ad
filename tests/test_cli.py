"""The command-line contracts: `python ingest.py` and `smabot ask --json`, run as real processes."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from bot.settings import PROJECT_ROOT
from tests.conftest import FURLOUGH_ARTICLE, TROOPS_ARTICLE

SMABOT = [sys.executable, "-m", "bot.cli"]


def run(args, **kwargs):
    return subprocess.run(args, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300, **kwargs)


def test_ingest_then_ask_json_lines(tmp_path):
    chroma = str(tmp_path / "chroma")
    first = run([sys.executable, "ingest.py", "--chroma-path", chroma])
    assert first.returncode == 0, first.stderr
    # the two seed articles and the figures file
    assert "3 documents added" in first.stdout and not re.search(r"\b0 chunks embedded", first.stdout)
    second = run([sys.executable, "ingest.py", "--chroma-path", chroma])
    assert "0 chunks embedded" in second.stdout and "3 unchanged" in second.stdout

    questions = [
        "How many US troops are stationed in South Korea?",
        "How much did South Korea pay per year under the SMA that expired Dec 31, 2018?",
        "How many Korean workers were furloughed?",
        "What's the weather tomorrow?",
    ]
    asked = run([*SMABOT, "ask", "--json", "--chroma-path", chroma, "-"], input="\n".join(questions) + "\n")
    assert asked.returncode == 0, asked.stderr
    answers = [json.loads(line) for line in asked.stdout.splitlines()]
    assert [a["question"] for a in answers] == questions
    troops, payment, furlough, weather = answers
    assert set(troops) == {"question", "route", "answer", "citations", "calculation", "latency_ms",
                           "answerer", "grounding", "plan"}
    assert troops["answerer"] == "extractive" and troops["grounding"]["unsupported"] == []
    assert set(troops["citations"][0]) == {"n", "source", "title", "published", "quote", "start", "end", "publisher",
                                           "url", "section"}
    assert "28,500" in troops["answer"]
    assert "960 billion won" in payment["answer"] and "$848.8 million" in payment["answer"]
    assert TROOPS_ARTICLE in {c["source"] for c in payment["citations"]}
    assert payment["plan"]["measure"] == "payment" and payment["plan"]["agreements"] == [9]
    assert "4,000" in furlough["answer"] and FURLOUGH_ARTICLE in {c["source"] for c in furlough["citations"]}
    assert troops["route"] == payment["route"] == furlough["route"] == "figures"
    assert weather["route"] == "declined" and weather["citations"] == []
    for answer in (troops, payment, furlough):
        for c in answer["citations"]:
            text = (PROJECT_ROOT / c["source"]).read_bytes().decode("utf-8")
            assert text[c["start"] : c["end"]] == c["quote"]


    chat = run([*SMABOT, "chat", "--chroma-path", chroma], input="How many US troops are stationed in South Korea?\n\n")
    assert chat.returncode == 0 and "you>" in chat.stdout and "28,500" in chat.stdout and "[1]" in chat.stdout


def test_ask_without_a_question_is_a_usage_error(tmp_path):
    result = run([*SMABOT, "ask", "--chroma-path", str(tmp_path), " "])
    assert result.returncode == 2 and "give a question" in result.stderr


def test_an_invalid_setting_is_named_without_a_traceback(tmp_path):
    import os

    env = {**os.environ, "SMABOT_EMBEDDING_BACKEND": "tensorrt", "SMABOT_CHROMA_PATH": str(tmp_path / "chroma")}
    for command in ([sys.executable, "ingest.py"], [*SMABOT, "ask", "How many troops?"]):
        done = run(command, env=env)
        assert done.returncode == 2 and "invalid setting (embedding_backend:" in done.stderr
        assert "Traceback" not in done.stderr
    assert not (tmp_path / "chroma").exists()  # nothing was touched
