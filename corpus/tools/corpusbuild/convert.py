"""LibreOffice conversion (private profiles, parallel batches) and PDF post-processing with qpdf/poppler."""

from __future__ import annotations

import json
import os
import re
import shutil
import struct
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path


class ToolError(Exception):
    pass


def run(cmd: list, timeout: float = 600, check: bool = True, **kw) -> subprocess.CompletedProcess:
    try:
        proc = subprocess.run(cmd, capture_output=True, timeout=timeout, **kw)
    except FileNotFoundError:
        raise ToolError(f"{cmd[0]} is not installed (run corpus/tools/install-deps.sh)") from None
    except subprocess.TimeoutExpired:
        raise ToolError(f"{cmd[0]} timed out after {timeout:.0f}s: {' '.join(map(str, cmd[:6]))}") from None
    if check and proc.returncode != 0:
        err = (proc.stderr or b"").decode("utf-8", "replace").strip()
        raise ToolError(f"{' '.join(map(str, cmd[:4]))} ... failed ({proc.returncode}): {err[:500]}")
    return proc


def soffice_binary() -> str:
    for name in ("soffice", "libreoffice"):
        path = shutil.which(name)
        if path:
            return path
    raise ToolError("LibreOffice (soffice) is not installed (run corpus/tools/install-deps.sh)")


def _convert_group(files: list, outdir: Path, target: str, worker: int, timeout: float) -> None:
    profile = Path(tempfile.gettempdir()) / f"lo-profile-{os.getpid()}-{worker}"
    cmd = [soffice_binary(), f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--nologo", "--nodefault", "--convert-to", target, "--outdir", str(outdir)] + [str(f) for f in files]
    try:
        run(cmd, timeout=timeout, check=False, env={**os.environ, "SAL_USE_VCLPLUGIN": "svp"})
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def soffice_convert(files: list, outdir: Path, target: str = "pdf", jobs: int = 2, timeout: float = 1800) -> dict:
    """Convert files with LibreOffice into outdir; returns {input: output path or None}.

    Files are split into `jobs` groups balanced by size; each group is one soffice process with its
    own private profile (-env:UserInstallation), so parallel builds do not collide.
    """
    files = [Path(f) for f in files]
    if not files:
        return {}
    outdir.mkdir(parents=True, exist_ok=True)
    jobs = max(1, min(jobs, len(files)))
    groups: list = [[] for _ in range(jobs)]
    loads = [0] * jobs
    for f in sorted(files, key=lambda p: -p.stat().st_size):
        k = loads.index(min(loads))
        groups[k].append(f)
        loads[k] += f.stat().st_size
    ext = target.split(":")[0]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        futures = [pool.submit(_convert_group, g, outdir, target, i, timeout) for i, g in enumerate(groups) if g]
        for fut in futures:
            fut.result()
    result = {}
    for f in files:
        out = outdir / (f.stem + "." + ext)
        result[f] = out if out.exists() and out.stat().st_size > 0 else None
    return result


# ----------------------------------------------------------------------------------------
# poppler helpers


def pdf_pages_text(pdf: Path) -> list:
    """Text of each page (pdftotext, reading order), as a list."""
    proc = run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], timeout=300)
    pages = proc.stdout.decode("utf-8", "replace").split("\f")
    if pages and not pages[-1].strip():
        pages = pages[:-1]
    return pages


def pdf_page_count(pdf: Path) -> int | None:
    proc = run(["pdfinfo", str(pdf)], timeout=60, check=False)
    if proc.returncode != 0:
        return None
    m = re.search(rb"^Pages:\s+(\d+)", proc.stdout, re.M)
    return int(m.group(1)) if m else None


def find_sentinel_pages(pages: list, sentinel_re: str) -> dict:
    """{sentinel text: 1-based page} for each sentinel found."""
    found = {}
    rx = re.compile(sentinel_re)
    for i, text in enumerate(pages):
        for m in rx.finditer(text):
            found.setdefault(m.group(0), i + 1)
    return found


# ----------------------------------------------------------------------------------------
# qpdf helpers


def _pdf_string(value: str) -> str:
    return "u:" + value


def finalize_pdf(src: Path, dest: Path, info: dict) -> None:
    """Set the Info dictionary (title, author, ..., fixed dates), drop LibreOffice's /DocChecksum and
    write with a deterministic /ID so that rebuilding gives the same bytes."""
    trailer = run(["qpdf", "--show-object=trailer", str(src)], timeout=120).stdout.decode("latin-1")
    m_info = re.search(r"/Info (\d+ \d+ R)", trailer)
    m_root = re.search(r"/Root (\d+ \d+ R)", trailer)
    m_size = re.search(r"/Size (\d+)", trailer)
    if not (m_root and m_size):
        raise ToolError(f"unexpected PDF trailer in {src}: {trailer[:200]}")
    new_trailer = {"/Root": m_root.group(1), "/Size": int(m_size.group(1))}
    objects = {}
    values = {k: _pdf_string(v) for k, v in info.items() if v not in (None, "")}
    max_id = int(m_size.group(1))
    if m_info:
        existing = run(["qpdf", "--json=2", "--json-key=qpdf", f"--json-object={m_info.group(1).split()[0]}", str(src)],
                       timeout=120).stdout
        data = json.loads(existing)
        cur = {}
        for obj in data["qpdf"][1].values():
            cur = obj.get("value", {}) if isinstance(obj, dict) else {}
        cur.update(values)
        objects[f"obj:{m_info.group(1)}"] = {"value": cur}
        new_trailer["/Info"] = m_info.group(1)
    else:
        ref = f"{max_id} 0 R"
        objects[f"obj:{ref}"] = {"value": values}
        new_trailer["/Info"] = ref
        new_trailer["/Size"] = max_id + 1
        max_id += 1
    objects["trailer"] = {"value": new_trailer}
    patch = {"qpdf": [{"jsonversion": 2, "pushedinheritedpageresources": False, "calledgetallpages": False,
                       "maxobjectid": max_id}, objects]}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(patch, fh)
        patch_path = fh.name
    try:
        proc = run(["qpdf", str(src), f"--update-from-json={patch_path}", "--deterministic-id", str(dest)],
                   timeout=600, check=False)
        if proc.returncode not in (0, 3):   # 3 = succeeded with warnings
            raise ToolError(f"qpdf could not finalize {src}: {proc.stderr.decode('utf-8', 'replace')[:400]}")
    finally:
        os.unlink(patch_path)


def encrypt_pdf(src: Path, dest: Path, user: str, owner: str, restrict: bool) -> None:
    # AES-128 (R4): unlike AES-256 its file key derives from the passwords and the /ID, so with
    # --static-id and --static-aes-iv the output is the same on every build.
    cmd = ["qpdf", "--static-aes-iv", "--static-id", "--encrypt", user, owner, "128", "--use-aes=y"]
    if restrict:
        cmd += ["--modify=none", "--print=low", "--annotate=n"]
    cmd += ["--", str(src), str(dest)]
    run(cmd, timeout=300)


# ----------------------------------------------------------------------------------------
# Image-only pages


def _jpeg_info(data: bytes) -> tuple:
    i = 2
    while i < len(data):
        if data[i] != 0xFF:
            i += 1
            continue
        marker = data[i + 1]
        if marker in (0xC0, 0xC1, 0xC2):
            h, w = struct.unpack(">HH", data[i + 5:i + 9])
            comps = data[i + 9]
            return w, h, comps
        length = struct.unpack(">H", data[i + 2:i + 4])[0]
        i += 2 + length
    raise ToolError("could not read the JPEG size")


def jpeg_page_pdf(jpeg: bytes, width_pt: float, height_pt: float) -> bytes:
    """A one-page PDF whose only content is the JPEG scaled to the page (no text layer)."""
    w, h, comps = _jpeg_info(jpeg)
    cs = "/DeviceGray" if comps == 1 else "/DeviceRGB"
    content = f"q {width_pt:.2f} 0 0 {height_pt:.2f} 0 0 cm /Im0 Do Q\n".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {width_pt:.2f} {height_pt:.2f}] "
         f"/Resources << /XObject << /Im0 4 0 R >> >> /Contents 5 0 R >>").encode(),
        (f"<< /Type /XObject /Subtype /Image /Width {w} /Height {h} /ColorSpace {cs} /BitsPerComponent 8 "
         f"/Filter /DCTDecode /Length {len(jpeg)} >>\nstream\n").encode() + jpeg + b"\nendstream",
        f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def rasterize_pages(pdf: Path, pages: list, dest: Path, workdir: Path, dpi: int = 120) -> None:
    """Replace each listed page (1-based) of pdf by a picture of itself with no text layer."""
    total = pdf_page_count(pdf) or 0
    current = pdf
    for k, page in enumerate(sorted(pages)):
        size = run(["pdfinfo", "-f", str(page), "-l", str(page), str(current)], timeout=60).stdout.decode()
        m = re.search(r"Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+)", size) or re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", size)
        wpt, hpt = (float(m.group(1)), float(m.group(2))) if m else (595.3, 841.9)
        stem = workdir / f"raster-{k}"
        run(["pdftoppm", "-r", str(dpi), "-gray", "-jpeg", "-jpegopt", "quality=80", "-f", str(page), "-l", str(page),
             "-singlefile", str(current), str(stem)], timeout=300)
        img_pdf = workdir / f"raster-{k}.pdf"
        img_pdf.write_bytes(jpeg_page_pdf(Path(str(stem) + ".jpg").read_bytes(), wpt, hpt))
        out = workdir / f"raster-{k}-out.pdf"
        spec = []
        if page > 1:
            spec += [str(current), f"1-{page - 1}"]
        spec += [str(img_pdf), "1"]
        if page < total:
            spec += [str(current), f"{page + 1}-{total}"]
        run(["qpdf", str(current), "--pages"] + spec + ["--", str(out)], timeout=600)
        current = out
    shutil.copyfile(current, dest)
