#pragma once

#include "gui/PostingDocument.h"

#include <QUndoCommand>

namespace hirekit {

// One small QUndoCommand per kind of edit of a PostingDocument, as in Tiled. Commands that
// come from typing merge with the next one of the same field while the keystrokes follow
// each other within mergeWindowMs(), so a burst of typing is one undo step. The undo stack
// never merges into its clean (saved) command, so an autosave also ends a burst.

// Ids for QUndoCommand::id(); only commands of the same id are offered for merging.
enum PostingCommandId
{
    SetFieldCommandId = 1,
    SetSectionTextCommandId,
    SetLocationCommandId,
};

// How long after a keystroke the next one still joins the same undo step.
int mergeWindowMs();
// Tests and the benchmark shorten or lengthen the window.
void setMergeWindowMs(int milliseconds);

// Sets one header field. `typing` commands merge; a choice from a list does not.
class SetFieldCommand : public QUndoCommand
{
public:
    SetFieldCommand(PostingDocument *document, PostingField field, const QVariant &value,
                    bool typing, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return SetFieldCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

    static QString fieldName(PostingField field);

private:
    PostingDocument *m_document;
    PostingField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
    bool m_typing;
    qint64 m_lastEditMs;
};

// Sets the heading or the body of one section.
class SetSectionTextCommand : public QUndoCommand
{
public:
    SetSectionTextCommand(PostingDocument *document, int index, SectionPart part,
                          const QString &text, bool typing, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return SetSectionTextCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PostingDocument *m_document;
    int m_index;
    SectionPart m_part;
    QString m_oldText;
    QString m_newText;
    bool m_typing;
    qint64 m_lastEditMs;
};

// Adds a section at `index`.
class InsertSectionCommand : public QUndoCommand
{
public:
    InsertSectionCommand(PostingDocument *document, int index, const PostingSection &section,
                         QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    PostingDocument *m_document;
    int m_index;
    PostingSection m_section;
};

// Removes the section at `index`, keeping it for undo.
class RemoveSectionCommand : public QUndoCommand
{
public:
    RemoveSectionCommand(PostingDocument *document, int index, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    PostingDocument *m_document;
    int m_index;
    PostingSection m_section;
};

// Moves a section from `from` to `to` (its index after the move).
class MoveSectionCommand : public QUndoCommand
{
public:
    MoveSectionCommand(PostingDocument *document, int from, int to, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    PostingDocument *m_document;
    int m_from;
    int m_to;
};

// Which part of a location an edit changes; typing in one part merges.
enum class LocationPart
{
    City,
    Region,
    Country,
    Workplace
};

// Replaces one location.
class SetLocationCommand : public QUndoCommand
{
public:
    SetLocationCommand(PostingDocument *document, int index, LocationPart part,
                       const PostingLocation &location, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return SetLocationCommandId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    PostingDocument *m_document;
    int m_index;
    LocationPart m_part;
    PostingLocation m_oldLocation;
    PostingLocation m_newLocation;
    qint64 m_lastEditMs;
};

// Adds a location at `index`.
class InsertLocationCommand : public QUndoCommand
{
public:
    InsertLocationCommand(PostingDocument *document, int index, const PostingLocation &location,
                          QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    PostingDocument *m_document;
    int m_index;
    PostingLocation m_location;
};

// Removes the location at `index`.
class RemoveLocationCommand : public QUndoCommand
{
public:
    RemoveLocationCommand(PostingDocument *document, int index, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    PostingDocument *m_document;
    int m_index;
    PostingLocation m_location;
};

// Fills the whole pay range at once (from the salary table), with the explanation of
// where it came from.
class SetSalaryCommand : public QUndoCommand
{
public:
    SetSalaryCommand(PostingDocument *document, const PayRange &range, const QString &note,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    PostingDocument *m_document;
    PayRange m_oldRange;
    PayRange m_newRange;
    QString m_oldNote;
    QString m_newNote;
};

// Swaps the whole content of the posting for another state of it. Used for the structural
// edits whose effect is spread over the posting: a context variation or an industry (which
// add, rewrite or drop paragraphs and whole sections in several places) and restoring a
// revision. A snapshot is exact where a list of small inverse edits would be fragile, and
// a posting is a few kilobytes, so two copies per step cost nothing.
class ReplacePostingCommand : public QUndoCommand
{
public:
    ReplacePostingCommand(PostingDocument *document, const Posting &after, const QString &text,
                          QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    PostingDocument *m_document;
    Posting m_before;
    Posting m_after;
};

} // namespace hirekit
