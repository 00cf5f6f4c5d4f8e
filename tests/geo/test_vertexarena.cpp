// The arena that holds a layer's ring points: rings borrow from it without copying, a write
// copies the ring out, a Geometry keeps its arena alive, and large blocks sit on 2 MiB
// boundaries (so huge pages can back all of them).
#include "core/feature.h"
#include "core/hugepages.h"
#include "core/vertexarena.h"

#include <QTest>
#include <cstdint>

using namespace ka;

class TestVertexArena : public QObject {
    Q_OBJECT
private slots:
    void ringsBorrowWithoutCopying()
    {
        VertexArena arena;
        QPointF* a = arena.allocate(3);
        a[0] = { 1, 2 };
        a[1] = { 3, 4 };
        a[2] = { 5, 6 };
        const QPolygonF ring = VertexArena::borrow(a, 3);
        QCOMPARE(ring.size(), 3);
        QCOMPARE(ring.constData(), a); // the arena's memory, not a copy
        QCOMPARE(ring.at(2), QPointF(5, 6));
        QPointF* b = arena.allocate(2);
        QCOMPARE(b, a + 3); // back to back in one block
    }

    void writingCopiesTheRingOut()
    {
        VertexArena arena;
        QPointF* a = arena.allocate(2);
        a[0] = { 1, 1 };
        a[1] = { 2, 2 };
        QPolygonF ring = VertexArena::borrow(a, 2);
        ring[0] = QPointF(9, 9);
        QCOMPARE(ring.at(0), QPointF(9, 9));
        QCOMPARE(a[0], QPointF(1, 1)); // the arena, and every other ring borrowing it, unchanged
        QVERIFY(ring.constData() != a);
    }

    void geometryKeepsItsArenaAlive()
    {
        Feature copy;
        {
            auto arena = std::make_shared<VertexArena>();
            QPointF* p = arena->allocate(100000); // past the first block: several blocks
            for (int i = 0; i < 100000; ++i)
                p[i] = QPointF(i, -i);
            Feature f;
            f.geometry.type = GeometryType::Line;
            f.geometry.parts.push_back(VertexArena::borrow(p, 100000));
            f.geometry.storage = arena;
            copy = f;
        } // the arena's last owner is now the copy
        QCOMPARE(copy.geometry.parts.front().at(99999), QPointF(99999, -99999));
        copy = Feature(); // frees the arena (AddressSanitizer would report a use after this)
    }

    void largeBlocksAreHugePageAligned()
    {
        const size_t bytes = (size_t(5) << 20) + 123;
        void* p = hugepages::allocate(bytes);
        QVERIFY(p);
#if defined(__linux__)
        QCOMPARE(reinterpret_cast<uintptr_t>(p) % (uintptr_t(2) << 20), uintptr_t(0));
#endif
        static_cast<char*>(p)[0] = 1;
        static_cast<char*>(p)[bytes - 1] = 2; // the whole range is writable
        hugepages::release(p, bytes);
        void* small = hugepages::allocate(100);
        QCOMPARE(reinterpret_cast<uintptr_t>(small) % 16, uintptr_t(0));
        hugepages::release(small, 100);
    }

    // Pages faulted in ahead of the writer on another thread (populateAsync) must leave what
    // the writer already put there alone: 6 M points in small rings over several 64 MiB blocks,
    // written while the windows come in, all read back.
    void populatingAheadKeepsWhatIsWritten()
    {
        VertexArena arena;
        std::vector<QPointF*> rings;
        const int ringCount = 600000;
        for (int r = 0; r < ringCount; ++r) {
            QPointF* p = arena.allocate(10);
            for (int i = 0; i < 10; ++i)
                p[i] = QPointF(r, i);
            rings.push_back(p);
        }
        QVERIFY(arena.reservedBytes() >= size_t(ringCount) * 10 * sizeof(QPointF));
        for (int r = 0; r < ringCount; ++r) {
            for (int i = 0; i < 10; ++i) {
                if (rings[size_t(r)][i] != QPointF(r, i))
                    QFAIL(qPrintable(QStringLiteral("ring %1, point %2 changed").arg(r).arg(i)));
            }
        }
        // Populating a range directly, while writing into it.
        const size_t bytes = size_t(16) << 20;
        auto* block = static_cast<char*>(hugepages::allocate(bytes));
        std::future<void> done = hugepages::populateAsync(block, bytes);
        for (size_t i = 0; i < bytes; i += 4096)
            block[i] = char(i / 4096 % 127 + 1);
        done.wait();
        for (size_t i = 0; i < bytes; i += 4096)
            QCOMPARE(block[i], char(i / 4096 % 127 + 1));
        hugepages::release(block, bytes);
    }
};

QTEST_GUILESS_MAIN(TestVertexArena)
#include "test_vertexarena.moc"
