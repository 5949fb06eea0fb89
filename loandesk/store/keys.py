"""Database keys: random raw keys, the OS keyring, and the passphrase-sealed recovery key slot.

The keyring is convenient but not a backup (a Windows password reset can wipe it), so every
database also has a key slot sealed with the recovery passphrase (Argon2id + AES-256-GCM) and a
printed recovery key. The key is never written anywhere in plaintext.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from loandesk.store.engine import HEX64, check_key
from loandesk.store.errors import StorageError

KEYRING_SERVICE = "LoanDesk"
SLOT_FORMAT = "loandesk-keyslot"
SLOT_VERSION = 1
# Argon2id at 64 MiB / 3 passes: ~0.2–0.5 s on a branch PC, costly for an attacker's guesses.
DEFAULT_KDF = {"name": "argon2id", "memory_kib": 65536, "time_cost": 3, "parallelism": 2}
MIN_PASSPHRASE_LEN = 10
LONG_PASSPHRASE_LEN = 16
MAX_PASSPHRASE_LEN = 256  # forms/unlock_dialog.ui and setup_wizard.ui cap their fields here


class KeyringUnavailable(StorageError):
    def __init__(self, detail: str = "") -> None:
        super().__init__("系统凭据管理器不可用，需要用恢复口令解锁数据库。", detail=detail)


class WrongPassphrase(StorageError):
    def __init__(self, wait_seconds: float = 0) -> None:
        msg = "恢复口令不正确。"
        if wait_seconds:
            msg += f"请等待 {wait_seconds:.0f} 秒后再试。"
        super().__init__(msg)
        self.wait_seconds = wait_seconds


class KeySlotDamaged(StorageError):
    def __init__(self, detail: str = "") -> None:
        super().__init__("密钥槽文件缺失或已损坏，无法用恢复口令解锁。请改用恢复单上的恢复密钥，或从备份恢复。", detail=detail)


def new_key() -> str:
    return secrets.token_bytes(32).hex()


# --- recovery key: the raw key as grouped base32 for the printed sheet -------------------------

def recovery_key_text(key_hex: str) -> str:
    """52 base32 characters in groups of 4, plus a 4-character checksum group."""
    raw = bytes.fromhex(check_key(key_hex))
    body = base64.b32encode(raw).decode().rstrip("=")
    import hashlib

    check = base64.b32encode(hashlib.sha256(raw).digest()).decode()[:4]
    text = body + check
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def key_from_recovery_text(text: str) -> str:
    import hashlib

    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    if len(cleaned) != 56:
        raise StorageError("恢复密钥应为 56 个字符（14 组，每组 4 个），请核对恢复单。")
    body, check = cleaned[:52], cleaned[52:]
    try:
        raw = base64.b32decode(body + "====")
    except ValueError as exc:
        raise StorageError("恢复密钥含有无效字符，请核对恢复单。") from exc
    if base64.b32encode(hashlib.sha256(raw).digest()).decode()[:4] != check:
        raise StorageError("恢复密钥校验不通过，可能有字符抄错，请核对恢复单。")
    return raw.hex()


# --- passphrase strength -------------------------------------------------------------------------

def passphrase_problems(passphrase: str) -> list[str]:
    """Plain rules a branch admin can follow; returns what is missing (empty list = acceptable).

    Five kinds of character, 汉字 one of them (not lumped with symbols: "信用社 恢复口令 2026 春"
    has three kinds, not two), three needed, or two in a passphrase of 16 characters or more. At
    most MAX_PASSPHRASE_LEN characters: the unlock window takes no more, and a longer passphrase
    set from the command line could never be typed there.
    """
    passphrase = normalise_passphrase(passphrase)  # judged as it is sealed
    problems = []
    if len(passphrase) < MIN_PASSPHRASE_LEN:
        problems.append(f"至少 {MIN_PASSPHRASE_LEN} 个字符")
    if len(passphrase) > MAX_PASSPHRASE_LEN:
        problems.append(f"不超过 {MAX_PASSPHRASE_LEN} 个字符（解锁窗口最多可输入 {MAX_PASSPHRASE_LEN} 个字符）")
    classes = sum(
        [
            any(c.isascii() and c.islower() for c in passphrase),
            any(c.isascii() and c.isupper() for c in passphrase),
            any(c.isdigit() for c in passphrase),
            any(not c.isalnum() for c in passphrase),  # symbols and spaces, half- or full-width
            any(c.isalpha() and not c.isascii() for c in passphrase),  # 汉字 and other scripts
        ]
    )
    if classes < (2 if len(passphrase) >= LONG_PASSPHRASE_LEN else 3):
        problems.append(f"至少包含小写字母、大写字母、数字、符号、汉字中的三类（{LONG_PASSPHRASE_LEN} 个字符以上只需两类）")
    if len(set(passphrase)) < 6:
        problems.append("重复字符过多")
    return problems


# --- the key slot --------------------------------------------------------------------------------

# Bounds for parameters read from a slot: a backup's slot is parsed before anything in the file is
# authenticated, and a crafted 2 TiB memory cost or a billion passes would exhaust the PC instead.
KDF_LIMITS = {"memory_kib": (8, 1 << 21), "time_cost": (1, 64), "parallelism": (1, 64)}


def _derive(passphrase: str, salt: bytes, kdf: dict) -> bytes:
    if kdf.get("name") != "argon2id":
        raise KeySlotDamaged(detail=f"unknown kdf {kdf.get('name')}")
    params = {name: int(kdf[name]) for name in KDF_LIMITS}
    if any(not lo <= params[name] <= hi for name, (lo, hi) in KDF_LIMITS.items()):
        raise KeySlotDamaged(detail="kdf parameters out of range")
    try:
        return hash_secret_raw(
            passphrase.encode("utf-8"),
            salt,
            time_cost=params["time_cost"],
            memory_cost=params["memory_kib"],
            parallelism=params["parallelism"],
            hash_len=32,
            type=Type.ID,
        )
    except HashingError as exc:  # e.g. memory below 8 KiB per lane
        raise KeySlotDamaged(detail="kdf parameters rejected") from exc


PASSPHRASE_NORM = "NFKC"


def normalise_passphrase(passphrase: str) -> str:
    """The passphrase as sealed: NFKC, so the full-width letters, digits and spaces a Chinese IME
    types (Ｒｅｃｏｖｅｒｙ２０２６, "口令　2026") open the slot as their half-width forms do. An admin
    who set it in full-width mode and types it in half-width mode years later, on a new PC
    without the keyring, would otherwise be locked out of the branch's data."""
    return unicodedata.normalize(PASSPHRASE_NORM, passphrase)


def seal_key(key_hex: str, passphrase: str, database_id: str, kdf: dict | None = None) -> dict:
    kdf = dict(kdf or DEFAULT_KDF)
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    wrap = _derive(normalise_passphrase(passphrase), salt, kdf)
    ct = AESGCM(wrap).encrypt(nonce, bytes.fromhex(check_key(key_hex)), database_id.encode())
    b64 = lambda b: base64.b64encode(b).decode()  # noqa: E731
    return {
        "format": SLOT_FORMAT,
        "version": SLOT_VERSION,
        "database_id": database_id,
        "kdf": kdf,
        "salt": b64(salt),
        "nonce": b64(nonce),
        "ciphertext": b64(ct),
        # Slots written before this field existed used the passphrase exactly as typed.
        "passphrase_norm": PASSPHRASE_NORM,
    }


def open_slot(slot: dict, passphrase: str) -> str:
    """The key sealed in `slot`. The slot comes from a file (the data folder's, or a backup's header,
    read before anything is authenticated), so every field is checked for shape: a damaged or
    crafted slot is KeySlotDamaged, never an AttributeError from deep inside."""
    try:
        if not isinstance(slot, dict) or not isinstance(slot.get("kdf"), dict):
            raise KeySlotDamaged(detail="shape")
        if slot.get("format") != SLOT_FORMAT or int(slot.get("version", 0)) > SLOT_VERSION:
            raise KeySlotDamaged(detail="format")
        salt = base64.b64decode(slot["salt"])
        nonce = base64.b64decode(slot["nonce"])
        ct = base64.b64decode(slot["ciphertext"])
        aad = str(slot["database_id"]).encode()
        norm = slot.get("passphrase_norm")
        if norm not in (None, PASSPHRASE_NORM):
            raise KeySlotDamaged(detail="passphrase_norm")
        wrap = _derive(normalise_passphrase(passphrase) if norm else passphrase, salt, slot["kdf"])
        cipher = AESGCM(wrap)
    except (KeyError, ValueError, TypeError, AttributeError, OverflowError) as exc:
        raise KeySlotDamaged(detail=type(exc).__name__) from exc
    try:
        raw = cipher.decrypt(nonce, ct, aad)
    except InvalidTag:
        raise WrongPassphrase() from None
    except (ValueError, TypeError) as exc:  # e.g. a nonce of the wrong length
        raise KeySlotDamaged(detail=type(exc).__name__) from exc
    return raw.hex()


def write_json_atomic(path: Path, data: dict) -> None:
    """temp file + fsync + os.replace, so a crash never leaves a half-written slot or marker."""
    tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def read_slot(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KeySlotDamaged(detail=str(exc)) from exc
    if not isinstance(data, dict):
        raise KeySlotDamaged(detail="not an object")
    return data


class PassphraseThrottle:
    """Growing delay after wrong passphrases: 0, 1, 2, 4 … 60 seconds."""

    def __init__(self, clock: callable = time.monotonic) -> None:  # type: ignore[valid-type]
        self.failures = 0
        self.not_before = 0.0
        self._clock = clock

    def remaining(self) -> float:
        return max(0.0, self.not_before - self._clock())

    def failed(self) -> float:
        self.failures += 1
        delay = min(60.0, 2.0 ** (self.failures - 2)) if self.failures > 1 else 0.0
        self.not_before = self._clock() + delay
        return delay

    def succeeded(self) -> None:
        self.failures = 0
        self.not_before = 0.0


# --- keyring -------------------------------------------------------------------------------------

@dataclass
class KeyStore:
    """The database key in the OS keyring, under a name tied to this database's id."""

    database_id: str

    @property
    def username(self) -> str:
        return f"db-key:{self.database_id}"

    def get(self, slot: str = "current") -> str | None:
        try:
            value = keyring.get_password(KEYRING_SERVICE, f"{self.username}:{slot}")
        except keyring.errors.KeyringError as exc:
            raise KeyringUnavailable(detail=type(exc).__name__) from exc
        except Exception as exc:  # backends raise assorted OS errors (dbus, WinError)
            raise KeyringUnavailable(detail=type(exc).__name__) from exc
        if value is None:
            return None
        if not HEX64.fullmatch(value):
            return None  # foreign or damaged entry: treat as absent, never format it into SQL
        return value

    def put(self, key_hex: str, slot: str = "current") -> bool:
        """Store and read back; False when the backend accepted the write but lost it (null backend)."""
        check_key(key_hex)
        try:
            keyring.set_password(KEYRING_SERVICE, f"{self.username}:{slot}", key_hex)
        except Exception as exc:
            raise KeyringUnavailable(detail=type(exc).__name__) from exc
        return self.get(slot) == key_hex

    def delete(self, slot: str = "current") -> None:
        try:
            keyring.delete_password(KEYRING_SERVICE, f"{self.username}:{slot}")
        except keyring.errors.PasswordDeleteError:
            pass
        except Exception as exc:
            raise KeyringUnavailable(detail=type(exc).__name__) from exc
