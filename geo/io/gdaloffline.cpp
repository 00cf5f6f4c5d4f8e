#include "gdaloffline.h"

#include <cpl_conv.h>
#include <cpl_http.h>
#include <cpl_vsi.h>

namespace ka::gdaloffline {

namespace {

// The same list LocalInput refuses by name, here without the trailing query forms.
constexpr const char* kNetworkFileSystems[] = { "/vsicurl/", "/vsicurl_streaming/", "/vsis3/",
    "/vsis3_streaming/", "/vsigs/", "/vsigs_streaming/", "/vsiaz/", "/vsiaz_streaming/", "/vsiadls/",
    "/vsioss/", "/vsioss_streaming/", "/vsiswift/", "/vsiswift_streaming/", "/vsihdfs/", "/vsiwebhdfs/" };

// Drivers whose only job is talking to a server (GDAL 3.6 short names).
constexpr const char* kNetworkDrivers
    = "HTTP WFS OAPIF CSW Elasticsearch CouchDB NGW Carto AmigoCloud "
      "PLSCENES EEDA OGCAPI WMS WMTS WCS DAAS PostgreSQL MySQL MSSQLSpatial "
      "ODBC HANA MongoDBv3 GNMDatabase";

CPLHTTPResult* refuseFetch(
    const char*, CSLConstList, GDALProgressFunc, void*, CPLHTTPFetchWriteFunc, void*, void*)
{
    auto* result = static_cast<CPLHTTPResult*>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup("network access is turned off in Karabakh Atlas");
    return result;
}

int refuseStat(void*, const char*, VSIStatBufL*, int)
{
    return -1;
}

void* refuseOpen(void*, const char*, const char*)
{
    return nullptr;
}

char** refuseReadDir(void*, const char*, int)
{
    return nullptr;
}

vsi_l_offset noTell(void*)
{
    return 0;
}

int noSeek(void*, vsi_l_offset, int)
{
    return -1;
}

size_t noRead(void*, void*, size_t, size_t)
{
    return 0;
}

} // namespace

void install()
{
    CPLSetConfigOption("GDAL_SKIP", kNetworkDrivers);
    CPLSetConfigOption("GML_DOWNLOAD_WFS_SCHEMA", "NO");
    CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
    CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
    CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
    CPLHTTPSetFetchCallback(refuseFetch, nullptr);
    VSIFilesystemPluginCallbacksStruct* callbacks = VSIAllocFilesystemPluginCallbacksStruct();
    callbacks->stat = refuseStat;
    callbacks->open = refuseOpen;
    callbacks->read_dir = refuseReadDir;
    callbacks->tell = noTell;
    callbacks->seek = noSeek;
    callbacks->read = noRead;
    for (const char* prefix : kNetworkFileSystems)
        VSIInstallPluginHandler(prefix, callbacks); // replaces GDAL's own handler for the prefix
    VSIFreeFilesystemPluginCallbacksStruct(callbacks);
}

} // namespace ka::gdaloffline
