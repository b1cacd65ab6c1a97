"""Evidence Vault: encrypted, offline evidence archive for field researchers."""

__version__ = "0.1.0"
