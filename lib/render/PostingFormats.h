#pragma once

#include "render/PostingRenderer.h"

#include <QString>

namespace hirekit {

// A posting in the text formats, each written from the document renderPosting() lays out,
// so that every export says what the preview and the PDF show. What a person typed is
// escaped for each format: it reads as text, never as markup.

// CommonMark with GitHub tables, strikethrough and task lists.
QString postingToMarkdown(const Posting &posting, const RenderOptions &options = {});
// Headings underlined, lists with bullets, no markup; one line per paragraph.
QString postingToPlainText(const Posting &posting, const RenderOptions &options = {});
// One self-contained HTML5 file: UTF-8, inline CSS, nothing loaded from elsewhere, the page
// language from `options.locale`, and dir="auto" on every block that holds typed text.
QString postingToHtml(const Posting &posting, const RenderOptions &options = {});

} // namespace hirekit
