#pragma once

#include "core/Named.h"

#include <QList>
#include <QString>

class QComboBox;

namespace hirekit {

// Fills `box` with `choices`, their names shown and ids as item data, after `first` (an entry
// without data, such as "All postings") when it is not empty. All rows go into the box's model
// in one insertion: adding ten thousand candidates one by one made the box handle each. The
// current entry is left to the caller.
void setChoices(QComboBox *box, const QList<Named> &choices, const QString &first = QString());

} // namespace hirekit
