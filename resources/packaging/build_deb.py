"""Wrap the frozen one-folder bundle in a Debian package with Debian's own tools.

    python resources/packaging/build_deb.py dist/timeline-app --version 0.1.0 --out dist

Layout of the package (see :func:`stage`)::

    /opt/timeline-app/                     the PyInstaller bundle
    /usr/bin/timeline-app                  -> /opt/timeline-app/timeline-app
    /usr/share/applications/ID.desktop     the launcher (Exec=timeline-app %f, the file type)
    /usr/share/applications/ID.Link.desktop  hidden launcher for timeline-app: links (%u)
    /usr/share/icons/hicolor/NxN/apps/ID.png, scalable/apps/ID.svg
    /usr/share/metainfo/ID.metainfo.xml    AppStream
    /usr/share/mime/packages/ID.xml        *.timeline.json -> application/x-timeline+json,
                                           *.timeline -> application/x-thetimelineproj+xml
    /usr/share/doc/timeline-app/copyright

``Depends`` names the packages of the libraries the bundle loads from the system (those PyInstaller
does not copy in: libc, OpenGL/EGL, Wayland; found with ``ldd`` and ``dpkg -S``) with the minimum
versions ``dpkg-shlibdeps`` computes, plus what is read as data at run time (fontconfig's
configuration and a font, the hicolor icon theme).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
REPO = PACKAGING.parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from timeline_app.desktop import (  # noqa: E402
    APP_NAME,
    DESKTOP_ID,
    EXECUTABLE,
    ICON_SIZES,
    LINK_DESKTOP_ID,
    icon_file_name,
)

PACKAGE = EXECUTABLE
INSTALL_DIR = f"/opt/{PACKAGE}"
MAINTAINER = "Timeline Viewer maintainers <timeline-viewer@users.noreply.github.com>"
HOMEPAGE = "https://github.com/timelineviewer/timeline-viewer"
DATA_DEPENDS = (
    # Read at run time by the bundled fontconfig: its configuration, and at least one font.
    "fontconfig-config",
    "fonts-dejavu-core | fonts-freefont-ttf | fonts-liberation2 | fonts-noto-core",
    # Owns the icon theme's index.theme, so the launcher finds the icon.
    "hicolor-icon-theme",
)
DESKTOP = REPO / "resources" / "desktop"
ICONS = REPO / "resources" / "icons"
DEBIAN = PACKAGING / "debian"


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def installed_files() -> dict[str, Path]:
    """Every file the package installs outside ``/opt``, with the repository file it comes from."""
    files = {
        f"usr/share/applications/{DESKTOP_ID}.desktop": DESKTOP / f"{DESKTOP_ID}.desktop",
        f"usr/share/applications/{LINK_DESKTOP_ID}.desktop": DESKTOP / f"{LINK_DESKTOP_ID}.desktop",
        f"usr/share/metainfo/{DESKTOP_ID}.metainfo.xml": DESKTOP / f"{DESKTOP_ID}.metainfo.xml",
        f"usr/share/mime/packages/{DESKTOP_ID}.xml": DESKTOP / f"{DESKTOP_ID}.mime.xml",
        f"usr/share/icons/hicolor/scalable/apps/{DESKTOP_ID}.svg": ICONS / icon_file_name(),
        f"usr/share/doc/{PACKAGE}/copyright": DEBIAN / "copyright",
    }
    for size in ICON_SIZES:
        files[f"usr/share/icons/hicolor/{size}x{size}/apps/{DESKTOP_ID}.png"] = ICONS / icon_file_name(size)
    return files


def stage(bundle: Path, root: Path) -> None:
    """Lay the package's files out under ``root`` (no DEBIAN/ yet)."""
    if not (bundle / EXECUTABLE).is_file():
        raise SystemExit(f"{bundle}: no {EXECUTABLE} in it; build the bundle first (build.py)")
    shutil.copytree(bundle, root / INSTALL_DIR.lstrip("/"), symlinks=True)
    (root / "usr/bin").mkdir(parents=True)
    (root / "usr/bin" / EXECUTABLE).symlink_to(f"{INSTALL_DIR}/{EXECUTABLE}")
    for target, source in installed_files().items():
        path = root / target
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, path)
    normalise_modes(root)


def normalise_modes(root: Path) -> None:
    """0755 for folders and executables (ELF or ``#!``), 0644 for the rest: the same whatever the umask."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
            continue
        with path.open("rb") as stream:
            head = stream.read(4)
        executable = head == b"\x7fELF" and (os.access(path, os.X_OK) or ".so" not in path.name)
        path.chmod(0o755 if executable or head[:2] == b"#!" else 0o644)


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as stream:
                if stream.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def external_libraries(bundle: Path) -> set[Path]:
    """The shared libraries the bundle loads from the system: ``ldd`` with the library path the
    bootloader sets (``_internal``), keeping what resolves outside the bundle."""
    env = dict(os.environ, LD_LIBRARY_PATH=str(bundle / "_internal"))
    found: set[Path] = set()
    for path in elf_files(bundle):
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False).stdout
        for line in out.splitlines():
            target = line.split("=>", 1)[1].strip().split(" (")[0] if "=>" in line else line.strip().split(" (")[0]
            if target.startswith("/") and not Path(target).resolve().is_relative_to(bundle.resolve()):
                found.add(Path(target))
    return found


def owning_packages(paths: set[Path]) -> set[str]:
    """Debian packages that own ``paths`` (``dpkg -S``; tries the path and its real path: merged /usr)."""
    packages: set[str] = set()
    for path in sorted(paths):
        for candidate in dict.fromkeys((str(path), str(path.resolve()), str(path).replace("/usr/lib/", "/lib/", 1))):
            done = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
            if done.returncode == 0:
                packages |= {part.split(":")[0].strip() for part in done.stdout.split(": ", 1)[0].split(",")}
                break
        else:
            raise SystemExit(f"build_deb: no Debian package owns {path}; cannot declare it in Depends")
    return packages


def library_depends(root: Path) -> list[str]:
    """``Depends`` for the libraries the bundle takes from the system (not the copies inside it).

    Which packages: those owning the libraries ``ldd`` resolves outside the bundle. Their minimum
    versions: ``dpkg-shlibdeps`` (from the symbols the bundle uses), when dpkg-dev is installed.
    """
    bundle = root / INSTALL_DIR.lstrip("/")
    packages = owning_packages(external_libraries(bundle))
    if shutil.which("dpkg-shlibdeps") is None:
        print("build_deb: dpkg-shlibdeps not found (package dpkg-dev): Depends without versions", file=sys.stderr)
        return sorted(packages)
    private = sorted({str(path.parent) for path in elf_files(bundle) if ".so" in path.name})
    with tempfile.TemporaryDirectory(prefix="shlibdeps-") as scratch:
        (Path(scratch) / "debian").mkdir()
        (Path(scratch) / "debian" / "control").write_text(
            f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: any\n", encoding="utf-8"
        )
        done = subprocess.run(
            [
                "dpkg-shlibdeps",
                "-O",
                "--ignore-missing-info",  # the bundle's own copies of libraries belong to no package
                "--warnings=0",
                *(f"-l{folder}" for folder in private),
                *(str(path) for path in elf_files(bundle)),
            ],
            cwd=scratch,
            capture_output=True,
            text=True,
            check=False,
        )
    if done.returncode != 0:
        raise SystemExit(f"dpkg-shlibdeps failed:\n{done.stderr}")
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("shlibs:Depends=")), "shlibs:Depends=")
    versioned = {}
    for entry in (part.strip() for part in line.split("=", 1)[1].split(",")):
        name = entry.split()[0] if entry else ""
        if name in packages:
            versioned[name] = entry
    return [versioned.get(name, name) for name in sorted(packages)]


def control(version: str, arch: str, installed_kib: int, depends: list[str]) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        "Recommends: desktop-file-utils, shared-mime-info\n"
        "Section: education\n"
        "Priority: optional\n"
        f"Homepage: {HOMEPAGE}\n"
        f"Description: {APP_NAME} - explore a sourced history as a zoomable timeline\n"
        " Timeline Viewer shows a history as a timeline you can zoom from decades down\n"
        " to single days. Every event says where it comes from: its sources, who said\n"
        " what, and how sure the record is. It ships with the history of the\n"
        " partnership between Azerbaijan and NATO, 1992-2021, and opens *.timeline.json\n"
        " files, the .timeline files of the program Timeline, and TimelineJS's JSON\n"
        " files and spreadsheets saved as CSV; 'timeline-app validate FILE' checks\n"
        " them.\n"
        " .\n"
        " This package holds a self-contained build (Python and Qt inside) under\n"
        f" {INSTALL_DIR}.\n"
    )


def md5sums(root: Path) -> str:
    lines = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.relative_to(root).parts:
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(root).as_posix()}\n")
    return "".join(lines)


def du_kib(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if not path.is_symlink() and path.is_file():
            total += (path.stat().st_size + 1023) // 1024
        else:
            total += 1  # dpkg counts 1 KiB for each other entry
    return total


def build(bundle: Path, version: str, out: Path, compression: str, level: int | None) -> Path:
    arch = architecture()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="timeline-deb-") as scratch:
        root = Path(scratch) / f"{PACKAGE}_{version}_{arch}"
        stage(bundle, root)
        depends = [*library_depends(root), *DATA_DEPENDS]
        installed = du_kib(root)
        debian = root / "DEBIAN"
        debian.mkdir()
        (debian / "control").write_text(control(version, arch, installed, depends), encoding="utf-8")
        (debian / "md5sums").write_text(md5sums(root), encoding="utf-8")
        shutil.copyfile(DEBIAN / "postinst", debian / "postinst")  # no postrm: see the comment in postinst
        (debian / "postinst").chmod(0o755)
        debian.chmod(0o755)
        for name in ("control", "md5sums"):
            (debian / name).chmod(0o644)
        target = out / f"{PACKAGE}_{version}_{arch}.deb"
        command = ["dpkg-deb", "--root-owner-group", f"-Z{compression}", "--build", str(root), str(target)]
        if level is not None:
            command.insert(3, f"-z{level}")
        subprocess.run(command, check=True)
        print((debian / "control").read_text(encoding="utf-8"))
    print(f"build_deb: {target} ({target.stat().st_size / 1e6:.1f} MB, installed {installed / 1024:.1f} MiB)")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the timeline-app .deb from the frozen bundle.")
    parser.add_argument("bundle", type=Path, help="the PyInstaller one-folder bundle (dist/timeline-app)")
    parser.add_argument("--version", required=True)
    parser.add_argument("--out", type=Path, default=Path("dist"))
    parser.add_argument(
        "--compression",
        choices=("zstd", "xz", "gzip"),
        default=os.environ.get("DEB_COMPRESSION", "zstd"),
        help="zstd (default; dpkg 1.21.18+, Debian 12, Ubuntu 22.04) builds in about a second, xz is about "
        "25%% smaller but takes over a minute",
    )
    parser.add_argument("--level", type=int, help="compression level (dpkg-deb -z)")
    args = parser.parse_args(argv)
    build(args.bundle.resolve(), args.version, args.out.resolve(), args.compression, args.level)
    return 0


if __name__ == "__main__":
    sys.exit(main())
