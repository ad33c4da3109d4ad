"""The App Home tab: published when a person opens it (app_home_opened, tab "home"); its ingest buttons run
the same admin check, lock and audit as /sma-ingest."""

from __future__ import annotations

import logging

from slack_bolt import App

from bot.ingest.run import IngestBusy
from bot.slack.guard import guarded
from bot.slack.home import HOME_INGEST_ACTIONS, home_view, staff_home
from bot.slack.services import Services

log = logging.getLogger("smabot.slack")
REFUSED = ":no_entry: Only smabot admins can run an ingest."


def in_home_tab(event: dict) -> bool:
    return event.get("tab") == "home"


def ack_only(ack):
    ack()


def publish_home(event, client, services):
    user = event["user"]
    client.views_publish(user_id=user, view=home_view(services, user, client))


def run_home_ingest(body, action, client, services):
    """A button in the Home tab; the clicker is checked here, so a forged payload from a non-admin (or an
    unknown mode) changes nothing and is answered in their Home tab."""
    user, mode = body["user"]["id"], action.get("value", "")
    if not services.is_admin(user, client):
        log.warning("refused a Home tab ingest (%s) from non-admin %s", mode, user)
        client.views_publish(user_id=user, view=staff_home(services, REFUSED))
        return
    if mode not in HOME_INGEST_ACTIONS:
        client.views_publish(user_id=user, view=home_view(services, user, client, f"Unknown ingest mode `{mode}`."))
        return
    client.views_publish(user_id=user, view=home_view(services, user, client, f"`{mode}`: running… :hourglass:"))
    try:
        report = services.ingest(user, dry_run=mode == "dry-run", origin="App Home")
        notice = f":white_check_mark: `{mode}`: {report.summary()}" + "".join(
            f"\n• {line}" for line in report.changes() + [f"warning: {w}" for w in report.warnings[:10]])
    except IngestBusy as exc:
        notice = f":hourglass: {exc}"
    except Exception as exc:  # reported to the admin, never as a stack trace
        log.exception("ingest from the Home tab failed")
        notice = f":warning: Ingest failed, the previous knowledge is still serving: {exc}"
    client.views_publish(user_id=user, view=home_view(services, user, client, notice))


def register(app: App, services: Services) -> None:
    app.event("app_home_opened", matchers=[in_home_tab])(ack=ack_only, lazy=[guarded(publish_home, services)])
    for action_id in HOME_INGEST_ACTIONS.values():
        app.action(action_id)(ack=ack_only, lazy=[guarded(run_home_ingest, services)])
