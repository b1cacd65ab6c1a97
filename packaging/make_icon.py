"""Draws the app icon (a shield with a keyhole) and writes resources/icons/evidence-app.{png,ico,icns}.

The icon files are committed; run this again only to change the design:
    .venv/bin/python packaging/make_icon.py
Drawn large and scaled down with a high-quality filter, so the small sizes are anti-aliased.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZE = 1024
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]

NAVY = (24, 42, 74, 255)
TEAL = (38, 150, 140, 255)
LIGHT = (236, 242, 246, 255)


def _shield(size: int, inset: float) -> list[tuple[float, float]]:
    """Outline of a shield: flat top with rounded shoulders, sides curving to a point."""
    s = float(size)
    left, right, top, bottom = s * inset, s * (1 - inset), s * (inset + 0.02), s * (1 - inset * 0.6)
    mid = s / 2
    points: list[tuple[float, float]] = [(left, top + s * 0.08), (mid, top), (right, top + s * 0.08)]
    # Right flank: straight down, then a quadratic curve into the bottom point.
    steps = 24
    shoulder = top + (bottom - top) * 0.45
    points.append((right, shoulder))
    for i in range(1, steps + 1):
        t = i / steps
        x = (1 - t) ** 2 * right + 2 * (1 - t) * t * right + t**2 * mid
        y = (1 - t) ** 2 * shoulder + 2 * (1 - t) * t * bottom * 0.93 + t**2 * bottom
        points.append((x, y))
    for i in range(steps - 1, -1, -1):
        t = i / steps
        x = (1 - t) ** 2 * left + 2 * (1 - t) * t * left + t**2 * mid
        y = (1 - t) ** 2 * shoulder + 2 * (1 - t) * t * bottom * 0.93 + t**2 * bottom
        points.append((x, y))
    points.append((left, shoulder))
    return points


def draw(size: int = SIZE) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.polygon(_shield(size, 0.10), fill=NAVY)
    pen.polygon(_shield(size, 0.17), fill=TEAL)
    pen.polygon(_shield(size, 0.21), fill=NAVY)
    # Keyhole: a circle over a tapered slot.
    cx, cy, r = size / 2, size * 0.43, size * 0.105
    pen.ellipse((cx - r, cy - r, cx + r, cy + r), fill=LIGHT)
    pen.polygon(
        [
            (cx - r * 0.45, cy + r * 0.5),
            (cx + r * 0.45, cy + r * 0.5),
            (cx + r * 0.8, size * 0.70),
            (cx - r * 0.8, size * 0.70),
        ],
        fill=LIGHT,
    )
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((512, 512), Image.Resampling.LANCZOS).save(OUT / "evidence-app.png", optimize=True)
    big.resize((256, 256), Image.Resampling.LANCZOS).save(OUT / "evidence-app.ico", sizes=ICO_SIZES)
    big.save(OUT / "evidence-app.icns")  # Pillow writes the retina sizes macOS asks for
    for name in ("evidence-app.png", "evidence-app.ico", "evidence-app.icns"):
        print(OUT / name, (OUT / name).stat().st_size, "bytes")


if __name__ == "__main__":
    main()
