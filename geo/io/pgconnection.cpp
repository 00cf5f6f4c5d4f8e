#include "pgconnection.h"

#include <QHash>
#include <QJsonValue>
#include <QMutex>
#include <QRegularExpression>

namespace ka {

namespace {

// libpq's quoting: a value with spaces, quotes or backslashes goes in single quotes.
QString quoted(const QString& value)
{
    static const QRegularExpression plain(QStringLiteral("^[^\\s'\\\\]+$"));
    if (plain.match(value).hasMatch())
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// key=value pairs of a libpq connection string (values unquoted).
QList<std::pair<QString, QString>> keywords(const QString& text)
{
    QList<std::pair<QString, QString>> out;
    static const QRegularExpression pair(QStringLiteral("([A-Za-z_]+)\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S*)"));
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString value = m.captured(2);
        if (value.startsWith(QLatin1Char('\'')) && value.size() >= 2) {
            value = value.mid(1, value.size() - 2);
            value.replace(QLatin1String("\\'"), QLatin1String("'"));
            value.replace(QLatin1String("\\\\"), QLatin1String("\\"));
        }
        out.append({ m.captured(1).toLower(), value });
    }
    return out;
}

QMutex& passwordMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString>& passwords()
{
    static QHash<QString, QString> byServer;
    return byServer;
}

} // namespace

bool PgConnection::isPgSource(const QString& source)
{
    return source.startsWith(QLatin1String("PG:"), Qt::CaseInsensitive);
}

PgConnection PgConnection::parse(const QString& source)
{
    PgConnection c;
    for (const auto& [key, value] : keywords(source.mid(3))) {
        if (key == QLatin1String("host"))
            c.host = value;
        else if (key == QLatin1String("port"))
            c.port = value;
        else if (key == QLatin1String("dbname"))
            c.dbname = value;
        else if (key == QLatin1String("user"))
            c.user = value;
        else if (key == QLatin1String("sslmode"))
            c.sslmode = value;
        else if (key == QLatin1String("service"))
            c.service = value;
        else if (key == QLatin1String("tables"))
            c.table = value;
    }
    return c;
}

bool PgConnection::fromJson(const QJsonObject& object, PgConnection* out, QString* error)
{
    if (object.contains(QLatin1String("password"))) {
        *error = QStringLiteral("\"password\" is not read from scenario files; use a pgpass file, "
                                "a service file or the password prompt");
        return false;
    }
    const std::pair<const char*, QString*> fields[] = { { "host", &out->host }, { "port", &out->port },
        { "dbname", &out->dbname }, { "user", &out->user }, { "sslmode", &out->sslmode },
        { "service", &out->service }, { "table", &out->table } };
    for (const auto& [name, target] : fields) {
        const QJsonValue v = object.value(QLatin1String(name));
        if (v.isUndefined() || v.isNull())
            continue;
        if (v.isDouble() && QLatin1String(name) == QLatin1String("port"))
            *target = QString::number(v.toInt());
        else if (v.isString())
            *target = v.toString();
        else {
            *error = QStringLiteral("\"%1\" must be a string").arg(QLatin1String(name));
            return false;
        }
    }
    if (out->service.isEmpty() && out->dbname.isEmpty() && out->host.isEmpty()) {
        *error = QStringLiteral("a PostGIS source needs a \"service\", a \"dbname\" or a \"host\"");
        return false;
    }
    return true;
}

QString PgConnection::toServerSource() const
{
    QStringList parts;
    const std::pair<const char*, const QString*> fields[] = { { "service", &service }, { "host", &host },
        { "port", &port }, { "dbname", &dbname }, { "user", &user }, { "sslmode", &sslmode } };
    for (const auto& [name, value] : fields) {
        if (!value->isEmpty())
            parts.append(QLatin1String(name) + QLatin1Char('=') + quoted(*value));
    }
    return QStringLiteral("PG:") + parts.join(QLatin1Char(' '));
}

QString PgConnection::toSource() const
{
    const QString server = toServerSource();
    return table.isEmpty() ? server : server + QStringLiteral(" tables=") + quoted(table);
}

QString PgConnection::redacted(const QString& source)
{
    static const QRegularExpression password(QStringLiteral("password\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S*)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = source;
    out.replace(password, QStringLiteral("password=***"));
    return out;
}

void PgConnection::rememberPassword(const QString& source, const QString& password)
{
    QMutexLocker lock(&passwordMutex());
    passwords().insert(parse(source).toServerSource(), password);
}

QByteArray PgConnection::gdalConnection(const QString& source)
{
    QString connection = source;
    {
        QMutexLocker lock(&passwordMutex());
        const auto it = passwords().constFind(parse(source).toServerSource());
        if (it != passwords().constEnd())
            connection += QStringLiteral(" password=") + quoted(it.value());
    }
    return connection.toUtf8();
}

} // namespace ka
