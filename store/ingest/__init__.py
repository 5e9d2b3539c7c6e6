"""Loading files into the store: one loader per input format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..articles import NewArticle
from .text import parse_plain


@dataclass
class LoadError:
    path: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.reason}"


def read_path(path: Path) -> tuple[list[NewArticle], list[LoadError]]:
    """The articles one file holds, and what was wrong with it."""
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return [], [LoadError(str(path), "not UTF-8 text")]
    except OSError as exc:
        return [], [LoadError(str(path), exc.strerror or str(exc))]
    if not raw.strip():
        return [], [LoadError(str(path), "empty file")]
    return [parse_plain(raw, str(path))], []


@dataclass
class IngestReport:
    new: int = 0
    duplicate: int = 0
    facts: int = 0
    files: int = 0
    failed: list[LoadError] | None = None

    def __post_init__(self) -> None:
        self.failed = self.failed or []


def walk(paths: list[str | Path]) -> tuple[list[Path], list[LoadError]]:
    """Every file under the given paths, folders walked recursively, in a stable order."""
    files: list[Path] = []
    errors: list[LoadError] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")))
        elif path.is_file():
            files.append(path)
        else:
            errors.append(LoadError(str(path), "no such file or folder"))
    return files, errors


def ingest(store, paths: list[str | Path], *, progress=None, extract_facts: bool = True) -> IngestReport:
    """Load, extract and store; bad files are reported and the rest goes in."""
    from ..articles import add_articles
    from ..extraction import facts_for

    files, errors = walk(paths)
    report = IngestReport(failed=errors)
    counted: list[int] = []

    def with_facts(article: NewArticle):
        facts = facts_for(article) if extract_facts else []
        counted.append(len(facts))
        return facts

    for path in files:
        articles, problems = read_path(path)
        report.failed.extend(problems)
        report.files += 1
        if articles:
            for _, is_new in add_articles(store, articles, facts_for=with_facts):
                report.new += is_new
                report.duplicate += not is_new
        if progress:
            progress(1)
    report.facts = sum(counted)
    return report
