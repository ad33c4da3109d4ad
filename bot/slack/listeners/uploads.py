"""Admins' file uploads (a DM to the bot or the admin channel): download, check, store, ingest, report."""

from __future__ import annotations

import logging
import urllib.parse
import urllib.request

from slack_sdk import WebClient

from bot.ingest.run import IngestBusy
from bot.slack.app import Services
from bot.uploads import UploadRejected, store_upload

log = logging.getLogger("smabot.slack")


def download(url: str, token: str, max_bytes: int, allowed_hosts: set[str]) -> bytes:
    """A file's bytes with the bot token; only from Slack's file hosts, never more than max_bytes."""
    host = urllib.parse.urlparse(url).hostname
    if host not in allowed_hosts:
        raise UploadRejected(f"the file link points to {host}, not Slack.")
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request, timeout=60) as response:
        data = response.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise UploadRejected(f"the file is over the {max_bytes / 1e6:.0f} MB limit.")
    return data


def is_upload_for_us(event: dict, services: Services) -> bool:
    return event.get("subtype") == "file_share" and (
        event.get("channel_type") == "im" or event.get("channel") == services.settings.admin_channel_id)


def handle_upload(event: dict, client: WebClient, services: Services) -> None:
    settings = services.settings
    channel, thread_ts, user = event["channel"], event.get("thread_ts") or event["ts"], event.get("user", "")

    def reply(text: str) -> None:
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text)

    if not services.is_admin(user, client):
        log.warning("refused an upload from non-admin %s", user)
        reply("Thanks, but only smabot admins can add documents. Please send the file to an admin.")
        return
    max_bytes = int(settings.max_upload_mb * 1e6)
    hosts = {"files.slack.com", urllib.parse.urlparse(settings.slack_api_url).hostname}
    lines, stored = [], []
    for file in event.get("files", []):
        name = file.get("name") or file.get("title") or "upload"
        try:
            if int(file.get("size") or 0) > max_bytes:
                raise UploadRejected(f"the file is over the {settings.max_upload_mb:.0f} MB limit.")
            url = file.get("url_private_download") or file.get("url_private")
            if not url:
                raise UploadRejected("Slack gave no download link for it.")
            data = download(url, settings.slack_bot_token.get_secret_value(), max_bytes, hosts)
            upload = store_upload(settings, name, data, max_bytes)
            stored.append(settings.display_path(upload.path))
            verb = "replaced" if upload.replaced else "added"
            lines.append(f"• `{name}`: {verb} as `{settings.display_path(upload.path)}` ({upload.kind})")
        except UploadRejected as exc:
            lines.append(f"• `{name}`: not added: {exc}")
    if stored:
        try:
            report = services.ingest(user, dry_run=False, origin="upload: " + ", ".join(stored))
            lines.append(f"Ingest: {report.summary()}")
            lines += [f"  {change}" for change in report.changes()]
            lines += [f"  warning: {w}" for w in report.warnings[:10]]
        except IngestBusy:
            lines.append("Stored, but an ingest is already running: run `/sma-ingest run` when it has finished.")
        except Exception as exc:  # reported, never a stack trace; previous knowledge keeps serving
            log.exception("ingest after upload failed")
            lines.append(f"Ingest failed, the previous knowledge is still serving: {exc}")
    reply("\n".join(lines) if lines else "I found no file in that message.")
