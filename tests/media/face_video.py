"""A short phone-like video built in the test from the labelled face set (bench/face_set.py: public
domain and CC0 photos): two people moving across a brick wall, one entering from the edge and one
appearing midway, with a tone as its sound and the place and phone model a phone writes."""

from __future__ import annotations

import io
from fractions import Fraction
from typing import Any

import av
import numpy as np
from PIL import Image

from bench import face_set

SIZE = (480, 320)
FPS = 25
SECONDS = 3
METADATA = {"title": "ZQXTITLE", "comment": "ZQXCOMMENT", "location": "+48.8577+002.2950/", "make": "ZQXMAKE"}


def _people() -> tuple[tuple[Image.Image, face_set.Rect], tuple[Image.Image, face_set.Rect]]:
    astronaut = face_set._load("astronaut.png")
    cameraman = face_set._load("camera.png")
    a = face_set._scaled(face_set._person(astronaut, face_set._ASTRONAUT_CROP, face_set.ASTRONAUT_FACE), 80)
    c = face_set._scaled(face_set._person(cameraman, face_set._CAMERAMAN_CROP, face_set.CAMERAMAN_FACE), 90)
    return a, c


def frames() -> list[tuple[Image.Image, list[face_set.Rect]]]:
    """Each frame with the labelled face boxes in it."""
    brick = face_set._load("brick.png")
    a, c = _people()
    out = []
    count = FPS * SECONDS
    for i in range(count):
        canvas = face_set._background(SIZE, brick)
        faces = []
        # The astronaut walks in from the left edge and across (about 5 px a frame).
        x = -60 + i * 5
        faces.append(face_set._place(canvas, a, (x, 40 + (i % 10))))
        # The cameraman (a near profile) shows up a second in, moving down and left, then goes.
        if 25 <= i < 65:
            faces.append(face_set._place(canvas, c, (330 - (i - 25) * 3, 20 + (i - 25) * 2)))
        out.append((canvas, [f for f in faces if f[0] + f[2] > 0 and f[0] < SIZE[0]]))
    return out


SMALL_SIZE = (1280, 720)
SMALL_FRAMES = 36


def small_and_large() -> list[tuple[Image.Image, list[face_set.Rect]]]:
    """A 720p clip: a face 28 px high (found when the frame is searched at 1280 px, not at 640 px)
    walking right, and a large one drifting left; each frame with the two labelled boxes."""
    brick = face_set._load("brick.png")
    astronaut = face_set._load("astronaut.png")
    small = face_set._scaled(face_set._person(astronaut, face_set._ASTRONAUT_CROP, face_set.ASTRONAUT_FACE), 28)
    _, cameraman = _people()
    large = face_set._scaled(cameraman, 160)
    out = []
    for i in range(SMALL_FRAMES):
        canvas = face_set._background(SMALL_SIZE, brick)
        faces = [face_set._place(canvas, small, (300 + i * 4, 400)), face_set._place(canvas, large, (900 - i * 3, 120))]
        out.append((canvas, faces))
    return out


def write(
    fmt: str = "mp4", audio: bool = True, clip: list[tuple[Image.Image, list[face_set.Rect]]] | None = None
) -> bytes:
    """The video of `frames()` (or of ``clip``, frames of one size), H.264 at FPS, with a tone."""
    shown = frames() if clip is None else clip
    size = shown[0][0].size
    seconds = len(shown) / FPS
    buffer = io.BytesIO()
    with av.open(buffer, mode="w", format=fmt) as container:
        container.metadata.update(METADATA)
        video: Any = container.add_stream("libx264", rate=FPS)
        video.width, video.height = size
        video.pix_fmt = "yuv420p"
        sound: Any = None
        if audio:
            sound = container.add_stream("aac", rate=44100)
            sound.layout = "mono"
        for i, (image, _) in enumerate(shown):
            frame = av.VideoFrame.from_ndarray(np.asarray(image), format="rgb24")
            frame.pts, frame.time_base = i, Fraction(1, FPS)
            container.mux(video.encode(frame))
        container.mux(video.encode(None))
        if sound is not None:
            t = np.arange(round(44100 * seconds)) / 44100
            samples = (np.sin(2 * np.pi * 440 * t) * 0.3).astype(np.float32)
            chunk = 1024
            for start in range(0, len(samples), chunk):
                piece = av.AudioFrame.from_ndarray(samples[None, start : start + chunk], format="fltp", layout="mono")
                piece.sample_rate, piece.pts = 44100, start
                container.mux(sound.encode(piece))
            container.mux(sound.encode(None))
    return buffer.getvalue()
