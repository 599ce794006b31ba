"""`vipcrm import-grading` as a lead uses it: a GB18030 file, a preview, named bad rows."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from vipcrm.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "samples" / "grading-2026-12.csv"


def test_the_documented_sample_imports_in_gb18030_too(tmp_path, capsys):
    db = ["--db", str(tmp_path / "g.db")]
    assert main([*db, "manager", "add", "--code", "A1", "--name", "管理员", "--role", "admin"]) == 0
    gbk = tmp_path / "billing.csv"
    gbk.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("gb18030"))
    capsys.readouterr()
    assert (
        main(
            [
                *db,
                "--user",
                "A1",
                "import-grading",
                str(gbk),
                "--month",
                "2026-12",
                "--dry-run",
                "--json",
            ]
        )
        == 0
    )
    preview = json.loads(capsys.readouterr().out)
    assert preview["encoding"] == "gb18030" and preview["written"] is False
    assert preview["counts"] == {
        "new": 5,
        "reactivated": 0,
        "up": 0,
        "down": 0,
        "unchanged": 0,
        "left": 0,
    }
    assert main([*db, "--user", "A1", "import-grading", str(gbk), "--month", "2026-12"]) == 0
    assert "5 new" in capsys.readouterr().out
    assert main([*db, "--user", "A1", "member", "list", "--json"]) == 0
    names = {m["name"] for m in json.loads(capsys.readouterr().out)}
    assert names == {"张伟", "李娜", "王芳", "刘洋", "赵强"}


def test_bad_rows_exit_2_and_name_file_row_and_column(tmp_path, capsys):
    db = ["--db", str(tmp_path / "g.db")]
    assert main([*db, "manager", "add", "--code", "A1", "--name", "管理员", "--role", "admin"]) == 0
    bad = tmp_path / "bad.csv"
    shutil.copy(SAMPLE, bad)
    with bad.open("a", encoding="utf-8") as f:
        f.write("12345,坏号码,金卡,1,1,,,,\n")
    capsys.readouterr()
    assert main([*db, "--user", "A1", "import-grading", str(bad), "--month", "2026-12"]) == 2
    err = capsys.readouterr().err
    assert "bad.csv: row 7, column 手机号码:" in err and "nothing was written" in err
