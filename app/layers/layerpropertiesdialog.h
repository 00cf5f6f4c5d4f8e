#pragma once

#include "model/layer.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace ka {

// Properties of one layer: fill, outline colour, width and dash, opacity, point symbol and
// size, label field or template. Every change is emitted at once (the map redraws while the
// dialog is open); Cancel emits the style the layer had when the dialog opened.
class LayerPropertiesDialog : public QDialog {
    Q_OBJECT
public:
    LayerPropertiesDialog(const Layer& layer, QWidget* parent = nullptr);

    // The style the fields describe now.
    LayerStyle style() const;
    // The layer's id.
    QString layerId() const { return mLayerId; }

signals:
    // The user changed a field: the whole style as it now is.
    void styleEdited(const ka::LayerStyle& style);

public slots:
    void reject() override;

private:
    QLineEdit* colorField(const QColor& color, const QString& name);
    void fieldChanged();

    QString mLayerId;
    LayerStyle mOriginal;
    QLineEdit* mFill;
    QLineEdit* mStroke;
    QDoubleSpinBox* mWidth;
    QComboBox* mDash;
    QSpinBox* mOpacity;
    QComboBox* mSymbol;
    QDoubleSpinBox* mSize;
    QComboBox* mLabel;
    bool mLabelEdited = false;
    bool mEdited = false;
};

} // namespace ka
