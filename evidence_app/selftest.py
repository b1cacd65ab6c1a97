"""``evidence-app --self-test``: proves that an installed or frozen app has working native parts.

A bundle can start and still be unfit for evidence: a SQLCipher build that quietly falls back to
plain SQLite, a HEIC codec left out, OpenCV without its face models, no fonts for Khmer or Thai.
Each check here drives the real component on tiny data and prints one line, ``OK   name: detail``
or ``FAIL name: reason``; any failure makes the exit status 1.

Safety: nothing here opens or even locates the user's vault. The only file written is the
SQLCipher probe, inside a fresh temporary folder that is deleted afterwards (and that file is
encrypted; the check fails if it is not). Everything else stays in memory.

This module must not import Qt (dependencies point down: ui -> evidence_app -> crypto); the Qt
platform check lives in ``ui/selftest_qt.py`` and the launcher passes it in through ``extra``.
"""

from __future__ import annotations

import importlib
import io
import os
import pkgutil
import secrets
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .resources import is_frozen, resource_path


class CheckFailed(Exception):
    """A check ran and found the component broken; the message is the one-line reason."""


@dataclass(frozen=True)
class Check:
    name: str
    run: Callable[[], str]  # returns a short detail on success, raises on failure


# --- SQLCipher ------------------------------------------------------------------------------------

_PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def check_sqlcipher() -> str:
    """Create a keyed database exactly as the vault does, then read the file's raw bytes."""
    from crypto.secret import SecretBytes

    from .db import open_database
    from .errors import VaultCorrupt

    marker = f"evidence-selftest-marker-{secrets.token_hex(8)}"
    key = SecretBytes(os.urandom(32))
    with tempfile.TemporaryDirectory(prefix="evidence-selftest-") as tmp:
        path = Path(tmp) / "probe.db"
        # open_database is the vault's own path: same keying, cipher settings and migrations.
        conn = open_database(path, key, create=True)
        try:
            version = conn.execute("PRAGMA cipher_version").fetchone()
            conn.execute("CREATE TABLE selftest_probe (value TEXT NOT NULL)")
            conn.execute("INSERT INTO selftest_probe (value) VALUES (?)", (marker,))
        finally:
            conn.close()
        if not version or not version[0]:
            raise CheckFailed("PRAGMA cipher_version is empty: this is plain SQLite, not SQLCipher")
        raw = path.read_bytes()
        if raw.startswith(_PLAIN_SQLITE_HEADER):
            raise CheckFailed("the database file starts with the plain 'SQLite format 3' header")
        if marker.encode() in raw:
            raise CheckFailed("the marker row is readable in the database file")
        # Encryption that cannot be read back, or that any key opens, is no encryption.
        conn = open_database(path, key)
        try:
            row = conn.execute("SELECT value FROM selftest_probe").fetchone()
            if row is None or row[0] != marker:
                raise CheckFailed("the marker row did not read back with the right key")
            # SQLCipher logs the expected wrong-key failure on stderr; its log level is global,
            # so quiet it for that one attempt and put it back.
            level = conn.execute("PRAGMA cipher_log_level").fetchone()
            conn.execute("PRAGMA cipher_log_level = NONE")
            try:
                open_database(path, SecretBytes(os.urandom(32))).close()
            except VaultCorrupt:
                pass
            else:
                raise CheckFailed("the database opened with a wrong key")
            finally:
                if level and isinstance(level[0], str) and level[0].isalpha():
                    conn.execute(f"PRAGMA cipher_log_level = {level[0]}")
        finally:
            conn.close()
    return f"SQLCipher {version[0]}, {len(raw)}-byte file encrypted, wrong key refused"


# --- Argon2id -------------------------------------------------------------------------------------

# RFC 9106 section 5.3 (Argon2id, version 0x13): an independent known answer for the primitive.
_RFC9106_TAG = "0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659"
# crypto.kdf.derive (the vault's wrapper) on fixed inputs. Recorded with the cryptography package's
# Argon2id once the RFC vector above had passed on the same build; it pins the wrapper's argument
# mapping (memory in KiB, lanes, output length), which the RFC vector cannot see.
_WRAPPER_PASSPHRASE = "evidence-vault self-test"  # noqa: S105 (public known-answer input, no secret)
_WRAPPER_TAG = "8e1b70c88fa0124633928f34bca4690482aa50aa98e8b7897fd6eb26a6593765"


def check_argon2id() -> str:
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    from crypto.kdf import Argon2Params, derive
    from crypto.secret import SecretStr

    tag = Argon2id(
        salt=b"\x02" * 16, length=32, iterations=3, lanes=4, memory_cost=32, ad=b"\x04" * 12, secret=b"\x03" * 8
    ).derive(b"\x01" * 32)
    if tag.hex() != _RFC9106_TAG:
        raise CheckFailed("Argon2id does not reproduce the RFC 9106 test vector")
    wrapped = derive(SecretStr(_WRAPPER_PASSPHRASE), Argon2Params(64, 2, 1, bytes(range(16))))
    if wrapped.reveal().hex() != _WRAPPER_TAG:
        raise CheckFailed("crypto.kdf.derive does not reproduce its recorded known answer")
    return "RFC 9106 test vector and the vault's KDF wrapper match their known answers"


# --- age ------------------------------------------------------------------------------------------


def check_age() -> str:
    from crypto.age import AGE_MAGIC, Identity, decrypt_stream, encrypt_stream

    identity = Identity.generate()
    plaintext = b"evidence-vault self-test " + secrets.token_bytes(64)
    sealed = io.BytesIO()
    encrypt_stream(io.BytesIO(plaintext), sealed, [identity.recipient])
    ciphertext = sealed.getvalue()
    if not ciphertext.startswith(AGE_MAGIC) or plaintext[:24] in ciphertext:
        raise CheckFailed("the age output is not an encrypted age v1 file")
    opened = io.BytesIO()
    sealed.seek(0)
    decrypt_stream(sealed, opened, [identity])
    if opened.getvalue() != plaintext:
        raise CheckFailed("the age round trip returned different bytes")
    return f"X25519 encrypt/decrypt round trip ({len(ciphertext)} bytes)"


# --- image codecs ---------------------------------------------------------------------------------

# Pillow's format names; HEIC is written and read through pillow-heif as "HEIF".
_IMAGE_FORMATS = ("JPEG", "PNG", "WEBP", "HEIF", "AVIF")  # AVIF: Pillow's own libavif plugin
_LOSSY_TOLERANCE = 48  # per channel, on a flat colour patch; a broken codec is far off


def check_image_codecs() -> str:
    import pillow_heif
    from PIL import Image

    pillow_heif.register_heif_opener()  # idempotent; the photo pipeline registers it too
    source = Image.new("RGB", (32, 24), (200, 40, 40))
    source.paste((30, 60, 220), (16, 0, 32, 24))
    for fmt in _IMAGE_FORMATS:
        buf = io.BytesIO()
        source.save(buf, format=fmt, quality=90)
        buf.seek(0)
        with Image.open(buf) as decoded:
            decoded.load()
            if decoded.size != source.size:
                raise CheckFailed(f"{fmt}: decoded size {decoded.size} != {source.size}")
            pixel = decoded.convert("RGB").getpixel((4, 12))
            assert isinstance(pixel, tuple)
            if max(abs(int(a) - b) for a, b in zip(pixel, (200, 40, 40), strict=True)) > _LOSSY_TOLERANCE:
                raise CheckFailed(f"{fmt}: decoded colours are wrong ({pixel})")
    _check_jpeg_tail_cut(source)
    _check_jxl_and_svg(source)
    return f"{', '.join('HEIC' if f == 'HEIF' else f for f in _IMAGE_FORMATS)} encode+decode; " + (
        f"libheif {pillow_heif.libheif_version()}"
    )


def _check_jpeg_tail_cut(source: object) -> None:
    """The JPEG strip asks libjpeg (simplejpeg) where the last scan ends: a bundle without it, or
    with a libjpeg that reports no warnings, would keep bytes hidden there."""
    from PIL import Image

    from .media.jpeg import JpegSanitizer

    assert isinstance(source, Image.Image)
    buf = io.BytesIO()
    source.save(buf, format="JPEG", quality=90)
    clean = buf.getvalue()
    out = io.BytesIO()
    JpegSanitizer().sanitize(io.BytesIO(clean[:-2] + b"SELFTEST-TAIL" * 3 + clean[-2:]), out)
    if b"SELFTEST" in out.getvalue() or len(out.getvalue()) > len(clean):
        raise CheckFailed("JPEG: bytes hidden after the last scan were not cut")


# --- the isolated parser --------------------------------------------------------------------------


def check_parser_isolation() -> str:
    """Intake parses files only in a parser process (media/isolation.py): a bundle that cannot
    start one could import nothing at all."""
    from PIL import Image

    from .media.base import MediaType
    from .media.isolation import ParserPool

    buf = io.BytesIO()
    exif = Image.Exif()
    exif[0x013B] = "SELFTEST-ARTIST"  # Artist
    Image.new("RGB", (16, 16), (10, 120, 60)).save(buf, format="JPEG", exif=exif.tobytes())
    with ParserPool(1) as pool:
        done = pool.run(buf.getvalue(), MediaType.JPEG)
        sandbox, _ = pool.status()
    if done.working is None or b"SELFTEST-ARTIST" in done.working:
        raise CheckFailed("the parser process returned no clean copy of a photo")
    if not done.inspection.risky:
        raise CheckFailed("the parser process did not report a photo's EXIF")
    return f"a parser process cleaned a photo (sandbox: {sandbox.value})"


def _check_jxl_and_svg(source: object) -> None:
    """JPEG XL decodes (pillow-jxl-plugin) and SVG draws (resvg), through their sanitizers."""
    from PIL import Image

    from .media.jxl import JxlSanitizer
    from .media.svg import SvgSanitizer

    assert isinstance(source, Image.Image)
    jxl = io.BytesIO()
    source.save(jxl, format="JXL", lossless=True)
    for sanitizer, data, what in (
        (JxlSanitizer(), jxl.getvalue(), "JPEG XL"),
        (
            SvgSanitizer(),
            b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"'
            b' fill="#c82828"/></svg>',
            "SVG",
        ),
    ):
        out = io.BytesIO()
        sanitizer.sanitize(io.BytesIO(data), out)
        with Image.open(io.BytesIO(out.getvalue())) as image:
            pixel = image.convert("RGB").getpixel((2, 2))
        assert isinstance(pixel, tuple)
        if max(abs(int(a) - b) for a, b in zip(pixel, (200, 40, 40), strict=True)) > _LOSSY_TOLERANCE:
            raise CheckFailed(f"{what}: the working copy's colours are wrong ({pixel})")


# --- face detection models ------------------------------------------------------------------------

# The cascades evidence_app/media/redact.py loads for face suggestions.
FACE_CASCADES = ("haarcascade_frontalface_default.xml", "haarcascade_profileface.xml")


def check_face_cascade() -> str:
    import cv2
    import cv2.data

    base = Path(str(cv2.data.haarcascades))
    for name in FACE_CASCADES:
        path = base / name
        if not path.is_file():
            raise CheckFailed(f"{name} is missing from the OpenCV data folder")
        if cv2.CascadeClassifier(str(path)).empty():
            raise CheckFailed(f"{name} does not load as a cascade classifier")
    return f"OpenCV {cv2.__version__}, {len(FACE_CASCADES)} Haar cascades load"


def check_face_model() -> str:
    from .errors import EvidenceError
    from .media import faces_dnn

    try:
        faces_dnn._model()
        faces_dnn.detect(_blank_rgb())
    except EvidenceError as exc:
        raise CheckFailed(str(exc)) from None
    return f"CenterFace from {faces_dnn.DISTRIBUTION} {faces_dnn.VERSION}: SHA-256 matches, runs in OpenCV's DNN"


def check_ocr() -> str:
    """A bundle that carries Tesseract (Windows, macOS) must read with it in every language of the
    app; without one (Linux: scripts/setup installs it), the line only says which is used."""
    from PIL import Image, ImageDraw, ImageFont

    from .errors import EvidenceError
    from .media import ocr

    shipped = ocr.bundled()
    if shipped is None:
        import shutil

        found = shutil.which("tesseract")
        return f"not bundled; {'the tesseract on PATH is used' if found else 'no tesseract on PATH: media ocr is off'}"
    try:
        languages = ocr.installed_languages()
        if languages != ocr.LANGUAGES:
            missing = ", ".join(lang for lang in ocr.LANGUAGES if lang not in languages)
            raise CheckFailed(f"the bundled Tesseract lacks the models for {missing}")
        image = Image.new("RGB", (420, 90), "white")
        font = ImageFont.truetype(str(resource_path("fonts", "NotoSans-Regular.ttf")), 40)
        ImageDraw.Draw(image).text((20, 15), "Evidence 2468", font=font, fill="black")
        text = ocr.recognise(image, ("eng",)).text
    except EvidenceError as exc:
        raise CheckFailed(str(exc)) from None
    if "Evidence" not in text or "2468" not in text:
        raise CheckFailed(f"the bundled Tesseract read {text!r} in a picture of 'Evidence 2468'")
    return f"bundled Tesseract reads; models for {'+'.join(languages)}"


def _blank_rgb() -> object:
    import numpy as np

    return np.zeros((64, 64, 3), dtype=np.uint8)


# --- fonts ----------------------------------------------------------------------------------------

FONT_SUFFIXES = (".ttf", ".otf", ".ttc")
# sfnt version tags: TrueType (0x00010000 or 'true'), CFF OpenType ('OTTO'), collections ('ttcf').
_FONT_MAGIC = (b"\x00\x01\x00\x00", b"true", b"OTTO", b"ttcf")


def font_files() -> list[Path]:
    folder = resource_path("fonts")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in FONT_SUFFIXES and p.is_file())


def check_fonts() -> str:
    folder = resource_path("fonts")
    if not folder.is_dir():
        raise CheckFailed(f"the fonts folder is missing ({folder})")
    fonts = font_files()
    if not fonts:
        raise CheckFailed(f"no .ttf/.otf/.ttc font in {folder}")
    for font in fonts:
        with font.open("rb") as fh:
            head = fh.read(4)
        # Catches truncated files and Git LFS pointer files checked out in place of the font.
        if head not in _FONT_MAGIC:
            raise CheckFailed(f"{font.name} is not a font file")
    return f"{len(fonts)} font files in resources/fonts"


# The scripts whose text a dossier PDF must give back exactly: shaping reorders Khmer and Thai,
# and a bundle missing HarfBuzz or a font would print boxes or lose the text layer.
_PDF_SAMPLE = ("Evidence Vault", "ខ្មែរ", "ภาษาไทย", "中文", "العربية", "မြန်မာ")


def check_dossier_pdf() -> str:
    import unicodedata

    import pypdfium2

    from .export import pdfdoc

    document = pypdfium2.PdfDocument(pdfdoc.sample_pdf(_PDF_SAMPLE))
    try:
        page = document[0]
        text = page.get_textpage().get_text_range()
    finally:
        document.close()
    found = unicodedata.normalize("NFKC", "".join(text.split()))
    missing = [s for s in _PDF_SAMPLE if unicodedata.normalize("NFKC", "".join(s.split())) not in found]
    if missing:
        raise CheckFailed(f"the dossier PDF does not give back {', '.join(missing)}")
    return f"{len(_PDF_SAMPLE)} scripts shaped and read back from a PDF"


# --- the app's own modules and pure-Python dependencies --------------------------------------------

_APP_PACKAGES = ("crypto", "evidence_app")


def _walk(package_names: Iterable[str]) -> list[str]:
    names: list[str] = []
    for package_name in package_names:
        package = importlib.import_module(package_name)
        names.append(package_name)
        for info in pkgutil.walk_packages(package.__path__, prefix=f"{package_name}."):
            names.append(info.name)
    return names


def check_modules() -> str:
    """Import every module of the app: a frozen bundle that missed one (the CLI loads its command
    modules by name) only fails when that command runs, which is too late."""
    names = _walk(_APP_PACKAGES)
    for name in names:
        importlib.import_module(name)
    if len(names) < 10:
        raise CheckFailed(f"only {len(names)} app modules found; the bundle looks incomplete")

    import phonenumbers
    import pikepdf
    import pypdfium2

    # phonenumbers loads its per-region metadata modules lazily, by name.
    if not phonenumbers.is_valid_number(phonenumbers.parse("+44 20 7946 0958")):
        raise CheckFailed("phonenumbers cannot validate a UK number (region metadata missing)")
    with pikepdf.new() as pdf:  # loads libqpdf
        pdf.add_blank_page()
    pypdfium2.PdfDocument.new().close()  # loads the bundled PDFium library
    return f"{len(names)} app modules import; pikepdf {pikepdf.__version__}, PDFium, phonenumbers load"


# --- ctypes callbacks -------------------------------------------------------------------------------


def check_ctypes() -> str:
    """A C-callable Python callback, called through libffi: what pypdfium2 relies on, and what the
    macOS hardened runtime blocks without the allow-unsigned-executable-memory entitlement."""
    import ctypes

    callback_type = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int)
    add_one = callback_type(lambda value: value + 1)
    # Calling through a plain function pointer makes libffi jump into the closure's trampoline.
    pointer = ctypes.cast(add_one, ctypes.c_void_p).value
    if pointer is None:
        raise CheckFailed("ctypes gave a NULL callback pointer")
    result = callback_type(pointer)(41)
    if result != 42:
        raise CheckFailed(f"a ctypes callback returned {result}, not 42")
    return "libffi closure callable"


# --- running --------------------------------------------------------------------------------------


def default_checks() -> list[Check]:
    # Looked up at call time so a test can monkeypatch one check function on this module.
    module = sys.modules[__name__]
    names = {
        "sqlcipher": "check_sqlcipher",
        "argon2id": "check_argon2id",
        "age": "check_age",
        "image-codecs": "check_image_codecs",
        "parser-isolation": "check_parser_isolation",
        "face-cascade": "check_face_cascade",
        "face-model": "check_face_model",
        "ocr": "check_ocr",
        "fonts": "check_fonts",
        "dossier-pdf": "check_dossier_pdf",
        "modules": "check_modules",
        "ctypes": "check_ctypes",
    }
    return [Check(label, getattr(module, func)) for label, func in names.items()]


def _one_line(exc: BaseException) -> str:
    text = str(exc) if isinstance(exc, CheckFailed) else f"{exc.__class__.__name__}: {exc}"
    text = " ".join(text.split())
    return text[:300] if text else exc.__class__.__name__


def run(checks: Sequence[Check], out: TextIO) -> int:
    """Run every check (a failure does not stop the others); 0 if all passed, else 1."""
    failed: list[str] = []
    for check in checks:
        try:
            detail = check.run()
        except Exception as exc:  # any failure of the component is a FAIL line, never a traceback
            failed.append(check.name)
            out.write(f"FAIL {check.name}: {_one_line(exc)}\n")
        else:
            out.write(f"OK   {check.name}: {detail}\n")
        out.flush()
    where = "frozen bundle" if is_frozen() else "source install"
    if failed:
        out.write(f"self-test: {len(failed)} of {len(checks)} checks FAILED ({', '.join(failed)}) [{where}]\n")
        return 1
    out.write(f"self-test: all {len(checks)} checks passed [{where}]\n")
    return 0


def main(extra: Sequence[Check] = (), out: TextIO | None = None) -> int:
    stream = out if out is not None else sys.stdout
    return run([*default_checks(), *extra], stream)
