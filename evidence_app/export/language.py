"""A paragraph's language tag and direction, from its characters: for the ``lang``/``dir`` of
dossier.html and the ``/Lang`` and direction of dossier.pdf, so both say the same.

Kept apart from ``pdfdoc`` so the HTML (and everything that imports the export package, such as
``evidence-app verify`` and the GUI at start-up) does not load fpdf.
"""

from __future__ import annotations

import functools
import unicodedata

_RTL_CLASSES = frozenset({"R", "AL"})
_SCRIPT_LANG = (
    ("KHMER", "km"),
    ("THAI", "th"),
    ("MYANMAR", "my"),
    ("ARABIC", "ar"),
    ("CJK", "zh"),
    ("HIRAGANA", "ja"),
    ("KATAKANA", "ja"),
    ("HANGUL", "ko"),
)
# Letters only Vietnamese uses among the Latin languages of the project's field.
_VIETNAMESE = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


@functools.lru_cache(maxsize=4096)
def _script_tag(ch: str) -> str | None:
    """The language tag of a letter's script, or None for Latin (and any other script)."""
    if ch < "\u0250":  # Basic Latin to Latin Extended-B: no name to look up (most of any text)
        return None
    name = unicodedata.name(ch, "")
    for prefix, tag in _SCRIPT_LANG:
        if name.startswith(prefix):
            return tag
    return None


def language_of(text: str, default: str = "en") -> str:
    """A BCP 47 tag for a paragraph, from the script most of its letters are in."""
    if text.isascii():  # the common case, decided without looking at each letter
        return default
    counts: dict[str, int] = {}
    latin = 0
    vietnamese = False
    for ch in text:
        if not ch.isalpha():
            continue
        tag = _script_tag(ch)
        if tag is not None:
            counts[tag] = counts.get(tag, 0) + 1
        else:
            latin += 1
            vietnamese = vietnamese or ch.lower() in _VIETNAMESE
    if counts and max(counts.values()) >= latin:
        return max(counts.items(), key=lambda kv: kv[1])[0]
    if latin:
        return "vi" if vietnamese else default
    return default


def is_rtl(text: str) -> bool:
    """Whether the paragraph's first strong character is right-to-left (rule P2 of UAX #9)."""
    for ch in text:
        cls = unicodedata.bidirectional(ch)
        if cls in _RTL_CLASSES:
            return True
        if cls == "L":
            return False
    return False
