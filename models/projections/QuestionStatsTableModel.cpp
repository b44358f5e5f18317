#include "QuestionStatsTableModel.h"

#include "IdSortKey.h"

#include <QLocale>
#include <QStringList>

namespace Rewind {

namespace {

QString percent(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QStringLiteral(" %");
}

QStringList wrongAnswerTexts(const QuestionStatsProjection::Question& q)
{
    QStringList texts;
    for (const auto& w : q.commonWrongAnswers)
        texts << w.answer;
    return texts;
}

} // namespace

QuestionStatsTableModel::QuestionStatsTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void QuestionStatsTableModel::setQuestions(const QList<QuestionStatsProjection::Question>& questions)
{
    beginResetModel();
    m_questions = questions;
    endResetModel();
}

int QuestionStatsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_questions.size());
}

int QuestionStatsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuestionStatsTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& q = m_questions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(q, index.column());
    case Qt::ToolTipRole:
        if (index.column() == CommonWrongAnswersColumn && !q.commonWrongAnswers.isEmpty()) {
            QStringList lines;
            for (const auto& w : q.commonWrongAnswers)
                lines << tr("%1: given %n time(s)", nullptr, int(w.count)).arg(w.answer);
            return lines.join(QLatin1Char('\n'));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == QuestionColumn || index.column() == CommonWrongAnswersColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    case QuestionIdRole:
        return q.questionId;
    case AttemptsRole:
        return q.attempts;
    case CorrectRole:
        return q.correct;
    case IncorrectRole:
        return q.incorrect;
    case CorrectRatioRole:
        return q.correctRatio;
    case CommonWrongAnswersRole:
        return wrongAnswerTexts(q);
    case WrongAnswerCountsRole: {
        QVariantList counts;
        for (const auto& w : q.commonWrongAnswers)
            counts << w.count;
        return counts;
    }
    case ViewedAfterWrongRole:
        return q.viewedAfterWrong;
    case RecoveredAfterViewRole:
        return q.recoveredAfterView;
    case RecoveryShareRole:
        return q.recoveryShare;
    case SortRole:
        return sortValue(q, index.column());
    }
    return {};
}

QVariant QuestionStatsTableModel::display(const QuestionStatsProjection::Question& q, int column) const
{
    const QLocale locale;
    switch (column) {
    case QuestionColumn:
        return q.questionId;
    case AttemptsColumn:
        return locale.toString(q.attempts);
    case CorrectColumn:
        return locale.toString(q.correct);
    case IncorrectColumn:
        return locale.toString(q.incorrect);
    case CorrectRatioColumn:
        return percent(q.correctRatio);
    case CommonWrongAnswersColumn:
        return wrongAnswerTexts(q).join(QStringLiteral(", "));
    case ViewedAfterWrongColumn:
        return locale.toString(q.viewedAfterWrong);
    case RecoveredAfterViewColumn:
        return locale.toString(q.recoveredAfterView);
    case RecoveryShareColumn:
        // A share of nobody is no share: an empty cell, not "0 %".
        return q.viewedAfterWrong > 0 ? QVariant(percent(q.recoveryShare)) : QVariant(QString());
    }
    return {};
}

QVariant QuestionStatsTableModel::sortValue(const QuestionStatsProjection::Question& q, int column) const
{
    switch (column) {
    case QuestionColumn:
        return idSortKey(q.questionId);
    case AttemptsColumn:
        return q.attempts;
    case CorrectColumn:
        return q.correct;
    case IncorrectColumn:
        return q.incorrect;
    case CorrectRatioColumn:
        return q.correctRatio;
    case CommonWrongAnswersColumn:
        return q.commonWrongAnswers.isEmpty() ? qint64(0) : q.commonWrongAnswers.first().count;
    case ViewedAfterWrongColumn:
        return q.viewedAfterWrong;
    case RecoveredAfterViewColumn:
        return q.recoveredAfterView;
    case RecoveryShareColumn:
        return q.recoveryShare;
    }
    return {};
}

QVariant QuestionStatsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CommonWrongAnswersColumn:
            return tr("The wrong answers given most often (at most three); sorts by how often the first "
                      "was given");
        case ViewedAfterWrongColumn:
            return tr("Students who viewed the explanation right after a wrong answer");
        case RecoveredAfterViewColumn:
            return tr("Of those, the students whose next answer to the question was correct");
        case RecoveryShareColumn:
            return tr("Recovered after the explanation / viewed after a wrong answer");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case QuestionColumn:
        return tr("Question");
    case AttemptsColumn:
        return tr("Attempts");
    case CorrectColumn:
        return tr("Correct");
    case IncorrectColumn:
        return tr("Incorrect");
    case CorrectRatioColumn:
        return tr("Correct ratio");
    case CommonWrongAnswersColumn:
        return tr("Common wrong answers");
    case ViewedAfterWrongColumn:
        return tr("Viewed explanation");
    case RecoveredAfterViewColumn:
        return tr("Then correct");
    case RecoveryShareColumn:
        return tr("Recovery share");
    }
    return {};
}

QHash<int, QByteArray> QuestionStatsTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(QuestionIdRole, "questionId");
    names.insert(AttemptsRole, "attempts");
    names.insert(CorrectRole, "correct");
    names.insert(IncorrectRole, "incorrect");
    names.insert(CorrectRatioRole, "correctRatio");
    names.insert(CommonWrongAnswersRole, "commonWrongAnswers");
    names.insert(WrongAnswerCountsRole, "wrongAnswerCounts");
    names.insert(ViewedAfterWrongRole, "viewedAfterWrong");
    names.insert(RecoveredAfterViewRole, "recoveredAfterView");
    names.insert(RecoveryShareRole, "recoveryShare");
    names.insert(SortRole, "sort");
    return names;
}

} // namespace Rewind
