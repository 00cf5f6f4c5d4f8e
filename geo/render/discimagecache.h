#pragma once

#include <QImage>
#include <QtGlobal>
#include <vector>

namespace ka {

// Small images (a cluster's drawn disc and ring) keyed by a short list of 32-bit words, in one
// flat table: a look-up probes an array of hashes that stays in the cache, then compares one
// entry's words, where a hash map of string keys chased three or four pointers per look-up
// (5 % of a 30-day scrub frame, a thousand look-ups a frame). Not thread-safe: one per thread.
class DiscImageCache {
public:
    // Keys longer than this are not kept (find() misses, insert() does nothing).
    static constexpr int kMaxWords = 40;

    // At most capacity images (rounded up to a power of two); past it the cache starts afresh.
    explicit DiscImageCache(int capacity = 4096);

    // The image kept under the n words of key, or null.
    const QImage* find(const quint32* key, int n) const;

    // Keeps image under the n words of key (which find() missed).
    void insert(const quint32* key, int n, const QImage& image);

    // Images kept now.
    int size() const { return mSize; }

private:
    struct Entry {
        int n = 0;
        quint32 key[kMaxWords];
        QImage image;
    };
    static quint64 hashOf(const quint32* key, int n);
    // The slot holding key, or the empty slot where it would go.
    size_t slotOf(const quint32* key, int n, quint64 hash) const;

    std::vector<quint64> mHashes; // 0: an empty slot; twice the capacity, so probes stay short
    std::vector<Entry> mEntries; // parallel to mHashes
    int mCapacity = 0;
    int mSize = 0;
};

} // namespace ka
