#pragma once

#include "core/Question.h"

#include <QAbstractTableModel>
#include <QList>

namespace hirekit {

// The interview question bank as a table: number in the bank, category, topic, question.
// Fed with QuestionRepository's list; the "Evaluate" criteria are in the tooltips and in
// item(), for the detail pane.
class QuestionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        CategoryColumn,
        TopicColumn,
        QuestionColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: bank position, category order, text
        IdRole, // the question's id (qint64)
        CategoryKeyRole, // "technical", "behavioral", ... for filtering
    };

    explicit QuestionListModel(QObject *parent = nullptr);

    void setItems(const QList<InterviewQuestion> &items);
    const QList<InterviewQuestion> &items() const { return m_items; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<InterviewQuestion> m_items;
};

} // namespace hirekit
