#pragma once

#include "RecordedEvent.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Rewind {

class QuestionHistoryModel;

// A question's history: its events with who and when; the revision after the selected event beside
// the current content, aspect by aspect with the differences highlighted; and "Restore this
// revision", which asks for new events that bring that content back (nothing is deleted).
class QuestionHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionHistoryView(QWidget* parent = nullptr);

    void setHistory(const QList<RecordedEvent>& history); // position order
    // Restoring is refused, with the reason as the button's tooltip (empty: allowed).
    void setRestoreBlocked(const QString& reason);

    void selectPosition(qint64 position);
    qint64 selectedPosition() const; // -1 when nothing is selected

    QuestionHistoryModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Rows Text, Answers, Explanation, Status; columns: the selected revision, the current one.
    QTableWidget* comparison() const { return m_comparison; }
    QPushButton* restoreButton() const { return m_restore; }

signals:
    void restoreRequested(qint64 position);

private:
    void showSelected();
    void updateRestore();

    QuestionHistoryModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QTableWidget* m_comparison = nullptr;
    QLabel* m_caption = nullptr;
    QPushButton* m_restore = nullptr;
    QString m_blocked;
    bool m_selectedDiffers = false;
};

} // namespace Rewind
