#pragma once

#include "core/Result.h"
#include "core/Salary.h"
#include "core/SalaryQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>
#include <optional>

namespace hirekit {

// Salary rows as a table that holds only the pages in view, for datasets of a million
// rows (as DB Browser for SQLite's row cache does). It knows how many rows there are and
// asks a page source for 256 of them at a time when the view first needs one; a few dozen
// recent pages stay cached. Columns and cells are SalaryTableModel's. Sorting a column
// does not sort here: it records the order and emits sortChanged(), and the owner asks
// for rows in that order (the library sorts, with its indexes).
class SalaryPageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // Returns up to `limit` rows from `offset` on, in the current order.
    using PageSource = std::function<Result<QList<SalaryRow>>(qint64 offset, int limit)>;

    static constexpr int PageSize = 256;
    static constexpr int MaxCachedPages = 32;

    explicit SalaryPageModel(QObject *parent = nullptr);

    // Shows `count` rows read from `source`; drops every cached page.
    void setSource(qint64 count, PageSource source);
    void clear();
    qint64 totalCount() const { return m_count; }

    // The row at `row`, read now if its page is not cached; nullopt when it cannot be read
    // (lastError() says why).
    std::optional<SalaryRow> rowAt(int row) const;
    // Rows [first, first + count) as far as they exist.
    QList<SalaryRow> rowsAt(int first, int count) const;
    QString lastError() const { return m_lastError; }
    // Pages read since the last setSource(), for tests and benchmarks.
    int pagesRead() const { return m_pagesRead; }

    SalarySortKey sortKey() const { return m_sortKey; }
    bool sortDescending() const { return m_descending; }
    // The column whose sort key is current, for the header's indicator.
    int sortColumn() const;
    // Records the order without emitting sortChanged() (the owner restores a previous one).
    void setSortOrder(SalarySortKey key, bool descending);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void sortChanged();
    // A page could not be read; the view shows empty cells for it.
    void fetchFailed(const QString &message);

private:
    struct Page
    {
        QList<SalaryRow> rows;
        quint64 lastUse = 0;
    };
    const Page *page(qint64 index) const;

    qint64 m_count = 0;
    PageSource m_source;
    SalarySortKey m_sortKey = SalarySortKey::Area;
    bool m_descending = false;
    // A cache filled from const data(): what is shown does not change when it fills.
    mutable QHash<qint64, Page> m_pages;
    mutable quint64 m_useCounter = 0;
    mutable int m_pagesRead = 0;
    mutable QString m_lastError;
    mutable QHash<qint64, bool> m_failedPages;
};

} // namespace hirekit
