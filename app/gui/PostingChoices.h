#pragma once

#include "core/Posting.h"

#include <QList>
#include <QString>

class QComboBox;

namespace hirekit {

// Fills `box` with `postings`, their titles shown and ids as item data, after `first` (an
// entry without data, such as "All postings") when it is not empty. All rows go into the
// box's model in one insertion: adding two thousand one by one made the box handle each.
// The current entry is left to the caller.
void setPostingChoices(QComboBox *box, const QList<PostingTitle> &postings,
                       const QString &first = QString());

} // namespace hirekit
