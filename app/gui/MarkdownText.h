#pragma once

#include <QString>

namespace hirekit {

// Plain text (titles, topics, names typed by people) made safe to put into Markdown that
// QTextDocument::setMarkdown renders: every ASCII punctuation character that Markdown could
// read as markup gets a backslash, so "C++ / .NET" stays "C++ / .NET".
QString escapeMarkdown(const QString &text);

} // namespace hirekit
