#include "layerpropertiesdialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>
#include <cmath>

namespace ka {

namespace {

QString colorText(const QColor& c)
{
    if (c.alpha() == 0)
        return QStringLiteral("none");
    return c.name(c.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb);
}

bool parseColor(const QString& text, QColor* out)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        *out = Qt::transparent;
        return true;
    }
    if (!QColor::isValidColorName(t))
        return false;
    *out = QColor::fromString(t);
    return true;
}

} // namespace

LayerPropertiesDialog::LayerPropertiesDialog(const Layer& layer, QWidget* parent)
    : QDialog(parent)
    , mLayerId(layer.spec.id)
    , mOriginal(layer.spec.style)
{
    setWindowTitle(tr("Properties of “%1”").arg(layer.spec.title));
    const LayerStyle& s = mOriginal;
    auto* form = new QFormLayout;
    mFill = colorField(s.fill, tr("Fill"));
    mStroke = colorField(s.stroke, tr("Outline"));
    mWidth = new QDoubleSpinBox(this);
    mWidth->setRange(0, 20);
    mWidth->setSingleStep(0.5);
    mWidth->setValue(s.width);
    mDash = new QComboBox(this);
    for (const Qt::PenStyle dash :
        { Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine, Qt::DashDotDotLine, Qt::NoPen })
        mDash->addItem(stylevalues::dashName(dash), int(dash));
    mDash->setCurrentIndex(mDash->findData(int(s.dash)));
    mOpacity = new QSpinBox(this);
    mOpacity->setRange(0, 100);
    mOpacity->setSuffix(QStringLiteral(" %"));
    mOpacity->setValue(int(std::lround(s.opacity * 100)));
    mSymbol = new QComboBox(this);
    const QList<QPair<PointSymbol, QString>> symbols { { PointSymbol::Circle, tr("Circle") },
        { PointSymbol::Square, tr("Square") }, { PointSymbol::Triangle, tr("Triangle") },
        { PointSymbol::Diamond, tr("Diamond") }, { PointSymbol::Cross, tr("Cross") },
        { PointSymbol::Star, tr("Star") } };
    for (const auto& [symbol, name] : symbols)
        mSymbol->addItem(name, int(symbol));
    mSymbol->setCurrentIndex(mSymbol->findData(int(s.symbol)));
    mSize = new QDoubleSpinBox(this);
    mSize->setRange(1, 64);
    mSize->setValue(s.size);
    mLabel = new QComboBox(this);
    mLabel->setEditable(true);
    mLabel->addItem(QString());
    for (const QString& field : layer.fieldNames)
        mLabel->addItem(field);
    mLabel->setEditText(s.label);
    mLabel->setToolTip(tr("A field name, or a template such as {name_hy} / {name_az}; empty: no labels"));

    const bool points = layer.geometryType == GeometryType::Point;
    mFill->setEnabled(layer.geometryType != GeometryType::Line);
    mSymbol->setEnabled(points);
    mSize->setEnabled(points);
    form->addRow(tr("&Fill:"), mFill->parentWidget());
    form->addRow(tr("&Outline:"), mStroke->parentWidget());
    form->addRow(tr("Outline &width:"), mWidth);
    form->addRow(tr("&Dash:"), mDash);
    form->addRow(tr("O&pacity:"), mOpacity);
    form->addRow(tr("Point &symbol:"), mSymbol);
    form->addRow(tr("Point si&ze:"), mSize);
    form->addRow(tr("&Label:"), mLabel);

    connect(mWidth, &QDoubleSpinBox::valueChanged, this, &LayerPropertiesDialog::fieldChanged);
    connect(mDash, &QComboBox::currentIndexChanged, this, &LayerPropertiesDialog::fieldChanged);
    connect(mOpacity, &QSpinBox::valueChanged, this, &LayerPropertiesDialog::fieldChanged);
    connect(mSymbol, &QComboBox::currentIndexChanged, this, &LayerPropertiesDialog::fieldChanged);
    connect(mSize, &QDoubleSpinBox::valueChanged, this, &LayerPropertiesDialog::fieldChanged);
    connect(mLabel, &QComboBox::editTextChanged, this, [this] {
        mLabelEdited = true;
        fieldChanged();
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QLineEdit* LayerPropertiesDialog::colorField(const QColor& color, const QString& name)
{
    auto* box = new QWidget(this);
    auto* row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    auto* edit = new QLineEdit(colorText(color), box);
    edit->setAccessibleName(name);
    edit->setToolTip(tr("#rrggbb, #aarrggbb, a colour name, or none"));
    auto* pick = new QToolButton(box);
    pick->setText(QStringLiteral("…"));
    pick->setToolTip(tr("Choose a colour"));
    row->addWidget(edit, 1);
    row->addWidget(pick);
    connect(edit, &QLineEdit::textChanged, this, [this, edit] {
        QColor c;
        const bool ok = parseColor(edit->text(), &c);
        edit->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020"));
        if (ok)
            fieldChanged();
    });
    connect(pick, &QToolButton::clicked, this, [this, edit, name] {
        QColor c;
        parseColor(edit->text(), &c);
        const QColor chosen = QColorDialog::getColor(c, this, name, QColorDialog::ShowAlphaChannel);
        if (chosen.isValid())
            edit->setText(colorText(chosen));
    });
    return edit;
}

LayerStyle LayerPropertiesDialog::style() const
{
    LayerStyle s = mOriginal;
    parseColor(mFill->text(), &s.fill);
    parseColor(mStroke->text(), &s.stroke);
    s.width = mWidth->value();
    s.dash = Qt::PenStyle(mDash->currentData().toInt());
    s.opacity = mOpacity->value() / 100.0;
    s.symbol = PointSymbol(mSymbol->currentData().toInt());
    s.size = mSize->value();
    if (mLabelEdited) { // the typed template wins over the per-naming ones
        s.label = mLabel->currentText().trimmed();
        s.labels.clear();
    }
    return s;
}

void LayerPropertiesDialog::fieldChanged()
{
    mEdited = true;
    emit styleEdited(style());
}

void LayerPropertiesDialog::reject()
{
    if (mEdited)
        emit styleEdited(mOriginal); // back to how it was (one undo step with the edits)
    QDialog::reject();
}

} // namespace ka
