"""Making bundles and hostile variants of them for the verify tests."""

from __future__ import annotations

import base64
import hashlib
import io
import zipfile
from collections.abc import Callable

from crypto import sshsig
from crypto.signing import SigningKeyPair
from evidence_app.export.formats import SIGNATURE_NAMESPACE, TAG_FILES


def entries(bundle: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(bundle)) as zf:
        return [(i.filename, zf.read(i)) for i in zf.infolist()]


def rezip(items: list[tuple[str, bytes]], tweak: Callable[[zipfile.ZipInfo], None] | None = None) -> bytes:
    """A plain zip of ``items`` (in order); ``tweak`` may change each entry's header first."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o100644 << 16
            info.create_system = 3
            if tweak is not None:
                tweak(info)
            zf.writestr(info, data)
    return buf.getvalue()


def replace(bundle: bytes, suffix: str, new: Callable[[bytes], bytes]) -> bytes:
    """The bundle with the entry whose name ends with ``suffix`` changed (nothing re-signed)."""
    out, hit = [], 0
    for name, data in entries(bundle):
        if name.endswith(suffix):
            data, hit = new(data), hit + 1
        out.append((name, data))
    assert hit == 1, suffix
    return rezip(out)


def _sha(data: bytes, algorithm: str = "sha256") -> str:
    return hashlib.new(algorithm, data).hexdigest()


def resign(
    bundle: bytes,
    keys: SigningKeyPair,
    change: Callable[[dict[str, bytes]], None] = lambda files: None,
    claimed_fingerprint: str | None = None,
) -> bytes:
    """What a capable forger does: change files, recompute both manifests and bag-info's signer
    fields, and sign with ``keys`` (optionally claiming someone else's fingerprint)."""
    items = entries(bundle)
    top = items[0][0].split("/")[0]
    files = {name.split("/", 1)[1]: data for name, data in items}
    change(files)
    payload = sorted(p for p in files if p.startswith("data/"))
    files["manifest-sha256.txt"] = "".join(f"{_sha(files[p])}  {p}\n" for p in payload).encode()
    files["manifest-sha512.txt"] = "".join(f"{_sha(files[p], 'sha512')}  {p}\n" for p in payload).encode()
    info_lines = []
    for line in files["bag-info.txt"].decode().splitlines():
        label = line.split(":", 1)[0]
        if label == "Evidence-Signer-Public-Key":
            line = f"{label}: {base64.b64encode(keys.public).decode()}"
        elif label == "Evidence-Signer-Fingerprint":
            line = f"{label}: {claimed_fingerprint or sshsig.fingerprint(keys.public)}"
        elif label == "Payload-Oxum":
            line = f"{label}: {sum(len(files[p]) for p in payload)}.{len(payload)}"
        info_lines.append(line)
    files["bag-info.txt"] = ("\n".join(info_lines) + "\n").encode()
    files["manifest-sha512.txt.sig"] = sshsig.sign(keys.private, files["manifest-sha512.txt"], SIGNATURE_NAMESPACE)
    tags = sorted(TAG_FILES)
    files["tagmanifest-sha256.txt"] = "".join(f"{_sha(files[t])}  {t}\n" for t in tags).encode()
    files["tagmanifest-sha512.txt"] = "".join(f"{_sha(files[t], 'sha512')}  {t}\n" for t in tags).encode()
    return rezip([(f"{top}/{p}", files[p]) for p in sorted(files)])


def retag(bundle: bytes, change: Callable[[dict[str, bytes]], None]) -> bytes:
    """Change tag files and recompute both tag manifests (which nothing signs), as a forger would."""
    items = entries(bundle)
    top = items[0][0].split("/")[0]
    files = {name.split("/", 1)[1]: data for name, data in items}
    change(files)
    tags = sorted(TAG_FILES)
    files["tagmanifest-sha256.txt"] = "".join(f"{_sha(files[t])}  {t}\n" for t in tags).encode()
    files["tagmanifest-sha512.txt"] = "".join(f"{_sha(files[t], 'sha512')}  {t}\n" for t in tags).encode()
    return rezip([(f"{top}/{p}", files[p]) for p in sorted(files)])
