#include "findbox.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <algorithm>

namespace ka {

namespace {

constexpr int kHitRole = Qt::UserRole + 1; // row into mHits

QString kindName(NameIndex::Kind kind)
{
    switch (kind) {
    case NameIndex::Kind::Place:
        return FindBox::tr("place");
    case NameIndex::Kind::Feature:
        return FindBox::tr("map feature");
    case NameIndex::Kind::Event:
        return FindBox::tr("event");
    }
    return QString();
}

} // namespace

FindBox::FindBox(QWidget* parent)
    : QLineEdit(parent)
    , mModel(new QStandardItemModel(this))
    , mCompleter(new QCompleter(mModel, this))
{
    setPlaceholderText(tr("Find a place or event (Ctrl+F)"));
    setToolTip(tr("Find places, map features and events by any of their names — English, Armenian "
                  "or Azerbaijani, with or without accents"));
    setAccessibleName(tr("Find a place"));
    setClearButtonEnabled(true);
    // The index does the matching: the completer shows its hits as they are.
    mCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    mCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    mCompleter->setMaxVisibleItems(12);
    mCompleter->setWidget(this);
    mCompleter->popup()->setMinimumWidth(460); // room for the other names of a place
    connect(this, &QLineEdit::textEdited, this, &FindBox::search);
    connect(mCompleter, qOverload<const QModelIndex&>(&QCompleter::activated), this,
        [this](const QModelIndex& index) { choose(index.data(kHitRole).toInt()); });
}

FindBox::~FindBox() = default;

QSize FindBox::sizeHint() const
{
    const int text = fontMetrics().horizontalAdvance(placeholderText()) + 48; // with the clear button
    return QSize(std::max(240, text), QLineEdit::sizeHint().height());
}

void FindBox::setScenario(std::shared_ptr<const Scenario> scenario)
{
    mScenario = std::move(scenario);
    mIndex.reset();
    mHits.clear();
    mModel->clear();
}

void FindBox::search(const QString& text)
{
    if (!mIndex && mScenario)
        mIndex = std::make_unique<NameIndex>(*mScenario);
    mHits = mIndex ? mIndex->find(text, 15) : std::vector<NameIndex::Hit>();
    mModel->clear();
    for (int i = 0; i < int(mHits.size()); ++i) {
        const NameIndex::Hit& h = mHits[size_t(i)];
        auto* item = new QStandardItem(QStringLiteral("%1  · %2").arg(h.display, kindName(h.kind)));
        item->setData(i, kHitRole);
        if (h.matched != h.display)
            item->setToolTip(tr("matches “%1”").arg(h.matched));
        mModel->appendRow(item);
    }
    if (mHits.empty())
        mCompleter->popup()->hide();
    else
        mCompleter->complete();
}

void FindBox::choose(int row)
{
    if (row < 0 || row >= int(mHits.size()))
        return;
    const NameIndex::Hit hit = mHits[size_t(row)];
    mCompleter->popup()->hide();
    emit hitChosen(hit);
}

void FindBox::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (mCompleter->popup()->isVisible() && mCompleter->popup()->currentIndex().isValid()) {
            event->ignore(); // the completer takes the highlighted hit
            return;
        }
        if (mHits.empty())
            search(text());
        choose(0); // Enter takes the best hit
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        mCompleter->popup()->hide();
        clear();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace ka
