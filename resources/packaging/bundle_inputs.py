"""What goes into the frozen app: one list of inputs for the Linux, Windows and macOS specs.

The three ``timeline-app-*.spec`` files import this module, so the entry script, the data files,
the hidden imports and the Qt parts left out stay the same on every platform; only the
platform's own file names (``.so``/``.dll``/``.dylib``) differ in :data:`DROP_BINARIES`.

Data files are taken from the *installed* package ``timeline_app.resources`` (the build
installs the project into a clean virtual environment first), so the bundle holds exactly
what ``pip install`` would give, and the build stops if a required file is missing.

This module imports neither PyInstaller nor Qt at the top, so tests can read the lists.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import Any

from timeline_app.desktop import (
    APP_NAME,
    DESKTOP_ID,
    EXECUTABLE,
    ICON_SIZES,
    THETIMELINEPROJ_GLOB,
    THETIMELINEPROJ_MIME_TYPE,
    URL_SCHEME,
    icon_file_name,
)
from timeline_app.domain.bundled import BUNDLED_TIMELINE_NAME, RESOURCES_PACKAGE, SCHEMA_NAME

PACKAGING = Path(__file__).resolve().parent
ICONS = PACKAGING.parent / "icons"
ENTRY_SCRIPT = str(PACKAGING / "launcher.py")
DISTRIBUTION = "timeline-viewer"
"""The distribution whose metadata is copied in: ``timeline_app.__version__`` reads it."""
WINDOWS_ICON = str(ICONS / f"{DESKTOP_ID}.ico")
MACOS_ICON = str(ICONS / f"{DESKTOP_ID}.icns")
MACOS_APP = f"{APP_NAME}.app"
MACOS_THETIMELINEPROJ_UTI = "net.sourceforge.thetimelineproj.timeline"
"""The UTI of the desktop program Timeline's ``.timeline`` files, named for the program's own site
(the format is Timeline's: the app imports the declaration, it does not export it)."""
MACOS_DOCUMENT_TYPES = (
    # LaunchServices ranks the apps for a type Owner > Default > Alternate and opens a file with the
    # highest; the reader's own choice ("Change All…") always wins.
    {
        # Timeline's files: an opener (Default), not their creator (Owner): Timeline itself would
        # be that, and keeps them if it is installed.
        "CFBundleTypeName": "Timeline document",
        "CFBundleTypeRole": "Viewer",
        "LSHandlerRank": "Default",
        "LSItemContentTypes": [MACOS_THETIMELINEPROJ_UTI],
    },
    {
        # *.timeline.json and TimelineJS's JSON: macOS goes by the last extension, so the app offers
        # itself for JSON files ("Open With") without becoming their default.
        "CFBundleTypeName": "Timeline",
        "CFBundleTypeRole": "Viewer",
        "LSHandlerRank": "Alternate",
        "LSItemContentTypes": ["public.json"],
    },
    {
        # TimelineJS spreadsheets saved as CSV: offered, every other CSV stays with the spreadsheet.
        "CFBundleTypeName": "TimelineJS spreadsheet",
        "CFBundleTypeRole": "Viewer",
        "LSHandlerRank": "Alternate",
        "LSItemContentTypes": ["public.comma-separated-values-text"],
    },
)
MACOS_IMPORTED_TYPES = (
    {
        "UTTypeIdentifier": MACOS_THETIMELINEPROJ_UTI,
        "UTTypeDescription": "Timeline document",
        "UTTypeConformsTo": ["public.xml"],
        "UTTypeTagSpecification": {
            "public.filename-extension": [THETIMELINEPROJ_GLOB.removeprefix("*.")],
            "public.mime-type": [THETIMELINEPROJ_MIME_TYPE],
        },
    },
)

REQUIRED_RESOURCES = (
    f"timelines/{BUNDLED_TIMELINE_NAME}",
    f"schema/{SCHEMA_NAME}",
    f"icons/{icon_file_name()}",
    *(f"icons/{icon_file_name(size)}" for size in ICON_SIZES),
)
"""Files (relative to ``timeline_app.resources``) the frozen app cannot do without."""
OPTIONAL_RESOURCE_GLOBS = ("timelines/*.json", "translations/*.qm")
"""Taken when present: more timelines, and the app's translations (compiled into the wheel, not in the checkout)."""
TRANSLATIONS = tuple(f"translations/timeline_app_{code}.qm" for code in ("en", "az", "ru"))
"""The UI's translations: the build installs the wheel, whose build compiles them (``setup.py``); required there."""

HIDDEN_IMPORTS = (
    "timeline_app.resources",  # a data-only package found through importlib.resources, never imported
    "timeline_app.app",  # imported inside cli.main() once the arguments are parsed
)
EXCLUDED_MODULES = (
    # Standard library the app never uses.
    "tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "xmlrpc",
    "sqlite3",
    "lib2to3",
    "idlelib",
    "ensurepip",
    "distutils",
    "setuptools",
    "pkg_resources",
    "pip",
    # Qt modules beyond QtCore, QtGui, QtWidgets, QtSvg (SVG export) and QtPrintSupport (File → Print).
    "PySide6.QtNetwork",
    "PySide6.QtDBus",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvgWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
)

_COMMON_DROPS = (
    # Qt's own translations, but for the Russian of its standard dialogs' buttons (Qt has no Azerbaijani):
    # the app speaks English, Azerbaijani and Russian (saves 14 MB; qtbase alone is 5.8 MB).
    r"PySide6/(Qt/)?translations/(?!qtbase_ru\.qm$)",
    # Plugins for things the app does not do: networking/TLS, SQL, QML, extra image formats. The
    # printsupport plugin stays: it lists the system's printers (CUPS on Linux) in File → Print.
    r"PySide6/(Qt/)?plugins/(tls|networkinformation|sqldrivers|qmltooling|qmllint|designer"
    r"|generic|iconengines|vectorimageformats|egldeviceintegrations)/",
    r"PySide6/(Qt/)?plugins/imageformats/(lib)?q(svg|tiff|webp|icns|tga|wbmp|pdf)[^/]*$",
    r"PySide6/(Qt/)?plugins/platforminputcontexts/(lib)?qtvirtualkeyboardplugin",
)
DROP_BINARIES: dict[str, tuple[str, ...]] = {
    "linux": (
        *_COMMON_DROPS,
        # Platforms: keep xcb (X11 and XWayland), wayland, offscreen and minimal.
        r"PySide6/Qt/plugins/platforms/libq(eglfs|linuxfb|minimalegl|vnc|vkkhrdisplay)\.so",
        # The GTK platform theme would pull in GTK 3, cairo, pango and atk (about 20 MB).
        r"PySide6/Qt/plugins/platformthemes/libqgtk3\.so",
        # Native Wayland stays (xdg-shell, the adwaita and bradient title bars); the OpenGL buffer
        # integrations and the compositor side go: the widgets draw in shared memory.
        r"PySide6/Qt/plugins/wayland-graphics-integration-(client|server)/",
        r"PySide6/Qt/plugins/wayland-shell-integration/lib(fullscreen-shell-v1|ivi-shell|wl-shell-plugin|qt-shell)\.so",
        r"(PySide6/Qt/lib/)?libQt6(EglFSDeviceIntegration|EglFsKmsSupport|WlShellIntegration|Network|OpenGL"
        r"|Pdf|Qml|QmlMeta|QmlModels|QmlWorkerScript|Quick|VirtualKeyboard)\.so",
        r"^lib(gtk-3|gdk-3|gdk_pixbuf-2\.0|atk-1\.0|atk-bridge-2\.0|atspi|cairo|cairo-gobject|pango-1\.0"
        r"|pangocairo-1\.0|pangoft2-1\.0|epoxy|Xcomposite|Xcursor|Xdamage|Xi|Xinerama|Xrandr|fribidi|thai"
        r"|datrie|pixman-1|crypto|ssl|gssapi_krb5|krb5|k5crypto|krb5support|keyutils|com_err|jpeg)\.so",
    ),
    "win32": (
        *_COMMON_DROPS,
        r"PySide6/(Qt/)?plugins/platforms/q(direct2d)\.dll",
        r"PySide6/opengl32sw\.dll",  # 20 MB software OpenGL: QtWidgets does not need it
        r"PySide6/Qt6(Network|OpenGL|Pdf|Qml|QmlMeta|QmlModels|QmlWorkerScript|Quick|VirtualKeyboard)\.dll",
    ),
    "darwin": (
        *_COMMON_DROPS,
        r"PySide6/Qt/lib/Qt(Network|OpenGL|Pdf|Qml|QmlMeta|QmlModels|QmlWorkerScript|Quick|VirtualKeyboard)"
        r"\.framework/",
    ),
}

STRIP = {"linux": True, "win32": False, "darwin": False}
"""Strip symbols on Linux (pyenv's libpython alone shrinks from 22 to 5.5 MB); not on Windows
(no ``strip``) nor on macOS (it would break code signatures)."""


def macos_info_plist(version: str) -> dict[str, Any]:
    """The ``Info.plist`` entries of ``Timeline Viewer.app`` (the spec's ``BUNDLE(info_plist=…)``)."""
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "LSApplicationCategoryType": "public.app-category.education",
        "LSMinimumSystemVersion": "12.0",
        "NSHighResolutionCapable": True,
        "NSHumanReadableCopyright": "Timeline Viewer maintainers, MIT licence",
        "CFBundleDocumentTypes": list(MACOS_DOCUMENT_TYPES),
        "UTImportedTypeDeclarations": list(MACOS_IMPORTED_TYPES),
        "CFBundleURLTypes": [{"CFBundleURLName": f"{DESKTOP_ID}.link", "CFBundleURLSchemes": [URL_SCHEME]}],
    }


def version() -> str:
    """The version of the installed project being frozen."""
    from importlib.metadata import version as installed_version

    return installed_version(DISTRIBUTION)


def resources_folder() -> Path:
    """Where ``timeline_app.resources`` is installed in the environment that runs the build."""
    spec = importlib.util.find_spec(RESOURCES_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit(f"{RESOURCES_PACKAGE} is not installed: install the project before freezing it")
    return Path(next(iter(spec.submodule_search_locations)))


def resource_files(folder: Path | None = None, *, installed: bool = False) -> list[tuple[Path, str]]:
    """``(file, relative path)`` for every resource that goes into the bundle; stops if one is missing.

    ``installed``: ``folder`` is the installed package, which must hold the compiled translations too.
    """
    folder = resources_folder() if folder is None else folder
    required = (*REQUIRED_RESOURCES, *TRANSLATIONS) if installed else REQUIRED_RESOURCES
    missing = [name for name in required if not (folder / name).is_file()]
    if missing:
        raise SystemExit(
            f"missing from {folder}: {', '.join(missing)} "
            "(is the file in resources/ and matched by package-data in pyproject.toml?)"
        )
    chosen = {name: folder / name for name in REQUIRED_RESOURCES}
    for pattern in OPTIONAL_RESOURCE_GLOBS:
        for path in sorted(folder.glob(pattern)):
            chosen.setdefault(path.relative_to(folder).as_posix(), path)
    return [(path, name) for name, path in sorted(chosen.items())]


def datas() -> list[tuple[str, str]]:
    """PyInstaller ``datas``: the resources under ``timeline_app/resources/`` plus the dist-info metadata."""
    from PyInstaller.utils.hooks import copy_metadata

    target = RESOURCES_PACKAGE.replace(".", "/")
    entries = [(str(path), str(Path(target, name).parent)) for path, name in resource_files(installed=True)]
    return entries + list(copy_metadata(DISTRIBUTION))


def drop_pattern(platform: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{d})" for d in DROP_BINARIES[platform]))


def slim(toc: list[tuple[str, str, str]], platform: str) -> list[tuple[str, str, str]]:
    """A PyInstaller TOC without the Qt parts this app does not use (paths compared with ``/``)."""
    pattern = drop_pattern(platform)
    return [entry for entry in toc if not pattern.search(entry[0].replace("\\", "/"))]


__all__ = [
    "APP_NAME",
    "DESKTOP_ID",
    "ENTRY_SCRIPT",
    "EXCLUDED_MODULES",
    "EXECUTABLE",
    "HIDDEN_IMPORTS",
    "MACOS_APP",
    "MACOS_DOCUMENT_TYPES",
    "MACOS_ICON",
    "MACOS_IMPORTED_TYPES",
    "STRIP",
    "URL_SCHEME",
    "WINDOWS_ICON",
    "datas",
    "macos_info_plist",
    "slim",
    "version",
]
