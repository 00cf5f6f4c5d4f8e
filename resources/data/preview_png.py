#!/usr/bin/python3
"""Render a quick PNG of karabakh.gpkg at one date, for eyeballing the data (needs python3-pil).

  /usr/bin/python3 resources/data/preview_png.py [--date 2021-08-31] [--bbox 45.3 38.8 47.6 40.5] out.png
"""
import argparse
import math
import os

from osgeo import ogr
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))

# layer -> (fill RGBA or None, outline RGBA, width)
STYLE = [
    ("countries", (242, 239, 233, 255), (154, 148, 138, 255), 2),
    ("admin1", None, (190, 184, 175, 255), 1),
    ("control_areas", (230, 159, 0, 110), (200, 120, 0, 255), 1),
    ("nkao_1991", None, (0, 0, 0, 255), 2),
    ("peacekeeping_zone", (0, 114, 178, 50), (0, 114, 178, 255), 1),
    ("lachin_corridor", (86, 180, 233, 90), (0, 114, 178, 255), 1),
    ("syunik", None, (0, 158, 115, 255), 2),
    ("ceasefire_line_1994", None, (213, 94, 0, 255), 3),
    ("contact_line_2020", None, (204, 121, 167, 255), 3),
    ("lachin_road", None, (80, 80, 80, 255), 2),
    ("peacekeeper_posts", (0, 114, 178, 255), (0, 0, 0, 255), 5),
    ("places", (40, 40, 40, 255), (40, 40, 40, 255), 3),
    ("events", (213, 94, 0, 255), (0, 0, 0, 255), 3),
]


def active(f, date, temporal):
    if not temporal or f.GetDefnRef().GetFieldIndex("valid_from") < 0:
        return True
    vf = f.GetFieldAsString("valid_from")
    vt = f.GetFieldAsString("valid_to") if f.IsFieldSetAndNotNull("valid_to") else ""
    return (not vf or vf <= date) and (not vt or date < vt)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--gpkg", default=os.path.join(HERE, "karabakh.gpkg"))
    ap.add_argument("--date", default="2021-08-31")
    ap.add_argument("--bbox", nargs=4, type=float, default=[45.3, 38.8, 47.6, 40.5])
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--labels", action="store_true")
    a = ap.parse_args()
    x0, y0, x1, y1 = a.bbox
    k = math.cos(math.radians((y0 + y1) / 2))
    w = a.width
    h = int(w * (y1 - y0) / ((x1 - x0) * k))
    img = Image.new("RGBA", (w, h), (200, 220, 240, 255))

    def px(x, y):
        return ((x - x0) / (x1 - x0) * w, (y1 - y) / (y1 - y0) * h)

    ds = ogr.Open(a.gpkg)
    for name, fill, outline, width in STYLE:
        layer = ds.GetLayer(name)
        overlay = Image.new("RGBA", img.size, (0, 0, 0, 0))
        d = ImageDraw.Draw(overlay)
        for f in layer:
            if not active(f, a.date, name not in ("nkao_1991",)):
                continue
            g = f.GetGeometryRef()
            _draw(d, g, px, fill, outline, width)
            if a.labels and name == "places" and f.GetField("rank") <= 3:
                x, y = px(g.GetX(), g.GetY())
                d.text((x + 4, y - 6), f.GetField("name_en"), fill=(0, 0, 0, 255))
        img = Image.alpha_composite(img, overlay)
    img.convert("RGB").save(a.out)


def _draw(d, g, px, fill, outline, width):
    t = ogr.GT_Flatten(g.GetGeometryType())
    if t in (ogr.wkbMultiPolygon, ogr.wkbMultiLineString, ogr.wkbGeometryCollection):
        for i in range(g.GetGeometryCount()):
            _draw(d, g.GetGeometryRef(i), px, fill, outline, width)
    elif t == ogr.wkbPolygon:
        for j in range(g.GetGeometryCount()):
            ring = g.GetGeometryRef(j)
            pts = [px(*ring.GetPoint_2D(i)) for i in range(ring.GetPointCount())]
            if fill and j == 0:
                d.polygon(pts, fill=fill)
            d.line(pts, fill=outline, width=width)
    elif t == ogr.wkbLineString:
        d.line([px(*g.GetPoint_2D(i)) for i in range(g.GetPointCount())], fill=outline, width=width)
    elif t == ogr.wkbPoint:
        x, y = px(g.GetX(), g.GetY())
        d.ellipse([x - width, y - width, x + width, y + width], fill=fill, outline=outline)


if __name__ == "__main__":
    main()
