#!/usr/bin/env bash
# End-to-end test of the Linux installer, on a Debian 12 machine where we are root.
#
#   bash resources/packaging/e2e.sh
#
# 1. installs what it needs with apt-get (build libraries, dpkg-dev, desktop-file-utils, appstream,
#    shared-mime-info, xvfb, xdotool, gio, xdg-utils, debootstrap);
# 2. builds the frozen bundle and the .deb (build.py --deb), and a reference screenshot from the
#    installed wheel in the build environment;
# 3. installs the .deb with apt, then checks: files in place, desktop-file-validate, appstreamcli,
#    the smoke test of the installed `timeline-app` without network (--version, validate,
#    --screenshot compared with the reference), the MIME types and default handlers (ours for
#    *.timeline.json and Timeline's *.timeline; CSV and JSON not claimed at all, the reader's
#    default app staying theirs), a window launched through the .desktop entry under Xvfb, a
#    .timeline.json and a .timeline opened by their MIME types, a timeline-app: link;
# 4. removes the package with apt and checks that nothing of it remains and the desktop and MIME
#    databases are as before (no handler left for our types, none offered for CSV);
# 5. installs the .deb into a fresh minimal Debian root (debootstrap --variant=minbase, no Python)
#    and runs it there: proves Depends is complete and the bundle needs no Python.
#
# Environment: PYTHON (default python3) makes the build environment; E2E_WORK (default
# /tmp/timeline-e2e) holds everything it builds; E2E_CLEAN_ROOT=0 skips step 5;
# DEB_COMPRESSION=xz|zstd|gzip. Ends with one line "e2e: PASSED ..." or "e2e: FAILED ..." and exits
# non-zero on any failure.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
PYTHON=${PYTHON:-python3}
WORK=${E2E_WORK:-/tmp/timeline-e2e}
CLEAN_ROOT=${E2E_CLEAN_ROOT:-1}
PKG=timeline-app
ID=io.github.timelineviewer.TimelineViewer
MIME=application/x-timeline+json
TL_MIME=application/x-thetimelineproj+xml   # the desktop program Timeline's *.timeline files
TL_SRC="$REPO/tests/data/formats/timeline/ours-full.timeline"
SAMPLE_SRC="$REPO/tests/data/minimal.timeline.json"
BUNDLED_SRC="$REPO/resources/timelines/azerbaijan-nato-1992-2021.timeline.json"
STARTED=$(date +%s)
export DEBIAN_FRONTEND=noninteractive

PASSED=0
FAILED=()
XVFB_PID=""
APP_PIDS=()
CHROOT_MOUNTS=()
INSTALLED_BY_US=0

say() { printf '\n== %s\n' "$*"; }
pass() { PASSED=$((PASSED + 1)); printf 'e2e: ok   %s\n' "$1"; }
fail() { FAILED+=("$1"); printf 'e2e: FAIL %s\n' "$1"; }
# check LABEL COMMAND... : run the command, record the result, go on either way.
check() {
    local label=$1; shift
    local out
    if out=$("$@" 2>&1); then pass "$label"; else fail "$label"; printf '%s\n' "$out" | tail -15 | sed 's/^/      /'; fi
}
# expect LABEL ACTUAL EXPECTED
expect() {
    if [ "$2" = "$3" ]; then pass "$1 ($2)"; else fail "$1: got '$2', expected '$3'"; fi
}
finish() {
    local status=0 seconds=$(( $(date +%s) - STARTED ))
    if [ ${#FAILED[@]} -eq 0 ] && [ "$PASSED" -gt 0 ]; then
        printf '\ne2e: PASSED %d checks in %d s%s\n' "$PASSED" "$seconds" "${NUMBERS:+ ($NUMBERS)}"
    else
        printf '\ne2e: FAILED %d of %d checks in %d s: %s\n' "${#FAILED[@]}" $((PASSED + ${#FAILED[@]})) "$seconds" \
            "$(IFS=';'; echo "${FAILED[*]:-nothing ran}")"
        status=1
    fi
    exit $status
}
cleanup() {
    for pid in "${APP_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
    for mount in "${CHROOT_MOUNTS[@]}"; do umount -l "$mount" 2>/dev/null; done
    if [ "$INSTALLED_BY_US" = 1 ] && dpkg -s "$PKG" >/dev/null 2>&1; then
        apt-get remove -y -qq "$PKG" >/dev/null 2>&1   # never leave the package behind after a failure
    fi
}
trap cleanup EXIT
abort() { fail "$1"; finish; }

[ "$(id -u)" = 0 ] || { echo "e2e: run as root (apt-get install, dpkg, chroot)"; exit 2; }
mkdir -p "$WORK"
rm -rf "$WORK/dist" "$WORK/check"
mkdir -p "$WORK/check"

# --------------------------------------------------------------------------------------------
say "1. tools and libraries (apt-get)"
BUILD_LIBS=(libegl1 libgl1 libx11-6 libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
    libxkbcommon0 libxkbcommon-x11-0 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0
    libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libwayland-client0 libwayland-cursor0 libcups2 binutils)
TOOLS=(dpkg-dev desktop-file-utils appstream shared-mime-info hicolor-icon-theme xvfb xauth xdotool x11-utils
    libglib2.0-bin xdg-utils debootstrap util-linux)
apt-get update -qq || abort "apt-get update"
apt-get install -y -qq --no-install-recommends "${BUILD_LIBS[@]}" "${TOOLS[@]}" >"$WORK/apt-tools.log" 2>&1 \
    || { tail -20 "$WORK/apt-tools.log"; abort "apt-get install of the tools"; }
if ! "$PYTHON" -c "import ensurepip, venv" 2>/dev/null; then   # Debian's python3 keeps venv apart
    apt-get install -y -qq --no-install-recommends python3-venv >/dev/null 2>&1 || abort "apt-get install python3-venv"
fi
pass "tools installed"

# --------------------------------------------------------------------------------------------
say "2. build the bundle and the .deb"
BUILD_STARTED=$(date +%s)
"$PYTHON" "$HERE/build.py" --work "$WORK/build" --dist "$WORK/dist" --deb 2>&1 \
    | grep -v "^WARNING: Location 'file:" | tee "$WORK/build.log"
[ "${PIPESTATUS[0]}" = 0 ] || abort "build.py --deb (see $WORK/build.log)"
BUILD_SECONDS=$(( $(date +%s) - BUILD_STARTED ))
DEB=$(ls "$WORK"/dist/${PKG}_*.deb 2>/dev/null | head -1)
[ -f "$DEB" ] || abort "no .deb in $WORK/dist"
pass "bundle and .deb built in ${BUILD_SECONDS} s"
BUNDLE_MB=$(du -sm "$WORK/dist/$PKG" | cut -f1)
DEB_MB=$(( ($(stat -c %s "$DEB") + 524288) / 1048576 ))
VENV_PY="$WORK/build/venv/bin/python"

cp "$SAMPLE_SRC" "$WORK/check/sample.timeline.json"
SAMPLE="$WORK/check/sample.timeline.json"
# The app titles a Timeline file by its name: a name no other window's title contains.
TL_SAMPLE="$WORK/check/thetimelineproj-sample.timeline"
cp "$TL_SRC" "$TL_SAMPLE"
title_of() { "$VENV_PY" -c 'import json, sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["title"])' "$1"; }
SAMPLE_TITLE=$(title_of "$SAMPLE")
BUNDLED_TITLE=$(title_of "$BUNDLED_SRC")
# The reference: the same program from the installed wheel (not frozen), for the screenshot comparison.
# (From another folder: in the checkout, `-m timeline_app` would import the source tree instead.)
(cd "$WORK/check" && QT_QPA_PLATFORM=offscreen "$VENV_PY" -m timeline_app --screenshot reference.png --size 1280x800) \
    >"$WORK/check/reference.log" 2>&1 || { cat "$WORK/check/reference.log"; abort "reference screenshot from the wheel"; }

dpkg-deb -x "$DEB" "$WORK/check/tree"
check "appstreamcli validate-tree on the package's files" appstreamcli validate-tree --no-net "$WORK/check/tree"
check "the control file declares the libraries as Depends" bash -c "dpkg-deb -f '$DEB' Depends | grep -q 'libc6 (>= '"

# --------------------------------------------------------------------------------------------
say "3. install with apt and check the installed program"
dpkg -s "$PKG" >/dev/null 2>&1 && { apt-get remove -y -qq "$PKG" >/dev/null 2>&1 || abort "remove an old $PKG"; }
# The state to come back to: caches regenerated once, so that later regenerations compare equal.
update-desktop-database -q /usr/share/applications
update-mime-database /usr/share/mime
[ -f /usr/share/icons/hicolor/icon-theme.cache ] && gtk-update-icon-cache -q -t -f /usr/share/icons/hicolor
snapshot() {
    {
        find /opt /usr/bin /usr/share/applications /usr/share/icons/hicolor /usr/share/mime /usr/share/metainfo \
            /usr/share/doc /etc -xdev -printf '%y %p\n' 2>/dev/null | sort
        find /usr/share/applications /usr/share/mime -maxdepth 1 -type f -exec sha256sum {} + | sort -k2
        [ -f /usr/share/icons/hicolor/icon-theme.cache ] && sha256sum /usr/share/icons/hicolor/icon-theme.cache
        dpkg-query -W -f '${Package} ${Version} ${db:Status-Abbrev}\n' | grep -v "^$PKG " | sort
    } >"$1"
}
# Dependencies first, so that the comparison after removal is about the package alone (step 5
# checks on a fresh root that apt pulls them in by itself).
DEPS=$(dpkg-deb -f "$DEB" Depends | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/ //g' | grep -v '^$' | tr '\n' ' ')
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $DEPS >/dev/null 2>&1 || abort "apt-get install of the Depends: $DEPS"
snapshot "$WORK/check/before.txt"
NEW_PACKAGES=$(apt-get install -s "$DEB" 2>/dev/null | awk '/^Inst /{print $2}' | grep -vx "$PKG" | tr '\n' ' ')
INSTALL_STARTED=$(date +%s)
if apt-get install -y "$DEB" >"$WORK/apt-install.log" 2>&1; then
    INSTALLED_BY_US=1
    pass "apt-get install ./$(basename "$DEB") in $(( $(date +%s) - INSTALL_STARTED )) s (pulled: ${NEW_PACKAGES:-nothing new})"
else
    tail -20 "$WORK/apt-install.log"; abort "apt-get install of the .deb"
fi
INSTALLED_MB=$(du -sm /opt/$PKG | cut -f1)
dpkg -L "$PKG" | sort >"$WORK/check/files.txt"

expect "timeline-app on the PATH" "$(command -v timeline-app)" "/usr/bin/timeline-app"
expect "it is the bundle" "$(readlink -f /usr/bin/timeline-app)" "/opt/$PKG/$PKG"
for f in /usr/share/applications/$ID.desktop /usr/share/applications/$ID.Link.desktop \
         /usr/share/metainfo/$ID.metainfo.xml /usr/share/mime/packages/$ID.xml \
         /usr/share/icons/hicolor/scalable/apps/$ID.svg /usr/share/icons/hicolor/16x16/apps/$ID.png \
         /usr/share/icons/hicolor/512x512/apps/$ID.png /usr/share/doc/$PKG/copyright; do
    check "installed $f" test -s "$f"
done
check "desktop-file-validate" desktop-file-validate /usr/share/applications/$ID.desktop /usr/share/applications/$ID.Link.desktop
check "appstreamcli validate" appstreamcli validate --no-net /usr/share/metainfo/$ID.metainfo.xml

NET=()
if unshare -n true 2>/dev/null; then NET=(unshare -n); fi
check "installed program: smoke test ${NET[*]:+without network }(version, validate, screenshots vs reference)" \
    "$VENV_PY" "$HERE/smoke.py" --expect-version "$(dpkg-deb -f "$DEB" Version)" \
    --reference "$WORK/check/reference.png" --keep "$WORK/check/installed-screenshots" -- "${NET[@]}" /usr/bin/timeline-app
check "validate the bundled timeline with the installed program" \
    timeline-app validate "/opt/$PKG/_internal/timeline_app/resources/timelines/azerbaijan-nato-1992-2021.timeline.json"

# Desktop integration, with a private home so the machine's own preferences cannot interfere.
export HOME="$WORK/check/home" XDG_CONFIG_HOME="$WORK/check/home/.config" XDG_DATA_HOME="$WORK/check/home/.local/share"
export XDG_CACHE_HOME="$WORK/check/home/.cache" XDG_DATA_DIRS=/usr/local/share:/usr/share XDG_RUNTIME_DIR="$WORK/check/run"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM
# The type as file managers see it: GIO reads shared-mime-info. (`xdg-mime query filetype` outside a
# desktop session asks file(1), which knows only JSON.)
content_type() { gio info -a standard::content-type "$1" | awk '/standard::content-type/{print $2}'; }
expect "MIME type of a .timeline.json (gio, shared-mime-info)" "$(content_type "$SAMPLE")" "$MIME"
expect "MIME type by content for a file without extension (gio)" \
    "$(cp "$SAMPLE" "$WORK/check/downloaded-timeline"; content_type "$WORK/check/downloaded-timeline")" "$MIME"
expect "default app for $MIME" "$(xdg-mime query default $MIME)" "$ID.desktop"
expect "default app for timeline-app: links" "$(xdg-mime query default x-scheme-handler/timeline-app)" "$ID.Link.desktop"
expect "MIME type of a Timeline .timeline (gio, shared-mime-info)" "$(content_type "$TL_SAMPLE")" "$TL_MIME"
expect "MIME type by content for a Timeline file without extension (gio)" \
    "$(cp "$TL_SAMPLE" "$WORK/check/downloaded-thetimelineproj"; content_type "$WORK/check/downloaded-thetimelineproj")" "$TL_MIME"
expect "default app for $TL_MIME" "$(xdg-mime query default $TL_MIME)" "$ID.desktop"

# CSV and JSON (TimelineJS's files have no type of their own): the app does not list them, so a
# desktop with no default chosen never falls back to it for every CSV or JSON file.
# registered TYPE: the apps GIO offers for the type ("Open With"), one a line.
registered() { gio mime "$1" | awk '/^Registered applications:/{on = 1; next} /^[^\t]/{on = 0} on {print $1}'; }
offered() { registered "$1" | grep -qxF "$ID.desktop"; }
offered_for_none() { ! offered text/csv && ! offered application/json; }
gio_default() { gio mime "$1" | sed -n 's/^Default application for .*: //p'; }
check "\"Open With\" does not list $ID.desktop for every CSV and JSON file" offered_for_none
for type in text/csv application/json; do
    fallback=$(xdg-mime query default "$type")
    check "no fallback to $ID.desktop for $type (xdg-mime: '$fallback')" test "$fallback" != "$ID.desktop"
done
ROOT_HOME=$(getent passwd root | cut -d: -f6)
# no_default_set: no file where defaults are set names our entry. Those files (mime-apps spec):
# mimeapps.list in the config and data folders, and the old defaults.list; system-wide, and root's
# own, where a postinst running `xdg-mime default` would write (HOME was root's then).
no_default_set() {
    local list named=0
    for list in /etc/xdg/*mimeapps.list /usr/share/applications/*mimeapps.list /usr/share/applications/*defaults.list \
        /usr/local/share/applications/*mimeapps.list "$ROOT_HOME"/.config/*mimeapps.list \
        "$ROOT_HOME"/.local/share/applications/*mimeapps.list; do
        if [ -f "$list" ] && grep -F "$ID" "$list"; then echo "$list names $ID"; named=1; fi
    done
    return $named
}
check "no mimeapps.list or defaults.list names $ID (the package sets no default)" no_default_set
# The reader's desktop: an app of theirs for CSV and JSON, their default. Checked again after the
# launches below: neither installing nor using the app may take CSV or JSON files from it.
READERS_APP=org.example.ReadersDataApp.desktop
mkdir -p "$XDG_DATA_HOME/applications"
cat >"$XDG_DATA_HOME/applications/$READERS_APP" <<'END'
[Desktop Entry]
Type=Application
Name=The reader's spreadsheet and editor
Exec=true %f
MimeType=text/csv;application/json;
END
update-desktop-database -q "$XDG_DATA_HOME/applications"
printf '[Default Applications]\ntext/csv=%s\napplication/json=%s\n' "$READERS_APP" "$READERS_APP" >"$XDG_CONFIG_HOME/mimeapps.list"

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$WORK/check/display" 2>"$WORK/check/xvfb.log" &
XVFB_PID=$!
for _ in $(seq 50); do [ -s "$WORK/check/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$WORK/check/display")"
check "Xvfb on $DISPLAY" xdpyinfo

# wait_window TEXT: the id of a visible timeline-app window whose title contains TEXT, within 30 s.
wait_window() {
    local deadline=$(( $(date +%s) + 30 )) id
    while [ "$(date +%s)" -lt "$deadline" ]; do
        id=$(xdotool search --onlyvisible --classname '^timeline-app$' 2>/dev/null | while read -r w; do
                xdotool getwindowname "$w" 2>/dev/null | grep -qF -- "$1" && echo "$w"; done | head -1)
        [ -n "$id" ] && { echo "$id"; return 0; }
        sleep 0.3
    done
    return 1
}
# window_checks LABEL WINDOW EXPECTED-ARGUMENT: class, title, size, process, then close it.
window_checks() {
    local label=$1 win=$2 arg=$3 pid geometry
    pid=$(xdotool getwindowpid "$win" 2>/dev/null)
    [ -n "$pid" ] && APP_PIDS+=("$pid")
    expect "$label: WM_CLASS matches StartupWMClass" \
        "$(xprop -id "$win" WM_CLASS | sed 's/.*= //')" '"timeline-app", "Timeline Viewer"'
    check "$label: window title names the app" bash -c "xdotool getwindowname $win | grep -q 'Timeline Viewer'"
    check "$label: window carries the app icon (_NET_WM_ICON)" bash -c "xprop -id $win _NET_WM_ICON | grep -q 'Icon (16 x 16)'"
    geometry=$(xwininfo -id "$win" | awk '/Width:/{w=$2} /Height:/{h=$2} /Map State:/{m=$3} END{print w"x"h" "m}')
    check "$label: window mapped and sized ($geometry)" bash -c "[[ '$geometry' =~ ^([0-9]+)x([0-9]+)\ IsViewable$ ]] && (( BASH_REMATCH[1] >= 400 && BASH_REMATCH[2] >= 300 ))"
    expect "$label: process is the installed bundle" "$(readlink -f "/proc/$pid/exe" 2>/dev/null)" "/opt/$PKG/$PKG"
    if [ -n "$arg" ]; then
        check "$label: launched with $arg" bash -c "tr '\\0' '\\n' </proc/$pid/cmdline | grep -qxF -- '$arg'"
    fi
    xdotool windowclose "$win" 2>/dev/null
    [ -n "$pid" ] && { kill "$pid" 2>/dev/null; for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done; }
}

gio launch "/usr/share/applications/$ID.desktop" >"$WORK/check/launch.log" 2>&1
if WIN=$(wait_window "$BUNDLED_TITLE"); then
    pass "launched through $ID.desktop (gio launch): window $WIN shows the bundled timeline"
    window_checks ".desktop launch" "$WIN" ""
else
    fail "launched through $ID.desktop (gio launch): no window with the bundled timeline within 30 s"
    tail -5 "$WORK/check/launch.log"
fi

gio open "$SAMPLE" >"$WORK/check/open.log" 2>&1
if WIN=$(wait_window "$SAMPLE_TITLE"); then
    pass "opened $(basename "$SAMPLE") by its MIME type (gio open): window $WIN shows it"
    window_checks "MIME open" "$WIN" "$SAMPLE"
else
    fail "opened $(basename "$SAMPLE") by its MIME type (gio open): no window titled '$SAMPLE_TITLE' within 30 s"
    tail -5 "$WORK/check/open.log"
fi

LINK="timeline-app://open?file=$SAMPLE"
# Does the program itself understand links yet? (cli.main must expand them; see timeline_app.desktop.)
LINKS=0
timeline-app "$LINK" --screenshot "$WORK/check/link.png" --size 800x600 2>/dev/null | grep -q "of $SAMPLE_TITLE" && LINKS=1
xdg-open "$LINK" >"$WORK/check/link.log" 2>&1 &   # generic xdg-open waits for the program: keep it aside
if [ "$LINKS" = 1 ]; then
    if WIN=$(wait_window "$SAMPLE_TITLE"); then
        pass "opened a timeline-app: link (xdg-open): window $WIN shows the linked file"
        window_checks "link" "$WIN" "$LINK"
    else
        fail "opened a timeline-app: link (xdg-open): no window titled '$SAMPLE_TITLE' within 30 s"; tail -5 "$WORK/check/link.log"
    fi
elif WIN=$(wait_window "Timeline Viewer"); then
    pass "opened a timeline-app: link (xdg-open): the link handler started the app (window $WIN)"
    echo "e2e: note: the program does not read timeline-app: links yet (cli.main should call desktop.expand_link_arguments)"
    window_checks "link" "$WIN" "$LINK"
else
    fail "opened a timeline-app: link (xdg-open): no window within 30 s"; tail -5 "$WORK/check/link.log"
fi
gio open "$TL_SAMPLE" >"$WORK/check/open-timeline.log" 2>&1
TL_TITLE=$(basename "$TL_SAMPLE" .timeline)
if WIN=$(wait_window "$TL_TITLE"); then
    pass "opened $(basename "$TL_SAMPLE") by its MIME type $TL_MIME (gio open): window $WIN shows it"
    window_checks "Timeline file open" "$WIN" "$TL_SAMPLE"
else
    fail "opened $(basename "$TL_SAMPLE") by its MIME type (gio open): no window titled '$TL_TITLE' within 30 s"
    tail -5 "$WORK/check/open-timeline.log"
fi
kill "$XVFB_PID" 2>/dev/null; XVFB_PID=""
for type in text/csv application/json; do
    expect "default app for $type is still the reader's, not $ID.desktop (xdg-mime)" "$(xdg-mime query default $type)" "$READERS_APP"
    expect "default app for $type is still the reader's (gio)" "$(gio_default $type)" "$READERS_APP"
done

# --------------------------------------------------------------------------------------------
say "4. remove with apt: nothing of it may remain"
if apt-get remove -y "$PKG" >"$WORK/apt-remove.log" 2>&1; then
    pass "apt-get remove $PKG"
else
    tail -20 "$WORK/apt-remove.log"; fail "apt-get remove $PKG"
fi
STATE=$(dpkg-query -W -f '${db:Status-Abbrev}' "$PKG" 2>/dev/null | tr -d ' ')
check "package fully gone from dpkg (state '${STATE:-none: not known to dpkg}')" bash -c "[ -z '$STATE' ] || [ '$STATE' = un ]"
# Left behind = still there, owned by no other package, and not there before the install (like /opt).
LEFT=$(while read -r f; do
    [ "$f" = /. ] && continue
    { [ -e "$f" ] || [ -L "$f" ]; } && ! dpkg -S "$f" >/dev/null 2>&1 && ! awk -v p="$f" '$2 == p {found = 1} END {exit !found}' "$WORK/check/before.txt" \
        && echo "$f"
done <"$WORK/check/files.txt")
check "every file of the package removed" test -z "$LEFT"
[ -n "$LEFT" ] && printf '      left: %s\n' $LEFT | head -10
check "no /opt/$PKG, no /usr/bin/timeline-app" bash -c "[ ! -e /opt/$PKG ] && [ ! -e /usr/bin/timeline-app ]"
expect "no MIME type for .timeline.json any more" "$(content_type "$SAMPLE")" "application/json"
expect "no MIME type for a Timeline .timeline any more" "$(content_type "$TL_SAMPLE")" "application/xml"
expect "no handler for $TL_MIME" "$(xdg-mime query default $TL_MIME)" ""
check "\"Open With\" no longer offers $ID.desktop for CSV or JSON" offered_for_none
expect "no handler for $MIME" "$(xdg-mime query default $MIME)" ""
expect "no handler for timeline-app: links" "$(xdg-mime query default x-scheme-handler/timeline-app)" ""
snapshot "$WORK/check/after.txt"
if diff -u "$WORK/check/before.txt" "$WORK/check/after.txt" >"$WORK/check/state.diff"; then
    pass "system state (files in /opt /usr/bin /usr/share/{applications,icons,mime,metainfo,doc} /etc, caches, dpkg) as before"
else
    fail "system state differs from before the install"; head -20 "$WORK/check/state.diff" | sed 's/^/      /'
fi
INSTALLED_BY_US=0

# --------------------------------------------------------------------------------------------
if [ "$CLEAN_ROOT" = 1 ]; then
    say "5. a fresh minimal Debian 12 without Python: apt install the .deb there and run it"
    ROOT="$WORK/minbase"
    MIRROR=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null)
    MIRROR=${MIRROR:-http://deb.debian.org/debian}
    if [ ! -f "$WORK/minbase.tar" ]; then
        rm -rf "$ROOT"
        if debootstrap --variant=minbase bookworm "$ROOT" "$MIRROR" >"$WORK/debootstrap.log" 2>&1; then
            tar -C "$ROOT" -cf "$WORK/minbase.tar" . && pass "debootstrap minbase bookworm"
        else
            tail -5 "$WORK/debootstrap.log"; fail "debootstrap minbase bookworm"
        fi
    else
        rm -rf "$ROOT"; mkdir -p "$ROOT"; tar -C "$ROOT" -xf "$WORK/minbase.tar" && pass "minimal root from $WORK/minbase.tar"
    fi
    if [ -x "$ROOT/usr/bin/apt-get" ]; then
        cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
        for m in proc dev; do mount --bind "/$m" "$ROOT/$m" && CHROOT_MOUNTS+=("$ROOT/$m"); done
        cp "$DEB" "$ROOT/tmp/"; cp "$SAMPLE" "$ROOT/tmp/sample.timeline.json"
        in_root() { chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
        check "no Python in the minimal root" bash -c "! chroot '$ROOT' sh -c 'ls /usr/bin/python* /usr/local/bin/python*' >/dev/null 2>&1"
        if in_root sh -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/$(basename "$DEB")" \
            >"$WORK/apt-minbase.log" 2>&1; then
            pass "apt-get install in the minimal root ($(grep -c '^Setting up' "$WORK/apt-minbase.log") packages set up)"
            check "minimal root: timeline-app --version" in_root "${NET[@]}" timeline-app --version
            check "minimal root: timeline-app validate" in_root "${NET[@]}" timeline-app validate /tmp/sample.timeline.json
            check "minimal root: --screenshot offscreen, no network" \
                in_root QT_QPA_PLATFORM=offscreen "${NET[@]}" timeline-app --screenshot /tmp/shot.png --size 1280x800
            check "minimal root: the screenshot shows the timeline" "$VENV_PY" -c "
import sys; sys.path.insert(0, '$HERE')
from pathlib import Path
import smoke
problems = smoke.image_problems(smoke.read_png(Path('$ROOT/tmp/shot.png')), smoke.SIZE)
diff = smoke.difference(smoke.read_png(Path('$ROOT/tmp/shot.png')), smoke.read_png(Path('$WORK/check/reference.png')))
print(problems, diff); sys.exit(1 if problems or diff > 8 else 0)"
            check "minimal root: apt-get remove leaves no /opt/$PKG" \
                bash -c "chroot '$ROOT' apt-get remove -y -qq $PKG >/dev/null 2>&1 && [ ! -e '$ROOT/opt/$PKG' ]"
        else
            tail -20 "$WORK/apt-minbase.log"; fail "apt-get install in the minimal root"
        fi
        for mount in "${CHROOT_MOUNTS[@]}"; do umount -l "$mount"; done; CHROOT_MOUNTS=()
        rm -rf "$ROOT"
    fi
fi

NUMBERS="bundle ${BUNDLE_MB} MB, .deb ${DEB_MB} MB, installed ${INSTALLED_MB:-?} MB, build ${BUILD_SECONDS} s"
finish
