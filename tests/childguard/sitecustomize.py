"""Loaded by every Python child process the test suite starts (conftest puts this folder on
PYTHONPATH): installs the same network guard as the suite and records any attempt in the file
named by EVIDENCE_NETGUARD_LOG, which conftest checks when the session ends."""

from __future__ import annotations

import os
import socket
import sys

_LOG = os.environ.get("EVIDENCE_NETGUARD_LOG")
_EVENTS = {
    "socket.connect",
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyname_ex",
    "socket.gethostbyaddr",
    "socket.sendto",
    "socket.sendmsg",
    "urllib.Request",
    "http.client.connect",
}


def _hook(event: str, args: tuple[object, ...]) -> None:
    if event not in _EVENTS:
        return
    if (
        event in {"socket.connect", "socket.sendto", "socket.sendmsg"}
        and args
        and (getattr(args[0], "family", None) == getattr(socket, "AF_UNIX", object()))
    ):
        return
    if _LOG:
        with open(_LOG, "a", encoding="utf-8") as fh:
            fh.write(f"child {os.getpid()}: {event} {args[1:]!r}"[:200] + "\n")
    raise RuntimeError(f"network access attempted during tests: {event}")


if _LOG:
    sys.addaudithook(_hook)
