"""Passphrase -> key-encryption key with Argon2id (cryptography's implementation).

Parameters live in the vault header, next to the slot they protect, so an old vault keeps opening
after the defaults move on. They are tuned once, at vault creation, so that one unlock costs about
0.5-1 s on the creating machine.

Test-only weakening: the test suite may lower the floor through ``allow_weak_parameters_for_tests``,
which refuses to work outside pytest. Nothing else can create a vault below the floor.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .errors import UnsupportedFormat
from .secret import SecretBytes, SecretStr

KDF_ARGON2ID = "argon2id"
SALT_LEN = 16
KEY_LEN = 32

# The floor for new vaults (RFC 9106's second recommendation is 64 MiB, t=3).
MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 1
TARGET_SECONDS = 0.75
CALIBRATION_TRIALS = 3  # one-iteration probes at full memory; the fastest is the machine's speed
DEFAULT_MEMORY_KIB = 256 * 1024
DEFAULT_LANES = 4

# Bounds on what a header may ask for, close to what ``new_params`` ever chooses: memory is fixed
# at 256 MiB (the cap leaves 2x room), lanes at 4, and iterations grow only until one derivation
# takes ~0.75 s, which on a laptop of this class (one 256 MiB pass takes 0.1-0.7 s) means 1-8.
# A hostile header must not make us allocate gigabytes or spin for a minute before the
# passphrase is even checked: at the caps one derivation stays a few seconds and 512 MiB.
MAX_MEMORY_KIB = 2 * DEFAULT_MEMORY_KIB
MAX_ITERATIONS = 16
MAX_LANES = 16
# memory x iterations of every derivation one unlock may run (all passphrase slots together):
# the work of 16 passes at the default memory. Checked before the first derivation.
MAX_WORK_KIB = 16 * DEFAULT_MEMORY_KIB


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    def check_bounds(self) -> None:
        """Reject parameters no vault of ours would carry (a damaged or hostile header)."""
        if not (8 * self.lanes <= self.memory_kib <= MAX_MEMORY_KIB):
            raise UnsupportedFormat("Argon2id memory parameter out of range")
        if not (1 <= self.iterations <= MAX_ITERATIONS):
            raise UnsupportedFormat("Argon2id iteration count out of range")
        if not (1 <= self.lanes <= MAX_LANES):
            raise UnsupportedFormat("Argon2id lane count out of range")
        if len(self.salt) != SALT_LEN:
            raise UnsupportedFormat("Argon2id salt has the wrong length")
        if self.work_kib > MAX_WORK_KIB:
            raise UnsupportedFormat("Argon2id parameters ask for more work than this app ever chooses")

    @property
    def work_kib(self) -> int:
        """What one derivation costs, in KiB-passes (memory x iterations)."""
        return self.memory_kib * self.iterations

    def to_json(self) -> dict[str, object]:
        return {
            "alg": KDF_ARGON2ID,
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "salt": self.salt.hex(),
        }

    @classmethod
    def from_json(cls, obj: dict[str, object]) -> Argon2Params:
        if obj.get("alg") != KDF_ARGON2ID:
            raise UnsupportedFormat(f"unknown KDF {obj.get('alg')!r}")
        try:
            memory, iterations, lanes, salt = (
                obj["memory_kib"],
                obj["iterations"],
                obj["lanes"],
                obj["salt"],
            )
            if not all(isinstance(v, int) and not isinstance(v, bool) for v in (memory, iterations, lanes)):
                raise TypeError
            assert isinstance(memory, int) and isinstance(iterations, int) and isinstance(lanes, int)
            if not isinstance(salt, str):
                raise TypeError
            params = cls(memory, iterations, lanes, bytes.fromhex(salt))
        except (KeyError, TypeError, ValueError):
            raise UnsupportedFormat("malformed Argon2id parameters") from None
        params.check_bounds()
        return params


def derive(passphrase: SecretStr, params: Argon2Params) -> SecretBytes:
    # Imported on first use: the app's start reads a vault header before any key work (#18).
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    params.check_bounds()
    kdf = Argon2id(
        salt=params.salt,
        length=KEY_LEN,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    # The passphrase is a str already (SecretStr); its UTF-8 form is as (un)wipeable as it is.
    return SecretBytes(kdf.derive(passphrase.reveal().encode("utf-8")))


@dataclass(frozen=True)
class _Floor:
    memory_kib: int
    iterations: int
    calibrate: bool


_REAL_FLOOR = _Floor(MIN_MEMORY_KIB, MIN_ITERATIONS, calibrate=True)
_floor = _REAL_FLOOR


@contextlib.contextmanager
def allow_weak_parameters_for_tests() -> Iterator[None]:
    """Lets the test suite create vaults with tiny Argon2id parameters so hundreds of vaults can
    be made quickly. Refuses to run unless pytest is driving this process."""
    global _floor
    if "PYTEST_CURRENT_TEST" not in os.environ:
        raise RuntimeError("weak KDF parameters are only available inside the test suite")
    previous = _floor
    _floor = _Floor(memory_kib=64, iterations=1, calibrate=False)
    try:
        yield
    finally:
        _floor = previous


def new_params(
    target_seconds: float = TARGET_SECONDS,
    clock: Callable[[], float] = time.perf_counter,
) -> Argon2Params:
    """Parameters for a new slot, tuned on this machine so one derivation takes ~target seconds.

    Memory is fixed (256 MiB, never below the 64 MiB floor); iterations grow until the target is
    met, since time per iteration is close to linear.
    """
    salt = os.urandom(SALT_LEN)
    floor = _floor
    if not floor.calibrate:
        return Argon2Params(floor.memory_kib, floor.iterations, 1, salt)
    memory = max(DEFAULT_MEMORY_KIB, floor.memory_kib)
    lanes = DEFAULT_LANES
    probe = Argon2Params(memory, 1, lanes, salt)
    # The best of several trials: a single one taken while the machine is momentarily busy (an
    # indexer, a browser tab) would measure the load, not the machine, and give every later unlock
    # fewer iterations than this laptop can afford.
    trials = []
    for _ in range(CALIBRATION_TRIALS):
        start = clock()
        derive(SecretStr("calibration"), probe)
        trials.append(clock() - start)
    per_iteration = max(min(trials), 1e-3)
    iterations = max(floor.iterations, round(target_seconds / per_iteration))
    iterations = min(iterations, MAX_ITERATIONS)
    return Argon2Params(memory, iterations, lanes, salt)


def check_floor(params: Argon2Params) -> None:
    """New slots must meet the floor (the tests' floor only while the guarded fixture is active)."""
    if params.memory_kib < _floor.memory_kib or params.iterations < _floor.iterations:
        raise ValueError("Argon2id parameters are below the minimum for a new vault")
