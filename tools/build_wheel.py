"""Build vipcrm's wheel from a clean copy of the checkout.

    python tools/build_wheel.py [OUT_DIR]     # default dist/; prints the wheel's path

The copy holds the files git knows or would add (tracked, and new ones not ignored), so
nothing stale (an old build/ folder, .qm files, caches) can slip into the wheel. The build
runs in pip's isolated build environment with the backend pyproject.toml asks for.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def source_files() -> list[str]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout.decode()
    return [name for name in listed.split("\0") if name and (ROOT / name).is_file()]


def build_wheel(out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="vipcrm-wheel-src-") as tmp:
        src = Path(tmp)
        for name in source_files():
            (src / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
        before = set(out.glob("vipcrm-*.whl"))
        subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(src)],
            check=True,
        )
    built = sorted(set(out.glob("vipcrm-*.whl")) - before) or sorted(out.glob("vipcrm-*.whl"))
    return built[-1]


if __name__ == "__main__":
    print(build_wheel(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"))
