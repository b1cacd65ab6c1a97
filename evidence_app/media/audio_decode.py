"""AIFF and AMR recordings: decoded with PyAV (FFmpeg) and re-encoded as FLAC with no tags.

Why decode rather than copy: AIFF's FORM container carries NAME/AUTH/(c)/ANNO/COMT text chunks,
ID3 tags, MARK/INST/APPL chunks and vendor blocks in any order; AMR (phone voice memos) has no
tag system but no player outside phones opens it. FLAC is lossless, so the working copy holds
exactly the samples the original decodes to (AIFF PCM: bit for bit; AMR: the decoder's output,
no second lossy generation), and every recipient tool (ffprobe, exiftool, players) reads it.

What must never happen: FFmpeg's FLAC muxer writes a VORBIS_COMMENT block with its vendor
string ("Lavf"), and a SEEKTABLE/PADDING. The encoded file is therefore rebuilt as ``fLaC`` +
STREAMINFO + the audio frames only (the same rebuild the FLAC sanitizer uses), then demuxed
again and its duration compared with the original's.
"""

from __future__ import annotations

import io
from typing import Any, BinaryIO, ClassVar

import av

from .audio import MAX_AUDIO_BYTES, _audio_facts, _bare_flac, _flac_layout, _verify
from .avtools import MUX_OPTIONS, open_input, probe
from .base import Category, Finding, Inspection, InvalidMedia, MediaType, NotSanitizable, Sanitizer, SanitizeResult
from .photo_limits import guarded, read_limited
from .tags import finding, shorten

_MAX_CHUNKS = 10_000
# AIFF chunks that hold text a person typed or a program stamped (value shown in the inspection).
_AIFF_TEXT_CHUNKS = {b"NAME": "name", b"AUTH": "author", b"(c) ": "copyright", b"ANNO": "annotation"}
_AIFF_AUDIO_CHUNKS = frozenset({b"COMM", b"SSND", b"FVER"})


def _aiff_chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    """Top-level chunks (id, payload) of an AIFF/AIFC FORM, bounded; raises on a broken FORM."""
    if len(data) < 12 or data[:4] != b"FORM" or data[8:12] not in (b"AIFF", b"AIFC"):
        raise InvalidMedia("the file is not a valid AIFF recording")
    end = min(len(data), 8 + int.from_bytes(data[4:8], "big"))
    chunks: list[tuple[bytes, bytes]] = []
    pos = 12
    while pos + 8 <= end:
        if len(chunks) >= _MAX_CHUNKS:
            raise InvalidMedia("the AIFF recording has too many chunks; refused")
        kind = data[pos : pos + 4]
        size = int.from_bytes(data[pos + 4 : pos + 8], "big")
        chunks.append((kind, data[pos + 8 : min(end, pos + 8 + size)]))
        pos += 8 + size + (size & 1)
    if not any(kind == b"COMM" for kind, _ in chunks):
        raise InvalidMedia("the AIFF recording is truncated or damaged: no COMM chunk")
    if not any(kind == b"SSND" for kind, _ in chunks):
        raise InvalidMedia("the AIFF recording contains no audio data (no SSND chunk, only tags)")
    return chunks


def _aiff_findings(data: bytes) -> list[Finding]:
    found: list[Finding] = []
    for kind, payload in _aiff_chunks(data):
        name = kind.decode("latin-1").strip()
        if kind in _AIFF_TEXT_CHUNKS:
            text = payload.rstrip(b"\x00").decode("latin-1", "replace")
            found.append(finding(f"AIFF {_AIFF_TEXT_CHUNKS[kind]}", text, Category.OWNER))
        elif kind == b"COMT":
            found.append(finding("AIFF comments", f"{len(payload):,} bytes", Category.COMMENT))
        elif kind in (b"ID3 ", b"id3 "):
            found.append(finding("AIFF ID3 tag", f"{len(payload):,} bytes", Category.TEXT))
        elif kind not in _AIFF_AUDIO_CHUNKS:
            found.append(finding(f"AIFF {name} chunk", f"{len(payload):,} bytes", Category.OTHER))
    trailing = len(data) - (8 + int.from_bytes(data[4:8], "big"))
    if trailing > 0:
        found.append(finding("trailing bytes", f"{trailing:,} bytes after the FORM", Category.TRAILING_DATA))
    return found


def _encode_flac(data: bytes, media_type: MediaType, what: str) -> tuple[bytes, str]:
    """Decode the first audio stream and encode it as FLAC in memory; (flac bytes, sample note)."""
    out = io.BytesIO()
    with open_input(data, media_type, what) as container, guarded(what):
        streams = [s for s in container.streams if s.type == "audio"]
        if not streams:
            raise InvalidMedia(f"the {what} has no audio stream")
        source: Any = streams[0]
        ctx: Any = source.codec_context
        rate, layout = int(ctx.sample_rate or 0), ctx.layout
        if rate <= 0 or rate > 655_350 or not 1 <= int(ctx.channels or 0) <= 8:
            raise NotSanitizable(f"the {what} has {ctx.channels} channel(s) at {rate} Hz, which FLAC cannot hold")
        bits = int(getattr(ctx, "bits_per_raw_sample", 0) or 0) or 8 * int(ctx.format.bytes if ctx.format else 2)
        # FLAC holds integers of up to 24 bits here: 8/16-bit sources (and AMR's decoded speech)
        # become 16-bit, deeper or floating-point sources 24-bit.
        wide = bits > 16 or (ctx.format is not None and ctx.format.name in ("flt", "fltp", "dbl", "dblp"))
        if media_type is MediaType.AMR:
            wide = False
        sample_format = "s32" if wide else "s16"
        output = av.open(out, mode="w", format="flac", options=dict(MUX_OPTIONS))
        try:
            # 24-bit through the generic AVOption: PyAV has no attribute for bits_per_raw_sample,
            # and without it FFmpeg would refuse (or write non-standard 32-bit FLAC).
            options = {"bits_per_raw_sample": "24"} if wide else {}
            target: Any = output.add_stream("flac", rate=rate, options=options)
            target.layout = layout
            target.format = sample_format
            resampler = av.AudioResampler(format=sample_format, layout=layout, rate=rate)
            decoded = 0
            for frame in container.decode(source):
                decoded += 1
                for converted in resampler.resample(frame):
                    for packet in target.encode(converted):
                        output.mux(packet)
            for converted in resampler.resample(None):
                for packet in target.encode(converted):
                    output.mux(packet)
            for packet in target.encode(None):
                output.mux(packet)
            if decoded == 0:
                raise InvalidMedia(f"the {what} contains no audio data")
        finally:
            output.close()
    return out.getvalue(), f"{'24' if wide else '16'}-bit, {rate} Hz"


def _rebuild_flac(encoded: bytes) -> bytes:
    """FFmpeg's FLAC without its vendor comment, seek table and padding."""
    _, streaminfo, _, frames, _ = _flac_layout(encoded)
    return _bare_flac(streaminfo, encoded[frames:])


class _DecodedAudioSanitizer(Sanitizer):
    media_type: ClassVar[MediaType]
    what: ClassVar[str]
    source_note: ClassVar[str]

    def _findings(self, data: bytes) -> list[Finding]:
        return []

    def inspect(self, src: BinaryIO) -> Inspection:
        data = read_limited(src, self.what, MAX_AUDIO_BYTES)
        findings = self._findings(data)
        facts, structural = _audio_facts(probe(data, self.media_type, self.what), self.media_type)
        facts["working copy"] = "FLAC (decoded and re-encoded losslessly; no tags)"
        return Inspection(self.media_type, tuple(findings + structural), facts=facts)

    def sanitize(self, src: BinaryIO, dst: BinaryIO) -> SanitizeResult:
        data = read_limited(src, self.what, MAX_AUDIO_BYTES)
        findings = self._findings(data)
        expected = probe(data, self.media_type, self.what).duration
        encoded, samples = _encode_flac(data, self.media_type, self.what)
        clean = _rebuild_flac(encoded)
        _verify(clean, MediaType.FLAC, self.what, expected)
        dst.write(clean)
        steps = [
            f"decoded the {self.source_note} and re-encoded it as lossless FLAC ({samples})",
            "wrote only STREAMINFO and the audio frames: no tags, no encoder string",
            *(f"dropped {shorten(f.key, 60)}" for f in findings),
        ]
        return SanitizeResult(MediaType.FLAC, tuple(steps))


class AiffSanitizer(_DecodedAudioSanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.AIFF})
    media_type = MediaType.AIFF
    what = "AIFF recording"
    source_note = "AIFF samples"

    def _findings(self, data: bytes) -> list[Finding]:
        return _aiff_findings(data)


class AmrSanitizer(_DecodedAudioSanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.AMR})
    media_type = MediaType.AMR
    what = "AMR recording"
    source_note = "AMR speech"

    def _findings(self, data: bytes) -> list[Finding]:
        if not data.startswith((b"#!AMR\n", b"#!AMR-WB\n")):
            raise InvalidMedia("the AMR recording is damaged or multi-channel (not supported)")
        return []
