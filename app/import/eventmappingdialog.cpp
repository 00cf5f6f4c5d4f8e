#include "eventmappingdialog.h"

#include "core/dateformat.h"
#include "io/eventschema.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ka {

namespace {

constexpr int kPreviewRows = 12;

} // namespace

EventMappingDialog::EventMappingDialog(const QString& path, const TablePreview& preview, QWidget* parent)
    : QDialog(parent)
    , mPreview(preview)
{
    setWindowTitle(tr("Columns of %1").arg(QFileInfo(path).fileName()));
    auto* intro = new QLabel(tr("Say which columns hold the date and the place of each event. "
                                "Rows whose date cannot be read are listed in the Messages panel."));
    intro->setWordWrap(true);
    const EventMapping g = eventschema::guess(preview.columns);
    auto* form = new QFormLayout;
    form->addRow(tr("Date:"), addColumnChooser(QStringLiteral("date"), g.date));
    mFormat = new QComboBox;
    mFormat->setEditable(true);
    mFormat->addItems(dateformat::presets());
    mFormat->setToolTip(tr("A preset, or a Qt date pattern such as dd.MM.yyyy"));
    form->addRow(tr("Date format:"), mFormat);
    form->addRow(tr("End date:"), addColumnChooser(QStringLiteral("end_date"), g.endDate));
    form->addRow(tr("Longitude:"), addColumnChooser(QStringLiteral("lon"), g.lon));
    form->addRow(tr("Latitude:"), addColumnChooser(QStringLiteral("lat"), g.lat));
    form->addRow(tr("Or WKT geometry:"), addColumnChooser(QStringLiteral("wkt"), g.wkt));
    form->addRow(tr("Category:"), addColumnChooser(QStringLiteral("category"), g.category));
    form->addRow(tr("Title:"), addColumnChooser(QStringLiteral("title"), g.title));
    form->addRow(tr("Summary:"), addColumnChooser(QStringLiteral("summary"), g.summary));
    form->addRow(tr("Place:"), addColumnChooser(QStringLiteral("place"), g.place));
    form->addRow(tr("Source:"), addColumnChooser(QStringLiteral("source"), g.source));
    form->addRow(tr("Link:"), addColumnChooser(QStringLiteral("link"), g.link));
    form->addRow(tr("Fatalities:"), addColumnChooser(QStringLiteral("fatalities"), g.fatalities));
    form->addRow(tr("Location precision:"), addColumnChooser(QStringLiteral("precision"), g.precision));
    mPrecisionScheme = new QComboBox;
    mPrecisionScheme->addItem(tr("accuracy in metres"), int(PrecisionScheme::Metres));
    mPrecisionScheme->addItem(tr("ACLED geo_precision (1-3)"), int(PrecisionScheme::Acled));
    mPrecisionScheme->addItem(tr("UCDP where_prec (1-7)"), int(PrecisionScheme::Ucdp));
    form->addRow(tr("Precision means:"), mPrecisionScheme);

    mTable = new QTableWidget(0, 3);
    mTable->setHorizontalHeaderLabels({ tr("Line"), tr("Date as written"), tr("Read as") });
    mTable->horizontalHeader()->setStretchLastSection(true);
    mTable->verticalHeader()->hide();
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setMinimumHeight(140); // a few rows of the preview stay visible
    mSummary = new QLabel;
    mSummary->setObjectName(QStringLiteral("previewSummary"));
    mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(mTable, 1);
    layout->addWidget(mSummary);
    layout->addWidget(mButtons);
    connect(mFormat, &QComboBox::currentTextChanged, this, &EventMappingDialog::updatePreview);
    connect(mChoosers.value(QStringLiteral("date")), &QComboBox::currentIndexChanged, this,
        &EventMappingDialog::updatePreview);
    updatePreview();
}

QComboBox* EventMappingDialog::addColumnChooser(const QString& role, const QString& initial)
{
    auto* box = new QComboBox;
    box->setObjectName(role);
    box->addItem(tr("(none)"), QString());
    for (const QString& c : mPreview.columns)
        box->addItem(c, c);
    box->setCurrentIndex(std::max(0, box->findData(initial)));
    mChoosers.insert(role, box);
    return box;
}

EventMapping EventMappingDialog::mapping() const
{
    auto column = [this](const char* role) {
        const QComboBox* box = mChoosers.value(QLatin1String(role));
        return box ? box->currentData().toString() : QString();
    };
    EventMapping m;
    m.date = column("date");
    m.endDate = column("end_date");
    m.dateFormat = mFormat->currentText().trimmed();
    m.lon = column("lon");
    m.lat = column("lat");
    m.wkt = column("wkt");
    m.category = column("category");
    m.title = column("title");
    m.summary = column("summary");
    m.place = column("place");
    m.source = column("source");
    m.link = column("link");
    m.fatalities = column("fatalities");
    m.precision = column("precision");
    if (!m.precision.isEmpty())
        m.precisionScheme = PrecisionScheme(mPrecisionScheme->currentData().toInt());
    return m;
}

void EventMappingDialog::updatePreview()
{
    const EventMapping m = mapping();
    const int dateColumn = mPreview.columns.indexOf(m.date);
    const bool formatOk = dateformat::isValidFormat(m.dateFormat);
    mFailing = 0;
    mTable->setRowCount(0);
    for (int r = 0; r < mPreview.rows.size(); ++r) {
        const QString text = dateColumn >= 0 ? mPreview.rows.at(r).value(dateColumn) : QString();
        const auto parsed
            = formatOk && dateColumn >= 0 ? dateformat::parse(text, m.dateFormat) : std::nullopt;
        mFailing += parsed ? 0 : 1;
        if (r >= kPreviewRows)
            continue;
        mTable->insertRow(r);
        mTable->setItem(r, 0, new QTableWidgetItem(QString::number(mPreview.lines.value(r))));
        mTable->setItem(r, 1, new QTableWidgetItem(text));
        QString read = tr("cannot be read");
        if (parsed)
            read = parsed->precision == DatePrecision::Day  ? parsed->date.toString(Qt::ISODate)
                : parsed->precision == DatePrecision::Month ? parsed->date.toString(QStringLiteral("yyyy-MM"))
                                                            : parsed->date.toString(QStringLiteral("yyyy"));
        auto* item = new QTableWidgetItem(read);
        if (!parsed)
            item->setForeground(QColor(0xb0, 0x20, 0x20));
        mTable->setItem(r, 2, item);
    }
    if (dateColumn < 0)
        mSummary->setText(tr("Choose the date column."));
    else if (!formatOk)
        mSummary->setText(tr("The date format must name a year (yyyy)."));
    else
        mSummary->setText(tr("%1 of the first %2 rows cannot be read with this format.")
                              .arg(mFailing)
                              .arg(mPreview.rows.size()));
    mButtons->button(QDialogButtonBox::Ok)->setEnabled(dateColumn >= 0 && formatOk);
}

bool EventMappingDialog::needsMapping(const TablePreview& preview)
{
    return !eventschema::detect(preview.columns)
        && !preview.columns.contains(QStringLiteral("date"), Qt::CaseInsensitive);
}

} // namespace ka
