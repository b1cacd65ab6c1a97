"""Offline transcription (#19): espeak-ng speech imported, transcribed with the shipped Whisper model,
stored encrypted, made a testimony revision; and the issue's "done means": every name the transcript
redacts is muted in the exported recording, checked by transcribing the exported audio again."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from evidence_app.errors import IntegrityError
from evidence_app.media import speech
from evidence_app.media.base import MediaType
from tests.conftest import Cli

pytestmark = pytest.mark.skipif(
    (shutil.which("espeak-ng") is None or not speech.available()) and not os.environ.get("CI"),
    reason="espeak-ng or the transcription extra is missing (scripts/setup installs both; CI fails instead)",
)

NAME = "Maria Santos"
SPEECH = "My name is Maria Santos and I live near the river. The soldiers came in the evening and burned the houses."


def say(text: str, path: Path, voice: str = "en") -> Path:
    subprocess.run(["espeak-ng", "-v", voice, "-w", str(path), text], check=True, capture_output=True)
    return path


def words_of(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _dry_run_lists_the_muted_spans(cli_vault: Cli, case: str) -> None:
    """The dry run lists each muted span of the recording with its times and reason, never the name."""
    dry = cli_vault("export", "--case", case, "--include-recordings", "--dry-run")
    assert dry.code == 0, dry.err
    muted = [line for line in dry.out.splitlines() if re.match(r"\s+media 0001: [\d.]+-[\d.]+ s \(", line)]
    assert muted and all("protected person" in line for line in muted), dry.out
    assert "Maria" not in dry.out and "Santos" not in dry.out


def test_transcript_has_words_with_time_stamps_and_is_stored_encrypted(cli_vault: Cli, tmp_path: Path) -> None:
    case = cli_vault.ok("case", "add", "--title", "River village")
    item = cli_vault.ok("media", "import", "--case", case, str(say(SPEECH, tmp_path / "interview.wav")))
    out = json.loads(cli_vault.ok("media", "transcribe", item, "--json"))
    assert out["language"] == "en" and out["language_source"] == "detected"
    assert {"river", "soldiers", "evening", "houses", "maria", "santos"} <= words_of(out["text"])
    words = [w for s in out["segments"] for w in s["words"]]
    starts = [w["start"] for w in words]
    assert starts == sorted(starts) and all(w["end"] >= w["start"] for w in words)
    assert 0 <= starts[0] < 1.0 and words[-1]["end"] <= out["duration"] + 0.05
    # Kept with the item and searchable; the plain text is nowhere in the vault folder's files.
    assert item in cli_vault.ok("search", "soldiers")
    for path in cli_vault.root.rglob("*"):
        if path.is_file():
            assert b"soldiers" not in path.read_bytes(), path


def test_language_choice_overrides_detection(cli_vault: Cli, tmp_path: Path) -> None:
    case = cli_vault.ok("case", "add", "--title", "Kampung")
    item = cli_vault.ok(
        "media", "import", "--case", case, str(say("Saya tinggal di dekat sungai besar.", tmp_path / "id.wav", "id"))
    )
    out = json.loads(cli_vault.ok("media", "transcribe", item, "--language", "id", "--json"))
    assert out["language"] == "id" and out["language_source"] == "chosen"
    assert "sungai" in words_of(out["text"])


def test_testimony_gets_the_transcript_as_a_marked_revision(cli_vault: Cli, tmp_path: Path) -> None:
    case = cli_vault.ok("case", "add", "--title", "River village")
    person = cli_vault.ok("person", "add", "--name", NAME, "--case", case)
    typed = tmp_path / "typed.txt"
    typed.write_text("Notes typed during the interview.", encoding="utf-8")
    tid = cli_vault.ok("testimony", "add", "--case", case, "--person", person, "--text-file", str(typed))
    item = cli_vault.ok("media", "import", "--case", case, str(say(SPEECH, tmp_path / "interview.wav")))
    r = cli_vault("media", "transcribe", item, "--testimony", tid)
    assert r.code == 0, r.err
    assert "machine transcript, check against the recording" in r.err
    history = cli_vault.ok("testimony", "history", tid).splitlines()
    assert len(history) == 2
    assert "Notes typed" in history[0] and "machine transcript" not in history[0]
    assert "(machine transcript, check against the recording)" in history[1]
    shown = cli_vault.ok("testimony", "show", tid)
    assert "soldiers" in shown.lower()


def test_bad_inputs_fail_in_one_line(cli_vault: Cli, tmp_path: Path) -> None:
    case = cli_vault.ok("case", "add", "--title", "River village")
    item = cli_vault.ok("media", "import", "--case", case, str(say("Hello there.", tmp_path / "a.wav")))
    for argv, needle in (
        (("--model", "huge"), "unknown speech model 'huge'"),
        (("--language", "klingon"), "unknown language 'klingon'"),
        (("--testimony", "nonexistent"), "testimony"),
    ):
        r = cli_vault("media", "transcribe", item, *argv)
        assert r.code != 0 and needle in r.err and "Traceback" not in r.err, (argv, r.err)
        assert len(r.err.strip().splitlines()) == 1, r.err
    r = cli_vault("media", "redact", item, "--mute-transcript-redactions")
    assert r.code != 0 and "no transcript yet" in r.err


def test_cancel_stores_nothing_and_changed_model_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = say(SPEECH, tmp_path / "a.wav").read_bytes()
    seen: list[float] = []
    with pytest.raises(speech.TranscriptionCancelled):
        speech.transcribe(
            data, MediaType.WAV, progress=lambda done, total: seen.append(done), cancelled=lambda: bool(seen)
        )
    assert seen  # it got going before it was stopped
    spec = speech.MODELS["base"]
    files = tuple(
        f if f.name != "config.json" else speech.ModelFile(f.name, f.distribution, f.version, f.path, "0" * 64)
        for f in spec.files
    )
    monkeypatch.setitem(speech.MODELS, "base", speech.ModelSpec(spec.name, spec.description, files, spec.joined_sha256))
    with pytest.raises(IntegrityError, match="SHA-256 differs"):
        speech.read_model_files("base")


def test_long_recording_goes_in_chunks_with_the_right_times(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = say(SPEECH + " " + SPEECH, tmp_path / "a.wav").read_bytes()
    whole = speech.transcribe(data, MediaType.WAV, language="en")
    monkeypatch.setattr(speech, "CHUNK_SECONDS", 6.0)
    monkeypatch.setattr(speech, "_CUT_SEARCH_SECONDS", 2.0)
    chunks = list(speech.pcm_chunks(data, MediaType.WAV))
    assert len(chunks) >= 2 and max(len(c) for c in chunks) <= 6 * speech.SAMPLE_RATE
    assert abs(sum(len(c) for c in chunks) / speech.SAMPLE_RATE - whole.duration) < 0.05  # nothing lost
    parts = speech.transcribe(data, MediaType.WAV, language="en")
    houses = [w.start for w in whole.words if "houses" in w.text.lower()]
    houses_parts = [w.start for w in parts.words if "houses" in w.text.lower()]
    assert len(houses) == len(houses_parts) == 2
    assert all(abs(a - b) < 0.5 for a, b in zip(houses, houses_parts, strict=True))


def test_done_means_exported_recording_has_the_protected_name_silenced(cli_vault: Cli, tmp_path: Path) -> None:
    case = cli_vault.ok("case", "add", "--title", "River village")
    cli_vault.ok("person", "add", "--name", NAME, "--case", case)
    item = cli_vault.ok("media", "import", "--case", case, str(say(SPEECH, tmp_path / "interview.wav")))
    cli_vault.ok("media", "transcribe", item)

    _dry_run_lists_the_muted_spans(cli_vault, case)

    bundle = tmp_path / "dossier.zip"
    r = cli_vault("export", "--case", case, "--out", str(bundle), "--include-recordings")
    assert r.code == 0, r.err
    with zipfile.ZipFile(bundle) as zf:
        audio = [zf.read(n) for n in zf.namelist() if "/data/media/" in n and n.endswith(".wav")]
    assert len(audio) == 1
    again = speech.transcribe(audio[0], MediaType.WAV, language="en").text
    heard = words_of(again)
    assert not heard & {"maria", "santos"}, again
    assert {"river", "soldiers", "evening", "houses"} <= heard, again

    # The same for a working copy: a new version with the name muted; the original is unchanged.
    assert cli_vault.ok("media", "redact", item, "--mute-transcript-redactions") == "2"
    working = tmp_path / "working.wav"
    cli_vault.ok("media", "export-working", item, "--out", str(working))
    heard = words_of(speech.transcribe(working.read_bytes(), MediaType.WAV, language="en").text)
    assert not heard & {"maria", "santos"} and {"river", "houses"} <= heard
    assert io.BytesIO(working.read_bytes()).getbuffer().nbytes > 0


def test_recordings_left_out_by_the_transcript_check_name_real_exclusion_reasons() -> None:
    from evidence_app.export.collect import ExclusionReason

    assert {"UNMUTED_VIDEO", "UNREADABLE"} <= set(ExclusionReason.__members__)


def _samples(wav: bytes) -> tuple[int, Any]:
    import wave

    import numpy as np

    with wave.open(io.BytesIO(wav)) as w:
        assert w.getnchannels() == 1 and w.getsampwidth() == 2
        return w.getframerate(), np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64)


def _centroid(rate: int, samples: Any) -> float:
    """Mean spectral centroid (Hz) of the louder frames: where the formants put the energy."""
    import numpy as np

    frame = 1024
    frames = samples[: len(samples) // frame * frame].reshape(-1, frame)
    loud = frames[np.sqrt((frames**2).mean(axis=1)) > 0.1 * np.sqrt((frames**2).mean(axis=1)).max()]
    spectra = np.abs(np.fft.rfft(loud * np.hanning(frame), axis=1))
    freqs = np.fft.rfftfreq(frame, 1 / rate)
    return float(((spectra * freqs).sum(axis=1) / spectra.sum(axis=1)).mean())


def test_export_with_disguised_voices_warns_and_changes_the_voice(cli_vault: Cli, tmp_path: Path) -> None:
    import numpy as np

    source = say(SPEECH, tmp_path / "interview.wav")
    case = cli_vault.ok("case", "add", "--title", "River village")
    cli_vault.ok("person", "add", "--name", NAME, "--case", case)
    item = cli_vault.ok("media", "import", "--case", case, str(source))
    cli_vault.ok("media", "transcribe", item)
    bundle = tmp_path / "dossier.zip"
    r = cli_vault("export", "--case", case, "--out", str(bundle), "--include-recordings", "--disguise-voices")
    assert r.code == 0, r.err
    assert "does not defeat an expert" in r.err and "muted: media 0001:" in r.err
    with zipfile.ZipFile(bundle) as zf:
        [audio] = [zf.read(n) for n in zf.namelist() if "/data/media/" in n and n.endswith(".wav")]
    rate, before = _samples(source.read_bytes())
    rate_after, after = _samples(audio)
    assert rate_after == rate and len(after) == len(before)  # same length, sample for sample
    assert abs(_centroid(rate, after) - _centroid(rate, before)) > 0.05 * _centroid(rate, before)
    correlation = np.corrcoef(before, after)[0, 1]
    assert abs(correlation) < 0.5, correlation
    assert not words_of(speech.transcribe(audio, MediaType.WAV, language="en").text) & {"maria", "santos"}


def _talking_video(wav: Path, path: Path, fps: int = 10, size: int = 64) -> Path:
    """An MP4 of the kind a phone writes: H.264 picture, and the speech of ``wav`` as AAC."""
    import av
    import numpy as np

    with av.open(str(wav)) as src:
        pcm = np.concatenate([f.to_ndarray().reshape(-1) for f in src.decode(audio=0)]).astype(np.float32)
        rate = src.streams.audio[0].sample_rate
    if pcm.dtype.kind != "f" or np.abs(pcm).max() > 1.5:
        pcm = pcm / 32768.0
    seconds = len(pcm) / rate
    with av.open(str(path), "w", format="mp4") as out:
        video: Any = out.add_stream("libx264", rate=fps, options={"preset": "ultrafast"})
        video.width = video.height = size
        video.pix_fmt = "yuv420p"
        audio: Any = out.add_stream("aac", rate=rate, layout="mono")
        for i in range(int(seconds * fps) + 1):
            frame = av.VideoFrame.from_ndarray(np.full((size, size, 3), (i * 9) % 255, np.uint8), format="rgb24")
            frame.pts = i
            for packet in video.encode(frame):
                out.mux(packet)
        for packet in video.encode(None):
            out.mux(packet)
        for start in range(0, len(pcm), 1024):
            block = av.AudioFrame.from_ndarray(pcm[None, start : start + 1024].copy(), format="fltp", layout="mono")
            block.sample_rate = rate
            block.pts = start
            for packet in audio.encode(block):
                out.mux(packet)
        for packet in audio.encode(None):
            out.mux(packet)
    return path


def _video_packets(data: bytes) -> list[bytes]:
    import av

    with av.open(io.BytesIO(data), mode="r") as container:
        return [bytes(p) for p in container.demux(video=0) if p.size]


def test_exported_video_has_the_protected_name_silenced_and_its_picture_copied(cli_vault: Cli, tmp_path: Path) -> None:
    case = cli_vault.ok("case", "add", "--title", "River village")
    cli_vault.ok("person", "add", "--name", NAME, "--case", case)
    video = _talking_video(say(SPEECH, tmp_path / "speech.wav"), tmp_path / "interview.mp4")
    item = cli_vault.ok("media", "import", "--case", case, str(video))
    out = json.loads(cli_vault.ok("media", "transcribe", item, "--language", "en", "--json"))
    assert {"maria", "santos", "houses"} <= words_of(out["text"])

    _dry_run_lists_the_muted_spans(cli_vault, case)

    bundle = tmp_path / "dossier.zip"
    r = cli_vault("export", "--case", case, "--out", str(bundle), "--include-recordings")
    assert r.code == 0, r.err
    with zipfile.ZipFile(bundle) as zf:
        (exported,) = [zf.read(n) for n in zf.namelist() if "/data/media/" in n and n.endswith(".mp4")]
    heard = words_of(speech.transcribe(exported, MediaType.MP4, language="en").text)
    assert not heard & {"maria", "santos"}, heard
    assert {"river", "soldiers", "houses"} <= heard, heard
    # The picture is the working copy's, packet for packet; no encoder left its name in the file.
    working = tmp_path / "working.mp4"
    cli_vault.ok("media", "export-working", item, "--out", str(working))
    assert _video_packets(exported) == _video_packets(working.read_bytes())
    assert b"Lavc" not in exported and b"Lavf" not in exported and b"x264" not in exported

    # The same for the video's working copy: a new version with the name muted, the picture copied.
    assert cli_vault.ok("media", "redact", item, "--mute-transcript-redactions") == "2"
    muted_copy = tmp_path / "muted.mp4"
    cli_vault.ok("media", "export-working", item, "--out", str(muted_copy))
    assert _video_packets(muted_copy.read_bytes()) == _video_packets(working.read_bytes())
    heard = words_of(speech.transcribe(muted_copy.read_bytes(), MediaType.MP4, language="en").text)
    assert not heard & {"maria", "santos"} and {"river", "houses"} <= heard, heard


def test_muting_a_video_refuses_what_it_cannot_mute_in_one_line(tmp_path: Path) -> None:
    """Every video working copy is MP4, MOV or 3GP (Matroska, MPEG-TS and AVI are moved into MP4 at
    intake); anything else, or a video without sound, is refused, and the export then leaves the
    video out (UNMUTED_VIDEO) rather than send it with the words audible."""
    import av

    from evidence_app.errors import EvidenceError
    from evidence_app.media.audio_redact import MuteSpan, mute_video

    mp4 = _talking_video(say("Hello there.", tmp_path / "speech.wav"), tmp_path / "talk.mp4")
    mkv, silent = tmp_path / "talk.mkv", tmp_path / "silent.mp4"
    for target, fmt, kinds in ((mkv, "matroska", ("video", "audio")), (silent, "mp4", ("video",))):
        with av.open(str(mp4)) as src, av.open(str(target), "w", format=fmt) as dst:
            streams = {s.index: dst.add_stream_from_template(s) for s in src.streams if s.type in kinds}
            for packet in src.demux():
                if packet.size and packet.stream_index in streams:
                    packet.stream = streams[packet.stream_index]
                    dst.mux(packet)
    for path, media_type, needle in (
        (mkv, MediaType.MKV, "applies to MP4, MOV and 3GP"),
        (silent, MediaType.MP4, "no sound"),
    ):
        with pytest.raises(EvidenceError, match=needle):
            mute_video(path.read_bytes(), media_type, [MuteSpan(0.1, 0.5)])


def test_exported_video_with_disguised_voices_changes_the_voice_and_keeps_the_picture(
    cli_vault: Cli, tmp_path: Path
) -> None:
    import numpy as np

    # Nobody protected: nothing is muted, so the plain export is the voice as it was (a control).
    case = cli_vault.ok("case", "add", "--title", "River village")
    video = _talking_video(say(SPEECH, tmp_path / "speech.wav"), tmp_path / "interview.mp4")
    item = cli_vault.ok("media", "import", "--case", case, str(video))
    cli_vault.ok("media", "transcribe", item, "--language", "en")
    working = tmp_path / "working.mp4"
    cli_vault.ok("media", "export-working", item, "--out", str(working))

    def exported(name: str, *flags: str) -> bytes:
        bundle = tmp_path / name
        r = cli_vault("export", "--case", case, "--out", str(bundle), "--include-recordings", *flags)
        assert r.code == 0, r.err
        if flags:
            assert "media 0001: Voice disguise" in r.err and "does not defeat an expert" in r.err, r.err
        with zipfile.ZipFile(bundle) as zf:
            (data,) = [zf.read(n) for n in zf.namelist() if "/data/media/" in n and n.endswith(".mp4")]
        return data

    def centroid(data: bytes) -> float:
        samples = np.concatenate(list(speech.pcm_chunks(data, MediaType.MP4))).astype(np.float64)
        return _centroid(speech.SAMPLE_RATE, samples)

    plain, disguised = exported("plain.zip"), exported("disguised.zip", "--disguise-voices")
    source = centroid(working.read_bytes())
    assert abs(centroid(plain) - source) < 0.02 * source  # muting and AAC alone keep the voice
    assert abs(centroid(disguised) - source) > 0.05 * source  # the formants moved
    assert _video_packets(disguised) == _video_packets(working.read_bytes())
