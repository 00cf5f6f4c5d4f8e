#pragma once

#include "io/tablepreview.h"
#include "model/eventmapping.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace ka {

// Asks which columns of a table are what, for a CSV or spreadsheet whose columns are not known:
// longitude/latitude (or WKT), date and end date, the date format (with a preview of the first
// rows parsed and how many fail), category, title, summary, place, source, link, fatalities and
// location precision. The result is a plain EventMapping for the layer spec.
class EventMappingDialog : public QDialog {
    Q_OBJECT
public:
    EventMappingDialog(const QString& path, const TablePreview& preview, QWidget* parent = nullptr);

    // The mapping as chosen; isUsable() only when a date column is set.
    EventMapping mapping() const;

    // Rows of the preview whose date does not parse with the chosen column and format.
    int failingRows() const { return mFailing; }

    // Whether a table needs this dialog: not ACLED/UCDP and no column named "date".
    static bool needsMapping(const TablePreview& preview);

private:
    QComboBox* addColumnChooser(const QString& role, const QString& initial);
    void updatePreview();

    TablePreview mPreview;
    QHash<QString, QComboBox*> mChoosers; // by role key (eventmappingjson's keys)
    QComboBox* mFormat = nullptr;
    QComboBox* mPrecisionScheme = nullptr;
    QTableWidget* mTable = nullptr;
    QLabel* mSummary = nullptr;
    QDialogButtonBox* mButtons = nullptr;
    int mFailing = 0;
};

} // namespace ka
