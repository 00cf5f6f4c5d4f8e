#include "gdaloffline.h"

#include <cpl_conv.h>
#include <cpl_http.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <mutex>

namespace ka::gdaloffline {

namespace {

// Drivers whose only job is talking to a server (GDAL 3.6 short names).
constexpr const char* kNetworkDrivers = "HTTP WFS OAPIF CSW Elasticsearch CouchDB NGW Carto AmigoCloud "
                                        "PLSCENES EEDA OGCAPI WMS WMTS WCS DAAS MySQL MSSQLSpatial "
                                        "ODBC HANA MongoDBv3 GNMDatabase";

CPLHTTPResult* refuseFetch(
    const char*, CSLConstList, GDALProgressFunc, void*, CPLHTTPFetchWriteFunc, void*, void*)
{
    auto* result = static_cast<CPLHTTPResult*>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup("network access is turned off in Karabakh Atlas");
    return result;
}

// The PostgreSQL driver, out of GDAL's registry (GDAL's driver manager no longer owns it).
struct WithheldDriver {
    GDALDriver* driver = nullptr;
    ~WithheldDriver()
    {
        if (driver)
            GDALDestroyDriver(driver);
    }
};

WithheldDriver& withheld()
{
    static WithheldDriver holder;
    return holder;
}

} // namespace

void withholdPostgres()
{
    static std::once_flag once;
    std::call_once(once, [] {
        GDALDriverH driver = GDALGetDriverByName("PostgreSQL");
        if (!driver)
            return;
        GDALDeregisterDriver(driver);
        withheld().driver = static_cast<GDALDriver*>(driver);
    });
}

void* openPostgres(const char* connection)
{
    GDALDriver* driver = withheld().driver;
    if (!driver || !driver->pfnOpen) {
        CPLError(CE_Failure, CPLE_NotSupported, "GDAL was built without its PostgreSQL driver");
        return nullptr;
    }
    GDALOpenInfo info(connection, GDAL_OF_VECTOR | GDAL_OF_READONLY);
    return driver->pfnOpen(&info); // GDALDatasetH: GDALClose() closes it as usual
}

void install()
{
    CPLSetConfigOption("GDAL_SKIP", kNetworkDrivers);
    CPLSetConfigOption("GML_DOWNLOAD_WFS_SCHEMA", "NO");
    CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
    CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
    CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
    CPLHTTPSetFetchCallback(refuseFetch, nullptr);
    // GDAL's network file systems (/vsicurl/, /vsis3/, ...) are not replaced by refusing handlers:
    // GDAL's VSIInstallPluginHandler drops the handler it replaces without freeing it (a leak that
    // LeakSanitizer reports in every test). Paths naming them are refused by LocalInput before
    // GDAL sees them, and CPL_VSIL_CURL_ALLOWED_EXTENSIONS=none above makes the curl-based ones
    // refuse every file a data set might name inside itself (a VRT, a shapefile's sidecar).
}

} // namespace ka::gdaloffline
