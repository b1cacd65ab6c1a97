"""The dossier PDF after the renderer: metadata normalised, text read back for the leak gate.

The renderer (Qt, registered by the ui layer) writes an XMP packet, creation/modification times
with the machine's UTC offset (which tells where the researcher is), a random document id and
its own producer string. None of that is needed to read the dossier, so the document info is
replaced by a title and a fixed producer, the XMP packet is dropped, and the file id is derived
from the content: the same dossier renders to the same bytes.
"""

from __future__ import annotations

import io

import pikepdf
import pypdfium2

from .. import __version__
from ..errors import EvidenceError

PRODUCER = f"Evidence Vault {__version__}"


class PdfProblem(EvidenceError):
    pass


def normalise(pdf_bytes: bytes, title: str) -> bytes:
    try:
        with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
            if "/Metadata" in pdf.Root:
                del pdf.Root["/Metadata"]
            if "/ID" in pdf.trailer:
                del pdf.trailer["/ID"]  # Qt's random document id; a content-derived one replaces it
            info = pikepdf.Dictionary(Title=pikepdf.String(title), Producer=pikepdf.String(PRODUCER))
            pdf.trailer["/Info"] = pdf.make_indirect(info)
            out = io.BytesIO()
            pdf.save(out, deterministic_id=True)
            return out.getvalue()
    except pikepdf.PdfError as exc:
        raise PdfProblem(f"the renderer produced an unreadable PDF ({exc.__class__.__name__})") from None


def read_back(pdf_bytes: bytes) -> tuple[str, str]:
    """(the text of every page, the document info values), as a reader of the PDF would see them."""
    try:
        doc = pypdfium2.PdfDocument(pdf_bytes)
    except pypdfium2.PdfiumError as exc:
        raise PdfProblem(f"the dossier PDF cannot be read back ({exc})") from None
    try:
        pages: list[str] = []
        for index in range(len(doc)):
            page = doc[index]
            try:
                textpage = page.get_textpage()
                try:
                    pages.append(textpage.get_text_range())
                finally:
                    textpage.close()
            finally:
                page.close()
        info = "\n".join(f"{k}: {v}" for k, v in sorted(doc.get_metadata_dict().items()) if v)
        outline = "\n".join(item.get_title() for item in doc.get_toc(max_depth=8))
        if outline:
            info += "\noutline:\n" + outline
    finally:
        doc.close()
    return "\n".join(pages), info
