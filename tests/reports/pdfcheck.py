"""Look at a PDF the way a person would: its text (pdftotext) and its fonts (pdffonts)."""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdf_fonts(path: Path) -> list[dict[str, str]]:
    """One dict per font: name, emb (yes/no)."""
    lines = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    fonts = []
    for line in lines:
        parts = line.split()
        # name type [type2] encoding emb sub uni id gen: emb is the 5th field from the end
        fonts.append({"name": parts[0], "emb": parts[-5]})
    return fonts


def page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def page_texts(path: Path) -> list[str]:
    """The text of each page (pdftotext puts a form feed between pages)."""
    pages = pdf_text(path).split("\f")
    return pages[: page_count(path)]
