"""Matroska and WebM (MKV, WebM from browsers, screen recorders and messengers): remuxed into a
new container without re-encoding, audio and video packets only.

Matroska carries tags (TITLE, ARTIST, DATE_RECORDED, COMMENT, the muxing and writing application
with its version), attachments (fonts, cover pictures, any file), chapters, subtitles and
per-track names and languages. None of it is copied: FFmpeg writes a new container from the
compressed packets with empty metadata, bit-exact (no "Lavf" stamp).

Working copy:

* with video: MP4 (the container every recipient tool reads), when the codecs are ones whose
  bitstream this app can vouch for: H.264/HEVC (SEI user data removed, as for phone videos) and
  VP9 (no user-data channel in its bitstream); audio AAC, Opus, MP3, FLAC, AC-3. Any other codec
  (VP8, AV1, Theora, Vorbis next to video, ...) is kept sealed and not exportable: re-encoding it
  is not done yet, and copying an unknown bitstream could copy metadata.
* audio only (Opus or Vorbis voice messages in WebM): Ogg, the packets unchanged, checked with
  the Ogg sanitizer's own self-check (no comment survives).

The copy is read back: same streams, same duration, no metadata (``VideoSanitizer._self_check``).

Memory (#18): the file is read where it lies in the parser process and the MP4 working copy is
passed on as it is made (``avtools.remux_streamed``, as for phone videos): only its headers are
held. An audio-only file's Ogg copy is still made in memory (the Ogg check reads the whole copy):
such a file is refused above ``MAX_VIDEO_BYTES`` (voice messages are far smaller).
"""

from __future__ import annotations

import io
from typing import BinaryIO, ClassVar

from .audio import _ogg_tags, _verify
from .avtools import Probe, Source, probe, remux, remux_streamed
from .base import Category, Finding, Inspection, InvalidMedia, MediaType, NotSanitizable, Sanitizer, SanitizeResult
from .detect import HEAD_SIZE, detect_type
from .filesource import ByteSource, FileBytes, as_file, source_bytes
from .tags import finding
from .video import DURATION_TOLERANCE, MAX_VIDEO_BYTES, VideoSanitizer, _facts, _stream_findings

_SEI_FILTERS = {"h264": "filter_units=remove_types=6", "hevc": "filter_units=remove_types=39|40"}
_VIDEO_CODECS = frozenset({"h264", "hevc", "vp9"})
_AUDIO_CODECS_MP4 = frozenset({"aac", "opus", "mp3", "mp3float", "flac", "ac3", "eac3"})
_AUDIO_ONLY_OGG = frozenset({"opus", "vorbis"})


def _type_of(data: ByteSource) -> MediaType:
    """WebM when the EBML DocType says so (as detection reads it), else Matroska."""
    return MediaType.WEBM if detect_type(data[:HEAD_SIZE]) is MediaType.WEBM else MediaType.MKV


def _what(media_type: MediaType) -> str:
    return "WebM file" if media_type is MediaType.WEBM else "Matroska (MKV) file"


def _metadata_findings(info: Probe, label: str = "Matroska tag") -> list[Finding]:
    found = [finding(f"{label} {key}", value, Category.TEXT) for key, value in info.metadata.items()]
    for index, tags in info.stream_metadata.items():
        for key, value in tags.items():
            if key.lower() in ("duration",):  # written by muxers for every track: a length, not a tag
                continue
            found.append(finding(f"track {index} tag {key}", value, Category.TEXT))
    return found


def _probe(data: Source, media_type: MediaType, what: str) -> Probe:
    """Probe, and refuse a file whose packets end well before the duration its header declares
    (a cut-off download or an interrupted copy). Browser recordings declare no duration."""
    info = probe(data, media_type, what)
    declared = info.container_duration
    if declared and info.duration < declared - (DURATION_TOLERANCE + 0.01 * declared):
        raise InvalidMedia(
            f"the {what} is truncated: its packets end at {info.duration:.2f} s of the {declared:.2f} s it declares"
        )
    return info


class MatroskaSanitizer(Sanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.MKV, MediaType.WEBM})

    def inspect(self, src: BinaryIO) -> Inspection:
        data = source_bytes(src, "Matroska file", MAX_VIDEO_BYTES)
        media_type = _type_of(data)
        what = _what(media_type)
        info = _probe(as_file(data), media_type, what)
        if not info.av_streams:
            raise InvalidMedia(f"the {what} has no audio or video stream")
        facts, structural, width, height = _facts(info)
        video = any(s.type == "video" for s in info.av_streams)
        facts["working copy"] = "MP4, packets copied" if video else "Ogg, audio packets copied"
        findings = _metadata_findings(info) + _stream_findings(info)
        return Inspection(media_type, tuple(findings + structural), width, height, facts)

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = source_bytes(src, "Matroska file", MAX_VIDEO_BYTES)
        media_type = _type_of(data)
        what = _what(media_type)
        info = _probe(as_file(data), media_type, what)
        streams = info.av_streams
        if not streams:
            raise InvalidMedia(f"the {what} has no audio or video stream")
        if not any(s.type == "video" for s in streams):
            return self._audio_only(data, media_type, what, info, dst)
        for stream in streams:
            if stream.type == "video" and stream.codec not in _VIDEO_CODECS:
                raise NotSanitizable(
                    f"the {what} uses the {stream.codec} video codec, which this app cannot copy with certainty"
                    " (re-encoding is not supported yet); it is kept sealed and not exportable"
                )
            if stream.type == "audio" and stream.codec not in _AUDIO_CODECS_MP4:
                raise NotSanitizable(
                    f"the {what} uses the {stream.codec} audio codec, which cannot be copied into MP4;"
                    " it is kept sealed and not exportable"
                )
        try:
            clean = remux_streamed(
                as_file(data),
                media_type,
                dst,
                what,
                out_type=MediaType.MP4,
                bitstream_filters=_SEI_FILTERS,
                packets=info.packets,
            )
        except InvalidMedia as exc:
            raise NotSanitizable(f"the {what} could not be rewritten without its metadata ({exc})") from None
        VideoSanitizer._self_check(clean, MediaType.MP4, what, info)
        return SanitizeResult(MediaType.MP4, (f"moved the streams from {what} into MP4", *clean.steps))

    @staticmethod
    def _audio_only(
        data: bytes | FileBytes, media_type: MediaType, what: str, info: Probe, dst: BinaryIO
    ) -> SanitizeResult:
        codecs = {s.codec for s in info.av_streams}
        if not codecs <= _AUDIO_ONLY_OGG:
            raise NotSanitizable(f"the {what} holds {', '.join(sorted(codecs))} audio, which this app cannot copy yet")
        if len(data) > MAX_VIDEO_BYTES:
            raise InvalidMedia(
                f"the {what} holds only audio and is larger than {MAX_VIDEO_BYTES // (1024 * 1024)} MB; refused"
            )
        out = io.BytesIO()
        steps = remux(as_file(data), media_type, out, what, out_type=MediaType.OGG)
        clean = out.getvalue()
        _verify(clean, MediaType.OGG, what, info.duration)
        left = _ogg_tags(clean)
        if left is not None and list(left):
            raise InvalidMedia(f"the {what} could not be cleaned: comments survived the rewrite")
        dst.write(clean)
        return SanitizeResult(MediaType.OGG, (f"moved the audio from {what} into Ogg", *steps))
