#include "geodesic.h"

#include <cmath>

namespace ka::geodesic {

namespace {
constexpr double kPi = 3.14159265358979323846;
constexpr double kDeg = kPi / 180.0;
constexpr double kA = 6378137.0; // WGS 84 semi-major axis
constexpr double kF = 1.0 / 298.257223563; // WGS 84 flattening
constexpr double kB = kA * (1.0 - kF);
constexpr double kMeanRadius = 6371008.8;
} // namespace

double haversineMeters(QPointF p1, QPointF p2)
{
    const double phi1 = p1.y() * kDeg, phi2 = p2.y() * kDeg;
    const double dPhi = phi2 - phi1, dLambda = (p2.x() - p1.x()) * kDeg;
    const double h = std::sin(dPhi / 2) * std::sin(dPhi / 2)
        + std::cos(phi1) * std::cos(phi2) * std::sin(dLambda / 2) * std::sin(dLambda / 2);
    return 2 * kMeanRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

double distanceMeters(QPointF p1, QPointF p2)
{
    // Vincenty (1975), inverse problem.
    const double L = (p2.x() - p1.x()) * kDeg;
    const double U1 = std::atan((1 - kF) * std::tan(p1.y() * kDeg));
    const double U2 = std::atan((1 - kF) * std::tan(p2.y() * kDeg));
    const double sinU1 = std::sin(U1), cosU1 = std::cos(U1), sinU2 = std::sin(U2), cosU2 = std::cos(U2);
    double lambda = L;
    for (int i = 0; i < 200; ++i) {
        const double sinL = std::sin(lambda), cosL = std::cos(lambda);
        const double sinSigma = std::sqrt((cosU2 * sinL) * (cosU2 * sinL)
            + (cosU1 * sinU2 - sinU1 * cosU2 * cosL) * (cosU1 * sinU2 - sinU1 * cosU2 * cosL));
        if (sinSigma == 0)
            return 0; // the same point
        const double cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
        const double sigma = std::atan2(sinSigma, cosSigma);
        const double sinAlpha = cosU1 * cosU2 * sinL / sinSigma;
        const double cos2Alpha = 1 - sinAlpha * sinAlpha;
        const double cos2SigmaM
            = cos2Alpha != 0 ? cosSigma - 2 * sinU1 * sinU2 / cos2Alpha : 0; // equatorial line
        const double C = kF / 16 * cos2Alpha * (4 + kF * (4 - 3 * cos2Alpha));
        const double previous = lambda;
        lambda = L
            + (1 - C) * kF * sinAlpha
                * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
        if (std::abs(lambda - previous) < 1e-12) {
            const double u2 = cos2Alpha * (kA * kA - kB * kB) / (kB * kB);
            const double A = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
            const double B = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
            const double deltaSigma = B * sinSigma
                * (cos2SigmaM
                    + B / 4
                        * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                            - B / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma)
                                * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
            return kB * A * (sigma - deltaSigma);
        }
    }
    return haversineMeters(p1, p2);
}

} // namespace ka::geodesic
