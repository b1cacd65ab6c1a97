"""``evidence-app media ...``: importing, showing, redacting and exporting photos, recordings and documents."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path
from typing import Any

from .. import media_service as ms
from ..custody import Action
from ..errors import InvalidInput
from ..model import RecordKind, to_jsonable
from ..records.lookup import resolve_id
from ._common import PROG, Parser, command, open_vault, print_json, subcommands


def _parse_box(text: str) -> Any:
    from ..media.redact import Box

    try:
        x, y, w, h = (int(v) for v in text.split(","))
    except ValueError:
        raise InvalidInput(f"invalid box {text!r}: use X,Y,W,H in pixels of the upright image") from None
    if w <= 0 or h <= 0 or x < 0 or y < 0:
        raise InvalidInput(f"invalid box {text!r}: position must be >= 0 and size > 0")
    return Box(x, y, w, h)


def cmd_media_import(args: argparse.Namespace) -> int:
    failures = 0
    with open_vault(args) as v:
        case_id = resolve_id(v, RecordKind.CASE, args.case)
        for result in ms.import_files(v, case_id, [Path(p) for p in args.files]):
            if result.item is not None and result.inspection is not None:
                print(result.item.id)
                for line in ms.describe_inspection(result.source.name, result.inspection):
                    sys.stderr.write(line + "\n")
                if result.item.not_exportable:
                    sys.stderr.write(f"  sealed only, not exportable: {result.item.not_exportable}\n")
            else:
                failures += 1
                sys.stderr.write(f"{PROG}: {ms.escape_name(str(result.source))}: {result.error}\n")
    return 1 if failures else 0


def cmd_media_show(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        item = ms.get_media(v, resolve_id(v, RecordKind.MEDIA, args.id))
        if args.json:
            print_json(to_jsonable(item), sys.stdout)
            return 0
        from ..media.base import Inspection

        print(f"id: {item.id}\ncase: {item.case_id}\nkind: {item.kind.value}\ntype: {item.media_type}")
        print(
            f"original: {ms.escape_name(item.original_name)} sha256 {item.original_sha256} ({item.original_size} bytes)"
        )
        for version in item.versions:
            print(f"working v{version.version}: sha256 {version.sha256} ({version.size} bytes)")
            for step in version.transformations:
                print(f"    {step}")
        if item.not_exportable:
            print(f"not exportable: {item.not_exportable}")
        for line in ms.describe_inspection(item.original_name, Inspection.from_json(item.inspection)):
            print(line)
    return 0


def cmd_media_export_original(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        ms.export_original(v, resolve_id(v, RecordKind.MEDIA, args.id), Path(args.out))
    sys.stderr.write("Warning: the original keeps all its metadata (GPS, serial numbers, ...).\n")
    return 0


def cmd_media_export_working(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        ms.export_working(v, resolve_id(v, RecordKind.MEDIA, args.id), Path(args.out))
    return 0


def _redact(v: Any, item_id: str, boxes: list[Any], style_name: str, reason: str) -> Any:
    from ..media.redact import RedactStyle, redact_regions

    item = ms.get_media(v, item_id)
    if item.kind.value != "photo":
        raise InvalidInput("box redaction applies to photos")
    style = RedactStyle(style_name)
    data, out_type, steps = redact_regions(io.BytesIO(ms.read_working(v, item)), boxes, style)
    detail = {"boxes": [[b.x, b.y, b.w, b.h] for b in boxes], "style": style.value, "reason": reason}
    return ms.add_working_version(v, item, data, out_type, steps, Action.REDACT, detail)


def _parse_page_box(text: str) -> Any:
    from ..media.pdf import PageBox

    try:
        page, x, y, w, h = (int(v) for v in text.split(","))
    except ValueError:
        raise InvalidInput(
            f"invalid box {text!r}: for documents use PAGE,X,Y,W,H (page from 1, pixels of the page image)"
        ) from None
    if page < 1 or w <= 0 or h <= 0 or x < 0 or y < 0:
        raise InvalidInput(f"invalid box {text!r}: page must be >= 1, position >= 0 and size > 0")
    return PageBox(page, x, y, w, h)


def cmd_media_redact(args: argparse.Namespace) -> int:
    if args.faces:
        return _redact_video_faces(args)
    if args.reject_track or args.detect_every is not None or args.add_box:
        raise InvalidInput("--reject-track, --add-box and --detect-every go with --faces")
    if args.style == "blur":
        raise InvalidInput("--style blur is for --faces on videos (photos: fill or pixelate)")
    if args.mute_transcript_redactions:
        if args.box or args.mute or args.suggested:
            raise InvalidInput(
                "--mute-transcript-redactions mutes what the transcript redacts; give no --box or --mute"
            )
        return _mute_transcript(args)
    if args.suggested:
        if args.box or args.mute or args.tone:
            raise InvalidInput("--suggested burns in the accepted suggestions; give no --box or --mute with it")
        return _redact_suggested(args)
    if not args.box and not args.mute:
        raise InvalidInput("give at least one --box (photos, documents) or --mute (recordings)")
    if args.box and args.mute:
        raise InvalidInput("use either --box or --mute, not both")
    if args.tone and not args.mute:
        raise InvalidInput("--tone goes with --mute")
    # Photo boxes have 4 numbers, document boxes 5: parse what can be parsed before unlocking.
    photo_boxes = [_parse_box(b) for b in args.box if b.count(",") == 3]
    page_boxes = [_parse_page_box(b) for b in args.box if b.count(",") != 3]
    if args.mute:
        from ..media.audio_redact import parse_span

        for span in args.mute:
            parse_span(span)
    with open_vault(args) as v:
        item_id = resolve_id(v, RecordKind.MEDIA, args.id)
        kind = ms.get_media(v, item_id).kind.value
        if args.mute:
            item = ms.mute_recording(v, item_id, args.mute, args.tone)
        elif kind == "photo":
            if page_boxes:
                raise InvalidInput("boxes on photos are X,Y,W,H (no page number)")
            item = _redact(v, item_id, photo_boxes, args.style, "manual")
        else:
            if photo_boxes:
                raise InvalidInput("boxes on documents are PAGE,X,Y,W,H (page from 1)")
            if args.style != "fill":
                raise InvalidInput("documents are redacted with opaque boxes only (--style fill)")
            item = ms.redact_document(v, item_id, page_boxes)
        print(item.working.version if item.working else 0)
    if args.style == "pixelate":
        sys.stderr.write("Warning: pixelation can sometimes be reversed; use fill for faces and names.\n")
    return 0


def _parse_frame_box(text: str) -> tuple[int, Any]:
    frame, _, box = text.partition(":")
    try:
        number = int(frame)
    except ValueError:
        raise InvalidInput(
            f"invalid box {text!r}: use FRAME:X,Y,W,H (frame from 0, pixels of the upright frame)"
        ) from None
    if number < 0:
        raise InvalidInput(f"invalid box {text!r}: the frame counts from 0")
    return number, _parse_box(box)


def _redact_video_faces(args: argparse.Namespace) -> int:
    """``media redact ID --faces``: find and follow the faces of a video, burn every track in."""
    from .. import video_redaction

    if args.box or args.mute or args.tone or args.suggested:
        raise InvalidInput("--faces finds the faces itself; give no --box, --mute or --suggested with it")
    if args.style not in ("fill", "blur"):
        raise InvalidInput("--faces takes --style fill or --style blur")
    if args.detect_every is not None and args.detect_every < 1:
        raise InvalidInput("--detect-every takes a number of frames, 1 or more")
    added = [_parse_frame_box(b) for b in args.add_box]
    with open_vault(args) as v:
        item_id = resolve_id(v, RecordKind.MEDIA, args.id)
        shown = [-1]

        def progress(phase: str, done: int, total: int) -> None:
            percent = min(100, done * 100 // max(1, total))
            if percent // 10 != shown[0] and sys.stderr.isatty():
                shown[0] = percent // 10
                sys.stderr.write(f"\r{'finding faces' if phase == 'scan' else 'covering them'}: {percent}%")

        item = video_redaction.redact_video_faces(
            v,
            item_id,
            args.style,
            args.reject_track,
            args.detect_every,
            progress if sys.stderr.isatty() else None,
            add_boxes=added,
        )
        if sys.stderr.isatty():
            sys.stderr.write("\n")
        version = item.working
        print(version.version if version else 0)
        if version is not None:
            sys.stderr.write(f"{version.transformations[0]}; working copy v{version.version}.\n")
        sys.stderr.write("Detectors miss faces: watch the new working copy before it leaves the vault.\n")
    if args.style == "blur":
        sys.stderr.write("Warning: a blur can sometimes be partly reversed; use fill for faces.\n")
    return 0


def _mute_transcript(args: argparse.Namespace) -> int:
    from .. import transcripts

    with open_vault(args) as v:
        item, spans = transcripts.mute_item(v, resolve_id(v, RecordKind.MEDIA, args.id), args.tone)
        print(item.working.version if item.working else 0)
    for muted in spans:
        sys.stderr.write(f"muted {muted.describe()}\n")
    sys.stderr.write(
        f"Muted {len(spans)} span(s) that the transcript redacts. Words the recogniser misheard are not found: "
        "listen to the recording yourself.\n"
    )
    return 0


def cmd_media_transcribe(args: argparse.Namespace) -> int:
    from .. import transcripts

    last = [-1]

    def progress(done: float, total: float) -> None:
        percent = int(100 * done / total) if total > 0 else 0
        if percent >= last[0] + 10 or percent == 100:
            last[0] = percent
            sys.stderr.write(f"transcribing: {percent}% ({done:.0f} of {total:.0f} s)\n")

    with open_vault(args) as v:
        item_id = resolve_id(v, RecordKind.MEDIA, args.id)
        testimony_id = resolve_id(v, RecordKind.TESTIMONY, args.testimony) if args.testimony else None
        stored = transcripts.transcribe_item(
            v,
            item_id,
            language=args.language,
            model=args.model,
            testimony_id=testimony_id,
            progress=None if args.json else progress,
        )
    t = stored.transcript
    check = transcripts.check_language(t)
    if args.json:
        out = {"media": stored.item_id, "version": stored.version, **t.to_json(), "text_language": check.to_json()}
        if stored.testimony_id is not None:
            out["testimony"] = {"id": stored.testimony_id, "revision": stored.testimony_revision}
        print(json.dumps(out, ensure_ascii=False))
    else:
        for segment in t.segments:
            print(f"[{segment.start:8.2f} -> {segment.end:8.2f}] {segment.text}")
    how = "chosen" if t.language_source == "chosen" else f"detected, p={t.language_probability:.2f}"
    if check.read is not None:
        how += f"; the text reads as {check.read.language}, p={check.read.probability:.2f}"
    sys.stderr.write(
        f"{len(t.words)} word(s) in {len(t.segments)} segment(s) from working copy v{stored.version} "
        f"(model {t.model}, language {t.language}: {how}).\n"
    )
    for note in check.notes():
        sys.stderr.write(f"warning: {note}\n")
    if stored.testimony_id is not None:
        sys.stderr.write(f"Testimony revision {stored.testimony_revision} is a {transcripts.MACHINE_NOTE}.\n")
    else:
        sys.stderr.write(f"This is a {transcripts.MACHINE_NOTE}.\n")
    return 0


def _redact_suggested(args: argparse.Namespace) -> int:
    from .. import picture_text

    with open_vault(args) as v:
        item_id = resolve_id(v, RecordKind.MEDIA, args.id)
        all_of_them = picture_text.suggestions(v, item_id)
        chosen = picture_text.accepted(v, item_id)
        if not chosen:
            raise InvalidInput(
                f"no accepted suggestion on the current working copy ({len(all_of_them)} suggested); "
                "accept them with media suggestions ID --accept N"
            )
        boxes = [s.box for s in chosen]
        if any(s.page for s in chosen):  # a document: boxes on its page images
            from ..media.pdf import PageBox

            if args.style != "fill":
                raise InvalidInput("documents are redacted with opaque boxes only (--style fill)")
            pages = [PageBox(s.page, s.box.x, s.box.y, s.box.w, s.box.h) for s in chosen]
            item = ms.redact_document(v, item_id, pages, reason="suggested")
        else:
            item = _redact(v, item_id, boxes, args.style, "suggested")
        print(item.working.version if item.working else 0)
        left = sum(1 for s in all_of_them if s.state is picture_text.State.SUGGESTED)
        sys.stderr.write(
            f"Redacted {len(boxes)} accepted suggestion(s); {left} not yet reviewed were left as they are.\n"
        )
    if args.style == "pixelate":
        sys.stderr.write("Warning: pixelation can sometimes be reversed; use fill for faces and names.\n")
    return 0


def _print_suggestions(found: list[Any], as_json: bool) -> None:
    if as_json:
        return
    for s in found:
        b = s.box
        where = f"{s.page},{b.x},{b.y},{b.w},{b.h}" if s.page else f"{b.x},{b.y},{b.w},{b.h}"
        print(f"{s.number}\t{s.source}\t{s.kind}\t{where}\t{s.state.value}")


def cmd_media_ocr(args: argparse.Namespace) -> int:
    from .. import picture_text

    with open_vault(args) as v:
        item_id = resolve_id(v, RecordKind.MEDIA, args.id)
        read = picture_text.read_text(v, item_id)
        if args.json:
            print(
                json.dumps(
                    {
                        "version": read.version,
                        "languages": list(read.result.languages),
                        "text": read.result.text,
                        "words": [w.to_json() for w in read.result.words],
                        "suggestions": [s.to_json() for s in read.suggestions],
                    },
                    ensure_ascii=False,
                )
            )
        else:
            if read.result.text:
                print(read.result.text)
        sys.stderr.write(
            f"{len(read.result.words)} word(s) read on working copy v{read.version} "
            f"({'+'.join(read.result.languages)}); {len(read.suggestions)} box(es) suggested for text to redact. "
            "OCR misses and misreads text: look at the picture yourself.\n"
        )
    return 0


def cmd_media_suggestions(args: argparse.Namespace) -> int:
    from .. import picture_text

    accept_all = "all" in args.accept
    try:
        accept = [int(n) for n in args.accept if n != "all"]
        reject = [int(n) for n in args.reject]
    except ValueError:
        raise InvalidInput("--accept and --reject take suggestion numbers (or --accept all)") from None
    if set(accept) & set(reject):
        raise InvalidInput("a suggestion cannot be both accepted and rejected")
    with open_vault(args) as v:
        item_id = resolve_id(v, RecordKind.MEDIA, args.id)
        found = picture_text.suggestions(v, item_id)
        if accept_all:
            accept = [s.number for s in found if s.number not in reject]
        if accept:
            found = picture_text.set_states(v, item_id, accept, picture_text.State.ACCEPTED)
        if reject:
            found = picture_text.set_states(v, item_id, reject, picture_text.State.REJECTED)
        if args.json:
            print(json.dumps([s.to_json() for s in found]))
        _print_suggestions(found, args.json)
    return 0


def cmd_media_faces(args: argparse.Namespace) -> int:
    from ..suggestions import suggest_faces

    with open_vault(args) as v:
        item_id = resolve_id(v, RecordKind.MEDIA, args.id)
        if ms.get_media(v, item_id).kind.value == "video":
            return _video_tracks(v, item_id, args)
        found = suggest_faces(v, item_id)
        boxes = list(found.boxes)
        from .. import picture_text

        picture_text.store_face_suggestions(v, item_id, found.version, boxes)
        if args.json:
            print(json.dumps([{"x": b.x, "y": b.y, "w": b.w, "h": b.h} for b in boxes]))
        else:
            for b in boxes:
                print(f"{b.x},{b.y},{b.w},{b.h}")
        sys.stderr.write(
            f"{len(boxes)} possible face(s) found by {found.detector.value} on working copy v{found.version}; "
            "review them, and look at the picture yourself: detectors miss faces.\n"
        )
        if args.apply and boxes:
            item = _redact(v, item_id, boxes, "fill", "faces")
            sys.stderr.write(f"Redacted {len(boxes)} box(es) into working copy v{item.working.version}.\n")
    return 0


def _video_tracks(v: Any, item_id: str, args: argparse.Namespace) -> int:
    """``media faces ID`` on a video: its face tracks, numbered as ``media redact --reject-track`` takes them."""
    from .. import video_redaction

    if args.apply:
        raise InvalidInput("on a video, redact the faces with media redact ID --faces")
    scan = video_redaction.scan_video_faces(v, item_id)
    if args.json:
        print(json.dumps(scan.to_json()))
    else:
        for t in scan.tracks:
            x, y, w, h = (round(n) for n in t.keys[0][1])
            print(
                f"{t.number}\tframes {t.first}-{t.last}\t{scan.seconds(t.first):.2f}-{scan.seconds(t.last + 1):.2f} s"
                f"\t{len(t.keys)} detection(s)\tfirst at {x},{y},{w},{h}"
            )
    sys.stderr.write(
        f"{len(scan.tracks)} face track(s) in {scan.frames} frame(s), found by {scan.detector.value} every "
        f"{scan.detect_every} frame(s). media redact ID --faces covers them all (--reject-track N leaves one"
        " out); detectors miss faces: watch the video yourself.\n"
    )
    return 0


def cmd_media_edit(args: argparse.Namespace) -> int:
    if args.caption is None and args.place is None and args.capture_date is None and not args.tag:
        raise InvalidInput("nothing to change")
    with open_vault(args) as v:
        ms.edit_media(
            v, resolve_id(v, RecordKind.MEDIA, args.id), args.caption, args.place, args.capture_date, args.tag or None
        )
    return 0


def cmd_media_identities(args: argparse.Namespace) -> int:
    with open_vault(args) as v:
        keys = ms.blob_keys(v, resolve_id(v, RecordKind.MEDIA, args.id))
    for key in keys:
        print(f"{key.role}\t{key.path}\t{key.sha256}\t{key.identity.reveal()}")
    sys.stderr.write(
        "Each line: role, encrypted file, SHA-256 of the plaintext, age identity. Anyone holding an identity can\n"
        "decrypt that file: age -d -i identity.txt FILE > out. Keep these lines as secret as the passphrase.\n"
    )
    return 0


def _media(parser: Parser) -> None:
    media = subcommands(parser)
    sp = command(media, "import", cmd_media_import, "import files into a case; prints one new id per line")
    sp.add_argument("--case", required=True)
    sp.add_argument("files", nargs="+", metavar="FILE")
    sp = command(media, "show", cmd_media_show, "what an item's original carried, its hashes and versions")
    sp.add_argument("id")
    sp.add_argument("--json", action="store_true")
    sp = command(media, "export-original", cmd_media_export_original, "write the decrypted original to a file")
    sp.add_argument("id")
    sp.add_argument("--out", required=True, metavar="FILE")
    sp = command(media, "export-working", cmd_media_export_working, "write the clean working copy to a file")
    sp.add_argument("id")
    sp.add_argument("--out", required=True, metavar="FILE")
    sp = command(
        media,
        "redact",
        cmd_media_redact,
        "burn boxes into a photo or document, or mute spans of a recording, as a new working copy",
    )
    sp.add_argument("id")
    sp.add_argument(
        "--box",
        action="append",
        default=[],
        metavar="BOX",
        help="photos: X,Y,W,H in pixels of the upright image; documents (PDF and office working copies):"
        " PAGE,X,Y,W,H with PAGE from 1 and X,Y,W,H in pixels of that page's image in the working copy"
        " (150 pixels per inch, origin at the top-left corner)",
    )
    sp.add_argument(
        "--style",
        choices=["fill", "pixelate", "blur"],
        default="fill",
        help="photos: fill or pixelate; videos with --faces: fill or blur",
    )
    sp.add_argument(
        "--faces",
        action="store_true",
        help="videos: find the faces in every frame (followed between detections) and cover them in a new"
        " working copy, re-encoded with H.264, sound kept",
    )
    sp.add_argument(
        "--reject-track",
        action="append",
        type=int,
        default=[],
        metavar="N",
        help="with --faces: leave face track N (as media faces ID lists them) uncovered; repeat for more",
    )
    sp.add_argument(
        "--add-box",
        action="append",
        default=[],
        metavar="FRAME:X,Y,W,H",
        help="with --faces: a face the detector missed, boxed on one frame (from 0) and followed from there"
        " forwards and backwards until it is lost; repeat for more",
    )
    sp.add_argument(
        "--detect-every",
        type=int,
        metavar="FRAMES",
        help="with --faces: run the face detector every FRAMES frames (default 2; 1 = every frame, slower)",
    )
    sp.add_argument(
        "--mute",
        action="append",
        default=[],
        metavar="START-END",
        help="recordings: seconds from the start, decimals allowed (e.g. 12.5-14); repeat for more spans",
    )
    sp.add_argument("--tone", action="store_true", help="with --mute: a 1 kHz tone instead of silence")
    sp.add_argument(
        "--mute-transcript-redactions",
        action="store_true",
        help="recordings: mute every span whose words the transcript's redactions cover (protected names,"
        " detector hits, manual marks of a testimony made from it); run media transcribe first",
    )
    sp.add_argument(
        "--suggested",
        action="store_true",
        help="photos: burn in every accepted suggestion (media faces, media ocr; accept with media suggestions)",
    )
    sp = command(media, "edit", cmd_media_edit, "change the caption, place, capture date or tags of an item")
    sp.add_argument("id")
    sp.add_argument("--caption")
    sp.add_argument("--place")
    sp.add_argument("--capture-date", metavar="YYYY-MM-DD")
    sp.add_argument("--tag", action="append", default=[])
    sp = command(media, "identities", cmd_media_identities, "print the age identities of an item's blobs (recovery)")
    sp.add_argument("id")
    sp = command(
        media,
        "faces",
        cmd_media_faces,
        "suggest face boxes (--apply redacts them all); on a video, list its face tracks",
    )
    sp.add_argument("id")
    sp.add_argument("--json", action="store_true")
    sp.add_argument("--apply", action="store_true")
    sp = command(
        media,
        "ocr",
        cmd_media_ocr,
        "read the text in a photo or document pages (Tesseract): kept encrypted, searchable; boxes suggested",
    )
    sp.add_argument("id")
    sp.add_argument("--json", action="store_true")
    sp = command(
        media,
        "transcribe",
        cmd_media_transcribe,
        "transcribe a recording offline (Whisper): kept encrypted, searchable; --testimony makes it a revision",
    )
    sp.add_argument("id")
    sp.add_argument("--language", metavar="L", help="ISO 639-1 code (en, zh, km, vi, id, th, ...): no detection")
    sp.add_argument("--model", default="base", metavar="NAME", help="the speech model (default: base)")
    sp.add_argument(
        "--testimony", metavar="TID", help="make the transcript this testimony's text, as a new marked revision"
    )
    sp.add_argument("--json", action="store_true")
    sp = command(media, "suggestions", cmd_media_suggestions, "list, accept or reject the suggested boxes of a photo")
    sp.add_argument("id")
    sp.add_argument("--accept", action="append", default=[], metavar="N", help="a suggestion number, or all")
    sp.add_argument("--reject", action="append", default=[], metavar="N")
    sp.add_argument("--json", action="store_true")


PARSERS = {"media": _media}
