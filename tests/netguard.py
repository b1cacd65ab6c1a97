"""The suite-wide network guard, in its own module so it is installed exactly once however many
ways the test modules import each other."""

from __future__ import annotations

import socket
import sys

_NETWORK_EVENTS = {
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyname_ex",
    "socket.gethostbyaddr",
    "socket.sendto",
    "socket.sendmsg",
    "urllib.Request",
    "http.client.connect",
    "ftplib.connect",
    "smtplib.connect",
}
# Every attempt is recorded as well as refused: code under test that swallows the exception still
# fails the run (see conftest.pytest_sessionfinish), so "nothing opens a network connection" is
# proven for the whole suite, not only where an exception happens to surface.
ATTEMPTS: list[str] = []
_installed = False


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event not in _NETWORK_EVENTS:
        return
    # Unix-domain sockets (local IPC such as a display server) are not network traffic.
    local = getattr(socket, "AF_UNIX", object())
    if (
        event in {"socket.connect", "socket.sendto", "socket.sendmsg"}
        and args
        and (getattr(args[0], "family", None) == local)
    ):
        return
    ATTEMPTS.append(f"{event} {args[1:]!r}"[:200])
    raise RuntimeError(f"network access attempted during tests: {event}")


def install() -> None:
    global _installed
    if not _installed:
        sys.addaudithook(_hook)  # audit hooks cannot be removed: install once
        _installed = True
