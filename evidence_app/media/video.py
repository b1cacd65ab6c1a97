"""Video (MP4, MOV from phones): remuxed without re-encoding, audio and video streams only.

Phones write the place (``©xyz``, ``com.apple.quicktime.location.ISO6709``), make, model,
software version and creation date into the container, and some write timed GPS/metadata tracks,
chapter and subtitle tracks. The working copy is a new container written by FFmpeg holding only
the compressed audio and video packets (bit for bit, no quality loss), with empty metadata and
bit-exact muxing (no encoder tag, zero creation times). H.264/HEVC SEI units, which can carry
encoder strings and vendor user data, are removed with FFmpeg's ``filter_units`` bitstream filter.
The display matrix (rotation) is part of the stream parameters and is kept.

Policy when certainty is lacking: a video whose streams this app cannot clean with certainty (a
codec outside the list below, whose bitstream may carry metadata it does not know; a remux that
fails; a self-check that still finds metadata in the output) is *kept*, sealed, and marked "not
exportable" with the reason (``NotSanitizable``). A truncated or damaged file is refused outright
(``InvalidMedia``), like every other format.

Memory (#18): the parser process reads the video where it lies (a handed descriptor,
``filesource.FileBytes``): the box walk reads box headers and the index, FFmpeg the packets by
ranges. The working copy is written as it is made to the parser's output frames
(``avtools.remux_streamed``): made twice, the first time only for its headers (the index placed
at the front), the second passed on. Only the headers (about 16 bytes a packet) are held, so the
size is bounded by the vault's free disk (media_service checks it), not by memory. Where no
descriptor can be handed over (Windows), the parser reads the video by ranges over its pipes
(``pipefile.PipeSource``) the same way; ``MAX_VIDEO_BYTES`` bounds only a video handed as bytes
(a sanitizer called in this process on bytes). Nothing is written to a temporary file.

The self-check reads the working copy back as it is made: its boxes from the headers before any
byte is passed on, its packets by FFmpeg as they are made (a refusal then discards what was sent).
"""

from __future__ import annotations

from typing import BinaryIO, ClassVar, cast

from .avtools import Probe, StreamedRemux, probe, remux_streamed
from .base import Category, Finding, Inspection, InvalidMedia, MediaType, NotSanitizable, Sanitizer, SanitizeResult
from .filesource import ByteSource, as_file, source_bytes
from .isobmff import check_structure, inspect_boxes
from .tags import finding, structure

MAX_VIDEO_BYTES = 512 * 1024 * 1024

# Video codecs whose only in-band metadata channel (SEI) we remove; filter per codec.
_SEI_FILTERS = {
    "h264": "filter_units=remove_types=6",
    "hevc": "filter_units=remove_types=39|40",
}
_AUDIO_CODECS = frozenset(
    {
        "aac",
        "alac",
        "mp3",
        "mp3float",
        "opus",
        "ac3",
        "eac3",
        "flac",
        "amr_nb",
        "amrnb",
        "amr_wb",
        "amrwb",
        "pcm_s16le",
        "pcm_s16be",
        "pcm_s24le",
        "pcm_s24be",
        "pcm_s32le",
        "pcm_f32le",
        "pcm_f32be",
    }
)
DURATION_TOLERANCE = 0.15


def _what(media_type: MediaType) -> str:
    return {MediaType.MOV: "MOV video", MediaType.THREEGP: "3GP video"}.get(media_type, "MP4 video")


def _facts(info: Probe) -> tuple[dict[str, str], list[Finding], int | None, int | None]:
    video = [s for s in info.av_streams if s.type == "video"]
    audio = [s for s in info.av_streams if s.type == "audio"]
    facts = {"duration": f"{info.duration:.3f}"}
    found = [structure("duration", f"{info.duration:.3f} s")]
    width = height = None
    if video:
        width, height = video[0].width, video[0].height
        facts["video_codec"] = video[0].codec
        found.append(structure("video", f"{video[0].codec} {width}x{height}"))
    if audio:
        facts["audio_codec"] = audio[0].codec
        found.append(structure("audio", f"{audio[0].codec}, {audio[0].sample_rate} Hz"))
    return facts, found, width, height


def _stream_findings(info: Probe) -> list[Finding]:
    found = []
    for s in info.streams:
        if s.type in ("audio", "video") and not s.attached_picture:
            continue
        label = "attached picture" if s.attached_picture else f"{s.type} stream ({s.codec})"
        found.append(
            finding(
                f"stream {s.index}", f"{label}; dropped", Category.THUMBNAIL if s.attached_picture else Category.OTHER
            )
        )
    return found


class VideoSanitizer(Sanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.MP4, MediaType.MOV, MediaType.THREEGP})

    def inspect(self, src: BinaryIO) -> Inspection:
        data = source_bytes(src, "video", MAX_VIDEO_BYTES)
        media_type = _type_of(data)
        what = _what(media_type)
        boxes = check_structure(data, what, ftyp=data[4:8] == b"ftyp")
        findings, box_facts = inspect_boxes(data, boxes, what)
        info = probe(as_file(data), media_type, what)
        if not info.av_streams:
            raise InvalidMedia(f"the {what} has no audio or video stream")
        facts, structural, width, height = _facts(info)
        findings += _stream_findings(info)
        return Inspection(media_type, tuple(findings + structural), width, height, {**box_facts, **facts})

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = source_bytes(src, "video", MAX_VIDEO_BYTES)
        media_type = _type_of(data)
        what = _what(media_type)
        check_structure(data, what, ftyp=data[4:8] == b"ftyp")
        if data[4:8] != b"ftyp":  # old QuickTime: a new MOV with a file-type box is written
            media_type = MediaType.MOV
        info = probe(as_file(data), media_type, what)
        for stream in info.av_streams:
            if stream.type == "video" and stream.codec not in _SEI_FILTERS:
                raise NotSanitizable(
                    f"the {what} uses the {stream.codec} video codec, which may carry metadata this app cannot"
                    " remove; it is kept sealed and not exportable"
                )
            if stream.type == "audio" and stream.codec not in _AUDIO_CODECS:
                raise NotSanitizable(f"the {what} uses the {stream.codec} audio codec, which this app cannot vouch for")
        try:
            clean = remux_streamed(
                as_file(data), media_type, dst, what, bitstream_filters=_SEI_FILTERS, packets=info.packets
            )
        except InvalidMedia as exc:
            raise NotSanitizable(f"the {what} could not be rewritten without its metadata ({exc})") from None
        steps = clean.steps
        if media_type is MediaType.THREEGP:
            stamps = _blank_amr_vendor(clean.head)
            if stamps:
                steps.append(f"blanked the muxer's vendor code in {stamps} AMR configuration box(es)")
        self._self_check(clean, media_type, what, info)
        return SanitizeResult(media_type, tuple(steps))

    @staticmethod
    def _self_check(clean: bytes | StreamedRemux, media_type: MediaType, what: str, original: Probe) -> None:
        """Read the working copy back as if it came from outside: it must hold the same audio and
        video for the same duration, and carry no metadata at all. A copy made as it is read
        (``StreamedRemux``): its boxes are read from its headers before any byte is passed on, its
        packets as the copy is made and passed on."""
        try:
            view: ByteSource = clean.headers(f"cleaned {what}") if isinstance(clean, StreamedRemux) else clean
            boxes = check_structure(view, f"cleaned {what}")
            leftovers, _ = inspect_boxes(view, boxes, f"cleaned {what}")
        except InvalidMedia as exc:
            raise NotSanitizable(f"the {what}'s clean copy did not read back ({exc})") from None
        risky = [f for f in leftovers if f.risky]
        if risky:
            raise NotSanitizable(f"the {what} still carried metadata after cleaning ({risky[0].key})")
        try:
            if isinstance(clean, bytes):
                result = probe(clean, media_type, f"cleaned {what}")
            else:
                try:
                    result = probe(cast(BinaryIO, clean), media_type, f"cleaned {what}")
                except InvalidMedia:
                    clean.check()  # the second pass's own refusal says more than the reader's failure
                    raise
                clean.drain()
        except InvalidMedia as exc:
            raise NotSanitizable(f"the {what}'s clean copy did not read back ({exc})") from None
        if len(result.av_streams) != len(original.av_streams) or any(
            s.type not in ("audio", "video") for s in result.streams
        ):
            raise NotSanitizable(f"the {what}'s streams changed while cleaning")
        if abs(result.duration - original.duration) > DURATION_TOLERANCE + 0.005 * original.duration:
            raise NotSanitizable(
                f"the {what} changed length while cleaning ({original.duration:.2f} s became {result.duration:.2f} s)"
            )


def _blank_amr_vendor(head: bytearray) -> int:
    """The AMR configuration box ('damr': 4-byte vendor, decoder version, modes) says which muxer
    wrote the file (FFmpeg writes "FFMP"; a phone its maker's code): zeroed in the copy's headers
    (its index, where the box is), nothing else moves. Returns how many were zeroed."""
    count, pos = 0, head.find(b"damr")
    while pos >= 4:
        size = int.from_bytes(head[pos - 4 : pos], "big")
        if size == 17 and pos + 13 <= len(head):
            head[pos + 4 : pos + 9] = bytes(5)  # vendor and decoder version
            count += 1
        pos = head.find(b"damr", pos + 4)
    return count


def _type_of(data: ByteSource) -> MediaType:
    from .detect import detect_type

    media_type = detect_type(data[:512])
    if media_type not in (MediaType.MP4, MediaType.MOV, MediaType.THREEGP):
        raise InvalidMedia("the file is not an MP4, MOV or 3GP video")
    assert media_type is not None
    return media_type
