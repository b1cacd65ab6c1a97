"""A light dossier: dossier.html refers to the bag's pictures instead of inlining them, the HTML and
the PDF show downscaled copies of large photos, full resolution is only in media/, and nothing is
stored twice. The issue's bound: dossier.pdf + dossier.html at most 1.5x the bytes of the photos
they show, plus 600 kB, on real camera photos."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from html.parser import HTMLParser
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from evidence_app.export.collect import ExportOptions
from evidence_app.export.formats import DOSSIER_HTML, DOSSIER_PDF, MEDIA_DIR, SHOWN_DIR
from evidence_app.export.leakgate import check_html_references
from evidence_app.export.writer import prepare
from evidence_app.media_service import import_file
from evidence_app.records.cases import add_case
from evidence_app.vault import Vault

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "exif-samples" / "jpg"
# Real camera and phone photos (2 to 12 megapixels, EXIF, GPS, maker notes, thumbnails).
CAMERA_PHOTOS = (
    "hdr/canon_hdr_NO.jpg",
    "hdr/iphone_hdr_NO.jpg",
    "mobile/jolla.jpg",
    "mobile/HMD_Nokia_8.3_5G.jpg",
    "Reconyx_HC500_Hyperfire.jpg",
    "Canon_40D.jpg",
)
BOUND_RATIO, BOUND_EXTRA = 1.5, 600_000


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.src: list[str] = []
        self.href: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "src":
                self.src.append(value or "")
            elif name == "href":
                self.href.append(value or "")


def _files(vault: Vault, case_id: str) -> dict[str, bytes]:
    prepared = prepare(vault, case_id, ExportOptions(), today=dt.date(2025, 6, 1))
    assert not prepared.findings, prepared.findings
    return {f.path: f.data for f in prepared.files}


def _photo(path: Path, size: tuple[int, int]) -> Path:
    Image.effect_noise(size, 40).convert("RGB").save(path, "JPEG", quality=90)
    return path


def test_html_refers_to_the_bag_and_large_photos_are_shown_downscaled(vault: Vault, tmp_path: Path) -> None:
    case = add_case(vault, "Light case", "Two photos.")
    import_file(vault, case.id, _photo(tmp_path / "big.jpg", (4000, 3000)), caption="The big one")
    import_file(vault, case.id, _photo(tmp_path / "small.jpg", (800, 600)), caption="The small one")
    files = _files(vault, case.id)
    html = files[DOSSIER_HTML].decode()
    assert "base64" not in html and "data:" not in html
    refs = _Refs()
    refs.feed(html)
    # The large photo is shown from its downscaled copy, the small one from media/ itself, and
    # each picture links to its full-resolution file.
    assert refs.src == ["shown/0001.jpg", "media/0002.jpg"]
    assert refs.href == ["media/0001.jpg", "media/0002.jpg"]
    assert sorted(p for p in files if p.startswith(("data/media/", "data/shown/"))) == [
        f"{MEDIA_DIR}/0001.jpg",
        f"{MEDIA_DIR}/0002.jpg",
        f"{SHOWN_DIR}/0001.jpg",
    ]
    with Image.open(io.BytesIO(files[f"{SHOWN_DIR}/0001.jpg"])) as shown:
        assert shown.size == (1600, 1200)
    with Image.open(io.BytesIO(files[f"{MEDIA_DIR}/0001.jpg"])) as full:
        assert full.size == (4000, 3000)
    # Nothing stored twice: every payload file is different, and the PDF embeds exactly the shown
    # copies (the downscaled one, and the small photo's own bytes).
    digests = [hashlib.sha256(data).digest() for path, data in files.items() if path.startswith("data/")]
    assert len(digests) == len(set(digests))
    with pikepdf.open(io.BytesIO(files[DOSSIER_PDF])) as doc:
        embedded = sorted(img.read_raw_bytes() for page in doc.pages for img in page.get_images().values())
    assert embedded == sorted([files[f"{SHOWN_DIR}/0001.jpg"], files[f"{MEDIA_DIR}/0002.jpg"]])


def test_the_gate_refuses_a_reference_outside_the_checked_files() -> None:
    bag = {"media/0001.jpg", "shown/0001.jpg", "dossier.pdf"}
    ok = '<p><a href="media/0001.jpg"><img src="shown/0001.jpg" alt="x"></a></p>'
    assert check_html_references(ok, bag) == []
    for bad in (
        '<img src="data:image/jpeg;base64,AAAA">',
        '<img src="media/0009.jpg">',
        '<img src="../../home/me/photo.jpg">',
        '<a href="https://example.org/">x</a>',
        '<img srcset="shown/0001.jpg 1x, x.jpg 2x">',
        "<style>body { background: url(x.png) }</style>",
    ):
        assert check_html_references(bad, bag), bad
    # Text that merely reads like a reference is not one.
    assert check_html_references("<p>see src=x.jpg and url(y)</p>", bag) == []


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="needs ../shared/samples/exif-samples")
def test_size_bound_with_real_camera_photos(vault: Vault) -> None:
    paths = [SAMPLES / name for name in CAMERA_PHOTOS if (SAMPLES / name).is_file()]
    if len(paths) < 3:
        pytest.skip("the camera photos of exif-samples are not there")
    case = add_case(vault, "Camera photos", "Photos from several cameras and phones.")
    for n, path in enumerate(paths):
        import_file(vault, case.id, path, caption=f"Photo {n} from the field")
    files = _files(vault, case.id)
    photos = sum(len(d) for p, d in files.items() if p.startswith(f"{MEDIA_DIR}/"))
    assert len([p for p in files if p.startswith(f"{MEDIA_DIR}/")]) == len(paths)
    report = len(files[DOSSIER_PDF]) + len(files[DOSSIER_HTML])
    assert report <= BOUND_RATIO * photos + BOUND_EXTRA, (report, photos)
    # The large ones really are shown downscaled (full resolution only in media/).
    assert any(p.startswith(f"{SHOWN_DIR}/") for p in files)
    for name, data in files.items():
        if name.startswith(f"{SHOWN_DIR}/"):
            with Image.open(io.BytesIO(data)) as img:
                assert max(img.size) <= 1600
