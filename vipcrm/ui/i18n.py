"""Languages: the Qt Linguist sources (.ts) are package resources (``translations/`` in
``vipcrm.resources``); the .qm files they compile to are built, never committed.

``find_qm`` takes a current .qm from ``VIPCRM_QM_DIR`` or from beside the .ts (the frozen
app ships them built, without the .ts); otherwise it builds one with ``pyside6-lrelease``
(part of PySide6, so present wherever vipcrm is installed) into the user's cache folder,
named after the .ts content: an upgrade that changes a .ts is rebuilt whatever its mtime.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vipcrm.paths import MissingResource, resource_folder

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "en"


def ts_path(lang: str) -> Path:
    return resource_folder("translations") / f"vipcrm_{lang}.ts"


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("vipcrm", appauthor=False)) / "translations"


def prebuilt_dirs(ts: Path) -> list[Path]:
    dirs = [Path(os.environ["VIPCRM_QM_DIR"])] if os.environ.get("VIPCRM_QM_DIR") else []
    return [*dirs, ts.parent]


def system_language() -> str:
    """zh_CN on a Chinese system, English otherwise."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def choose_language(requested: str | None, saved: str = "") -> str:
    for candidate in (requested, saved):
        if candidate:
            normalised = candidate.replace("-", "_")
            if normalised in LANGUAGES:
                return normalised
            if normalised.lower().startswith("zh"):
                return "zh_CN"
            if normalised.lower().startswith("en"):
                return "en"
            log.warning("language %r is not available; using the system's", candidate)
    return system_language()


def lrelease_command() -> list[str] | None:
    import PySide6

    bundled = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if bundled.exists():
        return [str(bundled)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def build_qm(ts: Path, qm: Path) -> None:
    """Compile ``ts`` to ``qm`` atomically (two apps starting at once do not clash)."""
    command = lrelease_command()
    if command is None:
        raise FileNotFoundError("pyside6-lrelease is not installed")
    qm.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=qm.stem, suffix=".qm.tmp", dir=qm.parent)
    os.close(fd)
    try:
        subprocess.run(
            [*command, "-silent", str(ts), "-qm", tmp_name],
            check=True,
            capture_output=True,
            timeout=60,
        )
        os.replace(tmp_name, qm)
    finally:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)


def _current(qm: Path, ts: Path) -> bool:
    return qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime)


def cached_qm(ts: Path, lang: str) -> Path:
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    return cache_dir() / f"vipcrm_{lang}-{digest}.qm"


def find_qm(lang: str) -> Path | None:
    """The compiled translation for ``lang``, building it if needed; None if impossible."""
    try:
        ts = ts_path(lang)
    except MissingResource as exc:
        log.warning("%s", exc)
        return None
    for folder in prebuilt_dirs(ts):
        qm = folder / f"vipcrm_{lang}.qm"
        if _current(qm, ts):
            return qm
    if not ts.exists():
        log.warning("no translation source %s", ts)
        return None
    qm = cached_qm(ts, lang)
    if qm.exists():
        return qm
    try:
        build_qm(ts, qm)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("cannot build the %s translation: %s", lang, exc)
        return None
    for old in qm.parent.glob(f"vipcrm_{lang}-*.qm"):  # those of earlier versions
        if old != qm:
            old.unlink(missing_ok=True)
    return qm


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load Qt's own strings (dialog buttons) and ours; keep the result alive.

    The default QLocale follows the language too, so dates and money read the same way.
    """
    QLocale.setDefault(QLocale("zh_CN" if lang == "zh_CN" else "en_US"))
    installed = []
    qt_translator = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != "en" and qt_translator.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    qm = find_qm(lang)
    ours = QTranslator(app)
    if qm is not None and ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    elif lang != DEFAULT_LANGUAGE:
        log.warning("the %s translation could not be loaded; showing English", lang)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
