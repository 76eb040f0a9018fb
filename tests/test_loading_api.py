"""Uploads and removals through the JSON API: own names, one naming rule, bombs refused without harm.

The bombs are built here, small on disk and huge inflated: a DOCX whose document.xml inflates
about a thousand times, and a PDF whose content stream is zeros that inflate past the stream limit.
"""

from __future__ import annotations

import io
import zipfile
import zlib

import httpx
import pytest

TEXT = "云岭县推进“石榴籽”工程\n\n云岭县坚持网格化管理，推行“石榴籽”工程，全县划分单元网格86个。\n"


def docx_bomb(inflated_mb: int = 60) -> bytes:
    """A DOCX whose word/document.xml is `inflated_mb` MB of one repeated paragraph (~60 KB zipped)."""
    paragraph = b'<w:p><w:r><w:t xml:space="preserve">' + b" " * 4000 + b"</w:t></w:r></w:p>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        with z.open("word/document.xml", "w") as member:
            member.write(b'<?xml version="1.0"?><w:document xmlns:w="urn:w"><w:body>')
            for _ in range(inflated_mb * 2**20 // len(paragraph)):
                member.write(paragraph)
            member.write(b"</w:body></w:document>")
    return buffer.getvalue()


def pdf_bomb(inflated_mb: int = 80) -> bytes:
    """A one-page PDF whose content stream inflates to `inflated_mb` MB of zeros."""
    squeeze = zlib.compressobj(9)
    block = b"0" * 2**20
    stream = b"".join(squeeze.compress(block) for _ in range(inflated_mb)) + squeeze.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_an_upload_keeps_its_name_and_is_removed_by_it(client: httpx.Client, admin: dict[str, str]) -> None:
    before = client.get("/api/documents").json()["count"]
    upload = {"file": ("云岭县经验.txt", TEXT.encode(), "text/plain")}
    r = client.post("/api/documents", files=upload, headers=admin)
    assert r.status_code == 200, r.text
    assert [d["file"] for d in r.json()["loaded"]] == ["云岭县经验.txt"]
    docs = client.get("/api/documents").json()["documents"]
    assert "云岭县经验.txt" in {d["id"] for d in docs}  # no added prefix: the name the user gave
    again = client.post("/api/documents", files=upload, headers=admin)
    assert again.json()["loaded"] == [] and len(again.json()["unchanged"]) == 1  # the same text: skipped
    removed = client.delete("/api/documents/云岭县经验.txt", headers=admin)
    assert removed.status_code == 200 and removed.json()["ok"] is True
    assert client.get("/api/documents").json()["count"] == before
    gone = client.delete("/api/documents/云岭县经验.txt", headers=admin)
    assert gone.status_code == 404 and "云岭县经验.txt" in gone.json()["error"]


def test_bombs_are_refused_with_413_and_one_line(client: httpx.Client, admin: dict[str, str]) -> None:
    for name, data, limit in (
        ("炸弹.docx", docx_bomb(), "GOVKG_MAX_RATIO"),
        ("炸弹.pdf", pdf_bomb(), "GOVKG_MAX_PDF_STREAM"),
    ):
        assert len(data) < 100_000  # what the test server takes in one request
        r = client.post("/api/documents", files={"file": (name, data, "application/octet-stream")}, headers=admin)
        assert r.status_code == 413, r.text
        error = r.json()["error"]
        assert name in error and limit in error and "\n" not in error
        assert client.get("/health").json()["ok"] is True


def test_an_extraction_past_the_memory_ceiling_is_refused_and_the_server_lives(
    client: httpx.Client, admin: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOVKG_EXTRACT_MEMORY", str(40 * 2**20))  # less than the extraction process needs
    r = client.post("/api/documents", files={"file": ("石榴籽.txt", TEXT.encode(), "text/plain")}, headers=admin)
    assert r.status_code == 413, r.text
    assert "石榴籽.txt" in r.json()["error"] and "memory" in r.json()["error"]
    assert client.get("/health").json()["ok"] is True
