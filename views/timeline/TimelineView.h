#pragma once

#include "StoreJob.h"
#include "StudentDirectory.h"
#include "StudentProgressAt.h"
#include "TimelineEntry.h"
#include "TimelineFilter.h"

#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QCompleter;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStringListModel;
class QToolButton;
class QTreeView;

namespace Rewind {

class StoreSession;
class TimelineModel;

// One student's timeline for support staff: find the student by name, e-mail or id with
// suggestions while typing; every event that concerns them in time order, grouped by day, one plain
// sentence each; filters by kind and period; the student's progress as of the selected entry; from
// an entry, open the event in the browser or replay its quiz at that moment (as signals: the window
// decides where); export what the filter shows to CSV or PDF. Store reads run on the session's
// workers.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    void setSession(StoreSession* session); // nullptr: nothing to show
    void openStudent(const QString& studentId);
    QString studentId() const { return m_studentId; }

    TimelineModel* model() const { return m_model; }
    QTreeView* tree() const { return m_tree; }
    QLineEdit* searchEdit() const { return m_search; }
    QCompleter* completer() const { return m_completer; }
    const StudentDirectory& directory() const { return m_directory; }

    // The filter widgets, for code and tests: the same as clicking them.
    void setKinds(const QSet<TimelineEntry::Kind>& kinds); // empty: every kind
    void setPeriod(std::optional<qint64> fromUs, std::optional<qint64> toUs);

    void selectPosition(qint64 globalPosition);
    qint64 selectedPosition() const; // 0 when no entry is selected
    // The progress panel's figures: as of the selected entry, or of the last one shown.
    StudentProgressAt::Figures shownProgress() const { return m_progress; }
    QString progressText() const;

    // Writes what the filter shows on the session's background lane, with progress and Cancel beside
    // the export buttons, so a large report never freezes the window. exportFinished(),
    // exportCancelled() or errorShown() follows; false when no export could start (no session, no
    // student, or one is running already).
    bool exportCsv(const QString& path);
    bool exportPdf(const QString& path, const QString& generatedBy);
    void cancelExport();
    bool isExporting() const { return m_exportJob.isValid(); }
    QString errorText() const;

signals:
    void studentsLoaded(int count);
    void timelineLoaded(const QString& studentId, int entries);
    void progressShown(qint64 globalPosition);
    void openEventRequested(qint64 globalPosition);
    // The quiz stream replayed to the entry's position in it.
    void replayQuizRequested(const QString& stream, qint64 streamPosition);
    void errorShown(const QString& message);
    void exportFinished(const QString& path, int entries);
    void exportCancelled(const QString& path);

private:
    void loadDirectory();
    void searchEdited(const QString& text);
    void openFromSearch();
    void applyFilter();
    void updateProgress();
    void updateEntryButtons();
    void exportWithDialog(bool pdf);
    bool startExport(const QString& path,
                     std::function<void(const QList<TimelineEntry>&, const JobControl&)> write);
    void exportEnded();
    void showError(const QString& message);
    void showStatus(const QString& message);

    QPointer<StoreSession> m_session;
    StudentDirectory m_directory;
    QString m_studentId;
    TimelineModel* m_model = nullptr;
    StudentProgressAt::Figures m_progress;

    QLineEdit* m_search = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_suggestions = nullptr;
    QToolButton* m_kindsButton = nullptr;
    QList<QAction*> m_kindActions;
    QCheckBox* m_fromCheck = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QCheckBox* m_toCheck = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QPushButton* m_exportCsv = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QProgressBar* m_exportProgress = nullptr;
    QPushButton* m_cancelExport = nullptr;
    StoreJob m_exportJob;
    QString m_exportPath;
    QTreeView* m_tree = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_progressLabel = nullptr;
    QPushButton* m_openEvent = nullptr;
    QPushButton* m_replayQuiz = nullptr;
    QLabel* m_status = nullptr;
    QString m_error;
    int m_loadSerial = 0; // a newer request makes older results stale
};

} // namespace Rewind
