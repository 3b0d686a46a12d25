"""Build the frozen app (PyInstaller, one folder) and, on Linux, the .deb installer.

    python resources/packaging/build.py            # dist/timeline-app/ + smoke test
    python resources/packaging/build.py --deb      # ... + dist/timeline-app_VERSION_ARCH.deb

Steps, each printed with its time:

1. a clean virtual environment (``build/venv``) with the pinned tools of
   ``requirements-build.txt`` and the project itself installed as a wheel would be (not editable);
2. PyInstaller with the platform's spec (``timeline-app-{linux,windows,macos}.spec``, all sharing
   ``bundle_inputs.py``) into ``dist/``;
3. the smoke test (``smoke.py``) on the frozen program, offscreen;
4. with ``--deb``: the Debian package (``build_deb.py``, dpkg-deb).

Everything it writes is under ``build/`` and ``dist/`` (both ignored by git) unless told otherwise.
The same command runs on Windows and macOS (the hosted CI workflow uses it); ``--deb`` is Linux only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
REPO = PACKAGING.parents[1]
SPECS = {"linux": "timeline-app-linux.spec", "win32": "timeline-app-windows.spec", "darwin": "timeline-app-macos.spec"}


def platform_key() -> str:
    return "linux" if sys.platform.startswith("linux") else sys.platform


def project_version() -> str:
    with (REPO / "pyproject.toml").open("rb") as stream:
        return str(tomllib.load(stream)["project"]["version"])


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def frozen_program(dist: Path) -> Path:
    """The frozen executable that answers on the console (for the smoke test)."""
    if platform_key() == "win32":
        return dist / "timeline-app" / "timeline-app-cli.exe"
    if platform_key() == "darwin":
        return dist / "Timeline Viewer.app" / "Contents" / "MacOS" / "timeline-app"
    return dist / "timeline-app" / "timeline-app"


def source_date_epoch() -> str:
    """The last commit's time (reproducible timestamps in .pyc files and the .deb), or now."""
    try:
        out = subprocess.run(
            ["git", "-C", str(REPO), "log", "-1", "--format=%ct"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        out = ""
    return out or str(int(time.time()))


class Steps:
    def __init__(self) -> None:
        self.started = time.monotonic()
        self.times: list[tuple[str, float]] = []

    def run(self, label: str, command: list[str], **kwargs: object) -> None:
        print(f"\n== {label}: {' '.join(str(c) for c in command)}", flush=True)
        started = time.monotonic()
        subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]
        self.times.append((label, time.monotonic() - started))

    def report(self) -> str:
        parts = ", ".join(f"{label} {seconds:.1f} s" for label, seconds in self.times)
        return f"{parts}; total {time.monotonic() - self.started:.1f} s"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def unresolved_libraries(bundle: Path) -> list[str]:
    """``ldd`` over every ELF file of a Linux bundle, as the bootloader sets the library path."""
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))
    missing = []
    for path in sorted(bundle.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as stream:
            if stream.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False).stdout
        missing += [f"{path.relative_to(bundle)}: {line.strip()}" for line in out.splitlines() if "not found" in line]
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Freeze Timeline Viewer with PyInstaller; build the .deb.")
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=REPO / "build", help="work folder (default build/)")
    parser.add_argument("--venv", type=Path, help="build environment (default WORK/venv, made if missing)")
    parser.add_argument("--python", default=sys.executable, help="interpreter for a new build environment")
    parser.add_argument("--deb", action="store_true", help="also build the Debian package (Linux)")
    parser.add_argument(
        "--installer",
        action="store_true",
        help="also build this platform's installer: the .deb on Linux, the Inno Setup .exe on Windows "
        "(needs iscc), the .dmg on macOS",
    )
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test of the frozen program")
    args = parser.parse_args(argv)

    dist, work = args.dist.resolve(), args.work.resolve()
    venv = (args.venv or work / "venv").resolve()
    version = project_version()
    steps = Steps()
    env = dict(os.environ, SOURCE_DATE_EPOCH=source_date_epoch(), PIP_DISABLE_PIP_VERSION_CHECK="1")
    for variable in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        env.pop(variable, None)

    python = venv_python(venv)
    if not python.exists():
        steps.run("build environment", [args.python, "-m", "venv", str(venv)], env=env)
    steps.run(
        "pinned tools",
        [str(python), "-m", "pip", "install", "-q", "-r", str(PACKAGING / "requirements-build.txt")],
        env=env,
    )
    # The project as a wheel installs it: resources/ becomes timeline_app/resources/ with package-data.
    install = ["install", "-q", "--no-deps", "--no-build-isolation", "--force-reinstall", str(REPO)]
    steps.run("project", [str(python), "-m", "pip", *install], env=env)

    spec = PACKAGING / SPECS[platform_key()]
    pyinstaller_work = work / "pyinstaller"
    steps.run(
        "PyInstaller",
        [
            str(python),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(pyinstaller_work),
            str(spec),
        ],
        env=env,
        cwd=str(PACKAGING),
    )
    program = frozen_program(dist)
    bundle = program.parent if platform_key() != "darwin" else program.parents[2]
    print(f"\nbundle: {bundle} ({folder_size(bundle) / 1e6:.1f} MB, {sum(1 for _ in bundle.rglob('*'))} entries)")

    if platform_key() == "linux":
        missing = unresolved_libraries(bundle)
        if missing:
            print("\n".join(missing), file=sys.stderr)
            raise SystemExit(f"build: FAILED: {len(missing)} libraries of the bundle cannot be found")
        print("libraries: every library the bundle needs is inside it or on this system")

    if not args.no_smoke:
        steps.run(
            "smoke test",
            [str(python), str(PACKAGING / "smoke.py"), str(program), "--expect-version", version],
            env=env,
        )

    if args.deb and platform_key() != "linux":
        raise SystemExit("--deb builds a Debian package: run it on Linux")
    if args.deb or (args.installer and platform_key() == "linux"):
        steps.run(
            "Debian package",
            [sys.executable, str(PACKAGING / "build_deb.py"), str(bundle), "--version", version, "--out", str(dist)],
            env=env,
        )
    elif args.installer and platform_key() == "win32":
        iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
        defines = [f"/DAppVersion={version}", f"/DBundleDir={bundle}", f"/DOutDir={dist}"]
        steps.run("Inno Setup installer", [iscc, *defines, str(PACKAGING / "windows" / "timeline-app.iss")], env=env)
    elif args.installer and platform_key() == "darwin":
        make_dmg = ["bash", str(PACKAGING / "macos" / "make_dmg.sh"), version]
        steps.run("disk image", make_dmg, env={**env, "DIST": str(dist)})
    print(f"\nbuild: done in {steps.report()}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except subprocess.CalledProcessError as error:
        print(f"build: FAILED: {' '.join(str(c) for c in error.cmd)} exited {error.returncode}", file=sys.stderr)
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    finally:
        shutil.rmtree(REPO / "build" / "lib", ignore_errors=True)  # left by the wheel build, never needed
