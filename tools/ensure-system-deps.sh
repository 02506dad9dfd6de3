#!/usr/bin/env bash
# Installs the Debian packages BidDesk needs when they are missing (engineering.md).
#   tools/ensure-system-deps.sh test   — what headless Qt, the output tests and the room's tests (a throwaway
#                                         PostgreSQL server: Debian's postgresql package) need
#   tools/ensure-system-deps.sh gui    — plus what a real window on X11/Xvfb needs
set -eu
profile=${1:-test}
pkgs="libglib2.0-0 libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0 poppler-utils"
# the room's tests start their own PostgreSQL server (spec/room.md); the window itself needs none
[ "$profile" = test ] && pkgs="$pkgs postgresql"
if [ "$profile" = gui ]; then
  pkgs="$pkgs xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0 \
libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxkbcommon-x11-0"
fi
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "BidDesk needs these Debian packages:$missing (no apt-get here: install them by hand)" >&2
  exit 0
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
echo "Installing Debian packages:$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
