"""Build hook. The default build is pure Python and needs no compiler: nothing here runs unless asked.

    MARSAD_COMPILE=1 pip install .        # opt-in: compile the hot modules with mypyc (needs gcc + Python headers)

With the variable set, setuptools asks pip for ``mypy[mypyc]`` as an extra build requirement (``setup_requires``,
which a PEP 517 build turns into a build dependency) and compiles ``COMPILED`` into extension modules in the
wheel; the .py files stay beside them. Editable installs refuse the switch: the compiled modules would land in
``src/`` and shadow the .py files people edit. All metadata lives in pyproject.toml.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

# The modules that hold most of the extraction time (notes/performance.md, "Session 12: compiled build").
COMPILED = (
    "src/marsad/places/geoparse.py",
    "src/marsad/places/gazetteer.py",
    "src/marsad/events/detect.py",
    "src/marsad/events/arguments.py",
    "src/marsad/events/assemble.py",
    "src/marsad/events/context.py",
    "src/marsad/arabic/tokens.py",
    "src/marsad/arabic/normalize.py",
    "src/marsad/arabic/sentences.py",
    "src/marsad/actors/find.py",
    "src/marsad/actors/quotes.py",
    "src/marsad/actors/sources.py",
    "src/marsad/actors/bodies.py",
    "src/marsad/dates.py",
    "src/marsad/numbers.py",
    "src/marsad/segment.py",
    "src/marsad/actors/lexicon.py",
    "src/marsad/actors/romanise.py",
    "src/marsad/arabic/anchored.py",
    "src/marsad/events/lexicon.py",
    "src/marsad/events/rerank.py",
    "src/marsad/mentions.py",
    "src/marsad/pipeline.py",
)
MYPYC_REQUIREMENT = "mypy[mypyc]==2.4.1"  # the version the figures in notes/performance.md were measured with
_ON = ("1", "true", "yes", "on")


def compile_requested(env: Mapping[str, str]) -> bool:
    """True when the environment asks for the compiled build (MARSAD_COMPILE=1/true/yes/on)."""
    return env.get("MARSAD_COMPILE", "").strip().lower() in _ON


def build_plan(env: Mapping[str, str], argv: Sequence[str]) -> tuple[list[str], bool]:
    """(extra build requirements, whether to compile now) for this setup.py invocation.

    pip runs setup.py twice: once to ask for build requirements (``egg_info``), once to build
    (``bdist_wheel``). Only the second compiles; the first only names mypyc as a requirement.
    """
    if not compile_requested(env):
        return [], False
    if any(cmd in argv for cmd in ("editable_wheel", "develop")):
        raise SystemExit("MARSAD_COMPILE=1 is for a regular install (pip install .), not an editable one: "
                         "compiled modules in src/ would shadow the .py files")
    return [MYPYC_REQUIREMENT], any(cmd in argv for cmd in ("bdist_wheel", "build_ext", "build", "install"))


def _ext_modules(compile_now: bool) -> list:
    if not compile_now:
        return []
    from mypyc.build import mypycify  # only with MARSAD_COMPILE=1, installed by setup_requires

    return mypycify(["--follow-imports=silent", "--ignore-missing-imports", *COMPILED],
                    opt_level="3", group_name="marsad")


if __name__ == "__main__":
    from setuptools import setup

    _requires, _now = build_plan(os.environ, sys.argv[1:])
    setup(setup_requires=_requires, ext_modules=_ext_modules(_now))
