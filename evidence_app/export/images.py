"""The pictures the dossier shows: each photo as it is, or a downscaled copy when it is large.

The full-resolution working copy goes into ``media/`` only. The PDF and the HTML show a copy no
larger than ``MAX_DISPLAY_PIXELS`` on its long side (about 230 dpi across an A4 text width):
a 12-megapixel photo would otherwise be carried twice more in full. A JPEG that is small enough
is shown as it is (its bytes go into the PDF unchanged, DCT; the HTML shows ``media/`` itself);
a larger one is re-encoded once by Pillow at ``DISPLAY_QUALITY`` and stored once, as
``shown/<ref>.<ext>`` beside ``media/`` in the bag, for the HTML (the PDF embeds the same
bytes). Pillow writes no metadata unless asked, and the leak gate inspects every display copy
exactly as it inspects the media files (``leakgate.check_media``).
"""

from __future__ import annotations

import io
import math
import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from PIL import Image

from ..media.base import MediaType
from .collect import MediaOut
from .content import Content
from .content import read as read_content
from .spool import Spool

MAX_DISPLAY_PIXELS = 1600
SHOWN_FOLDER = "shown"  # under data/, beside media/ (formats.SHOWN_DIR)
DISPLAY_QUALITY = 85


@dataclass(frozen=True)
class DisplayImage:
    ref: str
    media_type: MediaType
    width: int
    height: int
    downscaled: bool
    # A photo shown as it is is the media file itself, read again when the PDF embeds it.
    content: Content = field(repr=False)
    # Where the HTML finds it, relative to dossier.html: the media file itself, or its shown copy.
    path: str = ""

    @property
    def data(self) -> bytes:
        return read_content(self.content)


def display_copy(m: MediaOut, spool: Spool) -> DisplayImage | None:
    """The picture shown for ``m``, or None when it is not shown inline (audio, video, TIFF...).
    A downscaled copy is kept in ``spool`` (encrypted, on disk), not in memory."""
    if not m.inline:
        return None
    data = m.data
    with Image.open(io.BytesIO(data)) as img:
        width, height = img.size
        if max(width, height) <= MAX_DISPLAY_PIXELS:
            return DisplayImage(m.ref, m.media_type, width, height, False, m.content, f"media/{m.file_name}")
        # JPEG: decode at the smallest DCT scale (1/2, 1/4, 1/8) still at least the shown size. The
        # size asked for keeps the photo's aspect: a square box would make a 4000x3000 photo's
        # height (1500 at 1/2) "too small" and decode it whole, four times the work.
        scale = MAX_DISPLAY_PIXELS / max(width, height)
        img.draft("RGB", (math.ceil(width * scale), math.ceil(height * scale)))
        small = img.convert("RGB") if m.media_type is MediaType.JPEG else img.copy()
    small.thumbnail((MAX_DISPLAY_PIXELS, MAX_DISPLAY_PIXELS), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    if m.media_type is MediaType.JPEG:
        small.save(out, "JPEG", quality=DISPLAY_QUALITY, optimize=True)
        extension = "jpg"
    else:
        small.save(out, "PNG", optimize=True)
        extension = "png"
    path = f"{SHOWN_FOLDER}/{m.ref}.{extension}"
    stored = spool.put(out.getbuffer())
    return DisplayImage(m.ref, m.media_type, small.width, small.height, True, stored, path)


def display_copies(media: Sequence[MediaOut], spool: Spool) -> dict[str, DisplayImage]:
    """Every shown picture, made on all cores: Pillow decodes, scales and encodes without the GIL,
    and the downscaling is most of an export's time per photo. The copies are kept in ``spool``:
    held until the zip, they made an export's memory grow with its photos."""
    workers = max(1, min(len(media), os.cpu_count() or 1))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        copies = list(pool.map(lambda m: display_copy(m, spool), media))
    return {m.ref: copy for m, copy in zip(media, copies, strict=True) if copy is not None}
