#include "tablepreview.h"

#include "io/localinput.h"
#include "io/vectorreader.h"

#include <QFileInfo>
#include <cpl_error.h>
#include <gdal.h>
#include <memory>
#include <ogr_api.h>

namespace ka {

namespace {

struct DatasetCloser {
    void operator()(void* ds) const { GDALClose(ds); }
};

struct FeatureDeleter {
    void operator()(OGRFeatureH f) const { OGR_F_Destroy(f); }
};

// Cell text as VectorReader gives it: dates GDAL recognised come back as ISO text.
QString cellText(OGRFeatureH f, int i, OGRFieldType type)
{
    if (!OGR_F_IsFieldSetAndNotNull(f, i))
        return QString();
    if (type == OFTDate || type == OFTDateTime) {
        int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
        float ss = 0;
        OGR_F_GetFieldAsDateTimeEx(f, i, &y, &m, &d, &hh, &mm, &ss, &tz);
        return QStringLiteral("%1-%2-%3")
            .arg(y, 4, 10, QLatin1Char('0'))
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(d, 2, 10, QLatin1Char('0'));
    }
    return QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
}

} // namespace

bool TablePreview::isTable(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx")
        || suffix == QLatin1String("ods");
}

std::optional<TablePreview> TablePreview::read(const QString& path, int maxRows, QString* error)
{
    VectorReader::initGdal();
    if (const QString problem = LocalInput::problem(path, LocalInput::Kind::DataSource); !problem.isEmpty()) {
        *error = problem;
        return std::nullopt;
    }
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
    const char* csvOptions[] = { "AUTODETECT_TYPE=YES", "AUTODETECT_SIZE_LIMIT=10000", nullptr };
    CPLErrorReset();
    std::unique_ptr<void, DatasetCloser> ds(GDALOpenEx(path.toUtf8().constData(),
        GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, csv ? csvOptions : nullptr, nullptr));
    if (!ds || GDALDatasetGetLayerCount(ds.get()) == 0) {
        const QString msg = QString::fromUtf8(CPLGetLastErrorMsg());
        *error = msg.isEmpty() ? QStringLiteral("%1: not a table GDAL can read").arg(path)
                               : QStringLiteral("%1: cannot open: %2").arg(path, msg);
        return std::nullopt;
    }
    OGRLayerH layer = GDALDatasetGetLayer(ds.get(), 0);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    TablePreview preview;
    std::vector<OGRFieldType> types;
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i) {
        OGRFieldDefnH fd = OGR_FD_GetFieldDefn(defn, i);
        preview.columns.append(QString::fromUtf8(OGR_Fld_GetNameRef(fd)));
        types.push_back(OGR_Fld_GetType(fd));
    }
    OGR_L_ResetReading(layer);
    while (preview.rows.size() < maxRows) {
        std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDeleter> f(OGR_L_GetNextFeature(layer));
        if (!f)
            break;
        QStringList row;
        for (int i = 0; i < int(types.size()); ++i)
            row.append(cellText(f.get(), i, types[size_t(i)]));
        preview.rows.append(row);
        preview.lines.append(csv ? OGR_F_GetFID(f.get()) + 1 : OGR_F_GetFID(f.get()));
    }
    return preview;
}

} // namespace ka
