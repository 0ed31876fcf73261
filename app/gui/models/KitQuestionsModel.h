#pragma once

#include "core/Question.h"

#include <QAbstractTableModel>
#include <QList>

namespace hirekit {

// The questions of one interview kit in the order they are asked: position, topic,
// question and suggested minutes, so the kit editor can show the time they add up to.
class KitQuestionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    struct Row
    {
        InterviewQuestion question;
        int suggestedMinutes = 0;
    };
    enum Column
    {
        NumberColumn,
        TopicColumn,
        QuestionColumn,
        MinutesColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, // the question's id (qint64)
    };

    explicit KitQuestionsModel(QObject *parent = nullptr);

    void setRows(const QList<Row> &rows);
    const QList<Row> &rows() const { return m_rows; }
    QList<qint64> questionIds() const;
    // The suggested minutes of all questions together.
    int totalMinutes() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace hirekit
