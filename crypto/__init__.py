"""Cryptographic building blocks of Evidence Vault.

No Qt, no database: only key derivation, key slots, the vault header format, signing and recipient
(age) encryption. Everything above this package treats keys as opaque ``SecretBytes``.
"""
