"""A small labelled face set, built in memory from photos whose licence allows it, plus scoring.

Sources (all from scikit-image's `skimage/data`, read as files, not through skimage):
* `astronaut.png`: Eileen Collins, NASA Great Images; public domain. One frontal face.
* `camera.png`: the cameraman; CC0 (Lav Varshney). One face seen from the side (near profile).
* `chelsea.png` (a cat; CC0, Stefan van der Walt) and `coffee.png` (CC0, Rachel Michetti): no face.
* `brick.png`, `grass.png`: CC0 textures, used as backgrounds of the composites.

Labels are hand-drawn boxes from forehead to chin and cheek to cheek, in pixels of the image.
Composites paste these faces (scaled, mirrored, rotated, darkened, covered) and carry their boxes
along; a tilted face's label is the upright box of the face's size about its rotated centre.
Scoring: a detection matches an unmatched label at IoU >= 0.5 (greedy, best IoU first).
"""

from __future__ import annotations

import importlib.metadata
import math
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance

Rect = tuple[float, float, float, float]  # x, y, w, h

# Hand-drawn labels on the full photos.
ASTRONAUT_FACE: Rect = (180, 60, 92, 120)
CAMERAMAN_FACE: Rect = (192, 118, 66, 82)
# Crops around those faces (left, top, right, bottom) used as "people" in the composites.
_ASTRONAUT_CROP = (130, 10, 322, 230)
_CAMERAMAN_CROP = (140, 60, 300, 250)


@dataclass(frozen=True)
class Sample:
    name: str
    category: str  # frontal, several, small, profile, tilt, low light, partial cover, no face
    image: Image.Image
    faces: tuple[Rect, ...]


def _data_dir() -> Path:
    dist = importlib.metadata.distribution("scikit-image")
    return Path(str(dist.locate_file("skimage/data")))


def _load(name: str) -> Image.Image:
    with Image.open(_data_dir() / name) as image:
        return image.convert("RGB")


def _person(photo: Image.Image, crop: tuple[int, int, int, int], face: Rect) -> tuple[Image.Image, Rect]:
    left, top = crop[0], crop[1]
    return photo.crop(crop), (face[0] - left, face[1] - top, face[2], face[3])


def _scaled(person: tuple[Image.Image, Rect], face_height: float) -> tuple[Image.Image, Rect]:
    image, (x, y, w, h) = person
    k = face_height / h
    size = (max(1, round(image.width * k)), max(1, round(image.height * k)))
    return image.resize(size, Image.Resampling.LANCZOS), (x * k, y * k, w * k, h * k)


def _mirrored(person: tuple[Image.Image, Rect]) -> tuple[Image.Image, Rect]:
    image, (x, y, w, h) = person
    return image.transpose(Image.Transpose.FLIP_LEFT_RIGHT), (image.width - x - w, y, w, h)


def _background(size: tuple[int, int], texture: Image.Image) -> Image.Image:
    canvas = Image.new("RGB", size)
    tile = texture.resize((256, 256), Image.Resampling.BOX)
    tile = ImageEnhance.Brightness(tile).enhance(0.8)
    for y in range(0, size[1], 256):
        for x in range(0, size[0], 256):
            canvas.paste(tile, (x, y))
    return canvas


def _place(canvas: Image.Image, person: tuple[Image.Image, Rect], at: tuple[int, int]) -> Rect:
    image, (x, y, w, h) = person
    canvas.paste(image, at)
    return (at[0] + x, at[1] + y, w, h)


def _rotated(person: tuple[Image.Image, Rect], degrees: float) -> tuple[Image.Image, Rect]:
    image, (x, y, w, h) = person
    out = image.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(90, 90, 90))
    cx, cy = x + w / 2 - image.width / 2, y + h / 2 - image.height / 2
    a = math.radians(degrees)  # PIL rotates counter-clockwise; y points down
    rx = cx * math.cos(a) + cy * math.sin(a)
    ry = -cx * math.sin(a) + cy * math.cos(a)
    ncx, ncy = rx + out.width / 2, ry + out.height / 2
    return out, (ncx - w / 2, ncy - h / 2, w, h)


def _dark(image: Image.Image, seed: int) -> Image.Image:
    """Low light: a quarter of the brightness, crushed contrast, sensor noise."""
    dim = ImageEnhance.Contrast(ImageEnhance.Brightness(image).enhance(0.25)).enhance(0.7)
    noise = Image.effect_noise(image.size, 18).convert("RGB")
    rng = random.Random(seed)
    return Image.blend(dim, noise, 0.08 + rng.random() * 0.02)


def _cover(image: Image.Image, face: Rect, part: str) -> Image.Image:
    out = image.copy()
    x, y, w, h = face
    draw = ImageDraw.Draw(out)
    if part == "mask":  # a face mask over nose, mouth and chin
        draw.rectangle((x - 4, y + h * 0.5, x + w + 4, y + h + 6), fill=(200, 210, 220))
    elif part == "glasses":  # dark glasses over both eyes
        draw.rectangle((x, y + h * 0.25, x + w, y + h * 0.45), fill=(15, 15, 15))
    else:  # a hand or an object over one side of the face
        draw.rectangle((x + w * 0.55, y + h * 0.1, x + w + 8, y + h + 8), fill=(160, 120, 90))
    return out


def build() -> list[Sample]:
    """The labelled set (about 30 faces in 20 images), the same on every run."""
    astronaut, cameraman = _load("astronaut.png"), _load("camera.png")
    brick, grass = _load("brick.png"), _load("grass.png")
    a = _person(astronaut, _ASTRONAUT_CROP, ASTRONAUT_FACE)
    c = _person(cameraman, _CAMERAMAN_CROP, CAMERAMAN_FACE)
    samples: list[Sample] = [Sample("astronaut", "frontal", astronaut, (ASTRONAUT_FACE,))]
    for i, height in enumerate((60, 160)):
        canvas = _background((640, 480), grass if i else brick)
        box = _place(canvas, _scaled(a, height), (200, 80))
        samples.append(Sample(f"frontal-{height}px", "frontal", canvas, (box,)))

    group = _background((1280, 720), brick)
    people = [_scaled(a, 90), _mirrored(_scaled(a, 110)), _scaled(a, 70), _scaled(a, 100), _mirrored(_scaled(a, 80))]
    boxes = tuple(_place(group, p, (40 + i * 250, 120 + (i % 2) * 140)) for i, p in enumerate(people))
    samples.append(Sample("group-of-five", "several", group, boxes))
    mixed = _background((960, 540), grass)
    people = [_scaled(a, 100), _scaled(c, 100), _mirrored(_scaled(c, 90))]
    boxes = tuple(_place(mixed, p, (30 + i * 320, 100)) for i, p in enumerate(people))
    samples.append(Sample("three-mixed", "several", mixed, boxes))

    for height, count, size in ((36, 8, (1600, 1000)), (24, 10, (1920, 1080))):
        crowd = _background(size, grass if height == 36 else brick)
        placed = []
        for i in range(count):
            person = _scaled(a, height) if i % 2 == 0 else _mirrored(_scaled(a, height + 4))
            placed.append(_place(crowd, person, (60 + (i % 5) * 300, 150 + (i // 5) * 420)))
        samples.append(Sample(f"small-{height}px", "small", crowd, tuple(placed)))

    samples.append(Sample("cameraman", "profile", cameraman, (CAMERAMAN_FACE,)))
    samples.append(
        Sample(
            "cameraman-mirrored",
            "profile",
            cameraman.transpose(Image.Transpose.FLIP_LEFT_RIGHT),
            ((cameraman.width - CAMERAMAN_FACE[0] - CAMERAMAN_FACE[2], *CAMERAMAN_FACE[1:]),),
        )
    )
    for height in (70, 150):
        canvas = _background((640, 480), brick)
        box = _place(canvas, _scaled(c, height), (220, 60))
        samples.append(Sample(f"profile-{height}px", "profile", canvas, (box,)))

    for degrees in (-35, -20, 20, 35):
        canvas = _background((640, 560), grass)
        box = _place(canvas, _rotated(_scaled(a, 130), degrees), (150, 60))
        samples.append(Sample(f"tilt{degrees:+d}", "tilt", canvas, (box,)))

    samples.append(Sample("astronaut-dark", "low light", _dark(astronaut, 1), (ASTRONAUT_FACE,)))
    samples.append(Sample("cameraman-dark", "low light", _dark(cameraman, 2), (CAMERAMAN_FACE,)))
    dim_group = _background((960, 540), brick)
    boxes = tuple(_place(dim_group, _scaled(a, 90 + i * 20), (60 + i * 300, 100)) for i in range(3))
    samples.append(Sample("group-dark", "low light", _dark(dim_group, 3), boxes))

    for part in ("mask", "glasses", "side"):
        samples.append(
            Sample(f"covered-{part}", "partial cover", _cover(astronaut, ASTRONAUT_FACE, part), (ASTRONAUT_FACE,))
        )

    samples.append(Sample("cat", "no face", _load("chelsea.png"), ()))
    samples.append(Sample("coffee", "no face", _load("coffee.png"), ()))
    return samples


def iou(a: Rect, b: Rect) -> float:
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    inter = w * h
    return inter / (a[2] * a[3] + b[2] * b[3] - inter)


def match(labels: tuple[Rect, ...], found: list[Rect], threshold: float = 0.5) -> int:
    """How many labels a detection matches at IoU >= threshold (each used once, best pairs first)."""
    pairs = sorted(
        ((iou(t, f), i, j) for i, t in enumerate(labels) for j, f in enumerate(found)),
        reverse=True,
    )
    used_t: set[int] = set()
    used_f: set[int] = set()
    for value, i, j in pairs:
        if value < threshold:
            break
        if i not in used_t and j not in used_f:
            used_t.add(i)
            used_f.add(j)
    return len(used_t)
