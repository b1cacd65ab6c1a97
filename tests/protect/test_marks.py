"""Redaction marks survive edits: each mark follows its words through `testimony edit`, removed
words drop the mark and say so, changed words keep it and flag it; `testimony unmark` removes one.
Every test ends in a real export read back byte by byte."""

from __future__ import annotations

import json
from pathlib import Path

from evidence_app.marks import MarkFate, reanchor
from evidence_app.model import Span
from tests.conftest import Cli

from .scan import export, needs_pdftotext

SECRET_PLACE = "behind the blue pagoda gate"
SECRET_HELPER = "Auntie Srey at the market"
TEXT = (
    f"We escaped at night. The driver waited {SECRET_PLACE}.\n"
    f"Later {SECRET_HELPER} hid us for a week.\n"
    "Then we reached the border."
)


def _span(text: str, words: str) -> str:
    start = text.index(words)
    return f"{start}-{start + len(words)}"


def _setup(cli: Cli, tmp_path: Path) -> tuple[str, str, Path]:
    case = cli.ok("case", "add", "--title", "Escape route")
    person = cli.ok("person", "add", "--name", "Keo Sophal", "--case", case)
    path = tmp_path / "t.txt"
    path.write_text(TEXT, encoding="utf-8")
    t = cli.ok("testimony", "add", "--case", case, "--person", person, "--text-file", str(path))
    cli.ok("testimony", "mark", t, "--span", _span(TEXT, SECRET_PLACE), "--span", _span(TEXT, SECRET_HELPER))
    return case, t, path


def _marked(cli: Cli, t: str) -> list[str]:
    shown = json.loads(cli.ok("testimony", "show", t, "--json"))
    return [shown["transcript"][s["start"] : s["end"]] for s in shown["redacted_spans"]]


@needs_pdftotext
def test_a_line_added_at_the_top_keeps_every_mark(cli_vault: Cli, tmp_path: Path) -> None:
    case, t, path = _setup(cli_vault, tmp_path)
    path.write_text("Interview 2, second session.\n" + TEXT, encoding="utf-8")
    r = cli_vault("testimony", "edit", t, "--text-file", str(path))
    assert r.code == 0 and r.out.strip() == "4" and r.err == ""  # two marks made revisions 2 and 3
    assert _marked(cli_vault, t) == [SECRET_PLACE, SECRET_HELPER]
    views = export(cli_vault, case, tmp_path / "out" / "d.zip")
    assert views.leaks([SECRET_PLACE, "blue pagoda", SECRET_HELPER, "Auntie Srey"]) == []
    assert views.leaks(["second session", "reached the border"])


@needs_pdftotext
def test_removed_words_drop_the_mark_by_name_changed_words_are_flagged(cli_vault: Cli, tmp_path: Path) -> None:
    case, t, path = _setup(cli_vault, tmp_path)
    new = TEXT.replace(f" {SECRET_PLACE}", "").replace(SECRET_HELPER, "Auntie Srey Mom at the night market")
    path.write_text(new, encoding="utf-8")
    r = cli_vault("testimony", "edit", t, "--text-file", str(path))
    assert r.code == 0, r.err
    assert f"dropped: its words {SECRET_PLACE!r}" in r.err
    assert "review it" in r.err and SECRET_HELPER in r.err
    assert _marked(cli_vault, t) == ["Auntie Srey Mom at the night market"]
    shown = cli_vault.ok("testimony", "show", t)
    assert "marks to review (kept over changed words): " + _span(new, "Auntie Srey Mom at the night market") in shown
    log = [e for e in json.loads(cli_vault.ok("log", "--json")) if e["object_id"] == t]
    assert log[-1]["detail"]["marks_dropped"] == 1 and log[-1]["detail"]["marks_to_review"] == 1
    assert SECRET_HELPER not in json.dumps(log)  # counts only in the custody log
    views = export(cli_vault, case, tmp_path / "out" / "d.zip")
    assert views.leaks(["Auntie Srey", "night market", "blue pagoda"]) == []
    # Marking it again confirms it: the review flag goes.
    cli_vault.ok("testimony", "mark", t, "--span", _span(new, "Auntie Srey Mom at the night market"))
    assert "marks to review" not in cli_vault.ok("testimony", "show", t)


@needs_pdftotext
def test_unmark_removes_one_mark(cli_vault: Cli, tmp_path: Path) -> None:
    case, t, _ = _setup(cli_vault, tmp_path)
    r = cli_vault("testimony", "unmark", t, "--span", "1-3")
    assert r.code == 1 and "no redaction mark 1-3" in r.err and r.err.count("\n") == 1
    cli_vault.ok("testimony", "unmark", t, "--span", _span(TEXT, SECRET_HELPER))
    assert _marked(cli_vault, t) == [SECRET_PLACE]
    views = export(cli_vault, case, tmp_path / "out" / "d.zip")
    assert views.leaks([SECRET_PLACE]) == []
    assert views.leaks([SECRET_HELPER])  # unmarked on purpose


def test_reanchor_in_unspaced_scripts_and_long_texts() -> None:
    old = "我们在工厂里。" + "ពួកគេបានចាប់ខ្ញុំ" + "他叫王明。" * 3
    start = old.index("ចាប់")
    r = reanchor(old, "新的一行\n" + old, [Span(start, start + 4)])
    assert [c.fate for c in r.changes] == [MarkFate.KEPT]
    new = "新的一行\n" + old
    assert new[r.spans[0].start : r.spans[0].end] == "ចាប់"
    long_old = "\n".join(f"line {n} of the interview" for n in range(20_000))
    at = long_old.index("line 15000 of")
    moved = reanchor(long_old, "top\n" + long_old.replace("line 3 of", "line three of"), [Span(at, at + 10)])
    assert moved.changes[0].fate is MarkFate.KEPT and moved.spans[0].start == at + 4 + 4
