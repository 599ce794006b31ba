"""`vipcrm contact import-bill` as a manager uses it: a preview, the JSON answer, bad rows
exit 2 with nothing written, a wrong file refused in one sentence, and the log clean."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from vipcrm.cli import main
from vipcrm.logs import log_dir

_spec = importlib.util.spec_from_file_location(
    "bills", Path(__file__).resolve().parents[1] / "services" / "bills.py"
)
bills = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bills)

STRANGER = "13512345678"


@pytest.fixture
def cli(tmp_path, capsys):
    db = ["--db", str(tmp_path / "b.db")]

    def run(*args: str, user: str = "M1") -> tuple[int, str, str]:
        capsys.readouterr()
        code = main([*db, "--user", user, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert (
        run("manager", "add", "--code", "A1", "--name", "管理员", "--role", "admin", user="A1")[0]
        == 0
    )
    assert (
        run("manager", "add", "--code", "M1", "--name", "王经理", "--team", "T1", user="A1")[0] == 0
    )
    for phone, name in (("13800138000", "张伟"), ("13900139000", "李娜")):
        assert run("member", "add", "--phone", phone, "--name", name, "--tier", "gold")[0] == 0
    return run


def bill(tmp_path: Path, rows, name="calls.csv") -> str:
    return str(
        bills.write_csv(tmp_path / name, bills.CALL_HEADER, rows, "gb18030", title=bills.TITLE)
    )


ROWS = [
    bills.call("2026-11-03 10:15:32", "主叫", "+86 138-0013-8000", "1分23秒"),
    bills.call("2026-11-03 10:20:00", "主叫", "13900139000", "0秒"),
    bills.call("2026-11-03 10:25:00", "主叫", STRANGER, "2分"),
]


def test_preview_then_import_then_again_with_the_json_answer(cli, tmp_path):
    path = bill(tmp_path, ROWS)
    code, out, _ = cli("contact", "import-bill", path, "--dry-run", "--json")
    preview = json.loads(out)
    assert code == 0 and preview["written"] is False and preview["dry_run"] is True
    assert {k: preview[k] for k in ("rows", "logged", "already_logged", "not_in_book")} == {
        "rows": 3,
        "logged": 2,
        "already_logged": 0,
        "not_in_book": 1,
    }
    assert preview["refused"] == [] and preview["encoding"] == "gb18030"
    assert (preview["from"], preview["to"]) == ("2026-11-03", "2026-11-03")
    code, out, _ = cli("contact", "import-bill", path)
    assert code == 0
    assert "2 logged (phone no_answer 1, phone reached 1) with 2 member(s)" in out
    assert "1 not in your book (dropped)" in out and out.rstrip().endswith("written")
    code, out, _ = cli("contact", "import-bill", path, "--json")
    again = json.loads(out)
    assert (again["logged"], again["already_logged"], again["not_in_book"]) == (0, 2, 1)
    code, out, _ = cli("audit", "--json", user="A1")  # the trail: who logged what, from the bill
    trail = [e for e in json.loads(out) if e["table_name"] == "contact_attempts"]
    assert code == 0 and len(trail) == 2
    assert {(e["actor_code"], e["changes"]["source"][1]) for e in trail} == {("M1", "bill")}
    assert {e["changes"]["outcome"][1] for e in trail} == {"reached", "no_answer"}
    assert STRANGER not in out
    assert not any(STRANGER in f.read_text(errors="replace") for f in log_dir().glob("*.log*"))


def test_bad_rows_exit_2_name_file_row_and_column_and_write_nothing(cli, tmp_path):
    rows = [*ROWS, bills.call("2026-11-04 09:00:00", "主叫", STRANGER, "1分23")]
    path = bill(tmp_path, rows, "bad.csv")
    code, _, err = cli("contact", "import-bill", path)
    assert code == 2
    assert err.startswith("vipcrm: error: 1 bad row(s) in bad.csv; nothing was written")
    assert "bad.csv: row 8, column 通信时长: not a duration" in err and STRANGER not in err
    code, out, _ = cli("contact", "import-bill", path, "--json")
    answer = json.loads(out)
    assert code == 2 and answer["written"] is False
    assert answer["refused"] == [
        {"row": 8, "column": "通信时长", "reason": answer["refused"][0]["reason"]}
    ]
    code, out, _ = cli("contact", "import-bill", path, "--dry-run", "--json")
    assert json.loads(out)["logged"] == 2  # still nothing written
    code, out, err = cli("contact", "import-bill", path, "--skip-invalid")
    assert code == 0 and "2 logged" in out and "row 8" in err


def test_a_grading_file_is_refused_with_what_a_bill_looks_like(cli):
    sample = Path(__file__).resolve().parents[2] / "docs" / "samples" / "grading-2026-12.csv"
    code, _, err = cli("contact", "import-bill", str(sample))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert "does not look like an itemised phone bill" in lines[0]
    assert "起始时间, 对方号码 and 通信方式" in lines[0]


def test_a_missing_file_and_a_pdf_are_one_line_errors(cli, tmp_path):
    code, _, err = cli("contact", "import-bill", str(tmp_path / "nope.csv"))
    assert code == 2 and "does not exist" in err and len(err.strip().splitlines()) == 1
    pdf = tmp_path / "bill.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    code, _, err = cli("contact", "import-bill", str(pdf))
    assert code == 2 and "only .csv and .xlsx" in err
