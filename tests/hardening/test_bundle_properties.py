"""Property-based tests for the readers of foreign files: dossier bundles and age streams.

Whatever the bytes, `verify` answers with BundleInvalid (a one-line reason) or OK, never another
exception, and a mutated bundle never verifies."""

from __future__ import annotations

import contextlib
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crypto import age
from crypto.errors import CryptoError
from crypto.secret import SecretStr
from evidence_app.export import BundleInvalid, ExportOptions, export_case, verify_bundle
from evidence_app.records.cases import add_case
from evidence_app.records.persons import add_person
from evidence_app.records.testimonies import add_testimony
from evidence_app.vault import Vault

_BUNDLE: dict[str, bytes] = {}


def _valid_bundle(tmp: Path) -> bytes:
    if "zip" not in _BUNDLE:
        vault, _ = Vault.create(tmp / "v", SecretStr("a long passphrase"))
        with vault:
            case = add_case(vault, "Property case")
            p = add_person(vault, "Chan Thy")
            add_testimony(vault, case.id, p.id, "Chan Thy described the compound gate.")
            out = tmp / "b.zip"
            export_case(vault, case.id, out, ExportOptions())
        _BUNDLE["zip"] = out.read_bytes()
    return _BUNDLE["zip"]


@pytest.fixture
def bundle(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return _valid_bundle(tmp_path_factory.mktemp("bundle"))


def _check(data: bytes, tmp: Path) -> bool:
    path = tmp / "candidate.zip"
    path.write_bytes(data)
    try:
        verify_bundle(path)
    except BundleInvalid as exc:
        assert "\n" not in str(exc).strip()
        return False
    return True


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_any_flipped_bit_is_refused(bundle: bytes, tmp_path: Path, position: int, bit: int) -> None:
    data = bytearray(bundle)
    index = position % len(data)
    data[index] ^= 1 << bit
    if bytes(data) == bundle:
        return
    # A flip inside a stored file's bytes, a manifest or the signature must be caught; a flip in
    # zip bookkeeping that changes nothing read (e.g. a "version made by" field) may still pass,
    # but then every file's content is still exactly the signed one.
    if _check(bytes(data), tmp_path):
        with zipfile.ZipFile(io.BytesIO(bundle)) as good, zipfile.ZipFile(io.BytesIO(bytes(data))) as bad:
            assert sorted(good.namelist()) == sorted(bad.namelist())
            for name in good.namelist():
                assert good.read(name) == bad.read(name)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0), junk=st.binary(max_size=64))
def test_truncated_or_padded_bundles_never_crash(bundle: bytes, tmp_path: Path, cut: int, junk: bytes) -> None:
    data = bundle[: cut % (len(bundle) + 1)] + junk
    _check(data, tmp_path)


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=2048))
def test_random_bytes_as_a_bundle(data: bytes, tmp_path_factory: pytest.TempPathFactory) -> None:
    tmp = tmp_path_factory.mktemp("random")
    assert _check(data, tmp) is False


@settings(max_examples=150, deadline=None)
@given(
    header=st.lists(
        st.sampled_from(
            [
                b"age-encryption.org/v1\n",
                b"-> X25519 abc\n",
                b"-> scrypt c2FsdA 30\n",
                b"-> scrypt x\n",
                b"YWJj\n",
                b"--- bWFj\n",
                b"\n",
                b"-> \n",
                b"\xff\xfe",
                b"-> piv-p256 a b\n",
            ]
        ),
        max_size=12,
    ),
    tail=st.binary(max_size=64),
)
def test_age_header_vetting_never_crashes(header: list[bytes], tail: bytes) -> None:
    data = b"".join(header) + tail
    identity = age.Identity.generate()
    with contextlib.suppress(CryptoError):
        age.decrypt_stream(io.BytesIO(data), io.BytesIO(), [identity])
