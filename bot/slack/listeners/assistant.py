"""The assistant side panel (Bolt's Assistant): a greeting with suggested prompts from the knowledge base,
then questions answered like DMs (status, title, streamed answer). Needs a workspace with Agents & AI Apps;
without it these events never arrive and mentions, DMs and commands work as before."""

from __future__ import annotations

from slack_bolt import App, Assistant

from bot.slack.guard import bound, guarded
from bot.slack.reply import answer_streamed
from bot.slack.services import Services
from bot.slack.uploads import is_upload_for_us
from bot.suggestions import suggested_prompts

GREETING = ("Hi! I answer questions about the US–South Korea cost-sharing agreement (SMA) with cited sources, "
            "and project payments step by step.")


def greet(say, set_suggested_prompts, services):
    say(GREETING)
    set_suggested_prompts(prompts=suggested_prompts(services.figures_table), title="Try asking:")


def is_question(payload, services) -> bool:
    return not is_upload_for_us(payload, services)  # uploads in a DM thread go to listeners/uploads.py


def answer_in_thread(payload, client, services, say_stream, set_status, set_title):
    answer_streamed(payload, client, services, say_stream, set_status, set_title)


def register(app: App, services: Services) -> None:
    # Thread context (the channel the user is viewing) is kept by Bolt's default store, in message metadata:
    # nothing local, so it works across the web processes.
    assistant = Assistant()
    assistant.thread_started(guarded(greet, services))
    assistant.user_message(matchers=[bound(is_question, services)])(guarded(answer_in_thread, services))
    app.use(assistant)
