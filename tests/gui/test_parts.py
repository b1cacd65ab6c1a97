"""The app's building blocks on their own: jobs, lazy models, offset mapping, strength, settings."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from ui.jobs import Counted, JobRunner, Progress
from ui.models import Column, ListSource, RecordTableModel
from ui.settings import DEFAULT_AUTOLOCK_MINUTES, Settings
from ui.strength import estimate
from ui.textmap import TextMap, document_text

pytestmark = pytest.mark.gui


def test_a_counted_job_reports_done_and_total_as_numbers(qtbot: QtBot) -> None:
    """Item-by-item work (an import) reports (done, total) as two ints, on the GUI thread."""
    runner = JobRunner()
    gui_thread = threading.get_ident()
    seen: list[tuple[object, object, int]] = []

    def work(counted: Counted) -> str:
        for done in range(1, 4):
            counted(done, 3)
        return "ok"

    with qtbot.waitSignal(
        runner.start_counted(work, on_counted=lambda d, t: seen.append((d, t, threading.get_ident()))).signals.done
    ):
        pass
    assert runner.wait(5000)
    qtbot.waitUntil(lambda: len(seen) == 3)
    assert [(d, t) for d, t, _ in seen] == [(1, 3), (2, 3), (3, 3)]
    assert all(type(d) is int and type(t) is int and thread == gui_thread for d, t, thread in seen)


def test_job_runs_off_the_gui_thread_and_reports_on_it(qtbot: QtBot) -> None:
    runner = JobRunner()
    gui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work(progress: Progress) -> int:
        seen["worker"] = threading.get_ident()
        progress(50, "half")
        return 42

    def finished(result: int) -> None:
        seen["result"] = result
        seen["slot"] = threading.get_ident()

    def progressed(percent: int, message: str) -> None:
        seen.setdefault("progress", (percent, message))

    runner.start(work, on_finished=finished, on_progress=progressed)
    qtbot.waitUntil(lambda: "result" in seen, timeout=5_000)
    assert seen["result"] == 42 and seen["progress"] == (50, "half")
    assert seen["worker"] != gui_thread and seen["slot"] == gui_thread
    qtbot.waitUntil(lambda: not runner.busy)


def test_job_failure_is_reported(qtbot: QtBot) -> None:
    runner = JobRunner()
    errors: list[Exception] = []

    def work(progress: Progress) -> None:
        raise ValueError("boom")

    runner.start(work, on_failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert isinstance(errors[0], ValueError)


def test_table_model_fetches_lazily_in_batches(qtbot: QtBot) -> None:
    calls: list[tuple[int, int]] = []

    class Source:
        def fetch(self, offset: int, limit: int) -> list[int]:
            calls.append((offset, limit))
            return list(range(offset, min(offset + limit, 1050)))

    model: RecordTableModel[int] = RecordTableModel([Column("n", str)], key=str, batch=100)
    model.set_source(Source())
    assert model.rowCount() == 100 and model.canFetchMore(QModelIndex())
    assert model.row_of("450") == 450 and model.rowCount() == 500
    model.fetch_all()
    assert model.rowCount() == 1050 and not model.canFetchMore(QModelIndex())
    assert calls[0] == (0, 100)
    assert model.index(7, 0).data() == "7"
    model.clear()
    assert model.rowCount() == 0


def test_list_source_calls_the_service_once(qtbot: QtBot) -> None:
    calls = []

    def load() -> list[str]:
        calls.append(1)
        return [f"r{i}" for i in range(250)]

    model: RecordTableModel[str] = RecordTableModel([Column("r", str)], key=str, batch=100)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_source(ListSource(load))
    model.fetch_all()
    assert model.rowCount() == 250 and calls == [1]


@pytest.mark.parametrize(
    "text",
    [
        "plain text",
        "a\r\nb\rc\nd",
        "𠀀x𠀁yz\n",
        "ខ្មែរ 中文 ไทย",
        "no\u00a0break\u2028line",
        "😀😀 emoji",
    ],
)
def test_text_map_round_trips(qtbot: QtBot, text: str) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    edit = QPlainTextEdit()
    qtbot.addWidget(edit)
    edit.setPlainText(text)
    raw = edit.document().toRawText()
    mapping = TextMap(text, raw)
    assert mapping.ok
    for offset in range(len(text) + 1):
        if text[offset - 1 : offset + 1] == "\r\n":
            continue  # inside a collapsed line break
        assert mapping.to_text(mapping.to_qt(offset)) == offset
    assert document_text(raw) == text.replace("\r\n", "\n").replace("\r", "\n")


def test_text_map_detects_mismatch() -> None:
    assert not TextMap("abc", "abd").ok


def test_strength_hint() -> None:
    assert estimate("").score == 0
    assert estimate("abc").score == 0
    assert estimate("aaaaaaaa").score <= 1
    assert estimate("correct horse battery staple").score >= 3
    # Dictionary-aware (zxcvbn): character variety alone does not make a passphrase strong.
    assert estimate("Password2024!").score <= 2
    assert estimate("P@ssw0rd1234").score <= 2
    assert estimate("qwertyuiop123").score <= 2
    assert estimate("ស្រូវ ដំរី ភ្លៀង ទន្លេ ផ្កាយ").score >= 3


def test_settings_keep_only_known_keys(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[General]\nrecent=secret.txt\n[autolock]\nminutes=abc\n", encoding="utf-8")
    settings = Settings(path)
    assert settings.autolock_minutes == DEFAULT_AUTOLOCK_MINUTES
    settings.autolock_minutes = 0
    assert settings.autolock_minutes == 1
    settings.lock_on_minimise = False
    settings.sync()
    again = Settings(path)
    assert not again.lock_on_minimise and again.autolock_minutes == 1
    assert "secret" not in path.read_text(encoding="utf-8")


def test_default_settings_live_in_the_config_dir() -> None:
    from evidence_app import paths

    settings = Settings()
    settings.write_defaults()
    assert settings.path == paths.config_dir() / "settings.ini" and settings.path.is_file()


def test_qt_binding_emit_keeps_reference_counts() -> None:
    """PySide6 6.12.0's emit() dropped a reference to True on every call and aborted the process
    after a few hundred emits; pyproject excludes it. This guards against a binding with that bug."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QObject, Signal\n"
        "class Probe(QObject):\n    ping = Signal(int)\n"
        "app = QCoreApplication([])\np = Probe()\nseen = []\np.ping.connect(seen.append)\n"
        "before = sys.getrefcount(True)\n"
        "for n in range(5000):\n    p.ping.emit(n)\n"
        "print(len(seen), sys.getrefcount(True) - before)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-500:]
    count, delta = out.stdout.split()
    assert count == "5000" and abs(int(delta)) < 50
