"""Itemised phone bills (通话详单 / 短信详单) as the operator's web hall exports them, for tests.

Loaded by file path (``importlib``) from the service, CLI, report and window tests.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from vipcrm.domain.phone_bill import CALL_EXPORT, SMS_EXPORT

CALL_HEADER, SMS_HEADER = list(CALL_EXPORT), list(SMS_EXPORT)
TITLE = [["中国移动通信客户详单"], ["客户姓名：王经理", "查询月份：2026年11月"], []]


def call(at: str, direction: str, number: str, duration: str) -> list[str]:
    return [at, "北京", direction, number, duration, "本地", "", "0.00"]


def sms(at: str, number: str, direction: str, kind: str = "短信") -> list[str]:
    return [at, "北京", number, direction, kind, "点对点短信", "", "0.10"]


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    encoding: str = "utf-8",
    title: Sequence[Sequence[object]] = (),
    footer: Sequence[Sequence[object]] = (),
) -> Path:
    with path.open("w", encoding=encoding, newline="") as f:
        w = csv.writer(f)
        w.writerows(title)
        w.writerow(header)
        w.writerows(rows)
        w.writerows(footer)
    return path


def write_xlsx(
    path: Path, sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[object]]]], title=()
) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, header, rows in sheets:
        sheet = book.create_sheet(name)
        for line in title:
            sheet.append(list(line))
        sheet.append(list(header))
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path
