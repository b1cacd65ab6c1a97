"""The ``evidence-app`` command line (see main.py; one ``*_cmd.py`` module per command family)."""

from ._common import PROG, UsageError, _Stdin
from .main import build_parser, main

__all__ = ["PROG", "UsageError", "_Stdin", "build_parser", "main"]
