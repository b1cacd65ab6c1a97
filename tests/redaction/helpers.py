"""Shared builders for the redaction tests."""

from __future__ import annotations

from collections.abc import Sequence

from evidence_app.model import Consent, Person, RiskLevel, Role, Stamp

_STAMP = Stamp("tester", "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z")


def make_person(
    full_name: str,
    *,
    aliases: Sequence[str] = (),
    transliterations: Sequence[str] = (),
    phones: Sequence[str] = (),
    emails: Sequence[str] = (),
    protected: bool = True,
    pseudonym: str = "Source A",
    person_id: str | None = None,
) -> Person:
    return Person(
        id=person_id or f"id-{full_name}-{pseudonym}",
        full_name=full_name,
        aliases=tuple(aliases),
        transliterations=tuple(transliterations),
        phones=tuple(phones),
        emails=tuple(emails),
        nationality="",
        languages=(),
        role=Role.SOURCE if protected else Role.OFFICIAL,
        protected=protected,
        pseudonym=pseudonym,
        consent=Consent(),
        risk=RiskLevel.HIGH,
        notes="",
        tags=(),
        stamp=_STAMP,
    )
