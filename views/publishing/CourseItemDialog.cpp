#include "CourseItemDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Rewind {

CourseItemDialog::CourseItemDialog(Kind kind, QWidget* parent) : QDialog(parent), m_kind(kind)
{
    switch (kind) {
    case Kind::NewCourse:
        setWindowTitle(tr("New course"));
        break;
    case Kind::AddChapter:
        setWindowTitle(tr("Add chapter"));
        break;
    case Kind::AddSection:
        setWindowTitle(tr("Add section"));
        break;
    case Kind::RenameSection:
        setWindowTitle(tr("Rename section"));
        break;
    }
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMinimumWidth(fontMetrics().averageCharWidth() * 40);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    if (kind == Kind::NewCourse) {
        // The platform's languages first; another code may be typed.
        m_language = new QComboBox;
        m_language->setObjectName(QStringLiteral("languageBox"));
        m_language->setEditable(true);
        m_language->addItems({QStringLiteral("en"), QStringLiteral("nl")});
        form->addRow(tr("&Language:"), m_language);
        connect(m_language, &QComboBox::currentTextChanged, this, &CourseItemDialog::updateOk);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &CourseItemDialog::updateOk);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateOk();
}

void CourseItemDialog::setTitle(const QString& title)
{
    m_title->setText(title);
    m_title->selectAll();
}

QString CourseItemDialog::title() const
{
    return m_title->text().trimmed();
}

QString CourseItemDialog::language() const
{
    return m_language ? m_language->currentText().trimmed() : QString();
}

void CourseItemDialog::updateOk()
{
    m_ok->setEnabled(!title().isEmpty() && (!m_language || !language().isEmpty()));
}

} // namespace Rewind
