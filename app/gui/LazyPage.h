#pragma once

#include <QLayout>
#include <QString>
#include <QWidget>

namespace hirekit {

// A widget of type T made on first use into the layout of `holder`, an empty page of a .ui
// form: tabs and pages that are not in view cost nothing until a person goes there. It is
// named as tests and style sheets find it, and shown at once when the holder is (a child added
// to a widget on screen would otherwise wait for the next event).
template<typename T> T *makeLazyPage(QWidget *holder, const QString &name)
{
    auto *page = new T(holder);
    page->setObjectName(name);
    holder->layout()->addWidget(page);
    page->show();
    return page;
}

} // namespace hirekit
