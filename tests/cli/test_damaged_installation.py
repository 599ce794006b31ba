"""A file missing from the installed package: one line naming it, exit 2 (the installed
wheel is damaged for real in tests/packaging/test_installed_wheel.py)."""

from __future__ import annotations

import shutil
from importlib import resources

import pytest

from vipcrm import paths
from vipcrm.cli import main


@pytest.fixture
def installed_copy(tmp_path, monkeypatch):
    """vipcrm.resources and vipcrm.migrations as copies the test may damage."""
    copies = {}
    for package in (paths.RESOURCES, paths.MIGRATIONS):
        copy = tmp_path / package
        shutil.copytree(resources.files(package), copy)
        copies[package] = copy
    real = resources.files
    monkeypatch.setattr(paths.resources, "files", lambda p: copies.get(p) or real(p))
    return copies


@pytest.mark.parametrize(
    "broken",
    [
        "vipcrm.resources/fonts/wqy-microhei.ttc",
        "vipcrm.resources/translations",
        "vipcrm.migrations/env.py",
        "vipcrm.migrations/versions",
    ],
)
def test_self_test_names_the_missing_file_in_one_line(installed_copy, broken, capsys):
    package, relative = broken.split("/", 1)
    target = installed_copy[package] / relative
    shutil.rmtree(target) if target.is_dir() else target.unlink()
    assert main(["self-test"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("vipcrm: error: this installation of vipcrm")
    assert str(target) in err[0] and "(missing)" in err[0]


def test_an_intact_installation_passes(installed_copy, capsys):
    assert main(["self-test"]) == 0
    assert "self-test passed" in capsys.readouterr().out
