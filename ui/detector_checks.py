"""The detector check boxes that Preferences (export defaults) and the export wizard (this export)
both show: one per detector, two to a row, ticked = that kind of detail is kept, not redacted.
Their own module, so neither window imports the other for them."""

from __future__ import annotations

from collections.abc import Collection, Mapping

from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget

from evidence_app.redaction import DetectorKind

from .labels import detector_label


def add_detector_checks(
    box: QWidget, kept: Collection[DetectorKind], margins: bool = True
) -> dict[DetectorKind, QCheckBox]:
    """Fill ``box`` (which gets a grid layout) with a check box per detector, ticked if in ``kept``."""
    grid = QGridLayout(box)
    if not margins:
        grid.setContentsMargins(0, 0, 0, 0)
    checks: dict[DetectorKind, QCheckBox] = {}
    for n, kind in enumerate(DetectorKind):
        check = QCheckBox(detector_label(kind), box)
        check.setChecked(kind in kept)
        checks[kind] = check
        grid.addWidget(check, n // 2, n % 2)
    return checks


def ticked(checks: Mapping[DetectorKind, QCheckBox]) -> frozenset[DetectorKind]:
    return frozenset(kind for kind, check in checks.items() if check.isChecked())
