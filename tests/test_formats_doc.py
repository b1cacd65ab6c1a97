"""docs/FORMATS.md stays in step with the sanitizer registry (mat2's "three tests" rule).

Every registered media type needs a row in the table, and that row must name at least one test
with a dirty sample and one bad-input test, each an existing ``path::function``. A row for a type
that has no sanitizer is an error too: the table must not promise what intake refuses.
"""

from __future__ import annotations

import re
from pathlib import Path

from evidence_app.media.base import MediaType
from evidence_app.media.registry import registered_types

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "FORMATS.md"
_REF = re.compile(r"`(tests/[\w/]+\.py)::(test_\w+)`")


def _rows() -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if not line.startswith("| ") or line.startswith("| Format") or line.startswith("|---"):
            continue
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        rows[cells[0]] = cells
    return rows


def _exists(path: str, name: str) -> bool:
    file = ROOT / path
    return file.is_file() and re.search(rf"^def {name}\(", file.read_text(encoding="utf-8"), re.M) is not None


def test_every_registered_format_has_a_row_a_dirty_sample_and_a_bad_input_test() -> None:
    registered = {t.name for t in registered_types()}
    rows = _rows()
    assert sorted(registered - rows.keys()) == [], "registered formats without a row in docs/FORMATS.md"
    assert sorted(rows.keys() - registered) == [], "rows for formats that have no sanitizer"
    for name, cells in rows.items():
        assert len(cells) == 7, (name, len(cells))
        for column, label in ((5, "dirty-sample"), (6, "bad-input")):
            refs = _REF.findall(cells[column])
            assert refs, f"{name}: no {label} test named"
            for path, test in refs:
                assert _exists(path, test), f"{name}: {label} test {path}::{test} does not exist"


def test_rows_are_named_like_the_registry() -> None:
    assert set(_rows()) <= {t.name for t in MediaType}
