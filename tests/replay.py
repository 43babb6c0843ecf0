"""A local HTTP server that replays recorded (or constructed) store responses.

Adapters run against it unchanged through ``KORZINA_<STORE>_BASE_URL`` (the real API
paths stay under the new base URL), so a test exercises the real request-building and
response-parsing code over real HTTP on 127.0.0.1, in-process or from a subprocess.

    routes = [Route("GET", "/api/catalog/v3/stores/35XY/search", body_file=path)]
    with ReplayServer(routes) as server:
        env = {"KORZINA_PYATEROCHKA_BASE_URL": server.url + "/api"}
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    at: float = field(default_factory=time.monotonic)  # when it arrived (pace checks)

    def json(self) -> Any:
        return json.loads(self.body or b"null")


@dataclass
class Route:
    """One canned response. ``path`` is exact, or a regex when ``regex=True``.

    ``query`` must be a subset of the request's query (values compared as lists of
    strings); ``when`` is an extra predicate on the request (e.g. the JSON body's page).
    ``times`` limits how often the route answers (then later routes are tried).
    """

    method: str
    path: str
    status: int = 200
    body: bytes | str | None = None
    body_file: Path | None = None
    json_body: Any = None
    content_type: str = "application/json; charset=utf-8"
    headers: Mapping[str, str] = field(default_factory=dict)
    query: Mapping[str, str | Sequence[str]] = field(default_factory=dict)
    when: Callable[[RecordedRequest], bool] | None = None
    regex: bool = False
    times: int | None = None
    used: int = 0
    delay_s: float = 0.0  # wait this long before answering (a store's latency, benchmarks)

    def matches(self, req: RecordedRequest) -> bool:
        if self.method.upper() != req.method:
            return False
        if self.regex:
            if not re.fullmatch(self.path, req.path):
                return False
        elif self.path != req.path:
            return False
        for key, want in self.query.items():
            wanted = [want] if isinstance(want, str) else list(want)
            if req.query.get(key) != wanted:
                return False
        if self.when is not None and not self.when(req):
            return False
        return self.times is None or self.used < self.times

    def payload(self) -> bytes:
        if self.body_file is not None:
            return self.body_file.read_bytes()
        if self.json_body is not None:
            return json.dumps(self.json_body, ensure_ascii=False).encode()
        if isinstance(self.body, str):
            return self.body.encode()
        return self.body or b""


class ReplayServer:
    """Serves ``routes`` on 127.0.0.1 (a free port) from a background thread.

    Unmatched requests get 404 with a JSON body naming the request, so a test that
    forgot a route fails loudly. ``requests`` records everything received.
    """

    def __init__(self, routes: Sequence[Route]) -> None:
        self.routes = list(routes)
        self.requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # silence stderr
                return

            def _handle(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                req = RecordedRequest(
                    method=self.command,
                    path=parts.path,
                    query=parse_qs(parts.query, keep_blank_values=True),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=self.rfile.read(length) if length else b"",
                )
                with server._lock:
                    server.requests.append(req)
                    route = next((r for r in server.routes if r.matches(req)), None)
                    if route is not None:
                        route.used += 1
                if route is None:
                    payload = json.dumps(
                        {"replay": "no route", "method": req.method, "path": self.path}
                    ).encode()
                    status, ctype, headers = 404, "application/json", {}
                else:
                    if route.delay_s > 0:
                        time.sleep(route.delay_s)  # this request's thread only
                    payload = route.payload()
                    status, ctype, headers = route.status, route.content_type, route.headers
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(payload)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_DELETE = _handle

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def __enter__(self) -> ReplayServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)


KORZINA = Path(sys.executable).parent / "korzina"


def run_korzina(
    args: Sequence[str], env_extra: Mapping[str, str], tmp_path: Path
) -> tuple[int, Any, str]:
    """Run the installed ``korzina`` command as a user would, isolated in ``tmp_path``.

    Returns the exit code, the parsed JSON of stdout (None when empty) and stderr.
    The developer's own ``KORZINA_*`` settings never leak in; ``env_extra`` wins.
    """
    code, out, err = run_korzina_text(args, env_extra, tmp_path)
    data = json.loads(out) if out.strip() else None
    return code, data, err


def run_korzina_text(
    args: Sequence[str], env_extra: Mapping[str, str], tmp_path: Path, *, stdin: str = ""
) -> tuple[int, str, str]:
    """``run_korzina`` for what people read: the exit code, stdout and stderr as text."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KORZINA_")}
    env.update(
        KORZINA_DB=str(tmp_path / "korzina.duckdb"),
        KORZINA_CONFIG=str(tmp_path / "no-config.toml"),
    )
    env.update(env_extra)
    proc = subprocess.run(
        [str(KORZINA), *args],
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return proc.returncode, proc.stdout, proc.stderr
