#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace hirekit::cli {

// Plain-text table for terminal output: a header row, then rows, columns padded to the
// widest cell, two spaces apart. Right-aligned columns are for numbers.
class TextTable
{
public:
    explicit TextTable(QStringList headers, QList<bool> rightAligned = {});
    void addRow(QStringList cells);
    void print(QTextStream &out) const;

private:
    QStringList m_headers;
    QList<bool> m_rightAligned;
    QList<QStringList> m_rows;
};

} // namespace hirekit::cli
