"""Handing an open file to a parser process: the one module of the app that uses ``socket``.

A parser process reads a long recording where it lies, through a read-only descriptor the vault
process hands it (SCM_RIGHTS) over a Unix socket pair that the vault process makes for its own
child before starting it. What must never happen here: a socket of any other family, or any
connect, bind, listen or name lookup. Nothing in the app talks to a network;
tests/hardening/test_no_network.py allows ``socket`` in this file alone and checks which of its
names this file uses.
"""

from __future__ import annotations

import os
import socket

AVAILABLE = os.name == "posix" and hasattr(socket, "send_fds")
"""Whether descriptors can be handed over here (not on Windows)."""


class Channel:
    """One end of a Unix socket pair that carries descriptors (and one byte with each)."""

    def __init__(self, sock: socket.socket) -> None:
        if sock.family != socket.AF_UNIX:
            sock.close()
            raise ValueError("a descriptor channel is a Unix socket")
        self._sock = sock

    def fileno(self) -> int:
        return self._sock.fileno()

    def send(self, fd: int) -> None:
        socket.send_fds(self._sock, [b"f"], [fd])

    def receive(self, max_fds: int) -> list[int]:
        _, fds, _, _ = socket.recv_fds(self._sock, 16, max_fds)
        return list(fds)

    def close(self) -> None:
        self._sock.close()


def pair() -> tuple[Channel, Channel]:
    """A connected pair of channels: one end kept, one end inherited by the child."""
    ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    return Channel(ours), Channel(theirs)


def adopt(fileno: int) -> Channel:
    """The child's end, from the descriptor number it inherited (refused unless a Unix socket)."""
    return Channel(socket.socket(fileno=fileno))
