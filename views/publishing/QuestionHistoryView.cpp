#include "QuestionHistoryView.h"

#include "QuestionAspectText.h"
#include "QuestionHistoryModel.h"

#include <QColor>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Rewind {

QuestionHistoryView::QuestionHistoryView(QWidget* parent) : QWidget(parent)
{
    m_model = new QuestionHistoryModel(this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QuestionHistoryModel::ChangeColumn,
                                                      QHeaderView::Stretch);

    m_caption = new QLabel;
    m_comparison = new QTableWidget(4, 2);
    m_comparison->setObjectName(QStringLiteral("historyComparison"));
    m_comparison->setVerticalHeaderLabels({QuestionAspectText::name(QuestionAspectText::Aspect::Text),
                                           QuestionAspectText::name(QuestionAspectText::Aspect::Answers),
                                           QuestionAspectText::name(QuestionAspectText::Aspect::Explanation),
                                           tr("Status")});
    m_comparison->setHorizontalHeaderLabels({tr("Selected revision"), tr("Current")});
    m_comparison->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->setWordWrap(true);

    m_restore = new QPushButton(tr("Restore this revision"));
    m_restore->setObjectName(QStringLiteral("restoreRevision"));

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_caption);
    sideLayout->addWidget(m_comparison, 1);
    sideLayout->addWidget(m_restore, 0, Qt::AlignRight);

    auto* splitter = new QSplitter;
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QuestionHistoryView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &QuestionHistoryView::showSelected);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const qint64 p = selectedPosition(); p >= 0)
            emit restoreRequested(p);
    });
    showSelected();
}

void QuestionHistoryView::setHistory(const QList<RecordedEvent>& history)
{
    const qint64 selected = selectedPosition();
    m_model->setHistory(history);
    if (selected >= 0)
        selectPosition(selected);
    showSelected();
}

void QuestionHistoryView::setRestoreBlocked(const QString& reason)
{
    m_blocked = reason;
    updateRestore();
}

void QuestionHistoryView::selectPosition(qint64 position)
{
    const int row = m_model->rowOfPosition(position);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->selectRow(row);
}

qint64 QuestionHistoryView::selectedPosition() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return -1;
    return current.siblingAtColumn(0).data(QuestionHistoryModel::PositionRole).toLongLong();
}

void QuestionHistoryView::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    m_selectedDiffers = false;
    if (!current.isValid() || m_model->rowCount() == 0) {
        for (int r = 0; r < m_comparison->rowCount(); ++r) {
            m_comparison->setItem(r, 0, new QTableWidgetItem);
            m_comparison->setItem(r, 1, new QTableWidgetItem);
        }
        m_comparison->setHorizontalHeaderLabels({tr("Selected revision"), tr("Current")});
        m_caption->setText(tr("Select an event to compare the question after it with now."));
        updateRestore();
        return;
    }
    // The model lists the newest event first: row 0 holds the current content.
    const QuestionState selectedState = m_model->stateAt(current.row());
    const QuestionState currentState = m_model->stateAt(0);
    const QuestionDraft selected = QuestionDraft::fromState(selectedState);
    const QuestionDraft now = QuestionDraft::fromState(currentState);
    m_comparison->setHorizontalHeaderLabels(
        {tr("After event %1")
             .arg(current.siblingAtColumn(0).data(QuestionHistoryModel::PositionRole).toLongLong()),
         tr("Now (event %1)")
             .arg(m_model->index(0, 0).data(QuestionHistoryModel::PositionRole).toLongLong())});
    m_caption->setText(tr("Differences are highlighted."));
    const QColor highlight(255, 236, 179);
    int row = 0;
    for (const QuestionAspectText::Aspect aspect : QuestionAspectText::aspects()) {
        auto* left = new QTableWidgetItem(QuestionAspectText::value(selected, aspect));
        auto* right = new QTableWidgetItem(QuestionAspectText::value(now, aspect));
        if (QuestionAspectText::differs(selected, now, aspect)) {
            m_selectedDiffers = true;
            left->setBackground(highlight);
            right->setBackground(highlight);
        }
        m_comparison->setItem(row, 0, left);
        m_comparison->setItem(row, 1, right);
        ++row;
    }
    auto* left = new QTableWidgetItem(QuestionAspectText::statusText(selectedState));
    auto* right = new QTableWidgetItem(QuestionAspectText::statusText(currentState));
    if (left->text() != right->text()) {
        left->setBackground(highlight);
        right->setBackground(highlight);
    }
    m_comparison->setItem(row, 0, left);
    m_comparison->setItem(row, 1, right);
    m_comparison->resizeRowsToContents();
    updateRestore();
}

void QuestionHistoryView::updateRestore()
{
    const bool selected = selectedPosition() >= 0;
    m_restore->setEnabled(selected && m_selectedDiffers && m_blocked.isEmpty());
    if (!m_blocked.isEmpty())
        m_restore->setToolTip(m_blocked);
    else if (!selected)
        m_restore->setToolTip(tr("Select an event first"));
    else if (!m_selectedDiffers)
        m_restore->setToolTip(tr("This revision has the current content already"));
    else
        m_restore->setToolTip(tr("Write new events that bring this content back; nothing is deleted"));
}

} // namespace Rewind
