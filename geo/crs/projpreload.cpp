#include "projpreload.h"

#include "coordinatetransform.h"

namespace ka {

ProjPreload::ProjPreload()
    : mThread([] {
        // Making a transform between CRS codes loads the library and opens its database.
        const CoordinateTransform lonLat(QStringLiteral("EPSG:4326"), QStringLiteral("EPSG:4326"));
    })
{
}

ProjPreload::~ProjPreload()
{
    if (mThread.joinable())
        mThread.join();
}

} // namespace ka
