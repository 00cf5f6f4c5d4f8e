"""Upstream inputs (fetched into a cache outside the repository) and hand-authored sources."""

import csv
import json
import os
import shutil
import subprocess
import sys
import tarfile

from osgeo import gdal, ogr

from .config import (BBOX, COUNTRY_NAMES, DEFAULT_NE, GSHHG_RIVERS, OSM_LAKES_PACKAGE, OSM_LAKES_TARBALL, OSM_PACKAGE,
                     OSM_TARBALL, SOURCES)


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


def _ensure_npm_geojson(cache, package, tarball_name, subdir):
    """map.geo.json of an npm package, fetched with `npm pack` and extracted into cache/subdir."""
    os.makedirs(cache, exist_ok=True)
    geojson = os.path.join(cache, subdir, "map.geo.json")
    if os.path.exists(geojson):
        return geojson
    tarball = os.path.join(cache, tarball_name)
    if not os.path.exists(tarball):
        print(f"fetching {package} with npm pack into {cache}", file=sys.stderr)
        subprocess.run(["npm", "pack", package], cwd=cache, check=True)
    with tarfile.open(tarball) as tar:
        member = tar.getmember("package/map.geo.json")
        member.name = os.path.join(subdir, "map.geo.json")
        tar.extractall(cache, members=[member])
    return geojson


def ensure_osm(cache):
    return _ensure_npm_geojson(cache, OSM_PACKAGE, OSM_TARBALL, "package")


def ensure_osm_lakes(cache):
    return _ensure_npm_geojson(cache, OSM_LAKES_PACKAGE, OSM_LAKES_TARBALL, "earth-lakes-1m")


def _clip_to_region(geojson, clip, layer, extra, what):
    """Clips a world GeoJSON to the region box into the cached GeoPackage clip (one layer of
    multipolygons), once: again only when the GeoJSON is newer. Returns the clip's path."""
    if not os.path.exists(clip) or os.path.getmtime(clip) < os.path.getmtime(geojson):
        print(f"clipping {what}", file=sys.stderr)
        gdal.SetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "0")
        tmp = clip + ".tmp.gpkg"
        if os.path.exists(tmp):
            os.remove(tmp)
        bbox = [str(v) for v in BBOX]
        gdal.VectorTranslate(tmp, geojson, options=["-f", "GPKG", "-spat", *bbox, "-clipsrc", *bbox,
                                                    "-nln", layer, "-nlt", "MULTIPOLYGON", *extra])
        os.replace(tmp, clip)
    return clip


def clipped_osm_lakes(geojson, cache):
    """The OSM lake polygons inside the region box (the world file is one GeometryCollection of
    64 MB); clipped once into the cache. Returns the polygons, pieces cut at tile edges joined."""
    clip = _clip_to_region(geojson, os.path.join(cache, "earth-lakes-1m-clip-43_37.5_51_43.5.gpkg"),
                           "lakes", ["-explodecollections"], "OSM lakes to the region (takes about a minute)")
    ds = ogr.Open(clip)
    union = None
    for f in ds.GetLayer(0):
        g = f.GetGeometryRef()
        if g is None:
            continue
        union = g.Clone() if union is None else union.Union(g)
    if union is None:
        sys.exit(f"OSM lakes clip {clip} holds no polygons")
    return union


def clipped_osm_countries(geojson, cache):
    """Clip the 168 MB world file to the box once and keep the result in the cache."""
    clip = _clip_to_region(geojson, os.path.join(cache, "countries-land-10m-clip-43_37.5_51_43.5.gpkg"),
                           "countries", [], "OSM countries to the region (takes about 30 s)")
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


def ensure_gmt():
    """GMT 6 with the full-resolution GSHHG / WDBII data (Debian: gmt, gmt-gshhg-full)."""
    if shutil.which("gmt") and os.path.exists(GSHHG_RIVERS):
        return
    print("GMT or GSHHG missing: installing Debian packages gmt gmt-gshhg-full", file=sys.stderr)
    subprocess.run(["apt-get", "install", "-y", "--no-install-recommends", "gmt", "gmt-gshhg-full"], check=True)
    if not shutil.which("gmt") or not os.path.exists(GSHHG_RIVERS):
        sys.exit(f"gmt or {GSHHG_RIVERS} still missing after installing gmt and gmt-gshhg-full")


def gmt_coast_segments(options):
    """Line segments that `gmt coast -M` writes for the region box at full resolution, with the
    level GMT gives each segment (GSHHG shoreline level or WDBII river class)."""
    west, south, east, north = BBOX
    out = subprocess.run(["gmt", "coast", f"-R{west}/{east}/{south}/{north}", "-Df", "-M", "--GMT_HISTORY=false", *options],
                         capture_output=True, text=True, check=True).stdout
    segments, current, level = [], None, None
    for line in out.splitlines():
        if line.startswith(">"):
            if current and len(current) > 1:
                segments.append((level, current))
            current = []
            level = int(line.rsplit("Level", 1)[1]) if "Level" in line else None
        elif line.strip():
            x, y = line.split()[:2]
            current.append((round(float(x), 6), round(float(y), 6)))
    if current and len(current) > 1:
        segments.append((level, current))
    return segments


def read_csv(name):
    with open(os.path.join(SOURCES, name), newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def read_geojson(name):
    with open(os.path.join(SOURCES, name), encoding="utf-8") as fh:
        return json.load(fh)
