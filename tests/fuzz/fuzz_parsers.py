"""Fuzz entry points for every parser of foreign bytes, for atheris (runnable by hand).

    pip install atheris
    python tests/fuzz/fuzz_parsers.py jpeg [atheris/libFuzzer options, e.g. -max_total_time=600]

Targets: jpeg, png, raster (TIFF/WebP/GIF/BMP/HEIC/AVIF via detection), detect, vault-header, age-header,
bundle (dossier zip verify), audio, pdf. Each target accepts any bytes; the only acceptable
failures are the project's own errors (EvidenceError / CryptoError). Anything else — a crash, a
hang, another exception — is a finding. Without atheris, ``--smoke N`` runs N random inputs per
target (used by tests/hardening/test_fuzz_entry.py so the entry points keep working), starting
with each seed unmutated; ``REACHED`` counts the detected formats whose sanitizer ran to the end,
so a test can tell that the raster inputs get past detection.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from crypto import age
from crypto import header as vault_header
from crypto.errors import CryptoError
from evidence_app.errors import EvidenceError
from evidence_app.media.base import MediaType
from evidence_app.media.detect import detect_bytes
from evidence_app.media.registry import sanitizer_for

EXPECTED = (EvidenceError, CryptoError)
REACHED: Counter[MediaType] = Counter()  # detected type -> inputs its sanitizer took to the end


def _sanitize(media_type: MediaType) -> Callable[[bytes], None]:
    def run(data: bytes) -> None:
        sanitizer = sanitizer_for(media_type)
        sanitizer.inspect(io.BytesIO(data))
        sanitizer.sanitize(io.BytesIO(data), io.BytesIO())

    return run


def _any_detected(data: bytes) -> None:
    media_type = detect_bytes(data)
    if media_type is not None:
        with contextlib.suppress(EvidenceError):
            _sanitize(media_type)(data)
            REACHED[media_type] += 1


def _vault_header(data: bytes) -> None:
    vault_header.VaultHeader.from_bytes(data)


def _age_header(data: bytes) -> None:
    age.check_header(io.BytesIO(data))


def _bundle(data: bytes) -> None:
    from evidence_app.export import verify_bundle

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bundle.zip"
        path.write_bytes(data)
        verify_bundle(path)


TARGETS: dict[str, Callable[[bytes], object]] = {
    "jpeg": _sanitize(MediaType.JPEG),
    "png": _sanitize(MediaType.PNG),
    "raster": _any_detected,
    "detect": detect_bytes,
    "vault-header": _vault_header,
    "age-header": _age_header,
    "bundle": _bundle,
    "audio": _sanitize(MediaType.WAV),
    "pdf": _sanitize(MediaType.PDF),
}


def _raster_seeds() -> tuple[bytes, ...]:
    """A small whole picture in each format a raster sanitizer takes that Pillow can write (PSD it
    cannot), written by that format's own encoder: mutations of these reach the sanitizer, where a
    few header bytes would stop at detection."""
    import pillow_heif
    from PIL import Image

    pillow_heif.register_heif_opener()
    picture = Image.new("RGB", (8, 8), (200, 40, 90))
    seeds = []
    for kind in ("GIF", "TIFF", "WEBP", "BMP", "HEIF", "AVIF"):
        out = io.BytesIO()
        picture.save(out, kind)
        seeds.append(out.getvalue())
    return tuple(seeds)


SEEDS: dict[str, tuple[bytes, ...]] = {
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9",),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00",),
    "raster": _raster_seeds(),
    "vault-header": (b"EVVAULT\x00\x00\x01\x00\x00\x00\x02{}" + bytes(32),),
    "age-header": (b"age-encryption.org/v1\n-> X25519 abc\nYWJj\n--- bWFj\n",),
    "bundle": (b"PK\x03\x04" + bytes(26),),
    "audio": (
        b"RIFF\x24\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00@\x1f\x00\x00\x80>\x00\x00\x02\x00\x10\x00",
    ),
    "pdf": (b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF",),
}


def one_input(target: Callable[[bytes], object], data: bytes) -> None:
    with contextlib.suppress(*EXPECTED):
        target(data)


def smoke(name: str, runs: int, seed: int = 0) -> None:
    rng = random.Random(seed)
    seeds = SEEDS.get(name, (b"",))
    for run in range(runs):
        data = bytearray(seeds[run % len(seeds)])
        for _ in range(rng.randint(0, 8) if run >= len(seeds) else 0):
            if data and rng.random() < 0.6:
                data[rng.randrange(len(data))] = rng.randrange(256)
            else:
                data[rng.randrange(len(data) + 1) : 0] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        one_input(TARGETS[name], bytes(data))


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(TARGETS)}}} [--smoke N | atheris options]")
    name = sys.argv[1]
    if len(sys.argv) >= 4 and sys.argv[2] == "--smoke":
        smoke(name, int(sys.argv[3]))
        return
    import atheris

    target = TARGETS[name]
    atheris.Setup([sys.argv[0], *sys.argv[2:]], lambda data: one_input(target, data))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
