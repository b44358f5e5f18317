#pragma once

#include "QuestionDraft.h"

#include <QList>
#include <QWidget>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace Rewind {

// A question as a student sees it: the text, the answers to choose from (radio buttons, or check
// boxes when more than one answer is correct), "Check", which says right or wrong, and the
// explanation, revealed after a wrong answer as the platform does.
class QuestionPreview : public QWidget
{
    Q_OBJECT

public:
    enum class Verdict
    {
        None,     // not checked since the question or the choice changed
        NoChoice, // "Check" with nothing chosen
        Right,
        Wrong,
    };

    explicit QuestionPreview(QWidget* parent = nullptr);

    // Shows `draft` from the start (nothing chosen, no verdict); the same draft again changes nothing,
    // so a student's choice survives edits elsewhere.
    void setDraft(const QuestionDraft& draft);
    const QuestionDraft& draft() const { return m_draft; }
    bool isMultipleChoice() const; // more than one distinct correct answer among the answers

    // The same as clicking: choose the answers at these rows, press "Check".
    void choose(const QList<int>& rows);
    Verdict check();
    Verdict verdict() const { return m_verdict; }
    bool isExplanationShown() const;

    QLabel* textLabel() const { return m_text; }
    QList<QAbstractButton*> answerButtons() const { return m_buttons; }
    QPushButton* checkButton() const { return m_check; }
    QLabel* resultLabel() const { return m_result; }
    QLabel* explanationLabel() const { return m_explanation; }

signals:
    void checked(Rewind::QuestionPreview::Verdict verdict);

private:
    void rebuild();
    void showVerdict();

    QuestionDraft m_draft;
    bool m_hasDraft = false;
    Verdict m_verdict = Verdict::None;
    QLabel* m_text = nullptr;
    QVBoxLayout* m_answersLayout = nullptr;
    QButtonGroup* m_group = nullptr;
    QList<QAbstractButton*> m_buttons;
    QLabel* m_noAnswers = nullptr;
    QPushButton* m_check = nullptr;
    QLabel* m_result = nullptr;
    QLabel* m_explanation = nullptr;
};

} // namespace Rewind
