#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace Rewind {

// Asks for what a course command needs from the editor: a title (and a language for a new course).
// OK stays disabled while the title is blank, since CourseDecision rejects it anyway.
class CourseItemDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind
    {
        NewCourse,
        AddChapter,
        AddSection,
        RenameSection,
    };

    explicit CourseItemDialog(Kind kind, QWidget* parent = nullptr);

    Kind kind() const { return m_kind; }
    void setTitle(const QString& title);
    QString title() const;    // trimmed
    QString language() const; // trimmed; empty unless NewCourse

    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* languageBox() const { return m_language; } // nullptr unless NewCourse
    QPushButton* okButton() const { return m_ok; }

private:
    void updateOk();

    Kind m_kind;
    QLineEdit* m_title = nullptr;
    QComboBox* m_language = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace Rewind
