#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace ka {

// Collects label candidates during a frame and places them by priority: a label that would
// overlap one already placed, or leave the canvas, is dropped.
class LabelPlacer {
public:
    struct Candidate {
        QString text;
        QPointF anchor;           // pixel
        bool besidePoint = false; // true: to the right of anchor; false: centred on it
        double offset = 0;        // gap to the anchor for besidePoint, pixels
        int rank = 1000;          // lower places first
        int layerOrder = 0;       // among equal ranks, higher (drawn later) places first
        QFont font;
        QColor color;
    };

    void add(Candidate candidate) { mCandidates.push_back(std::move(candidate)); }
    const std::vector<Candidate>& candidates() const { return mCandidates; }

    // Draws the labels that fit; returns how many.
    int place(QPainter* painter, const QSizeF& canvas);

private:
    std::vector<Candidate> mCandidates;
};

} // namespace ka
