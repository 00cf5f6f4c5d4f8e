"""Approximate Azerbaijani positions taken after the 2020 ceasefire (and the Murovdag heights taken
in the war), as areas. Positions are coarse circles or border strips placed from the reference
notes; each says whose claim the extent is."""

from .derive import circle, union_all
from .geom import as_multipolygon, from_utm, to_utm

ARM_CLAIM = ("Extent as claimed by Armenia's government; Azerbaijan says its troops stand on its own side of an "
             "undemarcated border. ")


def _border_strip(arm, aze, depth_m, centre, radius_m):
    """The part of Armenia within depth_m of the Azerbaijani border, inside a circle."""
    strip = from_utm(to_utm(aze).Buffer(depth_m, 8)).Intersection(arm)
    return as_multipolygon(strip.Intersection(circle(*centre, radius_m)))


def positions(arm, aze):
    """(geometry, name, valid_from, valid_to, source, note) rows."""
    return [
        (as_multipolygon(circle(46.32, 40.27, 5000).Intersection(aze)), "Murovdag heights (approximate)",
         "2020-09-27", "2020-11-25",
         "Event E039 (Azerbaijani Ministry of Defence announcement); reference region-notes (d)",
         "Heights of the Murovdag ridge announced taken on 27 Sep 2020; circle of 5 km round the range centre "
         "given by the reference (medium confidence). The rest of the Kalbajar district was handed over on "
         "25 Nov 2020."),
        (as_multipolygon(circle(46.8011, 40.0194, 2000).Intersection(aze)), "Parukh / Karaglukh heights (approximate)",
         "2022-03-24", "2023-09-20",
         "Event E069; an Armenian opposition MP's estimate of 1,100-1,200 ha (armenianclub.com copy)",
         "Azerbaijani troops entered Parukh on 24 Mar 2022 and took positions on the slopes of Mt Karaglukh; the "
         "village itself was placed under the peacekeepers on 28 Mar. Karaglukh's position was not found: a "
         "2 km circle at Parukh (about 12 km2, the size of the Armenian estimate) stands for it."),
        (as_multipolygon(circle(46.5875, 39.6772, 2000).Intersection(aze)), "Saribaba / Girkhgiz heights (approximate)",
         "2022-08-03", "2023-09-20", "Event E070 (Azerbaijani operation 'Revenge', Sputnik)",
         "Heights above Yeghtsahogh next to the corridor, announced taken by Azerbaijan on 3 Aug 2022; a 2 km "
         "circle at the village stands for them."),
        (_border_strip(arm, aze, 3500, (46.2317, 39.5981), 6000), "Positions near Lake Sev (approximate, claim)",
         "2021-05-12", "", "Event E063; reference fronts.md section 4 (Public Radio of Armenia)",
         ARM_CLAIM + "Azerbaijani units advanced about 3.5 km past the line Armenia regards as the border below "
                     "Mets Ishkhanasar on 12 May 2021; drawn as the Armenian land within 3.5 km of the border and "
                     "6 km of Lake Sev. A reported partial pull-back is not confirmed."),
        (_border_strip(arm, aze, 2500, (45.86, 40.09), 7000), "Positions near Verin Shorzha and Kut (approximate, claim)",
         "2021-05-13", "", "Events E064; reference fronts.md section 4 (Orbeli Center geolocation)",
         ARM_CLAIM + "Armenian open-source geolocation puts Azerbaijani posts 1-3.7 km inside the Soviet-era "
                     "line along about 13 km near Verin Shorzha and Kut (Gegharkunik); drawn as a 2.5 km strip. "
                     "Armenia's PM put the total held since May 2021 at 40-45 km2."),
        (_border_strip(arm, aze, 7500, (45.79, 39.90), 4250), "Positions in the Jermuk sector (approximate, claim)",
         "2022-09-13", "", "Events E073, E190, E192; Armenian chief of general staff (Panorama.am, 28 Apr 2023)",
         ARM_CLAIM + "After the fighting of 13-14 Sep 2022 Armenia's chief of general staff described an advance "
                     "about 8.5 km wide and 7.5 km deep in the Jermuk sector (60 km2); the location of that "
                     "salient along the border east of Jermuk is not known here: drawn as the land within 7.5 km "
                     "of the border in a circle of 4.25 km on the border nearest Jermuk."),
    ]


def cut_out(versions, pw):
    """Take the Azerbaijani positions out of the Armenian-held versions they overlap.

    versions: (geometry, valid_from, valid_to, accuracy_m, source, note) rows; pw: rows of
    positions(). A version that a position starts or ends inside is split at that date, so the
    held area and its line shrink on the day the position was taken."""
    out = []
    for g, vf, vt, acc, src, note in versions:
        hits = [p for p in pw if p[2] < vt and (not p[3] or p[3] > vf) and p[0].Intersects(g)]
        cuts = sorted({d for p in hits for d in (p[2], p[3]) if d and vf < d < vt})
        bounds = [vf] + cuts + [vt]
        for a, b in zip(bounds, bounds[1:]):
            active = [p for p in hits if p[2] <= a and (not p[3] or p[3] >= b)]
            if not active:
                out.append((g, a, b, acc, src, note))
                continue
            piece = as_multipolygon(g.Difference(union_all([p[0] for p in active])))
            names = ", ".join(p[1].replace(" (approximate)", "") for p in active)
            out.append((piece, a, b, acc, src, note + f" Azerbaijani positions cut out (post_war_positions): {names}."))
    return out
