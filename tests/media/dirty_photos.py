"""Generates a corpus of "dirty" photos: every kind of identifying metadata we know of.

Pillow writes what it can (EXIF via Image.Exif, ICC, comments, PNG text chunks, XMP for
WebP/HEIC); exiftool adds what Pillow cannot (GPS, serial numbers, owner, XMP, IPTC, EXIF
thumbnails). Every identifying string is a unique marker so tests can also grep output bytes.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zlib
from pathlib import Path

import pillow_heif
from PIL import Image, ImageCms, ImageDraw, PngImagePlugin

pillow_heif.register_heif_opener()

EXIFTOOL = shutil.which("exiftool")

# Unique strings planted in dirty files; none may survive sanitizing.
SERIAL = "SNDIRTY7731"
LENS_SERIAL = "LENSDIRTY4411"
ARTIST = "ArtistDirtyAlice"
OWNER = "OwnerDirtyBob"
COPYRIGHT = "CopyrightDirtyCarol"
MAKE = "DirtyCamMaker"
MODEL = "DirtyCamModelX9"
SOFTWARE = "DirtySoftware1.0"
XMP_CREATOR = "XmpCreatorDirtyDave"
IPTC_BYLINE = "IptcBylineDirtyEve"
IPTC_CITY = "IptcCityDirtyKampot"
COMMENT = "CommentDirtyFrank"
USER_COMMENT = "UserCommentDirtyGrace"
DESCRIPTION = "DescriptionDirtyHeidi"
TEXT_AUTHOR = "PngAuthorDirtyIvan"
TEXT_ZTXT = "PngZtxtDirtyJudy"
TEXT_ITXT = "PngItxtDirtyMallory"
PRIVATE = "PrivateChunkDirtyNiaj"
TRAILING = b"TRAILINGDIRTYSECRET-after-end-of-image"
GPS_LAT, GPS_LON = 10.62345, 103.52345

MARKERS: tuple[str, ...] = (
    SERIAL,
    LENS_SERIAL,
    ARTIST,
    OWNER,
    COPYRIGHT,
    MAKE,
    MODEL,
    SOFTWARE,
    XMP_CREATOR,
    IPTC_BYLINE,
    IPTC_CITY,
    COMMENT,
    USER_COMMENT,
    DESCRIPTION,
    TEXT_AUTHOR,
    TEXT_ZTXT,
    TEXT_ITXT,
    PRIVATE,
)
MARKER_BYTES: tuple[bytes, ...] = (*(m.encode() for m in MARKERS), TRAILING)

XMP_PACKET = (
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
    f"<dc:creator><rdf:Seq><rdf:li>{XMP_CREATOR}</rdf:li></rdf:Seq></dc:creator>"
    "</rdf:Description></rdf:RDF></x:xmpmeta>"
    '<?xpacket end="w"?>'
).encode()


def base_image(size: tuple[int, int] = (64, 48), mode: str = "RGB") -> Image.Image:
    """A small picture whose orientation is unambiguous (distinct corners)."""
    width, height = size
    image = Image.new("RGB", size, (40, 90, 160))
    draw = ImageDraw.Draw(image)
    for x in range(0, width, 8):
        draw.line([(x, 0), (x, height)], fill=(x * 4 % 256, 200, 60), width=2)
    draw.rectangle((0, 0, width // 4, height // 4), fill=(250, 20, 20))  # red: top-left
    draw.rectangle((width - width // 4, height - height // 4, width, height), fill=(250, 250, 0))  # yellow
    draw.ellipse((width // 3, height // 3, width // 2, height // 2), fill=(255, 255, 255))
    return image.convert(mode) if mode != "RGB" else image


def srgb_icc() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def pillow_exif(orientation: int | None = None) -> Image.Exif:
    """EXIF Pillow can write itself: IFD0 strings, EXIF IFD strings, a GPS IFD."""
    exif = Image.Exif()
    exif[0x010F] = MAKE
    exif[0x0110] = MODEL
    exif[0x013B] = ARTIST
    exif[0x8298] = COPYRIGHT
    exif[0x0131] = SOFTWARE
    exif[0x010E] = DESCRIPTION
    exif[0x0132] = "2024:05:01 10:11:12"
    if orientation is not None:
        exif[0x0112] = orientation
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[0xA431] = SERIAL  # BodySerialNumber
    exif_ifd[0xA430] = OWNER  # CameraOwnerName
    exif_ifd[0xA435] = LENS_SERIAL
    exif_ifd[0x9003] = "2024:05:01 10:11:12"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (10.0, 37.0, 24.42)
    gps[3] = "E"
    gps[4] = (103.0, 31.0, 24.42)
    return exif


def exiftool_write(paths: Path | list[Path], *args: str) -> None:
    """Add tags in place with exiftool (which must exist: callers skip otherwise)."""
    assert EXIFTOOL is not None
    targets = [paths] if isinstance(paths, Path) else paths
    subprocess.run(
        [EXIFTOOL, "-q", "-q", "-overwrite_original", "-m", *args, *map(str, targets)],
        check=True,
        capture_output=True,
        timeout=120,
    )


def exiftool_dirty_args(thumbnail: Path | None = None) -> list[str]:
    args = [
        f"-GPSLatitude={GPS_LAT}",
        "-GPSLatitudeRef=N",
        f"-GPSLongitude={GPS_LON}",
        "-GPSLongitudeRef=E",
        "-GPSAltitude=12",
        f"-ExifIFD:BodySerialNumber={SERIAL}",
        f"-ExifIFD:LensSerialNumber={LENS_SERIAL}",
        f"-ExifIFD:OwnerName={OWNER}",
        f"-IFD0:Artist={ARTIST}",
        f"-IFD0:Make={MAKE}",
        f"-IFD0:Model={MODEL}",
        f"-IFD0:Software={SOFTWARE}",
        f"-ExifIFD:UserComment={USER_COMMENT}",
        "-ExifIFD:ImageUniqueID=0123abcd",
        "-ExifIFD:DateTimeOriginal=2024:05:01 10:11:12",
        f"-XMP-dc:Creator={XMP_CREATOR}",
        f"-XMP-photoshop:City={IPTC_CITY}",
        f"-IPTC:By-line={IPTC_BYLINE}",
        f"-IPTC:City={IPTC_CITY}",
    ]
    if thumbnail is not None:
        args.append(f"-ThumbnailImage<={thumbnail}")
    return args


def _thumbnail(directory: Path) -> Path:
    path = directory / "thumb.jpg"
    base_image((32, 24)).save(path, "JPEG", quality=70)
    return path


def append_trailing(path: Path) -> None:
    with path.open("ab") as handle:
        handle.write(TRAILING)


def dirty_jpeg(
    directory: Path,
    *,
    progressive: bool = False,
    orientation: int | None = None,
    name: str = "dirty.jpg",
    finish: bool = True,
) -> Path:
    """JPEG with EXIF (GPS, serials, owner, thumbnail), XMP, IPTC, COM, ICC and trailing bytes.

    ``finish=False`` leaves the exiftool tags and trailing bytes to a batched caller
    (``build_corpus``): one exiftool run per group of files keeps the suite fast.
    """
    path = directory / name
    base_image().save(
        path,
        "JPEG",
        quality=90,
        progressive=progressive,
        icc_profile=srgb_icc(),
        comment=COMMENT.encode(),
        exif=pillow_exif(orientation).tobytes(),
    )
    if finish:
        exiftool_write(path, *exiftool_dirty_args(_thumbnail(directory)))
        append_trailing(path)
    return path


def dirty_png(directory: Path, name: str = "dirty.png", *, mode: str = "RGB", finish: bool = True) -> Path:
    """PNG with tEXt/zTXt/iTXt, tIME, eXIf, iCCP, a private chunk and trailing bytes."""
    path = directory / name
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", TEXT_AUTHOR)
    info.add_text("Comment", TEXT_ZTXT, zip=True)
    info.add_itxt("Description", TEXT_ITXT, lang="en", tkey="Beschreibung", zip=False)
    info.add(b"tIME", bytes([0x07, 0xE8, 5, 1, 10, 11, 12]))
    info.add(b"prVt", PRIVATE.encode())
    base_image(mode=mode).save(path, "PNG", pnginfo=info, exif=pillow_exif().tobytes(), icc_profile=srgb_icc())
    if finish:
        exiftool_write(path, f"-XMP-dc:Creator={XMP_CREATOR}")
        append_trailing(path)
    return path


def dirty_tiff(
    directory: Path, name: str = "dirty.tif", *, orientation: int | None = None, pages: int = 1, finish: bool = True
) -> Path:
    path = directory / name
    tiffinfo = {315: ARTIST, 33432: COPYRIGHT, 305: SOFTWARE, 270: DESCRIPTION, 271: MAKE, 272: MODEL}
    if orientation is not None:
        tiffinfo[274] = orientation  # type: ignore[assignment]
    images = [base_image()] + [base_image((40, 30)) for _ in range(pages - 1)]
    images[0].save(
        path, "TIFF", tiffinfo=tiffinfo, icc_profile=srgb_icc(), save_all=pages > 1, append_images=images[1:]
    )
    if finish:
        exiftool_write(path, *exiftool_dirty_args())
    return path


def dirty_webp(
    directory: Path,
    name: str = "dirty.webp",
    *,
    lossless: bool = False,
    orientation: int | None = None,
    frames: int = 1,
) -> Path:
    path = directory / name
    images = [base_image()] + [base_image().rotate(90 * i) for i in range(1, frames)]
    options: dict[str, object] = {"lossless": True} if lossless else {"quality": 80}
    durations = [100 + 10 * i for i in range(frames)]
    images[0].save(
        path,
        "WEBP",
        exif=pillow_exif(orientation).tobytes(),
        xmp=XMP_PACKET,
        icc_profile=srgb_icc(),
        save_all=frames > 1,
        append_images=images[1:],
        duration=durations if frames > 1 else durations[0],
        loop=3,
        **options,
    )
    return path


def dirty_heic(directory: Path, name: str = "dirty.heic", *, orientation: int | None = None) -> Path:
    path = directory / name
    base_image().save(path, "HEIF", quality=90, exif=pillow_exif(orientation).tobytes(), xmp=XMP_PACKET)
    return path


def dirty_gif(directory: Path, name: str = "dirty.gif", *, frames: int = 1, finish: bool = True) -> Path:
    path = directory / name
    images = [base_image().convert("P", palette=Image.Palette.ADAPTIVE, colors=32)]
    images += [
        base_image().rotate(90 * i).convert("P", palette=Image.Palette.ADAPTIVE, colors=32) for i in range(1, frames)
    ]
    durations = [120 + 10 * i for i in range(frames)]
    images[0].save(
        path,
        "GIF",
        comment=COMMENT.encode(),
        save_all=frames > 1,
        append_images=images[1:],
        duration=durations if frames > 1 else durations[0],
        loop=2,
    )
    if finish:
        exiftool_write(path, f"-XMP-dc:Creator={XMP_CREATOR}")
        append_trailing(path)
    return path


# ---------------------------------------------------------------------------------------------
# Hand-built hostile bytes


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")


def png_bomb(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header claims an enormous image."""
    ihdr = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    idat = zlib.compress(b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def hostile_exif() -> bytes:
    """A TIFF/EXIF block built to stall naive parsers.

    IFD0: Make, a pointer to an EXIF IFD, and a next-IFD pointer back to itself (a loop).
    EXIF IFD: a MakerNote claiming ~4 billion values (read one by one by naive parsers), a
    UserComment that is far larger than the block, and a sub-IFD pointer to itself.
    """
    import struct

    entries0 = [
        (0x010F, 2, 6, 0),  # Make "Canon\0" stored out of line (patched below)
        (0x8769, 4, 1, 0),  # ExifOffset (patched below)
        (0x8825, 4, 1, 8),  # GPSInfo -> IFD0 itself
    ]
    ifd0_offset = 8
    ifd0_size = 2 + 12 * len(entries0) + 4
    exif_offset = ifd0_offset + ifd0_size
    entries_exif = [
        (0x927C, 7, 0xFFFFFFF0, 8),  # MakerNote, absurd count
        (0x9286, 7, 0x7FFFFFFF, 8),  # UserComment, absurd count
        (0xA005, 4, 1, exif_offset),  # Interoperability -> EXIF IFD itself
    ]
    exif_size = 2 + 12 * len(entries_exif) + 4
    make_offset = exif_offset + exif_size
    entries0[0] = (0x010F, 2, 6, make_offset)
    entries0[1] = (0x8769, 4, 1, exif_offset)

    def ifd(entries: list[tuple[int, int, int, int]], next_ifd: int) -> bytes:
        out = struct.pack(">H", len(entries))
        for tag, kind, count, value in entries:
            out += struct.pack(">HHII", tag, kind, count, value)
        return out + struct.pack(">I", next_ifd)

    tiff = b"MM\x00*" + struct.pack(">I", ifd0_offset)
    tiff += ifd(entries0, ifd0_offset)  # next IFD = itself
    tiff += ifd(entries_exif, ifd0_offset)
    tiff += b"Canon\x00"
    return tiff


def absurd_count_exif(entries: int = 0xFFFF) -> bytes:
    """An IFD claiming 65,535 entries of which only the first few exist."""
    import struct

    return b"II*\x00" + struct.pack("<I", 8) + struct.pack("<H", entries) + b"\x01" * 120


def jpeg_with_app1(payload_tiff: bytes) -> bytes:
    """A valid small JPEG with the given TIFF block as its APP1 Exif segment."""
    buffer = io.BytesIO()
    base_image((16, 16)).save(buffer, "JPEG", quality=80)
    data = buffer.getvalue()
    payload = b"Exif\x00\x00" + payload_tiff
    segment = b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload
    return data[:2] + segment + data[2:]


def small_jpeg(size: tuple[int, int] = (32, 24), **options: object) -> bytes:
    buffer = io.BytesIO()
    base_image(size).save(buffer, "JPEG", quality=85, **options)
    return buffer.getvalue()


def small_png(size: tuple[int, int] = (24, 16), mode: str = "RGB", **options: object) -> bytes:
    buffer = io.BytesIO()
    base_image(size, mode).save(buffer, "PNG", **options)
    return buffer.getvalue()
