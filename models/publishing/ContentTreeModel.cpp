#include "ContentTreeModel.h"

#include "IdSortKey.h"

#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace Rewind {

namespace {

// An id as text: a JSON number as its decimal text (integers exactly, also beyond 2^53).
QString jsonIdText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const QVariant v = value.toVariant();
        if (v.typeId() == QMetaType::LongLong)
            return QString::number(v.toLongLong());
        return QString::number(value.toDouble(), 'g', 17);
    }
    if (value.isNull() || value.isUndefined())
        return {};
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// A key under which ids compare as JSON values do: the string "7" and the number 7 differ. Empty for
// a missing id.
QString jsonKey(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    return (value.isString()   ? QLatin1Char('s')
            : value.isDouble() ? QLatin1Char('n')
                               : QLatin1Char('j')) +
           jsonIdText(value);
}

QString sectionKey(const QJsonValue& courseId, const QJsonValue& sectionId)
{
    return jsonKey(courseId) + QChar(0x1f) + jsonKey(sectionId);
}

QString textOf(const QJsonValue& value)
{
    return value.isString() ? value.toString() : jsonIdText(value);
}

// Chapters and sections in the order readers show them: by index, integers first, then the rest in
// the order their events came (std::stable_sort keeps that).
template <typename T> QList<const T*> byIndex(const QList<T>& items)
{
    QList<const T*> sorted;
    for (const T& item : items)
        sorted.append(&item);
    std::stable_sort(sorted.begin(), sorted.end(), [](const T* a, const T* b) {
        const bool an = a->index.isDouble(), bn = b->index.isDouble();
        if (an != bn)
            return an;
        return an && a->index.toDouble() < b->index.toDouble();
    });
    return sorted;
}

ContentTreeModel::QuestionStatus statusOf(const QuestionState& q)
{
    switch (q.status) {
    case QuestionState::Status::Draft:
        return ContentTreeModel::QuestionStatus::Draft;
    case QuestionState::Status::Published:
        return q.dirty ? ContentTreeModel::QuestionStatus::Changed
                       : ContentTreeModel::QuestionStatus::Published;
    case QuestionState::Status::Retired:
        return ContentTreeModel::QuestionStatus::Retired;
    }
    return ContentTreeModel::QuestionStatus::Draft;
}

QColor statusColor(ContentTreeModel::QuestionStatus status)
{
    switch (status) {
    case ContentTreeModel::QuestionStatus::Draft:
        return QColor(0x9e, 0x9e, 0x9e);
    case ContentTreeModel::QuestionStatus::Published:
        return QColor(0x2e, 0x7d, 0x32);
    case ContentTreeModel::QuestionStatus::Changed:
        return QColor(0xef, 0x6c, 0x00);
    case ContentTreeModel::QuestionStatus::Retired:
        return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString searchTextOf(const QuestionState& q)
{
    QStringList parts{textOf(q.text)};
    for (const QJsonValue& answer : q.answers.toArray())
        parts.append(textOf(answer));
    parts.append(textOf(q.explanation));
    return parts.join(QLatin1Char('\n'));
}

} // namespace

ContentTreeModel::ContentTreeModel(QObject* parent) : QAbstractItemModel(parent) {}

QString ContentTreeModel::statusText(QuestionStatus status)
{
    switch (status) {
    case QuestionStatus::Draft:
        return tr("Draft");
    case QuestionStatus::Published:
        return tr("Published");
    case QuestionStatus::Changed:
        return tr("Changed since publication");
    case QuestionStatus::Retired:
        return tr("Retired");
    }
    return {};
}

void ContentTreeModel::setSnapshot(const ContentSnapshot& snapshot)
{
    beginResetModel();
    m_building = true;
    m_snapshot = snapshot;
    m_nodes.clear();
    m_roots.clear();
    m_courseNodes.clear();
    m_sectionNodes.clear();
    m_unfiledNodes.clear();
    m_questionIndex.clear();
    m_courseIndex.clear();
    m_questionNodes.fill(0, m_snapshot.questions.size());
    for (int c = 0; c < m_snapshot.courses.size(); ++c) {
        m_courseIndex.insert(jsonKey(m_snapshot.courses[c].courseId), c);
        buildCourse(c, int(m_roots.size()));
    }
    for (int q = 0; q < m_snapshot.questions.size(); ++q) {
        m_questionIndex.insert(jsonKey(m_snapshot.questions[q].questionId), q);
        placeQuestion(q);
    }
    m_building = false;
    endResetModel();
}

int ContentTreeModel::rowOf(quintptr key) const
{
    return int(childrenOf(node(key).parent).indexOf(key));
}

QModelIndex ContentTreeModel::indexOf(quintptr key, int column) const
{
    if (!key)
        return {};
    return createIndex(rowOf(key), column, key);
}

quintptr ContentTreeModel::addNode(Node n, int row)
{
    const quintptr key = m_nextKey++;
    const quintptr parent = n.parent;
    m_nodes.insert(key, std::move(n));
    QList<quintptr>& siblings = parent ? m_nodes[parent].children : m_roots;
    siblings.insert(row, key);
    return key;
}

void ContentTreeModel::dropSubtree(quintptr key)
{
    const Node n = node(key);
    for (const quintptr child : n.children)
        dropSubtree(child);
    const auto forget = [key](QHash<QString, quintptr>& map, const QString& k) {
        if (map.value(k) == key)
            map.remove(k);
    };
    switch (n.kind) {
    case NodeKind::Course:
        forget(m_courseNodes, jsonKey(m_snapshot.courses[n.course].courseId));
        break;
    case NodeKind::Section:
        forget(m_sectionNodes, sectionKey(m_snapshot.courses[n.course].courseId, n.sectionId));
        break;
    case NodeKind::Unfiled:
        forget(m_unfiledNodes, n.course < 0 ? QString() : jsonKey(m_snapshot.courses[n.course].courseId));
        break;
    case NodeKind::Question:
        m_questionNodes[n.question] = 0;
        break;
    case NodeKind::Chapter:
        break;
    }
    m_nodes.remove(key);
}

quintptr ContentTreeModel::buildCourse(int course, int row)
{
    Node n;
    n.kind = NodeKind::Course;
    n.course = course;
    const quintptr key = addNode(n, row);
    const QString id = jsonKey(m_snapshot.courses[course].courseId);
    if (!m_courseNodes.contains(id))
        m_courseNodes.insert(id, key);
    int r = 0;
    for (const CourseChapter* chapter : byIndex(m_snapshot.courses[course].chapters))
        buildChapter(course, *chapter, key, r++);
    return key;
}

quintptr ContentTreeModel::buildChapter(int course, const CourseChapter& chapter, quintptr parent, int row)
{
    Node n;
    n.kind = NodeKind::Chapter;
    n.parent = parent;
    n.course = course;
    n.chapterId = chapter.chapterId;
    const quintptr key = addNode(n, row);
    int r = 0;
    for (const CourseSection* section : byIndex(chapter.sections))
        buildSection(course, chapter, *section, key, r++);
    return key;
}

quintptr ContentTreeModel::buildSection(int course, const CourseChapter& chapter,
                                        const CourseSection& section, quintptr parent, int row)
{
    Node n;
    n.kind = NodeKind::Section;
    n.parent = parent;
    n.course = course;
    n.chapterId = chapter.chapterId;
    n.sectionId = section.sectionId;
    const quintptr key = addNode(n, row);
    const QString id = sectionKey(m_snapshot.courses[course].courseId, section.sectionId);
    if (!m_sectionNodes.contains(id))
        m_sectionNodes.insert(id, key);
    return key;
}

quintptr ContentTreeModel::sectionNode(const QJsonValue& courseId, const QJsonValue& sectionId) const
{
    return m_sectionNodes.value(sectionKey(courseId, sectionId));
}

quintptr ContentTreeModel::unfiledNode(const QJsonValue& courseId) const
{
    return m_unfiledNodes.value(m_courseNodes.contains(jsonKey(courseId)) ? jsonKey(courseId) : QString());
}

int ContentTreeModel::questionRow(quintptr parent, int question) const
{
    // A section's questions keep the order their first events were written.
    const QList<quintptr>& children = node(parent).children;
    const auto at = std::find_if(children.cbegin(), children.cend(),
                                 [&](quintptr child) { return node(child).question > question; });
    return int(at - children.cbegin());
}

void ContentTreeModel::placeQuestion(int question)
{
    const QuestionState& q = m_snapshot.questions[question];
    quintptr parent = sectionNode(q.courseId, q.sectionId);
    if (!parent)
        parent = unfiledNode(q.courseId);
    Node leaf;
    leaf.kind = NodeKind::Question;
    leaf.question = question;
    leaf.questionCount = 1;
    if (parent) {
        const int row = questionRow(parent, question);
        if (!m_building)
            beginInsertRows(indexOf(parent), row, row);
        leaf.parent = parent;
        m_questionNodes[question] = addNode(leaf, row);
        if (!m_building)
            endInsertRows();
        recount(parent);
        return;
    }
    // The first question without a place in its course (or of an unknown course): the "Unfiled" node
    // comes into being with it, as the last child of the course or the last top-level row.
    const QString courseKey = jsonKey(q.courseId);
    const quintptr course = m_courseNodes.value(courseKey);
    const int row = int(childrenOf(course).size());
    if (!m_building)
        beginInsertRows(indexOf(course), row, row);
    Node unfiled;
    unfiled.kind = NodeKind::Unfiled;
    unfiled.parent = course;
    unfiled.course = course ? node(course).course : -1;
    const quintptr unfiledKey = addNode(unfiled, row);
    m_unfiledNodes.insert(course ? courseKey : QString(), unfiledKey);
    leaf.parent = unfiledKey;
    m_questionNodes[question] = addNode(leaf, 0);
    if (!m_building)
        endInsertRows();
    recount(unfiledKey);
}

void ContentTreeModel::unplaceQuestion(int question)
{
    const quintptr key = m_questionNodes[question];
    if (!key)
        return;
    quintptr parent = node(key).parent;
    quintptr gone = key;
    if (node(parent).kind == NodeKind::Unfiled && node(parent).children.size() == 1) {
        gone = parent; // "Unfiled" is shown only while it has questions
        parent = node(parent).parent;
    }
    const int row = rowOf(gone);
    beginRemoveRows(indexOf(parent), row, row);
    dropSubtree(gone);
    (parent ? m_nodes[parent].children : m_roots).removeAt(row);
    endRemoveRows();
    recount(parent);
}

void ContentTreeModel::replaceQuestionsOf(const QJsonValue& courseId)
{
    const QString courseKey = jsonKey(courseId);
    for (int q = 0; q < m_snapshot.questions.size(); ++q) {
        const QuestionState& state = m_snapshot.questions[q];
        if (jsonKey(state.courseId) != courseKey)
            continue;
        quintptr target = sectionNode(state.courseId, state.sectionId);
        if (!target)
            target = unfiledNode(state.courseId);
        const quintptr current = m_questionNodes[q];
        if (current && target && node(current).parent == target)
            continue;
        unplaceQuestion(q);
        placeQuestion(q);
    }
}

void ContentTreeModel::recount(quintptr key)
{
    for (; key; key = node(key).parent) {
        Node& n = m_nodes[key];
        int count = 0;
        for (const quintptr child : n.children)
            count += node(child).questionCount;
        if (count == n.questionCount)
            continue;
        n.questionCount = count;
        if (!m_building) {
            const QModelIndex changed = indexOf(key, StatusColumn);
            emit dataChanged(changed, changed);
        }
    }
}

void ContentTreeModel::updateQuestion(const QuestionState& question)
{
    const QString key = jsonKey(question.questionId);
    const auto known = m_questionIndex.constFind(key);
    if (known == m_questionIndex.cend()) {
        const int q = int(m_snapshot.questions.size());
        m_snapshot.questions.append(question);
        m_questionNodes.append(0);
        m_questionIndex.insert(key, q);
        placeQuestion(q);
        return;
    }
    const int q = *known;
    m_snapshot.questions[q] = question;
    quintptr target = sectionNode(question.courseId, question.sectionId);
    if (!target)
        target = unfiledNode(question.courseId);
    const quintptr current = m_questionNodes[q];
    if (current && target && node(current).parent == target) {
        emit dataChanged(indexOf(current, TitleColumn), indexOf(current, StatusColumn));
        return;
    }
    unplaceQuestion(q);
    placeQuestion(q);
}

bool ContentTreeModel::updateCourseInPlace(int course, const CourseState& updated)
{
    const quintptr courseNode = m_courseNodes.value(jsonKey(updated.courseId));
    if (!courseNode || node(courseNode).course != course)
        return false;
    // In place only when what is shown stays where it is and only gains rows: the fold never drops a
    // chapter or a section, but a repeated ChapterAdded may move one (a new index).
    const auto isSubsequence = [](const QList<QJsonValue>& shown, const QList<QJsonValue>& wanted) {
        qsizetype w = 0;
        for (const QJsonValue& id : shown) {
            while (w < wanted.size() && wanted[w] != id)
                ++w;
            if (w == wanted.size())
                return false;
            ++w;
        }
        return true;
    };
    const QList<const CourseChapter*> chapters = byIndex(updated.chapters);
    QList<QJsonValue> wantedChapters, shownChapters;
    for (const CourseChapter* chapter : chapters)
        wantedChapters.append(chapter->chapterId);
    for (const quintptr child : node(courseNode).children) {
        const Node& c = node(child);
        if (c.kind != NodeKind::Chapter)
            continue;
        shownChapters.append(c.chapterId);
        const CourseChapter* now = updated.chapter(c.chapterId);
        if (!now)
            return false;
        QList<QJsonValue> wantedSections, shownSections;
        for (const CourseSection* section : byIndex(now->sections))
            wantedSections.append(section->sectionId);
        for (const quintptr s : c.children)
            shownSections.append(node(s).sectionId);
        if (!isSubsequence(shownSections, wantedSections))
            return false;
    }
    if (!isSubsequence(shownChapters, wantedChapters))
        return false;

    m_snapshot.courses[course] = updated;
    emit dataChanged(indexOf(courseNode, TitleColumn), indexOf(courseNode, StatusColumn));
    const CourseState& state = m_snapshot.courses[course];
    const QList<const CourseChapter*> stateChapters = byIndex(state.chapters);
    for (int r = 0; r < stateChapters.size(); ++r) {
        const CourseChapter& chapter = *stateChapters[r];
        const QList<quintptr>& shown = node(courseNode).children;
        const bool exists = r < shown.size() && node(shown[r]).kind == NodeKind::Chapter &&
                            node(shown[r]).chapterId == chapter.chapterId;
        if (!exists) {
            beginInsertRows(indexOf(courseNode), r, r);
            buildChapter(course, chapter, courseNode, r);
            endInsertRows();
            continue;
        }
        const quintptr chapterNode = shown[r];
        emit dataChanged(indexOf(chapterNode, TitleColumn), indexOf(chapterNode, StatusColumn));
        const QList<const CourseSection*> sections = byIndex(chapter.sections);
        for (int s = 0; s < sections.size(); ++s) {
            const QList<quintptr>& shownSections = node(chapterNode).children;
            if (s < shownSections.size() && node(shownSections[s]).sectionId == sections[s]->sectionId) {
                emit dataChanged(indexOf(shownSections[s], TitleColumn),
                                 indexOf(shownSections[s], StatusColumn));
                continue;
            }
            beginInsertRows(indexOf(chapterNode), s, s);
            buildSection(course, chapter, *sections[s], chapterNode, s);
            endInsertRows();
        }
    }
    return true;
}

void ContentTreeModel::updateCourse(const CourseState& course)
{
    const QString key = jsonKey(course.courseId);
    const auto known = m_courseIndex.constFind(key);
    if (known == m_courseIndex.cend()) {
        const int c = int(m_snapshot.courses.size());
        m_snapshot.courses.append(course);
        m_courseIndex.insert(key, c);
        // Courses come before the top-level "Unfiled" row.
        const int row = int(m_roots.size()) - (m_unfiledNodes.contains(QString()) ? 1 : 0);
        beginInsertRows({}, row, row);
        buildCourse(c, row);
        endInsertRows();
    } else if (!updateCourseInPlace(*known, course)) {
        // The course's rows moved: its subtree is removed and built again (its questions with it).
        const int c = *known;
        const quintptr old = m_courseNodes.value(key);
        int row = int(m_roots.size()) - (m_unfiledNodes.contains(QString()) ? 1 : 0);
        if (old) {
            row = rowOf(old); // back where it was
            beginRemoveRows({}, row, row);
            dropSubtree(old);
            m_roots.removeAt(row);
            endRemoveRows();
        }
        m_snapshot.courses[c] = course;
        beginInsertRows({}, row, row);
        buildCourse(c, row);
        endInsertRows();
    }
    // Questions that waited under "Unfiled" for this course or one of its new sections move there.
    replaceQuestionsOf(course.courseId);
}

QModelIndex ContentTreeModel::find(NodeKind kind, const QString& id) const
{
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (it->kind == kind && idText(*it) == id)
            return indexOf(it.key());
    }
    return {};
}

QModelIndex ContentTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, childrenOf(parent.isValid() ? parent.internalId() : 0)[row]);
}

QModelIndex ContentTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOf(node(child.internalId()).parent);
}

int ContentTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    // Only the first column has children, as views expect of a tree.
    if (parent.column() != 0)
        return 0;
    return int(node(parent.internalId()).children.size());
}

int ContentTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString ContentTreeModel::idText(const Node& n) const
{
    switch (n.kind) {
    case NodeKind::Course:
        return jsonIdText(m_snapshot.courses[n.course].courseId);
    case NodeKind::Chapter:
        return jsonIdText(n.chapterId);
    case NodeKind::Section:
        return jsonIdText(n.sectionId);
    case NodeKind::Unfiled:
        // The course's id: there is one "Unfiled" per course, and an empty id for unknown courses.
        return n.course < 0 ? QString() : jsonIdText(m_snapshot.courses[n.course].courseId);
    case NodeKind::Question:
        return jsonIdText(m_snapshot.questions[n.question].questionId);
    }
    return {};
}

QString ContentTreeModel::titleOf(const Node& n) const
{
    QJsonValue title;
    switch (n.kind) {
    case NodeKind::Course:
        title = m_snapshot.courses[n.course].title;
        break;
    case NodeKind::Chapter:
        if (const CourseChapter* c = m_snapshot.courses[n.course].chapter(n.chapterId))
            title = c->title;
        break;
    case NodeKind::Section:
        if (const CourseSection* s = m_snapshot.courses[n.course].section(n.sectionId))
            title = s->title;
        break;
    case NodeKind::Unfiled:
        return n.course < 0 ? tr("Unfiled (unknown course)") : tr("Unfiled");
    case NodeKind::Question: {
        const QString text = textOf(m_snapshot.questions[n.question].text).trimmed();
        return text.isEmpty() ? tr("(no text yet)") : text.section(QLatin1Char('\n'), 0, 0).trimmed();
    }
    }
    const QString text = textOf(title);
    // A chapter known only from a section placed in it has no title.
    return text.trimmed().isEmpty() ? tr("(untitled)") : text;
}

QVariant ContentTreeModel::sortKey(const Node& n, int column) const
{
    if (column == StatusColumn)
        return n.kind == NodeKind::Question ? int(statusOf(m_snapshot.questions[n.question]))
                                            : n.questionCount;
    // One string key per column, so siblings of different kinds still compare: "Unfiled" sorts last,
    // chapters and sections by their index.
    switch (n.kind) {
    case NodeKind::Unfiled:
        return QStringLiteral("1");
    case NodeKind::Chapter:
        if (const CourseChapter* c = m_snapshot.courses[n.course].chapter(n.chapterId))
            return QLatin1Char('0') + idSortKey(jsonIdText(c->index));
        return QStringLiteral("0");
    case NodeKind::Section:
        if (const CourseSection* s = m_snapshot.courses[n.course].section(n.sectionId))
            return QLatin1Char('0') + idSortKey(jsonIdText(s->index));
        return QStringLiteral("0");
    case NodeKind::Course:
    case NodeKind::Question:
        return QLatin1Char('0') + titleOf(n);
    }
    return {};
}

QVariant ContentTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node& n = node(index.internalId());
    const bool isQuestion = n.kind == NodeKind::Question;
    const QuestionState* question = isQuestion ? &m_snapshot.questions[n.question] : nullptr;
    const CourseState* course = n.course >= 0 ? &m_snapshot.courses[n.course] : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return titleOf(n);
        return isQuestion ? statusText(statusOf(*question)) : QLocale().toString(n.questionCount);
    case Qt::ToolTipRole:
        return isQuestion ? textOf(question->text) : titleOf(n);
    case Qt::DecorationRole:
        if (isQuestion && index.column() == TitleColumn)
            return statusColor(statusOf(*question));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn && !isQuestion)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case KindRole:
        return int(n.kind);
    case IdRole:
        return idText(n);
    case IdJsonRole:
        switch (n.kind) {
        case NodeKind::Course:
            return QVariant::fromValue(course->courseId);
        case NodeKind::Chapter:
            return QVariant::fromValue(n.chapterId);
        case NodeKind::Section:
            return QVariant::fromValue(n.sectionId);
        case NodeKind::Question:
            return QVariant::fromValue(question->questionId);
        case NodeKind::Unfiled:
            return QVariant::fromValue(QJsonValue());
        }
        return {};
    case CourseIdJsonRole:
        if (isQuestion)
            return QVariant::fromValue(question->courseId);
        return QVariant::fromValue(course ? course->courseId : QJsonValue());
    case ChapterIdJsonRole:
        if (n.kind == NodeKind::Chapter || n.kind == NodeKind::Section)
            return QVariant::fromValue(n.chapterId);
        return {};
    case StreamRole:
        if (isQuestion)
            return QStringLiteral("question-") + jsonIdText(question->questionId);
        return course ? QStringLiteral("course-") + jsonIdText(course->courseId) : QString();
    case StatusRole:
        if (isQuestion)
            return int(statusOf(*question));
        return {};
    case SearchTextRole:
        return isQuestion ? searchTextOf(*question) : QString();
    case QuestionCountRole:
        return n.questionCount;
    case SortRole:
        return sortKey(n, index.column());
    }
    return {};
}

QVariant ContentTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == TitleColumn ? tr("Course / chapter / section / question") : tr("Status");
}

} // namespace Rewind
