#include "ConflictPanel.h"

#include "QuestionAspectText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Rewind {

ConflictPanel::ConflictPanel(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("conflictPanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#conflictPanel { background: #fff4e0; border: 1px solid #d08a00; }"));

    m_title = new QLabel;
    m_title->setWordWrap(true);
    m_events = new QListWidget;
    m_events->setObjectName(QStringLiteral("conflictEvents"));
    m_events->setWordWrap(true);
    m_events->setMaximumHeight(110);

    m_comparison = new QTableWidget(0, 3);
    m_comparison->setObjectName(QStringLiteral("conflictComparison"));
    m_comparison->setHorizontalHeaderLabels({tr("Aspect"), tr("Theirs"), tr("Yours")});
    m_comparison->verticalHeader()->hide();
    m_comparison->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_comparison->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_comparison->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_comparison->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_comparison->setWordWrap(true);
    m_comparison->setMaximumHeight(160);
    m_same = new QLabel(tr("Their version already has the same content as yours."));
    m_same->hide();

    m_reload = new QPushButton(tr("Reload theirs"));
    m_reload->setObjectName(QStringLiteral("conflictReload"));
    m_reload->setToolTip(tr("Show their version; Undo brings your edits back"));
    m_reapply = new QPushButton(tr("Re-apply my edits"));
    m_reapply->setObjectName(QStringLiteral("conflictReapply"));
    m_reapply->setToolTip(tr("Save the parts you changed on top of their version, as new commands"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_reload);
    buttons->addWidget(m_reapply);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_events);
    layout->addWidget(m_comparison);
    layout->addWidget(m_same);
    layout->addLayout(buttons);

    connect(m_reload, &QPushButton::clicked, this, &ConflictPanel::reloadRequested);
    connect(m_reapply, &QPushButton::clicked, this, &ConflictPanel::reapplyRequested);
}

void ConflictPanel::showConflict(const QuestionConflict& conflict)
{
    m_conflict = conflict;
    m_title->setText(tr("<b>Someone else changed this question since you opened it (version %1).</b> "
                        "Your edits were not saved.")
                         .arg(conflict.loadedVersion));

    m_events->clear();
    for (const RecordedEvent& event : conflict.theirEvents) {
        m_events->addItem(tr("%1 changed this question at %2: %3")
                              .arg(QuestionAspectText::eventUser(event), QuestionAspectText::eventTime(event),
                                   QuestionAspectText::eventChange(event)));
    }

    const QuestionDraft theirs = QuestionDraft::fromState(conflict.theirs);
    m_comparison->setRowCount(0);
    for (const QuestionAspectText::Aspect aspect : QuestionAspectText::aspects()) {
        if (!QuestionAspectText::differs(theirs, conflict.mine, aspect))
            continue;
        const int row = m_comparison->rowCount();
        m_comparison->insertRow(row);
        m_comparison->setItem(row, 0, new QTableWidgetItem(QuestionAspectText::name(aspect)));
        m_comparison->setItem(row, 1, new QTableWidgetItem(QuestionAspectText::value(theirs, aspect)));
        m_comparison->setItem(row, 2, new QTableWidgetItem(QuestionAspectText::value(conflict.mine, aspect)));
    }
    m_comparison->resizeRowsToContents();
    m_comparison->setVisible(m_comparison->rowCount() > 0);
    m_same->setVisible(m_comparison->rowCount() == 0);
}

void ConflictPanel::setBusy(bool busy)
{
    m_reload->setEnabled(!busy);
    m_reapply->setEnabled(!busy);
}

QStringList ConflictPanel::eventLines() const
{
    QStringList lines;
    for (int i = 0; i < m_events->count(); ++i)
        lines << m_events->item(i)->text();
    return lines;
}

} // namespace Rewind
