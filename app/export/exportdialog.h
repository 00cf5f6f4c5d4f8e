#pragma once

#include "export/exportoptions.h"
#include "render/mapsettings.h"

#include <QDialog>
#include <QTimer>
#include <memory>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ka {

class DateField;
class FrameSequenceRunner;
class Scenario;

// File ▸ Export…: format, size preset (1920×1080, 1080×1080, A4 at 300 dpi, custom), PDF page,
// layout parts, title, output file, an optional frame sequence, and a live preview drawn by the
// same MapLayout as the export. Exports the view it was opened on (extent, date, layers,
// selection) and remembers its settings (QSettings "export/...").
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(
        std::shared_ptr<const Scenario> scenario, const MapSettings& view, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // What the controls say.
    ExportFormat format() const;
    ExportOptions options() const;
    QString outputPath() const;
    void setOutputPath(const QString& path);
    // The view's settings fitted to the export's canvas.
    MapSettings exportSettings() const;

    // The last preview drawn (tests).
    QImage previewImage() const { return mPreviewImage; }
    // Redraws the preview now instead of after the short pause that follows edits.
    void updatePreview();

    // Writes the export (or starts the frame sequence); false with a message box on failure.
    bool exportNow();
    // Copies the laid-out map at the chosen size to the clipboard.
    void copyToClipboard();

    FrameSequenceRunner* frameRunner() const { return mRunner; }
    QGroupBox* framesBox() const { return mFrames; }

signals:
    // A file (or frame sequence) was written; message is for the status bar.
    void exported(const QString& message);

protected:
    void done(int result) override;

private:
    // The controls, their layout and connections, in steps.
    void buildUi();
    void addFormatRows(QFormLayout* form); // format, size, page
    void addLayoutRows(QFormLayout* form); // title and the layout parts' check boxes
    QList<QCheckBox*> layoutBoxes() const;
    void buildFramesBox(); // the optional frame sequence
    void nameControls(); // object names for tests and accessibility tools
    void connectChanges(); // every edit updates the controls and, after a pause, the preview
    void loadSettings();
    void saveSettings() const;
    void updateControls();
    void browse();
    QList<QDate> frameDates() const;

    std::shared_ptr<const Scenario> mScenario;
    MapSettings mView;
    QComboBox* mFormat;
    QComboBox* mPreset;
    QSpinBox* mWidth;
    QSpinBox* mHeight;
    QSpinBox* mDpi;
    QComboBox* mPage;
    QComboBox* mOrientation;
    QCheckBox* mTitle;
    QCheckBox* mLegend;
    QCheckBox* mScaleBar;
    QCheckBox* mNorthArrow;
    QCheckBox* mAttribution;
    QCheckBox* mLocator;
    QLineEdit* mTitleText;
    QLineEdit* mPath;
    QGroupBox* mFrames;
    DateField* mFrom;
    DateField* mTo;
    QComboBox* mStep;
    QLabel* mPreview;
    QLabel* mSizeNote;
    QImage mPreviewImage;
    QTimer mPreviewTimer;
    FrameSequenceRunner* mRunner;
};

} // namespace ka
