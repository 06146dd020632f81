"""Every word list in audit/data reaches the code through exactly one loader function."""

from __future__ import annotations

import ast
import importlib
from functools import cache

from audit.text.wordlists import DATA, LOADERS, NOT_WORD_LISTS

PACKAGE = DATA.parent
REGISTRY = "audit.text.wordlists:"  # LOADERS itself names every file, at module level


def readers(name: str) -> set[str]:
    """Where the file is named: "module:function" (or "module:" at top level)."""
    return {where for where, value in _package_strings() if value == name} - {REGISTRY}


@cache
def _package_strings() -> tuple[tuple[str, str], ...]:
    """("module:scope", text) of every string constant in the package, parsed once."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for scope, node in _constants(ast.parse(path.read_text(encoding="utf-8"))):
            out.append((f"{module}:{scope}", node.value))
    return tuple(out)


def _constants(tree: ast.Module) -> list[tuple[str, ast.Constant]]:
    found: list[tuple[str, ast.Constant]] = []

    def visit(node: ast.AST, scope: str) -> None:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            scope = f"{scope}.{node.name}" if scope else node.name
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.append((scope, node))
        for child in ast.iter_child_nodes(node):
            visit(child, scope)

    visit(tree, "")
    return found


def test_every_data_file_is_a_registered_list_or_declared_other_data():
    files = {p.name for p in DATA.iterdir() if not p.name.startswith(".")}
    assert files - set(NOT_WORD_LISTS) == set(LOADERS)
    assert set(NOT_WORD_LISTS) <= files


def test_each_list_is_named_in_exactly_one_function_its_loader():
    for name, loader in LOADERS.items():
        assert readers(name) == {loader}, name


def test_each_loader_exists_and_loads_its_list():
    for name, loader in LOADERS.items():
        module, function = loader.split(":")
        loaded = getattr(importlib.import_module(module), function)()
        assert len(loaded) > 0, name


def test_the_reader_finder_sees_a_second_reader():
    tree = ast.parse(
        'def a():\n    return f("x.txt")\n\nclass B:\n    def c(self):\n        return "x.txt"\n'
    )
    assert [s for s, n in _constants(tree) if n.value == "x.txt"] == ["a", "B.c"]
