#include "gui/ChoiceBoxes.h"

#include <QComboBox>
#include <QStandardItemModel>

namespace hirekit {

void setChoices(QComboBox *box, const QList<Named> &choices, const QString &first)
{
    box->clear();
    QList<QStandardItem *> items;
    items.reserve(choices.size() + 1);
    if (!first.isEmpty())
        items.append(new QStandardItem(first));
    for (const Named &choice : choices) {
        auto *item = new QStandardItem(choice.name);
        item->setData(choice.id, Qt::UserRole);
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
