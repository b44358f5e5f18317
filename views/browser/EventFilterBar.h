#pragma once

#include "EventStore.h"

#include <QWidget>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;

namespace Rewind {

// The browser's filters: types, stream prefix, time range and JSON containment on data or metadata.
// Applying checks what was typed (a JSON text that does not parse is shown, with where it breaks,
// and nothing is applied) and hands the filter on as the fields of a LogQuery.
class EventFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit EventFilterBar(QWidget* parent = nullptr);

    // The filter fields of a LogQuery (types, streamPrefix, time range, containment); scope fields empty.
    LogQuery filter() const { return m_applied; }
    void setTypes(const QStringList& types); // fills the field and applies

public slots:
    void apply();
    void clearFilters();

signals:
    void filterApplied(const Rewind::LogQuery& filter);

private:
    bool readJson(QLineEdit* field, const QString& name, QByteArray* out);

    QLineEdit* m_types;
    QLineEdit* m_streamPrefix;
    QCheckBox* m_fromEnabled;
    QDateTimeEdit* m_from;
    QCheckBox* m_toEnabled;
    QDateTimeEdit* m_to;
    QLineEdit* m_dataContains;
    QLineEdit* m_metadataContains;
    QLabel* m_error;
    LogQuery m_applied;
};

} // namespace Rewind
