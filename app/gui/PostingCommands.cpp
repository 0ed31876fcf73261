#include "gui/PostingCommands.h"

#include <QCoreApplication>

#include <chrono>

namespace hirekit {

namespace {

// The translation context of the undo steps' names ("Undo Edit Title").
struct PostingCommandsText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::PostingCommands)
};

int mergeWindow = 1000;

// A monotonic clock: merging must not depend on the wall clock being set back.
qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

bool withinMergeWindow(qint64 lastMs, qint64 nextMs)
{
    return nextMs - lastMs <= mergeWindow;
}

} // namespace

int mergeWindowMs()
{
    return mergeWindow;
}

void setMergeWindowMs(int milliseconds)
{
    mergeWindow = milliseconds;
}

// SetFieldCommand

SetFieldCommand::SetFieldCommand(PostingDocument *document, PostingField field,
                                 const QVariant &value, bool typing, QUndoCommand *parent)
    : QUndoCommand(PostingCommandsText::tr("Edit %1").arg(fieldName(field)), parent)
    , m_document(document)
    , m_field(field)
    , m_oldValue(document->field(field))
    , m_newValue(value)
    , m_typing(typing)
    , m_lastEditMs(nowMs())
{ }

void SetFieldCommand::undo()
{
    m_document->setField(m_field, m_oldValue);
}

void SetFieldCommand::redo()
{
    m_document->setField(m_field, m_newValue);
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetFieldCommand *>(other);
    if (!m_typing || !next->m_typing || next->m_document != m_document || next->m_field != m_field
        || !withinMergeWindow(m_lastEditMs, next->m_lastEditMs))
        return false;
    m_newValue = next->m_newValue;
    m_lastEditMs = next->m_lastEditMs;
    return true;
}

QString SetFieldCommand::fieldName(PostingField field)
{
    switch (field) {
    case PostingField::Title:
        return PostingCommandsText::tr("Title");
    case PostingField::Level:
        return PostingCommandsText::tr("Level");
    case PostingField::Department:
        return PostingCommandsText::tr("Department");
    case PostingField::EmploymentType:
        return PostingCommandsText::tr("Employment Type");
    case PostingField::StatusField:
        return PostingCommandsText::tr("Status");
    case PostingField::BenefitsSummary:
        return PostingCommandsText::tr("Benefits");
    case PostingField::ValidThrough:
        return PostingCommandsText::tr("Valid Through");
    case PostingField::CompanyName:
        return PostingCommandsText::tr("Company Name");
    case PostingField::CompanyDescription:
        return PostingCommandsText::tr("Company Description");
    case PostingField::HowToApply:
        return PostingCommandsText::tr("How to Apply");
    case PostingField::SalaryMin:
        return PostingCommandsText::tr("Minimum Salary");
    case PostingField::SalaryMax:
        return PostingCommandsText::tr("Maximum Salary");
    case PostingField::SalaryCurrency:
        return PostingCommandsText::tr("Currency");
    case PostingField::SalaryPeriod:
        return PostingCommandsText::tr("Pay Period");
    }
    return {};
}

// SetSectionTextCommand

SetSectionTextCommand::SetSectionTextCommand(PostingDocument *document, int index, SectionPart part,
                                             const QString &text, bool typing, QUndoCommand *parent)
    : QUndoCommand(part == SectionPart::Heading ? PostingCommandsText::tr("Rename Section")
                                                : PostingCommandsText::tr("Edit Section Text"),
                   parent)
    , m_document(document)
    , m_index(index)
    , m_part(part)
    , m_newText(text)
    , m_typing(typing)
    , m_lastEditMs(nowMs())
{
    const PostingSection &section = document->posting().sections.at(index);
    m_oldText = part == SectionPart::Heading ? section.heading : section.body;
}

void SetSectionTextCommand::undo()
{
    m_document->setSectionText(m_index, m_part, m_oldText);
}

void SetSectionTextCommand::redo()
{
    m_document->setSectionText(m_index, m_part, m_newText);
}

bool SetSectionTextCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetSectionTextCommand *>(other);
    if (!m_typing || !next->m_typing || next->m_document != m_document || next->m_index != m_index
        || next->m_part != m_part || !withinMergeWindow(m_lastEditMs, next->m_lastEditMs))
        return false;
    m_newText = next->m_newText;
    m_lastEditMs = next->m_lastEditMs;
    return true;
}

// Sections: insert, remove, move

InsertSectionCommand::InsertSectionCommand(PostingDocument *document, int index,
                                           const PostingSection &section, QUndoCommand *parent)
    : QUndoCommand(PostingCommandsText::tr("Add Section"), parent)
    , m_document(document)
    , m_index(index)
    , m_section(section)
{ }

void InsertSectionCommand::undo()
{
    m_document->removeSection(m_index);
}

void InsertSectionCommand::redo()
{
    m_document->insertSection(m_index, m_section);
}

RemoveSectionCommand::RemoveSectionCommand(PostingDocument *document, int index,
                                           QUndoCommand *parent)
    : QUndoCommand(PostingCommandsText::tr("Remove Section"), parent)
    , m_document(document)
    , m_index(index)
    , m_section(document->posting().sections.at(index))
{ }

void RemoveSectionCommand::undo()
{
    m_document->insertSection(m_index, m_section);
}

void RemoveSectionCommand::redo()
{
    m_document->removeSection(m_index);
}

MoveSectionCommand::MoveSectionCommand(PostingDocument *document, int from, int to,
                                       QUndoCommand *parent)
    : QUndoCommand(PostingCommandsText::tr("Move Section"), parent)
    , m_document(document)
    , m_from(from)
    , m_to(to)
{ }

void MoveSectionCommand::undo()
{
    m_document->moveSection(m_to, m_from);
}

void MoveSectionCommand::redo()
{
    m_document->moveSection(m_from, m_to);
}

// Locations

SetLocationCommand::SetLocationCommand(PostingDocument *document, int index, LocationPart part,
                                       const PostingLocation &location, QUndoCommand *parent)
    : QUndoCommand(PostingCommandsText::tr("Edit Location"), parent)
    , m_document(document)
    , m_index(index)
    , m_part(part)
    , m_oldLocation(document->posting().locations.at(index))
    , m_newLocation(location)
    , m_lastEditMs(nowMs())
{ }

void SetLocationCommand::undo()
{
    m_document->setLocation(m_index, m_oldLocation);
}

void SetLocationCommand::redo()
{
    m_document->setLocation(m_index, m_newLocation);
}

bool SetLocationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetLocationCommand *>(other);
    // A workplace is picked from a list: each pick is its own step.
    if (m_part == LocationPart::Workplace || next->m_document != m_document
        || next->m_index != m_index || next->m_part != m_part
        || !withinMergeWindow(m_lastEditMs, next->m_lastEditMs))
        return false;
    m_newLocation = next->m_newLocation;
    m_lastEditMs = next->m_lastEditMs;
    return true;
}

InsertLocationCommand::InsertLocationCommand(PostingDocument *document, int index,
                                             const PostingLocation &location, QUndoCommand *parent)
    : QUndoCommand(PostingCommandsText::tr("Add Location"), parent)
    , m_document(document)
    , m_index(index)
    , m_location(location)
{ }

void InsertLocationCommand::undo()
{
    m_document->removeLocation(m_index);
}

void InsertLocationCommand::redo()
{
    m_document->insertLocation(m_index, m_location);
}

RemoveLocationCommand::RemoveLocationCommand(PostingDocument *document, int index,
                                             QUndoCommand *parent)
    : QUndoCommand(PostingCommandsText::tr("Remove Location"), parent)
    , m_document(document)
    , m_index(index)
    , m_location(document->posting().locations.at(index))
{ }

void RemoveLocationCommand::undo()
{
    m_document->insertLocation(m_index, m_location);
}

void RemoveLocationCommand::redo()
{
    m_document->removeLocation(m_index);
}

// Salary and whole-posting changes

SetSalaryCommand::SetSalaryCommand(PostingDocument *document, const PayRange &range,
                                   const QString &note, QUndoCommand *parent)
    : QUndoCommand(PostingCommandsText::tr("Fill Salary from Table"), parent)
    , m_document(document)
    , m_oldRange(document->posting().salary)
    , m_newRange(range)
    , m_oldNote(document->salaryNote())
    , m_newNote(note)
{ }

void SetSalaryCommand::undo()
{
    m_document->setSalary(m_oldRange, m_oldNote);
}

void SetSalaryCommand::redo()
{
    m_document->setSalary(m_newRange, m_newNote);
}

ReplacePostingCommand::ReplacePostingCommand(PostingDocument *document, const Posting &after,
                                             const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(document->posting())
    , m_after(after)
{ }

void ReplacePostingCommand::undo()
{
    m_document->replaceContent(m_before);
}

void ReplacePostingCommand::redo()
{
    m_document->replaceContent(m_after);
}

} // namespace hirekit
