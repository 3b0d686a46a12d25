#!/usr/bin/env bash
# Wrap dist/Timeline Viewer.app in a compressed disk image with an Applications link.
#
#   bash resources/packaging/macos/make_dmg.sh VERSION        (build.py --installer runs it on a Mac)
#
# Signed-ready: with CODESIGN_IDENTITY="Developer ID Application: …" the .app is signed with the
# hardened runtime and macos/entitlements.plist, then the .dmg is signed; with NOTARY_PROFILE set
# (a `xcrun notarytool store-credentials` profile) the .dmg is notarised and stapled. Without
# them the app keeps PyInstaller's ad-hoc signature: it runs on the build Mac and, after
# right-click > Open, on others. Not testable on the project's Linux CI.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../../.." && pwd)
VERSION=${1:?usage: make_dmg.sh VERSION}
DIST=${DIST:-$REPO/dist}
APP="$DIST/Timeline Viewer.app"
DMG="$DIST/timeline-app-$VERSION-macos-$(uname -m).dmg"
[ -d "$APP" ] || { echo "make_dmg: no $APP; run build.py first" >&2; exit 1; }

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp \
        --entitlements "$HERE/entitlements.plist" --sign "$CODESIGN_IDENTITY" "$APP"
fi
codesign --verify --deep --strict --verbose=2 "$APP"

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$DMG"
hdiutil create -volname "Timeline Viewer $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
fi
echo "make_dmg: $DMG ($(du -h "$DMG" | cut -f1))"
