#pragma once

#include "EventExporter.h"
#include "EventStore.h"
#include "StoreJob.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace Rewind {

class StoreSession;

// Exports the browser's selection or its whole filter result to JSON lines or CSV: format, what,
// file, then a progress bar with Cancel while the export runs on the session's Background lane, and
// at the end how many events went where, or the error in plain words.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // `selectedPositions`: the selected rows' global positions, sorted; may be empty.
    ExportDialog(StoreSession* session, const LogQuery& query, QList<qint64> selectedPositions,
                 QWidget* parent = nullptr);
    ~ExportDialog() override; // cancels an export still running

    // How many events the filter matches, when the caller knows (the browser's row count).
    void setFilterEventCount(qint64 count);
    bool isExporting() const { return m_running; }

public slots:
    void startExport();
    void cancelExport();

signals:
    void exportFinished(const QString& filePath, qint64 written);
    void exportFailed(const QString& message);
    void exportCancelled();

private:
    void chooseFile();
    void formatChanged();
    void updateScopeTexts();
    void updateButtons();
    void setRunning(bool running);
    void showProgress(qint64 done, qint64 total);
    void finished(const ExportResult& result);
    void failed(const QString& message);
    ExportFormat format() const;

    QPointer<StoreSession> m_session;
    LogQuery m_query;
    QList<qint64> m_selection;
    qint64 m_filterCount = -1;

    QComboBox* m_format;
    QRadioButton* m_selectionScope;
    QRadioButton* m_filterScope;
    QLineEdit* m_file;
    QPushButton* m_browse;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
    QPushButton* m_export;

    StoreJob m_job;
    bool m_running = false;
    // Set on the worker when the export has been moved into place: a cancel that comes too late
    // must not claim that nothing was written.
    std::shared_ptr<std::atomic<qint64>> m_completed;
};

} // namespace Rewind
