#pragma once

// Helpers shared by the libFuzzer targets: a Qt application object, a scratch folder and
// fuzz input as Qt types.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cstddef>
#include <cstdint>

namespace ka::fuzz {

// Creates the QGuiApplication (offscreen platform) the readers expect; call once from
// LLVMFuzzerInitialize.
void initApplication(int* argc, char*** argv);

// A folder of this process for files the target writes (removed at exit).
QString scratchDir();

// Writes data to scratchDir()/name and returns the path.
QString writeScratch(const QString& name, const QByteArray& data);

// The fuzz input as bytes (deep copy: libFuzzer's buffer is only valid during the call).
inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// The input split into UTF-8 fields at newlines; missing fields are empty.
QStringList fields(const uint8_t* data, size_t size, int count);

// Aborts (a finding) with a message when a property the target checks does not hold.
void require(bool condition, const char* what);

// Writes input to scratchDir()/name and reads it as events (EventReader, named as events):
// when it reads, the events must have valid dates and be sorted by start.
void readEventsFile(const QString& name, const QByteArray& input);

} // namespace ka::fuzz
