"""The official working-day calendars vipcrm ships, from the ``chinese_calendar`` package.

    python tools/official_calendar.py          # (re)write resources/holidays/official/YYYY.csv
    python tools/official_calendar.py --check  # exit 1 if a shipped file differs from the package

One file per year the package holds (1.11: 2004-2026), in the import format of
docs/calendar-format.md, each citing the State Council notice(s) it comes from. vipcrm
reads these files, not the package: every laptop running one version of vipcrm then has
the same official calendar whatever package version pip picked, and a year published
after the release reaches the team through an import (Team -> Calendar), synced.
When a new ``chinesecalendar`` release adds a year, install it (the test extra pins it),
run this tool, add the year's notice to NOTICES and commit the new file.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

import chinese_calendar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vipcrm.domain.workdays import (  # noqa: E402
    OFFICIAL_FOLDER,
    YearData,
    format_calendar_csv,
    read_calendar_file,
)

_GOV = "https://www.gov.cn/gongbao/content"
#: The notices each year's arrangement comes from (title, address). The addresses are the
#: ones the ``holidays`` package cites for its China calendar (archived copies on
#: web.archive.org where gov.cn moved them).
NOTICES: dict[int, tuple[tuple[str, str], ...]] = {
    2004: (
        (
            "国务院办公厅关于2004年部分节假日安排的通知",
            "https://zh.wikisource.org/wiki/国务院办公厅关于2004年部分节假日安排的通知",
        ),
    ),
    2005: (
        (
            "国务院办公厅关于2005年部分节假日安排的通知",
            "https://zh.wikisource.org/wiki/国务院办公厅关于2005年部分节假日安排的通知",
        ),
    ),
    2006: (
        (
            "国务院办公厅关于2006年部分节假日安排的通知",
            "https://zh.wikisource.org/wiki/国务院办公厅关于2006年部分节假日安排的通知",
        ),
    ),
    2007: (("国务院办公厅关于2007年部分节假日安排的通知", f"{_GOV}/2007/content_503397.htm"),),
    2008: (("国务院办公厅关于2008年部分节假日安排的通知", f"{_GOV}/2008/content_859870.htm"),),
    2009: (("国务院办公厅关于2009年部分节假日安排的通知", f"{_GOV}/2008/content_1175823.htm"),),
    2010: (("国务院办公厅关于2010年部分节假日安排的通知", f"{_GOV}/2009/content_1487011.htm"),),
    2011: (("国务院办公厅关于2011年部分节假日安排的通知", f"{_GOV}/2010/content_1765282.htm"),),
    2012: (("国务院办公厅关于2012年部分节假日安排的通知", f"{_GOV}/2011/content_2020918.htm"),),
    2013: (("国务院办公厅关于2013年部分节假日安排的通知", f"{_GOV}/2012/content_2292057.htm"),),
    2014: (("国务院办公厅关于2014年部分节假日安排的通知", f"{_GOV}/2014/content_2561299.htm"),),
    2015: (
        ("国务院办公厅关于2015年部分节假日安排的通知", f"{_GOV}/2015/content_2799019.htm"),
        ("国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知", ""),
    ),
    2016: (("国务院办公厅关于2016年部分节假日安排的通知", f"{_GOV}/2016/content_2979719.htm"),),
    2017: (("国务院办公厅关于2017年部分节假日安排的通知", f"{_GOV}/2016/content_5148793.htm"),),
    2018: (("国务院办公厅关于2018年部分节假日安排的通知", f"{_GOV}/2017/content_5248221.htm"),),
    2019: (
        ("国务院办公厅关于2019年部分节假日安排的通知", f"{_GOV}/2018/content_5350046.htm"),
        ("国务院办公厅关于调整2019年劳动节假期安排的通知", f"{_GOV}/2019/content_5380356.htm"),
    ),
    2020: (
        ("国务院办公厅关于2020年部分节假日安排的通知", f"{_GOV}/2019/content_5459138.htm"),
        ("国务院办公厅关于延长2020年春节假期的通知", f"{_GOV}/2020/content_5477297.htm"),
    ),
    2021: (("国务院办公厅关于2021年部分节假日安排的通知", f"{_GOV}/2020/content_5567750.htm"),),
    2022: (("国务院办公厅关于2022年部分节假日安排的通知", f"{_GOV}/2021/content_5651728.htm"),),
    2023: (("国务院办公厅关于2023年部分节假日安排的通知", f"{_GOV}/2023/content_5736714.htm"),),
    2024: (
        (
            "国务院办公厅关于2024年部分节假日安排的通知",
            "https://www.gov.cn/gongbao/2023/issue_10806/202311/content_6913823.html",
        ),
    ),
    2025: (
        (
            "国务院办公厅关于2025年部分节假日安排的通知",
            "https://www.gov.cn/gongbao/2024/issue_11726/202411/content_6989767.html",
        ),
    ),
    2026: (
        (
            "国务院办公厅关于2026年部分节假日安排的通知",
            "https://www.gov.cn/gongbao/2025/issue_12406/202511/content_7048922.html",
        ),
    ),
}

# The package names days in English; the files use the names of the notices.
_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "Mid-autumn Festival": "中秋节",
    "National Day": "国庆节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}


def package_years() -> dict[int, YearData]:
    """What the installed package says, year by year, with the notices' names."""
    years: dict[int, tuple[dict[date, str], dict[date, str]]] = {}
    for table, slot in ((chinese_calendar.holidays, 0), (chinese_calendar.workdays, 1)):
        for day, name in table.items():
            years.setdefault(day.year, ({}, {}))[slot][day] = _NAMES[name]
    return {y: YearData(off, on) for y, (off, on) in sorted(years.items())}


def file_text(year: int, data: YearData) -> str:
    version = getattr(chinese_calendar, "__version__", "?")
    head = [
        f"# 中国 {year} 年官方放假安排（法定节假日、调休）— vipcrm 随软件提供的官方数据",
        f"# The official {year} arrangement of days off and make-up working days.",
        "# Source (来源):",
    ]
    for title, url in NOTICES[year]:
        head.append(f"#   {title}" + (f"  {url}" if url else ""))
    head.append(
        f"# Data as in the chinese_calendar package {version} (tools/official_calendar.py)."
    )
    return "\n".join(head) + "\n" + format_calendar_csv({year: data})


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args(argv)
    stale = []
    for year, data in package_years().items():
        if year not in NOTICES:
            print(f"{year}: add the State Council notice to NOTICES first", file=sys.stderr)
            return 1
        path = ROOT / "resources" / OFFICIAL_FOLDER / f"{year}.csv"
        text = file_text(year, data)
        if args.check:
            shipped = read_calendar_file(path).get(year) if path.exists() else None
            if shipped is None or (dict(shipped.holidays), dict(shipped.workdays)) != (
                dict(data.holidays),
                dict(data.workdays),
            ):
                stale.append(year)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    if stale:
        print(f"shipped calendars differ from the package: {stale}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
