"""E-mails (``.eml``, RFC 5322/MIME): a text transcript of what a mail reader shows; each
attachment an item of its own.

Read with the standard library's ``email`` package (``policy.default``: decoded headers,
charsets, transfer encodings). What is kept, and why:

* **Shown:** ``From``, ``To``, ``Cc``, ``Date`` and ``Subject``, as a mail reader displays them,
  then the body: the HTML part if there is one (read like an HTML page: ``markup.visible_text``,
  nothing fetched, no tracking pixel loaded), else the plain-text part (invisible format
  characters dropped, as for plain text). The addresses are kept: they are what the reader of
  the message sees and usually the evidence itself; they can be boxed out with ``media redact``
  like any text of the transcript.
* **Removed:** every header a reader does not see: ``Received`` (the relays' host names and IP
  addresses, often the sender's own IP), ``X-Originating-IP``, ``Return-Path``, ``Message-ID``,
  ``In-Reply-To``/``References`` (link the message to others), ``X-Mailer``/``User-Agent`` (software
  fingerprint), DKIM/ARC signatures, ``Bcc`` and every other ``X-`` header. They are reported in the
  inspection (with the IP addresses found).
* **Attachments** (and inline images, and attached e-mails) are handed to intake
  (``SanitizeResult.attachments``), which imports each through its own sanitizer as an item of its
  own; the transcript lists their names and sizes.
"""

from __future__ import annotations

import base64
import binascii
import email
import email.policy
import quopri
import re
from email.message import EmailMessage, Message
from typing import ClassVar

from .base import Category, Finding, InvalidMedia, MediaType
from .detect import is_email
from .markup import visible_text
from .tags import finding, shorten
from .transcript import Extracted, Hidden, TranscriptSanitizer

MAX_PARTS = 1_000
MAX_DEPTH = 20
SHOWN_HEADERS = ("From", "To", "Cc", "Date", "Subject")
_STRUCTURAL_HEADERS = frozenset({"mime-version", "content-type", "content-transfer-encoding"})
_IPV4 = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")
_IPV6 = re.compile(r"\b(?:[0-9a-fA-F]{1,4}:){3,7}[0-9a-fA-F]{1,4}\b")
_HEADER_CATEGORIES = {
    "received": Category.DEVICE,
    "x-originating-ip": Category.GPS,
    "message-id": Category.SERIAL,
    "in-reply-to": Category.SERIAL,
    "references": Category.SERIAL,
    "x-mailer": Category.SOFTWARE,
    "user-agent": Category.SOFTWARE,
    "return-path": Category.OWNER,
    "bcc": Category.OWNER,
    "reply-to": Category.OWNER,
    "sender": Category.OWNER,
}


def _walk(msg: Message, depth: int = 0) -> list[Message]:
    """Leaf parts in order; an attached message (``message/rfc822``) is one leaf."""
    if depth > MAX_DEPTH:
        raise InvalidMedia(f"the e-mail is nested more than {MAX_DEPTH} levels deep; refused")
    if msg.get_content_maintype() == "multipart":
        payload = msg.get_payload()
        parts: list[Message] = []
        for child in payload if isinstance(payload, list) else []:
            if isinstance(child, Message):
                parts.extend(_walk(child, depth + 1))
            if len(parts) > MAX_PARTS:
                raise InvalidMedia(f"the e-mail has more than {MAX_PARTS:,} parts; refused")
        return parts
    return [msg]


def _text_of(part: Message) -> str:
    payload = part.get_payload(decode=True)
    raw = payload if isinstance(payload, bytes) else b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return raw.decode(charset, "replace")
    except LookupError:
        return raw.decode("utf-8", "replace")


def _is_body_candidate(part: Message) -> bool:
    return (
        part.get_content_type() in ("text/plain", "text/html")
        and part.get_filename() is None
        and part.get_content_disposition() != "attachment"
    )


def _attachment(part: Message, number: int) -> tuple[str, bytes]:
    if part.get_content_type() == "message/rfc822":
        name = part.get_filename() or f"attached-message-{number}.eml"
        encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
        if encoding in ("base64", "quoted-printable"):  # not allowed by RFC 2046, written anyway
            raw = part.as_bytes(policy=email.policy.default)
            body = re.split(rb"\r?\n\r?\n", raw, maxsplit=1)[-1]
            try:
                return name, base64.b64decode(body) if encoding == "base64" else quopri.decodestring(body)
            except (ValueError, binascii.Error):
                return name, b""
        inner = part.get_payload()
        message = inner[0] if isinstance(inner, list) and inner else None
        return name, message.as_bytes(policy=email.policy.default) if isinstance(message, Message) else b""
    payload = part.get_payload(decode=True)
    name = part.get_filename() or f"attachment-{number}"
    return name, payload if isinstance(payload, bytes) else b""


def _size(n: int) -> str:
    return f"{n:,} bytes" if n < 10_000 else f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n // 1000} KB"


class EmailSanitizer(TranscriptSanitizer):
    media_types: ClassVar[frozenset[MediaType]] = frozenset({MediaType.EML})
    media_type = MediaType.EML
    what = "e-mail"

    def extract(self, data: bytes) -> Extracted:
        if not is_email(data):
            raise InvalidMedia("the file is not an e-mail message (no header block)")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        hidden = Hidden()
        findings = self._header_findings(msg)
        lines = []
        for name in SHOWN_HEADERS:
            for value in msg.get_all(name, []):
                lines.append(f"{name}: {' '.join(str(value).split())}")
        leaves = _walk(msg)
        bodies = [p for p in leaves if _is_body_candidate(p)]
        body = next((p for p in bodies if p.get_content_type() == "text/html"), None) or next(iter(bodies), None)
        text = ""
        if body is not None:
            if body.get_content_type() == "text/html":
                text = visible_text(_text_of(body), hidden)
            else:
                from .text import _visible

                text, invisible = _visible(_text_of(body))
                hidden.add("invisible character(s)", invisible)
            others = [p for p in bodies if p is not body]
            if others:
                hidden.add("alternative text version(s) not shown by a mail reader", len(others))
        attachments = [_attachment(p, n) for n, p in enumerate((p for p in leaves if not _is_body_candidate(p)), 1)]
        attachments = [(name, raw) for name, raw in attachments if raw]
        transcript = "\n".join(lines) + "\n\n" + text
        if attachments:
            listing = "\n".join(f"- {name} ({_size(len(raw))})" for name, raw in attachments)
            transcript += f"\n\nAttachments (imported as items of their own):\n{listing}"
            findings.append(finding("attachments", f"{len(attachments)} file(s), imported separately", Category.OTHER))
        extracted = Extracted(transcript, hidden, findings)
        extracted.facts["attachments"] = str(len(attachments))
        extracted.dropped.append(
            "kept the From, To, Cc, Date and Subject a mail reader shows; dropped every other header"
            " (Received relays and IP addresses, Message-ID, mailer, signatures, X- headers)"
        )
        extracted.attachments = tuple(attachments)
        return extracted

    @staticmethod
    def _header_findings(msg: Message) -> list[Finding]:
        found: list[Finding] = []
        ips: list[str] = []
        received = 0
        for name, value in msg.items()[:1000]:
            lowered = name.lower()
            text = " ".join(str(value).split())
            if lowered == "received" or lowered.startswith("x-") or lowered in ("authentication-results",):
                ips.extend(ip for ip in _IPV4.findall(text) + _IPV6.findall(text) if ip not in ips)
            if lowered == "received":
                received += 1
                continue
            if name in SHOWN_HEADERS or lowered in _STRUCTURAL_HEADERS:
                found.append(Finding(Category.STRUCTURE, f"header {name}", shorten(text), False))
                continue
            found.append(finding(f"header {name}", text, _HEADER_CATEGORIES.get(lowered)))
        if received:
            found.append(finding("header Received", f"{received} relay hop(s) with host names", Category.DEVICE))
        if ips:
            found.append(finding("IP addresses in headers", ", ".join(ips[:10]), Category.GPS))
        return found
