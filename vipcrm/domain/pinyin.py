"""Search keys for Chinese names: full pinyin and initials (``张伟`` -> ``zhangwei zw``).

Names are converted character by character (each character's most common reading, cached),
which is what name search needs and fast enough for a 100,000-row import.
"""

from __future__ import annotations

import os
from functools import lru_cache


@lru_cache(maxsize=65536)
def _syllable(ch: str) -> tuple[str, str]:
    # A name is converted character by character, so pypinyin's phrase dictionary (47,000
    # phrases, ~0.15 s to load and its segmenter's training) is never used: without it,
    # and without copying the character dictionary, loading takes ~0.03 s instead of
    # ~0.2 s (a pause of the window: issue 22 point 5). The same reading for each of its
    # 41,923 characters (tests/domain/test_pinyin_load.py).
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    from pypinyin import Style, lazy_pinyin  # loaded on first use

    full = "".join(lazy_pinyin(ch, style=Style.NORMAL, errors="default")).lower()
    return full, full[:1] if full != ch.lower() else ch.lower()


def pinyin_loaded() -> bool:
    """Whether the pinyin dictionaries are loaded (a key is then a lookup, not ~0.2 s)."""
    return _syllable.cache_info().currsize > 0  # a character converted: they are


def pinyin_key(name: str) -> str:
    """Lower-case full pinyin and initials, space-separated; other text kept as it is."""
    parts = [_syllable(ch) for ch in name if not ch.isspace()]
    if not parts:
        return ""
    full = "".join(p[0] for p in parts)
    initials = "".join(p[1] for p in parts)
    return f"{full} {initials}"
