#pragma once

#include <QColor>
#include <QHash>
#include <QList>
#include <QStringList>

namespace ka::categorypalette {

// Fourteen colours a reader can tell apart, also with a colour-vision deficiency: Okabe & Ito's
// seven (without black, which place dots use) and seven of Paul Tol's muted scheme that differ
// from them, best first. None is black or grey, so no event is mistaken for a place.
const QList<QColor>& colors();

// The colour of each category in categories: its colour in given if any, else the first palette
// colour that no given colour and no earlier category (in name order) uses; only when all
// fourteen are taken do colours repeat. Stable: the same categories always get the same colours.
QHash<QString, QColor> assign(const QStringList& categories, const QHash<QString, QColor>& given);

} // namespace ka::categorypalette
