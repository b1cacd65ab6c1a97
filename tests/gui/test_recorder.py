"""Recording from the microphone into the vault (ui/recorder.py, evidence_app/recording.py).

The real-audio tests start their own PulseAudio server (a null sink and a sine source at 523 Hz,
the default source), run the window's recorder against it in a fresh process
(tests/gui/recorder_driver.py) and find the recording in the vault: about as long as recorded, a
sine at 523 Hz, its markers, attached to the testimony, and no audio file anywhere outside the
vault. They skip when PulseAudio cannot start, except under CI (scripts/setup installs it).
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import av
import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from crypto.secret import SecretStr
from evidence_app import media_service as ms
from evidence_app import recording as rec
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony, get_testimony
from evidence_app.vault import Vault
from ui.app import AppController

from .conftest import PASSPHRASE, MakeController, unlock

pytestmark = pytest.mark.gui

PROJECT = Path(__file__).resolve().parents[2]
FREQUENCY = 523
# scripts/setup installs pulseaudio and pulseaudio-utils: CI never skips the real recording.
_PULSE_REQUIRED = bool(os.environ.get("CI"))


def _unavailable(reason: str) -> None:
    if _PULSE_REQUIRED:
        pytest.fail(f"CI must record from a real audio server: {reason} (scripts/setup installs pulseaudio)")
    pytest.skip(reason)


@pytest.fixture
def pulse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """A private PulseAudio server: its own runtime dir, socket and home; never the desktop's."""
    server, pactl = shutil.which("pulseaudio"), shutil.which("pactl")
    if server is None or pactl is None:
        _unavailable("pulseaudio and pactl are not installed (Debian: pulseaudio, pulseaudio-utils)")
    assert server is not None and pactl is not None
    run = tmp_path_factory.mktemp("pulse")
    run.chmod(0o700)
    socket = run / "native"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(run),
        "XDG_RUNTIME_DIR": str(run),
        "XDG_CONFIG_HOME": str(run / "config"),
        "PULSE_RUNTIME_PATH": str(run),
        "PULSE_STATE_PATH": str(run / "state"),
    }
    proc = subprocess.Popen(
        [
            server,
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "--disable-shm=yes",
            "-L",
            f"module-native-protocol-unix socket={socket} auth-anonymous=1",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    client = {**env, "PULSE_SERVER": f"unix:{socket}"}

    def ctl(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([pactl, *args], env=client, capture_output=True, text=True, timeout=20)

    try:
        deadline = time.monotonic() + 15
        while ctl("info").returncode != 0:
            if proc.poll() is not None or time.monotonic() > deadline:
                err = proc.stderr.read().decode(errors="replace")[-300:] if proc.stderr and proc.poll() else ""
                _unavailable(f"pulseaudio did not start: {err.strip() or 'no answer on its socket'}")
            time.sleep(0.2)
        for args in (
            ("load-module", "module-null-sink", "sink_name=evidence_null"),
            ("load-module", "module-sine-source", "source_name=evidence_sine", f"frequency={FREQUENCY}", "rate=48000"),
            ("set-default-source", "evidence_sine"),
        ):
            done = ctl(*args)
            if done.returncode != 0:
                _unavailable(f"pactl {' '.join(args)} failed: {done.stderr.strip()}")
        # libpulse writes an auth cookie into a home that has none (a desktop has one): the client
        # is given the server's, so the test's home shows only what the app itself writes.
        yield {"PULSE_SERVER": f"unix:{socket}", "PULSE_COOKIE": str(run / "config" / "pulse" / "cookie")}
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


def _decode(data: bytes) -> tuple[np.ndarray, int]:
    with av.open(io.BytesIO(data), mode="r", format="flac") as container:
        stream = container.streams.audio[0]
        rate = int(stream.codec_context.sample_rate)
        channels = int(stream.codec_context.channels)
        parts = [frame.to_ndarray().reshape(-1) for frame in container.decode(stream)]
    return np.concatenate(parts)[::channels], rate


def _peak_hz(samples: np.ndarray, rate: int) -> float:
    spectrum = np.abs(np.fft.rfft(samples.astype(np.float64) * np.hanning(samples.size)))
    return float(np.fft.rfftfreq(samples.size, 1 / rate)[int(np.argmax(spectrum[1:])) + 1])


def _files_holding(roots: list[Path], since: float, needles: list[bytes], skip: Path) -> list[Path]:
    """Files changed since ``since`` under ``roots`` (outside ``skip``) that hold any of ``needles``.

    Matching the recording's own bytes (its FLAC frames, its PCM) rather than any audio file keeps
    the check exact on a machine where other tests write recordings to /tmp at the same time."""
    found = []
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            if Path(dirpath).is_relative_to(skip):
                continue
            for name in files:
                path = Path(dirpath) / name
                try:
                    st = path.lstat()
                    if not path.is_file() or path.is_symlink() or st.st_mtime < since or st.st_size > 1 << 30:
                        continue
                    data = path.read_bytes()
                except OSError:
                    continue
                if any(needle in data for needle in needles):
                    found.append(path)
    return found


def _snapshot(root: Path) -> dict[Path, tuple[int, float]]:
    return {p: (p.stat().st_size, p.stat().st_mtime) for p in root.rglob("*") if p.is_file()}


def _record(pulse: dict[str, str], new_vault: object, tmp_path: Path, mode: str) -> tuple[dict[str, object], Path]:
    vault: Vault = new_vault.vault  # type: ignore[attr-defined]
    root: Path = new_vault.root  # type: ignore[attr-defined]
    case = add_case(vault, "Interviews")
    person = add_person(vault, "Witness R")
    testimony = add_testimony(vault, case.id, person.id, "to be transcribed")
    vault.close()
    home = Path(os.environ["HOME"])
    before_home, before_tmp = _snapshot(home), _snapshot(tmp_path)
    started = time.time() - 1
    env = {**os.environ, **pulse, "EVIDENCE_PASSPHRASE": PASSPHRASE, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.recorder_driver", str(root), case.id, testimony.id, mode, "2"],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    # Nothing written outside the vault: home and the test's folder change only inside vault/, and
    # no audio file appeared in /tmp, /dev/shm, /var/tmp or home.
    changed_home = {p for p, st in _snapshot(home).items() if before_home.get(p) != st}
    changed_tmp = {p for p, st in _snapshot(tmp_path).items() if before_tmp.get(p) != st}
    assert not changed_home, changed_home
    outside = {p for p in changed_tmp if not p.is_relative_to(root)}
    assert not outside, outside
    result["testimony"] = testimony.id
    result["started"] = started
    result["home"] = str(home)
    return result, root


def _check_recording(root: Path, result: dict[str, object], passphrase: SecretStr) -> None:
    vault = Vault.open(root, passphrase)
    try:
        items = ms.list_media(vault)
        assert len(items) == 1
        item = items[0]
        assert item.original_name.startswith("recording ") and item.original_name.endswith(".flac")
        original = ms.read_original(vault, item)
        assert hashlib.sha256(original).hexdigest() == item.original_sha256
        samples, rate = _decode(original)
        seconds = samples.size / rate
        # ~2 s of wall clock; PulseAudio's sine source delivers in bursts, up to ~2x real time at
        # the start. What the recorder had taken in before Stop or the lock is all in the vault
        # (plus at most what was still in Qt's buffer then).
        assert 1.0 <= seconds <= 6.0, seconds
        before = int(str(result["recorded_ms_before_stop"])) / 1000
        assert before <= seconds <= before + 0.5, (before, seconds)
        assert abs(_peak_hz(samples, rate) - FREQUENCY) < 3, _peak_hz(samples, rate)
        assert float(np.abs(samples.astype(np.float64)).max()) > 1000  # a real signal, not silence
        working, wrate = _decode(ms.read_working(vault, item))
        assert wrate == rate and working.size == samples.size
        markers = rec.list_markers(vault, item.id)
        assert [m.label for m in markers] == ["half-way"]
        assert 0 < markers[0].position_ms < seconds * 1000
        assert item.id in get_testimony(vault, str(result["testimony"])).media_ids
    finally:
        vault.close()
    # No copy of this recording anywhere outside the vault: no FLAC of it (its first frames after the
    # 42-byte header), no WAV or raw PCM of it (4 KB of its samples, one second in).
    needles = [original[42 : 42 + 4096], samples[rate : rate + 2048].astype("<i2").tobytes()]
    roots = [Path(p) for p in ("/tmp", "/dev/shm", "/var/tmp") if Path(p).is_dir()] + [Path(str(result["home"]))]
    leaked = _files_holding(roots, float(str(result["started"])), needles, root)
    assert not leaked, leaked


def test_record_from_a_sine_source_into_the_vault(
    pulse: dict[str, str], new_vault: object, tmp_path: Path, passphrase: SecretStr
) -> None:
    result, root = _record(pulse, new_vault, tmp_path, "stop")
    assert result["saved"], result
    assert str(result["status"]).startswith("Saved in the vault"), result
    assert int(str(result["max_level"])) > 20  # the meter moved
    # Paused for 0.8 s: the button said Resume, and at most what was already on its way was added.
    assert result["pause_text"] == "Res&ume" and result["resume_text"] == "&Pause", result
    assert 0 <= int(str(result["paused_for_ms"])) < 300, result
    _check_recording(root, result, passphrase)


def test_locking_while_recording_keeps_the_audio(
    pulse: dict[str, str], new_vault: object, tmp_path: Path, passphrase: SecretStr
) -> None:
    result, root = _record(pulse, new_vault, tmp_path, "lock")
    assert result["saved"], result  # stored at about_to_lock, before the vault closed
    _check_recording(root, result, passphrase)


def _sine(seconds: float, rate: int = 48000) -> bytes:
    t = np.arange(int(seconds * rate)) / rate
    return (0.4 * 32767 * np.sin(2 * np.pi * FREQUENCY * t)).astype("<i2").tobytes()


def test_ctrl_l_while_recording_stores_what_was_recorded(
    qtbot: QtBot, make_controller: MakeController, vault_dir: Path, passphrase: SecretStr
) -> None:
    """In the real window, without an audio device: the recorder's encoder is fed PCM as
    QAudioSource would, a marker is set, then Ctrl+L: the recording and its marker are in the
    vault after the lock, and the window holds no recorder any more."""
    controller: AppController = make_controller(vault_dir)
    controller.start()
    window = unlock(qtbot, controller)
    vault = controller.session.vault
    case = add_case(vault, "Interviews")
    window.media_tab.set_case(case.id)
    dialog = window.media_tab.open_recorder()
    assert dialog is not None
    dialog._begin(rec.PcmFormat(48000, 1))  # what start() does once the microphone is open
    assert dialog.recording and dialog.marker_button.isEnabled()
    pcm = _sine(1.5)
    for start in range(0, len(pcm) // 2, 4800):
        dialog.feed(pcm[start : start + 4800])
    assert dialog.meter.value() >= 39
    dialog.label_edit.setText("asks for a break")
    dialog.marker_button.click()
    dialog.feed(pcm[len(pcm) // 2 :])
    shown = dialog.marker_list.item(0)
    assert shown.text() == "0:00:00  asks for a break"
    shown.setText(shown.text() + ", then goes on")  # a double-click edit of the label
    window.lock_action.trigger()  # Ctrl+L, as the auto-lock does
    qtbot.waitUntil(lambda: not controller.session.is_unlocked, timeout=20_000)
    assert window.media_tab.recorder is None
    reopened = Vault.open(vault_dir, passphrase)
    try:
        (item,) = ms.list_media(reopened, case.id)
        samples, rate = _decode(ms.read_original(reopened, item))
        assert rate == 48000 and samples.tobytes() == pcm  # every sample recorded before the lock, bit for bit
        assert rec.list_markers(reopened, item.id) == [rec.Marker(750, "asks for a break, then goes on")]
    finally:
        reopened.close()
