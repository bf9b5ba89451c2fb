"""Language data built from the corpus ships in the package; the build script must still give the same file."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/data/saudinewsnet is not here")
def test_future_forms_are_what_the_build_script_gives() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from build_future_forms import future_forms
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    shipped = json.loads((ROOT / "src" / "marsad" / "data" / "future_forms.json").read_text(encoding="utf-8"))
    assert shipped["forms"] == future_forms(CORPUS)
    # the rule keeps verbs and leaves nouns, names and the verb of control out
    assert {"ستستضيف", "سيزور"} <= set(shipped["forms"])
    assert not {"سياره", "سنجار", "سيطرت"} & set(shipped["forms"])
