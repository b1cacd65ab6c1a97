"""Recordings in containers that cannot be copied as they are: raw AAC (ADTS) and Windows Media.

* **Raw AAC (ADTS)**, as voice recorders, radios and some messengers save it: the frames carry no
  tags, but files often start with an ID3v2 tag (title, artist, cover, comments) and FFmpeg's AAC
  encoder writes its name and version (``Lavc…``) into fill elements. The packets are moved into
  an M4A (FFmpeg turns ADTS framing into MP4 framing, no decoding), then the M4A sanitizer runs
  over it (fill data blanked, no tag written): the working copy is M4A with the same audio.
* **WMV/WMA/ASF**: Windows Media codecs (WMV1-3, VC-1, WMA) cannot be copied into MP4, so the
  working copy is a *re-encode*: H.264 video (libx264, quality 20, the picture as decoded) and
  AAC audio, in MP4, built from the decoded frames only, then through the MP4 sanitizer (x264's
  settings SEI and the encoder's fill data removed). The ASF header objects (title, author,
  copyright, description, extended content: WM/ tags, the encoding software and settings,
  DRM, markers, script commands) never reach it. It is a second lossy generation: the sealed
  original is the evidence; the inspection says "re-encoded".
"""

from __future__ import annotations

import io
from fractions import Fraction
from typing import Any, BinaryIO, ClassVar

import av

from .audio import M4aSanitizer
from .avtools import MUX_OPTIONS, open_input, probe, remux
from .base import Inspection, InvalidMedia, MediaType, NotSanitizable, Sanitizer, SanitizeResult
from .matroska import _metadata_findings
from .photo_limits import guarded, read_limited
from .tags import finding, structure
from .video import MAX_VIDEO_BYTES, VideoSanitizer, _facts, _stream_findings

MAX_AAC_BYTES = 512 * 1024 * 1024
MAX_REENCODE_SECONDS = 4 * 3600
MAX_REENCODE_PIXELS = 3840 * 2160


def _id3_size(data: bytes) -> int:
    if not (data.startswith(b"ID3") and len(data) >= 10):
        return 0
    raw = data[6:10]
    size = (raw[0] & 0x7F) << 21 | (raw[1] & 0x7F) << 14 | (raw[2] & 0x7F) << 7 | (raw[3] & 0x7F)
    return 10 + size + (10 if data[5] & 0x10 else 0)


class AacSanitizer(Sanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.AAC})
    what = "AAC recording"

    def inspect(self, src: BinaryIO) -> Inspection:
        data = read_limited(src, self.what, MAX_AAC_BYTES)
        info = probe(data, MediaType.AAC, self.what)
        if not info.av_streams:
            raise InvalidMedia(f"the {self.what} has no audio stream")
        findings = _metadata_findings(info, "ID3 tag")
        tag = _id3_size(data)
        if tag:
            findings.append(finding("ID3v2 tag", f"{tag:,} bytes before the audio"))
        stream = info.av_streams[0]
        findings.append(structure("audio", f"{stream.codec}, {stream.sample_rate} Hz, {stream.channels} channel(s)"))
        facts = {"duration": f"{info.duration:.3f}", "audio_codec": stream.codec, "working copy": "M4A, packets copied"}
        return Inspection(MediaType.AAC, tuple(findings), facts=facts)

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = read_limited(src, self.what, MAX_AAC_BYTES)
        info = probe(data, MediaType.AAC, self.what)
        if not info.av_streams or info.packets == 0:
            raise InvalidMedia(f"the {self.what} is truncated or empty: it holds no AAC frames")
        staged = io.BytesIO()
        steps = remux(data, MediaType.AAC, staged, self.what, out_type=MediaType.M4A)
        out = io.BytesIO()
        second = M4aSanitizer().sanitize(io.BytesIO(staged.getvalue()), out)
        dst.write(out.getvalue())
        said = dict.fromkeys(
            ("moved the AAC frames from ADTS into an M4A (no decoding)", *steps, *second.transformations)
        )
        if _id3_size(data):
            said["dropped the ID3v2 tag in front of the audio"] = None
        return SanitizeResult(MediaType.M4A, tuple(said))


def _reencode(data: bytes, media_type: MediaType, what: str) -> bytes:
    """Decode ``data`` and encode its first video and audio stream as H.264 + AAC in MP4."""
    out = io.BytesIO()
    with open_input(data, media_type, what) as container, guarded(what):
        video_in = next((s for s in container.streams.video), None)
        audio_in = next((s for s in container.streams.audio), None)
        if video_in is None and audio_in is None:
            raise InvalidMedia(f"the {what} has no audio or video stream")
        output = av.open(out, mode="w", format="mp4", options=dict(MUX_OPTIONS))
        try:
            streams: dict[int, Any] = {}
            if video_in is not None:
                width, height = video_in.codec_context.width, video_in.codec_context.height
                if not width or not height or width * height > MAX_REENCODE_PIXELS:
                    raise InvalidMedia(f"the {what} has an unusable or oversized picture ({width}x{height})")
                rate = video_in.average_rate or video_in.guessed_rate or Fraction(25)
                video = output.add_stream("libx264", rate=rate)
                video.width, video.height = width - width % 2, height - height % 2
                video.pix_fmt = "yuv420p"
                video.options = {"crf": "20", "preset": "veryfast"}
                streams[video_in.index] = video
            if audio_in is not None:
                audio = output.add_stream("aac", rate=audio_in.codec_context.sample_rate or 44100)
                audio.layout = "stereo" if (audio_in.codec_context.channels or 1) > 1 else "mono"
                streams[audio_in.index] = audio
            for stream in streams.values():
                stream.metadata.clear()
            frames = 0
            for packet in container.demux(*[s for s in (video_in, audio_in) if s is not None]):
                target = streams[packet.stream.index]
                for decoded in packet.decode():
                    if isinstance(decoded, av.VideoFrame):
                        frame: av.VideoFrame | av.AudioFrame = decoded.reformat(
                            width=target.width, height=target.height, format="yuv420p"
                        )
                        frame.pts, frame.time_base = frames, 1 / Fraction(rate)  # constant rate, from 0
                        frames += 1
                    elif isinstance(decoded, av.AudioFrame):
                        frame = decoded
                        frame.pts = None  # the encoder counts samples from 0
                    else:
                        continue
                    if decoded.time is not None and decoded.time > MAX_REENCODE_SECONDS:
                        raise InvalidMedia(f"the {what} is longer than {MAX_REENCODE_SECONDS // 3600} hours; refused")
                    output.mux(target.encode(frame))
            for stream in streams.values():
                output.mux(stream.encode(None))
        finally:
            output.close()
    return out.getvalue()


class WindowsMediaSanitizer(Sanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.ASF})
    what = "Windows Media file"

    def inspect(self, src: BinaryIO) -> Inspection:
        data = read_limited(src, self.what, MAX_VIDEO_BYTES)
        info = probe(data, MediaType.ASF, self.what)
        if not info.av_streams:
            raise InvalidMedia(f"the {self.what} has no audio or video stream")
        facts, structural, width, height = _facts(info)
        facts["working copy"] = "MP4 re-encoded (H.264 + AAC): a second lossy generation"
        findings = _metadata_findings(info, "ASF header") + _stream_findings(info)
        return Inspection(MediaType.ASF, tuple(findings + structural), width, height, facts)

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = read_limited(src, self.what, MAX_VIDEO_BYTES)
        info = probe(data, MediaType.ASF, self.what)
        if not info.av_streams or info.packets == 0:
            raise InvalidMedia(f"the {self.what} is truncated or empty: it holds no audio or video data")
        encoded = _reencode(data, MediaType.ASF, self.what)
        out = io.BytesIO()
        try:
            second = VideoSanitizer().sanitize(io.BytesIO(encoded), out)
        except InvalidMedia as exc:
            raise NotSanitizable(f"the {self.what}'s re-encoded copy did not read back ({exc})") from None
        dst.write(out.getvalue())
        codecs = ", ".join(f"{s.type} {s.codec}" for s in info.av_streams)
        said = dict.fromkeys(
            (
                f"re-encoded the decoded {codecs} as H.264 + AAC in MP4 (Windows Media codecs cannot be copied"
                " into MP4; a second lossy generation, the sealed original is the evidence)",
                "dropped the ASF header objects (title, author, copyright, WM/ tags, encoder, markers, scripts)",
                *second.transformations,
            )
        )
        return SanitizeResult(MediaType.MP4, tuple(said))
