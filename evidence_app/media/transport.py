"""MPEG transport streams (.ts, camcorder .MTS/.M2TS, TV recordings) and AVI: remuxed into MP4
without re-encoding, audio and video packets only.

Camcorders (AVCHD) write the recording date, the GPS position, the make, model and exposure
into H.264 SEI user data (the "MDPM" block) of every frame; broadcasters add service names and
programme guides (SDT/EIT tables) and teletext/subtitle streams. The working copy is MP4 with
the H.264 SEI units removed, the audio packets copied (AAC from ADTS to MP4 framing, no
decoding), and nothing else. Only H.264 video is copied (HEVC or MPEG-2 in a transport stream
are kept sealed and not exportable: their in-band user data is not removed yet); audio AAC,
AC-3, E-AC-3, MP2, MP3.
"""

from __future__ import annotations

import io
from typing import BinaryIO, ClassVar

from .avtools import remux
from .base import Inspection, InvalidMedia, MediaType, NotSanitizable, Sanitizer, SanitizeResult
from .matroska import _metadata_findings, _probe
from .photo_limits import read_limited
from .video import MAX_VIDEO_BYTES, VideoSanitizer, _facts, _stream_findings

_WHAT = "MPEG transport stream"
_AVI = "AVI video"
_SEI_FILTERS = {"h264": "filter_units=remove_types=6"}
_AUDIO_CODECS = frozenset({"aac", "ac3", "eac3", "mp2", "mp3", "mp3float"})


class _StagedMp4Sanitizer(Sanitizer):
    """Packets into MP4, then the MP4 sanitizer over it (see the module notes)."""

    media_type: ClassVar[MediaType]
    what: ClassVar[str]

    def inspect(self, src: BinaryIO) -> Inspection:
        data = read_limited(src, self.what, MAX_VIDEO_BYTES)
        info = _probe(data, self.media_type, self.what)
        if not info.av_streams:
            raise InvalidMedia(f"the {self.what} has no audio or video stream")
        facts, structural, width, height = _facts(info)
        facts["working copy"] = "MP4, packets copied (H.264 SEI removed)"
        findings = _metadata_findings(info, "container tag") + _stream_findings(info)
        return Inspection(self.media_type, tuple(findings + structural), width, height, facts)

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = read_limited(src, self.what, MAX_VIDEO_BYTES)
        info = _probe(data, self.media_type, self.what)
        if not info.av_streams:
            raise InvalidMedia(f"the {self.what} has no audio or video stream")
        if info.packets == 0 or info.duration <= 0:
            raise InvalidMedia(f"the {self.what} is truncated or empty: it holds no audio or video data")
        for stream in info.av_streams:
            if stream.type == "video" and stream.codec not in _SEI_FILTERS:
                raise NotSanitizable(
                    f"the {self.what} uses the {stream.codec} video codec, whose user data this app cannot remove yet;"
                    " it is kept sealed and not exportable"
                )
            if stream.type == "audio" and stream.codec not in _AUDIO_CODECS:
                raise NotSanitizable(
                    f"the {self.what} uses the {stream.codec} audio codec, which cannot be copied into MP4"
                )
        # Two steps, both in memory: the packets into MP4 (FFmpeg turns Annex B H.264 and ADTS AAC
        # into MP4 framing), then the phone-video sanitizer over that MP4, which removes the SEI
        # units and AAC fill data. FFmpeg's SEI filter fails on transport-stream input directly;
        # the intermediate MP4 never leaves this function.
        staged = io.BytesIO()
        try:
            steps = remux(data, self.media_type, staged, self.what, out_type=MediaType.MP4)
            out = io.BytesIO()
            second = VideoSanitizer().sanitize(io.BytesIO(staged.getvalue()), out)
        except InvalidMedia as exc:
            raise NotSanitizable(f"the {self.what} could not be rewritten without its metadata ({exc})") from None
        clean = out.getvalue()
        VideoSanitizer._self_check(clean, MediaType.MP4, self.what, info)
        dst.write(clean)
        # Every step of both passes (the streams the first one dropped: teletext, subtitles, data),
        # each said once; the first pass's closing "dropped all ... metadata" is said by the second.
        said = dict.fromkeys((f"moved the streams from the {self.what} into MP4", *steps[:-1], *second.transformations))
        return SanitizeResult(MediaType.MP4, tuple(said))


class TransportStreamSanitizer(_StagedMp4Sanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.MTS})
    media_type = MediaType.MTS
    what = _WHAT


class AviSanitizer(_StagedMp4Sanitizer):
    """AVI: the INFO list (software such as "MEncoder", dates, names), the camera's strd/JUNK
    chunks and indexes are not copied. Only H.264 video is copied; MPEG-4 Part 2 (Xvid/DivX
    write their name and build into user data) and Motion JPEG (each frame a JPEG with its own
    EXIF) are kept sealed and not exportable until they can be re-encoded."""

    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.AVI})
    media_type = MediaType.AVI
    what = _AVI
