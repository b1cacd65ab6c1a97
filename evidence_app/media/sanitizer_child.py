"""``python -m evidence_app.media.sanitizer_child``: the parser process of ``isolation.py``.

Started only by ``isolation.ParserPool``, never by hand; it reads requests on standard input and
answers on standard output until its input closes.
"""

from __future__ import annotations

import sys

from .isolation import child_main

if __name__ == "__main__":
    sys.exit(child_main())
