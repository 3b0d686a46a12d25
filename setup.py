"""The build step pyproject.toml cannot declare: compile the UI translations into the wheel.

The ``.ts`` sources live in ``resources/translations/``; the ``.qm`` files Qt loads are built
here, into the wheel's ``timeline_app/resources/translations/`` (and so into the frozen bundle,
which is built from the installed wheel). They are not committed. The compiler is plain Python
(``timeline_app/ts_compiler.py``), loaded from its file: the isolated build environment has only
setuptools, neither Qt's ``lrelease`` nor the project's dependencies. A development install
(``pip install -e .``) compiles nothing: the app compiles the ``.ts`` files in memory at start-up.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
TS_FOLDER = HERE / "resources" / "translations"
QM_TARGET = Path("timeline_app", "resources", "translations")


def _compiler() -> ModuleType:
    spec = importlib.util.spec_from_file_location("_timeline_ts_compiler", HERE / "timeline_app" / "ts_compiler.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


class BuildPyWithTranslations(build_py):
    """``build_py``, then the ``.qm`` files next to the package's other resources."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        written = _compiler().compile_folder(TS_FOLDER, Path(self.build_lib) / QM_TARGET)
        if not written:
            raise SystemExit(f"no translations found in {TS_FOLDER}")
        for path in written:
            print(f"compiled translations {path}")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        qm_files = [str(Path(self.build_lib) / QM_TARGET / f"{ts.stem}.qm") for ts in sorted(TS_FOLDER.glob("*.ts"))]
        return [*super().get_outputs(include_bytecode), *qm_files]


setup(cmdclass={"build_py": BuildPyWithTranslations})
