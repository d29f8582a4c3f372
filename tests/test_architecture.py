"""The module structure issue 9 asked for, checked from the source: no import circle inside the
app, models import neither the workflow nor previews, and no reading surface reaches the workflow.

Run it alone with `python3.11 dev.py test tests/test_architecture.py`. Imports inside functions
count as much as those at the top of a module.
"""

import ast
from pathlib import Path

APP = Path(__file__).resolve().parent.parent / "newsroom"
READING = ["newsroom.views", "newsroom.feeds", "newsroom.sitemaps", "newsroom.search", "newsroom.api.views"]


def module_name(path):
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph():
    """{module: {app modules it imports}}, from every import statement in the app (migrations aside)."""
    modules = {module_name(p): p for p in APP.rglob("*.py") if "migrations" not in p.parts}
    graph = {}
    for name, path in modules.items():
        imported = set()
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                imported.add(node.module)
                imported |= {f"{node.module}.{alias.name}" for alias in node.names}
        graph[name] = {m for m in imported if m in modules and m != name and not name.startswith(m + ".")}
    return graph


def reachable(graph, start):
    seen, todo = set(), [start]
    while todo:
        for nxt in graph[todo.pop()] - seen:
            seen.add(nxt)
            todo.append(nxt)
    return seen


def test_the_graph_sees_imports_at_any_depth():
    graph = import_graph()
    assert "newsroom.querysets" in graph["newsroom.models"]
    assert "newsroom.workflow" in graph["newsroom.admin.publishable"]


def test_no_module_of_the_app_imports_itself_through_others():
    graph = import_graph()
    circles = sorted(name for name in graph if name in reachable(graph, name))
    assert circles == []


def test_models_and_querysets_import_neither_the_workflow_nor_previews():
    graph = import_graph()
    for module in ("newsroom.models", "newsroom.querysets"):
        assert not reachable(graph, module) & {"newsroom.workflow", "newsroom.previews"}, module


def test_no_reading_surface_imports_the_workflow():
    graph = import_graph()
    for module in READING:
        assert "newsroom.workflow" not in reachable(graph, module), module
