#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Rewind {

// A question's answers as an editor writes them: one line per answer with a "correct" mark, and
// buttons to add, remove and move answers. The correct answers are the texts of the marked rows,
// so a mark follows its answer when the answer is edited or moved. A correct answer that is not
// among the answers (a stream written by another tool) is kept and shown, so that loading and
// saving never drops it silently; the store's rules name it.
class AnswerListEditor : public QWidget
{
    Q_OBJECT

public:
    // How an edit came about, so the undo stack can merge typing in one answer.
    enum class EditKind
    {
        Typing,    // text typed into an answer
        Structure, // added, removed, moved, marked
    };

    explicit AnswerListEditor(QWidget* parent = nullptr);

    // Shows these answers without emitting edited(); rows that already show the same text keep
    // their widgets, so setting what is shown already does not disturb the cursor.
    void setAnswers(const QStringList& answers, const QStringList& correctAnswers);
    QStringList answers() const;
    QStringList correctAnswers() const; // marked rows in row order, then the kept strays
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // Installed on every answer's line edit, present and future (the editor routes undo keys
    // to its own stack with it).
    void setEditEventFilter(QObject* filter);

    // The same as the buttons, for code and tests.
    void addAnswer(const QString& text = {});
    void removeAnswer(int row);
    void moveAnswer(int row, int delta);
    void setCorrect(int row, bool correct);

    int count() const { return int(m_rows.size()); }
    QLineEdit* answerEdit(int row) const;
    QCheckBox* correctBox(int row) const;
    QToolButton* removeButton(int row) const;
    QToolButton* upButton(int row) const;
    QToolButton* downButton(int row) const;
    QPushButton* addButton() const { return m_add; }
    QLabel* strayLabel() const { return m_strayLabel; }

signals:
    // The user changed the answers or the marks (never sent by setAnswers); `row` is the answer
    // typed into, -1 for structural edits.
    void edited(Rewind::AnswerListEditor::EditKind kind, int row);

private:
    struct Row
    {
        QWidget* widget = nullptr;
        QLineEdit* edit = nullptr;
        QCheckBox* correct = nullptr;
        QToolButton* up = nullptr;
        QToolButton* down = nullptr;
        QToolButton* remove = nullptr;
    };
    Row makeRow();
    void rebuild(const QStringList& answers, const QList<bool>& marks);
    int rowOf(QObject* widget) const;
    void updateRowButtons();
    void updateStrays();

    QVBoxLayout* m_rowsLayout = nullptr;
    QList<Row> m_rows;
    QStringList m_strays;       // correct answers that match no row
    QStringList m_correctOrder; // the correct answers as last set: their order is kept
    QLabel* m_strayLabel = nullptr;
    QToolButton* m_dropStrays = nullptr;
    QPushButton* m_add = nullptr;
    bool m_readOnly = false;
    QObject* m_editFilter = nullptr;
};

} // namespace Rewind
