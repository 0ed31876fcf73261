#pragma once

#include "core/Posting.h"

#include <QLocale>
#include <QTextFormat>

class QTextDocument;

namespace hirekit {

// How a posting is laid out for readers.
struct RenderOptions
{
    // Dates are written in this locale ("March 31, 2027"). The bare C locale writes like
    // en_US, as MoneyFormat does.
    QLocale locale = QLocale();
    // Body text size; headings scale from it.
    qreal basePointSize = 10.5;
};

// What a block of a rendered posting is, kept in its block format under RoleProperty so that
// the exports (HTML, Markdown, plain text) can say it in their own terms.
enum class BlockRole
{
    Body, // section bodies, descriptions: the reader's text
    Title,
    Company,
    Fact, // "Location: Austin, TX, US (Hybrid)" and the other lines of the title block
    Rule, // the line under the title block
    SectionHeading,
};
inline constexpr int RoleProperty = QTextFormat::UserProperty + 1;

// The one layout of a posting, used by the live preview and by every export: the title block
// (title, company, locations with workplace, pay, employment type, level, department), the
// company description, the ordered sections (heading and Markdown body), then benefits, the
// valid-through date and how to apply.
//
// Everything a person typed is inserted as text; only section bodies are read as Markdown
// (GitHub dialect without HTML), and even there HTML tags and entities stay literal text.
// Images in bodies are shown as their alternative text: nothing is ever loaded from disk.
// `document` is cleared first; its default font and list indent are set for the layout (its
// margin is left to the caller: the preview wants one, a PDF page has its own).
void renderPosting(QTextDocument &document, const Posting &posting,
                   const RenderOptions &options = {});

// The beginning of `posting` as renderPosting() lays it out, for a first look: its title
// block, then the company description and the sections, whole, until they hold at least
// `characters` characters; without benefits, the valid-through date and how to apply (which
// come after the sections), unless every section fits.
Posting beginningOf(const Posting &posting, qsizetype characters);

// The role of a block rendered by renderPosting().
BlockRole blockRole(const class QTextBlockFormat &format);

} // namespace hirekit
