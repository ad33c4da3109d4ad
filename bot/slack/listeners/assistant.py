"""The assistant side panel (Bolt's Assistant; the manifest's former assistant_view): a greeting with suggested
prompts from the knowledge base, then questions answered like DMs (status, title, streamed answer). Apps set up
with agent_view get app_home_opened instead (listeners/events.py) and their thread replies arrive here too:
Bolt's Assistant takes every person's threaded DM message. Without Agents & AI Apps none of this arrives."""

from __future__ import annotations

from slack_bolt import App, Assistant

from bot.slack.guard import bound, guarded
from bot.slack.reply import GREETING, answer_streamed, offer_prompts
from bot.slack.services import Services
from bot.slack.uploads import is_upload_for_us


def greet(say, set_suggested_prompts, services):
    say(GREETING)
    offer_prompts(set_suggested_prompts, services)


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
