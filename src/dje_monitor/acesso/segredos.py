"""Passwords (argon2id) and random tokens (stored as SHA-256, compared in constant time)."""

from __future__ import annotations

import hashlib
import secrets
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher()  # argon2id with the library's RFC 9106 parameters
PREFIXO = "dje_"


def hash_senha(senha: str) -> str:
    return _HASHER.hash(senha)


@lru_cache(maxsize=1)
def _hash_ficticio() -> str:
    return _HASHER.hash(secrets.token_urlsafe(16))


def senha_confere(senha_hash: str | None, senha: str) -> bool:
    """Unknown logins are checked against a dummy hash: the answer takes as long either way."""
    try:
        return _HASHER.verify(senha_hash or _hash_ficticio(), senha) and senha_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def precisa_rehash(senha_hash: str) -> bool:
    return _HASHER.check_needs_rehash(senha_hash)


def novo_token() -> str:
    return PREFIXO + secrets.token_urlsafe(32)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def iguais(a: str, b: str) -> bool:
    return secrets.compare_digest(a.encode(), b.encode())
