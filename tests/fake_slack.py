"""A local fake of the Slack Web API that records calls and answers the way Slack does, plus request signing."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class FakeSlack:
    """Serves /api/<method>, response URLs (/respond/...) and file uploads (/upload/...) on 127.0.0.1."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict]] = []
        self.uploads: list[bytes] = []
        self.threads: dict[tuple[str, str], list[dict]] = {}
        self.usergroups: dict[str, list[str]] = {}
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
                with fake._lock:
                    fake.calls.append((name, params))
                self._reply(200, json.dumps(fake.answer(name, params)).encode(), "application/json")

            do_GET = do_POST

            def _reply(self, status: int, body: bytes, content_type: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.api_url = self.url + "/api/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self, name: str, params: dict) -> dict:
        if name.startswith("respond/"):
            return {"ok": True}
        if name == "auth.test":
            return {"ok": True, "user_id": "UBOT", "bot_id": "BBOT", "team_id": "T1", "user": "smabot"}
        if name == "chat.postMessage":
            ts = f"1800000000.{next(self._ts):06d}"
            return {"ok": True, "channel": params.get("channel"), "ts": ts, "message": {"ts": ts, "text": params.get("text")}}
        if name in ("chat.update", "chat.postEphemeral"):
            return {"ok": True, "channel": params.get("channel"), "ts": params.get("ts", "1800000000.999999")}
        if name == "conversations.replies":
            return {"ok": True, "messages": self.threads.get((params.get("channel"), params.get("ts")), [])}
        if name == "usergroups.users.list":
            return {"ok": True, "users": self.usergroups.get(params.get("usergroup"), [])}
        if name == "files.getUploadURLExternal":
            file_id = f"F{next(self._ts)}"
            return {"ok": True, "upload_url": f"{self.url}/upload/{file_id}", "file_id": file_id}
        if name == "files.completeUploadExternal":
            files = json.loads(params.get("files", "[]"))
            return {"ok": True, "files": [{"id": f["id"], "title": f.get("title")} for f in files]}
        return {"ok": False, "error": "unknown_method"}

    def called(self, name: str) -> list[dict]:
        with self._lock:
            return [params for method, params in self.calls if method == name]

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
