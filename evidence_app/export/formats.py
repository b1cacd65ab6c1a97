"""Names, versions and limits of the dossier bundle: the contract between ``export`` and ``verify``.

Everything a recipient's ``verify`` relies on is fixed here, so a change to the layout is a
change of ``BUNDLE_VERSION`` and nothing else drifts silently.
"""

from __future__ import annotations

import re
import stat

BUNDLE_FORMAT = "evidence-vault-dossier"
BUNDLE_VERSION = 2
RECORDS_FORMAT = "evidence-vault-dossier-records"
RECORDS_VERSION = 2

HASH_ALGORITHM = "sha512"  # the signed manifest's; manifest-sha256.txt is kept as a second one
SIGNATURE_ALGORITHM = "sshsig-ed25519"
# The SSH signature (SSHSIG) namespace, and the principal of the allowed_signers line the vault
# prints: ``ssh-keygen -Y verify -f allowed_signers -I evidence-vault -n evidence-vault``. The
# namespace keeps a dossier signature from being valid for anything else the vault key signs.
SIGNATURE_NAMESPACE = "evidence-vault"
SIGNATURE_PRINCIPAL = "evidence-vault"

# Tag files (relative to the bag's top folder).
BAGIT_TXT = "bagit.txt"
BAG_INFO = "bag-info.txt"
README_TXT = "README.txt"
MANIFEST = "manifest-sha512.txt"  # the payload manifest: the file the SSH signature covers
MANIFEST_SHA256 = "manifest-sha256.txt"
TAG_MANIFEST = "tagmanifest-sha512.txt"
TAG_MANIFEST_SHA256 = "tagmanifest-sha256.txt"
# The SSH signature of MANIFEST, beside it. Everything that must be signed (case reference,
# bundle id, custody head, signer) is in the payload (records.json), which MANIFEST covers.
SIGNATURE_FILE = MANIFEST + ".sig"
# Every tag file but the tag manifests is listed in both tag manifests (strict BagIt).
TAG_FILES = (BAGIT_TXT, BAG_INFO, MANIFEST, MANIFEST_SHA256, SIGNATURE_FILE, README_TXT)
TAG_MANIFESTS = (TAG_MANIFEST, TAG_MANIFEST_SHA256)

BAGIT_DECLARATION = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"

# Payload (relative to the bag's top folder).
PAYLOAD_DIR = "data"
DOSSIER_HTML = "data/dossier.html"
DOSSIER_PDF = "data/dossier.pdf"
RECORDS_JSON = "data/records.json"
RECORDS_SCHEMA = "data/records.schema.json"  # JSON Schema 2020-12 of records.json
MEDIA_DIR = "data/media"
# Downscaled copies of large photos, as dossier.html and dossier.pdf show them (full resolution
# only in MEDIA_DIR; a photo small enough is shown from MEDIA_DIR itself, never stored twice).
SHOWN_DIR = "data/shown"

# bag-info.txt fields written by the exporter (besides the RFC 8493 reserved ones).
INFO_FORMAT = "Evidence-Export-Format"
INFO_VERSION = "Evidence-Export-Version"
INFO_HASH = "Evidence-Hash-Algorithm"
INFO_SIG_ALG = "Evidence-Signature-Algorithm"
INFO_SIG_NAMESPACE = "Evidence-Signature-Namespace"
INFO_SIG_FILE = "Evidence-Signature-File"
INFO_PUBLIC_KEY = "Evidence-Signer-Public-Key"
INFO_FINGERPRINT = "Evidence-Signer-Fingerprint"
INFO_SIGNER_SSH = "Evidence-Signer-Allowed-Signers"

# Every name in a bundle, below the top folder: generated, ASCII, no room for tricks.
SAFE_COMPONENT = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")

# Zip entries: fixed timestamp (the earliest a zip can hold), regular files, rw-r--r--.
ZIP_DATE_TIME = (1980, 1, 1, 0, 0, 0)
ZIP_FILE_MODE = stat.S_IFREG | 0o644
ZIP_CREATE_SYSTEM_UNIX = 3

# Limits applied by verify to the central directory BEFORE any entry is decompressed.
MAX_ENTRIES = 10_000
MAX_ENTRY_SIZE = 1024 * 1024 * 1024
MAX_TOTAL_SIZE = 4 * 1024 * 1024 * 1024
MAX_RATIO = 100  # uncompressed / compressed, for entries above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_TAG_FILE = 4 * 1024 * 1024  # bag-info, manifests, signature: read whole into memory
MAX_CENTRAL_DIRECTORY = 16 * 1024 * 1024
# An encrypted bundle is decrypted into memory (never to disk): this bounds that memory.
MAX_DECRYPTED_BUNDLE = 2 * 1024 * 1024 * 1024
