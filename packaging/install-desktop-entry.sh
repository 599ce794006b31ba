#!/usr/bin/env bash
# Install vipcrm's desktop entry, icons and AppStream metadata for the current user (Linux
# desktops), from a checkout or an unpacked source archive. The menu entry starts
# `vipcrm-gui`, which must be on PATH: pipx puts it in ~/.local/bin; for the frozen app,
# link dist/vipcrm/vipcrm-gui there (ln -s "$PWD/dist/vipcrm/vipcrm-gui" ~/.local/bin/).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
icons="$here/../resources/icons"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
install -Dm644 "$here/vipcrm.desktop" "$data/applications/vipcrm.desktop"
install -Dm644 "$here/cn.vipclub.vipcrm.metainfo.xml" "$data/metainfo/cn.vipclub.vipcrm.metainfo.xml"
install -Dm644 "$icons/vipcrm.svg" "$data/icons/hicolor/scalable/apps/vipcrm.svg"
for png in "$icons"/hicolor/*/apps/vipcrm.png; do
  size=$(basename "$(dirname "$(dirname "$png")")")
  install -Dm644 "$png" "$data/icons/hicolor/$size/apps/vipcrm.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
command -v vipcrm-gui >/dev/null || echo "note: vipcrm-gui is not on PATH yet (see the top of this script)"
echo "installed: $data/applications/vipcrm.desktop"
