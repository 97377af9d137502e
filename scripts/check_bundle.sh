#!/usr/bin/env bash
# Build the one-folder bundle, unpack it somewhere else and run it with no Python on PATH:
# `pmdesk info` on a demo project, a screenshot, and the time from start to a shown window.
# Prints the bundle's size, the build time and the start time (README.md quotes them).
#   scripts/check_bundle.sh            # build, then check
#   scripts/check_bundle.sh --no-build # check the last build
# Needs: pip install -e ".[bundle]" (PyInstaller).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-build" ]; then
    started=$(date +%s.%N)
    python3 -m pmdesk.packaging
    built=$(date +%s.%N)
    build_seconds=$(echo "$built - $started" | bc)
fi
archive=$(ls -t build/bundle/pmdesk-*.tar.gz | head -1)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -xzf "$archive" -C "$work"
mkdir -p "$work/home" "$work/nopython"
# No Python anywhere on PATH: an empty folder; the bundle is started by its full path.
run() {
    env -i HOME="$work/home" PATH="$work/nopython" PMDESK_HOME="$work/home/pmdesk" \
        QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 PMDESK_SEPARATE=1 ${QUIT:+PMDESK_QUIT_WHEN_SHOWN=1} "$@"
}
if run /bin/sh -c 'command -v python3 || command -v python' >/dev/null 2>&1; then
    echo "check_bundle: a Python is still on PATH" >&2
    exit 1
fi
cd "$work"
run ./pmdesk/pmdesk --version
run ./pmdesk/pmdesk demo -o demo.pmdesk
run ./pmdesk/pmdesk info demo.pmdesk
run ./pmdesk/pmdesk screenshot demo.pmdesk -o shot.png --view gantt
run ./pmdesk/pmdesk screenshot demo.pmdesk -o shot-de.png --view board --language de
test -s shot.png && test -s shot-de.png
# The bundle's installer: the menu entry starts the unpacked program with the file.
env -i HOME="$work/home" PATH=/usr/bin:/bin XDG_DATA_HOME="$work/share" ./install-desktop.sh
grep -qx "Exec=$work/pmdesk/pmdesk %f" "$work/share/applications/pmdesk.desktop"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$work/share/applications/pmdesk.desktop"
fi
env -i HOME="$work/home" PATH=/usr/bin:/bin XDG_DATA_HOME="$work/share" ./install-desktop.sh --uninstall
cp shot.png shot-de.png "$OLDPWD/build/bundle/" 2>/dev/null || true

best=""
for _ in 1 2 3 4 5; do
    t0=$(date +%s%N)
    QUIT=1 run ./pmdesk/pmdesk demo.pmdesk >/dev/null
    t1=$(date +%s%N)
    ms=$(( (t1 - t0) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; fi
done
echo "---"
echo "bundle size unpacked: $(du -sm pmdesk | cut -f1) MB; archive: $(du -m "$OLDPWD/$archive" | cut -f1) MB"
if [ -n "${build_seconds:-}" ]; then printf 'build time: %.0f s\n' "$build_seconds"; fi
echo "start to shown window (best of 5, offscreen): ${best} ms"
