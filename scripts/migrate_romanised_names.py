"""Add the current romaniser's spelling beside an older one in the actor benchmarks (a convention migration).

The actor benchmarks expect, for a person the lexicon lacks, the romaniser's canonical name. When the romaniser
changes (e.g. common given names now take their press spelling: محمد → Mohammed), every expected name that was the
old romaniser's output for an annotated span gets the new output added as an alternative; nothing else changes.

    .venv/bin/python scripts/migrate_romanised_names.py OLD_ROMANISE_PY BENCH.json [BENCH.json ...]

OLD_ROMANISE_PY: the previous version of src/marsad/actors/romanise.py (e.g. from `git show REV:path`).
Article texts are read from ../shared at run time; the files keep ids, offsets and names only.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from marsad.actors.romanise import romanise

ROOT = Path(__file__).resolve().parents[1]
SNN = ROOT.parent / "shared" / "data" / "saudinewsnet"


def _texts() -> dict[str, str]:
    out: dict[str, str] = {}
    for f in sorted(SNN.glob("*.jsonl")):
        with f.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                out[rec["id"]] = rec["text"]
    return out


def _spans(node: Any):
    """(start, end, names) of every dict holding offsets and a list of names."""
    if isinstance(node, dict):
        if isinstance(node.get("start"), int) and isinstance(node.get("end"), int):
            for key in ("name", "speaker"):
                if isinstance(node.get(key), list):
                    yield node["start"], node["end"], node[key]
        for v in node.values():
            yield from _spans(v)
    elif isinstance(node, list):
        for v in node:
            yield from _spans(v)


def _add(node: Any, mapping: dict[str, str]) -> int:
    n = 0
    if isinstance(node, dict):
        for v in node.values():
            n += _add(v, mapping)
    elif isinstance(node, list):
        if node and all(isinstance(x, str) for x in node):
            extra = [mapping[x] for x in node if x in mapping and mapping[x] not in node]
            node.extend(dict.fromkeys(extra))
            return len(extra)
        for v in node:
            n += _add(v, mapping)
    return n


def main(argv: list[str]) -> int:
    spec = importlib.util.spec_from_file_location("old_romanise", argv[0])
    assert spec is not None and spec.loader is not None
    old = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(old)
    texts = _texts()
    for path in map(Path, argv[1:]):
        raw = path.read_text(encoding="utf-8")
        data = json.loads(raw)
        second = raw.split("\n", 2)[1] if raw.count("\n") > 1 else ""
        indent = len(second) - len(second.lstrip(" "))  # keep the file's own layout
        mapping: dict[str, str] = {}
        for art in data.get("articles", []):
            text = texts.get(art.get("id", ""), "")
            for s, e, names in _spans(art):
                span = text[s:e]
                was, now = old.romanise(span), romanise(span)
                if was != now and was in names:
                    mapping[was] = now
        added = _add(data, mapping)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=indent) + "\n", encoding="utf-8")
        print(f"{path}: {len(mapping)} romanised names, {added} alternatives added")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
