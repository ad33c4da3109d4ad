"""Shared fixtures: the real embedding model once per session, real Chroma in temporary folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.embeddings import SentenceEmbeddings
from bot.settings import PROJECT_ROOT, Settings
from tests.block_kit import PAYLOADS

SEED_DOCUMENTS = PROJECT_ROOT / "knowledge" / "documents"
TROOPS_ARTICLE = "knowledge/documents/004_8b6f7a4df1742f25.txt"
FURLOUGH_ARTICLE = "knowledge/documents/000_64d117966b83095a.txt"


LATE_PAYLOAD_PROBLEMS: list[str] = []


@pytest.fixture(scope="session", autouse=True)
def every_message_checked_as_block_kit():
    """Invalid payloads that reached a fake Web API between tests (after their test ended) fail the session."""
    yield
    late = LATE_PAYLOAD_PROBLEMS + PAYLOADS.take()
    assert not late, "invalid Slack payloads posted after their test ended:\n" + "\n".join(late)


@pytest.fixture(autouse=True)
def messages_posted_are_valid_block_kit():
    """A test during which the app posted an invalid message to a fake Web API fails at teardown."""
    LATE_PAYLOAD_PROBLEMS.extend(PAYLOADS.take())
    yield
    problems = PAYLOADS.take()
    assert not problems, "invalid Slack payloads (tests/block_kit.py):\n" + "\n".join(problems)


@pytest.fixture(scope="session")
def embeddings() -> SentenceEmbeddings:
    model = SentenceEmbeddings.from_settings(Settings(_env_file=None))  # the default backend
    model.embed_query("warm up")  # load once for the whole session
    return model


def make_project(root: Path) -> Settings:
    """A throwaway project root holding a copy of the seed documents and its own Chroma folder."""
    shutil.copytree(SEED_DOCUMENTS, root / "knowledge" / "documents")
    return Settings(
        project_root=root,
        knowledge_dir=root / "knowledge",
        chroma_path=root / "chroma",
        _env_file=None,
    )


@pytest.fixture
def project(tmp_path: Path) -> Settings:
    return make_project(tmp_path)


@pytest.fixture(scope="session")
def ingested(tmp_path_factory, embeddings) -> Settings:
    """The seed corpus ingested once, read-only for answering tests."""
    from bot.ingest.run import run_ingest

    settings = make_project(tmp_path_factory.mktemp("ingested"))
    run_ingest(settings, progress=False, embeddings=embeddings)
    return settings


@pytest.fixture(scope="session")
def full_project(tmp_path_factory, embeddings) -> Settings:
    """The seed articles and the shipped figures file, ingested once (read-only)."""
    from bot.ingest.run import run_ingest

    settings = make_project(tmp_path_factory.mktemp("full"))
    shutil.copy(PROJECT_ROOT / "knowledge" / "sma_figures.yaml", settings.figures_file)
    run_ingest(settings, progress=False, embeddings=embeddings)
    return settings


@pytest.fixture(scope="session")
def smabot(ingested, embeddings):
    from bot.pipeline import SmaBot

    return SmaBot(ingested, embeddings)


@pytest.fixture(scope="module")
def fake_slack():
    """A local fake Slack Web API for the module's tests."""
    from tests.fake_slack import FakeSlack

    fake = FakeSlack()
    yield fake
    fake.close()


@pytest.fixture(scope="module")
def slack(full_project, embeddings, fake_slack, tmp_path_factory):
    """The app served over HTTP on 127.0.0.1; yields a client that sends signed requests to it."""
    from tests.fake_slack import serve_app, slack_settings

    settings = slack_settings(full_project, fake_slack, tmp_path_factory.mktemp("slack-data"))
    with serve_app(settings, embeddings, fake_slack) as client:
        yield client


def pytest_terminal_summary(terminalreporter) -> None:
    """How many message payloads the Block Kit check saw, so a run shows that it ran."""
    if PAYLOADS.checked:
        terminalreporter.write_line(f"Block Kit check: {PAYLOADS.checked} Slack message payloads validated")
