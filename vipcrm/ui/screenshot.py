"""Grab the main window to a PNG, headless: ``python -m vipcrm.ui.screenshot --db PATH``.

Builds the same object graph as the application (``vipcrm.app.build_gui``), with
throw-away settings so the user's saved window state does not leak into the picture.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def take_screenshot(
    db_arg: str | None,
    out: Path,
    lang: str = "zh_CN",
    user: str | None = None,
    size: tuple[int, int] = (1100, 640),
    demo: bool = False,
) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from vipcrm.app import build_gui, ensure_application, setup_language, use_cjk_fallback_font
    from vipcrm.store.db import open_database
    from vipcrm.ui.i18n import remove_translators
    from vipcrm.ui.runner import SyncRunner
    from vipcrm.ui.settings import AppSettings

    app = ensure_application()
    with tempfile.TemporaryDirectory() as scratch:
        settings = AppSettings.in_file(str(Path(scratch) / "settings.ini"))
        translators = setup_language(app, lang, settings)
        use_cjk_fallback_font(app)
        db = open_database(db_arg)
        try:
            if demo and db.is_empty():
                from vipcrm.services.demo import generate_demo

                generate_demo(db)
            gui = build_gui(db, settings, user=user, runner=SyncRunner())
            if gui is None:
                raise SystemExit(f"user {user!r} is not in {db.display_name}")
            gui.window.resize(*size)
            gui.window.show()
            app.processEvents()
            out.parent.mkdir(parents=True, exist_ok=True)
            if not gui.window.grab().save(str(out)):
                raise SystemExit(f"cannot write {out}")
            gui.window.close()
        finally:
            db.dispose()
            remove_translators(app, translators)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m vipcrm.ui.screenshot", description=__doc__)
    parser.add_argument("--db", help="database file (default: the user's)")
    parser.add_argument("--lang", default="zh_CN", help="zh_CN or en")
    parser.add_argument("--user", help="acting user's code (default: the laptop's)")
    parser.add_argument("--out", required=True, type=Path, help="PNG file to write")
    parser.add_argument("--size", default="1100x640", help="window size, WxH")
    parser.add_argument("--demo", action="store_true", help="fill an empty database first")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))
    path = take_screenshot(args.db, args.out, args.lang, args.user, (width, height), args.demo)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
