// Frame images whose buffers are used again (FrameImagePool): a frame let go gives its memory
// to the next of its size, images alive at once never share a buffer, only a few free buffers
// are kept, and a buffer may come back from another thread.

#include "core/frameimagepool.h"

#include <QTest>
#include <thread>

using namespace ka;

class TestFrameImagePool : public QObject {
    Q_OBJECT
private slots:
    void bufferOfAFrameLetGoIsUsedAgain();
    void imagesAliveAtOnceHaveTheirOwnBuffers();
    void fewFreeBuffersAreKept();
    void smallAndOtherFormatsArePlainImages();
    void bufferComesBackFromAnotherThread();
};

namespace {

const QSize kFrame(1920, 1080);
constexpr QImage::Format kFormat = QImage::Format_ARGB32_Premultiplied;

} // namespace

void TestFrameImagePool::bufferOfAFrameLetGoIsUsedAgain()
{
    QImage first = FrameImagePool::take(kFrame, kFormat);
    QVERIFY(!first.isNull());
    QCOMPARE(first.size(), kFrame);
    QCOMPARE(first.format(), kFormat);
    first.fill(Qt::red);
    const uchar* bits = first.constBits();
    const qint64 allocated = FrameImagePool::allocatedCount();
    first = QImage(); // let go: the buffer goes back to the pool
    const QImage second = FrameImagePool::take(kFrame, kFormat);
    QCOMPARE(second.constBits(), bits);
    QCOMPARE(FrameImagePool::allocatedCount(), allocated);
}

void TestFrameImagePool::imagesAliveAtOnceHaveTheirOwnBuffers()
{
    QImage a = FrameImagePool::take(kFrame, kFormat);
    QImage b = FrameImagePool::take(kFrame, kFormat);
    QVERIFY(a.constBits() != b.constBits());
    a.fill(Qt::red);
    b.fill(Qt::blue);
    QCOMPARE(a.pixelColor(5, 5), QColor(Qt::red));
    // A copy shares the pixels until written: then it detaches into memory of its own.
    QImage c = a;
    c.setPixelColor(5, 5, Qt::green);
    QCOMPARE(a.pixelColor(5, 5), QColor(Qt::red));
    QCOMPARE(c.pixelColor(5, 5), QColor(Qt::green));
    QCOMPARE(b.pixelColor(5, 5), QColor(Qt::blue));
}

void TestFrameImagePool::fewFreeBuffersAreKept()
{
    std::vector<QImage> images;
    for (int i = 0; i < FrameImagePool::kKeptFree + 3; ++i)
        images.push_back(FrameImagePool::take(kFrame, kFormat));
    images.clear();
    QCOMPARE(FrameImagePool::freeCount(), FrameImagePool::kKeptFree);
    // Another size is allocated, not served from a buffer of the wrong size.
    const qint64 allocated = FrameImagePool::allocatedCount();
    const QImage other = FrameImagePool::take(QSize(1280, 720), kFormat);
    QCOMPARE(other.size(), QSize(1280, 720));
    QCOMPARE(FrameImagePool::allocatedCount(), allocated + 1);
}

void TestFrameImagePool::smallAndOtherFormatsArePlainImages()
{
    const qint64 allocated = FrameImagePool::allocatedCount();
    const QImage small = FrameImagePool::take(QSize(64, 64), kFormat);
    const QImage grey = FrameImagePool::take(kFrame, QImage::Format_Grayscale8);
    const QImage empty = FrameImagePool::take(QSize(0, 10), kFormat);
    QCOMPARE(small.size(), QSize(64, 64));
    QCOMPARE(grey.format(), QImage::Format_Grayscale8);
    QVERIFY(empty.isNull());
    QCOMPARE(FrameImagePool::allocatedCount(), allocated);
}

void TestFrameImagePool::bufferComesBackFromAnotherThread()
{
    QImage image = FrameImagePool::take(kFrame, kFormat);
    const uchar* bits = image.constBits();
    std::thread worker([moved = std::move(image)]() mutable {
        moved.fill(Qt::white);
        moved = QImage(); // the last copy ends here, in the worker
    });
    worker.join();
    QCOMPARE(FrameImagePool::take(kFrame, kFormat).constBits(), bits);
}

QTEST_GUILESS_MAIN(TestFrameImagePool)
#include "test_frameimagepool.moc"
