"""Old flat module names (before the packages of 0.2) keep importing, for one release.

``import fupin_extract.audit_core`` gives :mod:`fupin_extract.audit.core` itself (the same module
object, so monkeypatching either name patches both) and warns with a DeprecationWarning.
"""
import importlib
import importlib.abc
import importlib.util
import sys
import types
import warnings

#: old module name → new module name, both under ``fupin_extract.``
OLD_NAMES = {
    "patterns": "rules.loader",
    "readers_archive": "load.archive",
    "readers_html": "load.html",
    "readers_office": "load.office",
    "numerals": "figures.numerals",
    "indicators": "meaning.indicators",
    "metadata": "meaning.metadata",
    "gazetteer": "meaning.gazetteer",
    "structure": "meaning.structure",
    "compare": "tables.compare",
    "audit_core": "audit.core",
    "audit_corpus": "audit.corpus",
    "audit_relations": "audit.relations",
    "audit_rules": "audit.rules",
    "audit_gate": "audit.gate",
    "report": "export.report",
    "cli_audit": "cli.audit",
    "cli_compare": "cli.compare",
    "cli_report": "cli.report",
    "cli_sql": "cli.sql",
    "spacy_component": "integrations.spacy",
}


def forward_names(package: str, module: str):
    """``__getattr__`` and ``__dir__`` for a step package: the names of its main module, imported on
    first use (``fupin_extract.figures.find_figures`` is ``fupin_extract.figures.find.find_figures``)."""

    def __getattr__(name):
        if name.startswith("__"):
            raise AttributeError(name)
        try:
            return getattr(importlib.import_module(module), name)
        except AttributeError:
            raise AttributeError(f"module {package!r} has no attribute {name!r}") from None

    def __dir__():
        return sorted(set(vars(sys.modules[package])) | set(dir(importlib.import_module(module))))

    return __getattr__, __dir__


class _CallablePackage(types.ModuleType):
    """A step package that is also its main function: ``fupin_extract.audit(corpus)`` runs the audit
    and ``import fupin_extract.audit.core as core`` still finds the submodule."""

    def __call__(self, *args, **kwargs):
        return getattr(importlib.import_module(self.__call_target__[0]), self.__call_target__[1])(*args, **kwargs)


def callable_package(package: str, module: str, function: str) -> None:
    """Make ``package`` callable as ``module.function`` (see :class:`_CallablePackage`)."""
    mod = sys.modules[package]
    mod.__class__ = _CallablePackage
    mod.__call_target__ = (module, function)


class _Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, fullname, path=None, target=None):
        pkg, _, name = fullname.rpartition(".")
        if pkg != "fupin_extract" or name not in OLD_NAMES:
            return None
        return importlib.util.spec_from_loader(fullname, self)

    def create_module(self, spec):
        new = "fupin_extract." + OLD_NAMES[spec.name.rpartition(".")[2]]
        warnings.warn(f"{spec.name} is now {new}; the old name goes in the next release",
                      DeprecationWarning, stacklevel=2)
        return importlib.import_module(new)

    def exec_module(self, module):
        pass


class _Package(types.ModuleType):
    """``fupin_extract`` itself: an old module name imported later (``fupin_extract.compare``) does not
    replace the public function of the same name, and ``fupin_extract.<old name>`` imports it."""

    def __setattr__(self, name, value):
        if isinstance(value, types.ModuleType) and name in OLD_NAMES and name in self.__dict__ \
                and not isinstance(self.__dict__[name], types.ModuleType):
            return
        super().__setattr__(name, value)

    def __getattr__(self, name):
        if name in OLD_NAMES:
            return importlib.import_module(f"{self.__name__}.{name}")
        raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")


def install(package: str) -> None:
    sys.modules[package].__class__ = _Package
    if not any(isinstance(f, _Alias) for f in sys.meta_path):
        sys.meta_path.insert(0, _Alias())  # before any finder that could still see an old file
