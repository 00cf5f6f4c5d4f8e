"""Layer schemas and the deterministic GeoPackage writer."""

import os

from osgeo import gdal, ogr

from .config import BUILD_TIMESTAMP
from .geom import (
    WGS84,
    as_multilinestring,
    as_multipolygon,
    round_coords,
)


S, I, R = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal

SCHEMAS = {
    "countries": (ogr.wkbMultiPolygon, [("name_en", S), ("iso_a3", S), ("source", S), ("accuracy_m", I), ("note", S)],
                  "Country polygons clipped to 43-51E 37.5-43.5N (OpenStreetMap via geo-maps)"),
    "admin1": (ogr.wkbMultiPolygon, [("name_en", S), ("name_local", S), ("country", S), ("source", S), ("accuracy_m", I), ("note", S)],
               "First-level divisions of Armenia and Azerbaijan (Natural Earth)"),
    "lakes": (ogr.wkbMultiPolygon, [("name_en", S), ("name_hy", S), ("name_az", S), ("area_km2", R), ("source", S), ("accuracy_m", I), ("note", S)],
              "Lakes and reservoirs from GSHHG (level 2 shorelines, full resolution) and, where GSHHG has none, OpenStreetMap"),
    "rivers": (ogr.wkbMultiLineString, [("wdbii_class", I), ("name_en", S), ("source", S), ("accuracy_m", I), ("note", S)],
               "Permanent rivers from WDBII (classes 2-4), full resolution"),
    "syunik": (ogr.wkbMultiPolygon, [("name_en", S), ("name_local", S), ("area_km2", R), ("area_ref_km2", R), ("source", S), ("accuracy_m", I), ("note", S)],
               "Syunik province of Armenia (Natural Earth)"),
    "nkao_1991": (ogr.wkbMultiPolygon, [("name_en", S), ("area_km2", R), ("area_ref_km2", R), ("valid_from", S), ("valid_to", S), ("source", S), ("accuracy_m", I), ("note", S)],
                  "Nagorno-Karabakh Autonomous Oblast as of 1991 (Natural Earth lines, polygonized)"),
    "ceasefire_line_1994": (ogr.wkbLineString, [("name_en", S), ("valid_from", S), ("valid_to", S), ("source", S), ("accuracy_m", I), ("note", S)],
                            "Line of contact after the May 1994 ceasefire (Natural Earth)"),
    "contact_line_2020": (ogr.wkbMultiLineString, [("name_en", S), ("valid_from", S), ("valid_to", S), ("source", S), ("accuracy_m", I), ("note", S)],
                          "Approximate line of contact after the 10 Nov 2020 ceasefire (hand-traced)"),
    "contested_areas": (ogr.wkbMultiPolygon, [("name_en", S), ("valid_from", S), ("valid_to", S), ("source", S), ("accuracy_m", I), ("note", S)],
                        "Areas fought over in the two wars where the front is not reliably known (contested / front fluid)"),
    "front_lines": (ogr.wkbMultiLineString, [("name_en", S), ("valid_from", S), ("valid_to", S), ("source", S), ("accuracy_m", I), ("note", S)],
                    "Approximate front lines of the 1992-94 war and the 2020 war (outline of the Armenian-held area)"),
    "control_areas": (ogr.wkbMultiPolygon, [("name_en", S), ("controlled_by", S), ("valid_from", S), ("valid_to", S), ("area_km2", R), ("source", S), ("accuracy_m", I), ("note", S)],
                      "Area held by Armenian forces / the de facto NKR, consecutive dated versions"),
    "post_war_positions": (ogr.wkbMultiPolygon, [("name_en", S), ("held_by", S), ("valid_from", S), ("valid_to", S), ("source", S), ("accuracy_m", I), ("note", S)],
                           "Approximate Azerbaijani positions taken after the 2020 ceasefire (and Murovdag), with whose claim the extent is"),
    "peacekeeping_zone": (ogr.wkbMultiPolygon, [("name_en", S), ("valid_from", S), ("valid_to", S), ("source", S), ("accuracy_m", I), ("note", S)],
                          "Russian peacekeepers' zone of responsibility, dated versions (approximate)"),
    "peacekeeper_posts": (ogr.wkbPoint, [("name", S), ("kind", S), ("status", S), ("valid_from", S), ("valid_to", S), ("source", S), ("source_url", S), ("accuracy_m", I), ("note", S)],
                          "Russian peacekeepers' HQ and observation posts (documented or approximate)"),
    "lachin_corridor": (ogr.wkbMultiPolygon, [("name_en", S), ("route", S), ("status", S), ("valid_from", S), ("valid_to", S), ("width_km", R), ("source", S), ("accuracy_m", I), ("note", S)],
                        "Lachin corridor, 5 km wide around each road route"),
    "corridor_blockades": (ogr.wkbPoint, [("name_en", S), ("status", S), ("valid_from", S), ("valid_to", S), ("source", S), ("accuracy_m", I), ("note", S)],
                           "Where the Lachin corridor was blocked or controlled, dated (blockade site, checkpoint)"),
    "lachin_road": (ogr.wkbLineString, [("name_en", S), ("route", S), ("valid_from", S), ("valid_to", S), ("length_km", R), ("source", S), ("accuracy_m", I), ("note", S)],
                    "Centrelines of the Goris-Stepanakert road routes (waypoint skeletons)"),
    "places": (ogr.wkbPoint, [("place_id", S), ("name_en", S), ("name_hy", S), ("name_az", S), ("name_hy_script", S), ("country", S), ("kind", S), ("rank", I), ("confidence", S), ("source", S), ("source_url", S), ("accuracy_m", I), ("note", S)],
               "Settlements and sites with English, Armenian (Latin) and Azerbaijani names"),
    "events": (ogr.wkbPoint, [("id", S), ("date", S), ("end_date", S), ("date_precision", S), ("category", S), ("title", S), ("summary", S), ("place", S), ("source_name", S), ("source_url", S), ("more_sources", S), ("confidence", S)],
               "Dated events 1988-2024"),
}

LAYER_ORDER = ["countries", "admin1", "lakes", "rivers", "syunik", "nkao_1991", "ceasefire_line_1994", "contact_line_2020",
               "front_lines", "contested_areas", "control_areas", "post_war_positions", "peacekeeping_zone", "peacekeeper_posts", "lachin_corridor", "corridor_blockades", "lachin_road",
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
