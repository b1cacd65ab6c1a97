"""Translation helpers shared by the widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context``; translated where it is shown."""
    return text


def module_tr(context: str, text: str) -> str:
    """Translate for the module-level ``_tr()`` helpers (ui/tools.py, ui/errors.py, ui/models.py).

    lupdate reads ``_tr("...")`` as ``tr`` (tools/update-translations passes
    ``-tr-function-alias tr+=_tr``) and, outside ``self.tr``, files those strings under the empty
    context; texts marked with ``QT_TRANSLATE_NOOP(context, ...)`` stay under ``context``. So look
    in ``context`` first, then in the empty one."""
    found = QCoreApplication.translate(context, text)
    return found if found != text else QCoreApplication.translate("", text)
