"""Approximate fronts of the two wars (1992-94 and 27 Sep - 9 Nov 2020), built from district
outlines: Natural Earth districts, the NKAO outline, the 1994 Armenian-held area. The dates are
those of resources/shared reference 'fronts.md' (district falls, announced captures); the areas are
coarse, so each version says how it was drawn and areas whose control was not settled that week
are given as 'contested / front fluid' instead of being assigned to a side."""

from .derive import circle, district, union_all
from .geom import as_multipolygon, without_holes

FIRST_WAR_SRC = ("Dates: reference fronts.md section 1.1 (Wikipedia 'Operation Goranboy', 'Battle of Kalbajar', "
                 "'Battle of Aghdam', 'Operation Kalbajar'; LA Times 28 Jun 1993; AP 7 Jan 1994; Azerbaijani government "
                 "dates for district falls; armenianhistory.info 'History of Karabakh' part 5 and therootsofkarabakh.com "
                 "ch. 25 for Martakert 4 Jul 1992 and Sarsang Feb 1993); areas: "
                 "Natural Earth districts, NKAO outline and 1994 line")
SECOND_WAR_SRC = ("Dates: reference fronts.md section 3.1 (Azerbaijani announcements and Armenian statements, "
                  "weekly); areas: Natural Earth districts and the 1994 Armenian-held area")


def _d(admin_rows, *names):
    return union_all([district(admin_rows, n + " District") for n in names])


def _minus(a, b):
    return as_multipolygon(a.Difference(b))


def _clean(g, aze, close=0.015, min_deg2=0.0002):
    """Close the seams between the NKAO outline and the Natural Earth districts (a buffer out and
    back in of `close` degrees, about 1.5 km), keep it in Azerbaijan and drop slivers under about
    2 km2 left where the district outlines overrun the OSM border."""
    if g is None:
        return None
    closed = g.Buffer(close, 4).Buffer(-close, 4).Intersection(without_holes(aze))
    parts = [p.Clone() for p in as_multipolygon(closed) if p.GetArea() >= min_deg2]
    return without_holes(union_all(parts))


def _open(g, inside, width=0.012):
    """Drop slivers thinner than about 2.5 km (a buffer in and back out of `width` degrees) left
    where Natural Earth's district outlines and the OSM border do not meet."""
    opened = g.Buffer(-width, 4).Buffer(width, 4).Intersection(inside)
    return union_all([p.Clone() for p in as_multipolygon(opened) if p.GetArea() >= 0.003])  # >= about 30 km2


def first_war(admin_rows, nkao, held94, aze):
    """(held, contested, valid_from, valid_to, accuracy_m, note) for 1992-01-06 -> 1994-05-12."""
    # The NKAO outline and Natural Earth's districts around it do not tile: the parts of the Khojaly
    # district just outside the outline that were held in 1994 go with it. Natural Earth's Shusha and
    # Khojavend districts spill 2-8 km beyond the outline over Lachin town and Jabrayil town: those
    # parts go with the Lachin and Jabrayil / Fuzuli districts and fall on their dates.
    around = held94.Intersection(union_all([_d(admin_rows, "Khojaly"), district(admin_rows, "Shusha City")]))
    spill_w = as_multipolygon(_d(admin_rows, "Shusha").Difference(nkao).Intersection(aze))
    spill_s = as_multipolygon(held94.Intersection(_d(admin_rows, "Khojavend")).Difference(nkao))
    nkao = union_all([nkao, around])
    north_nkao = as_multipolygon(nkao.Intersection(_d(admin_rows, "Tartar", "Kalbajar")))  # ex-Mardakert district
    lachin = as_multipolygon(union_all([_d(admin_rows, "Lachin"), spill_w]).Intersection(aze).Difference(nkao))
    kalbajar = as_multipolygon(_d(admin_rows, "Kalbajar").Difference(nkao).Intersection(aze))
    h = lambda *names: as_multipolygon(held94.Intersection(_d(admin_rows, *names)).Difference(nkao))
    aghdam, fuzuli = h("Aghdam"), h("Fuzuli")
    jabrayil = as_multipolygon(union_all([h("Jabrayil"), spill_s]).Difference(nkao))
    gubadli, zangilan = h("Gubadli"), h("Zangilan")
    horadiz = as_multipolygon(circle(47.3364, 39.4478, 9000).Intersection(_d(admin_rows, "Fuzuli", "Jabrayil"))
                              .Intersection(aze).Difference(held94))
    talish = as_multipolygon(union_all([circle(46.7408, 40.3814, 6000), circle(46.8228, 40.3364, 5000)])
                             .Intersection(held94).Difference(nkao.Difference(north_nkao)))
    omar = as_multipolygon(circle(46.2000, 40.2950, 12000).Intersection(held94).Intersection(_d(admin_rows, "Kalbajar")))
    sarsang = as_multipolygon(circle(46.6171, 40.1814, 10000).Intersection(north_nkao))
    core = _minus(nkao, north_nkao)
    out = [
        (None, nkao, "1992-01-06", "1992-05-09", 10000,
         "Contested / front fluid: after the NKR's declaration of independence Armenian and Azerbaijani villages "
         "of the former NKAO were held by their own forces; Shusha (until 8-9 May 1992) and Khojaly (until "
         "25-26 Feb 1992) were Azerbaijani strongholds. Not drawn village by village."),
        (nkao, None, "1992-05-09", "1992-05-18", 10000,
         "Armenian forces hold the former NKAO after taking Shusha (8-9 May 1992); some Azerbaijani-held villages "
         "on its edges are not shown."),
        (union_all([nkao, lachin]), None, "1992-05-18", "1992-06-12", 10000,
         "Lachin taken on 18 May 1992, opening the road to Goris; the whole Lachin district is drawn although its "
         "control was consolidated over the following weeks."),
        (union_all([core, lachin]), north_nkao, "1992-06-12", "1992-07-04", 10000,
         "Azerbaijan's summer offensive (Operation Goranboy) overruns Shahumyan and pushes into the Martakert "
         "district, drawn here as the part of the former NKAO in today's Tartar and Kalbajar districts (contested)."),
        (union_all([core, lachin]), None, "1992-07-04", "1993-02-01", 10000,
         "Martakert taken by Azerbaijan (4 Jul 1992): the north of the former NKAO is Azerbaijani-held. At its peak "
         "Azerbaijan held a quarter to almost half of the former NKAO (estimates differ); local changes of the "
         "autumn (an Azerbaijani attempt on Lachin was repelled) are not drawn."),
        (union_all([core, lachin]), sarsang, "1993-02-01", "1993-04-03", 10000,
         "Armenian counteroffensive from February 1993 (day not known; drawn from 1 Feb) regains the Sarsang "
         "reservoir area (one source says already Nov 1992): a 10 km circle round the reservoir inside the "
         "Azerbaijani-held north of the former NKAO is drawn as contested."),
        (union_all([core, lachin, kalbajar]), None, "1993-04-03", "1993-06-27", 8000,
         "Kalbajar district taken (27 Mar - 3 Apr 1993)."),
        (union_all([nkao, lachin, kalbajar]), None, "1993-06-27", "1993-07-23", 8000,
         "Martakert retaken by Armenian forces (27 Jun 1993)."),
        (union_all([nkao, lachin, kalbajar, aghdam]), None, "1993-07-23", "1993-08-23", 6000,
         "Aghdam taken (23 Jul 1993): the part of the district held until 2020 (about three quarters)."),
        (union_all([nkao, lachin, kalbajar, aghdam]), union_all([fuzuli, jabrayil, gubadli]), "1993-08-23",
         "1993-08-31", 8000,
         "Fuzuli and Jabrayil fall (23 Aug 1993); Gubadli is cut off and falls on 31 Aug. The areas under attack "
         "are drawn as contested."),
        (union_all([nkao, lachin, kalbajar, aghdam, fuzuli, jabrayil, gubadli]), zangilan, "1993-08-31",
         "1993-10-29", 8000,
         "Gubadli taken (31 Aug 1993); Zangilan district between the Armenian border, Gubadli and Iran is "
         "contested until late October."),
        (union_all([held94, horadiz]), None, "1993-10-29", "1993-12-15", 8000,
         "Peak Armenian extent: Zangilan district and the Horadiz junction taken (23-30 Oct 1993); the Horadiz "
         "area is drawn as a 9 km circle east of the 1994 line."),
        (_minus(held94, omar), union_all([horadiz, omar]), "1993-12-15", "1994-01-05", 10000,
         "Azerbaijan's winter offensive from 15 Dec 1993 in the Horadiz sector and from the north across the "
         "Murovdag ridge toward the Omar pass (Kalbajar): front fluid. The Horadiz area (9 km circle) and a "
         "12 km circle round the Omar pass are drawn as contested; how far Azerbaijan advanced in Kalbajar is "
         "not known here."),
        (_minus(held94, union_all([talish, omar])), union_all([talish, omar]), "1994-01-05", "1994-02-18", 10000,
         "Azerbaijan retakes Horadiz and about 20 Fuzuli villages (5-6 Jan 1994). In Kalbajar the fighting "
         "toward the Omar pass goes on until the Armenian counterattack of 12-18 Feb 1994 (Omar pass area "
         "contested). Talish, Chaylu, Madaghis and Levonarkh in the north-east are drawn as contested until the "
         "Armenian April offensive."),
        (_minus(held94, talish), talish, "1994-02-18", "1994-04-10", 8000,
         "By 18 Feb 1994 the Omar pass and all of Kalbajar are Armenian-held again (Azerbaijan's winter gains "
         "there reversed, no net change). Talish, Chaylu, Madaghis and Levonarkh in the north-east are drawn as "
         "contested until the Armenian April offensive."),
        (held94, None, "1994-04-10", "1994-05-12", 4000,
         "Armenian April 1994 offensive takes Talish, Chaylu, Madaghis and Levonarkh; the line then froze at the "
         "ceasefire of 12 May 1994."),
    ]
    rows = []
    for h, c, vf, vt, acc, note in out:
        held, cont = _clean(h, aze, close=0.035), _clean(c, aze, close=0.035)
        if held is not None and cont is not None:
            held = _minus(held, cont)  # the closing buffer may reach into the contested area
        rows.append((held, cont, vf, vt, acc, note))
    return rows


def second_war(admin_rows, nkao, held94):
    """(held, contested, valid_from, valid_to, accuracy_m, note), weekly 2020-09-27 -> 2020-11-10."""
    def part(*names):
        return as_multipolygon(held94.Intersection(_d(admin_rows, *names)))

    jab, fuz, zan, gub = part("Jabrayil"), part("Fuzuli"), part("Zangilan"), part("Gubadli")
    # Natural Earth's Khojavend district spills beyond the NKAO outline over Jabrayil town: that part
    # goes with Jabrayil.
    jab = as_multipolygon(union_all([jab, held94.Intersection(_d(admin_rows, "Khojavend")).Difference(nkao)]))
    lachin_s = as_multipolygon(part("Lachin").Intersection(circle(46.60, 39.45, 20000)))
    hadrut = as_multipolygon(held94.Intersection(nkao).Intersection(_d(admin_rows, "Khojavend"))
                             .Intersection(circle(46.95, 39.52, 17000)))
    shusha = as_multipolygon(held94.Intersection(union_all([_d(admin_rows, "Shusha"), district(admin_rows, "Shusha City")]))
                             .Intersection(circle(46.7486, 39.7592, 6000)))
    talish = as_multipolygon(held94.Intersection(circle(46.7408, 40.3814, 7000)))
    south = union_all([jab, fuz])
    rows = [
        ("2020-09-27", "2020-10-04", [], [south, talish], 8000,
         "First week: fighting along the whole line; Azerbaijan announced villages in the Fuzuli and Jabrayil "
         "districts and heights of the Murovdag ridge (27 Sep) and Talish and Madaghis (3 Oct). The south-eastern "
         "districts and the Talish area are drawn as contested."),
        ("2020-10-04", "2020-10-11", [talish], [south, hadrut], 8000,
         "Jabrayil town announced taken (4 Oct) and Hadrut (9 Oct, effective control about 14-15 Oct); Talish and "
         "Madaghis on the Azerbaijani side."),
        ("2020-10-11", "2020-10-18", [talish, jab], [fuz, hadrut, zan], 8000,
         "Fuzuli town announced taken (17 Oct); Hadrut under Azerbaijani control by about 15 Oct; fighting moves "
         "west along the Iranian border."),
        ("2020-10-18", "2020-10-25", [talish, jab, fuz, hadrut], [zan, gub], 8000,
         "Khudafarin bridge (18 Oct), Zangilan (20 Oct), Minjivan (21 Oct); the whole Iranian border section "
         "declared under Azerbaijani control (22 Oct). Gubadli contested."),
        ("2020-10-25", "2020-11-01", [talish, jab, fuz, hadrut, zan, gub], [lachin_s, shusha], 8000,
         "Gubadli taken (25 Oct, confirmed by Armenia 26 Oct); fighting reaches the Shusha district (29 Oct) and "
         "the south of the Lachin district."),
        ("2020-11-01", "2020-11-08", [talish, jab, fuz, hadrut, zan, gub], [lachin_s, shusha], 8000,
         "Fighting for the southern Lachin district and the approach to Shusha; part of the Shusha-Lachin road "
         "closed (4 Nov)."),
        ("2020-11-08", "2020-11-10", [talish, jab, fuz, hadrut, zan, gub, lachin_s, shusha], [], 6000,
         "Shusha taken (8 Nov, loss confirmed by the Karabakh side 9 Nov); 23 more villages announced on 9 Nov. "
         "The ceasefire took effect at 00:00 Moscow time on 10 Nov."),
    ]
    out = []
    for vf, vt, lost, contested, acc, note in rows:
        gone = union_all(lost + contested) if lost or contested else None
        held = _open(_minus(held94, gone), held94) if gone is not None else held94
        cont = union_all(contested) if contested else None
        if cont is not None and lost:
            cont = _minus(cont, union_all(lost))
        out.append((held, cont, vf, vt, acc, note))
    return out
