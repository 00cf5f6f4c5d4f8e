#pragma once

#include <QByteArray>
#include <QString>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace ka {

// The features of a GeoJSON FeatureCollection, one at a time, without GDAL and without a tree
// of the whole file: the file is read in blocks, each feature parsed on its own. Only what GDAL's
// GeoJSON driver reads in a way this reader can match exactly is accepted: strict JSON (an
// optional UTF-8 byte order mark), features of type "Feature" with scalar properties, a null or
// missing geometry or a 2D "Point", an optional integer "id", an optional "bbox". Anything else
// (another geometry, a "crs", nested values, a string "id", invalid UTF-8, \u0000, lone
// surrogates, non-standard numbers, ...) stops reading: failed() and problem() say why, and the
// caller leaves the whole file to GDAL.
class GeoJsonRecords {
public:
    // What a property's value is; its text is the JSON text (numbers) or the decoded string.
    enum class Kind : unsigned char { Null, String, Integer, Real, True, False };

    // Reads from device (open, readable, not owned), from its current position, in blocks of
    // blockBytes (small ones let tests cut values anywhere).
    explicit GeoJsonRecords(QIODevice* device, qint64 blockBytes = 4 << 20);

    // Moves to the next feature; false at the end of the collection or on a problem.
    bool next();

    // Properties of the current feature, in the file's order (none when null or missing).
    int size() const { return int(mProps.size()); }
    std::string_view key(int i) const { return view(mProps[size_t(i)].key); }
    Kind kind(int i) const { return mProps[size_t(i)].kind; }
    std::string_view text(int i) const { return view(mProps[size_t(i)].text); }

    // Whether the current feature has a Point (else its geometry is null or missing).
    bool hasPoint() const { return mHasPoint; }
    double x() const { return mX; }
    double y() const { return mY; }
    // Whether the current feature has an "id" (a JSON integer, at least 0), and its value.
    bool hasId() const { return mHasId; }
    qint64 id() const { return mId; }

    // Number of the current feature, from 0.
    qint64 index() const { return mIndex; }
    // Bytes consumed so far (for progress).
    qint64 position() const { return mConsumed; }

    // Whether reading stopped before the end of a FeatureCollection read completely; problem()
    // says why (for the log: the caller reads such a file with GDAL).
    bool failed() const { return !mProblem.isEmpty(); }
    QString problem() const { return mProblem; }

    // A feature above this is refused (its text is held whole while it is parsed).
    static constexpr qsizetype kMaxRecordBytes = 64 << 20;

private:
    struct Span {
        bool decoded = false; // in mText, else in mBuffer
        size_t from = 0, size = 0;
    };
    struct Property {
        Span key;
        Kind kind = Kind::Null;
        Span text;
    };
    enum class Step { Ok, NeedMore, Bad };
    class Parser;

    std::string_view view(const Span& s) const;
    bool fill();
    bool fail(const QString& why);
    Step parseHead(qsizetype* p);
    Step parseTail(qsizetype* p);
    Step parseFeature(qsizetype* p);

    QIODevice* mDevice = nullptr;
    qint64 mBlock = 0;
    QByteArray mBuffer;
    qsizetype mPos = 0; // start of the unparsed data in mBuffer
    bool mAtEnd = false; // the device has nothing more
    enum class Where { Head, Features, Tail, Done } mWhere = Where::Head;
    bool mTypeSeen = false; // "type": "FeatureCollection" met at the top level
    QString mProblem;
    qint64 mIndex = -1;
    qint64 mConsumed = 0;
    std::string mText; // decoded strings (with escapes) of the current feature
    std::vector<Property> mProps;
    bool mHasPoint = false, mHasId = false;
    double mX = 0, mY = 0;
    qint64 mId = 0;
};

} // namespace ka
