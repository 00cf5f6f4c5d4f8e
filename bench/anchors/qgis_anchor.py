#!/usr/bin/env python3
"""QGIS anchor for karabakh-atlas-bench (part `anchors`): the same work done by QGIS 3.22.

Two modes, each one process, run by the benchmark in the same invocation as our figures:

  export SCENARIO_JSON OUT.png WxH
      The whole-process export anchor: start Python and QGIS, open every vector layer the
      scenario names (from its GeoPackage), style them as plain fills/lines/points (no labels,
      no layout), render the scenario's initial extent in its display CRS and write a PNG.
      The benchmark times this whole process from outside, as it times `karabakh-atlas export`.

  frames DATA WxH REPETITIONS
      The frame anchor: open one polygon layer in its own CRS, draw the whole layer and the
      Karabakh region (lon 44.5-47.5, lat 38.5-40.5) REPETITIONS times each after a warm-up,
      with a 1 px antialiased outline as our renderer draws it, and print one JSON object of
      median milliseconds: {"world_frame_ms": .., "region_frame_ms": .., "load_s": ..}.

Nothing here is imported by the tests; python3-qgis is installed by the benchmark when missing.
"""

import json
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import (  # noqa: E402  (the platform must be set before Qt starts)
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsProject,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402


def start_qgis():
    app = QgsApplication([], False)
    app.initQgis()
    return app


def plain_renderer(layer, fill="#f2efe9", stroke="#9a948a"):
    kind = layer.geometryType()
    if kind == QgsWkbTypes.PolygonGeometry:
        symbol = QgsFillSymbol.createSimple(
            {"color": fill, "outline_color": stroke, "outline_width": "0.26"}
        )
    elif kind == QgsWkbTypes.LineGeometry:
        symbol = QgsLineSymbol.createSimple({"color": stroke, "width": "0.4"})
    else:
        symbol = QgsMarkerSymbol.createSimple({"color": stroke, "size": "1.6"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))


def render(layers, crs, extent, size):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs)
    settings.setOutputSize(size)
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor("#dfe9f0"))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()


def parse_size(text):
    w, h = text.lower().split("x")
    return QSize(int(w), int(h))


def export(scenario_path, out, size_text):
    with open(scenario_path, encoding="utf-8") as f:
        scenario = json.load(f)
    base = os.path.dirname(os.path.abspath(scenario_path))
    crs = QgsCoordinateReferenceSystem(scenario.get("crs", "EPSG:4326"))
    layers = []
    for spec in scenario["layers"]:
        source = os.path.normpath(os.path.join(base, spec["source"]))
        uri = source + "|layername=" + spec.get("layer", spec["id"])
        layer = QgsVectorLayer(uri, spec["id"], "ogr")
        if not layer.isValid():
            print("qgis_anchor: cannot open " + uri, file=sys.stderr)
            return 1
        style = spec.get("style", {})
        fill = style.get("fill", "#f2efe9")
        plain_renderer(layer, "#00000000" if fill == "none" else fill, style.get("stroke", "#9a948a"))
        QgsProject.instance().addMapLayer(layer, False)
        layers.append(layer)
    layers.reverse()  # QGIS draws the first layer on top; the scenario lists the bottom first
    minlon, minlat, maxlon, maxlat = scenario["extent"]
    to_crs = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), crs, QgsProject.instance()
    )
    extent = to_crs.transformBoundingBox(QgsRectangle(minlon, minlat, maxlon, maxlat))
    image = render(layers, crs, extent, parse_size(size_text))
    tmp = out + ".part.png"
    if not image.save(tmp, "PNG"):
        print("qgis_anchor: cannot write " + out, file=sys.stderr)
        return 1
    os.replace(tmp, out)
    return 0


def median_ms(fn, repetitions):
    fn()  # warm-up, as our frame figures have
    times = []
    for _ in range(repetitions):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000.0)
    return statistics.median(times)


def frames(data, size_text, repetitions):
    t = time.perf_counter()
    layer = QgsVectorLayer(data, "data", "ogr")
    if not layer.isValid():
        print("qgis_anchor: cannot open " + data, file=sys.stderr)
        return 1
    plain_renderer(layer)
    load_s = time.perf_counter() - t
    crs = layer.crs()
    size = parse_size(size_text)
    world = layer.extent()
    region = QgsRectangle(44.5, 38.5, 47.5, 40.5)
    result = {
        "world_frame_ms": median_ms(lambda: render([layer], crs, world, size), repetitions),
        "region_frame_ms": median_ms(lambda: render([layer], crs, region, size), repetitions),
        "load_s": load_s,
        "qgis_version": __import__("qgis.core", fromlist=["Qgis"]).Qgis.QGIS_VERSION,
    }
    print(json.dumps(result))
    return 0


def main(argv):
    if len(argv) == 4 and argv[0] == "export":
        return export(argv[1], argv[2], argv[3])
    if len(argv) == 4 and argv[0] == "frames":
        return frames(argv[1], argv[2], int(argv[3]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    _app = start_qgis()
    code = main(sys.argv[1:])
    _app.exitQgis()
    sys.exit(code)
