"""The first-run dialog's strength meter uses the domain's estimate (zxcvbn)."""

from __future__ import annotations

from evidence_app.strength import MAX_SCORE, Strength, estimate

__all__ = ["MAX_SCORE", "Strength", "estimate"]
