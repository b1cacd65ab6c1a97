"""E-mails (.eml): what a mail reader shows as a flattened PDF; attachments as items of their own."""

from __future__ import annotations

import email
import email.policy
import io
import json
from email.message import EmailMessage
from pathlib import Path

import pytest

from evidence_app import media_service as ms
from evidence_app.media.base import Category, InvalidMedia, MediaType
from evidence_app.media.detect import detect_bytes
from evidence_app.media.email_msg import EmailSanitizer
from evidence_app.records.cases import add_case
from evidence_app.vault import Vault

from . import dirty_photos as dp
from .transcript_check import check_transcript

HEADER_SECRETS = ("ZQXMSGID", "ZQXMAILER", "ZQXHOST", "203.0.113.77", "198.51.100.23", "ZQXBCC", "ZQXREF")


def dirty_email(attachments: list[tuple[str, bytes, str]] | None = None) -> bytes:
    m = EmailMessage()
    m["From"] = "Dara Sok <dara@example.org>"
    m["To"] = "researcher@example.net"
    m["Bcc"] = "ZQXBCC@example.com"
    m["Subject"] = "Photos from the site"
    m["Date"] = "Tue, 1 Dec 2026 10:00:00 +0700"
    m["Message-ID"] = "<ZQXMSGID@mail.example>"
    m["References"] = "<ZQXREF@mail.example>"
    m["X-Mailer"] = "ZQXMAILER 5.1"
    m["Received"] = "from [10.1.2.3] (ZQXHOST.isp.example [203.0.113.77]) by mx.example; Tue, 1 Dec 2026"
    m["X-Originating-IP"] = "[198.51.100.23]"
    m.set_content("Plain version ZQXPLAINONLY\u200b")
    m.add_alternative(
        "<html><head><title>ZQXTITLE</title></head><body><p>See the <b>photo</b> of the boat.</p>"
        "<img src='https://t.example/ZQXPIXEL.gif' width=1 height=1><div style='display:none'>ZQXHIDDEN</div>"
        "</body></html>",
        subtype="html",
    )
    for name, data, kind in attachments or []:
        maintype, subtype = kind.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return bytes(m)


def test_dirty_email_becomes_a_transcript_of_what_a_mail_reader_shows(tmp_path: Path) -> None:
    data = dirty_email([("notes.txt", b"Meeting at the pier.\n", "text/plain")])
    assert detect_bytes(data) is MediaType.EML
    sanitizer = EmailSanitizer()
    inspection = sanitizer.inspect(io.BytesIO(data))
    assert inspection.media_type is MediaType.EML
    assert inspection.text.startswith(
        "From: Dara Sok <dara@example.org>\nTo: researcher@example.net\nDate: Tue, 01 Dec 2026 10:00:00 +0700\n"
        "Subject: Photos from the site\n\nSee the photo of the boat."
    )
    assert "- notes.txt (21 bytes)" in inspection.text
    for secret in (*HEADER_SECRETS, "ZQXPLAINONLY", "ZQXPIXEL", "ZQXHIDDEN", "ZQXTITLE", "Meeting at the pier"):
        assert secret not in inspection.text, secret
    by_key = {f.key: f for f in inspection.findings}
    assert "203.0.113.77" in by_key["IP addresses in headers"].value
    assert "198.51.100.23" in by_key["IP addresses in headers"].value
    assert by_key["header Message-ID"].risky and by_key["header X-Mailer"].category is Category.SOFTWARE
    assert not by_key["header From"].risky  # shown by every mail reader: kept, reported as such
    out = io.BytesIO()
    result = sanitizer.sanitize(io.BytesIO(data), out)
    assert result.output_type is MediaType.PDF
    assert result.attachments == (("notes.txt", b"Meeting at the pier.\n"),)
    check_transcript(out.getvalue(), (*HEADER_SECRETS, "ZQXPLAINONLY", "ZQXPIXEL", "ZQXHIDDEN"), tmp_path)


def test_attachments_become_items_of_their_own_through_their_own_sanitizers(vault: Vault, tmp_path: Path) -> None:
    photo = dp.dirty_jpeg(tmp_path).read_bytes()
    assert any(m in photo for m in dp.MARKER_BYTES)
    data = dirty_email(
        [("IMG_0001.jpg", photo, "image/jpeg"), ("run.exe", b"MZ\x90\x00program", "application/octet-stream")]
    )
    path = tmp_path / "message.eml"
    path.write_bytes(data)
    case = add_case(vault, "C")
    results = ms.import_files(vault, case.id, [path])
    assert [r.error for r in results][:2] == [None, None]
    assert results[0].item is not None and results[0].item.media_type == MediaType.EML.value
    photo_item = results[1].item
    assert photo_item is not None and photo_item.media_type == MediaType.JPEG.value
    assert photo_item.original_name == "IMG_0001.jpg"
    working = ms.read_working(vault, photo_item)
    assert dp.MARKER_BYTES and not [m for m in dp.MARKER_BYTES if m in working]  # the photo's own clean copy
    assert results[2].item is None and "programs and libraries are not supported" in (results[2].error or "")
    assert "attachment 2 run.exe" in results[2].source.name
    assert [r.attachment_of for r in results] == [None, results[0].item.id, results[0].item.id]
    entries = [e for e in vault.custody_entries(photo_item.id) if e.action == "import"]
    assert entries and entries[0].detail["attachment_of"] == results[0].item.id
    assert json.dumps(entries[0].detail)


def test_attached_email_is_imported_with_its_own_attachments(vault: Vault, tmp_path: Path) -> None:
    inner = dirty_email([("inner.txt", b"inner note\n", "text/plain")])
    outer = EmailMessage()
    outer["From"], outer["To"], outer["Subject"] = "a@example.org", "b@example.org", "Fwd: photos"
    outer.set_content("forwarded below")
    outer.add_attachment(email.message_from_bytes(inner, policy=email.policy.default))
    base64_wrapped = EmailMessage()  # some clients base64-encode an attached message anyway
    base64_wrapped["From"], base64_wrapped["To"], base64_wrapped["Subject"] = "c@example.org", "d@example.org", "s"
    base64_wrapped.set_content("wrapped")
    base64_wrapped.add_attachment(inner, maintype="message", subtype="rfc822")
    outer.add_attachment(email.message_from_bytes(bytes(base64_wrapped), policy=email.policy.default))
    path = tmp_path / "fwd.eml"
    path.write_bytes(bytes(outer))
    case = add_case(vault, "C")
    results = ms.import_files(vault, case.id, [path])
    types = [r.item.media_type if r.item else r.error for r in results]
    eml, text = MediaType.EML.value, MediaType.TEXT.value
    assert types == [eml, eml, text, eml, eml, text]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            b"From: a@example.org\nTo: b@example.org\nContent-Type: multipart/mixed; boundary=b0\n\n"
            + b"".join(b"--b%d\nContent-Type: multipart/mixed; boundary=b%d\n\n" % (i, i + 1) for i in range(40)),
            "nested more than",
        ),
        (
            b"From: a@example.org\nSubject: s\nContent-Type: multipart/mixed; boundary=b\n\n"
            + b"--b\nContent-Type: text/plain\nContent-Disposition: attachment\n\nx\n" * 1100
            + b"--b--\n",
            "more than 1,000 parts",
        ),
    ],
    ids=["too-deep", "too-many-parts"],
)
def test_hostile_emails_are_refused(data: bytes, message: str) -> None:
    assert detect_bytes(data) is MediaType.EML
    with pytest.raises(InvalidMedia, match=message):
        EmailSanitizer().inspect(io.BytesIO(data))


def test_text_that_only_looks_like_headers_is_not_an_email(tmp_path: Path) -> None:
    assert detect_bytes(b"Note: call the broker\nAgain: tomorrow\n\nbody") is MediaType.TEXT
    headers_only = b"From: a@example.org\nTo: b@example.org\nSubject: truncated"
    assert detect_bytes(headers_only) is MediaType.EML
    path = tmp_path / "cut.eml"
    path.write_bytes(headers_only)
    prepared = ms.prepare_import(path)
    assert prepared.working is not None and "Subject: truncated" in prepared.inspection.text
