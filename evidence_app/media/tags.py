"""Shared helpers to turn metadata keys and values of audio, video and documents into findings.

Every tag of these formats is dropped from the working copy whatever its category; the category
only tells the researcher *what* the original carried (a place, a device, a name, a date).
"""

from __future__ import annotations

import re

from .base import Category, Finding

_RULES: tuple[tuple[Category, tuple[str, ...]], ...] = (
    (Category.GPS, ("gps", "xyz", "location", "iso6709", "latitude", "longitude", "geotag", "coordinates")),
    (Category.SERIAL, ("serial", "uuid", "rsid", "identifier", "device id", "imei")),
    (
        Category.DEVICE,
        ("make", "model", "mak", "mod", "device", "camera", "recorder", "manufacturer", "lens", "originator"),
    ),
    (
        Category.SOFTWARE,
        (
            "software",
            "swr",
            "too",
            "encoder",
            "encoded",
            "tsse",
            "tenc",
            "vendor",
            "generator",
            "application",
            "appversion",
            "isft",
        ),
    ),
    (
        Category.DATE,
        (
            "date",
            "day",
            "time",
            "year",
            "tdrc",
            "tyer",
            "tdat",
            "tdor",
            "tdrl",
            "icrd",
            "created",
            "modified",
            "printed",
        ),
    ),
    (
        Category.OWNER,
        (
            "author",
            "artist",
            "art",
            "aut",
            "own",
            "copyright",
            "cprt",
            "creator",
            "composer",
            "tpe",
            "tcom",
            "toly",
            "text",
            "iart",
            "icop",
            "ieng",
            "itch",
            "lastmodifiedby",
            "company",
            "manager",
            "publisher",
            "person",
            "user",
            "name",
        ),
    ),
    (
        Category.COMMENT,
        (
            "comment",
            "cmt",
            "comm",
            "description",
            "des",
            "desc",
            "icmt",
            "keywords",
            "subject",
            "lyrics",
            "uslt",
            "note",
        ),
    ),
    (Category.THUMBNAIL, ("picture", "apic", "covr", "cover", "thumbnail", "pict")),
    (Category.XMP, ("xmp",)),
)


def categorize(key: str) -> Category:
    """A best-effort category for a metadata key (ID3 frame, MP4 atom, Vorbis field, XML element)."""
    lowered = key.lower()
    words = set(re.split(r"[^a-z0-9]+", lowered))
    for category, needles in _RULES:
        for needle in needles:
            if needle in words or (len(needle) > 4 and needle in lowered):
                return category
    return Category.TEXT


def shorten(value: object, limit: int = 80) -> str:
    """A human-readable, single-line, shortened form of a value; binary is summarised."""
    if isinstance(value, bytes | bytearray):
        text = bytes(value).decode("utf-8", "replace")
        if sum(1 for ch in text if ch.isprintable()) < len(text) * 0.8:
            return f"({len(value)} bytes of binary data)"
    else:
        text = str(value)
    text = "".join(ch if ch.isprintable() else " " for ch in text)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def finding(key: str, value: object, category: Category | None = None) -> Finding:
    """A risky finding: in these formats every tag is removed, so every tag is flagged."""
    return Finding(category or categorize(key), key, shorten(value), True)


def structure(key: str, value: object) -> Finding:
    return Finding(Category.STRUCTURE, key, shorten(value), False)
