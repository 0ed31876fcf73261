#pragma once

#include <QList>
#include <QSet>

#include <utility>

namespace hirekit {

// The lines a list model holds when it reads its list a page at a time (the Candidates and
// Scorecards lists), with their ids for a quick look-up. A page read after the list changed
// elsewhere may repeat a line listed already: freshIn() leaves those out, so no line is listed
// twice. `Item` has a qint64 `id`.
template<typename Item> class ListedItems
{
public:
    const QList<Item> &items() const { return m_items; }
    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    const Item &at(qsizetype row) const { return m_items.at(row); }
    const Item &last() const { return m_items.last(); }
    bool contains(qint64 id) const { return m_ids.contains(id); }

    // The row of the line with `id`, or -1.
    int rowOf(qint64 id) const
    {
        if (!contains(id))
            return -1;
        for (qsizetype row = 0; row < m_items.size(); ++row) {
            if (m_items.at(row).id == id)
                return int(row);
        }
        return -1;
    }

    // The lines of `page` not listed yet, each once, in its order.
    QList<Item> freshIn(const QList<Item> &page) const
    {
        QList<Item> fresh;
        QSet<qint64> seen;
        for (const Item &item : page) {
            if (!contains(item.id) && !seen.contains(item.id)) {
                seen.insert(item.id);
                fresh.append(item);
            }
        }
        return fresh;
    }

    // Lists `fresh` after the lines listed (from freshIn()).
    void append(const QList<Item> &fresh)
    {
        for (const Item &item : fresh)
            m_ids.insert(item.id);
        m_items.append(fresh);
    }

    // Lists the lines of `page` not listed yet; how many.
    qsizetype appendFresh(const QList<Item> &page)
    {
        const QList<Item> fresh = freshIn(page);
        append(fresh);
        return fresh.size();
    }

    void clear()
    {
        m_items.clear();
        m_ids.clear();
    }

    // Lists the lines of `items` alone, each once (`items` may be items()).
    void assign(QList<Item> items)
    {
        clear();
        appendFresh(items);
    }

    // Shows `item` in place of the line at `row`, which has the same id.
    void replace(qsizetype row, Item item) { m_items[row] = std::move(item); }
    void move(qsizetype from, qsizetype to) { m_items.move(from, to); }
    // Keeps the first `count` lines.
    void truncate(qsizetype count)
    {
        for (qsizetype row = count; row < m_items.size(); ++row)
            m_ids.remove(m_items.at(row).id);
        m_items.resize(count);
    }

private:
    QList<Item> m_items;
    QSet<qint64> m_ids; // the ids of m_items
};

} // namespace hirekit
