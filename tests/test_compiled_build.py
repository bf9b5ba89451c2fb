"""The opt-in compiled build (setup.py, notes/performance.md "Session 12"): the default build stays pure Python,
the switch only compiles when asked and never into an editable tree, and `marsad bench` says which is in use.

No compiler is needed here: the switch logic is tested as functions; the last test runs only against an
installed compiled build (MARSAD_COMPILE=1 pip install .).
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

import marsad
from marsad.commands.bench_cmds import compiled_modules

ROOT = Path(__file__).resolve().parents[1]


def _setup_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("marsad_setup_py", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # setup() runs only under __main__
    return mod


def _compiled_build() -> bool:
    import marsad.pipeline  # noqa: F401  (loads the hot modules)

    return bool(compiled_modules())


def test_default_build_is_pure_python() -> None:
    s = _setup_module()
    for argv in (["egg_info"], ["bdist_wheel"], ["editable_wheel"], ["build_ext"]):
        assert s.build_plan({}, argv) == ([], False)
        assert s.build_plan({"MARSAD_COMPILE": "0"}, argv) == ([], False)
        assert s.build_plan({"MARSAD_COMPILE": ""}, argv) == ([], False)


def test_switch_asks_for_mypyc_then_compiles() -> None:
    s = _setup_module()
    for value in ("1", "true", "YES", " on "):
        env = {"MARSAD_COMPILE": value}
        assert s.compile_requested(env)
        assert s.build_plan(env, ["egg_info"]) == ([s.MYPYC_REQUIREMENT], False)  # pip asks for build deps
        assert s.build_plan(env, ["bdist_wheel", "--dist-dir", "x"]) == ([s.MYPYC_REQUIREMENT], True)


def test_compile_extra_pins_the_same_mypyc() -> None:
    import tomllib

    s = _setup_module()
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert extras["compile"] == [s.MYPYC_REQUIREMENT]


def test_switch_refuses_an_editable_install() -> None:
    s = _setup_module()
    for argv in (["editable_wheel"], ["develop"]):
        with pytest.raises(SystemExit):
            s.build_plan({"MARSAD_COMPILE": "1"}, argv)


def test_compiled_list_names_existing_modules() -> None:
    s = _setup_module()
    assert len(set(s.COMPILED)) == len(s.COMPILED)
    for path in s.COMPILED:
        assert (ROOT / path).is_file(), path
        assert path.startswith("src/marsad/") and path.endswith(".py")


def test_no_extension_module_in_the_source_tree() -> None:
    """A compiled module next to its .py in src/ would shadow the file people edit."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    found = [p for p in (ROOT / "src").rglob("*") if p.name.endswith(suffixes)]
    assert found == []


def test_bench_reports_pure_python_from_the_source_tree() -> None:
    if Path(marsad.__file__).resolve().parent != ROOT / "src" / "marsad":
        pytest.skip("marsad is not imported from this source tree")
    assert not _compiled_build()


def test_compiled_build_compiles_the_listed_modules() -> None:
    if not _compiled_build():
        pytest.skip("pure-Python install (the default); build with MARSAD_COMPILE=1 pip install . to run this")
    s = _setup_module()
    expected = {p[len("src/"):-len(".py")].replace("/", ".") for p in s.COMPILED}
    for name in expected:
        importlib.import_module(name)
    assert set(compiled_modules()) == expected


def test_the_compiled_modules_type_check() -> None:
    """mypyc compiles only what mypy accepts: every module of ``COMPILED`` must stay mypy-clean, or
    ``MARSAD_COMPILE=1 pip install .`` stops (the default pure build does not need this; the check keeps the opt-in
    build working as the code changes)."""
    api = pytest.importorskip("mypy.api")
    files = [str(ROOT / p) for p in _setup_module().COMPILED]
    out, err, status = api.run(["--no-incremental", "--follow-imports=silent", "--ignore-missing-imports", *files])
    assert status == 0, out + err
