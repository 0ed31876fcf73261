#pragma once

class QTabWidget;

namespace hirekit {

// QTabWidget sizes its pages in its own show event, which comes after they have been shown: at
// a window's first showing the page in view, and everything on it, is laid out at a stale size
// first (its text wrapped, its splitters, tables and charts sized) and then again at its own.
// On the Interviews tab the question's text was laid out seven times before the first paint.
// After this call `tabs` sizes its pages as soon as it is visible, before they are shown, so
// they are laid out once.
void sizePagesBeforeTheyShow(QTabWidget *tabs);

} // namespace hirekit
