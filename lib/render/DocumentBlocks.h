#pragma once

#include "render/PostingRenderer.h"

#include <QList>
#include <QString>

#include <optional>

class QTextDocument;

namespace hirekit {

// A run of text with one set of inline formats. Hard line breaks inside a paragraph are
// U+2028 (QChar::LineSeparator).
struct TextSpan
{
    QString text;
    bool bold = false;
    bool italic = false;
    bool strike = false;
    bool code = false;
    QString href; // a link; only web and mail addresses survive rendering
    bool sameFormat(const TextSpan &other) const
    {
        return bold == other.bold && italic == other.italic && strike == other.strike
            && code == other.code && href == other.href;
    }
};

// One block of a rendered posting as plain values: what the HTML, Markdown and plain-text
// exports write, each in its own syntax, so that all of them say what the PDF shows.
struct DocumentBlock
{
    enum class Kind
    {
        Paragraph,
        Heading,
        ListItem,
        Code, // one line of a code block
        Rule,
        Table,
    };
    Kind kind = Kind::Paragraph;
    BlockRole role = BlockRole::Body;
    int headingLevel = 0;
    // List nesting: 1 for a top-level item. A paragraph that continues an item has that
    // item's depth, 0 otherwise.
    int depth = 0;
    bool ordered = false;
    int number = 0; // of an ordered item
    const void *list = nullptr; // tells adjacent lists apart
    std::optional<bool> checked; // task list items
    int quoteLevel = 0;
    QString codeLanguage;
    QList<TextSpan> spans; // Code: one span with the line
    QList<QList<QList<TextSpan>>> rows; // Table: rows of cells, the first row the header

    QString plainText() const;
};

// Reads `document` (made by renderPosting()) block by block, tables included.
QList<DocumentBlock> readBlocks(const QTextDocument &document);

} // namespace hirekit
