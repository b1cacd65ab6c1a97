"""The Media tab's Transcribe…: espeak-ng speech imported, transcribed on a pool thread with
progress (the window keeps answering), the transcript shown beside the player, a click on a word
seeking the player there; Stop stores nothing; locking clears the transcript."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from evidence_app import transcripts
from evidence_app.media import speech
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from tests.gui.test_media_audio import _import_and_load, _media_tab
from tests.recordings.test_transcription import SPEECH, say
from ui.app import AppController

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(
        (shutil.which("espeak-ng") is None or not speech.available()) and not os.environ.get("CI"),
        reason="espeak-ng or the transcription extra is missing (scripts/setup installs both; CI fails instead)",
    ),
]


def test_transcribe_in_the_window_shows_words_that_seek_the_player(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    tab = _media_tab(qtbot, unlocked)
    item_id = _import_and_load(qtbot, tab, say(SPEECH, tmp_path / "interview.wav"))
    panel = tab.transcript
    assert panel.isVisible() and panel.transcribe_button.isEnabled()
    assert panel.status.text() == "No transcript yet."
    dialog = panel.open_dialog()
    assert dialog is not None
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    ticks: list[int] = []
    with qtbot.waitSignal(panel.transcribed, timeout=120_000):
        dialog.accept()
        assert panel.running and panel.cancel_button.isVisible() and not panel.transcribe_button.isEnabled()
        while panel.running:  # the GUI thread is free while the model works
            QApplication.processEvents()
            ticks.append(panel.progress.value())
            qtbot.wait(20)
    assert len(ticks) > 10
    stored = transcripts.load_transcript(unlocked.session.vault, item_id)
    assert stored is not None and stored.transcript.language == "en"
    shown = panel.text.toPlainText().lower()
    assert "soldiers" in shown and "river" in shown and "machine transcript" in panel.status.text().lower()
    assert "\n" not in panel.status.text()  # the text reads as English: nothing more to say

    houses = next(w for w in stored.transcript.words if "houses" in w.text.lower())
    html = panel.text.toHtml()
    assert f"seek:{round(houses.start * 1000)}" in html
    player = tab.audio.player
    assert player is not None
    with qtbot.waitSignal(panel.seek_requested) as sought:
        panel.text.anchorClicked.emit(QUrl(f"seek:{round(houses.start * 1000)}"))
    assert sought.args == [round(houses.start * 1000)]
    qtbot.waitUntil(lambda: abs(player.position() - houses.start * 1000) < 400, timeout=5_000)

    unlocked.lock()
    assert panel.text.toPlainText() == "" and panel.stored is None


def test_stop_stores_nothing(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    tab = _media_tab(qtbot, unlocked)
    item_id = _import_and_load(qtbot, tab, say(SPEECH + " " + SPEECH, tmp_path / "long.wav"))
    panel = tab.transcript
    assert panel.start(None)
    panel.cancel()
    qtbot.waitUntil(lambda: not panel.running, timeout=120_000)
    assert panel.status.text() == "Transcription stopped; nothing was stored."
    assert transcripts.load_transcript(unlocked.session.vault, item_id) is None
    assert panel.transcribe_button.isEnabled()


def test_the_export_wizards_dry_run_lists_the_muted_spans(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    from evidence_app import media_service as ms
    from ui.export_wizard import PAGE_DRY_RUN

    window = unlocked.main_window
    assert window is not None
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
    vault = window.vault()
    case = add_case(vault, "River village")
    add_person(vault, "Maria Santos", case_id=case.id)
    item, _inspection = ms.import_file(vault, case.id, say(SPEECH, tmp_path / "interview.wav"))
    transcripts.transcribe_item(vault, item.id, language="en")
    window.reload_cases(select=case.id)
    wizard = window.open_export_wizard()
    assert wizard is not None
    wizard.options_page.recordings_check.setChecked(True)
    with qtbot.waitSignal(wizard.dry_run_finished, timeout=60_000):
        wizard.next()
    assert wizard.currentId() == PAGE_DRY_RUN
    page = wizard.dry_run_page
    lines = [page.report.item(i).text() for i in range(page.report.count())]
    assert "Muted in recordings (1):" in lines, lines
    muted = [line for line in lines if " s muted (" in line]
    assert len(muted) == 1 and muted[0].strip().startswith("Media file 1: ")
    assert muted[0].endswith("(a protected person's name)")
    assert not any("Maria" in line or "Santos" in line for line in lines)


def test_locking_while_transcribing_stops_it_and_stores_nothing(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    from tests.gui.conftest import unlock

    tab = _media_tab(qtbot, unlocked)
    item_id = _import_and_load(qtbot, tab, say(" ".join([SPEECH] * 4), tmp_path / "long.wav"))
    window = unlocked.main_window
    assert window is not None
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
    panel = tab.transcript
    assert panel.start(None)
    (job,) = window.jobs._running
    outcome: list[object] = []
    job.finished.connect(lambda stored: outcome.append(stored))
    job.failed.connect(lambda exc: outcome.append(exc))
    # Lock while it runs: the working copy is being decoded, or the model loaded or recognising
    # (Whisper hands its segments over per 30 s window, so progress jumps; 24 s take seconds).
    qtbot.wait(300)
    assert not outcome and panel.running
    unlocked.lock()
    assert not panel.running and panel.text.toPlainText() == "" and panel.stored is None
    # The worker stops on its own at the end of the 30 s window the model is recognising (a call
    # into CTranslate2 cannot be interrupted): seconds on an idle machine, a minute or more on a
    # loaded one.
    qtbot.waitUntil(lambda: bool(outcome), timeout=300_000)
    assert len(outcome) == 1 and isinstance(outcome[0], speech.TranscriptionCancelled), outcome
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
    unlock(qtbot, unlocked)
    assert unlocked.session.is_unlocked
    assert transcripts.load_transcript(unlocked.session.vault, item_id) is None


def test_the_export_wizard_disguises_voices_with_the_plain_warning(
    qtbot: QtBot, unlocked: AppController, tmp_path: Path
) -> None:
    """Disguise is offered only with recordings, its warning shown as soon as it is ticked, listed
    again in the dry run; the exported recording is the disguised one (export --disguise-voices)."""
    import io
    import wave
    import zipfile

    import numpy as np

    from evidence_app import media_service as ms
    from evidence_app.records.cases import add_case
    from ui.export_wizard import PAGE_DRY_RUN, PAGE_RESULT

    window = unlocked.main_window
    assert window is not None
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=10_000)
    vault = window.vault()
    case = add_case(vault, "River village")
    source = say(SPEECH, tmp_path / "interview.wav")
    ms.import_file(vault, case.id, source)
    window.reload_cases(select=case.id)
    wizard = window.open_export_wizard()
    assert wizard is not None
    page = wizard.options_page
    assert not page.disguise_check.isEnabled() and not page.disguise_warning.isVisible()
    page.recordings_check.setChecked(True)
    assert page.disguise_check.isEnabled() and not page.options().disguise_voices
    page.disguise_check.setChecked(True)
    assert page.disguise_warning.isVisible() and page.options().disguise_voices
    assert "does not defeat an expert" in page.disguise_warning.text()
    page.recordings_check.setChecked(False)  # no recordings: nothing to disguise, nothing ticked
    assert not page.disguise_check.isChecked() and not page.disguise_check.isEnabled()
    assert not page.disguise_warning.isVisible() and not page.options().disguise_voices
    page.recordings_check.setChecked(True)
    page.disguise_check.setChecked(True)

    with qtbot.waitSignal(wizard.dry_run_finished, timeout=60_000):
        wizard.next()
    assert wizard.currentId() == PAGE_DRY_RUN
    report = wizard.dry_run_page.report
    lines = [report.item(i).text() for i in range(report.count())]
    assert any("media 0001" in line and "does not defeat an expert" in line for line in lines), lines
    wizard.next()
    out = tmp_path / "dossier.zip"
    wizard.recipients_page.out_edit.setText(str(out))
    with qtbot.waitSignal(wizard.export_finished, timeout=120_000):
        wizard.next()
    assert wizard.currentId() == PAGE_RESULT and out.is_file(), wizard.result_page.result_label.text()
    wizard.close()
    with zipfile.ZipFile(out) as zf:
        [audio] = [zf.read(n) for n in zf.namelist() if "/data/media/" in n and n.endswith(".wav")]

    def samples(data: bytes) -> np.ndarray:
        with wave.open(io.BytesIO(data)) as w:
            return np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64)

    before, after = samples(source.read_bytes()), samples(audio)
    assert len(after) == len(before)  # same length, sample for sample, and another voice
    assert abs(np.corrcoef(before, after)[0, 1]) < 0.5


def test_what_the_text_says_about_its_language_is_shown(qtbot: QtBot, unlocked: AppController) -> None:
    from evidence_app.media.text_language import TextLanguage

    tab = _media_tab(qtbot, unlocked)
    panel = tab.transcript

    def check(label: str, source: str, p: float, read: TextLanguage | None) -> transcripts.LanguageCheck:
        return transcripts.LanguageCheck(label, source, p, read)

    assert panel.language_notes(check("en", "chosen", 1.0, TextLanguage("en", 0.99, (("en", 3),)))) == []
    assert panel.language_notes(check("id", "detected", 0.9, TextLanguage("ms", 0.6, (("ms", 2),)))) == []
    (unsure,) = panel.language_notes(check("th", "detected", 0.37, TextLanguage("th", 1.0, (("th", 1),))))
    assert "ไทย is a guess" in unsure
    (wrong,) = panel.language_notes(check("th", "detected", 0.9, TextLanguage("km", 1.0, (("km", 2),))))
    assert wrong.startswith("The text reads as ខ្មែរ, not ไทย")
    (mixed,) = panel.language_notes(check("km", "chosen", 1.0, TextLanguage("km", 0.9, (("km", 2), ("en", 2)))))
    assert "(ខ្មែរ 2, English 2)" in mixed and "written in ខ្មែរ" in mixed


def test_a_video_is_transcribed_in_the_window_too(qtbot: QtBot, unlocked: AppController, tmp_path: Path) -> None:
    """Its transcript is what the export mutes the video's sound by; its words are plain text (the
    recording player does not play videos)."""
    from tests.recordings.test_transcription import _talking_video

    tab = _media_tab(qtbot, unlocked)
    video = _talking_video(say(SPEECH, tmp_path / "speech.wav"), tmp_path / "interview.mp4")
    with qtbot.waitSignal(tab.import_finished, timeout=60_000) as imported:
        assert tab.import_paths([video])
    [result] = imported.args[0]
    assert result.item is not None, result.error
    panel = tab.transcript
    qtbot.waitUntil(lambda: panel.item is not None and panel.item.id == result.item.id, timeout=10_000)
    assert panel.isVisible() and panel.transcribe_button.isEnabled()
    with qtbot.waitSignal(panel.transcribed, timeout=120_000):
        assert panel.start("en")
    stored = transcripts.load_transcript(unlocked.session.vault, result.item.id)
    assert stored is not None and "soldiers" in stored.transcript.text.lower()
    assert "soldiers" in panel.text.toPlainText().lower() and "seek:" not in panel.text.toHtml()
