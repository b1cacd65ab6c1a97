"""The age recipients an export or a transfer is encrypted to, read from the command line or a file.

A module of its own, light on purpose: the CLI reads the recipients BEFORE it asks for the passphrase
(a mistyped key is refused before the unlock), and it must not load the export's libraries to do so,
because those would then stay resident under Argon2id's memory during the unlock (#18: the export's
peak memory, unlock included).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from crypto import age

from .errors import InvalidInput


def parse_recipients(texts: list[str], files: Sequence[Path] = ()) -> list[str]:
    """age recipients (age1..., ssh-ed25519, ssh-rsa), given one by one and in recipients files
    (as ``age -R`` reads them), each once. A secret identity given by mistake is refused WITHOUT
    being echoed (the generic parser quotes what it could not read)."""
    for text in texts:
        if text.strip().upper().startswith("AGE-SECRET-KEY-"):
            raise InvalidInput(
                "a recipient given is a secret age identity: give its public key (age1...) and keep the identity secret"
            )
    parsed = [age.parse_recipient(text) for text in texts]
    for path in files:
        parsed += age.read_recipients_file(path)
    return list(dict.fromkeys(parsed))
