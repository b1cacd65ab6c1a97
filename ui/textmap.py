"""Mapping positions in a Qt text document to character offsets of the stored transcript.

The core stores redaction spans as Python string offsets (code points) into the transcript. A
``QTextDocument`` counts UTF-16 code units, and turns every line break (``\\n``, ``\\r\\n``, a
lone ``\\r``) into one block separator. ``TextMap`` aligns the two once per loaded text so that a
selection maps to exactly the characters the person selected, in any script.
"""

from __future__ import annotations

BLOCK_SEPARATOR = "\u2029"  # how QTextDocument.toRawText() shows a line break


def _utf16_units(ch: str) -> int:
    return 2 if ord(ch) > 0xFFFF else 1


class TextMap:
    """Built from the stored ``text`` and the document's ``toRawText()``."""

    def __init__(self, text: str, raw: str) -> None:
        self.text = text
        self.ok = True
        # raw index (code points) -> text index, for every raw position 0..len(raw)
        raw_to_text: list[int] = []
        i = j = 0
        while i < len(raw):
            raw_to_text.append(j)
            if j < len(text) and raw[i] == text[j]:
                j += 1
            elif raw[i] == BLOCK_SEPARATOR and j < len(text) and text[j] in "\r\n":
                j += 2 if text.startswith("\r\n", j) else 1
            else:
                self.ok = False
                break
            i += 1
        raw_to_text.append(j)
        if j != len(text):
            self.ok = False
        self._raw_to_text = raw_to_text
        # UTF-16 position -> raw index (positions inside a surrogate pair round down)
        utf16_to_raw: list[int] = []
        for index, ch in enumerate(raw):
            utf16_to_raw.extend([index] * _utf16_units(ch))
        utf16_to_raw.append(len(raw))
        self._utf16_to_raw = utf16_to_raw
        # text index -> UTF-16 position, for highlighting stored spans
        text_to_utf16 = [0] * (len(text) + 1)
        if self.ok:
            position = 0
            for index, ch in enumerate(raw):
                # both characters of a collapsed "\r\n" map to the separator's position
                for k in range(raw_to_text[index], raw_to_text[index + 1]):
                    text_to_utf16[k] = position
                position += _utf16_units(ch)
            text_to_utf16[len(text)] = position
        self._text_to_utf16 = text_to_utf16

    def to_text(self, qt_position: int) -> int:
        """The transcript offset of a document position."""
        qt_position = max(0, min(qt_position, len(self._utf16_to_raw) - 1))
        return self._raw_to_text[self._utf16_to_raw[qt_position]]

    def to_qt(self, text_offset: int) -> int:
        """The document position of a transcript offset."""
        text_offset = max(0, min(text_offset, len(self._text_to_utf16) - 1))
        return self._text_to_utf16[text_offset]


def document_text(raw: str) -> str:
    """A document's raw text as transcript text: block separators become ``\\n``, and nothing
    else changes (``toPlainText`` would also turn no-break spaces into spaces)."""
    return raw.replace(BLOCK_SEPARATOR, "\n")
