#include "gui/models/CandidateSortProxyModel.h"

#include "gui/models/CandidateListModel.h"

namespace hirekit {

CandidateSortProxyModel::CandidateSortProxyModel(CandidateListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSourceModel(source);
}

bool CandidateSortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto *model = qobject_cast<const CandidateListModel *>(sourceModel());
    if (!model)
        return QSortFilterProxyModel::lessThan(left, right);
    const QList<Candidate> &candidates = model->items();
    const Candidate &first = candidates.at(left.row());
    const Candidate &second = candidates.at(right.row());
    const auto lessIgnoringCase = [](const QString &one, const QString &other) {
        return QString::compare(one, other, Qt::CaseInsensitive) < 0;
    };
    switch (left.column()) {
    case CandidateListModel::NameColumn:
        return lessIgnoringCase(first.name, second.name);
    case CandidateListModel::StageColumn:
        return lessIgnoringCase(first.stage, second.stage);
    case CandidateListModel::ContactColumn:
        return lessIgnoringCase(first.contact, second.contact);
    case CandidateListModel::AddedColumn:
        return first.createdAt < second.createdAt;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace hirekit
