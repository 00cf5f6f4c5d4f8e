"""Geometry helpers on top of OGR/GEOS (GDAL 3.6): projections, noding, line merging,
shared-edge simplification."""

from osgeo import ogr, osr


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
