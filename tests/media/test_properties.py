"""Property-based fuzzing of the byte-level strippers (JPEG, PNG) and of EXIF inspection.

For any input: sanitize either raises InvalidMedia or produces output that is itself a valid,
clean file of the same type; inspect either raises InvalidMedia or returns an Inspection.
Nothing else may escape, and nothing may hang.
"""

from __future__ import annotations

import contextlib
import io
import time
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evidence_app.media import exif_inspect
from evidence_app.media.base import InvalidMedia, Sanitizer
from evidence_app.media.exif_inspect import inspect_exif
from evidence_app.media.jpeg import JpegSanitizer, _parse
from evidence_app.media.png import PngSanitizer

from . import dirty_photos as dp

FUZZ = settings(max_examples=100, deadline=3000, suppress_health_check=[HealthCheck.too_slow])

VALID_JPEG = dp.jpeg_with_app1(dp.pillow_exif(orientation=6).tobytes()[6:])
VALID_PROGRESSIVE = dp.small_jpeg((24, 24), progressive=True)
VALID_PNG = dp.small_png((12, 10), exif=dp.pillow_exif().tobytes())


@pytest.fixture(scope="module", autouse=True)
def small_exif_budget() -> Iterator[None]:
    """A tenth of the normal EXIF parsing budget: fuzzed EXIF often runs into it on purpose, and
    the property (bounded, never raises) is the same at any budget."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(exif_inspect, "_MAX_READ_OPS", 30_000)
        patch.setattr(exif_inspect, "_MAX_SECONDS", 0.15)
        yield


def mutations(base: bytes) -> st.SearchStrategy[bytes]:
    """Flip, overwrite, cut and splice bytes of a valid file."""
    edit = st.tuples(st.integers(0, len(base) - 1), st.integers(0, 255))

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        data = bytearray(base)
        for position, value in draw(st.lists(edit, min_size=1, max_size=8)):
            data[position] = value
        if draw(st.booleans()):
            data = data[: draw(st.integers(0, len(data)))]
        if draw(st.booleans()):
            at = draw(st.integers(0, len(data)))
            data[at:at] = draw(st.binary(max_size=64))
        return bytes(data)

    return mutate()


def check(sanitizer: Sanitizer, data: bytes) -> bytes | None:
    started = time.monotonic()
    with contextlib.suppress(InvalidMedia):
        sanitizer.inspect(io.BytesIO(data))
    try:
        out = io.BytesIO()
        sanitizer.sanitize(io.BytesIO(data), out)
    except InvalidMedia as exc:
        assert str(exc) and "\n" not in str(exc)
        return None
    finally:
        assert time.monotonic() - started < 10
    return out.getvalue()


@FUZZ
@given(st.binary(max_size=2048))
def test_jpeg_random_bytes(data: bytes) -> None:
    check(JpegSanitizer(), b"\xff\xd8" + data)


@FUZZ
@given(st.one_of(mutations(VALID_JPEG), mutations(VALID_PROGRESSIVE)))
def test_jpeg_mutations(data: bytes) -> None:
    out = check(JpegSanitizer(), data)
    if out is not None:
        # A produced copy is a well-formed JPEG with no metadata segment other than JFIF,
        # Adobe and at most a minimal orientation EXIF.
        segments = _parse(out, strict=True).segments
        for segment in segments:
            assert segment.marker in {0xE0, 0xE1, 0xEE} or segment.marker < 0xE0  # no other APPn, no COM
            if segment.marker == 0xE1:
                assert len(segment.payload) == 32
        assert JpegSanitizer().sanitize(io.BytesIO(out), io.BytesIO()).output_type.name == "JPEG"


@FUZZ
@given(st.binary(max_size=2048))
def test_png_random_bytes(data: bytes) -> None:
    check(PngSanitizer(), b"\x89PNG\r\n\x1a\n" + data)


@FUZZ
@given(mutations(VALID_PNG))
def test_png_mutations(data: bytes) -> None:
    out = check(PngSanitizer(), data)
    if out is not None:
        assert PngSanitizer().inspect(io.BytesIO(out)).risky == ()  # no text, no private chunks
        assert dp.ARTIST.encode() not in out


@FUZZ
@given(st.one_of(st.binary(max_size=1024), mutations(dp.pillow_exif().tobytes()[6:]), mutations(dp.hostile_exif())))
def test_exif_inspection_never_raises(data: bytes) -> None:
    started = time.monotonic()
    report = inspect_exif(data)
    assert time.monotonic() - started < 5
    assert isinstance(report.findings, tuple)
