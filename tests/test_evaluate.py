"""The evaluation harness: number reading, unsupported-number detection, metrics, and the CLI's exit code."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from decimal import Decimal

from bot.answer.models import Answer, Citation
from bot.evaluate import Question, evaluate, numbers_in, unsupported_numbers
from bot.settings import PROJECT_ROOT


def test_numbers_are_read_as_a_reader_would():
    found = numbers_in("*$1.6976 billion ($1,697,600,000.00)* on 2020-06-15, about 28,500 troops and 8.2% [1]")
    assert Decimal("1697600000") in found and Decimal("28500") in found and Decimal("8.2") in found
    assert Decimal("1.6976") not in found and Decimal("6") not in found


def test_an_invented_number_is_unsupported():
    citation = Citation(n=1, source="x", title="t", quote="Seoul pays about 960 billion won a year.", start=0, end=1)
    grounded = Answer(question="q", route="retrieval", answer="About 960 billion won a year [1]", citations=[citation])
    invented = Answer(question="q", route="retrieval", answer="About 990 billion won a year [1]", citations=[citation])
    assert unsupported_numbers(grounded) == []
    assert unsupported_numbers(invented) == [Decimal("990000000000")]


def test_metrics_over_a_small_set(full_project, embeddings):
    from bot.pipeline import SmaBot

    bot = SmaBot(full_project, embeddings)
    questions = [
        Question(q="How many US troops are stationed in South Korea?", route="figures",
                 expect={"value": 28500, "unit": "people"}, source="004_8b6f7a4df1742f25.txt"),
        Question(q="What is 960 billion won increased by 8.2 percent?", route="calculator",
                 expect={"value": 1038720000000, "unit": "KRW", "tolerance": 0.001}, source="calculation"),
        Question(q="Where can I buy a cheap laptop?", route="declined"),
        Question(q="How many US troops are stationed in South Korea?", route="figures",
                 expect={"value": 99999, "unit": "people"}),
    ]
    metrics = evaluate(questions, bot.answer, full_project).metrics()
    assert metrics["route_accuracy"] == 1.0 and metrics["decline_accuracy"] == 1.0
    assert metrics["numeric_exactness"] == 2 / 3
    assert metrics["citation_rate"] == 1.0 and metrics["citation_correctness"] == 1.0
    assert metrics["unsupported_numbers"] == 0 and metrics["latency_p50_ms"] > 0


def test_eval_cli_fails_under_the_exactness_bar(tmp_path):
    questions = tmp_path / "q.yaml"
    questions.write_text(json.dumps({"questions": [
        {"q": "How many US troops are stationed in South Korea?", "route": "figures",
         "expect": {"value": 28500, "unit": "people", "tolerance": 0}},
        {"q": "What share of the Korean workers' wages does Seoul pay?", "route": "figures",
         "expect": {"value": 55, "unit": "percent", "tolerance": 0}},
    ]}), encoding="utf-8")
    chroma = str(tmp_path / "chroma")
    subprocess.run([sys.executable, "ingest.py", "--chroma-path", chroma], cwd=PROJECT_ROOT, check=True,
                   capture_output=True, timeout=300)
    run = [sys.executable, "-m", "bot.cli", "eval", "--chroma-path", chroma, str(questions)]
    passing = subprocess.run([*run, "--json", "--min-exact", "0.5"], cwd=PROJECT_ROOT, capture_output=True,
                             text=True, timeout=300)
    assert passing.returncode == 0, passing.stderr
    assert json.loads(passing.stdout)["metrics"]["numeric_exactness"] == 0.5
    failing = subprocess.run([*run, "--min-exact", "0.9"], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert failing.returncode == 1 and "under --min-exact" in failing.stderr
    assert "numeric_exactness: 50.0%" in failing.stdout


def test_eval_ingests_the_question_files_own_sources_into_a_throwaway_knowledge_base(tmp_path):
    documents = tmp_path / "set" / "documents"
    documents.mkdir(parents=True)
    for name in ("wages_deal_2020.txt", "wages_deal_2020.meta.yaml"):
        shutil.copy(PROJECT_ROOT / "eval" / "new_documents" / "documents" / name, documents / name)
    questions = tmp_path / "set" / "questions.yaml"
    questions.write_text(json.dumps({"sources": ["documents"], "questions": [
        {"q": "what did the korean cabinet approve in may 2020 for the base workers?", "route": "retrieval",
         "expect_text": ["special law"], "source": "wages_deal_2020.txt"}]}), encoding="utf-8")
    chroma = tmp_path / "chroma"
    run = subprocess.run([sys.executable, "-m", "bot.cli", "eval", "--json", "--chroma-path", str(chroma),
                          str(questions)], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert "4 documents added" in run.stderr  # the two seed articles, the figures file and the set's article
    result = json.loads(run.stdout)["results"][0]
    assert result["exact"] and result["right_source"] and result["cited"]
    assert not chroma.exists()  # the configured knowledge base was not touched
    missing = tmp_path / "missing.yaml"
    missing.write_text(json.dumps({"sources": ["nowhere"], "questions": []}), encoding="utf-8")
    refused = subprocess.run([sys.executable, "-m", "bot.cli", "eval", str(missing)], cwd=PROJECT_ROOT,
                             capture_output=True, text=True, timeout=300)
    assert refused.returncode == 2 and "sources not found" in refused.stderr
