"""Files admins send the bot (a DM, or the admin channel): handled by bot/slack/uploads.py."""

from __future__ import annotations

from slack_bolt import App

from bot.slack.guard import bound, guarded
from bot.slack.services import Services
from bot.slack.uploads import handle_upload, is_upload_for_us


def ack_upload(ack):
    ack()


def is_upload(event, services) -> bool:
    return not event.get("bot_id") and is_upload_for_us(event, services)


def register(app: App, services: Services) -> None:
    # registered before listeners/events.py: Bolt runs the first message listener that matches
    app.event("message", matchers=[bound(is_upload, services)])(ack=ack_upload, lazy=[guarded(handle_upload, services)])
