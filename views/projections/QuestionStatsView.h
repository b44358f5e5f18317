#pragma once

#include "QuestionStatsProjection.h"

#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QValueAxis;

namespace Rewind {

class QuestionStatsTableModel;

// The `question-stats` state: a sortable table of the questions, and charts of how hard they are
// (the questions per tenth of correct ratio), the wrong answers the selected question gets most, and
// whether reading the explanation after a wrong answer helps (the selected question beside all).
class QuestionStatsView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int HistogramBuckets = 10;
    // Longer wrong answers are cut in the chart's labels; the table has them whole.
    static constexpr int MaxAnswerLabelChars = 24;

    explicit QuestionStatsView(QWidget* parent = nullptr);

    void setQuestions(const QList<QuestionStatsProjection::Question>& questions);
    // Selects the question's row; false when it is not in the table.
    bool selectQuestion(const QString& questionId);
    QString selectedQuestionId() const; // empty when none is selected

    // The bucket of a correct ratio: tenths, with a ratio of 1 in the last one.
    static int bucketOf(double correctRatio);

    QuestionStatsTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QBarSet* histogramSet() const { return m_histogramSet; }
    QBarSet* wrongAnswersSet() const { return m_wrongSet; }
    QBarCategoryAxis* wrongAnswersAxis() const { return m_wrongAxis; }
    // Per category (correct among all attempts, correct next after the explanation), in percent.
    QBarSet* explanationSelectedSet() const { return m_explainSelectedSet; }
    QBarSet* explanationAllSet() const { return m_explainAllSet; }

signals:
    // The charts show this question now (empty: none).
    void questionSelected(const QString& questionId);

private:
    void showHistogram();
    void showSelected();
    void showExplanationEffect(const QuestionStatsProjection::Question* selected);

    QuestionStatsTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_summary;
    QChartView* m_histogramView;
    QBarSet* m_histogramSet;
    QValueAxis* m_histogramCountAxis;
    QChartView* m_wrongView;
    QBarSet* m_wrongSet;
    QBarCategoryAxis* m_wrongAxis;
    QValueAxis* m_wrongCountAxis;
    QChartView* m_explainView;
    QBarSet* m_explainSelectedSet;
    QBarSet* m_explainAllSet;
    QLabel* m_explainText;
    QString m_shownQuestion;
};

} // namespace Rewind
