#include "ExportDialog.h"

#include "StoreSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Rewind {

ExportDialog::ExportDialog(StoreSession* session, const LogQuery& query, QList<qint64> selectedPositions,
                           QWidget* parent)
    : QDialog(parent), m_session(session), m_query(query), m_selection(std::move(selectedPositions))
{
    setWindowTitle(tr("Export events"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("JSON lines"), int(ExportFormat::JsonLines));
    m_format->addItem(tr("CSV"), int(ExportFormat::Csv));

    m_selectionScope = new QRadioButton(this);
    m_selectionScope->setObjectName(QStringLiteral("selectionScope"));
    m_filterScope = new QRadioButton(this);
    m_filterScope->setObjectName(QStringLiteral("filterScope"));
    m_selectionScope->setEnabled(!m_selection.isEmpty());
    (m_selection.isEmpty() ? m_filterScope : m_selectionScope)->setChecked(true);
    auto* scope = new QVBoxLayout;
    scope->addWidget(m_selectionScope);
    scope->addWidget(m_filterScope);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("filePath"));
    m_file->setPlaceholderText(tr("Choose a file"));
    m_browse = new QPushButton(tr("Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browse"));
    auto* file = new QHBoxLayout;
    file->addWidget(m_file, 1);
    file->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Events:"), scope);
    form->addRow(tr("File:"), file);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto* running = new QHBoxLayout;
    running->addWidget(m_progress, 1);
    running->addWidget(m_cancel);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = m_buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(running);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::formatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    updateScopeTexts();
    setRunning(false);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);

    // The count of a filter is asked of the store only when it is cheap (a whole stream), and off
    // the UI thread like every store call.
    if (m_session) {
        m_session->submit(
            StoreSession::Lane::Background, this,
            [query = m_query](EventStore& store, const JobControl&) {
                return EventExporter::cheapCount(store, query).value_or(-1);
            },
            [this](qint64 count) {
                if (count >= 0 && m_filterCount < 0)
                    setFilterEventCount(count);
            },
            [](const StoreSession::Failure&) {}); // only a label's number: the export reports errors
    }
}

ExportDialog::~ExportDialog()
{
    m_job.cancel();
}

void ExportDialog::setFilterEventCount(qint64 count)
{
    m_filterCount = count;
    updateScopeTexts();
}

ExportFormat ExportDialog::format() const
{
    return ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::updateScopeTexts()
{
    const QLocale locale;
    m_selectionScope->setText(m_selection.isEmpty()
                                  ? tr("Selected events (none selected)")
                                  : tr("Selected events (%1)").arg(locale.toString(m_selection.size())));
    m_filterScope->setText(
        m_filterCount < 0 ? tr("All events of the current filter")
                          : tr("All events of the current filter (%1)").arg(locale.toString(m_filterCount)));
}

void ExportDialog::formatChanged()
{
    // The file's extension follows the format when it was one of ours.
    const QString path = m_file->text();
    const QFileInfo info(path);
    const QString suffix = EventExporter::fileSuffix(format());
    const QString other = EventExporter::fileSuffix(format() == ExportFormat::Csv ? ExportFormat::JsonLines
                                                                                  : ExportFormat::Csv);
    if (!path.isEmpty() && info.suffix().compare(other, Qt::CaseInsensitive) == 0)
        m_file->setText(path.left(path.size() - other.size()) + suffix);
}

void ExportDialog::chooseFile()
{
    const QString suffix = EventExporter::fileSuffix(format());
    const QString filter =
        format() == ExportFormat::Csv ? tr("CSV files (*.csv)") : tr("JSON lines (*.jsonl)");
    QString start = m_file->text();
    if (start.isEmpty())
        start = QDir::home().filePath(QStringLiteral("events.") + suffix);
    QFileDialog dialog(this, tr("Export events to"), start, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    dialog.selectFile(start);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        m_file->setText(QDir::toNativeSeparators(dialog.selectedFiles().first()));
}

void ExportDialog::updateButtons()
{
    m_export->setEnabled(!m_running && !m_file->text().trimmed().isEmpty() && m_session);
}

void ExportDialog::setRunning(bool running)
{
    m_running = running;
    m_format->setEnabled(!running);
    m_selectionScope->setEnabled(!running && !m_selection.isEmpty());
    m_filterScope->setEnabled(!running);
    m_file->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(!running);
    updateButtons();
}

void ExportDialog::startExport()
{
    if (m_running || !m_session)
        return;
    QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + EventExporter::fileSuffix(format());
    path = QFileInfo(path).absoluteFilePath();
    m_file->setText(QDir::toNativeSeparators(path));

    ExportRequest request;
    request.format = format();
    request.filePath = path;
    request.query = m_query;
    request.selectionOnly = m_selectionScope->isChecked();
    request.positions = m_selection;
    request.knownTotal = m_filterCount;
    const qint64 total = request.selectionOnly ? m_selection.size() : m_filterCount;

    m_completed = std::make_shared<std::atomic<qint64>>(-1);
    m_message->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    m_progress->setVisible(true);
    m_cancel->setVisible(true);
    if (total >= 0) {
        showProgress(0, total);
    } else {
        m_progress->setRange(0, 0); // busy until the first page is written
        m_progress->setFormat(QString());
    }
    setRunning(true);

    m_job = m_session->submit(
        StoreSession::Lane::Background, this,
        [exporter = EventExporter(request), completed = m_completed](EventStore& store,
                                                                     const JobControl& control) {
            ExportResult result = exporter.run(store, control);
            completed->store(result.written);
            return result;
        },
        [this](const ExportResult& result) { finished(result); },
        [this](const StoreSession::Failure& f) { failed(f.message); },
        [this](qint64 done, qint64 all) { showProgress(done, all); });
}

void ExportDialog::cancelExport()
{
    if (!m_running || m_job.isCancelled())
        return;
    m_job.cancel(); // its result and failure are dropped from now on
    m_cancel->setEnabled(false);
    m_message->setText(tr("Cancelling…"));
    // The lane runs jobs in order: this one runs once the export has stopped, and tells whether
    // the cancel came in time.
    const QString path = QDir::fromNativeSeparators(m_file->text());
    m_session->submit(
        StoreSession::Lane::Background, this, [](EventStore&, const JobControl&) { return true; },
        [this, path, completed = m_completed](bool) {
            const qint64 written = completed->load();
            if (written >= 0) {
                finished({path, written, 0});
                return;
            }
            setRunning(false);
            m_progress->setVisible(false);
            m_cancel->setVisible(false);
            m_message->setText(
                tr("Export cancelled; %1 was not written.").arg(QDir::toNativeSeparators(path)));
            emit exportCancelled();
        },
        [this, path](const StoreSession::Failure&) {
            // The store could not be reached for the check; the export was stopped all the same.
            setRunning(false);
            m_progress->setVisible(false);
            m_cancel->setVisible(false);
            m_message->setText(
                tr("Export cancelled; %1 was not written.").arg(QDir::toNativeSeparators(path)));
            emit exportCancelled();
        });
}

void ExportDialog::showProgress(qint64 done, qint64 total)
{
    const QLocale locale;
    if (total < 0) {
        m_progress->setRange(0, 0); // busy: the count of a filter is not known
        m_progress->setFormat(QString());
        m_message->setText(tr("Exporting to %1… %2 events written")
                               .arg(QDir::toNativeSeparators(m_file->text()), locale.toString(done)));
        return;
    }
    // QProgressBar counts in int: scale large totals down.
    const int scale = total > std::numeric_limits<int>::max() / 2 ? 1000 : 1;
    m_progress->setRange(0, int(std::max<qint64>(total, 1) / scale));
    m_progress->setValue(int(std::min(done, std::max<qint64>(total, 1)) / scale));
    m_progress->setFormat(tr("%1 of %2 events").arg(locale.toString(done), locale.toString(total)));
}

void ExportDialog::finished(const ExportResult& result)
{
    setRunning(false);
    m_cancel->setVisible(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(1);
    m_progress->setFormat(tr("Done"));
    const QString where = QDir::toNativeSeparators(result.filePath);
    QString text = tr("Exported %1 events to %2.").arg(QLocale().toString(result.written), where);
    if (result.missing > 0)
        text += QLatin1Char(' ') +
                tr("%1 selected events were not found in the store.").arg(QLocale().toString(result.missing));
    m_message->setText(text);
    emit exportFinished(result.filePath, result.written);
}

void ExportDialog::failed(const QString& message)
{
    setRunning(false);
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_message->setText(tr("Export failed: %1").arg(message));
    emit exportFailed(message);
}

} // namespace Rewind
