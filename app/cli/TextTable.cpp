#include "cli/TextTable.h"

namespace hirekit::cli {

TextTable::TextTable(QStringList headers, QList<bool> rightAligned)
    : m_headers(std::move(headers))
    , m_rightAligned(std::move(rightAligned))
{
    m_rightAligned.resize(m_headers.size(), false);
}

void TextTable::addRow(QStringList cells)
{
    cells.resize(m_headers.size());
    m_rows.append(std::move(cells));
}

void TextTable::print(QTextStream &out) const
{
    QList<qsizetype> widths;
    for (const QString &header : m_headers)
        widths.append(header.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], row.at(i).size());
    }
    const auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i > 0)
                line += QStringLiteral("  ");
            const bool last = i == cells.size() - 1;
            if (m_rightAligned.at(i))
                line += cells.at(i).rightJustified(widths.at(i));
            else
                line += last ? cells.at(i) : cells.at(i).leftJustified(widths.at(i));
        }
        out << line << '\n';
    };
    printRow(m_headers);
    for (const QStringList &row : m_rows)
        printRow(row);
}

} // namespace hirekit::cli
