"""Every message the app posts to the fake Web API, checked against slack_sdk's Block Kit models and Slack's
documented limits. FakeSlack hands each payload to PAYLOADS.check(); conftest fails the test during which an
invalid one arrived (and the session, for any that arrived after their test ended).

Limits, from Slack's docs:
- up to 50 blocks in a message, 100 in a modal or Home tab (docs.slack.dev/reference/block-kit/blocks);
- a message's `text` is truncated past 40,000 characters (api.slack.com/changelog/2018-04-truncating-really-long-messages);
- `markdown_text` of a streaming call: at most 12,000 characters (docs.slack.dev/reference/methods/chat.startStream);
- each block as slack_sdk models it (section text 3,000, context elements 10, block_id 255, ...), with no key
  the model does not know (Slack refuses those as invalid_blocks), and block_ids unique in a message.
"""

from __future__ import annotations

import json
import threading

from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block
from slack_sdk.models.views import View

MESSAGE_BLOCKS, VIEW_BLOCKS = 50, 100
TEXT_LIMIT = 40_000
MARKDOWN_TEXT_LIMIT = 12_000
MESSAGE_METHODS = frozenset({"chat.postMessage", "chat.update", "chat.postEphemeral", "chat.scheduleMessage"})
VIEW_METHODS = frozenset({"views.publish", "views.open", "views.update", "views.push"})
STREAM_METHODS = frozenset({"chat.startStream", "chat.appendStream", "chat.stopStream"})


def _decoded(value):
    """A JSON argument as sent: a list or object (JSON body) or its string (form body)."""
    return json.loads(value) if isinstance(value, str) and value[:1] in "[{" else value


def block_problems(blocks, limit: int) -> list[str]:
    """Why these blocks would not render as sent; [] when they would."""
    blocks = _decoded(blocks)
    if blocks is None:
        return []
    if not isinstance(blocks, list):
        return [f"blocks is not a list: {blocks!r:.80}"]
    problems = [f"{len(blocks)} blocks (at most {limit})"] if len(blocks) > limit else []
    ids = [b.get("block_id") for b in blocks if isinstance(b, dict) and b.get("block_id")]
    problems += [f"block_id {i!r} repeated" for i in sorted({i for i in ids if ids.count(i) > 1})]
    for n, block in enumerate(blocks):
        parsed = Block.parse(block) if isinstance(block, dict) else None
        if parsed is None:
            problems.append(f"block {n}: not a known block: {block!r:.120}")
            continue
        try:
            rendered = parsed.to_dict()
        except SlackObjectFormationError as exc:
            problems.append(f"block {n} ({block.get('type')}): {exc}")
            continue
        if rendered != block:
            problems.append(f"block {n} ({block.get('type')}): keys or values slack_sdk does not model: {block!r:.200}")
    return problems


def message_problems(params: dict) -> list[str]:
    """A message (chat.postMessage/update/postEphemeral, a response_url post): text or blocks, text within
    the limit, fallback text beside blocks, valid blocks."""
    text, blocks = params.get("text") or "", _decoded(params.get("blocks"))
    problems = block_problems(blocks, MESSAGE_BLOCKS)
    if not text and not blocks and not params.get("delete_original"):
        problems.append("neither text nor blocks")
    if blocks and not text:
        problems.append("blocks without fallback text (notifications and screen readers show `text`)")
    if len(text) > TEXT_LIMIT:
        problems.append(f"text of {len(text)} characters (Slack truncates past {TEXT_LIMIT})")
    return problems


def stream_problems(params: dict) -> list[str]:
    """A streaming call: each markdown text within 12,000 characters; chat.stopStream's blocks valid."""
    texts = [params.get("markdown_text") or ""] + [
        c.get("text") or "" for c in _decoded(params.get("chunks")) or [] if c.get("type") == "markdown_text"]
    problems = [f"markdown_text of {len(t)} characters (at most {MARKDOWN_TEXT_LIMIT})"
                for t in texts if len(t) > MARKDOWN_TEXT_LIMIT]
    return problems + block_problems(params.get("blocks"), MESSAGE_BLOCKS)


def view_problems(params: dict) -> list[str]:
    view = _decoded(params.get("view")) or {}
    problems = block_problems(view.get("blocks"), VIEW_BLOCKS)
    try:
        View(**view).validate_json()  # the view's own fields (title, submit, type ...); its blocks are checked above
    except (SlackObjectFormationError, TypeError) as exc:
        problems.append(f"view: {exc}")
    return problems


def payload_problems(method: str, params: dict) -> list[str]:
    """What is wrong with one call's message payload ([] for calls that post no message)."""
    if method in MESSAGE_METHODS or method.startswith("respond/"):
        return message_problems(params)
    if method in STREAM_METHODS:
        return stream_problems(params)
    if method in VIEW_METHODS:
        return view_problems(params)
    if method == "files.completeUploadExternal":
        return block_problems(params.get("blocks"), MESSAGE_BLOCKS)
    return []


class PayloadCheck:
    """Every payload checked as it arrives; problems kept until a test's teardown takes them."""

    def __init__(self) -> None:
        self.checked = 0
        self._problems: list[str] = []
        self._lock = threading.Lock()

    def check(self, method: str, params: dict) -> None:
        problems = payload_problems(method, params)
        with self._lock:
            self.checked += method in MESSAGE_METHODS | STREAM_METHODS | VIEW_METHODS or method.startswith("respond/")
            self._problems += [f"{method}: {p}" for p in problems]

    def take(self) -> list[str]:
        """The problems found since the last take()."""
        with self._lock:
            problems, self._problems = self._problems, []
            return problems


PAYLOADS = PayloadCheck()
