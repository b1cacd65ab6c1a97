"""Database schema, as an append-only list of migrations. Never edit a released migration: add a
new one. ``PRAGMA user_version`` records how many have run."""

from __future__ import annotations

_V1 = r"""
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
)
;;
CREATE TABLE cases (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL,
    tags        TEXT NOT NULL DEFAULT '[]',
    author      TEXT NOT NULL,
    created     TEXT NOT NULL,
    modified    TEXT NOT NULL
)
;;
CREATE TABLE persons (
    id                TEXT PRIMARY KEY,
    full_name         TEXT NOT NULL CHECK (length(trim(full_name)) > 0),
    aliases           TEXT NOT NULL DEFAULT '[]',
    transliterations  TEXT NOT NULL DEFAULT '[]',
    phones            TEXT NOT NULL DEFAULT '[]',
    emails            TEXT NOT NULL DEFAULT '[]',
    nationality       TEXT NOT NULL DEFAULT '',
    languages         TEXT NOT NULL DEFAULT '[]',
    role              TEXT NOT NULL,
    protected         INTEGER NOT NULL DEFAULT 1,
    pseudonym         TEXT NOT NULL,
    consent           TEXT NOT NULL,
    consent_scope     TEXT NOT NULL DEFAULT '',
    consent_date      TEXT,
    risk              TEXT NOT NULL,
    notes             TEXT NOT NULL DEFAULT '',
    tags              TEXT NOT NULL DEFAULT '[]',
    author            TEXT NOT NULL,
    created           TEXT NOT NULL,
    modified          TEXT NOT NULL
)
;;
CREATE TABLE case_persons (
    case_id   TEXT NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    PRIMARY KEY (case_id, person_id)
)
;;
CREATE TABLE testimonies (
    id              TEXT PRIMARY KEY,
    case_id         TEXT NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
    person_id       TEXT NOT NULL REFERENCES persons(id) ON DELETE RESTRICT,
    interview_date  TEXT,
    place           TEXT NOT NULL DEFAULT '',
    interviewer     TEXT NOT NULL DEFAULT '',
    interpreter     TEXT NOT NULL DEFAULT '',
    language        TEXT NOT NULL DEFAULT '',
    transcript      TEXT NOT NULL,
    summary         TEXT NOT NULL DEFAULT '',
    redacted_spans  TEXT NOT NULL DEFAULT '[]',
    revision        INTEGER NOT NULL DEFAULT 1,
    tags            TEXT NOT NULL DEFAULT '[]',
    author          TEXT NOT NULL,
    created         TEXT NOT NULL,
    modified        TEXT NOT NULL
)
;;
-- Every earlier state of a testimony, so evidence never changes silently.
CREATE TABLE testimony_revisions (
    testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
    revision     INTEGER NOT NULL,
    snapshot     TEXT NOT NULL,
    author       TEXT NOT NULL,
    saved        TEXT NOT NULL,
    PRIMARY KEY (testimony_id, revision)
)
;;
CREATE TABLE notes (
    id        TEXT PRIMARY KEY,
    case_id   TEXT NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
    person_id TEXT REFERENCES persons(id) ON DELETE RESTRICT,
    text      TEXT NOT NULL,
    private   INTEGER NOT NULL DEFAULT 0,
    tags      TEXT NOT NULL DEFAULT '[]',
    author    TEXT NOT NULL,
    created   TEXT NOT NULL,
    modified  TEXT NOT NULL
)
;;
CREATE TABLE sites (
    id        TEXT PRIMARY KEY,
    case_id   TEXT NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
    name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
    town      TEXT NOT NULL DEFAULT '',
    province  TEXT NOT NULL DEFAULT '',
    lat       REAL,
    lon       REAL,
    sensitive INTEGER NOT NULL DEFAULT 0,
    tags      TEXT NOT NULL DEFAULT '[]',
    author    TEXT NOT NULL,
    created   TEXT NOT NULL,
    modified  TEXT NOT NULL
)
;;
-- One row per encrypted file in blobs/. The age identity exists only here: deleting the row
-- (secure_delete is on) makes the file unreadable even if the disk keeps its bytes.
CREATE TABLE blobs (
    id       TEXT PRIMARY KEY,
    identity TEXT NOT NULL,
    sha256   TEXT NOT NULL,
    size     INTEGER NOT NULL,
    created  TEXT NOT NULL
)
;;
CREATE TABLE media (
    id                TEXT PRIMARY KEY,
    case_id           TEXT NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
    kind              TEXT NOT NULL,
    media_type        TEXT NOT NULL,
    original_blob     TEXT NOT NULL REFERENCES blobs(id) ON DELETE RESTRICT,
    original_name     TEXT NOT NULL DEFAULT '',
    caption           TEXT NOT NULL DEFAULT '',
    capture_date      TEXT,
    place             TEXT NOT NULL DEFAULT '',
    inspection        TEXT NOT NULL DEFAULT '{}',
    not_exportable    TEXT,
    tags              TEXT NOT NULL DEFAULT '[]',
    author            TEXT NOT NULL,
    created           TEXT NOT NULL,
    modified          TEXT NOT NULL
)
;;
-- Working copies: each redaction adds a version; the newest is current, older ones stay.
CREATE TABLE media_versions (
    media_id        TEXT NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    version         INTEGER NOT NULL,
    blob            TEXT NOT NULL REFERENCES blobs(id) ON DELETE RESTRICT,
    transformations TEXT NOT NULL,
    author          TEXT NOT NULL,
    created         TEXT NOT NULL,
    PRIMARY KEY (media_id, version)
)
;;
CREATE TABLE testimony_media (
    testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
    media_id     TEXT NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    PRIMARY KEY (testimony_id, media_id)
)
;;
-- Full-text index (encrypted with the database). Tokens are produced in Python (search.py) so
-- scripts without spaces (Chinese, Thai, Khmer) are indexed as character bigrams (column tokens,
-- in text order, for phrase queries) and unigrams (column extra, with accent-free word forms).
CREATE VIRTUAL TABLE search_fts USING fts5(
    tokens,
    extra,
    content = '',
    contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 0 categories 'L* N* M* Co'"
)
;;
CREATE TABLE search_docs (
    rowid     INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,
    item_id   TEXT NOT NULL UNIQUE,
    case_id   TEXT
)
;;
-- Custody log: append-only and hash-chained. The triggers make UPDATE and DELETE fail, so even a
-- bug cannot rewrite history; the chain makes any out-of-band edit visible to `check`.
CREATE TABLE custody (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_kind TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    detail      TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
)
;;
CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody
BEGIN
    SELECT RAISE(ABORT, 'the custody log is append-only');
END
;;
CREATE TRIGGER custody_no_delete BEFORE DELETE ON custody
BEGIN
    SELECT RAISE(ABORT, 'the custody log is append-only');
END
;;
CREATE INDEX testimonies_case ON testimonies(case_id)
;;
CREATE INDEX notes_case ON notes(case_id)
;;
CREATE INDEX sites_case ON sites(case_id)
;;
CREATE INDEX media_case ON media(case_id)
"""

# Searchable text of documents (PDF text layer, office document text), extracted at intake. It is
# encrypted with the database like every record and never written into a working copy.
_V2 = r"""
CREATE TABLE media_text (
    media_id TEXT PRIMARY KEY REFERENCES media(id) ON DELETE CASCADE,
    text     TEXT NOT NULL
)
"""

# Paged listings: every list is ordered by (created, id), so with these indexes a page is read in
# index order and the rows before it are skipped in the index alone; without them each page sorted
# (and decrypted) the whole case. The person indexes answer "which persons does this case name"
# and the persons' foreign-key checks without reading every testimony. The new case indexes begin
# with case_id, so they replace the V1 ones. The custody indexes find a record's entries and the
# entries naming a case (records/history.py ``DETAIL_CASE``: the expression must stay identical there)
# without reading the whole log; json_valid keeps one malformed detail from failing the migration.
_V3 = r"""
CREATE INDEX cases_order ON cases(created, id)
;;
CREATE INDEX persons_order ON persons(created, id)
;;
CREATE INDEX testimonies_case_order ON testimonies(case_id, created, id)
;;
CREATE INDEX notes_case_order ON notes(case_id, created, id)
;;
CREATE INDEX sites_case_order ON sites(case_id, created, id)
;;
CREATE INDEX media_case_order ON media(case_id, created, id)
;;
CREATE INDEX testimonies_person ON testimonies(person_id, case_id)
;;
CREATE INDEX notes_person ON notes(person_id, case_id)
;;
CREATE INDEX custody_object ON custody(object_id)
;;
CREATE INDEX custody_case ON custody(iif(json_valid(detail), json_extract(detail, '$.case'), NULL))
;;
DROP INDEX testimonies_case
;;
DROP INDEX notes_case
;;
DROP INDEX sites_case
;;
DROP INDEX media_case
"""

# Source protection (identities.py, marks.py, transfer/trust.py):
# * identity_memory: every name, alias, transliteration, phone and e-mail a protected person ever
#   had. No foreign key on purpose: the rows outlive a rename and a deletion (then they are the
#   person's redaction tombstone), and only an explicit forget removes them. Seeded here from the
#   protected persons the vault already holds.
# * trusted_signers: transfer signers (crypto/signing.py fingerprints: SHA-256 of the Ed25519 public
#   key, hex in groups of four) this vault accepts packages from (V6 adds their public key, so they
#   are shown in the SSH form).
# * testimony_drafts: an unsaved edit kept at auto-lock and offered again after unlock
#   (evidence_app/drafts.py; V7 adds the edited details).
# * mark_reviews: redaction marks kept over changed words by an edit, to be reviewed.
_V4 = r"""
CREATE TABLE identity_memory (
    person_id TEXT NOT NULL,
    kind      TEXT NOT NULL,
    value     TEXT NOT NULL,
    pseudonym TEXT NOT NULL,
    recorded  TEXT NOT NULL,
    PRIMARY KEY (person_id, kind, value)
)
;;
INSERT OR IGNORE INTO identity_memory(person_id, kind, value, pseudonym, recorded)
    SELECT id, 'name', full_name, pseudonym, modified FROM persons WHERE protected = 1
;;
INSERT OR IGNORE INTO identity_memory(person_id, kind, value, pseudonym, recorded)
    SELECT p.id, 'alias', j.value, p.pseudonym, p.modified FROM persons p, json_each(p.aliases) j
    WHERE p.protected = 1
;;
INSERT OR IGNORE INTO identity_memory(person_id, kind, value, pseudonym, recorded)
    SELECT p.id, 'transliteration', j.value, p.pseudonym, p.modified FROM persons p, json_each(p.transliterations) j
    WHERE p.protected = 1
;;
INSERT OR IGNORE INTO identity_memory(person_id, kind, value, pseudonym, recorded)
    SELECT p.id, 'phone', j.value, p.pseudonym, p.modified FROM persons p, json_each(p.phones) j
    WHERE p.protected = 1
;;
INSERT OR IGNORE INTO identity_memory(person_id, kind, value, pseudonym, recorded)
    SELECT p.id, 'email', j.value, p.pseudonym, p.modified FROM persons p, json_each(p.emails) j
    WHERE p.protected = 1
;;
CREATE TABLE trusted_signers (
    fingerprint TEXT PRIMARY KEY,
    added       TEXT NOT NULL,
    actor       TEXT NOT NULL
)
;;
CREATE TABLE testimony_drafts (
    testimony_id   TEXT PRIMARY KEY REFERENCES testimonies(id) ON DELETE CASCADE,
    base_revision  INTEGER NOT NULL,
    transcript     TEXT NOT NULL,
    redacted_spans TEXT NOT NULL,
    saved          TEXT NOT NULL
)
;;
CREATE TABLE mark_reviews (
    testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
    start        INTEGER NOT NULL,
    end          INTEGER NOT NULL,
    PRIMARY KEY (testimony_id, start, end)
)
"""

# Blob ids recorded before their file is written: the only stray blob files the vault may ever
# delete (a write that never reached its row). Any other file in blobs/ is moved to quarantine/.
_V5 = r"""
CREATE TABLE pending_blobs (id TEXT PRIMARY KEY) WITHOUT ROWID
"""

# Trusted transfer signers keep their public key, so they are listed by the fingerprint people
# are shown (SSH SHA-256, transfer/trust.py); rows trusted before have none and list by hex.
_V6 = r"""
ALTER TABLE trusted_signers ADD COLUMN public_key BLOB
"""

# A testimony draft (drafts.py) keeps the edited details too (interview date, place, ... as JSON),
# not only the text and its marks: an edit interrupted by the lock loses nothing.
_V7 = r"""
ALTER TABLE testimony_drafts ADD COLUMN details TEXT NOT NULL DEFAULT '{}'
"""

# Text in pictures (picture_text.py): what OCR read on a working-copy version (words with their
# boxes, as JSON), and the redaction boxes suggested on a version (faces, and OCR words that the
# redaction engine would redact), each to be accepted or rejected by the researcher. Encrypted with
# the database like every record; the words are never written into a working copy.
_V8 = r"""
CREATE TABLE media_ocr (
    media_id  TEXT NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    version   INTEGER NOT NULL,
    languages TEXT NOT NULL,
    words     TEXT NOT NULL,
    text      TEXT NOT NULL,
    created   TEXT NOT NULL,
    PRIMARY KEY (media_id, version)
)
;;
CREATE TABLE media_suggestions (
    media_id TEXT NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    version  INTEGER NOT NULL,
    number   INTEGER NOT NULL,
    source   TEXT NOT NULL,
    kind     TEXT NOT NULL,
    x        INTEGER NOT NULL,
    y        INTEGER NOT NULL,
    w        INTEGER NOT NULL,
    h        INTEGER NOT NULL,
    state    TEXT NOT NULL,
    PRIMARY KEY (media_id, version, number)
)
"""

# Markers of a recording made in the app (evidence_app/recording.py): a time stamp in the recorded
# audio (ms, pauses not counted) and the label the researcher typed during the interview.
_V9 = r"""
CREATE TABLE media_markers (
    media_id    TEXT NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    position_ms INTEGER NOT NULL,
    label       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (media_id, position_ms)
)
"""

# Suggested boxes on the pages of documents (flattened PDF working copies): the page, from 1 (0 on
# a photo), in the pixels of that page's image, as `media redact --box PAGE,X,Y,W,H` takes them.
_V10 = r"""
ALTER TABLE media_suggestions ADD COLUMN page INTEGER NOT NULL DEFAULT 0
"""

# Transcripts of recordings (transcripts.py): what speech recognition heard on a working-copy
# version (segments with per-word time stamps, as JSON), the model and the language, detected or
# chosen. Encrypted with the database like every record; never written into a working copy. When
# a transcript became a testimony's text, the testimony and its revision are kept here: that
# revision is a machine transcript, to be checked against the recording.
_V11 = r"""
CREATE TABLE media_transcripts (
    media_id             TEXT NOT NULL REFERENCES media(id) ON DELETE CASCADE,
    version              INTEGER NOT NULL,
    model                TEXT NOT NULL,
    language             TEXT NOT NULL,
    language_source      TEXT NOT NULL,
    language_probability REAL NOT NULL,
    duration             REAL NOT NULL,
    segments             TEXT NOT NULL,
    text                 TEXT NOT NULL,
    created              TEXT NOT NULL,
    PRIMARY KEY (media_id, version)
)
;;
CREATE TABLE machine_transcript_revisions (
    testimony_id TEXT NOT NULL REFERENCES testimonies(id) ON DELETE CASCADE,
    revision     INTEGER NOT NULL,
    media_id     TEXT NOT NULL,
    version      INTEGER NOT NULL,
    PRIMARY KEY (testimony_id, revision)
)
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7, _V8, _V9, _V10, _V11)
