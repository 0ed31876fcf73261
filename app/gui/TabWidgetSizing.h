#pragma once

class QTabWidget;

namespace hirekit {

// QTabWidget sizes its pages in its own show event, which comes after they have been shown: at
// a window's first showing the page in view, and everything on it, is laid out at a stale size
// first (its text wrapped, its splitters, tables and charts sized) and then again at its own.
// After this call `tabs` sizes its pages at its first showing as soon as it is visible, before
// they are shown, so they are laid out once. Every QTabWidget of the window should have it.
void sizePagesBeforeTheyShow(QTabWidget *tabs);

} // namespace hirekit
