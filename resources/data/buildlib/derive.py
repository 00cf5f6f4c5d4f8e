"""Layers derived from Natural Earth and from the hand-authored sources."""

import json
import math
import sys

from osgeo import ogr

from .config import BBOX, CORRIDOR_HALF_WIDTH_M, RIVER_CLASSES, RIVER_SIMPLIFY, SHUSHA, SHUSHA_EXCLUSION_M
from .geom import (
    as_multilinestring,
    as_multipolygon,
    from_utm,
    line_merge,
    linestring,
    node_lines,
    point,
    to_utm,
    without_holes,
)
from .upstream import gmt_coast_segments, read_csv, read_geojson


def ne_admin1(ne_ds):
    names = {int(r["ne_fid"]): r for r in read_csv("admin1_names.csv")}
    layer = ne_ds.GetLayer("states_provinces")
    layer.SetSpatialFilterRect(*BBOX)
    rows = []
    for f in layer:
        a3 = f.GetField("adm0_a3")
        if a3 not in ("ARM", "AZE"):
            continue
        fid = f.GetFID()
        if fid not in names:
            sys.exit(f"admin1_names.csv has no row for Natural Earth feature {fid} ({f.GetField('name')})")
        r = names[fid]
        if r["ne_name"] != f.GetField("name") or r["ne_gn_name"] != f.GetField("gn_name"):
            sys.exit(f"Natural Earth feature {fid} changed upstream; review admin1_names.csv")
        rows.append((fid, r, f.GetGeometryRef().Clone()))
    layer.SetSpatialFilter(None)
    if len(rows) != len(names):
        sys.exit("admin1_names.csv lists features that are not in the Natural Earth file")
    rows.sort(key=lambda t: (t[1]["country"], t[1]["name_en"]))
    return rows


def ne_lines(ne_ds, name):
    layer = ne_ds.GetLayer("disputed_borders")
    layer.SetAttributeFilter(f"name = '{name}'")
    layer.SetSpatialFilterRect(*BBOX)
    parts = []
    for f in layer:
        g = f.GetGeometryRef()
        for i in range(g.GetGeometryCount()) if g.GetGeometryCount() else [None]:
            part = g.GetGeometryRef(i) if i is not None else g
            parts.append([part.GetPoint_2D(k) for k in range(part.GetPointCount())])
    layer.SetAttributeFilter(None)
    layer.SetSpatialFilter(None)
    return parts


def snap_endpoints(parts, tol):
    """Snap line endpoints that lie within tol degrees of each other onto one node."""
    nodes = []
    for p in parts:
        for q in (p[0], p[-1]):
            if not any(abs(q[0] - n[0]) <= tol and abs(q[1] - n[1]) <= tol for n in nodes):
                nodes.append(q)

    def snap(q):
        for n in nodes:
            if abs(q[0] - n[0]) <= tol and abs(q[1] - n[1]) <= tol:
                return n
        return q

    return [[snap(p[0])] + p[1:-1] + [snap(p[-1])] for p in parts]


def build_nkao(ne_ds):
    """NKAO outline from the 'Former USSR oblast in 1991' lines: endpoints snapped, then polygonized.

    Where the oblast lines leave a gap, a 'Ceasefire Line 1994' part whose two ends meet the open
    ends of the oblast lines fills it (Natural Earth stores some coinciding stretches only once).
    """
    tol = 0.004
    oblast = ne_lines(ne_ds, "Former USSR oblast in 1991")
    cease = ne_lines(ne_ds, "Ceasefire Line 1994")

    def near(a, b):
        return abs(a[0] - b[0]) <= tol and abs(a[1] - b[1]) <= tol

    def open_ends(parts):
        ends = [q for p in parts for q in (p[0], p[-1])]
        return [q for q in ends if sum(1 for r in ends if near(q, r)) == 1]

    parts = list(oblast)
    dangling = open_ends(parts)
    for c in cease:
        if dangling and any(near(c[0], d) for d in dangling) and any(near(c[-1], d) for d in dangling):
            parts.append(c)
            dangling = open_ends(parts)
    if dangling:
        sys.exit(f"NKAO lines leave open ends: {dangling}")
    parts = snap_endpoints(parts, tol)
    mls = ogr.Geometry(ogr.wkbMultiLineString)
    for p in parts:
        mls.AddGeometry(linestring(p))
    faces = node_lines(mls).Polygonize()
    stepanakert = point(46.7519, 39.8153)
    chosen = None
    for i in range(faces.GetGeometryCount()):
        face = faces.GetGeometryRef(i)
        if face.Contains(stepanakert):
            chosen = face.Clone()
    if chosen is None:
        sys.exit("NKAO lines did not polygonize into a face containing Stepanakert")
    return as_multipolygon(chosen)


def build_ceasefire_1994(ne_ds):
    parts = snap_endpoints(ne_lines(ne_ds, "Ceasefire Line 1994"), 0.0005)
    mls = ogr.Geometry(ogr.wkbMultiLineString)
    for p in parts:
        mls.AddGeometry(linestring(p))
    merged = as_multilinestring(line_merge(node_lines(mls)))
    if merged.GetGeometryCount() != 1:
        sys.exit(f"Ceasefire Line 1994 did not merge into one line ({merged.GetGeometryCount()} parts)")
    line = merged.GetGeometryRef(0).Clone()
    # orient north-west (Armenian border) -> south-east (Iranian border)
    if line.GetX(0) > line.GetX(line.GetPointCount() - 1):
        pts = [line.GetPoint_2D(k) for k in range(line.GetPointCount())][::-1]
        line = linestring(pts)
    return line


def extend_line(line, degrees):
    """Extend both ends along their last segment so the line surely crosses the borders."""
    pts = [line.GetPoint_2D(k) for k in range(line.GetPointCount())]

    def ext(a, b):
        dx, dy = a[0] - b[0], a[1] - b[1]
        n = math.hypot(dx, dy)
        return (a[0] + dx / n * degrees, a[1] + dy / n * degrees)

    return linestring([ext(pts[0], pts[1])] + pts + [ext(pts[-1], pts[-2])])


def armenian_held_1994(aze, cease_line):
    """Part of Azerbaijan on the Armenian side of the 1994 line (bounded by Armenia and Iran)."""
    boundary = ogr.Geometry(ogr.wkbMultiLineString)
    for i in range(aze.GetGeometryCount()):
        poly = aze.GetGeometryRef(i)
        for j in range(poly.GetGeometryCount()):
            ring = poly.GetGeometryRef(j)
            boundary.AddGeometry(linestring([ring.GetPoint_2D(k) for k in range(ring.GetPointCount())]))
    boundary.AddGeometry(extend_line(cease_line, 0.05))
    faces = node_lines(boundary).Polygonize()
    stepanakert = point(46.7519, 39.8153)
    for i in range(faces.GetGeometryCount()):
        face = faces.GetGeometryRef(i)
        if face.Contains(stepanakert):
            return as_multipolygon(face.Clone().Intersection(aze))
    sys.exit("could not split Azerbaijan along the 1994 ceasefire line")


def road_lines():
    """Lachin road centrelines from resources/data/sources/lachin_road_waypoints.csv."""
    routes = {}
    for r in read_csv("lachin_road_waypoints.csv"):
        routes.setdefault(r["route"], []).append((int(r["seq"]), float(r["lon"]), float(r["lat"])))
    out = {}
    for route, pts in routes.items():
        pts.sort()
        out[route] = linestring([(lon, lat) for _, lon, lat in pts])
    return out


def corridor_polygon(road, aze):
    """5 km corridor: 2.5 km buffer (UTM 38N) around the road inside Azerbaijan, Shusha excluded.

    Only the part that holds the road is kept: where the buffer reaches across a bend of the
    border into another stretch of Azerbaijan, that detached piece is not corridor.
    """
    inside = road.Intersection(aze)
    buf = from_utm(to_utm(inside).Buffer(CORRIDOR_HALF_WIDTH_M, 16))
    shusha = from_utm(to_utm(point(*SHUSHA)).Buffer(SHUSHA_EXCLUSION_M, 16))
    parts = as_multipolygon(buf.Intersection(without_holes(aze)).Difference(shusha))
    keep = [part.Clone() for part in parts if part.Intersects(inside)]
    if len(keep) != 1:
        sys.exit(f"corridor around the road is {len(keep)} polygons, not one")
    return as_multipolygon(keep[0])


def circle(lon, lat, radius_m):
    """Circle of radius_m metres (UTM 38N) around a lon/lat point."""
    return as_multipolygon(from_utm(to_utm(point(lon, lat)).Buffer(radius_m, 16)))


def front_line(area, borders, exclude=None):
    """Outline of a held area as a line, without its stretches along international borders
    (borders: polygons of the neighbouring states) or inside 'exclude'."""
    lines = polygon_boundary_except(area, None)
    lines = lines.Difference(borders.Buffer(0.003))
    if exclude is not None:
        lines = lines.Difference(exclude)
    return line_merge(lines)


def wdbii_rivers():
    """Permanent rivers of WDBII classes RIVER_CLASSES, merged per class and lightly simplified."""
    by_class = {}
    for level, coords in gmt_coast_segments(["-I" + str(c) for c in RIVER_CLASSES]):
        by_class.setdefault(level, ogr.Geometry(ogr.wkbMultiLineString)).AddGeometry(linestring(coords))
    out = {}
    for level in sorted(by_class):
        merged = as_multilinestring(line_merge(node_lines(by_class[level])))
        simple = ogr.Geometry(ogr.wkbMultiLineString)
        for part in merged:
            s = part.SimplifyPreserveTopology(RIVER_SIMPLIFY)
            simple.AddGeometry(s if s is not None and s.GetPointCount() >= 2 else part.Clone())
        out[level] = simple
    if not out:
        sys.exit("gmt coast returned no rivers")
    return out


def gshhg_lakes(min_km2=1.0):
    """Lakes (GSHHG level 2 shorelines, cut into bins by GMT) joined and polygonized."""
    from .geom import area_km2

    lines = ogr.Geometry(ogr.wkbMultiLineString)
    for level, coords in gmt_coast_segments(["-W2"]):
        if level == 2:
            lines.AddGeometry(linestring(coords))
    faces = node_lines(lines).Polygonize()
    lakes = []
    for i in range(faces.GetGeometryCount()):
        face = faces.GetGeometryRef(i).Clone()
        if area_km2(face) >= min_km2:
            lakes.append(as_multipolygon(face.SimplifyPreserveTopology(RIVER_SIMPLIFY)))
    lakes.sort(key=lambda g: (-round(area_km2(g), 3), g.Centroid().GetX()))
    if not lakes:
        sys.exit("gmt coast returned no lakes")
    return lakes


def osm_lakes(union, min_km2=1.0):
    """Lakes and reservoirs of at least min_km2 from the joined OSM lake polygons, largest first."""
    from .geom import area_km2

    lakes = []
    parts = as_multipolygon(union)
    for i in range(parts.GetGeometryCount()):
        face = parts.GetGeometryRef(i).Clone()
        if area_km2(face) >= min_km2:
            lakes.append(as_multipolygon(face))
    lakes.sort(key=lambda g: (-round(area_km2(g), 3), g.Centroid().GetX()))
    if not lakes:
        sys.exit("the OSM lakes package holds no lake of 1 km2 or more in the region")
    return lakes


def hand_polygons():
    """Hand-traced polygons (control_2020.geojson), keyed by their 'id' property."""
    out = {}
    for feat in read_geojson("control_2020.geojson")["features"]:
        g = ogr.CreateGeometryFromJson(json.dumps(feat["geometry"]))
        if not g.IsValid():
            sys.exit(f"control_2020.geojson: polygon {feat['properties']['id']} is not valid")
        out[feat["properties"]["id"]] = (g, feat["properties"])
    return out


def district(admin_rows, name_en):
    for _, r, g in admin_rows:
        if r["name_en"] == name_en:
            return g
    sys.exit(f"district {name_en} not found")


def split_handover_districts(held94, nkao, core, pocket, admin_rows):
    """Split the Armenian-held land of 1994-2020 outside the post-war area into what was lost in
    the 2020 war and the three districts handed over under the 10 Nov statement.

    Natural Earth districts and the NKAO outline do not tile exactly, so the left-over gaps are
    given to the neighbouring group they share most area with (tested with a small buffer).
    """
    lost_south = union_all([district(admin_rows, n) for n in
                            ("Gubadli District", "Zangilan District", "Jabrayil District", "Fuzuli District")])
    groups = {
        "lost": union_all([held94.Intersection(nkao).Difference(union_all([core, pocket])),
                           held94.Intersection(lost_south).Difference(nkao)]),
        "aghdam": as_multipolygon(held94.Intersection(district(admin_rows, "Aghdam District")).Difference(nkao)),
        "kalbajar": as_multipolygon(held94.Intersection(district(admin_rows, "Kalbajar District")).Difference(nkao)),
        "lachin": as_multipolygon(held94.Intersection(district(admin_rows, "Lachin District")).Difference(nkao)),
    }
    for key in ("aghdam", "kalbajar", "lachin"):
        groups[key] = as_multipolygon(groups[key].Difference(groups["lost"]))
    covered = union_all([core, pocket] + list(groups.values()))
    gaps = held94.Difference(covered)
    extra = {k: [] for k in groups}
    if not gaps.IsEmpty():
        for part in as_multipolygon(gaps):
            probe = part.Buffer(0.002)
            best = max(sorted(groups), key=lambda k: probe.Intersection(groups[k]).GetArea())
            extra[best].append(part)
    for key in groups:
        if extra[key]:
            groups[key] = union_all([groups[key]] + extra[key])
    return groups


def syunik_polygon(armenia, admin_rows, cell=0.01):
    """Syunik fitted to the OpenStreetMap border of Armenia.

    Natural Earth's provinces are strongly generalised and leave strips of OSM Armenia uncovered
    along the border (its Syunik even leaves out Kapan). The province is Natural Earth's Syunik
    inside OSM Armenia plus those strips, split into cells of `cell` degrees, each given to the
    nearest Natural Earth province; so the strip east of Jermuk goes to Vayots Dzor, not Syunik.
    """
    provinces = [(r["name_en"], g) for _, r, g in admin_rows if r["country"] == "Armenia"]
    ne_syunik = district(admin_rows, "Syunik Province")
    arm = without_holes(armenia)
    residue = arm.Difference(union_all([g for _, g in provinces]))
    keep = [arm.Intersection(ne_syunik)]
    for part in as_multipolygon(residue) if not residue.IsEmpty() else []:
        if part.Distance(ne_syunik) > 0.05:
            continue
        x0, x1, y0, y1 = part.GetEnvelope()
        for i in range(int(math.floor(x0 / cell)), int(math.ceil(x1 / cell))):
            for j in range(int(math.floor(y0 / cell)), int(math.ceil(y1 / cell))):
                box = ogr.CreateGeometryFromWkt(
                    f"POLYGON(({i*cell} {j*cell},{(i+1)*cell} {j*cell},{(i+1)*cell} {(j+1)*cell},"
                    f"{i*cell} {(j+1)*cell},{i*cell} {j*cell}))")
                piece = part.Intersection(box)
                if piece is None or piece.IsEmpty() or piece.GetArea() <= 0:
                    continue
                probe = piece.PointOnSurface()
                nearest = min(provinces, key=lambda p: (p[1].Distance(probe), p[0]))
                if nearest[0] == "Syunik Province":
                    keep.append(piece)
    merged = union_all(keep)
    kapan = point(46.4058, 39.2076)
    parts = [p.Clone() for p in merged if p.GetArea() > 0.0005 or p.Intersects(kapan)]
    return without_holes(union_all(parts))


def union_all(geoms):
    mp = ogr.Geometry(ogr.wkbMultiPolygon)
    for g in geoms:
        for part in as_multipolygon(g):
            mp.AddGeometry(part)
    return as_multipolygon(mp.UnionCascaded())


def polygon_boundary_except(poly, exclude):
    """Outline of poly as lines, minus the parts that run inside 'exclude'."""
    lines = ogr.Geometry(ogr.wkbMultiLineString)
    for part in as_multipolygon(poly):
        for j in range(part.GetGeometryCount()):
            ring = part.GetGeometryRef(j)
            lines.AddGeometry(linestring([ring.GetPoint_2D(k) for k in range(ring.GetPointCount())]))
    if exclude is not None:
        lines = lines.Difference(exclude)
    return line_merge(lines)
