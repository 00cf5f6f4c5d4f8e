#pragma once

#include "io/geojsonrecords.h"

#include <QStringList>
#include <QVariantList>
#include <string>
#include <vector>

namespace ka {

// What GDAL's GeoJSON driver makes of a FeatureCollection's properties, learnt in a first pass
// over its features (add() for each, then finish()): the fields in GDAL's order, each field's
// type as GDAL decides it from all its values, the feature count and the feature numbers. With
// it, fill() gives each value the text EventReader gets from GDAL's field (integers, reals as
// "%.15g", booleans as 1/0 or true/false, ISO dates). A file that GDAL would order, type or
// number in a way not matched here is refused (problem()): its keys change order or a key
// appears after the first feature, a string may be a date GDAL rewrites or a time, a field
// mixes reals and strings, an integer leaves 64 bits, an "id" property, ids not increasing.
class GeoJsonLayout {
public:
    // The first pass: one feature (the records' current one); false when it is not matched.
    bool add(const GeoJsonRecords& records);
    // After the last feature: the fields' types; false when not matched (or no Point at all).
    bool finish();

    // Why the file is not matched (for the log).
    QString problem() const { return mProblem; }
    // The fields, in GDAL's order.
    QStringList names() const;
    qint64 featureCount() const { return mFeatures; }

    // The second pass: GDAL's feature number (FID) of the records' current feature.
    qint64 fid(const GeoJsonRecords& records) const
    {
        return records.hasId() ? records.id() : records.index();
    }
    // Sets attributes[i] for each field i with wanted[i] (null when the feature lacks it);
    // false when the feature does not match the first pass (the file changed in between).
    bool fill(const GeoJsonRecords& records, const std::vector<char>& wanted, QVariantList* attributes) const;

private:
    enum Seen : unsigned { Integer = 1, Real = 2, Boolean = 4, Text = 8 };
    enum class Render { Text, Real, Integer };
    bool fail(const QString& why);
    // The field of each key of the current feature, in order; -1 where a key is not a field or out of order.
    bool fieldsOf(const GeoJsonRecords& records, std::vector<int>* fields) const;
    bool addValue(const GeoJsonRecords& records, int property, int field);
    QVariant text(const GeoJsonRecords& records, int property, int field) const;

    std::vector<std::string> mNames;
    std::vector<unsigned> mSeen; // Seen flags per field
    std::vector<Render> mRender; // per field, after finish()
    qint64 mFeatures = 0, mPoints = 0, mWithId = 0, mLastId = -1;
    mutable std::vector<int> mFields; // scratch for fieldsOf
    QString mProblem;
};

} // namespace ka
