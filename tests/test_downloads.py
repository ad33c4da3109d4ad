"""Uploads are downloaded only from Slack's file hosts: every hop is checked, and the bot token never leaves them."""

from __future__ import annotations

import time

import pytest

from bot.slack.uploads import download, origin
from bot.uploads import UploadRejected
from tests.fake_slack import ADMIN, FakeSlack, serve_app, slack_settings

TOKEN = "xoxb-test-token"
NOTE = b"# Staff note\n\nThe 13th SMA talks open in Jeju in March 2031.\n"


@pytest.fixture(scope="module")
def hosts():
    """Slack's file host (allowed) and another server on the same machine, another port (not allowed)."""
    slack, other = FakeSlack(), FakeSlack()
    yield slack, other
    slack.close()
    other.close()


@pytest.fixture(autouse=True)
def clean(hosts):
    for fake in hosts:
        fake.file_requests.clear()
        fake.redirects.clear()
        fake.files.clear()


def test_origins_compare_scheme_host_and_port():
    assert origin("https://FILES.slack.com/files-pri/T1-F1/x.md") == "https://files.slack.com"
    assert origin("https://files.slack.com:443/x") == "https://files.slack.com"
    assert origin("http://files.slack.com/x") == "http://files.slack.com"
    assert origin("https://files.slack.com:8443/x") == "https://files.slack.com:8443"
    assert origin("file:///etc/passwd") == "file://"


def test_a_file_on_the_slack_host_is_fetched_with_the_token(hosts):
    slack, _ = hosts
    slack.files["note.md"] = NOTE
    assert download(f"{slack.url}/files/note.md", TOKEN, 10_000, [slack.url]) == NOTE
    assert slack.file_requests == [f"Bearer {TOKEN}"]


def test_a_redirect_within_the_slack_host_is_followed(hosts):
    slack, _ = hosts
    slack.files["note.md"] = NOTE
    slack.redirects["old.md"] = "/files/note.md"
    assert download(f"{slack.url}/files/old.md", TOKEN, 10_000, [slack.url]) == NOTE
    assert slack.file_requests == [f"Bearer {TOKEN}"] * 2


@pytest.mark.parametrize("where", ["other", "other-scheme", "file"])
def test_a_redirect_off_the_slack_host_is_refused_and_the_token_stays(hosts, where):
    slack, other = hosts
    other.files["note.md"] = NOTE
    slack.redirects["note.md"] = {"other": f"{other.url}/files/note.md", "file": "file:///etc/passwd",
                                  "other-scheme": f"{slack.url.replace('http', 'ftp')}/files/note.md"}[where]
    with pytest.raises(UploadRejected, match="not to Slack's file host"):
        download(f"{slack.url}/files/note.md", TOKEN, 10_000, [slack.url])
    assert other.file_requests == [] and slack.file_requests == [f"Bearer {TOKEN}"]


@pytest.mark.parametrize("url", ["{other}/files/note.md", "file:///etc/passwd", "{slack_https}/files/note.md"])
def test_a_link_off_the_slack_host_is_never_requested(hosts, url):
    slack, other = hosts
    other.files["note.md"] = NOTE
    url = url.format(other=other.url, slack_https=slack.url.replace("http:", "https:"))
    with pytest.raises(UploadRejected, match="not to Slack's file host"):
        download(url, TOKEN, 10_000, [slack.url])
    assert other.file_requests == [] and slack.file_requests == []


def test_the_size_limit_holds_on_the_stream_and_errors_are_reported(hosts):
    slack, _ = hosts
    slack.files["big.md"] = NOTE * 100
    with pytest.raises(UploadRejected, match="over the"):
        download(f"{slack.url}/files/big.md", TOKEN, len(NOTE), [slack.url])
    with pytest.raises(UploadRejected, match="HTTP 404"):
        download(f"{slack.url}/files/missing.md", TOKEN, len(NOTE), [slack.url])
    slack.redirects["loop.md"] = "/files/loop.md"
    with pytest.raises(UploadRejected, match="redirected more than"):
        download(f"{slack.url}/files/loop.md", TOKEN, len(NOTE), [slack.url])


def test_an_upload_redirected_off_slack_is_refused_in_the_thread(hosts, project, embeddings, tmp_path):
    slack, other = hosts
    other.files["note.md"] = NOTE
    slack.redirects["note.md"] = f"{other.url}/files/note.md"
    settings = slack_settings(project, slack, tmp_path / "data")
    ts = f"{time.time():.6f}"
    with serve_app(settings, embeddings, slack) as client:
        client.event({"type": "message", "subtype": "file_share", "channel": "D1", "channel_type": "im",
                      "user": ADMIN, "text": "", "ts": ts, "event_ts": ts,
                      "files": [{"id": "F1", "name": "note.md", "size": len(NOTE),
                                 "url_private_download": f"{slack.url}/files/note.md"}]})
        (reply,) = slack.wait_for("chat.postMessage")
    assert f"`note.md`: not added: the file link leads to {other.url}, not to Slack's file host." in reply["text"]
    assert other.file_requests == [] and not (project.documents_dir / "uploads").exists()
