"""Make every icon the platforms want from the one source, resources/icons/vipcrm.svg.

    ./dev icons                      # or: QT_QPA_PLATFORM=offscreen python tools/make_icons.py [OUT]

writes (into resources/icons, or OUT):

- ``hicolor/NxN/apps/vipcrm.png`` for N in 16 ... 512: the freedesktop icon theme layout
  (Linux menus, the AppStream metainfo), installed by packaging/install-desktop-entry.sh;
- ``vipcrm.ico``: 16 ... 256 px, PNG-compressed entries (Windows: the .exe, the installer);
- ``vipcrm.icns``: 16 ... 1024 px, PNG entries (macOS: the .app bundle).

Qt's own SVG renderer (QtSvg, part of PySide6-Essentials) draws each size; the ICO and ICNS
containers are written here (Qt's writers take one image per file). The generated files are
committed; tests/packaging/test_desktop.py checks they still match the SVG.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "vipcrm.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size (the @2x types share sizes with others)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt cannot write PNG")
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """An ICO file: the ICONDIR header, one entry per size, then each PNG."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, data in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    """An ICNS file: 'icns' and the total length, then type, length, PNG per entry."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out: Path, source: Path = SOURCE) -> list[Path]:
    """Write every icon into ``out``; returns the files written."""
    if QGuiApplication.instance() is None:
        QGuiApplication(sys.argv[:1])  # (QImage and QPainter need one)
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"{source}: not an SVG Qt can render")
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})
    pngs = {size: png_bytes(render(renderer, size)) for size in sizes}
    written = []
    for size in PNG_SIZES:
        path = out / "hicolor" / f"{size}x{size}" / "apps" / "vipcrm.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(pngs[size])
        written.append(path)
    (out / "vipcrm.ico").write_bytes(ico({s: pngs[s] for s in ICO_SIZES}))
    (out / "vipcrm.icns").write_bytes(icns(pngs))
    return [*written, out / "vipcrm.ico", out / "vipcrm.icns"]


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE.parent
    for path in make_icons(target):
        print(path)
