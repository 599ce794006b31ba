"""vipcrm's own files: package resources, read with :mod:`importlib.resources`.

The checkout keeps them in the top-level ``resources/`` and ``migrations/`` folders; every
install (the wheel, an editable install, the frozen app) has them as the packages
``vipcrm.resources`` and ``vipcrm.migrations`` (setup.py maps them; packaging/vipcrm.spec
puts them at the same place in the bundle). Nothing looks for folders beside the source.

A missing file is a :class:`MissingResource`: one line naming it, not a traceback.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from vipcrm.domain.errors import VipcrmError, msg

RESOURCES = "vipcrm.resources"
MIGRATIONS = "vipcrm.migrations"
DOCS = "vipcrm.docs"  # the user guide and its pictures (Help → User guide)


class MissingResource(VipcrmError):
    """A file the installation should contain is missing or unreadable."""


def damaged(name: str, reason: str) -> MissingResource:
    """``reason``: a msg() ("missing") or the text of the error that reading it gave."""
    return MissingResource(
        msg(
            "this installation of vipcrm is damaged: {name} ({reason}); reinstall vipcrm",
            name=name,
            reason=reason,
        )
    )


def _find(package: str, relative: str, *, folder: bool = False) -> Path:
    name = f"{package.replace('.', '/')}/{relative}".rstrip("/")
    try:
        found = resources.files(package).joinpath(*filter(None, relative.split("/")))
    except ModuleNotFoundError:
        raise damaged(name, msg("missing")) from None
    if not isinstance(found, Path):  # e.g. a zipped install: vipcrm needs real files
        raise damaged(name, msg("not a file on disk"))
    if not (found.is_dir() if folder else found.is_file()):
        raise damaged(str(found), msg("missing"))  # the full path where it should be
    return found


def resource(relative: str) -> Path:
    """The file ``relative`` (``fonts/wqy-microhei.ttc``) of ``vipcrm.resources``."""
    return _find(RESOURCES, relative)


def resource_folder(relative: str) -> Path:
    """The folder ``relative`` (``icons/nav``) of ``vipcrm.resources``."""
    return _find(RESOURCES, relative, folder=True)


def optional_resource(relative: str) -> Path | None:
    """The file ``relative`` of ``vipcrm.resources`` if this installation has it."""
    try:
        return resource(relative)
    except MissingResource:
        return None


def user_guide() -> Path:
    """The user guide (``docs/user-guide.md``; its pictures beside it in ``screenshots/``)."""
    return _find(DOCS, "user-guide.md")


def migrations_dir() -> Path:
    """The Alembic folder (``env.py``, ``versions/``), checked to be there."""
    for relative in ("env.py", "script.py.mako", "versions/"):
        _find(MIGRATIONS, relative, folder=relative.endswith("/"))
    return _find(MIGRATIONS, "", folder=True)


REQUIRED = ("fonts/wqy-microhei.ttc", "icons/vipcrm.svg")
LANGUAGES = ("zh_CN", "en")


def check_installation() -> str:
    """Every resource vipcrm reads is there (``vipcrm self-test``); what was checked."""
    migrations_dir()
    for relative in REQUIRED:
        resource(relative)
    translations = resource_folder("translations")
    for lang in LANGUAGES:  # the .ts (wheel, checkout) or the built .qm (frozen app)
        if not any((translations / f"vipcrm_{lang}{ext}").is_file() for ext in (".ts", ".qm")):
            raise damaged(
                f"{RESOURCES.replace('.', '/')}/translations/vipcrm_{lang}.ts", msg("missing")
            )
    return f"resources: migrations, {', '.join(REQUIRED)}, translations ({', '.join(LANGUAGES)})"
