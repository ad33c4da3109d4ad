"""A local fake of the Slack Web API that records calls and answers the way Slack does, plus request signing."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import socketserver
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from bot.settings import Settings
from tests.block_kit import PAYLOADS

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
ADMIN, STAFF = "UADMIN", "USTAFF"


class FakeSlack:
    """Serves /api/<method>, response URLs (/respond/...) and file uploads (/upload/...) on 127.0.0.1; every
    message payload it receives is checked as Block Kit (tests/block_kit.py)."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.uploads: list[bytes] = []
        self.threads: dict[tuple[str, str], list[dict]] = {}
        self.history: dict[str, list[dict]] = {}  # channel -> its messages, newest first (conversations.history)
        self.usergroups: dict[str, list[str]] = {}
        self.files: dict[str, bytes] = {}
        self.file_requests: list[str] = []  # Authorization headers of file downloads
        self.redirects: dict[str, str] = {}  # file name -> where a download of it is redirected (302)
        self.failures: dict[str, str] = {}  # method -> the error Slack answers it with
        # method ("response_url" for response URLs) -> HTTP faults for its next calls, in order: "429" (with
        # Retry-After: retry_after), "500", "503", "timeout" (done, but answered only after timeout_s), or
        # "drop" (not done, and the connection closed unanswered after timeout_s)
        self.faults: dict[str, list[str]] = {}
        self.faulted: list[tuple[str, str]] = []  # (method, fault) as injected
        self.retry_after, self.timeout_s = "0", 3.0
        self.streams: dict[str, dict] = {}  # ts -> {"channel", "thread_ts", "text", "state", "blocks", "recipient"}
        self.posted: dict[str, dict] = {}  # ts -> chat.postMessage params, then chat.update's (as last updated)
        self._ts = itertools.count(1)
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                path = urllib.parse.urlparse(self.path)
                if path.path.startswith("/upload/"):
                    fake.uploads.append(raw)
                    self._reply(200, b"OK", "text/plain")
                    return
                params = dict(urllib.parse.parse_qsl(path.query))
                if "json" in (self.headers.get("Content-Type") or ""):
                    params.update(json.loads(raw or b"{}"))
                else:
                    params.update(urllib.parse.parse_qsl(raw.decode()))
                name = path.path.removeprefix("/api/").strip("/")
                fault = fake._next_fault("response_url" if name.startswith("respond/") else name)
                if fault in ("429", "500", "503"):
                    self.send_response(int(fault))
                    if fault == "429":
                        self.send_header("Retry-After", fake.retry_after)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if fault == "drop":
                    time.sleep(fake.timeout_s)
                    self.close_connection = True
                    return
                with fake._lock:
                    fake.calls.append((name, params))
                PAYLOADS.check(name, params)
                reply = json.dumps(fake.answer(name, params)).encode()
                if fault == "timeout":
                    time.sleep(fake.timeout_s)
                try:
                    self._reply(200, reply, "application/json")
                except OSError:
                    pass  # the client gave up waiting

            def do_GET(self) -> None:
                path = urllib.parse.urlparse(self.path).path
                if path.startswith("/files/"):
                    fake.file_requests.append(self.headers.get("Authorization", ""))
                    name = path.removeprefix("/files/")
                    if name in fake.redirects:
                        self.send_response(302)
                        self.send_header("Location", fake.redirects[name])
                        self.send_header("Content-Length", "0")
                        self.end_headers()
                    elif name in fake.files:
                        self._reply(200, fake.files[name], "application/octet-stream")
                    else:
                        self._reply(404, b"not found", "text/plain")
                    return
                self.do_POST()

            def _reply(self, status: int, body: bytes, content_type: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = _BackloggedHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.api_url = self.url + "/api/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self, name: str, params: dict) -> dict:
        if name in self.failures:
            return {"ok": False, "error": self.failures[name]}
        if name.startswith("chat.") and name.endswith("Stream"):
            return self._stream(name, params)
        if name.startswith("assistant.threads."):
            required = {"setStatus": ("channel_id", "thread_ts", "status"), "setTitle": ("channel_id", "thread_ts", "title"),
                        "setSuggestedPrompts": ("channel_id", "prompts")}[name.rsplit(".", 1)[1]]
            missing = [field for field in required if field not in params]
            return {"ok": False, "error": "invalid_arguments", "missing": missing} if missing else {"ok": True}
        if name.startswith("respond/"):
            return {"ok": True}
        if name == "auth.test":
            return {"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1", "user": "smabot"}
        if name == "chat.postMessage":
            ts = f"1800000000.{next(self._ts):06d}"
            with self._lock:
                self.posted[ts] = dict(params)
            return {"ok": True, "channel": params.get("channel"), "ts": ts, "message": {"ts": ts, "text": params.get("text")}}
        if name == "chat.update" and params.get("ts") in self.posted.keys() | self.streams.keys():
            with self._lock:
                message = self.posted.get(params["ts"]) or {"thread_ts": self.streams[params["ts"]]["thread_ts"]}
                self.posted[params["ts"]] = {**message, "text": params.get("text"), "blocks": params.get("blocks")}
        if name in ("chat.update", "chat.postEphemeral"):
            return {"ok": True, "channel": params.get("channel"), "ts": params.get("ts", "1800000000.999999")}
        if name == "conversations.history":
            messages = self.history.get(params.get("channel"), []) + self._tagged_posts(params, thread=None)
            return {"ok": True, "messages": messages[: int(params.get("limit", 100))]}
        if name == "conversations.replies":
            messages = self.threads.get((params.get("channel"), params.get("ts")), [])
            return {"ok": True, "messages": messages + self._tagged_posts(params, thread=params.get("ts"))}
        if name in ("views.open", "views.publish"):
            return self._view(name, params)
        if name == "usergroups.users.list":
            return {"ok": True, "users": self.usergroups.get(params.get("usergroup"), [])}
        if name == "files.getUploadURLExternal":
            file_id = f"F{next(self._ts)}"
            return {"ok": True, "upload_url": f"{self.url}/upload/{file_id}", "file_id": file_id}
        if name == "files.completeUploadExternal":
            files = json.loads(params.get("files", "[]"))
            return {"ok": True, "files": [{"id": f["id"], "title": f.get("title")} for f in files]}
        return {"ok": False, "error": "unknown_method"}

    def _tagged_posts(self, params: dict, thread: str | None) -> list[dict]:
        """The bot's posts in a channel (thread None: outside threads) or thread that carry message metadata, as
        Slack lists them to a read asking for it (include_all_metadata); other reads see only the preset
        history and threads, as they always have here."""
        if str(params.get("include_all_metadata")).lower() not in ("1", "true"):
            return []
        with self._lock:
            posts = [(ts, p) for ts, p in self.posted.items()
                     if p.get("channel") == params.get("channel") and p.get("thread_ts") == thread and p.get("metadata")]
        return [{"type": "message", "ts": ts, "bot_id": "BBOT", "text": p.get("text") or "",
                 **({"thread_ts": thread} if thread else {}),
                 "metadata": json.loads(p["metadata"]) if isinstance(p["metadata"], str) else p["metadata"]}
                for ts, p in sorted(posts, key=lambda item: item[0], reverse=thread is None)]

    def _view(self, name: str, params: dict) -> dict:
        """views.open needs a trigger_id, views.publish a user_id; both a view with a type and blocks."""
        view = params.get("view")
        view = json.loads(view) if isinstance(view, str) else view
        needed = "trigger_id" if name == "views.open" else "user_id"
        if not params.get(needed) or not isinstance(view, dict) or "type" not in view or "blocks" not in view:
            return {"ok": False, "error": "invalid_arguments"}
        return {"ok": True, "view": {"id": f"V{next(self._ts)}", **view}}

    def views(self, name: str) -> list[dict]:
        """The views sent with views.open or views.publish, decoded."""
        return [json.loads(c["view"]) if isinstance(c["view"], str) else c["view"] for c in self.called(name)]

    def _next_fault(self, method: str) -> str | None:
        with self._lock:
            queue = self.faults.get(method)
            if not queue:
                return None
            fault = queue.pop(0)
            self.faulted.append((method, fault))
            return fault

    def _stream(self, name: str, params: dict) -> dict:
        """chat.startStream / appendStream / stopStream as documented: markdown text arrives as markdown_text
        or as markdown_text chunks; a stream takes appends until it is stopped."""
        text = (params.get("markdown_text") or "") + "".join(
            c["text"] for c in params.get("chunks") or [] if c.get("type") == "markdown_text")
        if name == "chat.startStream":
            if not params.get("channel") or not params.get("thread_ts"):
                return {"ok": False, "error": "invalid_arguments"}
            recipient = (params.get("recipient_user_id"), params.get("recipient_team_id"))
            if not params["channel"].startswith("D") and not all(recipient):
                return {"ok": False, "error": "invalid_arguments"}  # "required when streaming to channels"
            ts = f"1800000000.{next(self._ts):06d}"
            with self._lock:
                self.streams[ts] = {"channel": params["channel"], "thread_ts": params["thread_ts"], "text": text,
                                    "state": "in_progress", "blocks": None, "recipient": recipient}
            return {"ok": True, "channel": params["channel"], "ts": ts}
        stream = self.streams.get(params.get("ts"))
        if stream is None or stream["channel"] != params.get("channel"):
            return {"ok": False, "error": "message_not_found"}
        if stream["state"] != "in_progress":
            return {"ok": False, "error": "message_not_in_streaming_state"}
        with self._lock:
            stream["text"] += text
            if name == "chat.stopStream":
                stream["state"], stream["blocks"] = "completed", params.get("blocks")
        reply = {"ok": True, "channel": stream["channel"], "ts": params["ts"]}
        if name == "chat.stopStream":
            reply["message"] = {"text": stream["text"], "ts": params["ts"], "blocks": stream["blocks"] or []}
        return reply

    def called(self, name: str) -> list[dict]:
        with self._lock:
            return [params for method, params in self.calls if method == name]

    def replies(self, thread: str) -> list[dict]:
        """The bot's messages in a thread as people see them now, oldest first: each posted or streamed message
        as last updated ({"ts", "text", "blocks", "streaming"})."""
        with self._lock:
            messages = {ts: {"ts": ts, "text": s["text"], "blocks": s["blocks"], "streaming": s["state"] == "in_progress"}
                        for ts, s in self.streams.items() if s["thread_ts"] == thread}
            for ts, message in self.posted.items():
                if message.get("thread_ts") == thread:
                    blocks = message.get("blocks")
                    messages[ts] = {"ts": ts, "text": message.get("text") or "", "streaming": False,
                                    "blocks": json.loads(blocks) if isinstance(blocks, str) else blocks}
        return [messages[ts] for ts in sorted(messages)]

    def wait_for_reply(self, thread: str, containing: str, timeout: float = 60) -> list[dict]:
        """The thread's bot messages once one contains the text and none is still streaming, then a moment
        later (for any late duplicate to arrive)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            messages = self.replies(thread)
            if any(containing in m["text"] for m in messages) and not any(m["streaming"] for m in messages):
                time.sleep(0.5)
                return self.replies(thread)
            time.sleep(0.05)
        raise AssertionError(f"no reply containing {containing!r} in {thread}: {self.replies(thread)}")

    def completed_stream(self, thread_ts: str, timeout: float = 60) -> dict:
        """The completed stream in the thread, with the text that reached Slack across start/append/stop."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            done = [s for s in list(self.streams.values()) if s["thread_ts"] == thread_ts and s["state"] == "completed"]
            if done:
                return done[0]
            time.sleep(0.05)
        raise AssertionError(f"no completed stream in thread {thread_ts}: {self.calls}")

    def statuses_once_cleared(self, thread: str, timeout: float = 30) -> list[str]:
        """A thread's statuses once the last one clears it, or as they stand when the time is up (the clear
        follows the answer's last Slack call, so under load it can arrive a moment after it)."""
        deadline = time.monotonic() + timeout
        while True:
            statuses = [c["status"] for c in self.called("assistant.threads.setStatus") if c["thread_ts"] == thread]
            if statuses and statuses[-1] == "" or time.monotonic() > deadline:
                return statuses
            time.sleep(0.05)

    def wait_for(self, name: str, count: int = 1, timeout: float = 60) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.called(name)
            if len(found) >= count:
                return found
            time.sleep(0.05)
        raise AssertionError(f"{name} was called {len(self.called(name))} times, expected {count}: {self.calls}")

    def reset(self) -> None:
        with self._lock:
            self.calls.clear()
            self.uploads.clear()
            self.failures.clear()
            self.faults.clear()
            self.faulted.clear()
            self.streams.clear()
            self.posted.clear()

    def close(self) -> None:
        self.server.shutdown()


def sign(secret: str, body: str, timestamp: int | None = None) -> dict[str, str]:
    """The headers Slack sends: v0 HMAC-SHA256 over 'v0:{timestamp}:{body}'."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def post(url: str, body: str, content_type: str, headers: dict[str, str]) -> tuple[int, str]:
    request = urllib.request.Request(url, data=body.encode(), method="POST",
                                     headers={"Content-Type": content_type, **headers})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


class _BackloggedHTTPServer(ThreadingHTTPServer):
    request_queue_size = 256  # as below: many calls at once queue


class _ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    request_queue_size = 256  # 100 requests at once must queue, not be reset (socketserver's default is 5)


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, *args) -> None:
        pass


def slack_settings(project: Settings, fake: FakeSlack, data_dir) -> Settings:
    """The project's settings plus Slack ones pointing at the fake API."""
    return Settings(**{**project.model_dump(), "_env_file": None, "slack_bot_token": "xoxb-test-token",
                       "slack_signing_secret": SECRET, "slack_api_url": fake.api_url, "admin_user_ids": [ADMIN],
                       "slack_file_origins": [fake.url], "data_dir": data_dir})


@contextmanager
def serve_app(settings: Settings, embeddings, fake: FakeSlack):
    """The real Bolt app in HTTP mode on 127.0.0.1; yields a client sending Slack-shaped signed requests."""
    from bot.slack.server import wsgi_app

    with serve_wsgi(wsgi_app(settings, embeddings), settings, fake) as client:
        yield client


@contextmanager
def serve_services(settings: Settings, services, fake: FakeSlack):
    """The real Bolt app built around given services (e.g. an answerer that fails), served like serve_app."""
    from slack_bolt.adapter.wsgi import SlackRequestHandler

    from bot.slack.app import build_app
    from bot.slack.server import EVENTS_PATH

    with serve_wsgi(SlackRequestHandler(build_app(settings, services), path=EVENTS_PATH), settings, fake) as client:
        yield client


def wait_until_recorded(settings: Settings, answer_id: str, timeout: float = 30) -> None:
    """An answer is posted before it is recorded (a failing database never costs the answer), so under load the
    record can trail the post by seconds; a click before it finds no answer to vote on."""
    from bot.feedback import AnswerLog

    log, deadline = AnswerLog(settings.feedback_db), time.monotonic() + timeout
    while log.get_answer(answer_id) is None and time.monotonic() < deadline:
        time.sleep(0.05)


@contextmanager
def serve_wsgi(application, settings: Settings, fake: FakeSlack):
    from bot.slack.server import EVENTS_PATH

    server = make_server("127.0.0.1", 0, application, server_class=_ThreadingWSGIServer, handler_class=_QuietHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield SlackClient(f"http://127.0.0.1:{server.server_address[1]}{EVENTS_PATH}", fake, settings)
    finally:
        server.shutdown()


class SlackClient:
    """Builds requests exactly as Slack sends them."""

    def __init__(self, url: str, fake: FakeSlack, settings) -> None:
        self.url, self.fake, self.settings = url, fake, settings
        self._ids = iter(range(10**6))
        self.sent: list[tuple[str, str]] = []  # (body, content type), to replay

    def send(self, body: str, content_type: str, secret: str = SECRET, timestamp: int | None = None,
             headers: dict | None = None) -> tuple[int, str]:
        self.sent.append((body, content_type))
        return post(self.url, body, content_type, {**sign(secret, body, timestamp), **(headers or {})})

    def event(self, event: dict, **kwargs) -> tuple[int, str]:
        n = next(self._ids)
        body = json.dumps({
            "token": "verification-token", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
            "event_id": f"Ev{n:06d}{time.time_ns()}", "event_time": int(time.time()), "event": event,
            "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}],
        })
        return self.send(body, "application/json", **kwargs)

    def command(self, command: str, text: str, user: str = STAFF) -> tuple[int, str, str]:
        respond_path = f"respond/{next(self._ids)}"
        body = urllib.parse.urlencode({
            "token": "verification-token", "team_id": "T1", "team_domain": "policy", "channel_id": "C1",
            "channel_name": "sma", "user_id": user, "user_name": user.lower(), "command": command, "text": text,
            "api_app_id": "A1", "is_enterprise_install": "false", "trigger_id": f"{time.time_ns()}.1.2",
            "response_url": f"{self.fake.api_url}{respond_path}",
        })
        status, reply = self.send(body, "application/x-www-form-urlencoded")
        return status, reply, respond_path

    def click(self, action_id: str, value: str, user: str = STAFF, block_id: str | None = None,
              element: str = "button", **kwargs) -> tuple[int, str, str]:
        respond_path = f"respond/{next(self._ids)}"
        payload = {
            "type": "block_actions", "user": {"id": user, "username": user.lower(), "team_id": "T1"},
            "api_app_id": "A1", "token": "verification-token", "trigger_id": f"{time.time_ns()}.1.3", "team": {"id": "T1"},
            "container": {"type": "message", "message_ts": "1800000000.000001", "channel_id": "C1"},
            "channel": {"id": "C1", "name": "sma"}, "response_url": f"{self.fake.api_url}{respond_path}",
            "actions": [{"action_id": action_id, "block_id": block_id or f"answer_{value}", "value": value,
                         "type": element, "action_ts": str(time.time())}],
        }
        body = urllib.parse.urlencode({"payload": json.dumps(payload)})
        status, reply = self.send(body, "application/x-www-form-urlencoded", **kwargs)
        return status, reply, respond_path

    def home_click(self, action_id: str, value: str, user: str = STAFF, block_id: str = "home",
                   **kwargs) -> tuple[int, str]:
        """A button click in the app's Home tab: a block_actions payload from a view, with no response_url."""
        payload = {
            "type": "block_actions", "user": {"id": user, "username": user.lower(), "team_id": "T1"},
            "api_app_id": "A1", "token": "verification-token", "trigger_id": f"{time.time_ns()}.1.4", "team": {"id": "T1"},
            "container": {"type": "view", "view_id": "VHOME"},
            "view": {"id": "VHOME", "type": "home", "callback_id": "", "private_metadata": "", "blocks": []},
            "actions": [{"action_id": action_id, "block_id": block_id, "value": value, "type": "button",
                         "action_ts": str(time.time())}],
        }
        return self.send(urllib.parse.urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded",
                         **kwargs)

    def submit_view(self, callback_id: str, private_metadata: str, values: dict, user: str = STAFF,
                    **kwargs) -> tuple[int, str]:
        """A modal's view_submission: values as Slack sends them, {block_id: {action_id: {...}}}."""
        payload = {
            "type": "view_submission", "team": {"id": "T1"}, "api_app_id": "A1", "token": "verification-token",
            "user": {"id": user, "username": user.lower(), "team_id": "T1"}, "trigger_id": f"{time.time_ns()}.1.5",
            "view": {"id": "VMODAL", "type": "modal", "callback_id": callback_id, "private_metadata": private_metadata,
                     "state": {"values": values}, "blocks": []},
        }
        return self.send(urllib.parse.urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded",
                         **kwargs)

    def assistant_thread_started(self, channel: str, thread_ts: str, user: str = STAFF, **kwargs) -> tuple[int, str]:
        """What Slack sends when a user opens the assistant panel (a new assistant thread)."""
        return self.event({"type": "assistant_thread_started", "event_ts": f"{time.time():.6f}", "assistant_thread": {
            "user_id": user, "context": {"channel_id": "C1", "team_id": "T1", "enterprise_id": None},
            "channel_id": channel, "thread_ts": thread_ts}}, **kwargs)

    def app_home_opened(self, channel: str, tab: str = "messages", user: str = STAFF, **kwargs) -> tuple[int, str]:
        """What Slack sends when a user opens the app's Messages tab (the agent view's entry point) or Home tab."""
        return self.event({"type": "app_home_opened", "user": user, "channel": channel, "tab": tab,
                           "event_ts": f"{time.time():.6f}"}, **kwargs)

    def channel_message(self, channel: str, text: str, thread_ts: str | None = None, user: str = STAFF,
                        **extra) -> tuple[int, dict]:
        """A message in a channel the bot is in (message.channels): (HTTP status, event)."""
        ts = f"{time.time():.6f}"
        event = {"user": user, "type": "message", "ts": ts, "text": text, "team": "T1", "channel": channel,
                 "event_ts": ts, "channel_type": "channel", **({"thread_ts": thread_ts} if thread_ts else {}), **extra}
        return self.event(event)[0], event

    def direct_message(self, channel: str, text: str, user: str = STAFF, thread_ts: str | None = None,
                       **kwargs) -> tuple[int, dict]:
        """A user's message in the app's DM / Messages tab (message.im): (HTTP status, event)."""
        ts = f"{time.time():.6f}"
        event = {"user": user, "type": "message", "ts": ts, "text": text, "team": "T1", "channel": channel,
                 "event_ts": ts, "channel_type": "im", **({"thread_ts": thread_ts} if thread_ts else {})}
        return self.event(event, **kwargs)[0], event

    def assistant_message(self, channel: str, thread_ts: str, text: str, user: str = STAFF,
                          **kwargs) -> tuple[int, dict]:
        """A user's message in an assistant thread (a message.im event with thread_ts): (HTTP status, event)."""
        ts = f"{time.time():.6f}"
        event = {"user": user, "type": "message", "ts": ts, "text": text, "team": "T1", "thread_ts": thread_ts,
                 "parent_user_id": "UBOT", "channel": channel, "event_ts": ts, "channel_type": "im"}
        return self.event(event, **kwargs)[0], event
