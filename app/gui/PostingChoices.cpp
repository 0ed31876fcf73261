#include "gui/PostingChoices.h"

#include <QComboBox>
#include <QStandardItemModel>

namespace hirekit {

void setPostingChoices(QComboBox *box, const QList<PostingTitle> &postings, const QString &first)
{
    box->clear();
    QList<QStandardItem *> items;
    items.reserve(postings.size() + 1);
    if (!first.isEmpty())
        items.append(new QStandardItem(first));
    for (const PostingTitle &posting : postings) {
        auto *item = new QStandardItem(posting.title);
        item->setData(posting.id, Qt::UserRole);
        items.append(item);
    }
    // A QComboBox's own model, unless someone gave it another.
    if (auto *model = qobject_cast<QStandardItemModel *>(box->model())) {
        model->invisibleRootItem()->appendRows(items);
        return;
    }
    for (QStandardItem *item : std::as_const(items)) {
        box->addItem(item->text(), item->data(Qt::UserRole));
        delete item;
    }
}

} // namespace hirekit
