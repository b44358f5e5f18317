#include "QuestionStatsView.h"

#include "QuestionStatsTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Rewind {

namespace {

QChartView* chartView(const QString& title, QWidget* parent)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 220);
    return view;
}

// Axis maximum for counts: at least 1, rounded up so the ticks fall on whole numbers.
void fitCountAxis(QValueAxis* axis, double largest)
{
    axis->setRange(0, std::max(1.0, largest));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%d"));
}

QString percentText(double share)
{
    return QLocale().toString(share * 100, 'f', 1) + QStringLiteral(" %");
}

} // namespace

QuestionStatsView::QuestionStatsView(QWidget* parent)
    : QWidget(parent), m_model(new QuestionStatsTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_summary(new QLabel(this)),
      m_histogramView(chartView(tr("Questions by correct ratio"), this)),
      m_histogramSet(new QBarSet(tr("Questions"))), m_histogramCountAxis(new QValueAxis),
      m_wrongView(chartView(tr("Most common wrong answers"), this)),
      m_wrongSet(new QBarSet(tr("Times given"))), m_wrongAxis(new QBarCategoryAxis),
      m_wrongCountAxis(new QValueAxis),
      m_explainView(chartView(tr("Explanation after a wrong answer"), this)),
      m_explainSelectedSet(new QBarSet(tr("Selected question"))),
      m_explainAllSet(new QBarSet(tr("All questions"))), m_explainText(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("questionStatsTable"));
    m_summary->setObjectName(QStringLiteral("questionStatsSummary"));
    m_histogramView->setObjectName(QStringLiteral("correctRatioChart"));
    m_wrongView->setObjectName(QStringLiteral("wrongAnswersChart"));
    m_explainView->setObjectName(QStringLiteral("explanationChart"));
    m_explainText->setObjectName(QStringLiteral("explanationText"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(QuestionStatsTableModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(QuestionStatsTableModel::QuestionColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // The wrong answers are the one column of text that varies in width: it takes the room left.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(QuestionStatsTableModel::CommonWrongAnswersColumn,
                                                      QHeaderView::Stretch);

    // Histogram: one bar per tenth of correct ratio.
    {
        auto* series = new QBarSeries;
        series->append(m_histogramSet);
        series->setBarWidth(0.9);
        QChart* chart = m_histogramView->chart();
        chart->addSeries(series);
        auto* buckets = new QBarCategoryAxis;
        QStringList labels;
        for (int b = 0; b < HistogramBuckets; ++b)
            labels << QString::number(b * 10);
        buckets->append(labels);
        buckets->setTitleText(tr("Correct ratio from (%)"));
        chart->addAxis(buckets, Qt::AlignBottom);
        series->attachAxis(buckets);
        m_histogramCountAxis->setTitleText(tr("Questions"));
        chart->addAxis(m_histogramCountAxis, Qt::AlignLeft);
        series->attachAxis(m_histogramCountAxis);
        for (int b = 0; b < HistogramBuckets; ++b)
            m_histogramSet->append(0);
        fitCountAxis(m_histogramCountAxis, 0);
    }
    // The selected question's wrong answers, most given first.
    {
        auto* series = new QBarSeries;
        series->append(m_wrongSet);
        series->setLabelsVisible(true);
        QChart* chart = m_wrongView->chart();
        chart->addSeries(series);
        chart->addAxis(m_wrongAxis, Qt::AlignBottom);
        series->attachAxis(m_wrongAxis);
        m_wrongCountAxis->setTitleText(tr("Times given"));
        chart->addAxis(m_wrongCountAxis, Qt::AlignLeft);
        series->attachAxis(m_wrongCountAxis);
        fitCountAxis(m_wrongCountAxis, 0);
    }
    // Correct among all attempts against correct on the next try after reading the explanation.
    {
        auto* series = new QBarSeries;
        series->append(m_explainSelectedSet);
        series->append(m_explainAllSet);
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value %"));
        series->setLabelsPrecision(3);
        QChart* chart = m_explainView->chart();
        chart->legend()->setVisible(true);
        chart->legend()->setAlignment(Qt::AlignBottom);
        chart->addSeries(series);
        auto* categories = new QBarCategoryAxis;
        categories->append({tr("All attempts"), tr("Next answer")});
        chart->addAxis(categories, Qt::AlignBottom);
        series->attachAxis(categories);
        auto* share = new QValueAxis;
        share->setRange(0, 100);
        share->setLabelFormat(QStringLiteral("%d %%"));
        share->setTitleText(tr("Correct (%)"));
        chart->addAxis(share, Qt::AlignLeft);
        series->attachAxis(share);
        for (QBarSet* set : {m_explainSelectedSet, m_explainAllSet})
            set->append({0, 0});
    }
    m_explainText->setWordWrap(true);

    auto* explainBox = new QWidget(this);
    auto* explainLayout = new QVBoxLayout(explainBox);
    explainLayout->setContentsMargins(0, 0, 0, 0);
    explainLayout->addWidget(m_explainView, 1);
    explainLayout->addWidget(m_explainText);

    auto* charts = new QWidget(this);
    auto* chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_histogramView, 1);
    chartsLayout->addWidget(m_wrongView, 1);
    chartsLayout->addWidget(explainBox, 1);

    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_summary);
    tableLayout->addWidget(m_table, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tableBox);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &QuestionStatsView::showSelected);
    showSelected();
}

int QuestionStatsView::bucketOf(double correctRatio)
{
    const int bucket = int(std::floor(correctRatio * HistogramBuckets));
    return std::clamp(bucket, 0, HistogramBuckets - 1);
}

void QuestionStatsView::setQuestions(const QList<QuestionStatsProjection::Question>& questions)
{
    // A reload keeps the question the user looked at, when it is still there.
    const QString keep = selectedQuestionId();
    m_model->setQuestions(questions);
    qint64 answers = 0;
    for (const auto& q : questions)
        answers += q.attempts;
    m_summary->setText(
        tr("%n question(s), %1 answers", nullptr, int(questions.size())).arg(QLocale().toString(answers)));
    m_table->resizeColumnsToContents();
    showHistogram();
    if (keep.isEmpty() || !selectQuestion(keep)) {
        if (m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    }
    showSelected();
}

bool QuestionStatsView::selectQuestion(const QString& questionId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->question(row).questionId == questionId) {
            const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
            m_table->setCurrentIndex(index);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

QString QuestionStatsView::selectedQuestionId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return {};
    return current.data(QuestionStatsTableModel::QuestionIdRole).toString();
}

void QuestionStatsView::showHistogram()
{
    QList<int> counts(HistogramBuckets, 0);
    for (const auto& q : m_model->questions()) {
        // A question nobody answered has no ratio; counting it as 0 % would call it hard.
        if (q.attempts > 0)
            ++counts[bucketOf(q.correctRatio)];
    }
    int largest = 0;
    for (int b = 0; b < HistogramBuckets; ++b) {
        m_histogramSet->replace(b, counts[b]);
        largest = std::max(largest, counts[b]);
    }
    fitCountAxis(m_histogramCountAxis, largest);
}

void QuestionStatsView::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const QuestionStatsProjection::Question* q =
        current.isValid() ? &m_model->question(m_proxy->mapToSource(current).row()) : nullptr;

    m_wrongSet->remove(0, m_wrongSet->count());
    m_wrongAxis->clear();
    qint64 largest = 0;
    if (q) {
        QStringList labels;
        for (const auto& w : q->commonWrongAnswers) {
            QString label = w.answer.size() > MaxAnswerLabelChars
                                ? w.answer.left(MaxAnswerLabelChars - 1) + QChar(0x2026)
                                : w.answer;
            // A category axis keeps one of equal labels; cut answers may collide, so number them.
            while (labels.contains(label))
                label += QLatin1Char('\'');
            labels << label;
            m_wrongSet->append(double(w.count));
            largest = std::max(largest, w.count);
        }
        m_wrongAxis->append(labels);
        m_wrongView->chart()->setTitle(q->commonWrongAnswers.isEmpty()
                                           ? tr("Question %1: no wrong answers").arg(q->questionId)
                                           : tr("Question %1: most common wrong answers").arg(q->questionId));
    } else {
        m_wrongView->chart()->setTitle(tr("Most common wrong answers"));
    }
    fitCountAxis(m_wrongCountAxis, double(largest));
    showExplanationEffect(q);

    const QString id = q ? q->questionId : QString();
    if (id != m_shownQuestion) {
        m_shownQuestion = id;
        emit questionSelected(id);
    }
}

void QuestionStatsView::showExplanationEffect(const QuestionStatsProjection::Question* selected)
{
    qint64 attempts = 0, correct = 0, viewed = 0, recovered = 0;
    for (const auto& q : m_model->questions()) {
        attempts += q.attempts;
        correct += q.correct;
        viewed += q.viewedAfterWrong;
        recovered += q.recoveredAfterView;
    }
    const auto share = [](qint64 part, qint64 whole) {
        return whole > 0 ? double(part) / double(whole) : 0.0;
    };
    m_explainAllSet->replace(0, 100 * share(correct, attempts));
    m_explainAllSet->replace(1, 100 * share(recovered, viewed));
    m_explainSelectedSet->replace(0, selected ? 100 * selected->correctRatio : 0);
    m_explainSelectedSet->replace(1, selected ? 100 * selected->recoveryShare : 0);

    QString text;
    if (selected && selected->viewedAfterWrong > 0) {
        text = tr("Question %1: %2 of %n student(s) who read the explanation right after a wrong answer "
                  "answered it correctly next (%3).",
                  nullptr, int(selected->viewedAfterWrong))
                   .arg(selected->questionId, QLocale().toString(selected->recoveredAfterView),
                        percentText(selected->recoveryShare));
    } else if (selected) {
        text = tr("Question %1: nobody read the explanation right after a wrong answer.")
                   .arg(selected->questionId);
    }
    if (viewed > 0) {
        if (!text.isEmpty())
            text += QLatin1Char(' ');
        text += tr("All questions: %1 of %2 (%3).")
                    .arg(QLocale().toString(recovered), QLocale().toString(viewed),
                         percentText(share(recovered, viewed)));
    }
    m_explainText->setText(text);
}

} // namespace Rewind
