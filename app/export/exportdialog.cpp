#include "exportdialog.h"

#include "export/framesequence.h"
#include "export/mapexporter.h"
#include "framesequencerunner.h"
#include "render/maplayout.h"
#include "time/datestep.h"
#include "timeline/datefield.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>

namespace ka {

namespace {
enum Preset { FullHd, Square, A4Print, Custom };
const QSize kPreviewSize(480, 300);
} // namespace

ExportDialog::ExportDialog(std::shared_ptr<const Scenario> scenario, const MapSettings& view, QWidget* parent)
    : QDialog(parent)
    , mScenario(std::move(scenario))
    , mView(view)
    , mRunner(new FrameSequenceRunner(mScenario, this))
{
    setWindowTitle(tr("Export Map"));
    buildUi();
    loadSettings();
    updateControls();
    mPreviewTimer.setSingleShot(true);
    mPreviewTimer.setInterval(150);
    connect(&mPreviewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(mRunner, &FrameSequenceRunner::finished, this, [this](bool ok, const QString& message) {
        if (ok)
            emit exported(message);
    });
    updatePreview();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::buildUi()
{
    auto* form = new QFormLayout;
    addFormatRows(form);
    addLayoutRows(form);
    buildFramesBox();

    mPath = new QLineEdit;
    auto* browseButton = new QPushButton(tr("&Browse…"));
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(mPath);
    pathRow->addWidget(browseButton);

    mPreview = new QLabel;
    mPreview->setFixedSize(kPreviewSize);
    mPreview->setAlignment(Qt::AlignCenter);
    mPreview->setFrameShape(QFrame::StyledPanel);
    nameControls();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    QPushButton* copyButton = buttons->addButton(tr("&Copy Map to Clipboard"), QDialogButtonBox::ActionRole);
    exportButton->setDefault(true);

    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(mFrames);
    auto* fileForm = new QFormLayout;
    fileForm->addRow(tr("Output:"), pathRow);
    left->addLayout(fileForm);
    left->addStretch();
    auto* top = new QHBoxLayout;
    top->addLayout(left);
    top->addWidget(mPreview, 0, Qt::AlignTop);
    auto* main = new QVBoxLayout(this);
    main->addLayout(top);
    main->addWidget(buttons);

    connectChanges();
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (exportNow() && !mFrames->isChecked())
            accept();
    });
    connect(copyButton, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ExportDialog::addFormatRows(QFormLayout* form)
{
    mFormat = new QComboBox;
    mFormat->addItem(tr("PNG image"), int(ExportFormat::Png));
    mFormat->addItem(tr("JPEG image"), int(ExportFormat::Jpeg));
    mFormat->addItem(tr("SVG drawing (vector, text as text)"), int(ExportFormat::Svg));
    mFormat->addItem(tr("PDF document (vector, selectable text)"), int(ExportFormat::Pdf));
    form->addRow(tr("&Format:"), mFormat);

    mPreset = new QComboBox;
    mPreset->addItems({ tr("1920 × 1080"), tr("1080 × 1080"), tr("A4 at 300 dpi"), tr("Custom") });
    mWidth = new QSpinBox;
    mHeight = new QSpinBox;
    for (QSpinBox* s : { mWidth, mHeight }) {
        s->setRange(16, 20000);
        s->setSuffix(tr(" px"));
    }
    mDpi = new QSpinBox;
    mDpi->setRange(10, 2400);
    mDpi->setSuffix(tr(" dpi"));
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(mPreset);
    sizeRow->addWidget(mWidth);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(mHeight);
    sizeRow->addWidget(mDpi);
    form->addRow(tr("Size:"), sizeRow);
    mPage = new QComboBox;
    mPage->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    mPage->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    mPage->addItem(QStringLiteral("A5"), int(QPageSize::A5));
    mPage->addItem(QStringLiteral("Letter"), int(QPageSize::Letter));
    mPage->addItem(QStringLiteral("Legal"), int(QPageSize::Legal));
    mOrientation = new QComboBox;
    mOrientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    mOrientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    auto* pageRow = new QHBoxLayout;
    pageRow->addWidget(mPage);
    pageRow->addWidget(mOrientation);
    pageRow->addStretch();
    form->addRow(tr("Page:"), pageRow);
    mSizeNote = new QLabel;
    mSizeNote->setWordWrap(true);
    form->addRow(QString(), mSizeNote);
}

void ExportDialog::addLayoutRows(QFormLayout* form)
{
    mTitleText = new QLineEdit;
    mTitleText->setPlaceholderText(MapLayout(mScenario).defaultTitle(mView));
    form->addRow(tr("&Title:"), mTitleText);
    auto* parts = new QGridLayout;
    mTitle = new QCheckBox(tr("Title and date"));
    mLegend = new QCheckBox(tr("Legend"));
    mScaleBar = new QCheckBox(tr("Scale bar"));
    mNorthArrow = new QCheckBox(tr("North arrow"));
    mAttribution = new QCheckBox(tr("Attribution"));
    mLocator = new QCheckBox(tr("Locator map"));
    const QList<QCheckBox*> boxes = layoutBoxes();
    for (int i = 0; i < boxes.size(); ++i)
        parts->addWidget(boxes.at(i), i / 3, i % 3);
    form->addRow(tr("Layout:"), parts);
}

QList<QCheckBox*> ExportDialog::layoutBoxes() const
{
    return { mTitle, mLegend, mScaleBar, mNorthArrow, mAttribution, mLocator };
}

void ExportDialog::buildFramesBox()
{
    mFrames = new QGroupBox(tr("Frame &sequence (one file per step)"));
    mFrames->setCheckable(true);
    // The same field as the timeline's: it takes exactly the date typed over it.
    mFrom = new DateField;
    mTo = new DateField;
    mStep = new QComboBox;
    mStep->addItem(tr("1 day"), QStringLiteral("1d"));
    mStep->addItem(tr("1 week"), QStringLiteral("1w"));
    mStep->addItem(tr("1 month"), QStringLiteral("1m"));
    mStep->addItem(tr("each event date"), QStringLiteral("event"));
    auto* frames = new QHBoxLayout(mFrames);
    frames->addWidget(new QLabel(tr("From")));
    frames->addWidget(mFrom);
    frames->addWidget(new QLabel(tr("to")));
    frames->addWidget(mTo);
    frames->addWidget(new QLabel(tr("every")));
    frames->addWidget(mStep);
}

void ExportDialog::nameControls()
{
    // Names for tests and accessibility tools.
    mFormat->setObjectName(QStringLiteral("format"));
    mPreset->setObjectName(QStringLiteral("preset"));
    mWidth->setObjectName(QStringLiteral("width"));
    mHeight->setObjectName(QStringLiteral("height"));
    mDpi->setObjectName(QStringLiteral("dpi"));
    mFrom->setObjectName(QStringLiteral("from"));
    mTo->setObjectName(QStringLiteral("to"));
    mStep->setObjectName(QStringLiteral("step"));
    mTitleText->setObjectName(QStringLiteral("title"));
}

void ExportDialog::connectChanges()
{
    const auto changed = [this] {
        updateControls();
        mPreviewTimer.start();
    };
    connect(mFormat, &QComboBox::currentIndexChanged, this, changed);
    connect(mPreset, &QComboBox::currentIndexChanged, this, changed);
    connect(mPage, &QComboBox::currentIndexChanged, this, changed);
    connect(mOrientation, &QComboBox::currentIndexChanged, this, changed);
    for (QSpinBox* s : { mWidth, mHeight, mDpi })
        connect(s, &QSpinBox::valueChanged, this, changed);
    for (QCheckBox* b : layoutBoxes())
        connect(b, &QCheckBox::toggled, this, changed);
    connect(mTitleText, &QLineEdit::textChanged, this, changed);
    connect(mFrames, &QGroupBox::toggled, this, changed);
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(mFormat->currentData().toInt());
}

ExportOptions ExportDialog::options() const
{
    ExportOptions o;
    o.size = QSize(mWidth->value(), mHeight->value());
    o.dpi = mDpi->value();
    o.page = QPageSize::PageSizeId(mPage->currentData().toInt());
    o.orientation = QPageLayout::Orientation(mOrientation->currentData().toInt());
    o.layout.title = mTitle->isChecked();
    o.layout.legend = mLegend->isChecked();
    o.layout.scaleBar = mScaleBar->isChecked();
    o.layout.northArrow = mNorthArrow->isChecked();
    o.layout.attribution = mAttribution->isChecked();
    o.layout.locator = mLocator->isChecked();
    o.layout.titleText = mTitleText->text().trimmed();
    return o;
}

QString ExportDialog::outputPath() const
{
    return mPath->text().trimmed();
}

void ExportDialog::setOutputPath(const QString& path)
{
    mPath->setText(path);
}

MapSettings ExportDialog::exportSettings() const
{
    return MapExporter::fitted(mView, format(), options());
}

void ExportDialog::updateControls()
{
    const bool pdf = format() == ExportFormat::Pdf;
    const int preset = mPreset->currentIndex();
    const bool portrait = mOrientation->currentData().toInt() == int(QPageLayout::Portrait);
    const QSignalBlocker bw(mWidth), bh(mHeight), bd(mDpi);
    if (preset == FullHd) {
        mWidth->setValue(1920);
        mHeight->setValue(1080);
        mDpi->setValue(96);
    } else if (preset == Square) {
        mWidth->setValue(1080);
        mHeight->setValue(1080);
        mDpi->setValue(96);
    } else if (preset == A4Print) {
        mWidth->setValue(portrait ? 2480 : 3508);
        mHeight->setValue(portrait ? 3508 : 2480);
        mDpi->setValue(300);
        if (pdf)
            mPage->setCurrentIndex(mPage->findData(int(QPageSize::A4)));
    }
    for (QWidget* w :
        { static_cast<QWidget*>(mWidth), static_cast<QWidget*>(mHeight), static_cast<QWidget*>(mDpi) })
        w->setEnabled(preset == Custom && !pdf);
    mPreset->setEnabled(!pdf);
    mPage->setEnabled(pdf);
    mOrientation->setEnabled(pdf || preset == A4Print);
    const QSize logical = MapExporter::logicalSize(format(), options());
    mSizeNote->setText(pdf ? tr("The map fills the page; text and lines at print size.")
                           : tr("Drawn like a %1 × %2 window at %3 dpi.")
                                 .arg(logical.width())
                                 .arg(logical.height())
                                 .arg(mDpi->value()));

    // Keep the output name in step with the format and the frame-sequence switch.
    QString path = outputPath();
    if (!path.isEmpty()) {
        const QFileInfo info(path);
        QString stem = info.completeBaseName();
        static const QRegularExpression number(QStringLiteral("-?%0?\\d*d"));
        stem.remove(number);
        if (mFrames->isChecked())
            stem += QStringLiteral("-%04d");
        const QString wanted
            = info.dir().filePath(stem + QLatin1Char('.') + MapExporter::suffixFor(format()));
        if (wanted != path)
            mPath->setText(QDir::toNativeSeparators(wanted));
    }
}

void ExportDialog::loadSettings()
{
    QSettings s;
    s.beginGroup(QStringLiteral("export"));
    mFormat->setCurrentIndex(
        std::max(0, mFormat->findData(s.value(QStringLiteral("format"), int(ExportFormat::Png)).toInt())));
    mPreset->setCurrentIndex(
        std::clamp(s.value(QStringLiteral("preset"), int(FullHd)).toInt(), 0, int(Custom)));
    mWidth->setValue(s.value(QStringLiteral("width"), 1920).toInt());
    mHeight->setValue(s.value(QStringLiteral("height"), 1080).toInt());
    mDpi->setValue(s.value(QStringLiteral("dpi"), 96).toInt());
    mPage->setCurrentIndex(
        std::max(0, mPage->findData(s.value(QStringLiteral("page"), int(QPageSize::A4)).toInt())));
    mOrientation->setCurrentIndex(std::max(0,
        mOrientation->findData(s.value(QStringLiteral("orientation"), int(QPageLayout::Landscape)).toInt())));
    mTitle->setChecked(s.value(QStringLiteral("parts/title"), true).toBool());
    mLegend->setChecked(s.value(QStringLiteral("parts/legend"), true).toBool());
    mScaleBar->setChecked(s.value(QStringLiteral("parts/scalebar"), true).toBool());
    mNorthArrow->setChecked(s.value(QStringLiteral("parts/northarrow"), true).toBool());
    mAttribution->setChecked(s.value(QStringLiteral("parts/attribution"), true).toBool());
    mLocator->setChecked(s.value(QStringLiteral("parts/locator"), true).toBool());
    mTitleText->setText(s.value(QStringLiteral("title")).toString());
    mStep->setCurrentIndex(
        std::max(0, mStep->findData(s.value(QStringLiteral("step"), QStringLiteral("1m")))));
    mFrames->setChecked(false); // a sequence is asked for each time, never by surprise
    const QDate first = mScenario->firstDate().isValid() ? mScenario->firstDate() : mView.date;
    const QDate last = mScenario->lastDate().isValid() ? mScenario->lastDate() : mView.date;
    for (DateField* d : { mFrom, mTo })
        d->setDateRange(std::min(first, mView.date), std::max(last, mView.date));
    mFrom->setDate(std::max(first, mView.date.addYears(-1)));
    mTo->setDate(mView.date);
    const QString folder = s.value(QStringLiteral("folder"), QDir::homePath()).toString();
    mPath->setText(
        QDir(folder).filePath(QStringLiteral("karabakh-atlas-%1.%2")
                                  .arg(mView.date.toString(Qt::ISODate), MapExporter::suffixFor(format()))));
    s.endGroup();
}

void ExportDialog::saveSettings() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("export"));
    s.setValue(QStringLiteral("format"), mFormat->currentData());
    s.setValue(QStringLiteral("preset"), mPreset->currentIndex());
    s.setValue(QStringLiteral("width"), mWidth->value());
    s.setValue(QStringLiteral("height"), mHeight->value());
    s.setValue(QStringLiteral("dpi"), mDpi->value());
    s.setValue(QStringLiteral("page"), mPage->currentData());
    s.setValue(QStringLiteral("orientation"), mOrientation->currentData());
    s.setValue(QStringLiteral("parts/title"), mTitle->isChecked());
    s.setValue(QStringLiteral("parts/legend"), mLegend->isChecked());
    s.setValue(QStringLiteral("parts/scalebar"), mScaleBar->isChecked());
    s.setValue(QStringLiteral("parts/northarrow"), mNorthArrow->isChecked());
    s.setValue(QStringLiteral("parts/attribution"), mAttribution->isChecked());
    s.setValue(QStringLiteral("parts/locator"), mLocator->isChecked());
    s.setValue(QStringLiteral("title"), mTitleText->text());
    s.setValue(QStringLiteral("step"), mStep->currentData());
    if (!outputPath().isEmpty())
        s.setValue(QStringLiteral("folder"), QFileInfo(outputPath()).absolutePath());
    s.endGroup();
}

void ExportDialog::done(int result)
{
    if (mRunner->isRunning())
        return; // the progress dialog's Cancel stops a running sequence first
    saveSettings();
    QDialog::done(result);
}

void ExportDialog::browse()
{
    const QString filter
        = tr("PNG image (*.png);;JPEG image (*.jpg *.jpeg);;SVG drawing (*.svg);;PDF document (*.pdf)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Map"), outputPath(), filter);
    if (path.isEmpty())
        return;
    mPath->setText(path);
    if (const auto f = MapExporter::formatFor(path))
        mFormat->setCurrentIndex(mFormat->findData(int(*f)));
}

void ExportDialog::updatePreview()
{
    // The export's canvas drawn small: the same MapLayout, scaled down.
    const MapSettings s = exportSettings();
    const QSizeF logical(s.viewport.size());
    const double k
        = std::min(kPreviewSize.width() / logical.width(), kPreviewSize.height() / logical.height());
    QImage image((logical * k).toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(k, k);
    MapLayout(mScenario).render(&p, s, options().layout);
    p.end();
    mPreviewImage = image;
    mPreview->setPixmap(QPixmap::fromImage(image));
}

QList<QDate> ExportDialog::frameDates() const
{
    QList<QDate> events;
    for (int i = 0; i < mScenario->events.count(); ++i)
        events << mScenario->events.start(i);
    const auto step = DateStep::parse(mStep->currentData().toString());
    return step ? step->dates(mFrom->date(), mTo->date(), events) : QList<QDate>();
}

bool ExportDialog::exportNow()
{
    const QString path = outputPath();
    if (path.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), tr("Choose an output file."));
        return false;
    }
    saveSettings();
    if (mFrames->isChecked()) {
        for (DateField* d : { mFrom, mTo }) {
            if (d->isRefused()) { // never export a range the user did not mean
                d->lineEdit()->setFocus();
                QMessageBox::warning(this, windowTitle(), d->lineEdit()->toolTip());
                return false;
            }
        }
        const QList<QDate> dates = frameDates();
        if (dates.isEmpty()) {
            QMessageBox::warning(this, windowTitle(),
                tr("No frame between %1 and %2.")
                    .arg(mFrom->date().toString(Qt::ISODate), mTo->date().toString(Qt::ISODate)));
            return false;
        }
        mRunner->start(mView, options(), path, dates);
        return true;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    MapExporter exporter(mScenario);
    const bool ok = exporter.exportTo(path, mView, options());
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, windowTitle(), exporter.errorString());
        return false;
    }
    emit exported(tr("Saved %1").arg(path));
    return true;
}

void ExportDialog::copyToClipboard()
{
    MapExporter exporter(mScenario);
    QApplication::clipboard()->setImage(exporter.renderImage(mView, options()));
    emit exported(tr("Map copied to the clipboard"));
}

} // namespace ka
