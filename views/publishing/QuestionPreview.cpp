#include "QuestionPreview.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QVBoxLayout>

namespace Rewind {

namespace {

QSet<QString> correctAmongAnswers(const QuestionDraft& draft)
{
    QSet<QString> result;
    for (const QString& c : draft.correctAnswers) {
        if (draft.answers.contains(c))
            result.insert(c);
    }
    return result;
}

} // namespace

QuestionPreview::QuestionPreview(QWidget* parent) : QWidget(parent)
{
    m_text = new QLabel;
    m_text->setObjectName(QStringLiteral("previewText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    QFont font = m_text->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_text->setFont(font);

    m_group = new QButtonGroup(this);
    auto* answers = new QGroupBox;
    m_answersLayout = new QVBoxLayout(answers);
    m_noAnswers = new QLabel(tr("(no answers yet)"));
    m_answersLayout->addWidget(m_noAnswers);

    m_check = new QPushButton(tr("Check"));
    m_check->setObjectName(QStringLiteral("previewCheck"));
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("previewResult"));
    auto* checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addWidget(m_result, 1);

    m_explanation = new QLabel;
    m_explanation->setObjectName(QStringLiteral("previewExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setFrameShape(QFrame::StyledPanel);
    m_explanation->setMargin(6);
    m_explanation->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(answers);
    layout->addLayout(checkRow);
    layout->addWidget(m_explanation);
    layout->addStretch(1);

    connect(m_check, &QPushButton::clicked, this, [this] { check(); });
    rebuild();
}

bool QuestionPreview::isMultipleChoice() const
{
    return correctAmongAnswers(m_draft).size() > 1;
}

void QuestionPreview::setDraft(const QuestionDraft& draft)
{
    if (m_hasDraft && draft == m_draft)
        return;
    m_hasDraft = true;
    m_draft = draft;
    rebuild();
}

void QuestionPreview::rebuild()
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    m_verdict = Verdict::None;

    m_text->setText(m_draft.text.trimmed().isEmpty() ? tr("(no question text yet)") : m_draft.text);
    const bool multiple = isMultipleChoice();
    m_group->setExclusive(!multiple);
    for (int i = 0; i < m_draft.answers.size(); ++i) {
        QAbstractButton* button = multiple
                                      ? static_cast<QAbstractButton*>(new QCheckBox(m_draft.answers[i]))
                                      : static_cast<QAbstractButton*>(new QRadioButton(m_draft.answers[i]));
        m_group->addButton(button, i);
        m_answersLayout->addWidget(button);
        m_buttons << button;
        connect(button, &QAbstractButton::toggled, this, [this] {
            if (m_verdict != Verdict::None) {
                m_verdict = Verdict::None;
                showVerdict();
            }
        });
    }
    m_noAnswers->setVisible(m_buttons.isEmpty());
    m_check->setEnabled(!m_buttons.isEmpty());
    showVerdict();
}

void QuestionPreview::choose(const QList<int>& rows)
{
    if (!isMultipleChoice()) {
        // Exclusive groups cannot be emptied by unchecking one button.
        m_group->setExclusive(false);
        for (QAbstractButton* b : std::as_const(m_buttons))
            b->setChecked(false);
        m_group->setExclusive(true);
    } else {
        for (QAbstractButton* b : std::as_const(m_buttons))
            b->setChecked(false);
    }
    for (int row : rows) {
        if (row >= 0 && row < m_buttons.size())
            m_buttons[row]->setChecked(true);
    }
}

QuestionPreview::Verdict QuestionPreview::check()
{
    QSet<QString> chosen;
    for (int i = 0; i < m_buttons.size(); ++i) {
        if (m_buttons[i]->isChecked())
            chosen.insert(m_draft.answers[i]);
    }
    if (chosen.isEmpty())
        m_verdict = Verdict::NoChoice;
    else
        m_verdict = chosen == correctAmongAnswers(m_draft) ? Verdict::Right : Verdict::Wrong;
    showVerdict();
    emit checked(m_verdict);
    return m_verdict;
}

bool QuestionPreview::isExplanationShown() const
{
    return !m_explanation->isHidden();
}

void QuestionPreview::showVerdict()
{
    switch (m_verdict) {
    case Verdict::None:
        m_result->clear();
        break;
    case Verdict::NoChoice:
        m_result->setText(isMultipleChoice() ? tr("Choose one or more answers first.")
                                             : tr("Choose an answer first."));
        m_result->setStyleSheet(QString());
        break;
    case Verdict::Right:
        m_result->setText(tr("Right!"));
        m_result->setStyleSheet(QStringLiteral("color: #1b7f2a; font-weight: bold;"));
        break;
    case Verdict::Wrong:
        m_result->setText(tr("Wrong."));
        m_result->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        break;
    }
    // The platform shows the explanation after a wrong answer only.
    const bool reveal = m_verdict == Verdict::Wrong && !m_draft.explanation.trimmed().isEmpty();
    m_explanation->setText(m_draft.explanation);
    m_explanation->setVisible(reveal);
}

} // namespace Rewind
