"""The JSON Schema (2020-12) of records.json, shipped in every dossier as data/records.schema.json.

Kept as Python data rather than a JSON file beside the code so it needs no package-data setup
and is the one description of the records format: the exporter writes it, the tests validate
every exported records.json against it with ``jsonschema``. A change to records.json is a change
here and of ``RECORDS_VERSION``.
"""

from __future__ import annotations

import json
from typing import Any

from .formats import RECORDS_FORMAT, RECORDS_VERSION

_NULLABLE_STR: dict[str, Any] = {"type": ["string", "null"]}


def _uid(prefix: str) -> dict[str, Any]:
    return {"type": "string", "pattern": f"^{prefix}-[a-km-np-z]{{12}}$"}


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": sorted(properties),
        "additionalProperties": False,
    }


SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": f"urn:evidence-vault:dossier-records:{RECORDS_VERSION}",
    "title": "Evidence Vault dossier records",
    **_object(
        {
            "format": {"const": RECORDS_FORMAT},
            "version": {"const": RECORDS_VERSION},
            "exported": {"type": "string", "format": "date"},
            "bundle": _object(
                {
                    "id": {"type": "string"},
                    "case_ref": {"type": "string"},
                    "signer_fingerprint": {"type": "string", "pattern": "^SHA256:"},
                    "custody_head": _object({"seq": {"type": "integer", "minimum": 0}, "hash": {"type": "string"}}),
                }
            ),
            "redaction": _object(
                {
                    "allowed_detectors": {"type": "array", "items": {"type": "string"}},
                    "phone_regions": {"type": "array", "items": {"type": "string"}},
                    "protected_persons": {"type": "string"},
                    "sensitive_sites": {"type": "string"},
                }
            ),
            "case": _object(
                {"title": {"type": "string"}, "description": {"type": "string"}, "status": {"type": "string"}}
            ),
            "persons": {
                "type": "array",
                "items": _object(
                    {
                        "id": _uid("p"),
                        "ref": {"type": "string"},
                        "label": {"type": "string"},
                        "role": {"type": "string"},
                        "protected": {"type": "boolean"},
                    }
                ),
            },
            "sites": {
                "type": "array",
                "items": _object(
                    {
                        "id": _uid("s"),
                        "ref": {"type": "string"},
                        "name": _NULLABLE_STR,
                        "town": _NULLABLE_STR,
                        "province": {"type": "string"},
                        "lat": {"type": ["number", "null"]},
                        "lon": {"type": ["number", "null"]},
                        "generalised": {"type": "boolean", "description": "sensitive: only the province"},
                        "coordinates_withheld": {
                            "type": "boolean",
                            "description": "the vault holds coordinates this export leaves out",
                        },
                    }
                ),
            },
            "testimonies": {
                "type": "array",
                "items": _object(
                    {
                        "id": _uid("t"),
                        "ref": {"type": "string"},
                        "person": _uid("p"),
                        "date": _NULLABLE_STR,
                        "place": {"type": "string"},
                        "language": {"type": "string"},
                        "summary": {"type": "string"},
                        "transcript": {"type": "string"},
                        "media": {"type": "array", "items": _uid("m")},
                    }
                ),
            },
            "notes": {
                "type": "array",
                "items": _object(
                    {
                        "id": _uid("n"),
                        "ref": {"type": "string"},
                        "person": {"anyOf": [_uid("p"), {"type": "null"}]},
                        "text": {"type": "string"},
                    }
                ),
            },
            "media": {
                "type": "array",
                "items": _object(
                    {
                        "id": _uid("m"),
                        "ref": {"type": "string"},
                        "file": {"type": "string", "pattern": "^media/[A-Za-z0-9][A-Za-z0-9._-]*$"},
                        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                        "media_type": {"type": "string"},
                        "kind": {"type": "string"},
                        "caption": {"type": "string"},
                        "place": {"type": "string"},
                        "capture_date": _NULLABLE_STR,
                        "width": {"type": ["integer", "null"]},
                        "height": {"type": ["integer", "null"]},
                    }
                ),
            },
            "redactions": {
                "type": "array",
                "items": _object(
                    {
                        "record": {"type": "string"},
                        "field": {"type": "string"},
                        "kind": {"type": "string", "pattern": "^(protected_person|manual|detector:[a-z_]+)$"},
                    }
                ),
            },
            "timeline": {
                "type": "array",
                "items": _object({"date": {"type": "string"}, "event": {"type": "string"}}),
            },
        }
    ),
}


def schema_bytes() -> bytes:
    return (json.dumps(SCHEMA, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
