"""The one thing pyproject.toml cannot say: the top-level ``resources/`` and ``migrations/``
folders are installed inside the package, as ``vipcrm.resources`` and ``vipcrm.migrations``,
and the user guide with its pictures (``docs/``) as ``vipcrm.docs`` (Help → User guide).

The checkout keeps the layout of the design (``vipcrm/ resources/ migrations/ ...``); the
wheel, an editable install and the frozen app all read them with ``importlib.resources``
(see vipcrm/paths.py and docs/packaging.md). Everything else is in pyproject.toml.
"""

from setuptools import find_namespace_packages, setup

DOCS = "vipcrm.docs"  # only the user guide and its pictures (package-data in pyproject.toml)
MAPPED = {"vipcrm.resources": "resources", "vipcrm.migrations": "migrations", DOCS: "docs"}


def packages() -> list[str]:
    skip = ["__pycache__", "*.__pycache__"]
    found = find_namespace_packages(include=["vipcrm", "vipcrm.*"], exclude=skip)
    for package, folder in MAPPED.items():
        subs = [] if package == DOCS else find_namespace_packages(where=folder, exclude=skip)
        found += [package, *(f"{package}.{sub}" for sub in subs)]
    return found


setup(packages=packages(), package_dir=MAPPED)
