#include "gui/PostingDocument.h"

#include "storage/PostingRepository.h"

#include <QTimer>
#include <QUndoStack>

namespace hirekit {

namespace {

QVariant fromOptional(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> toOptionalDouble(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    return value.toDouble();
}

} // namespace

PostingDocument::PostingDocument(const Posting &posting, QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_posting(posting)
    , m_db(std::move(db))
    , m_undoStack(new QUndoStack(this))
    , m_autosaveTimer(new QTimer(this))
    , m_lastSaved(posting.updatedAt)
{
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(DefaultAutosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &PostingDocument::save);
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
}

PostingDocument::~PostingDocument() = default;

bool PostingDocument::isModified() const
{
    return !m_undoStack->isClean();
}

QVariant PostingDocument::field(PostingField field) const
{
    switch (field) {
    case PostingField::Title:
        return m_posting.title;
    case PostingField::Level:
        return m_posting.level ? QVariant(int(*m_posting.level)) : QVariant();
    case PostingField::Department:
        return m_posting.department;
    case PostingField::EmploymentType:
        return int(m_posting.employmentType);
    case PostingField::StatusField:
        return int(m_posting.status);
    case PostingField::BenefitsSummary:
        return m_posting.benefitsSummary;
    case PostingField::ValidThrough:
        return m_posting.validThrough;
    case PostingField::CompanyName:
        return m_posting.companyName;
    case PostingField::CompanyDescription:
        return m_posting.companyDescription;
    case PostingField::HowToApply:
        return m_posting.howToApply;
    case PostingField::SalaryMin:
        return fromOptional(m_posting.salary.min);
    case PostingField::SalaryMax:
        return fromOptional(m_posting.salary.max);
    case PostingField::SalaryCurrency:
        return m_posting.salary.currency;
    case PostingField::SalaryPeriod:
        return int(m_posting.salary.period);
    }
    return {};
}

void PostingDocument::setField(PostingField field, const QVariant &value)
{
    switch (field) {
    case PostingField::Title:
        m_posting.title = value.toString();
        break;
    case PostingField::Level:
        m_posting.level = value.isNull() ? std::nullopt : std::optional(Level(value.toInt()));
        break;
    case PostingField::Department:
        m_posting.department = value.toString();
        break;
    case PostingField::EmploymentType:
        m_posting.employmentType = EmploymentType(value.toInt());
        break;
    case PostingField::StatusField:
        m_posting.status = PostingStatus(value.toInt());
        break;
    case PostingField::BenefitsSummary:
        m_posting.benefitsSummary = value.toString();
        break;
    case PostingField::ValidThrough:
        m_posting.validThrough = value.toDate();
        break;
    case PostingField::CompanyName:
        m_posting.companyName = value.toString();
        break;
    case PostingField::CompanyDescription:
        m_posting.companyDescription = value.toString();
        break;
    case PostingField::HowToApply:
        m_posting.howToApply = value.toString();
        break;
    case PostingField::SalaryMin:
        m_posting.salary.min = toOptionalDouble(value);
        break;
    case PostingField::SalaryMax:
        m_posting.salary.max = toOptionalDouble(value);
        break;
    case PostingField::SalaryCurrency:
        m_posting.salary.currency = value.toString();
        break;
    case PostingField::SalaryPeriod:
        m_posting.salary.period = PayPeriod(value.toInt());
        break;
    }
    emit fieldChanged(field);
    contentChanged();
}

void PostingDocument::setSectionText(int index, SectionPart part, const QString &text)
{
    PostingSection &section = m_posting.sections[index];
    (part == SectionPart::Heading ? section.heading : section.body) = text;
    emit sectionChanged(index, part);
    contentChanged();
}

void PostingDocument::insertSection(int index, const PostingSection &section)
{
    m_posting.sections.insert(index, section);
    emit sectionInserted(index);
    contentChanged();
}

void PostingDocument::removeSection(int index)
{
    m_posting.sections.removeAt(index);
    emit sectionRemoved(index);
    contentChanged();
}

void PostingDocument::moveSection(int from, int to)
{
    m_posting.sections.move(from, to);
    emit sectionMoved(from, to);
    contentChanged();
}

void PostingDocument::setLocation(int index, const PostingLocation &location)
{
    m_posting.locations[index] = location;
    emit locationsChanged();
    contentChanged();
}

void PostingDocument::insertLocation(int index, const PostingLocation &location)
{
    m_posting.locations.insert(index, location);
    emit locationsChanged();
    contentChanged();
}

void PostingDocument::removeLocation(int index)
{
    m_posting.locations.removeAt(index);
    emit locationsChanged();
    contentChanged();
}

void PostingDocument::setSalary(const PayRange &range, const QString &note)
{
    m_posting.salary = range;
    for (const PostingField field : { PostingField::SalaryMin, PostingField::SalaryMax,
                                      PostingField::SalaryCurrency, PostingField::SalaryPeriod })
        emit fieldChanged(field);
    if (note != m_salaryNote) {
        m_salaryNote = note;
        emit salaryNoteChanged(note);
    }
    contentChanged();
}

void PostingDocument::replaceContent(const Posting &posting)
{
    const Posting identity = m_posting;
    m_posting = posting;
    m_posting.id = identity.id;
    m_posting.isTemplate = identity.isTemplate;
    m_posting.isBuiltin = identity.isBuiltin;
    m_posting.createdAt = identity.createdAt;
    m_posting.updatedAt = identity.updatedAt;
    emit contentReplaced();
    contentChanged();
}

void PostingDocument::contentChanged()
{
    emit changed();
    // Restarting a running single-shot timer is cheap; this is all a keystroke pays for
    // the autosave.
    m_autosaveTimer->start();
}

bool PostingDocument::save()
{
    m_autosaveTimer->stop();
    if (!isModified() || isReadOnly())
        return true;
    if (isChangedElsewhere()) {
        m_errorString = tr("the posting was changed in another Hirekit window or by the "
                           "command line; your edits are kept here until you choose");
        emit changedElsewhere();
        emit saveFailed(m_errorString);
        return false;
    }
    auto updated = PostingRepository(m_db).update(m_posting);
    if (!updated) {
        m_errorString = updated.error();
        emit saveFailed(m_errorString);
        return false;
    }
    m_errorString.clear();
    m_posting.updatedAt = updated.value();
    m_lastSaved = updated.value();
    m_undoStack->setClean();
    emit saved(m_lastSaved);
    return true;
}

bool PostingDocument::isChangedElsewhere() const
{
    const auto stored = PostingRepository(m_db).updatedAt(m_posting.id);
    return !stored || *stored != m_posting.updatedAt;
}

bool PostingDocument::saveOverChangesElsewhere()
{
    const auto stored = PostingRepository(m_db).updatedAt(m_posting.id);
    if (stored)
        m_posting.updatedAt = *stored;
    return save();
}

void PostingDocument::setAutosaveDelay(int milliseconds)
{
    m_autosaveTimer->setInterval(milliseconds);
}

} // namespace hirekit
