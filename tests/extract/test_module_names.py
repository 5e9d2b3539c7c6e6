"""Each module-level name of the engine is bound once: a second pattern of the same name
(easy to write in a module of hundreds of patterns) would silently replace the first for
every rule that uses it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

MODULES = sorted((Path(__file__).resolve().parents[2] / "extract").glob("*.py"))


def bound_twice(source: str) -> list[str]:
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        if isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.append(node.name)
        for name in names:
            if name in seen:
                twice.append(name)
            seen.add(name)
    return twice


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(path: Path) -> None:
    assert bound_twice(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_a_name_bound_twice() -> None:
    assert bound_twice("A = 1\ndef f(): pass\nA = 2\nB: int = 3\nA += 1\n") == ["A"]
    assert bound_twice("def f(): pass\nf = 3\n") == ["f"]
