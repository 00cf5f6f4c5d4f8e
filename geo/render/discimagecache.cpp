#include "discimagecache.h"

#include <algorithm>
#include <cstring>

namespace ka {

DiscImageCache::DiscImageCache(int capacity)
{
    mCapacity = 1;
    while (mCapacity < capacity)
        mCapacity *= 2;
    mHashes.assign(size_t(mCapacity) * 2, 0);
    mEntries.resize(size_t(mCapacity) * 2);
}

quint64 DiscImageCache::hashOf(const quint32* key, int n)
{
    // FNV-1a over the words, then mixed (splitmix64's finaliser); never 0, which marks a free slot.
    quint64 h = 0xcbf29ce484222325ull ^ quint64(n);
    for (int i = 0; i < n; ++i)
        h = (h ^ key[i]) * 0x100000001b3ull;
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h | 1;
}

size_t DiscImageCache::slotOf(const quint32* key, int n, quint64 hash) const
{
    const size_t mask = mHashes.size() - 1;
    for (size_t s = size_t(hash) & mask;; s = (s + 1) & mask) {
        if (mHashes[s] == 0)
            return s;
        if (mHashes[s] == hash && mEntries[s].n == n
            && std::memcmp(mEntries[s].key, key, sizeof(quint32) * size_t(n)) == 0)
            return s;
    }
}

const QImage* DiscImageCache::find(const quint32* key, int n) const
{
    if (n > kMaxWords)
        return nullptr;
    const size_t s = slotOf(key, n, hashOf(key, n));
    return mHashes[s] != 0 ? &mEntries[s].image : nullptr;
}

void DiscImageCache::insert(const quint32* key, int n, const QImage& image)
{
    if (n > kMaxWords)
        return;
    if (mSize >= mCapacity) { // start afresh (at most half the slots in use: probes stay short)
        std::fill(mHashes.begin(), mHashes.end(), 0);
        for (Entry& e : mEntries)
            e.image = QImage();
        mSize = 0;
    }
    const quint64 hash = hashOf(key, n);
    const size_t s = slotOf(key, n, hash);
    if (mHashes[s] == 0)
        ++mSize;
    mHashes[s] = hash;
    Entry& e = mEntries[s];
    e.n = n;
    std::copy(key, key + n, e.key);
    e.image = image;
}

} // namespace ka
