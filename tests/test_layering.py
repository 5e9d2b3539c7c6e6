"""extract/ and store/ stay free of the UI libraries (DESIGN.md: data flows one way)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _modules(package: str) -> list[str]:
    path = ROOT / package
    if not path.is_dir():
        return []
    names = [package]
    for info in pkgutil.walk_packages([str(path)], prefix=f"{package}."):
        names.append(info.name)
    return names


@pytest.mark.parametrize("package", ["extract", "store"])
def test_no_ui_imports(package: str) -> None:
    modules = _modules(package)
    if not modules:
        pytest.skip(f"{package}/ not present")
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "", f"{package} pulls in: {run.stdout.strip()}"


def test_starting_the_app_leaves_the_rules_unloaded() -> None:
    # The rules compile hundreds of patterns on import; the reader starts without them
    # (they load when something is ingested or re-extracted).
    code = (
        "import sys; import tui.app; from extract import KINDS, Fact; "
        "print(sorted(m for m in sys.modules if m.startswith('extract.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "['extract.model']"
    code = "from extract import extract; print(len(extract('They fired 3 rockets.').facts))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert int(out) >= 1
