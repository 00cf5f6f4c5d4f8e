#include "geojsonrecords.h"

#include "recordwindow.h"

#include <QIODevice>
#include <charconv>

namespace ka {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// Whether bytes are well-formed UTF-8 (no overlong forms, no surrogates, at most U+10FFFF).
bool validUtf8(const unsigned char* s, size_t n)
{
    for (size_t i = 0; i < n;) {
        const unsigned c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        const size_t len = c >= 0xC2 && c <= 0xDF ? 2
            : c >= 0xE0 && c <= 0xEF              ? 3
            : c >= 0xF0 && c <= 0xF4              ? 4
                                                  : 0;
        if (len == 0 || i + len > n)
            return false;
        for (size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return false;
        }
        const unsigned c1 = s[i + 1];
        if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90)
            || (c == 0xF4 && c1 > 0x8F))
            return false;
        i += len;
    }
    return true;
}

void appendUtf8(std::string* out, char32_t u)
{
    if (u < 0x80) {
        out->push_back(char(u));
    } else if (u < 0x800) {
        out->push_back(char(0xC0 | (u >> 6)));
        out->push_back(char(0x80 | (u & 0x3F)));
    } else if (u < 0x10000) {
        out->push_back(char(0xE0 | (u >> 12)));
        out->push_back(char(0x80 | ((u >> 6) & 0x3F)));
        out->push_back(char(0x80 | (u & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (u >> 18)));
        out->push_back(char(0x80 | ((u >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((u >> 6) & 0x3F)));
        out->push_back(char(0x80 | (u & 0x3F)));
    }
}

} // namespace

// Strict JSON over the buffered bytes [p, end): each step returns NeedMore when the data ends
// before the value does (the caller reads more and starts the unit again) and Bad, with the
// records' problem set, on anything this reader does not take.
class GeoJsonRecords::Parser {
public:
    Parser(GeoJsonRecords* r, qsizetype p)
        : mR(r)
        , mData(r->mBuffer.constData())
        , mEnd(r->mBuffer.size())
        , mP(p)
    {
    }
    qsizetype pos() const { return mP; }

    Step bad(const char* why)
    {
        mR->fail(
            QStringLiteral("%1 (near byte %2)").arg(QLatin1String(why)).arg(mR->mConsumed + mP - mR->mPos));
        return Step::Bad;
    }
    Step more() { return mR->mAtEnd ? bad("the file ends inside a value") : Step::NeedMore; }

    // Skips white space; NeedMore when the data ends first.
    Step ws()
    {
        while (mP < mEnd && isSpace(mData[mP]))
            ++mP;
        return mP < mEnd ? Step::Ok : Step::NeedMore;
    }
    Step expect(char c, const char* why)
    {
        if (Step s = ws(); s != Step::Ok)
            return s == Step::NeedMore ? more() : s;
        if (mData[mP] != c)
            return bad(why);
        ++mP;
        return Step::Ok;
    }
    char peek() const { return mData[mP]; } // after ws() returned Ok

    Step string(Span* out)
    {
        if (Step s = expect('"', "a string was expected"); s != Step::Ok)
            return s;
        const qsizetype from = mP;
        bool ascii = true;
        while (mP < mEnd) {
            const unsigned char c = uchar(mData[mP]);
            if (c == '"' || c == '\\' || c < 0x20)
                break;
            ascii = ascii && c < 0x80;
            ++mP;
        }
        if (mP >= mEnd)
            return more();
        if (!ascii && !validUtf8(reinterpret_cast<const unsigned char*>(mData + from), size_t(mP - from)))
            return bad("a string is not valid UTF-8");
        if (mData[mP] == '"') {
            *out = Span { false, size_t(from), size_t(mP - from) };
            ++mP;
            return Step::Ok;
        }
        std::string& text = mR->mText;
        const size_t start = text.size();
        text.append(mData + from, size_t(mP - from));
        if (Step s = escaped(&text); s != Step::Ok)
            return s;
        *out = Span { true, start, text.size() - start };
        return Step::Ok;
    }

    // The rest of a string from its first backslash (or control character) on.
    Step escaped(std::string* text)
    {
        while (true) {
            const qsizetype run = mP;
            bool ascii = true;
            while (mP < mEnd && mData[mP] != '"' && mData[mP] != '\\' && uchar(mData[mP]) >= 0x20) {
                ascii = ascii && uchar(mData[mP]) < 0x80;
                ++mP;
            }
            if (mP >= mEnd)
                return more();
            if (!ascii && !validUtf8(reinterpret_cast<const unsigned char*>(mData + run), size_t(mP - run)))
                return bad("a string is not valid UTF-8");
            text->append(mData + run, size_t(mP - run));
            const char c = mData[mP];
            if (c == '"') {
                ++mP;
                return Step::Ok;
            }
            if (c != '\\')
                return bad("a control character inside a string");
            if (mP + 1 >= mEnd)
                return more();
            const char e = mData[mP + 1];
            mP += 2;
            const char* simple = "\"\\/bfnrt";
            const char* plain = "\"\\/\b\f\n\r\t";
            if (const char* at = std::char_traits<char>::find(simple, 8, e)) {
                text->push_back(plain[at - simple]);
                continue;
            }
            if (e != 'u')
                return bad("an unknown escape in a string");
            char32_t u = 0;
            if (Step s = hex4(&u); s != Step::Ok)
                return s;
            if (u >= 0xD800 && u <= 0xDBFF) { // a surrogate pair
                char32_t low = 0;
                if (mP + 2 > mEnd)
                    return more();
                if (mData[mP] != '\\' || mData[mP + 1] != 'u')
                    return bad("a lone surrogate in a string");
                mP += 2;
                if (Step s = hex4(&low); s != Step::Ok)
                    return s;
                if (low < 0xDC00 || low > 0xDFFF)
                    return bad("a lone surrogate in a string");
                u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
            } else if ((u >= 0xDC00 && u <= 0xDFFF) || u == 0) {
                return bad("a lone surrogate or \\u0000 in a string");
            }
            appendUtf8(text, u);
        }
    }

    Step hex4(char32_t* u)
    {
        if (mP + 4 > mEnd)
            return more();
        for (int k = 0; k < 4; ++k) {
            const char c = mData[mP++];
            const int v = c >= '0' && c <= '9' ? c - '0'
                : c >= 'a' && c <= 'f'         ? c - 'a' + 10
                : c >= 'A' && c <= 'F'         ? c - 'A' + 10
                                               : -1;
            if (v < 0)
                return bad("a bad \\u escape in a string");
            *u = *u * 16 + char32_t(v);
        }
        return Step::Ok;
    }

    // A strict JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    Step number(Span* out, Kind* kind)
    {
        const qsizetype from = mP;
        auto digits = [&] {
            const qsizetype start = mP;
            while (mP < mEnd && mData[mP] >= '0' && mData[mP] <= '9')
                ++mP;
            return mP - start;
        };
        if (mP < mEnd && mData[mP] == '-')
            ++mP;
        const qsizetype first = mP;
        const qsizetype whole = digits();
        if (whole == 0 || (whole > 1 && mData[first] == '0'))
            return mP >= mEnd ? more() : bad("a number as JSON does not write one");
        bool real = false;
        if (mP < mEnd && mData[mP] == '.') {
            ++mP;
            real = true;
            if (digits() == 0)
                return mP >= mEnd ? more() : bad("a number as JSON does not write one");
        }
        if (mP < mEnd && (mData[mP] == 'e' || mData[mP] == 'E')) {
            ++mP;
            real = true;
            if (mP < mEnd && (mData[mP] == '+' || mData[mP] == '-'))
                ++mP;
            if (digits() == 0)
                return mP >= mEnd ? more() : bad("a number as JSON does not write one");
        }
        if (mP >= mEnd)
            return more(); // the number may go on in the next block
        *out = Span { false, size_t(from), size_t(mP - from) };
        *kind = real ? Kind::Real : Kind::Integer;
        return Step::Ok;
    }

    Step word(const char* w, size_t n)
    {
        if (mP + qsizetype(n) > mEnd)
            return more();
        if (std::string_view(mData + mP, n) != std::string_view(w, n))
            return bad("an unknown word");
        mP += qsizetype(n);
        return Step::Ok;
    }

    // A property's value: a string, a number, true, false or null (nested values are refused).
    Step scalar(Property* prop)
    {
        if (Step s = ws(); s != Step::Ok)
            return more();
        switch (peek()) {
        case '"':
            prop->kind = Kind::String;
            return string(&prop->text);
        case 't':
            prop->kind = Kind::True;
            return word("true", 4);
        case 'f':
            prop->kind = Kind::False;
            return word("false", 5);
        case 'n':
            prop->kind = Kind::Null;
            return word("null", 4);
        case '{':
        case '[':
            return bad("a property holds an object or an array");
        default:
            return number(&prop->text, &prop->kind);
        }
    }

    // Any JSON value, skipped (for members GDAL ignores); depth-limited.
    Step skip(int depth = 0)
    {
        if (depth > 64)
            return bad("values nested too deeply");
        if (Step s = ws(); s != Step::Ok)
            return more();
        const char c = peek();
        if (c != '{' && c != '[') {
            Property ignored;
            const size_t text = mR->mText.size();
            const Step s = scalar(&ignored);
            mR->mText.resize(text);
            return s;
        }
        ++mP;
        const char close = c == '{' ? '}' : ']';
        for (bool first = true;; first = false) {
            if (Step s = ws(); s != Step::Ok)
                return more();
            if (peek() == close) {
                ++mP;
                return Step::Ok;
            }
            if (!first) {
                if (Step s = expect(',', "a ',' was expected"); s != Step::Ok)
                    return s;
            }
            if (c == '{') {
                Span key;
                const size_t text = mR->mText.size();
                if (Step s = string(&key); s != Step::Ok)
                    return s;
                mR->mText.resize(text);
                if (Step s = expect(':', "a ':' was expected"); s != Step::Ok)
                    return s;
            }
            if (Step s = skip(depth + 1); s != Step::Ok)
                return s;
        }
    }

    // The members of an object whose '{' comes next: member(key) reads each value.
    template <typename Member> Step members(Member member)
    {
        if (Step s = expect('{', "an object was expected"); s != Step::Ok)
            return s;
        for (bool first = true;; first = false) {
            if (Step s = ws(); s != Step::Ok)
                return more();
            if (peek() == '}') {
                ++mP;
                return Step::Ok;
            }
            if (!first) {
                if (Step s = expect(',', "a ',' was expected"); s != Step::Ok)
                    return s;
            }
            Span key;
            if (Step s = string(&key); s != Step::Ok)
                return s;
            if (Step s = expect(':', "a ':' was expected"); s != Step::Ok)
                return s;
            if (Step s = member(key); s != Step::Ok)
                return s;
        }
    }

    bool isNull() { return ws() == Step::Ok && peek() == 'n'; }

    Step point()
    {
        std::string type; // a copy: a decoded string moves when mText grows
        bool coordinates = false;
        const Step s = members([&](const Span& key) {
            const std::string_view k = mR->view(key);
            if (k == "type" && type.empty()) {
                Span t;
                const Step st = string(&t);
                type = st == Step::Ok ? std::string(mR->view(t)) : std::string("?");
                return st;
            }
            if (k != "coordinates" || coordinates)
                return bad("a geometry member other than one type and one coordinates");
            coordinates = true;
            return pair();
        });
        if (s != Step::Ok)
            return s;
        if (type != "Point" || !coordinates)
            return bad("a geometry other than a 2D Point");
        return Step::Ok;
    }

    // A number, converted into *value by from_chars: *exact says whether all of it fitted.
    template <typename T> Step numberAs(T* value, Kind* kind, std::string_view* text, bool* exact)
    {
        if (Step s = ws(); s != Step::Ok)
            return more();
        Span span;
        if (Step s = number(&span, kind); s != Step::Ok)
            return s;
        *text = mR->view(span);
        const auto [end, error] = std::from_chars(text->data(), text->data() + text->size(), *value);
        *exact = error == std::errc() && end == text->data() + text->size();
        return Step::Ok;
    }

    Step pair()
    {
        if (Step s = expect('[', "a geometry other than a 2D Point"); s != Step::Ok)
            return s;
        double* xy[] = { &mR->mX, &mR->mY };
        for (int k = 0; k < 2; ++k) {
            if (k == 1) {
                if (Step s = expect(',', "a geometry other than a 2D Point"); s != Step::Ok)
                    return s;
            }
            std::string_view text;
            Kind kind = Kind::Null;
            bool exact = false;
            if (Step s = numberAs(xy[k], &kind, &text, &exact); s != Step::Ok)
                return s;
            // Integers beyond 18 digits: json-c clamps them to 64 bits.
            if (!exact || (kind == Kind::Integer && text.size() > 18))
                return bad("a coordinate out of range");
        }
        return expect(']', "a geometry other than a 2D Point");
    }

    Step id()
    {
        std::string_view text;
        Kind kind = Kind::Null;
        bool exact = false;
        if (Step s = numberAs(&mR->mId, &kind, &text, &exact); s != Step::Ok)
            return s;
        if (!exact || kind != Kind::Integer || mR->mId < 0 || text == "-0")
            return bad("a feature \"id\" other than a non-negative integer");
        mR->mHasId = true;
        return Step::Ok;
    }

    Step properties()
    {
        if (isNull())
            return word("null", 4);
        return members([&](const Span& key) {
            Property prop;
            prop.key = key;
            const Step s = scalar(&prop);
            mR->mProps.push_back(prop);
            return s;
        });
    }

    Step feature()
    {
        enum { Type = 1, Properties = 2, Geometry = 4, Id = 8, Bbox = 16 };
        int seen = 0;
        auto once = [&](int which) {
            const bool again = (seen & which) != 0;
            seen |= which;
            return !again;
        };
        const Step s = members([&](const Span& key) {
            const std::string_view k = mR->view(key);
            if (k == "type" && once(Type)) {
                Span t;
                const Step st = string(&t);
                return st != Step::Ok || mR->view(t) == "Feature"
                    ? st
                    : bad("a feature whose type is not \"Feature\"");
            }
            if (k == "properties" && once(Properties))
                return properties();
            if (k == "geometry" && once(Geometry)) {
                if (isNull())
                    return word("null", 4);
                mR->mHasPoint = true;
                return point();
            }
            if (k == "id" && once(Id))
                return id();
            if (k == "bbox" && once(Bbox))
                return skip();
            return bad("a feature member other than type, properties, geometry, id and bbox, or one twice");
        });
        if (s == Step::Ok && !(seen & Type))
            return bad("a feature without \"type\"");
        return s;
    }

    // One member of the top-level object (not "features"): "type" must say FeatureCollection.
    Step topMember(const Span& key)
    {
        const std::string_view k = mR->view(key);
        if (k == "type") {
            Span t;
            if (Step s = string(&t); s != Step::Ok)
                return s;
            if (mR->mTypeSeen || mR->view(t) != "FeatureCollection")
                return bad("the top level is not one FeatureCollection");
            mR->mTypeSeen = true;
            return Step::Ok;
        }
        if (k == "crs")
            return bad("a \"crs\" member");
        if (k == "features")
            return bad("\"features\" twice");
        return skip();
    }

private:
    GeoJsonRecords* mR;
    const char* mData;
    qsizetype mEnd;
    qsizetype mP;
};

GeoJsonRecords::GeoJsonRecords(QIODevice* device, qint64 blockBytes)
    : mDevice(device)
    , mBlock(std::max<qint64>(blockBytes, 1))
{
}

std::string_view GeoJsonRecords::view(const Span& s) const
{
    return s.decoded ? std::string_view(mText).substr(s.from, s.size)
                     : std::string_view(mBuffer.constData() + s.from, s.size);
}

bool GeoJsonRecords::fail(const QString& why)
{
    if (mProblem.isEmpty())
        mProblem = why;
    mWhere = Where::Done;
    return false;
}

bool GeoJsonRecords::fill()
{
    if (mAtEnd)
        return false;
    if (mBuffer.size() - mPos > kMaxRecordBytes)
        return fail(QStringLiteral("a feature larger than %1 MB").arg(kMaxRecordBytes >> 20));
    const qint64 n = readNextBlock(mDevice, &mBuffer, &mPos, mBlock);
    if (n < 0)
        return fail(QStringLiteral("the file cannot be read"));
    mAtEnd = n == 0;
    return true;
}

// Everything up to the first feature: [BOM] '{' members ... "features" ':' '['.
GeoJsonRecords::Step GeoJsonRecords::parseHead(qsizetype* p)
{
    if (mBuffer.size() < 3 && !mAtEnd)
        return Step::NeedMore;
    Parser parser(this, mBuffer.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    mTypeSeen = false;
    bool features = false;
    Step s = parser.members([&](const Span& key) {
        if (view(key) != "features")
            return parser.topMember(key);
        features = true;
        return Step::Bad; // not an error: the features start here
    });
    if (features && s == Step::Bad)
        s = parser.expect('[', "\"features\" is not an array");
    else if (s == Step::Ok)
        s = parser.bad("a top level without \"features\"");
    if (s == Step::Ok) {
        *p = parser.pos();
        mWhere = Where::Features;
    }
    return s;
}

// Everything after the features: members, the closing '}', white space to the end.
GeoJsonRecords::Step GeoJsonRecords::parseTail(qsizetype* p)
{
    Parser parser(this, *p);
    const bool typeBefore = mTypeSeen;
    while (true) {
        if (Step s = parser.ws(); s != Step::Ok) {
            if (!mAtEnd)
                return s;
            break;
        }
        if (parser.peek() == '}') {
            if (Step s = parser.expect('}', ""); s != Step::Ok)
                return s;
            if (Step s = parser.ws(); s == Step::Ok)
                return parser.bad("data after the top-level object");
            if (!mAtEnd) { // white space to the end of this block: the next may hold more
                mTypeSeen = typeBefore;
                return Step::NeedMore;
            }
            if (!mTypeSeen)
                return parser.bad("the top level is not a FeatureCollection");
            *p = parser.pos();
            mWhere = Where::Done;
            return Step::Ok;
        }
        Span key;
        Step s = parser.expect(',', "a ',' was expected");
        s = s == Step::Ok ? parser.string(&key) : s;
        s = s == Step::Ok ? parser.expect(':', "a ':' was expected") : s;
        s = s == Step::Ok ? parser.topMember(key) : s;
        if (s != Step::Ok) {
            mTypeSeen = typeBefore;
            return s;
        }
    }
    return parser.bad("the file ends inside the top-level object");
}

// One feature (with the ',' before it), or the ']' that ends the features.
GeoJsonRecords::Step GeoJsonRecords::parseFeature(qsizetype* p)
{
    Parser parser(this, *p);
    if (Step s = parser.ws(); s != Step::Ok)
        return parser.more();
    if (parser.peek() == ']') {
        *p = parser.pos() + 1;
        mWhere = Where::Tail;
        return Step::Ok;
    }
    if (mIndex >= 0) {
        if (Step s = parser.expect(',', "a ',' was expected between features"); s != Step::Ok)
            return s;
    }
    mText.clear();
    mProps.clear();
    mHasPoint = mHasId = false;
    if (Step s = parser.feature(); s != Step::Ok)
        return s;
    *p = parser.pos();
    return Step::Ok;
}

bool GeoJsonRecords::next()
{
    while (mWhere != Where::Done) {
        qsizetype p = mPos;
        const Where where = mWhere;
        const Step s = where == Where::Head ? parseHead(&p)
            : where == Where::Tail          ? parseTail(&p)
                                            : parseFeature(&p);
        if (s == Step::Bad)
            return false;
        if (s == Step::NeedMore) {
            if (mAtEnd)
                return fail(QStringLiteral("the file ends inside the FeatureCollection"));
            if (!fill())
                return false;
            continue;
        }
        mConsumed += p - mPos;
        mPos = p;
        if (where == Where::Features && mWhere == Where::Features) {
            ++mIndex;
            return true;
        }
    }
    return false;
}

} // namespace ka
