"""The figures file: the shipped one loads; invalid ones are refused naming the record and the field."""

from __future__ import annotations

import shutil

import pytest
import yaml

from bot.figures import FiguresError, load_figures
from bot.ingest.load import read_source_text
from bot.ingest.run import run_ingest
from bot.settings import PROJECT_ROOT

SHIPPED = PROJECT_ROOT / "knowledge" / "sma_figures.yaml"


def load(settings):
    return load_figures(settings.figures_file, settings.knowledge_dir, settings.display_path)


@pytest.fixture
def figures_project(project):
    shutil.copy(SHIPPED, project.figures_file)
    return project


def test_shipped_figures_load_with_exact_evidence(figures_project):
    table = load(figures_project)
    assert len(table) > 60
    assert table.get("sma12-2026-amount").figure.value == "1519200000000"
    for record in table.records:
        for evidence in record.evidence:
            text, _ = read_source_text(figures_project.resolve_display_path(evidence.source))
            assert text[evidence.start : evidence.end] == evidence.quote
    # disagreeing sources are both kept
    assert {"seed-sma9-annual-usd", "seed-contribution-usd-808", "seed-sma9-annual-krw"} <= set(table.by_id)


def test_a_source_dated_to_the_month_is_cited_with_its_month(figures_project):
    """A public source the table dates "2024-10" is cited as of October 2024, not as undated."""
    evidence = {e.publisher: e for e in load(figures_project).get("usfk-troops").evidence}
    assert evidence["The Korea Times"].published == "2024-10"
    assert evidence["The Korea Times"].title.endswith("— The Korea Times")


def rewrite(settings, change):
    data = yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))
    change(data["figures"])
    settings.figures_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda f: f[0].update(unit="euros"), "record 'seed-troops-2018' (#1), field 'unit'"),
        (lambda f: f[1].update(id=f[0]["id"]), "record 'seed-troops-2018', field 'id': duplicate id"),
        (lambda f: f[0].update(sources=[]), "record 'seed-troops-2018' (#1), field 'sources'"),
        (lambda f: f[0].update(value="lots"), "'lots' is not a number"),
        (lambda f: f[0]["sources"][0].update(quote="a sentence the article never says"), "quote not found"),
    ],
)
def test_invalid_files_are_rejected_naming_record_and_field(project, change, message):
    rewrite(project, change)
    with pytest.raises(FiguresError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load(project)


def test_a_single_source_may_be_given_as_source(project):
    def single(figures):
        figures[0]["source"] = figures[0].pop("sources")[0]
        del figures[1:]

    rewrite(project, single)
    (record,) = load(project).records
    assert record.evidence[0].quote == "for the stationing of more than 28,500 American troops here"


def test_ingest_embeds_figures_and_refuses_an_invalid_file(figures_project, embeddings):
    report = run_ingest(figures_project, progress=False, embeddings=embeddings)
    assert "knowledge/sma_figures.yaml" in report.plan.added
    rewrite(figures_project, lambda f: f[0].update(unit="euros"))
    with pytest.raises(FiguresError):
        run_ingest(figures_project, progress=False, embeddings=embeddings)
