"""Tesseract in the Windows and macOS bundles: the six models collected by packaging/tessdata.py
are Debian's files, checked by SHA-256; a bundle's own tesseract/ is used before any on PATH and
reads with its own models; the build recipes wire it in, and the Linux build stays as it was."""

from __future__ import annotations

import importlib.util
import os
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image, ImageDraw, ImageFont

from evidence_app import selftest
from evidence_app.media import ocr
from tests.conftest import PROJECT

DEBIAN_MODELS = Path("/usr/share/tesseract-ocr/5/tessdata")
needs_debian = pytest.mark.skipif(
    not (DEBIAN_MODELS / "khm.traineddata").is_file() and not os.environ.get("CI"),
    reason="Debian's tesseract-ocr-* models are not installed (scripts/setup installs them)",
)


def _tessdata() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_evidence_packaging_tessdata", PROJECT / "packaging" / "tessdata.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_pinned_models_are_the_apps_languages() -> None:
    assert tuple(_tessdata().MODELS) == ocr.LANGUAGES


@needs_debian
def test_debians_models_are_collected_and_a_changed_or_missing_one_stops_it(tmp_path: Path) -> None:
    tessdata = _tessdata()
    files = tessdata.collect(DEBIAN_MODELS, tmp_path / "models")
    assert [f.name for f in files] == sorted(f"{lang}.traineddata" for lang in ocr.LANGUAGES)
    for f in files:
        assert f.read_bytes() == (DEBIAN_MODELS / f.name).read_bytes()

    changed = tmp_path / "changed"
    shutil.copytree(tmp_path / "models", changed)
    data = bytearray((changed / "khm.traineddata").read_bytes())
    data[1000] ^= 1
    (changed / "khm.traineddata").write_bytes(bytes(data))
    (changed / "tha.traineddata").unlink()
    assert tessdata.main([str(changed), str(tmp_path / "out")]) == 1
    assert not (tmp_path / "out").exists()  # nothing half-collected
    wrong = tessdata.problems(changed)
    assert len(wrong) == 2 and "khm.traineddata: SHA-256" in wrong[0] and wrong[1].endswith("tha.traineddata: missing")


@needs_debian
@pytest.mark.skipif(shutil.which("tesseract") is None and not os.environ.get("CI"), reason="no tesseract")
def test_a_bundled_tesseract_is_used_before_path_with_its_own_models(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = shutil.which("tesseract")
    assert program is not None
    bundle = tmp_path / "bundle"
    (bundle / "tesseract").mkdir(parents=True)
    os.symlink(Path(program).resolve(), bundle / "tesseract" / "tesseract")
    _tessdata().collect(DEBIAN_MODELS, bundle / "tesseract" / "tessdata")
    os.symlink(PROJECT / "resources", bundle / "resources")  # as the spec copies it
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no tesseract on PATH
    monkeypatch.setenv("TESSDATA_PREFIX", str(empty))  # a user's setting does not reach the bundled one
    ocr._languages_of.cache_clear()

    assert ocr.tesseract() == str(bundle / "tesseract" / "tesseract")
    assert ocr.installed_languages() == ocr.LANGUAGES
    image = Image.new("RGB", (520, 90), "white")
    font = ImageFont.truetype(str(PROJECT / "resources" / "fonts" / "NotoSans-Regular.ttf"), 40)
    ImageDraw.Draw(image).text((20, 15), "Market gate 0917", font=font, fill="black")
    assert ocr.recognise(image).text == "Market gate 0917"
    assert selftest.check_ocr().startswith("bundled Tesseract reads; models for eng+khm+chi_sim+tha+vie+ind")

    (bundle / "tesseract" / "tessdata" / "khm.traineddata").unlink()
    ocr._languages_of.cache_clear()
    with pytest.raises(selftest.CheckFailed, match="lacks the models for khm"):
        selftest.check_ocr()
    ocr._languages_of.cache_clear()


def test_without_a_bundled_tesseract_the_check_only_says_which_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert selftest.check_ocr().startswith("not bundled; ")


def test_the_windows_and_macos_recipes_bundle_it_and_the_linux_one_does_not() -> None:
    spec = (PROJECT / "packaging" / "evidence-app.spec").read_text(encoding="utf-8")
    assert "EVIDENCE_TESSERACT" in spec and "EVIDENCE_TESSDATA" in spec and "binaries=TESSERACT_BINARIES" in spec
    for recipe in (PROJECT / "packaging" / "macos" / "build-macos", PROJECT / "packaging" / "windows" / "build.ps1"):
        text = recipe.read_text(encoding="utf-8")
        assert "tessdata.py" in text and "EVIDENCE_TESSERACT" in text and "EVIDENCE_TESSDATA_SOURCE" in text, recipe
    assert "TESSERACT" not in (PROJECT / "scripts" / "build-linux").read_text(encoding="utf-8")
    workflow = (PROJECT / ".github" / "workflows" / "release.yml").read_text(encoding="utf-8")
    assert workflow.count("EVIDENCE_TESSDATA_SOURCE: tessdata-source") == 2
    assert "packaging/tessdata.py /usr/share/tesseract-ocr/5/tessdata" in workflow


@needs_debian
def test_the_spec_bundles_the_program_and_the_checked_models_only_when_both_are_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ast
    import importlib

    source = (PROJECT / "packaging" / "evidence-app.spec").read_text(encoding="utf-8")
    (function,) = [n for n in ast.parse(source).body if isinstance(n, ast.FunctionDef) and n.name == "_tesseract"]
    scope: dict[str, object] = {"ROOT": PROJECT, "os": os, "sys": sys, "Path": Path, "importlib": importlib}
    exec(compile(ast.Module([function], []), "evidence-app.spec", "exec"), scope)  # noqa: S102
    bundle = scope["_tesseract"]
    assert callable(bundle)
    monkeypatch.delenv("EVIDENCE_TESSERACT", raising=False)
    monkeypatch.delenv("EVIDENCE_TESSDATA", raising=False)
    assert bundle() == ([], [])  # the Linux build

    models = tmp_path / "models"
    _tessdata().collect(DEBIAN_MODELS, models)
    program = tmp_path / "tesseract"
    program.write_bytes(b"\x7fELF")
    monkeypatch.setenv("EVIDENCE_TESSERACT", str(program))
    monkeypatch.setenv("EVIDENCE_TESSDATA", str(models))
    binaries, datas = bundle()
    assert binaries == [(str(program), "tesseract")]
    assert sorted(Path(src).name for src, _ in datas) == sorted(f"{lang}.traineddata" for lang in ocr.LANGUAGES)
    assert {dest for _, dest in datas} == {"tesseract/tessdata"}

    (models / "vie.traineddata").write_bytes(b"not the model")
    with pytest.raises(SystemExit, match=r"vie\.traineddata: SHA-256"):
        bundle()
    monkeypatch.delenv("EVIDENCE_TESSDATA")
    with pytest.raises(SystemExit, match="both"):
        bundle()
