"""Admins' file uploads from Slack (a DM to the bot or the admin channel): download from Slack's file hosts only,
check and store (bot/uploads.py), ingest, report. listeners/uploads.py routes the event here."""

from __future__ import annotations

import logging
import urllib.error
import urllib.parse
import urllib.request

from slack_sdk import WebClient

from bot.ingest.run import IngestBusy
from bot.slack.services import Services
from bot.slack.blocks import confirm_figures_blocks
from bot.uploads import FiguresNeedConfirmation, UploadRejected, store_upload

log = logging.getLogger("smabot.slack")


MAX_REDIRECTS = 5


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects come back as HTTPError, so that each hop is checked before the token is sent to it."""

    def redirect_request(self, *args, **kwargs):
        return None


def origin(url: str) -> str:
    """scheme://host[:port], lower case, the port only when it is not the scheme's default."""
    parsed = urllib.parse.urlsplit(url.strip())
    try:
        port = parsed.port
    except ValueError:
        port = -1
    scheme, host = parsed.scheme.lower(), (parsed.hostname or "").lower()
    default = {"https": 443, "http": 80}.get(scheme)
    return f"{scheme}://{host}" + (f":{port}" if port not in (None, default) else "")


def download(url: str, token: str, max_bytes: int, allowed_origins: list[str], timeout: float = 60) -> bytes:
    """A file's bytes with the bot token, never more than max_bytes, only from Slack's file hosts: every hop,
    redirects included, must be one of allowed_origins (scheme, host and port) before the token is sent."""
    allowed = {origin(o) for o in allowed_origins}
    opener = urllib.request.build_opener(_NoRedirects)
    for _ in range(MAX_REDIRECTS + 1):
        if (where := origin(url)) not in allowed:
            raise UploadRejected(f"the file link leads to {where}, not to Slack's file host.")
        request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
        try:
            with opener.open(request, timeout=timeout) as response:
                data = response.read(max_bytes + 1)
        except urllib.error.HTTPError as error:
            location = error.headers.get("Location")
            if error.code in (301, 302, 303, 307, 308) and location:
                url = urllib.parse.urljoin(url, location)
                continue
            raise UploadRejected(f"Slack answered the download with HTTP {error.code}.") from None
        except (urllib.error.URLError, OSError) as error:
            raise UploadRejected(f"the download failed ({getattr(error, 'reason', error)}).") from None
        if len(data) > max_bytes:
            raise UploadRejected(f"the file is over the {max_bytes / 1e6:.0f} MB limit.")
        return data
    raise UploadRejected(f"the file link redirected more than {MAX_REDIRECTS} times.")


def is_upload_for_us(event: dict, services: Services) -> bool:
    return event.get("subtype") == "file_share" and (
        event.get("channel_type") == "im" or event.get("channel") == services.settings.admin_channel_id)


def handle_upload(event: dict, client: WebClient, services: Services) -> None:
    settings = services.settings
    channel, thread_ts, user = event["channel"], event.get("thread_ts") or event["ts"], event.get("user", "")

    def reply(text: str, blocks: list[dict] | None = None) -> None:
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text, blocks=blocks)

    if not services.is_admin(user, client):
        log.warning("refused an upload from non-admin %s", user)
        reply("Thanks, but only smabot admins can add documents. Please send the file to an admin.")
        return
    max_bytes = int(settings.max_upload_mb * 1e6)
    lines, stored, held = [], [], None
    for file in event.get("files", []):
        name = file.get("name") or file.get("title") or "upload"
        try:
            if int(file.get("size") or 0) > max_bytes:
                raise UploadRejected(f"the file is over the {settings.max_upload_mb:.0f} MB limit.")
            url = file.get("url_private_download") or file.get("url_private")
            if not url:
                raise UploadRejected("Slack gave no download link for it.")
            data = download(url, settings.slack_bot_token.get_secret_value(), max_bytes, settings.slack_file_origins)
            upload = store_upload(settings, name, data, max_bytes)
            stored.append(settings.display_path(upload.path))
            verb = "replaced" if upload.replaced else "added"
            lines.append(f"• `{name}`: {verb} as `{settings.display_path(upload.path)}` ({upload.kind})")
        except FiguresNeedConfirmation as exc:
            lines.append(f"• `{name}`: {exc}")
            held = exc.token
        except UploadRejected as exc:
            lines.append(f"• `{name}`: not added: {exc}")
    if stored:
        lines += ingest_lines(services, user, "upload: " + ", ".join(stored))
    text = "\n".join(lines) if lines else "I found no file in that message."
    reply(text, confirm_figures_blocks(text, held) if held else None)


def ingest_lines(services: Services, user: str, origin: str) -> list[str]:
    """Ingest after a change from Slack, reported in lines for the admin; never a stack trace."""
    try:
        outcome = services.ingest(user, dry_run=False, origin=origin)
    except IngestBusy:
        return ["Stored, but an ingest is already running: run `/sma-ingest run` when it has finished."]
    except Exception as exc:  # previous knowledge keeps serving
        log.exception("ingest after upload failed")
        return [f"Ingest failed, the previous knowledge is still serving: {exc}"]
    return ([f"Ingest: {outcome.summary}"] + [f"  {change}" for change in outcome.changes]
            + [f"  warning: {w}" for w in outcome.warnings[:10]])
