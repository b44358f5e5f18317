#include "AnswerListEditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace Rewind {

AnswerListEditor::AnswerListEditor(QWidget* parent) : QWidget(parent)
{
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);

    m_strayLabel = new QLabel;
    m_strayLabel->setObjectName(QStringLiteral("strayCorrectAnswers"));
    m_strayLabel->setWordWrap(true);
    m_dropStrays = new QToolButton;
    m_dropStrays->setText(tr("Remove these marks"));
    auto* strayRow = new QHBoxLayout;
    strayRow->addWidget(m_strayLabel, 1);
    strayRow->addWidget(m_dropStrays);

    m_add = new QPushButton(tr("Add answer"));
    m_add->setObjectName(QStringLiteral("addAnswer"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(strayRow);
    layout->addLayout(addRow);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addAnswer();
        m_rows.last().edit->setFocus();
    });
    connect(m_dropStrays, &QToolButton::clicked, this, [this] {
        m_strays.clear();
        updateStrays();
        emit edited(EditKind::Structure, -1);
    });
    updateStrays();
}

AnswerListEditor::Row AnswerListEditor::makeRow()
{
    Row row;
    row.widget = new QWidget;
    row.edit = new QLineEdit;
    row.edit->setPlaceholderText(tr("Answer"));
    row.correct = new QCheckBox(tr("correct"));
    row.up = new QToolButton;
    row.up->setArrowType(Qt::UpArrow);
    row.up->setToolTip(tr("Move up"));
    row.down = new QToolButton;
    row.down->setArrowType(Qt::DownArrow);
    row.down->setToolTip(tr("Move down"));
    row.remove = new QToolButton;
    row.remove->setText(tr("Remove"));
    auto* layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.edit, 1);
    layout->addWidget(row.correct);
    layout->addWidget(row.up);
    layout->addWidget(row.down);
    layout->addWidget(row.remove);
    row.edit->setReadOnly(m_readOnly);
    if (m_editFilter)
        row.edit->installEventFilter(m_editFilter);
    for (QWidget* w : {static_cast<QWidget*>(row.correct), static_cast<QWidget*>(row.up),
                       static_cast<QWidget*>(row.down), static_cast<QWidget*>(row.remove)})
        w->setEnabled(!m_readOnly);

    QWidget* key = row.widget;
    connect(row.edit, &QLineEdit::textEdited, this,
            [this, key] { emit edited(EditKind::Typing, rowOf(key)); });
    connect(row.correct, &QCheckBox::clicked, this, [this] { emit edited(EditKind::Structure, -1); });
    connect(row.up, &QToolButton::clicked, this, [this, key] { moveAnswer(rowOf(key), -1); });
    connect(row.down, &QToolButton::clicked, this, [this, key] { moveAnswer(rowOf(key), 1); });
    connect(row.remove, &QToolButton::clicked, this, [this, key] { removeAnswer(rowOf(key)); });
    return row;
}

int AnswerListEditor::rowOf(QObject* widget) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].widget == widget)
            return i;
    }
    return -1;
}

void AnswerListEditor::setAnswers(const QStringList& answers, const QStringList& correctAnswers)
{
    m_correctOrder = correctAnswers;
    const QSet<QString> correct(correctAnswers.cbegin(), correctAnswers.cend());
    const QSet<QString> texts(answers.cbegin(), answers.cend());
    QList<bool> marks;
    for (const QString& a : answers)
        marks << correct.contains(a);
    m_strays.clear();
    for (const QString& c : correctAnswers) {
        if (!texts.contains(c) && !m_strays.contains(c))
            m_strays << c;
    }
    rebuild(answers, marks);
    updateStrays();
}

void AnswerListEditor::rebuild(const QStringList& answers, const QList<bool>& marks)
{
    // Rows are reused in place, so that undoing one answer's typing keeps the others' cursors.
    while (m_rows.size() > answers.size()) {
        Row row = m_rows.takeLast();
        delete row.widget;
    }
    while (m_rows.size() < answers.size()) {
        m_rows << makeRow();
        m_rowsLayout->addWidget(m_rows.last().widget);
    }
    for (int i = 0; i < answers.size(); ++i) {
        const QSignalBlocker blockEdit(m_rows[i].edit);
        const QSignalBlocker blockBox(m_rows[i].correct);
        if (m_rows[i].edit->text() != answers[i])
            m_rows[i].edit->setText(answers[i]);
        m_rows[i].correct->setChecked(marks.value(i));
    }
    updateRowButtons();
}

QStringList AnswerListEditor::answers() const
{
    QStringList result;
    for (const Row& row : m_rows)
        result << row.edit->text();
    return result;
}

QStringList AnswerListEditor::correctAnswers() const
{
    QStringList marked;
    for (const Row& row : m_rows) {
        if (row.correct->isChecked() && !marked.contains(row.edit->text()))
            marked << row.edit->text();
    }
    for (const QString& s : m_strays) {
        if (!marked.contains(s))
            marked << s;
    }
    // The loaded order (and repetitions) first, so that loading and reading back gives the same
    // list and an unchanged question never looks edited.
    QStringList result;
    for (const QString& c : m_correctOrder) {
        if (marked.contains(c))
            result << c;
    }
    for (const QString& m : marked) {
        if (!m_correctOrder.contains(m))
            result << m;
    }
    return result;
}

void AnswerListEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Row& row : m_rows) {
        row.edit->setReadOnly(readOnly);
        row.correct->setEnabled(!readOnly);
        row.remove->setEnabled(!readOnly);
    }
    m_add->setEnabled(!readOnly);
    m_dropStrays->setEnabled(!readOnly);
    updateRowButtons();
}

void AnswerListEditor::setEditEventFilter(QObject* filter)
{
    m_editFilter = filter;
    for (const Row& row : std::as_const(m_rows))
        row.edit->installEventFilter(filter);
}

void AnswerListEditor::addAnswer(const QString& text)
{
    if (m_readOnly)
        return;
    QStringList texts = answers();
    QList<bool> marks;
    for (const Row& row : m_rows)
        marks << row.correct->isChecked();
    texts << text;
    marks << false;
    rebuild(texts, marks);
    emit edited(EditKind::Structure, -1);
}

void AnswerListEditor::removeAnswer(int row)
{
    if (m_readOnly || row < 0 || row >= m_rows.size())
        return;
    Row gone = m_rows.takeAt(row);
    gone.widget->deleteLater();
    gone.widget->hide();
    m_rowsLayout->removeWidget(gone.widget);
    updateRowButtons();
    emit edited(EditKind::Structure, -1);
}

void AnswerListEditor::moveAnswer(int row, int delta)
{
    const int to = row + delta;
    if (m_readOnly || row < 0 || row >= m_rows.size() || to < 0 || to >= m_rows.size())
        return;
    QStringList texts = answers();
    QList<bool> marks;
    for (const Row& r : m_rows)
        marks << r.correct->isChecked();
    texts.move(row, to);
    marks.move(row, to);
    rebuild(texts, marks);
    m_rows[to].edit->setFocus();
    emit edited(EditKind::Structure, -1);
}

void AnswerListEditor::setCorrect(int row, bool correct)
{
    if (m_readOnly || row < 0 || row >= m_rows.size() || m_rows[row].correct->isChecked() == correct)
        return;
    m_rows[row].correct->setChecked(correct);
    emit edited(EditKind::Structure, -1);
}

QLineEdit* AnswerListEditor::answerEdit(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].edit : nullptr;
}
QCheckBox* AnswerListEditor::correctBox(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].correct : nullptr;
}
QToolButton* AnswerListEditor::removeButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].remove : nullptr;
}
QToolButton* AnswerListEditor::upButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].up : nullptr;
}
QToolButton* AnswerListEditor::downButton(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].down : nullptr;
}

void AnswerListEditor::updateRowButtons()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rows[i].up->setEnabled(!m_readOnly && i > 0);
        m_rows[i].down->setEnabled(!m_readOnly && i + 1 < m_rows.size());
    }
}

void AnswerListEditor::updateStrays()
{
    const bool any = !m_strays.isEmpty();
    m_strayLabel->setVisible(any);
    m_dropStrays->setVisible(any);
    if (any) {
        QStringList quoted;
        for (const QString& s : m_strays)
            quoted << QStringLiteral("“%1”").arg(s);
        m_strayLabel->setText(
            tr("Marked correct but not among the answers: %1").arg(quoted.join(QStringLiteral(", "))));
    }
}

} // namespace Rewind
