#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {
std::atomic<int> s_counter { 0 };
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
    , m_name(u"hk_sp_"_s + QString::number(++s_counter))
{
    m_active = exec(u"SAVEPOINT "_s + m_name);
}

Transaction::~Transaction()
{
    if (m_active) {
        exec(u"ROLLBACK TO "_s + m_name);
        exec(u"RELEASE "_s + m_name);
    }
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!exec(u"RELEASE "_s + m_name))
        return false;
    m_active = false;
    return true;
}

bool Transaction::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    return false;
}

} // namespace hirekit
