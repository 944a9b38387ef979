"""The house: one package per pipeline step; the old flat module names keep working for one release."""
import importlib
import types
import warnings

import pytest

import fupin_extract as fx
from fupin_extract._legacy import OLD_NAMES


@pytest.mark.parametrize("old,new", sorted(OLD_NAMES.items()))
def test_old_module_name_is_the_new_module(old, new):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        mod = importlib.import_module(f"fupin_extract.{old}")
    assert mod is importlib.import_module(f"fupin_extract.{new}")
    assert any(issubclass(w.category, DeprecationWarning) and new in str(w.message) for w in caught) \
        or f"fupin_extract.{old}" in __import__("sys").modules  # warned on first import only


@pytest.mark.parametrize("package,name,module", [
    ("fupin_extract.figures", "find_figures", "fupin_extract.figures.find"),
    ("fupin_extract.load", "iter_documents", "fupin_extract.load.files"),
    ("fupin_extract.meaning", "attach_meaning", "fupin_extract.meaning.attach"),
    ("fupin_extract.tables", "FIGURE_COLUMNS", "fupin_extract.tables.frames"),
    ("fupin_extract.audit", "finding_records", "fupin_extract.audit.run"),
    ("fupin_extract.export", "write_jsonl", "fupin_extract.export.writers"),
    ("fupin_extract.batch", "run_batch", "fupin_extract.batch.run"),
    ("fupin_extract.cli", "main", "fupin_extract.cli.app"),
    ("fupin_extract.rules", "load_patterns", "fupin_extract.rules.loader"),
])
def test_a_step_package_gives_the_names_its_old_module_had(package, name, module):
    assert getattr(importlib.import_module(package), name) is getattr(importlib.import_module(module), name)


def test_an_old_module_name_does_not_replace_the_public_function():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        importlib.import_module("fupin_extract.compare")
    assert callable(fx.compare) and not isinstance(fx.compare, types.ModuleType)
    assert callable(fx.audit)


def test_audit_is_a_function_and_a_package(tmp_path):
    import fupin_extract.audit.core as core  # the form ``import a.b.c as m`` walks attributes
    from fupin_extract.audit.run import audit as run_audit

    assert core.__name__ == "fupin_extract.audit.core"
    (tmp_path / "r.txt").write_text("全村共有贫困户30户，其中已脱贫20户，未脱贫12户。", encoding="utf-8")
    corpus = fx.read(tmp_path, progress=False)
    assert fx.audit(corpus).equals(run_audit(corpus))
    assert not fx.audit(corpus).empty


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError):
        fx.no_such_thing  # noqa: B018
    with pytest.raises(AttributeError):
        importlib.import_module("fupin_extract.figures").no_such_thing  # noqa: B018
