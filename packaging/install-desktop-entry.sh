#!/usr/bin/env bash
# Install the desktop entry and icon for the current user (Linux desktops).
# Assumes `vipcrm` is on PATH (e.g. a virtualenv's bin folder or the frozen bundle).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
install -Dm644 "$here/vipcrm.desktop" "$data/applications/vipcrm.desktop"
install -Dm644 "$here/../resources/icons/vipcrm.svg" "$data/icons/hicolor/scalable/apps/vipcrm.svg"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
echo "installed: $data/applications/vipcrm.desktop"
