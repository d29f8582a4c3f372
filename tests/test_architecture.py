"""The app's architecture as newsroom/architecture.toml draws it, checked from the source.

Every import of the app (absolute or relative, at the top of a module or inside a function) must be
one the map allows, no module may import itself through others, and every `[[never]]` of the map
holds through any chain of imports. Run it alone with `python3.11 dev.py test tests/test_architecture.py`.
"""

import ast
import tomllib
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "newsroom"
MAP = tomllib.loads((APP / "architecture.toml").read_text())
PACKAGES = MAP["packages"]


def module_name(path):
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in APP.rglob("*.py")}


def imports_of(name, path):
    """Every module of the app that `name` imports, wherever the import stands in it."""
    found = set()
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package[: len(package) - node.level + 1]) if node.level else ""
            module = ".".join(part for part in (base, node.module) if part)
            targets = [module, *(f"{module}.{alias.name}" for alias in node.names)]
        else:
            continue
        found |= {t for t in targets if t in MODULES and t != name and not name.startswith(t + ".")}
    return found


GRAPH = {name: imports_of(name, path) for name, path in MODULES.items()}


def package_of(module):
    """The map's package a module belongs to: newsroom.<package>[.…]."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else None


def allowed(source, target):
    """Whether module `source` may import module `target`, by the map."""
    mine, theirs = package_of(source), package_of(target)
    if mine == theirs:
        return True
    inside = target.split(".", 1)[1]  # "editorial.previews", "editorial.previews.sub"
    return any(inside == entry or inside.startswith(entry + ".") for entry in PACKAGES[mine]["may_import"])


def reachable(start):
    seen, todo = set(), [start]
    while todo:
        for nxt in GRAPH[todo.pop()] - seen:
            seen.add(nxt)
            todo.append(nxt)
    return seen


def test_the_graph_sees_imports_at_any_depth_and_relative_ones(tmp_path):
    # A function-level import (admin_site → admin.ingest) and the models registry's imports.
    assert "newsroom.admin.ingest" in GRAPH["newsroom.admin_site"]
    assert "newsroom.content.models" in GRAPH["newsroom.models"]
    # A relative import is resolved against its package, for modules and for __init__ files.
    source = "from . import forms\nfrom ..content.models import Article\n"
    (tmp_path / "x.py").write_text(source)
    name = "newsroom.reading.search.x"
    MODULES[name] = tmp_path / "x.py"
    try:
        assert imports_of(name, tmp_path / "x.py") == {"newsroom.reading.search.forms"}
        (tmp_path / "y.py").write_text("from ...content import models\n")
        assert imports_of("newsroom.reading.search.y", tmp_path / "y.py") == {
            "newsroom.content",
            "newsroom.content.models",
        }
    finally:
        del MODULES[name]


def test_every_module_belongs_to_a_package_of_the_map():
    unmapped = sorted(m for m in MODULES if m != "newsroom" and package_of(m) not in PACKAGES)
    assert unmapped == [], "add these to newsroom/architecture.toml"


def test_the_map_names_only_packages_and_modules_that_exist():
    for name, package in PACKAGES.items():
        assert f"newsroom.{name}" in MODULES, name
        for entry in package["may_import"]:
            assert f"newsroom.{entry}" in MODULES, f"{name} may import {entry}, which does not exist"
    for rule in MAP["never"]:
        for entry in rule["from"] + rule["reach"]:
            assert f"newsroom.{entry}" in MODULES, entry


@pytest.mark.parametrize("name", sorted(n for n in PACKAGES if (APP / n).is_dir()))
def test_every_package_says_what_it_owns_in_its_docstring(name):
    assert ast.get_docstring(ast.parse((APP / name / "__init__.py").read_text())), name


def test_every_import_is_one_the_map_allows():
    refused = sorted(
        f"{source} → {target}"
        for source, targets in GRAPH.items()
        if source != "newsroom"
        for target in targets
        if not allowed(source, target)
    )
    assert refused == []


def test_no_module_of_the_app_imports_itself_through_others():
    circles = sorted(name for name in GRAPH if name in reachable(name))
    assert circles == []


@pytest.mark.parametrize("rule", MAP["never"], ids=lambda rule: rule["why"][:60])
def test_never(rule):
    reached = sorted(
        f"{source} reaches {target}"
        for source in GRAPH
        if any(source == f"newsroom.{entry}" or source.startswith(f"newsroom.{entry}.") for entry in rule["from"])
        for target in reachable(source)
        if any(target == f"newsroom.{entry}" or target.startswith(f"newsroom.{entry}.") for entry in rule["reach"])
    )
    assert reached == [], rule["why"]


def test_a_forbidden_import_would_be_caught():
    """The checks above can fail: an import the map forbids is refused, and a chain is followed."""
    assert not allowed("newsroom.content.querysets", "newsroom.editorial.workflow")
    assert not allowed("newsroom.reading.views", "newsroom.editorial.workflow")
    assert allowed("newsroom.reading.views", "newsroom.editorial.previews")
    assert "newsroom.editorial.permissions" in reachable("newsroom.reading.views")
