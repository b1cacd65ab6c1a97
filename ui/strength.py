"""A simple passphrase strength hint for the first-run dialog.

Length and character variety only, with a penalty for repeated characters. It is a hint to
nudge towards long passphrases, not a guarantee; a dictionary-aware estimator (zxcvbn) is
planned to replace it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from evidence_app.vault import MIN_PASSPHRASE

MAX_SCORE = 4


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (unusable) .. 4 (strong)
    bits: float  # a crude entropy estimate


def estimate(passphrase: str) -> Strength:
    if len(passphrase) < MIN_PASSPHRASE or not passphrase.strip():
        return Strength(0, 0.0)
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(c.isspace() for c in passphrase):
        pool += 1
    if any(not (c.isalnum() or c.isspace()) for c in passphrase):
        pool += 32
    if any(ord(c) > 127 and c.isalpha() for c in passphrase):
        pool += 50  # letters of other scripts
    # Repeats add little: count each distinct character fully, repeats at a quarter.
    distinct = len(set(passphrase))
    effective = distinct + (len(passphrase) - distinct) / 4
    bits = effective * math.log2(max(pool, 2))
    if bits < 40:
        score = 1
    elif bits < 60:
        score = 2
    elif bits < 80:
        score = 3
    else:
        score = 4
    return Strength(score, bits)
