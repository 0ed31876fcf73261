#include "gui/models/CandidateSortProxyModel.h"

#include "gui/models/CandidateListModel.h"

namespace hirekit {

CandidateSortProxyModel::CandidateSortProxyModel(CandidateListModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_candidates(source)
{
    setSourceModel(source);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

bool CandidateSortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const Candidate &first = m_candidates->items().at(left.row());
    const Candidate &second = m_candidates->items().at(right.row());
    const auto text = [](const QString &one, const QString &other) {
        return QString::compare(one, other, Qt::CaseInsensitive) < 0;
    };
    switch (left.column()) {
    case CandidateListModel::NameColumn:
        return text(first.name, second.name);
    case CandidateListModel::StageColumn:
        return text(first.stage, second.stage);
    case CandidateListModel::ContactColumn:
        return text(first.contact, second.contact);
    case CandidateListModel::AddedColumn:
        return first.createdAt < second.createdAt;
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace hirekit
