"""Where in a case an exported text is, and how a site was generalised: the dry run's structured
locations. ``str()`` of each is the CLI's listing form; the window words them for a researcher
(ui/export_words.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


def short_id(item_id: str) -> str:
    return item_id[:8]


@dataclass(frozen=True)
class Where:
    """Where in the case a text is: which record (by its dossier reference, e.g. ``T1``) and which
    field. ``str()`` is the CLI's listing form (``testimony T1 (6d423b54) transcript``); the window
    words it for a researcher from the fields."""

    record: str  # "case", "person", "site", "testimony", "note", "media" or "organization"
    ref: str = ""  # the dossier's reference: "P1", "S2", "T1", "N1", "0001"
    item_id: str = field(default="", repr=False)
    field_name: str = ""  # "title", "name", "transcript", ... ("" for a note's text)

    def __str__(self) -> str:
        parts = [self.record, self.ref, f"({short_id(self.item_id)})" if self.item_id else "", self.field_name]
        return " ".join(p for p in parts if p)


class GeneralisedBecause(Enum):
    SENSITIVE = "sensitive, only its province is exported"
    COORDINATES = "coordinates left out (allow gps to export them)"


@dataclass(frozen=True)
class Generalisation:
    """A site exported with less than the vault holds; ``str()`` is the CLI's line."""

    place: Where
    because: GeneralisedBecause

    def __str__(self) -> str:
        return f"{self.place}: {self.because.value}"
