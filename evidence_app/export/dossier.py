"""The dossier: one HTML report (CSS inline) that shows its photos from the bag itself, and
records.json with the same redacted content.

Photos are not inlined: ``dossier.html`` sits in ``data/`` beside ``media/`` and ``shown/`` and
refers to them by relative path (``shown/0001.jpg``, the downscaled copy the PDF also shows,
linked to the full-resolution ``media/0001.jpg``; a photo small enough is shown from
``media/`` directly). Base64 copies made the HTML larger than all its photos together; the leak
gate checks that every reference names a file of the bag (``leakgate.check_html_references``).

What must never happen here:

* text inserted unescaped: every value goes through ``_e`` (``html.escape``), so a transcript
  containing markup shows as text and cannot hide a name in a tag or an attribute;
* a URL in the exporter's own markup (no xmlns, no external resources; the only references are
  relative paths of files in the bag): the leak gate would rightly report a URL when the URL
  detector is not allowed, and a browser opening the dossier fetches nothing from outside;
* anything but redacted ``Dossier`` values reaching the output.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterable

from .collect import Dossier, MediaOut, TestimonyOut
from .formats import RECORDS_FORMAT, RECORDS_VERSION
from .images import DisplayImage
from .language import is_rtl, language_of

FONT_STACK = "'Noto Sans', 'Noto Sans Khmer', 'Noto Sans Thai', 'Droid Sans Fallback', sans-serif"
MAX_IMAGE_WIDTH = 440  # CSS pixels; keeps a photo within an A4 page's text width in the PDF

_CSS = f"""
body {{ font-family: {FONT_STACK}; font-size: 10pt; line-height: 1.35; color: #111; }}
h1 {{ font-size: 18pt; margin-bottom: 2pt; }}
h2 {{ font-size: 14pt; margin-top: 16pt; border-bottom: 1px solid #888; }}
h3 {{ font-size: 11pt; margin-top: 10pt; margin-bottom: 2pt; }}
p {{ margin-top: 2pt; margin-bottom: 4pt; }}
.meta {{ color: #444; font-size: 9pt; }}
.notice {{ background-color: #f2f2f2; padding: 4pt; font-size: 9pt; }}
table {{ border-collapse: collapse; }}
td, th {{ border: 1px solid #999; padding: 3pt; vertical-align: top; text-align: left; }}
.photo {{ margin-top: 8pt; margin-bottom: 8pt; }}
img {{ max-width: 100%; height: auto; }}
"""


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _paragraphs(text: str) -> str:
    """Plain text as paragraphs: blank lines split paragraphs, single newlines become <br>."""
    blocks = [b for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")) if b.strip()]
    # Each paragraph carries its own language and direction (an Arabic answer in an English
    # interview), so screen readers pick the right voice and browsers the right alignment.
    return "\n".join(
        f'<p lang="{language_of(b)}" dir="{"rtl" if is_rtl(b) else "ltr"}">'
        + "<br>".join(_e(line) for line in b.strip("\n").split("\n"))
        + "</p>"
        for b in blocks
    )


def _meta(items: Iterable[tuple[str, str | None]]) -> str:
    shown = [f"{_e(k)}: {_e(v)}" for k, v in items if v]
    return f'<p class="meta">{" · ".join(shown)}</p>' if shown else ""


def _image(media: MediaOut, shown: DisplayImage) -> str:
    """The shown copy, linked to the full-resolution file in ``media/``."""
    width = min(shown.width, MAX_IMAGE_WIDTH)
    height = max(1, round(shown.height * width / max(1, shown.width)))
    return (
        f'<p><a href="media/{_e(media.file_name)}"><img src="{_e(shown.path)}"'
        f' width="{width}" height="{height}" alt="{_e(media.title)}"></a></p>'
    )


# Table attributes as well as CSS: Qt's rich text honours the attributes, browsers both.
_TABLE = '<table border="1" cellspacing="0" cellpadding="4" width="100%">'


def _testimony(t: TestimonyOut) -> str:
    parts = [
        f"<h3>Testimony {_e(t.ref)}: {_e(t.person_label)}</h3>",
        _meta(
            [
                ("Date", t.date),
                ("Place", t.place),
                ("Language", t.language),
                ("Files", ", ".join(f"media/{r}" for r in t.media_refs) or None),
            ]
        ),
    ]
    if t.summary.strip():
        parts.append("<p><b>Summary</b></p>" + _paragraphs(t.summary))
    parts.append(_paragraphs(t.transcript))
    return "\n".join(p for p in parts if p)


def render_html(d: Dossier, fingerprint: str, pictures: dict[str, DisplayImage]) -> str:
    """The whole dossier as one HTML document; ``pictures``: the picture shown per media ref."""
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{_e(d.title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{_e(d.title)}</h1>",
        _meta([("Redacted dossier exported", d.export_date), ("Case status", d.status)]),
        '<p class="notice">Protected persons appear only by pseudonym. "[REDACTED: kind]" marks removed'
        ' identifying data (phone numbers, e-mail addresses, ...), "[REDACTED]" a passage the researcher'
        " withheld. Sensitive places are shown by province only. The bundle is signed; signer key"
        f" fingerprint: {_e(fingerprint)}.</p>",
        "<h2>Summary</h2>",
        _paragraphs(d.description) or "<p>(no description)</p>",
        _meta(
            [
                ("Testimonies", str(len(d.testimonies))),
                ("Persons", str(len(d.persons))),
                ("Sites", str(len(d.sites))),
                ("Notes", str(len(d.notes))),
                ("Files", str(len(d.media))),
            ]
        ),
    ]
    if d.sites:
        out.append(
            f"<h2>Sites</h2>{_TABLE}<tr><th>Ref</th><th>Site</th><th>Town</th><th>Province</th><th>Position</th></tr>"
        )
        for s in d.sites:
            position = f"{s.lat:.5f}, {s.lon:.5f}" if s.lat is not None and s.lon is not None else ""
            name = s.name if s.name else "(withheld: sensitive site)"
            out.append(
                f"<tr><td>{_e(s.ref)}</td><td>{_e(name)}</td><td>{_e(s.town or '')}</td>"
                f"<td>{_e(s.province)}</td><td>{_e(position)}</td></tr>"
            )
        out.append("</table>")
    if d.persons:
        out.append(f"<h2>Persons</h2>{_TABLE}<tr><th>Ref</th><th>Name or pseudonym</th><th>Role</th></tr>")
        for p in d.persons:
            shown = p.label if p.protected else f"{p.label} (public)"
            out.append(f"<tr><td>{_e(p.ref)}</td><td>{_e(shown)}</td><td>{_e(p.role)}</td></tr>")
        out.append("</table>")
    if d.testimonies:
        out.append("<h2>Testimonies</h2>")
        out.extend(_testimony(t) for t in d.testimonies)
    if d.notes:
        out.append("<h2>Notes</h2>")
        for n in d.notes:
            about = f" (about {n.person_label})" if n.person_label else ""
            out.append(f"<h3>Note {_e(n.ref)}{_e(about)}</h3>{_paragraphs(n.text)}")
    if d.media:
        out.append("<h2>Photos and files</h2>")
        for m in d.media:
            meta = _meta([("File", f"media/{m.file_name}"), ("Taken", m.capture_date), ("Place", m.place)])
            picture = pictures.get(m.ref)
            body = _image(m, picture) if picture is not None else "<p>(not shown inline)</p>"
            caption = _paragraphs(m.caption)
            out.append(f'<div class="photo"><h3>{_e(m.file_name)}</h3>{body}{caption}{meta}</div>')
    if d.timeline:
        out.append(f"<h2>Timeline</h2>{_TABLE}<tr><th>Date</th><th>Event</th></tr>")
        out.extend(f"<tr><td>{_e(ev.date)}</td><td>{_e(ev.what)}</td></tr>" for ev in d.timeline)
        out.append("</table>")
    out.append("</body></html>")
    return "\n".join(p for p in out if p) + "\n"


def render_records(d: Dossier, fingerprint: str) -> bytes:
    """records.json: the same redacted content, structured, with its format and version. Its
    ``bundle`` part is what the signature must cover (manifest-sha512.txt lists this file)."""
    doc = {
        "format": RECORDS_FORMAT,
        "version": RECORDS_VERSION,
        "exported": d.export_date,
        "bundle": {
            "id": d.bundle_id,
            "case_ref": d.case_ref,
            "signer_fingerprint": fingerprint,
            "custody_head": {"seq": d.custody.head_seq, "hash": d.custody.head_hash},
        },
        "redaction": {
            "allowed_detectors": list(d.allowed),
            "phone_regions": list(d.regions),
            "protected_persons": "pseudonym only",
            "sensitive_sites": "province only",
        },
        "case": {"title": d.title, "description": d.description, "status": d.status},
        # Records are referred to by their stable ids (``id``), never by position: ``ref`` (P1,
        # T2, ...) is only the label the PDF and HTML show, and changes when a record is deleted.
        "persons": [
            {"id": p.uid, "ref": p.ref, "label": p.label, "role": p.role, "protected": p.protected} for p in d.persons
        ],
        "sites": [
            {
                "id": s.uid,
                "ref": s.ref,
                "name": s.name,
                "town": s.town,
                "province": s.province,
                "lat": s.lat,
                "lon": s.lon,
                "generalised": s.generalised,
                "coordinates_withheld": s.coordinates_withheld,
            }
            for s in d.sites
        ],
        "testimonies": [
            {
                "id": t.uid,
                "ref": t.ref,
                "person": t.person_uid,
                "date": t.date,
                "place": t.place,
                "language": t.language,
                "summary": t.summary,
                "transcript": t.transcript,
                "media": list(t.media_uids),
            }
            for t in d.testimonies
        ],
        "notes": [{"id": n.uid, "ref": n.ref, "person": n.person_uid, "text": n.text} for n in d.notes],
        "media": [
            {
                "id": m.uid,
                "ref": m.ref,
                "file": f"media/{m.file_name}",
                "sha256": m.sha256,
                "media_type": m.media_type.value,
                "kind": m.kind,
                "caption": m.caption,
                "place": m.place,
                "capture_date": m.capture_date,
                "width": m.width,
                "height": m.height,
            }
            for m in d.media
        ],
        "redactions": [{"record": r.record_uid, "field": r.field_name, "kind": r.kind} for r in d.redactions],
        "timeline": [{"date": ev.date, "event": ev.what} for ev in d.timeline],
    }
    return (json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
