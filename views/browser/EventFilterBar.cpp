#include "EventFilterBar.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>

namespace Rewind {

namespace {
QDateTimeEdit* makeTimeEdit(QWidget* parent)
{
    auto* edit = new QDateTimeEdit(parent);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    edit->setCalendarPopup(true);
    edit->setEnabled(false);
    edit->setDateTime(QDateTime::currentDateTimeUtc());
    return edit;
}
} // namespace

EventFilterBar::EventFilterBar(QWidget* parent)
    : QWidget(parent), m_types(new QLineEdit(this)), m_streamPrefix(new QLineEdit(this)),
      m_fromEnabled(new QCheckBox(tr("From"), this)), m_from(makeTimeEdit(this)),
      m_toEnabled(new QCheckBox(tr("to"), this)), m_to(makeTimeEdit(this)),
      m_dataContains(new QLineEdit(this)), m_metadataContains(new QLineEdit(this)), m_error(new QLabel(this))
{
    m_types->setObjectName(QStringLiteral("typesFilter"));
    m_types->setPlaceholderText(tr("Types, comma-separated (QuestionAnswered, QuizStarted)"));
    m_streamPrefix->setObjectName(QStringLiteral("streamPrefixFilter"));
    m_streamPrefix->setPlaceholderText(tr("Stream name starts with…"));
    m_dataContains->setObjectName(QStringLiteral("dataFilter"));
    m_dataContains->setPlaceholderText(tr("Data contains JSON, e.g. {\"correct\": false}"));
    m_metadataContains->setObjectName(QStringLiteral("metadataFilter"));
    m_metadataContains->setPlaceholderText(tr("Metadata contains JSON, e.g. {\"userId\": \"ann\"}"));
    m_from->setObjectName(QStringLiteral("fromFilter"));
    m_to->setObjectName(QStringLiteral("toFilter"));
    m_fromEnabled->setObjectName(QStringLiteral("fromEnabled"));
    m_toEnabled->setObjectName(QStringLiteral("toEnabled"));
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* apply = new QPushButton(tr("Apply"), this);
    apply->setObjectName(QStringLiteral("applyFilter"));
    auto* clear = new QPushButton(tr("Clear"), this);
    clear->setObjectName(QStringLiteral("clearFilter"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_types, 0, 0, 1, 2);
    grid->addWidget(m_streamPrefix, 0, 2);
    auto* times = new QHBoxLayout;
    times->addWidget(m_fromEnabled);
    times->addWidget(m_from, 1);
    times->addWidget(m_toEnabled);
    times->addWidget(m_to, 1);
    grid->addLayout(times, 0, 3);
    grid->addWidget(m_dataContains, 1, 0, 1, 2);
    grid->addWidget(m_metadataContains, 1, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(apply);
    buttons->addWidget(clear);
    grid->addLayout(buttons, 1, 3);
    grid->addWidget(m_error, 2, 0, 1, 4);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(2, 2);
    grid->setColumnStretch(3, 3);

    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(apply, &QPushButton::clicked, this, &EventFilterBar::apply);
    connect(clear, &QPushButton::clicked, this, &EventFilterBar::clearFilters);
    for (QLineEdit* field : {m_types, m_streamPrefix, m_dataContains, m_metadataContains})
        connect(field, &QLineEdit::returnPressed, this, &EventFilterBar::apply);
}

bool EventFilterBar::readJson(QLineEdit* field, const QString& name, QByteArray* out)
{
    const QByteArray text = field->text().trimmed().toUtf8();
    out->clear();
    if (text.isEmpty())
        return true;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError) {
        m_error->setText(tr("%1: not valid JSON at character %2 (%3). Nothing was applied.")
                             .arg(name)
                             .arg(error.offset + 1)
                             .arg(error.errorString()));
        m_error->show();
        field->setFocus();
        return false;
    }
    if (!doc.isObject()) {
        m_error->setText(
            tr("%1: must be a JSON object such as {\"key\": \"value\"}. Nothing was applied.").arg(name));
        m_error->show();
        field->setFocus();
        return false;
    }
    *out = text;
    return true;
}

void EventFilterBar::apply()
{
    LogQuery f;
    for (const QString& part : m_types->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString type = part.trimmed();
        if (!type.isEmpty() && !f.types.contains(type))
            f.types.append(type);
    }
    f.streamPrefix = m_streamPrefix->text().trimmed();
    if (m_fromEnabled->isChecked())
        f.fromTimeUs = m_from->dateTime().toMSecsSinceEpoch() * 1000;
    if (m_toEnabled->isChecked())
        f.toTimeUs = m_to->dateTime().toMSecsSinceEpoch() * 1000 + 999'999; // the whole last second
    if (f.fromTimeUs != LogQuery::NoTimeBound && f.toTimeUs != LogQuery::NoTimeBound &&
        f.fromTimeUs > f.toTimeUs) {
        m_error->setText(tr("The time range ends before it starts. Nothing was applied."));
        m_error->show();
        return;
    }
    if (!readJson(m_dataContains, tr("Data contains"), &f.dataContains) ||
        !readJson(m_metadataContains, tr("Metadata contains"), &f.metadataContains))
        return;
    m_error->hide();
    m_applied = f;
    emit filterApplied(m_applied);
}

void EventFilterBar::clearFilters()
{
    for (QLineEdit* field : {m_types, m_streamPrefix, m_dataContains, m_metadataContains})
        field->clear();
    m_fromEnabled->setChecked(false);
    m_toEnabled->setChecked(false);
    apply();
}

void EventFilterBar::setTypes(const QStringList& types)
{
    m_types->setText(types.join(QStringLiteral(", ")));
    apply();
}

} // namespace Rewind
