#pragma once

#include "Projection.h"

#include <QMap>

namespace Rewind {

// `content-catalog`: the published questions per course and section, with the
// revision students see. Content is small (courses, sections, a few thousand questions), so the
// state is kept in ordered maps that are already in the order the catalogue is listed in.
class ContentCatalogProjection final : public Projection
{
public:
    struct Question
    {
        QString questionId;
        qint64 revision = 0; // of the last publication

        friend bool operator==(const Question&, const Question&) = default;
    };
    struct Section
    {
        QString sectionId;
        QString title;
        QList<Question> questions;

        friend bool operator==(const Section&, const Section&) = default;
    };
    struct Course
    {
        QString courseId;
        QString title;
        QList<Section> sections;

        friend bool operator==(const Course&, const Course&) = default;
    };

    QString name() const override;
    QByteArray codeVersion() const override;
    QList<QByteArray> handledTypes() const override;
    void apply(const EventView& event) override;
    void reset() override;
    QByteArray saveState() const override;
    void loadState(QByteArrayView bytes) override;
    QString summary() const override;

    // Every course created, with the sections added to it, and any course or section a published
    // question is placed in; each level sorted by id as text in byte order. A section lists only its
    // published questions and may be empty.
    QList<Course> courses() const;
    qsizetype publishedCount() const;

private:
    struct SectionInfo
    {
        QByteArray courseId; // the course whose stream added it; empty when only renamed so far
        QByteArray title;
    };
    struct QuestionInfo
    {
        QByteArray courseId; // from QuestionDrafted; empty until drafted
        QByteArray sectionId;
        qint64 revision = 0;
        bool listed = false; // published and not retired since
    };

    QMap<QByteArray, QByteArray> m_courses; // id -> title (UTF-8)
    QMap<QByteArray, SectionInfo> m_sections;
    QMap<QByteArray, QuestionInfo> m_questions;
};

} // namespace Rewind
