"""Paged lists (issue #6): one case with 100,000 testimonies of ~1 KB. Prints JSON; bench/run
renders docs/BENCHMARKS.md.

Figures, measured in a fresh process that opens the vault (so building it leaves no trace in the
memory figures): the core's first page of 200 testimonies and the page at offset 99,800, the first
page of a 300-testimony case in the same vault (for comparison), the first page of the custody
log of either case and of the big case's persons; the time for a RecordTableModel with a QTableView
(QT_QPA_PLATFORM=offscreen) to show its first rows; resident memory (VmRSS) before and after.
Each page is timed cold (SQLCipher's page cache emptied first: every page is decrypted again, as
right after unlocking) and warm. Reference, in another fresh process: the whole list in one call,
which is what the window loaded before paging.

Usage: python bench/bench_lists.py [--docs 100000] [--small 300] [--page 200] [--repeat 5] [--keep DIR]
                                   [--out FILE]
(--keep reuses or keeps the built vault in DIR, to measure again without building it again.)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from evidence_app.records.cases import add_case, list_cases
from evidence_app.records.history import list_custody
from evidence_app.records.persons import add_person, get_person, list_persons
from evidence_app.records.testimonies import add_testimony, list_testimonies

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.common import WORDS, spread, status_mib, write_result
from crypto.secret import SecretStr
from evidence_app import db
from evidence_app.vault import Vault

PW = SecretStr("benchmark passphrase")


def fill_case(vault: Vault, title: str, docs: int, rng: random.Random) -> None:
    case = add_case(vault, title)
    persons = [add_person(vault, f"{title}, witness {i}", case_id=case.id).id for i in range(20)]
    for first in range(0, docs, 2000):
        with db.transaction(vault.conn):
            for i in range(first, min(docs, first + 2000)):
                text = f"Interview {i}. " + " ".join(rng.choice(WORDS) for _ in range(170))
                add_testimony(vault, case.id, persons[i % len(persons)], text, place="Sihanoukville")


def build(root: Path, docs: int, small: int) -> dict[str, Any]:
    """The big case, and a small one to compare its first page with."""
    rng = random.Random(11)
    vault, _ = Vault.create(root, PW)
    start = time.perf_counter()
    with vault:
        fill_case(vault, "Big case", docs, rng)
        fill_case(vault, "Small case", small, rng)
    return {
        "docs": docs,
        "small_case": small,
        "build_seconds": time.perf_counter() - start,
        "db_mib": (root / "vault.db").stat().st_size / 2**20,
    }


def _timed(vault: Vault, call: Callable[[], object], repeat: int) -> dict[str, Any]:
    cold, warm = [], []
    for _ in range(repeat):
        vault.conn.execute("PRAGMA shrink_memory")  # drop the decrypted page cache
        start = time.perf_counter()
        call()
        cold.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        call()
        warm.append((time.perf_counter() - start) * 1000)
    return {"cold_ms": spread(cold), "warm_ms": spread(warm)}


def measure(root: Path, page: int, repeat: int) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication, QTableView

    from ui.models import PagedSource, testimony_model

    app = QApplication([])
    rss_start = status_mib()
    vault = Vault.open(root, PW)
    rss_open = status_mib()
    by_size = sorted(list_cases(vault), key=lambda c: len(list_testimonies(vault, c.id)))
    case, small = by_size[-1], by_size[0]
    total = len(list_testimonies(vault, case.id))
    persons: dict[str, Any] = {}

    def person(person_id: str) -> Any:  # as the main window does: each person read once
        if person_id not in persons:
            persons[person_id] = get_person(vault, person_id)
        return persons[person_id]

    kept: list[Any] = []

    def show() -> tuple[float, int]:
        model = testimony_model(person)
        view = QTableView()  # set up as the main window's tables are
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setWordWrap(False)
        view.resize(1100, 700)
        view.setModel(model)
        start = time.perf_counter()
        model.set_source(PagedSource(lambda o, n: list_testimonies(vault, case.id, offset=o, limit=n)))
        view.show()
        app.processEvents()
        view.viewport().grab()  # paint the visible rows now
        elapsed = time.perf_counter() - start
        kept[:] = [model, view]
        return elapsed * 1000, model.rowCount()

    # The model first, on a cold cache: what the researcher waits for after unlocking and choosing the case.
    model_ms, model_rows = [], 0
    for _ in range(repeat):
        vault.conn.execute("PRAGMA shrink_memory")
        persons.clear()
        ms, model_rows = show()
        model_ms.append(ms)
    rss_shown = status_mib()
    result: dict[str, Any] = {
        "testimonies": total,
        "page": page,
        "model_first_rows_ms": spread(model_ms),
        "model_rows_loaded": model_rows,
        "rss_mib": {"qt_started": rss_start, "vault_open": rss_open, "first_rows_shown": rss_shown},
        "first_page": _timed(vault, lambda: list_testimonies(vault, case.id, offset=0, limit=page), repeat),
        "small_case_testimonies": len(list_testimonies(vault, small.id)),
        "small_case_first_page": _timed(vault, lambda: list_testimonies(vault, small.id, limit=page), repeat),
        "deep_offset": total - page,
        "deep_page": _timed(vault, lambda: list_testimonies(vault, case.id, offset=total - page, limit=page), repeat),
        "custody_entries": len(vault.conn.execute("SELECT seq FROM custody").fetchall()),
        "custody_first_page": _timed(vault, lambda: list_custody(vault, case_id=case.id, limit=page), repeat),
        "small_case_custody_first_page": _timed(
            vault, lambda: list_custody(vault, case_id=small.id, limit=page), repeat
        ),
        "persons_first_page": _timed(vault, lambda: list_persons(vault, case.id, limit=page), repeat),
    }
    kept.clear()
    vault.close()
    return result


def measure_whole(root: Path) -> dict[str, Any]:
    vault = Vault.open(root, PW)
    case = max(list_cases(vault), key=lambda c: len(list_testimonies(vault, c.id)))
    before = status_mib()
    start = time.perf_counter()
    rows = list_testimonies(vault, case.id)
    elapsed = time.perf_counter() - start
    after = status_mib()
    result = {"rows": len(rows), "seconds": elapsed, "rss_growth_mib": after - before}
    vault.close()
    return result


def _child(*args: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return dict(json.loads(out.stdout))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--small", type=int, default=300)
    ap.add_argument("--page", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--measure-whole", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.page, args.repeat)))
        return 0
    if args.measure_whole:
        print(json.dumps(measure_whole(args.measure_whole)))
        return 0

    tmp = Path(tempfile.mkdtemp(prefix="evbench-lists-", dir=os.environ.get("BENCH_TMP")))
    root = args.keep if args.keep else tmp / "vault"
    try:
        built: dict[str, Any] | None = None
        if not (root / "vault.db").exists():
            built = build(root, args.docs, args.small)
        lists = _child("--measure", str(root), "--page", str(args.page), "--repeat", str(args.repeat))
        lists["build"] = built
        lists["whole_list"] = _child("--measure-whole", str(root))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_result({"lists": lists}, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
