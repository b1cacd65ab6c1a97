"""The app never opens a network connection; the suite-wide guard itself must work."""

from __future__ import annotations

import os
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
                    if path == FD_PASSING and name == "socket":
                        continue  # checked name by name below
                    bad = root in forbidden_roots or any(name == f or name.startswith(f + ".") for f in forbidden)
                    assert not bad, f"{path}: imports {name}"


# The one module that may import ``socket``: it hands a parser process a read-only descriptor of
# the file to read, over a Unix socket pair made for that child. It may use these names of the
# module and no other (no connect, bind, listen, create_connection, getaddrinfo, AF_INET...).
FD_PASSING = conftest.PROJECT / "evidence_app" / "media" / "fdpass.py"
FD_PASSING_NAMES = {"socket", "socketpair", "send_fds", "recv_fds", "AF_UNIX", "SOCK_STREAM"}


def test_the_descriptor_channel_uses_only_unix_socket_pairs() -> None:
    import ast

    tree = ast.parse(FD_PASSING.read_text(encoding="utf-8"))
    used = {
        node.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "socket"
    }
    assert used <= FD_PASSING_NAMES, f"fdpass.py uses socket.{sorted(used - FD_PASSING_NAMES)}"
    # The socket objects themselves: only the family check and these calls.
    methods = {
        node.func.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Attribute)
        and node.func.value.attr == "_sock"
    }
    assert methods <= {"fileno", "close"}, methods
    # ``socket.socket`` is called only to adopt an inherited descriptor, never to make a socket.
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "socket":
            assert [k.arg for k in node.keywords] == ["fileno"] and not node.args

    from evidence_app.media import fdpass

    if not fdpass.AVAILABLE:
        pytest.skip("descriptors cannot be handed over on this platform")
    ours, theirs = fdpass.pair()
    try:
        r, w = os.pipe()
        try:
            ours.send(r)
            (received,) = theirs.receive(1)
            os.write(w, b"x")
            assert os.read(received, 1) == b"x"  # the same pipe, through the channel
            os.close(received)
        finally:
            os.close(r)
            os.close(w)
        inet = socket.socket(socket.AF_INET, socket.SOCK_STREAM)  # never connected; closed by adopt
        with pytest.raises(ValueError, match="Unix socket"):
            fdpass.adopt(inet.detach())
    finally:
        ours.close()
        theirs.close()


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
