"""The house rules of fupin_extract/, checked from the source (issue 15).

    python tests/house/check.py            # print every breach
    python tests/house/check.py PACKAGE    # only files under fupin_extract/PACKAGE

* no function over MAX_LINES lines and none of cyclomatic complexity over MAX_CC (radon);
* no import inside a function body, except of an optional dependency (OPTIONAL);
* no import cycle between the package's modules (module-level imports).

``known.txt`` lists the breaches still open; the test fails on any breach not listed there (and on a
listed one that is gone, so the list only shrinks).
"""
import ast
import sys
from pathlib import Path

from radon.complexity import cc_visit

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "fupin_extract"
MAX_LINES = 60
MAX_CC = 20
#: third-party modules that are optional or slow to import, and may be imported where they are used
OPTIONAL = {"pdfplumber", "pypdf", "docx", "openpyxl", "xlsxwriter", "pyarrow", "dask", "distributed", "duckdb",
            "datasketch", "matplotlib", "psutil", "rjieba", "jieba", "spacy", "tqdm", "playwright", "fpdf",
            "resource", "multiprocessing", "selectolax", "lxml", "jinja2", "markupsafe", "yaml", "IPython",
            "charset_normalizer", "pdfminer", "pypdfium2", "nbformat", "nbclient", "hypothesis", "atheris"}


def modules():
    for f in sorted(PKG.rglob("*.py")):
        rel = f.relative_to(ROOT)
        name = ".".join(rel.with_suffix("").parts)
        if name.endswith(".__init__"):
            name = name[: -len(".__init__")]
        yield name, f


def _functions(tree):
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node


def long_or_complex(name, path):
    src = path.read_text(encoding="utf-8")
    out = []
    for b in cc_visit(src):
        if hasattr(b, "methods"):  # a class: radon lists its methods on their own too
            continue
        qual = f"{b.classname}.{b.name}" if b.classname else b.name
        if b.complexity > MAX_CC:
            out.append(f"{name}:{qual} complexity {b.complexity}")
    tree = ast.parse(src)
    for fn in _functions(tree):
        n = fn.end_lineno - fn.lineno + 1
        if n > MAX_LINES:
            out.append(f"{name}:{fn.name} {n} lines")
    return out


def inner_imports(name, path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for fn in _functions(tree):
        for node in ast.walk(fn):
            if isinstance(node, ast.Import):
                mods = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                mods = ["." * node.level + (node.module or "")]
            else:
                continue
            for m in mods:
                if m.split(".")[0] in OPTIONAL or m.split(".")[0] in sys.stdlib_module_names and m != "importlib":
                    continue
                out.append(f"{name}:{fn.name} imports {m}")
    return sorted(set(out))


def _top_imports(name, path, known):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    deps = set()
    pkg_parts = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    for node in tree.body:
        targets = []
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = ".".join(pkg_parts[: len(pkg_parts) - node.level + 1])
                mod = f"{base}.{node.module}" if node.module else base
            else:
                mod = node.module or ""
            targets = [mod] + [f"{mod}.{a.name}" for a in node.names]
        for t in targets:
            while t and t not in known:
                t = t.rpartition(".")[0]
            if t and t != name and t.startswith("fupin_extract"):
                deps.add(t)
    return deps


def cycles():
    mods = dict(modules())
    graph = {n: _top_imports(n, p, mods) for n, p in mods.items()}
    for n in graph:  # a package's __init__ does not make its parent depend on it
        graph[n] = {d for d in graph[n] if not n.startswith(d + ".")}
    out, seen, stack, on = [], set(), [], set()

    def visit(n):
        seen.add(n); stack.append(n); on.add(n)
        for d in sorted(graph.get(n, ())):
            if d in on:
                out.append(" -> ".join(stack[stack.index(d):] + [d]))
            elif d not in seen:
                visit(d)
        stack.pop(); on.discard(n)

    for n in sorted(graph):
        if n not in seen:
            visit(n)
    return [f"cycle {c}" for c in out]


def breaches(under: str = ""):
    out = []
    for name, path in modules():
        if under and not name.startswith(f"fupin_extract.{under}"):
            continue
        out += long_or_complex(name, path) + inner_imports(name, path)
    return sorted(set(out)) + ([] if under else cycles())


if __name__ == "__main__":
    found = breaches(sys.argv[1] if len(sys.argv) > 1 else "")
    print("\n".join(found))
    print(f"{len(found)} breaches", file=sys.stderr)
