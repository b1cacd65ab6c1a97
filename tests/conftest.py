"""Shared fixtures.

* The only place the KDF is weakened: ``_weak_kdf`` (autouse) wraps each test in
  ``allow_weak_parameters_for_tests``, which itself refuses to work outside pytest.
* No network, ever: an audit hook fails any test that tries to connect, resolve a name or open
  a URL.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from crypto import kdf
from crypto.secret import SecretStr
from evidence_app.vault import Vault
from tests import netguard

PROJECT = Path(__file__).resolve().parents[1]
SAMPLES = PROJECT.parent / "shared" / "samples" / "exif-samples"
PASSPHRASE = "correct horse battery staple"

netguard.install()
# Child processes (the real CLI, crash writers) get the same guard through sitecustomize.
_CHILD_LOG = Path(tempfile.mkdtemp(prefix="evidence-netguard-")) / "attempts.log"
os.environ["EVIDENCE_NETGUARD_LOG"] = str(_CHILD_LOG)
os.environ["PYTHONPATH"] = os.pathsep.join(
    [
        str(Path(__file__).resolve().parent / "childguard"),
        str(Path(__file__).resolve().parents[1]),
        *filter(None, [os.environ.get("PYTHONPATH")]),
    ]
)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    attempts = list(netguard.ATTEMPTS)
    if _CHILD_LOG.exists():
        attempts += _CHILD_LOG.read_text(encoding="utf-8").splitlines()
    if attempts:
        sys.stderr.write("\nNETWORK ACCESS ATTEMPTED DURING TESTS:\n" + "\n".join(attempts) + "\n")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(autouse=True)
def _weak_kdf() -> Iterator[None]:
    with kdf.allow_weak_parameters_for_tests():
        yield


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own HOME/XDG dirs so nothing touches the real user's settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for var, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        monkeypatch.setenv(var, str(home / sub))
    monkeypatch.delenv("EVIDENCE_VAULT", raising=False)
    monkeypatch.delenv("EVIDENCE_PASSPHRASE", raising=False)


@pytest.fixture
def passphrase() -> SecretStr:
    return SecretStr(PASSPHRASE)


@dataclass
class NewVault:
    vault: Vault
    root: Path
    recovery_key: SecretStr


@pytest.fixture
def new_vault(tmp_path: Path, passphrase: SecretStr) -> Iterator[NewVault]:
    root = tmp_path / "vault"
    vault, recovery = Vault.create(root, passphrase, author="Tester")
    try:
        yield NewVault(vault, root, recovery)
    finally:
        vault.close()


@pytest.fixture
def vault(new_vault: NewVault) -> Vault:
    return new_vault.vault


@dataclass
class Result:
    code: int
    out: str
    err: str


class Cli:
    """Runs ``evidence-app`` in-process (fast) with a vault folder and passphrase preset."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self.monkeypatch = monkeypatch

    def __call__(self, *argv: str, stdin: str = "", env: dict[str, str] | None = None) -> Result:
        from evidence_app import cli

        with self.monkeypatch.context() as m:
            m.setenv("EVIDENCE_VAULT", str(self.root))
            m.setenv("EVIDENCE_PASSPHRASE", PASSPHRASE)
            for k, v in (env or {}).items():
                m.setenv(k, v)
            m.setattr(sys, "stdin", io.StringIO(stdin))
            m.setattr(cli._Stdin, "_lines", None)
            out, err = io.StringIO(), io.StringIO()
            with redirect_stdout(out), redirect_stderr(err):
                code = cli.main(list(argv))
        return Result(code, out.getvalue(), err.getvalue())

    def ok(self, *argv: str, stdin: str = "") -> str:
        r = self(*argv, stdin=stdin)
        assert r.code == 0, f"{argv}: exit {r.code}: {r.err}"
        return r.out.strip()


@pytest.fixture
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Cli:
    return Cli(tmp_path / "vault", monkeypatch)


@pytest.fixture
def cli_vault(cli: Cli) -> Cli:
    """A CLI with an initialised vault."""
    r = cli("init", "--author", "Tester")
    assert r.code == 0, r.err
    return cli


def run_app(
    *argv: str, env: dict[str, str] | None = None, stdin: str = "", timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the real ``evidence-app`` in a child process."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "evidence_app.cli", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        cwd=PROJECT,
    )


def all_files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
