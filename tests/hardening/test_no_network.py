"""The app never opens a network connection; the suite-wide guard itself must work."""

from __future__ import annotations

import socket
import urllib.request

import pytest

from tests import conftest, netguard


def test_guard_refuses_and_records_connects() -> None:
    before = len(netguard.ATTEMPTS)
    with pytest.raises(RuntimeError, match="network access"):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    with pytest.raises(RuntimeError, match="network access"):
        socket.getaddrinfo("example.org", 443)
    with pytest.raises(RuntimeError, match="network access"):
        urllib.request.urlopen("http://127.0.0.1:9/")
    # The test's own deliberate attempts are removed so they don't fail the session.
    assert len(netguard.ATTEMPTS) >= before + 3
    del netguard.ATTEMPTS[before:]


def test_no_module_of_the_app_imports_network_libraries() -> None:
    import ast

    # urllib.parse is text processing (the leak gate decodes %-escapes); the rest talk to networks.
    forbidden_roots = {
        "socket",
        "ssl",
        "requests",
        "httpx",
        "aiohttp",
        "ftplib",
        "smtplib",
        "xmlrpc",
        "telnetlib",
        "websocket",
        "websockets",
        "asyncio",
    }
    forbidden = {"urllib.request", "http.client", "http.server", "PySide6.QtNetwork"}
    for package in ("crypto", "evidence_app", "ui"):
        for path in (conftest.PROJECT / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                names: list[str] = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                for name in names:
                    root = name.split(".")[0]
                    bad = root in forbidden_roots or any(name == f or name.startswith(f + ".") for f in forbidden)
                    assert not bad, f"{path}: imports {name}"


def test_child_processes_are_guarded_too() -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    log = Path(os.environ["EVIDENCE_NETGUARD_LOG"])
    before = log.read_text(encoding="utf-8") if log.exists() else ""
    code = "import socket\ntry:\n    socket.getaddrinfo('example.org', 80)\nexcept RuntimeError as e:\n    print(e)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "network access attempted" in out.stdout
    # Take the deliberate attempt back out of the log so it does not fail the session.
    log.write_text(before, encoding="utf-8")
