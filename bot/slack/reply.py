"""Replying in a thread: a status while working, the answer streamed sentence by sentence, then its
calculation, citations and feedback buttons; a plain threaded message where the workspace cannot stream.
One path for every entry: the assistant panel (assistant_thread_started), the Messages tab of the agent view
(app_home_opened), DMs."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from slack_bolt import SayStream, SetStatus, SetSuggestedPrompts, SetTitle
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.web.chat_stream import ChatStream

from bot.answer.models import Answer
from bot.conversation import contextualize, strip_mentions
from bot.slack.blocks import answer_details, render_answer
from bot.slack.guard import FAILED, stop_stream
from bot.slack.services import Services
from bot.suggestions import suggested_prompts
from bot.text import sentence_spans

log = logging.getLogger("smabot.slack")
TITLE_LIMIT = 120
_MARKERS = re.compile(r"(\[\d+\]\s*)+")

GREETING = ("Hi! I answer questions about the US–South Korea cost-sharing agreement (SMA) with cited sources, "
            "and project payments step by step.")
PROMPTS_TITLE = "Try asking:"
WORKING = {
    "calculator": "calculating…",
    "figures": "looking up the SMA figures…",
    "retrieval": "searching the SMA documents…",
    "clarify": "reading your question…",
    "declined": "reading your question…",
}


def working_status(route: str) -> str:
    """What the status line says while the answer is computed, by the route the question's plan takes."""
    return WORKING.get(route, WORKING["declined"])


def stream_pieces(text: str) -> list[str]:
    """The text cut at sentence starts (citation markers stay with their sentence); the pieces concatenate
    back to exactly the text."""
    starts = [start for start, end in sentence_spans(text)[1:] if not _MARKERS.fullmatch(text[start:end])]
    bounds = [0, *starts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:]) if a < b]


def courtesy(call: Callable[..., object] | None, **kwargs) -> bool:
    """Status, title and prompts are courtesies: a workspace without the assistant surface refuses them, and
    the answer goes on. True when Slack took it."""
    if call is None:
        return False
    try:
        call(**kwargs)
        return True
    except SlackApiError as exc:
        log.info("assistant %s refused (%s)", type(call).__name__, exc.response.get("error"))
    except Exception as exc:  # a timeout or 5xx outlasting the retries: still only a courtesy
        log.warning("assistant %s failed (%s)", type(call).__name__, exc)
    return False


def offer_prompts(set_suggested_prompts: SetSuggestedPrompts | None, services: Services) -> None:
    """The suggested prompts, built from the figures table (the same ones the manifest lists)."""
    courtesy(set_suggested_prompts, prompts=suggested_prompts(services.figures_table), title=PROMPTS_TITLE)


def thread_messages(client: WebClient, channel: str, thread_ts: str) -> list[dict]:
    """The thread's first messages, oldest first (conversations.replies)."""
    return client.conversations_replies(channel=channel, ts=thread_ts, limit=50).get("messages", [])


def questions_before(messages: list[dict], before_ts: str) -> list[str]:
    """Earlier questions people asked in the thread, oldest first (not bot replies or thread headers)."""
    return [
        strip_mentions(m.get("text", ""))
        for m in messages
        if not m.get("bot_id") and not m.get("subtype") and m.get("ts", "") < before_ts
        and strip_mentions(m.get("text", ""))
    ]


def thread_questions(client: WebClient, channel: str, thread_ts: str, before_ts: str) -> list[str]:
    return questions_before(thread_messages(client, channel, thread_ts), before_ts)


def stream_answer(client: WebClient, streamer: ChatStream | None, channel: str, thread_ts: str,
                  answer: Answer, answer_id: str, ask_expert: bool = False) -> bool:
    """Stream the answer text, attach the rest at stop; on any error the user still gets it once: the
    started stream is stopped and its message updated to the full answer, or, if none started, it is posted.
    Without a streamer (no thread to stream into) the answer is simply posted. True when Slack refused to
    start the stream (it answered, with an error), so the answer was posted instead. ask_expert: a channel
    answer's hand-off button (in a DM the experts would not see the thread)."""
    text, blocks = render_answer(answer, answer_id, ask_expert=ask_expert)
    if streamer is None:
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text, blocks=blocks)
        return False
    try:
        for piece in stream_pieces(answer.answer):
            streamer.append(markdown_text=piece)
        streamer.stop(blocks=answer_details(answer, answer_id, ask_expert=ask_expert))
        return False
    except Exception as exc:
        log.warning("streaming failed (%s); posting the answer instead",
                    exc.response.get("error") if isinstance(exc, SlackApiError) else repr(exc))
        if streamer.ts:
            stop_stream(client, channel, streamer.ts)
            client.chat_update(channel=channel, ts=streamer.ts, text=text, blocks=blocks)
            return False
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text, blocks=blocks)
        return isinstance(exc, SlackApiError) and exc.response.status_code == 200


def answer_streamed(event: dict, client: WebClient, services: Services, say_stream: SayStream | None,
                    set_status: SetStatus | None = None, set_title: SetTitle | None = None) -> None:
    """A message in a DM or an assistant thread: the first question titles the thread, follow-ups use the
    thread's earlier questions, a status says what is happening, and the answer streams in."""
    channel, ts = event["channel"], event["ts"]
    thread_ts = event.get("thread_ts") or ts
    question = strip_mentions(event.get("text", ""))
    history = thread_questions(client, channel, thread_ts, ts) if event.get("thread_ts") else []
    if not history and question:
        courtesy(set_title, title=question[:TITLE_LIMIT])
    question = contextualize(question, history)
    courtesy(set_status, status=working_status(services.route(question)))
    try:
        answer = services.answer(question)
        answer_id = services.log.record_answer(answer, event.get("user"), channel)
    except Exception:
        # the status would otherwise stay up with no answer coming
        log.exception("answering failed")
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=FAILED)
        courtesy(set_status, status="")
        return
    streamer = say_stream(buffer_size=1) if say_stream is not None else None
    stream_answer(client, streamer, channel, thread_ts, answer, answer_id)
    courtesy(set_status, status="")
