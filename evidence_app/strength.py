"""Passphrase strength, estimated with zxcvbn (dictionary words, names, dates, keyboard patterns,
l33t substitutions), so "Password2024!" scores as weak even though it mixes character classes.

It is advice, never a gate beyond the minimum length: a researcher in the field decides. Only the
first 128 characters are scored (zxcvbn's cost grows with length; longer is strong anyway).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

MIN_PASSPHRASE = 8
MAX_SCORE = 4
_SCORED_PREFIX = 128


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (unusable) .. 4 (strong), zxcvbn's scale
    bits: float  # log2 of the estimated guesses
    warning: str  # zxcvbn's warning, English, may be empty


def estimate(passphrase: str) -> Strength:
    if len(passphrase) < MIN_PASSPHRASE or not passphrase.strip():
        return Strength(0, 0.0, "")
    from zxcvbn import zxcvbn  # loads its dictionaries: only when a passphrase is being chosen

    result = zxcvbn(passphrase[:_SCORED_PREFIX])
    bits = float(result["guesses_log10"]) * math.log2(10)
    warning = str(result.get("feedback", {}).get("warning") or "")
    return Strength(int(result["score"]), bits, warning)
