"""Slash commands: /sma, /sma-project, /sma-ingest, /sma-help (names from settings). Each command acks at once
(with the usage when the arguments are wrong) and does its work in a guarded lazy listener."""

from __future__ import annotations

import logging

from slack_bolt import App

from bot.ingest.run import IngestBusy
from bot.projection import ProjectionArgsError, parse_projection
from bot.slack.blocks import help_text, render_answer, render_projection
from bot.slack.chart import projection_chart, projection_png
from bot.slack.guard import bound, guarded
from bot.slack.services import Services

log = logging.getLogger("smabot.slack")
INGEST_MODES = ("status", "dry-run", "run")
INGEST_USAGE = "Usage: `{command} status`, `{command} dry-run` or `{command} run` (admins only)."


# /sma QUESTION ---------------------------------------------------------------------------------
def ack_ask(ack, command, services):
    if not command.get("text", "").strip():
        ack(f"Ask a question after the command, e.g. `{services.settings.command_ask} How much will Korea pay in 2026?`")
    else:
        ack("Looking that up… :mag:")


def answer_ask(command, respond, services):
    if not command.get("text", "").strip():
        return
    answer = services.answer(command["text"])
    # on record before it is shown, so that its buttons find it however soon they are clicked
    answer_id = services.log.record_answer(answer, command.get("user_id"), command.get("channel_id"))
    text, blocks = render_answer(answer, answer_id, shareable=True,
                                 ask_expert=bool(services.settings.experts_usergroup))
    respond(text=text, blocks=blocks, response_type="ephemeral", replace_original=True)


# /sma-project ARGS -----------------------------------------------------------------------------
def ack_project(ack, command, services):
    try:
        parse_projection(command.get("text", ""), services.figures_table)
    except ProjectionArgsError as exc:
        ack(str(exc))
        return
    ack("Projecting… :chart_with_upwards_trend:")


def run_project(command, respond, client, services):
    try:
        projection = parse_projection(command.get("text", ""), services.figures_table)
    except ProjectionArgsError:
        return  # already answered with the usage in the ack
    citations = [(n, e.title, e.published, e.quote, e.url, e.source)
                 for n, e in enumerate((r.evidence[0] for r in projection.citations()), start=1)]
    text, blocks = render_projection(projection, citations)
    respond(text=text, blocks=blocks, response_type="in_channel", replace_original=True)
    client.files_upload_v2(channel=command["channel_id"], content=projection_png(projection_chart(projection)),
                           filename="sma-projection.png", title=projection.title[:200])


# /sma-ingest status|dry-run|run ----------------------------------------------------------------
def ingest_mode(command) -> str:
    return command.get("text", "").strip().lower()


def ack_ingest(ack, command, services):
    name, mode = services.settings.command_ingest, ingest_mode(command)
    ack(INGEST_USAGE.format(command=name) if mode not in INGEST_MODES
        else f"`{name} {mode}`: checking… :hourglass_flowing_sand:")


def run_ingest_command(command, respond, client, services):
    mode, name, user = ingest_mode(command), services.settings.command_ingest, command.get("user_id", "")
    if mode not in INGEST_MODES:
        return
    if not services.is_admin(user, client):
        log.warning("refused %s %s from non-admin %s", name, mode, user)
        respond(f"Sorry <@{user}>, only smabot admins can use `{name}`. "
                "Ask an admin to re-ingest, or use `/sma-help`.", response_type="ephemeral")
        return
    if mode == "status":
        respond(ingest_history(services), response_type="ephemeral")
        return
    try:
        outcome = services.ingest(user, dry_run=mode == "dry-run")
    except IngestBusy as exc:
        respond(str(exc), response_type="ephemeral")
        return
    except Exception as exc:  # reported to the admin, never as a stack trace
        log.exception("ingest failed")
        respond(f"Ingest failed, the previous knowledge is still serving: {exc}", response_type="ephemeral")
        return
    details = "".join(f"\n• {line}" for line in outcome.changes + [f"warning: {w}" for w in outcome.warnings[:10]])
    respond(f"`{mode}`: {outcome.summary}{details}", response_type="ephemeral")


def ingest_history(services: Services) -> str:
    lines = [f"• {at} <@{who}> `{how}` {outcome}: {summary}"
             for at, who, how, outcome, summary in services.log.recent_ingests()]
    return "*Recent ingests*\n" + ("\n".join(lines) if lines else "No ingest has run from Slack yet.")


# /sma-help -------------------------------------------------------------------------------------
def on_help(ack, services):
    ack(help_text(services.settings))


def register(app: App, services: Services) -> None:
    settings = services.settings
    app.command(settings.command_ask)(ack=bound(ack_ask, services), lazy=[guarded(answer_ask, services)])
    app.command(settings.command_project)(ack=bound(ack_project, services), lazy=[guarded(run_project, services)])
    app.command(settings.command_ingest)(ack=bound(ack_ingest, services),
                                         lazy=[guarded(run_ingest_command, services)])
    app.command(settings.command_help)(bound(on_help, services))
