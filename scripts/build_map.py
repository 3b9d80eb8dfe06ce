"""Build the page's map assets from the npm package world-atlas (Natural Earth, public domain; ISC licence).

Run by hand when the map changes, never at run or test time (the output is committed):

    npm pack world-atlas@2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/pip install pycountry && .venv/bin/python scripts/build_map.py package

Writes to ``src/exequatur/web/static/world/``:
- ``countries-110m.json``, unchanged, and ``LICENSE-world-atlas``;
- ``states.json``: the ISO 3166-1 alpha-3 code of each feature (world-atlas uses ISO 3166-1 numeric ids; the
  correspondence is read from pycountry's copy of the ISO 3166-1 table), and a marker point for each state of the
  knowledge base too small to appear at 1:110m, at the mean of the vertices of its largest polygon in the 1:50m
  (or 1:10m) file, so that it can be clicked.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pycountry

from exequatur.facts.load import bundled

OUT = Path(__file__).resolve().parent.parent / "src" / "exequatur" / "web" / "static" / "world"
BY_NAME = {"Kosovo": "XKX"}  # no ISO 3166-1 numeric code; world-atlas leaves its id empty


def alpha3(feature: dict) -> str | None:
    if feature.get("id") is None:
        return BY_NAME.get(feature["properties"]["name"])
    country = pycountry.countries.get(numeric=feature["id"])
    return country.alpha_3 if country else None


def decode(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs: list[list[tuple[float, float]]], indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        points.extend(arc[1:] if points else arc)
    return points


def area(points: list[tuple[float, float]]) -> float:
    return abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1], strict=True))) / 2


def markers(path: Path, wanted: set[str]) -> dict[str, list[float]]:
    topology = json.loads(path.read_text())
    arcs = decode(topology)
    found: dict[str, list[float]] = {}
    for feature in topology["objects"]["countries"]["geometries"]:
        code = alpha3(feature)
        if code not in wanted:
            continue
        polygons = feature["arcs"] if feature["type"] == "MultiPolygon" else [feature["arcs"]]
        outer = max((ring(arcs, p[0]) for p in polygons), key=area)
        found[code] = [round(sum(x for x, _ in outer) / len(outer), 3), round(sum(y for _, y in outer) / len(outer), 3)]
    return found


def main(package: str) -> None:
    src = Path(package)
    OUT.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src / "countries-110m.json", OUT / "countries-110m.json")
    shutil.copyfile(src / "LICENSE", OUT / "LICENSE-world-atlas")
    topology = json.loads((src / "countries-110m.json").read_text())
    ids = {}
    for feature in topology["objects"]["countries"]["geometries"]:
        code = alpha3(feature)
        if code:
            ids[feature.get("id") or feature["properties"]["name"]] = code
    states = set(bundled().states)
    missing = states - set(ids.values())
    points = markers(src / "countries-50m.json", missing)
    points |= markers(src / "countries-10m.json", missing - set(points))
    unplaced = sorted(missing - set(points))
    (OUT / "states.json").write_text(json.dumps({
        "about": "ISO 3166-1 alpha-3 code of each world-atlas feature (key: its numeric id, or its name where it has "
                 "none), and marker points [lon, lat] for states too small for the 1:110m map. Built by "
                 "scripts/build_map.py.",
        "features": ids, "markers": points, "unplaced": unplaced}, indent=1, sort_keys=True) + "\n")
    print(f"{len(ids)} features, {len(points)} markers, unplaced: {unplaced or 'none'}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "package")
