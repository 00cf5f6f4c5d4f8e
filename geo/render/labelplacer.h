#pragma once

#include <QByteArray>
#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <vector>

class QPainter;

namespace ka {

// Collects label candidates during a frame and places them greedily by a fixed priority, so
// no two labels overlap (halo included).
//
// Stable while panning: the priority order depends only on the features (rank, layer, size,
// id), never on where they fall on screen, and candidates anchored up to a margin outside the
// canvas (LayerPainter::kLabelMargin) take part, so a label near the edge keeps its place
// whether or not its neighbour is just in or just out of view. Labels that cross the canvas
// edge are drawn clipped, like the map under them. A label beside a point tries right, left,
// above and below, in that order.
class LabelPlacer {
public:
    struct Candidate {
        QString text;
        QPointF anchor; // pixel
        bool besidePoint = false; // true: beside anchor (right first); false: centred on it
        double offset = 0; // gap to the anchor for besidePoint, pixels
        int rank = 1000; // lower places first
        int layerOrder = 0; // among equal ranks, higher (drawn later) places first
        double weight = 0; // then larger features first (map units², scale-free)
        qint64 id = -1; // then by id, so ties never depend on screen position
        QFont font;
        QColor color;
        // The text's advance and height in font: measured when added and kept with the
        // candidate, so a cached run's labels are not measured again at every date change.
        QSizeF size;
    };

    // Adds a candidate, measuring its text unless its size is given.
    void add(Candidate candidate);
    const std::vector<Candidate>& candidates() const { return mCandidates; }

    // Exports: only labels wholly inside the canvas, none cut by its edge (a label whose
    // positions all cross the edge is left out).
    void setWholeLabelsOnly(bool whole) { mWholeOnly = whole; }
    // Rectangles no label may touch, such as an export's legend and title boxes.
    void setKeepOut(std::vector<QRectF> rects) { mKeepOut = std::move(rects); }
    // Event markers and clusters (pixel squares) no label may cover: a label they block moves
    // further out from its anchor (beside a point: up to three steps of kMarkerStep in each
    // direction; centred: above or below) before it is left out.
    void setMarkers(const std::vector<QRectF>& rects);
    static constexpr double kMarkerStep = 8;

    // Draws the labels that fit and touch the canvas; returns how many were drawn. The same as
    // layout() then drawPlan().
    int place(QPainter* painter, const QSizeF& canvas);
    // Decides where each label goes, drawing nothing; returns how many will be drawn.
    int layout(const QSizeF& canvas);
    // What the last layout() will draw (texts, rectangles, fonts, colours): equal keys draw the
    // same pixels, whatever the markers or candidates that led there.
    QByteArray planKey() const;
    // Draws what the last layout() decided and forgets the candidates; returns how many.
    int drawPlan(QPainter* painter);

    // One label the last layout() decided on: what and where.
    struct Planned {
        const Candidate* candidate; // into mCandidates, sorted by layout()
        QRectF rect;
    };
    // The labels of the last layout(), in drawing order (valid until the placer changes).
    const std::vector<Planned>& plan() const { return mPlan; }
    // Draws one label, its halo and text, in rect (whatever the candidate's anchor).
    static void drawLabel(QPainter* painter, const Candidate& candidate, const QRectF& rect);
    // How far a label's pixels may reach beyond its rectangle: the halo and glyphs that overhang
    // their advance (italic, accents), for its font.
    static double inkMargin(const QFont& font);

    // The rectangles drawn by the last place() (pixels), for tests.
    const std::vector<QRectF>& placedRects() const { return mDrawn; }

private:
    std::vector<Candidate> mCandidates;
    std::vector<Planned> mPlan;
    std::vector<QRectF> mDrawn;
    bool mWholeOnly = false;
    std::vector<QRectF> mKeepOut;
    std::vector<QRectF> mMarkers;
};

} // namespace ka
