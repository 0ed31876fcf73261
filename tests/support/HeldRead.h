#pragma once

// For tests of what Hirekit does while another connection reads the library (another window,
// a backup being made, another program): a connection of its own that holds a read
// transaction on the file until released or destroyed.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

class HeldRead
{
public:
    explicit HeldRead(const QString &path, const QString &name = QStringLiteral("heldRead"))
        : m_name(name)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            return;
        // A read in an open transaction keeps its snapshot until the COMMIT.
        QSqlQuery reading(db);
        m_holding = reading.exec(QStringLiteral("BEGIN"))
            && reading.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && reading.next();
    }
    ~HeldRead() { release(); }
    HeldRead(const HeldRead &) = delete;
    HeldRead &operator=(const HeldRead &) = delete;

    bool isHolding() const { return m_holding; }

    // Ends the read and closes the connection.
    void release()
    {
        if (m_name.isEmpty())
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                QSqlQuery(db).exec(QStringLiteral("COMMIT"));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_name);
        m_name.clear();
        m_holding = false;
    }

private:
    QString m_name;
    bool m_holding = false;
};
