"""The pinyin dictionaries load without pypinyin's phrases (~0.03 s, not ~0.2 s: a pause of
the window the first time a name is converted, issue 22 point 5), and every character
reads as it does with them: names are converted a character at a time."""

from __future__ import annotations

import os
import subprocess
import sys

CONVERT_ALL = """
import sys
{setup}
convert("中")  # the dictionaries load here, as in the app
from pypinyin.pinyin_dict import pinyin_dict
chars = [chr(c) for c in sorted(pinyin_dict)]
print("\\n".join(c + " " + convert(c) for c in chars))
print("phrases loaded:", "pypinyin.phrases_dict" in sys.modules)
"""

OURS = """
from vipcrm.domain.pinyin import pinyin_key
def convert(c): return pinyin_key(c)
"""

THEIRS = """
from pypinyin import Style, lazy_pinyin
def convert(c):
    full = "".join(lazy_pinyin(c, style=Style.NORMAL, errors="default")).lower()
    return f"{full} {full[:1] if full != c.lower() else c.lower()}"
"""


def run(setup: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYPINYIN_")}
    out = subprocess.run(
        [sys.executable, "-c", CONVERT_ALL.format(setup=setup)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.splitlines()


def test_pinyin_keys_load_without_the_phrases_and_read_every_character_alike():
    ours, theirs = run(OURS), run(THEIRS)
    assert ours[-1] == "phrases loaded: False"
    assert theirs[-1] == "phrases loaded: True"  # the library's default
    assert len(ours) > 40_000
    assert ours[:-1] == theirs[:-1]
