#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <memory>

namespace ka {

// Transforms coordinates between two CRSs with PROJ. Any CRS PROJ accepts works: "EPSG:32638",
// WKT, a PROJ string. Axis order is normalised once here: x is always easting/longitude and
// y northing/latitude, whatever the CRS definition says.
//
// Each object owns its own PROJ context, so one object per thread is safe; objects are
// movable, not copyable.
class CoordinateTransform {
public:
    CoordinateTransform();
    CoordinateTransform(const QString& sourceCrs, const QString& targetCrs);
    ~CoordinateTransform();
    CoordinateTransform(CoordinateTransform&&) noexcept;
    CoordinateTransform& operator=(CoordinateTransform&&) noexcept;
    CoordinateTransform(const CoordinateTransform&) = delete;
    CoordinateTransform& operator=(const CoordinateTransform&) = delete;

    bool isValid() const;
    // True when the transform changes no coordinate (source and target are the same CRS with
    // the same axes): transform() then only turns non-finite points into NaN.
    bool isIdentity() const;
    // Why the transform could not be created, PROJ's message included.
    QString errorString() const;

    // Transforms n points in place (forward, or inverse). Points PROJ cannot transform, such
    // as ones outside the CRS's domain, become NaN. Returns how many failed.
    int transform(double* x, double* y, int n, bool inverse = false) const;

    // Transforms points in place; failed points become NaN. Returns how many failed.
    int transform(QPointF* points, int n, bool inverse = false) const;

    // One point; nullopt-like: returns false and leaves out untouched on failure.
    bool transform(QPointF in, QPointF* out, bool inverse = false) const;

    // Bounding box of a rectangle's image, densified along the edges so curved edges count.
    QRectF transformBounds(const QRectF& rect, bool inverse = false) const;

    // True when PROJ understands the definition; fills error otherwise.
    static bool isValidCrs(const QString& definition, QString* error = nullptr);

private:
    static bool checkCrs(const QString& definition, QString* error);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace ka
