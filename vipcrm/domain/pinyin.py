"""Search keys for Chinese names: full pinyin and initials (``张伟`` -> ``zhangwei zw``)."""

from __future__ import annotations

from pypinyin import Style, lazy_pinyin


def pinyin_key(name: str) -> str:
    """Lower-case full pinyin and initials, space-separated; non-Chinese text kept as is."""
    full = "".join(lazy_pinyin(name, style=Style.NORMAL, errors="default")).lower()
    initials = "".join(
        s[:1] for s in lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default")
    ).lower()
    return f"{full} {initials}".replace("  ", " ").strip()
