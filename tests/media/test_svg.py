"""SVG: drawn into a PNG by resvg after scripts, metadata and every outside reference are removed."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from PIL import Image

from evidence_app import media_service as ms
from evidence_app.errors import UnsupportedMedia
from evidence_app.media.base import Category, InvalidMedia, MediaType
from evidence_app.media.detect import detect_bytes
from evidence_app.media.svg import SvgSanitizer

from .dirty_photos import EXIFTOOL
from .exiftool_check import exiftool_json, leaks


def dirty_svg(local_image: Path) -> bytes:
    embedded = io.BytesIO()
    Image.new("RGB", (8, 8), (0, 0, 255)).save(embedded, "PNG")
    data_uri = "data:image/png;base64," + base64.b64encode(embedded.getvalue()).decode()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
     xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"
     width="100" height="80" inkscape:export-filename="/home/ZQXUSER/secret-plan.png" onload="alert('ZQXONLOAD')">
  <title>ZQXTITLE</title><desc>ZQXDESC drawn by the witness</desc>
  <metadata><rdf:RDF><rdf:Description><dc:creator>ZQXCREATOR Sok</dc:creator></rdf:Description></rdf:RDF></metadata>
  <style>@import url("https://tracker.example/ZQXCSS.css"); .bg {{ fill: url(https://t.example/ZQXPAINT) }}</style>
  <script>fetch("https://tracker.example/ZQXSCRIPT")</script>
  <rect x="0" y="0" width="50" height="80" fill="#ff0000"/>
  <image x="50" y="0" width="50" height="40" xlink:href="{local_image}"/>
  <image x="50" y="40" width="50" height="40" href="{data_uri}"/>
  <foreignObject x="0" y="0" width="10" height="10"><p xmlns="http://www.w3.org/1999/xhtml">ZQXHTML</p></foreignObject>
</svg>""".encode()


def _clean(data: bytes) -> tuple[bytes, tuple[str, ...]]:
    out = io.BytesIO()
    result = SvgSanitizer().sanitize(io.BytesIO(data), out)
    assert result.output_type is MediaType.PNG
    return out.getvalue(), result.transformations


def test_dirty_svg_is_drawn_without_scripts_metadata_or_outside_files(tmp_path: Path) -> None:
    local = tmp_path / "private.png"  # a file on the researcher's disk the SVG tries to pull in
    Image.new("RGB", (16, 16), (0, 255, 0)).save(local)
    data = dirty_svg(local)
    assert detect_bytes(data) is MediaType.SVG
    inspection = SvgSanitizer().inspect(io.BytesIO(data))
    values = " ".join(f.value for f in inspection.findings)
    assert "ZQXCREATOR" in values and "ZQXTITLE" in values
    assert any(f.key == "editor export-filename" and f.category is Category.OWNER for f in inspection.findings)
    clean, steps = _clean(data)
    assert any("script" in s for s in steps) and any("external reference" in s for s in steps)
    for secret in ("ZQX", "tracker.example", str(tmp_path)):
        assert secret.encode() not in clean
    with Image.open(io.BytesIO(clean)) as image:
        assert image.format == "PNG" and image.size == (100, 80)
        assert not image.info.get("exif") and not getattr(image, "text", {})
        rgba = image.convert("RGBA")
        pixel = rgba.getpixel
        assert pixel((10, 40)) == (255, 0, 0, 255)  # the drawing is there
        assert pixel((75, 60)) == (0, 0, 255, 255)  # an embedded image is drawn (as pixels)
        assert pixel((75, 20)) == (0, 0, 0, 0)  # the local file was never loaded
    if EXIFTOOL:
        path = tmp_path / "clean.png"
        path.write_bytes(clean)
        (record,) = exiftool_json([path])
        assert leaks(record) == []


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
            "DOCTYPE/ENTITY",
        ),
        (b'<svg xmlns="http://www.w3.org/2000/svg"><rect', "damaged or malformed"),
        (b'<svg xmlns="http://www.w3.org/1337/svg"><rect/></svg>', "not an SVG image"),
        (b'<svg xmlns="http://www.w3.org/2000/svg">' + b'<use href="#a"/>' * 10_001 + b"</svg>", "<use> references"),
    ],
    ids=["entity-bomb", "truncated", "wrong-namespace", "use-bomb"],
)
def test_hostile_or_broken_svg_is_refused(data: bytes, message: str, tmp_path: Path) -> None:
    path = tmp_path / "file.svg"
    path.write_bytes(data)
    with pytest.raises(UnsupportedMedia, match=message) as refused:
        ms.prepare_import(path)
    assert "\n" not in str(refused.value)


def test_huge_canvas_is_scaled_down_not_allocated() -> None:
    data = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="100000" height="50000">'
        b'<rect width="100%" height="100%"/></svg>'
    )
    clean, steps = _clean(data)
    with Image.open(io.BytesIO(clean)) as image:
        assert image.size == (4096, 2048)
    assert any("scaled" in s for s in steps)
    with pytest.raises(InvalidMedia):
        SvgSanitizer().inspect(io.BytesIO(b"<svg"))
