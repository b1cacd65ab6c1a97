"""Labels shown in more than one window (the export wizard and Preferences both list the
detectors). Their own module so those windows need not import each other."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from evidence_app.redaction import DetectorKind

from .i18n import QT_TRANSLATE_NOOP

DETECTOR_LABELS: dict[DetectorKind, str] = {
    DetectorKind.PHONE: QT_TRANSLATE_NOOP("Detectors", "Phone numbers"),
    DetectorKind.EMAIL: QT_TRANSLATE_NOOP("Detectors", "E-mail addresses"),
    DetectorKind.URL: QT_TRANSLATE_NOOP("Detectors", "Web addresses"),
    DetectorKind.IBAN: QT_TRANSLATE_NOOP("Detectors", "Bank account numbers (IBAN)"),
    DetectorKind.PAYMENT_CARD: QT_TRANSLATE_NOOP("Detectors", "Payment card numbers"),
    DetectorKind.CRYPTO_WALLET: QT_TRANSLATE_NOOP("Detectors", "Crypto wallet addresses"),
    DetectorKind.PASSPORT: QT_TRANSLATE_NOOP("Detectors", "Passport numbers"),
    DetectorKind.GPS: QT_TRANSLATE_NOOP("Detectors", "GPS coordinates"),
}


def detector_label(kind: DetectorKind) -> str:
    return QCoreApplication.translate("Detectors", DETECTOR_LABELS.get(kind, kind.value))
