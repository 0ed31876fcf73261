#include "gui/ChoiceBoxes.h"

#include <QComboBox>
#include <QStandardItemModel>

namespace hirekit {

void setChoices(QComboBox *box, const QList<Named> &choices, const QString &first)
{
    box->clear();
    auto *model = qobject_cast<QStandardItemModel *>(box->model());
    if (!model) { // a model someone gave the box: its own way of adding rows
        if (!first.isEmpty())
            box->addItem(first);
        for (const Named &choice : choices)
            box->addItem(choice.name, choice.id);
        return;
    }
    QList<QStandardItem *> items;
    items.reserve(choices.size() + 1);
    if (!first.isEmpty())
        items.append(new QStandardItem(first));
    for (const Named &choice : choices) {
        auto *item = new QStandardItem(choice.name);
        item->setData(choice.id, Qt::UserRole);
        items.append(item);
    }
    model->invisibleRootItem()->appendRows(items);
}

} // namespace hirekit
