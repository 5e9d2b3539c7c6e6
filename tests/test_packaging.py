"""The installed package carries its data: styles and the demo corpus.

Run in a subprocess from an empty folder so the import resolves to the installed
distribution (in CI a normal, non-editable install), not to this source tree."""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json
from importlib.resources import files
import store, tui
demo = sorted(p.name for p in (files("store") / "demo").iterdir())
tcss = sorted(p.name for p in files("tui").iterdir() if p.name.endswith(".tcss"))
schemas = sorted(p.name for p in (files("store") / "export").iterdir() if p.name.endswith(".json"))
print(json.dumps({"demo": demo, "tcss": tcss, "schemas": schemas, "where": str(files("store"))}))
"""


def test_installed_package_has_its_data(tmp_path):
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=tmp_path, capture_output=True,
                         text=True, check=True)
    found = json.loads(out.stdout)
    assert len([n for n in found["demo"] if n.endswith((".txt", ".md"))]) >= 12, found
    assert "app.tcss" in found["tcss"], found
    assert found["schemas"], found


def test_console_script_is_installed(tmp_path):
    out = subprocess.run([sys.executable, "-m", "tui.cli", "--version"], cwd=tmp_path,
                         capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("factdesk "), out
