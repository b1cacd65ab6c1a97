"""The fuzz entry points (tests/fuzz/fuzz_parsers.py) keep working: each target survives a short
burst of mutated inputs, accepting only the project's own errors."""

from __future__ import annotations

import importlib.util

import pytest

from evidence_app.media.base import MediaType
from tests.conftest import PROJECT

_spec = importlib.util.spec_from_file_location("fuzz_parsers", PROJECT / "tests" / "fuzz" / "fuzz_parsers.py")
assert _spec is not None and _spec.loader is not None
fuzz = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fuzz)


@pytest.mark.parametrize("target", sorted(fuzz.TARGETS))
def test_fuzz_target_smoke(target: str) -> None:
    fuzz.smoke(target, runs=40, seed=7)


def test_the_raster_seeds_reach_the_raster_sanitizers() -> None:
    """Each raster seed is detected and sanitized (not refused at detection), and some of its
    mutations are too: the target exercises the sanitizers, not only the format sniffing."""
    fuzz.REACHED.clear()
    fuzz.smoke("raster", runs=120, seed=7)
    raster = {MediaType.GIF, MediaType.TIFF, MediaType.WEBP, MediaType.BMP, MediaType.HEIC, MediaType.AVIF}
    assert raster <= set(fuzz.REACHED), fuzz.REACHED
    assert sum(fuzz.REACHED.values()) > len(raster), fuzz.REACHED  # mutated inputs got through too
