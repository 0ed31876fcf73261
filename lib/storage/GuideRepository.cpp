#include "storage/GuideRepository.h"

#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

Error queryError(const QSqlQuery &query)
{
    return Error { QCoreApplication::translate("hirekit::GuideRepository",
                                               "Cannot access the hiring guide content: %1")
                       .arg(query.lastError().text()) };
}

// Runs a SELECT and hands each row to `read`.
template<typename T, typename Read>
Result<QList<T>> selectAll(const QSqlDatabase &db, const QString &sql, Read read)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return queryError(query);
    QList<T> result;
    while (query.next())
        result.append(read(query));
    return result;
}

} // namespace

GuideRepository::GuideRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<CareerLevel>> GuideRepository::careerLevels() const
{
    return selectAll<CareerLevel>(
        m_db, u"SELECT key, name, experience FROM career_levels ORDER BY position"_s,
        [](const QSqlQuery &q) {
            return CareerLevel { levelFromKey(q.value(0).toString()).value_or(Level::Entry),
                                 q.value(1).toString(), q.value(2).toString() };
        });
}

Result<QList<ContextVariation>> GuideRepository::contextVariations() const
{
    return selectAll<ContextVariation>(
        m_db, u"SELECT key, name, guidance FROM context_variations ORDER BY position"_s,
        [](const QSqlQuery &q) {
            return ContextVariation { q.value(0).toString(), q.value(1).toString(),
                                      q.value(2).toString() };
        });
}

Result<QList<IndustryConsideration>> GuideRepository::industries() const
{
    auto industries = selectAll<IndustryConsideration>(
        m_db, u"SELECT key, name, unique_aspects FROM industry_considerations ORDER BY position"_s,
        [](const QSqlQuery &q) {
            return IndustryConsideration {
                q.value(0).toString(), q.value(1).toString(), {}, q.value(2).toString()
            };
        });
    if (!industries)
        return industries;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT requirement FROM industry_requirements WHERE industry_key = ? "
                  "ORDER BY position"_s);
    for (IndustryConsideration &industry : industries.value()) {
        query.addBindValue(industry.key);
        if (!query.exec())
            return queryError(query);
        while (query.next())
            industry.keyRequirements.append(query.value(0).toString());
    }
    return industries;
}

Result<QList<CompensationFactor>> GuideRepository::compensationFactors() const
{
    return selectAll<CompensationFactor>(
        m_db,
        u"SELECT id, name, description, premium_min_percent, premium_max_percent "
        "FROM compensation_factors ORDER BY position"_s,
        [](const QSqlQuery &q) {
            return CompensationFactor { q.value(0).toLongLong(), q.value(1).toString(),
                                        q.value(2).toString(), sql::toOptionalDouble(q.value(3)),
                                        sql::toOptionalDouble(q.value(4)) };
        });
}

Result<QList<SourcingStrategy>> GuideRepository::sourcingStrategies() const
{
    return selectAll<SourcingStrategy>(
        m_db, u"SELECT name, description FROM sourcing_strategies ORDER BY position"_s,
        [](const QSqlQuery &q) {
            return SourcingStrategy { q.value(0).toString(), q.value(1).toString() };
        });
}

Result<QList<RedFlag>> GuideRepository::redFlags() const
{
    return selectAll<RedFlag>(
        m_db, u"SELECT id, name, description, is_builtin FROM red_flags ORDER BY position"_s,
        [](const QSqlQuery &q) {
            return RedFlag { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toBool() };
        });
}

Status GuideRepository::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &value : values) {
        // Every text column here is NOT NULL: bind a null QString as empty text.
        const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
        query.addBindValue(nullText ? QVariant(QString(u""_s)) : value);
    }
    if (!query.exec())
        return queryError(query);
    return {};
}

Status GuideRepository::insert(const CareerLevel &level, int position)
{
    return exec(
        u"INSERT INTO career_levels (key, position, name, experience) VALUES (?, ?, ?, ?)"_s,
        { toKey(level.level), position, level.name, level.experience });
}

Status GuideRepository::insert(const ContextVariation &variation, int position)
{
    return exec(u"INSERT INTO context_variations (key, position, name, guidance) "
                "VALUES (?, ?, ?, ?)"_s,
                { variation.key, position, variation.name, variation.guidance });
}

Status GuideRepository::insert(const IndustryConsideration &industry, int position)
{
    Transaction transaction(m_db);
    Status status = exec(u"INSERT INTO industry_considerations (key, position, name, "
                         "unique_aspects) VALUES (?, ?, ?, ?)"_s,
                         { industry.key, position, industry.name, industry.uniqueAspects });
    for (qsizetype i = 0; status && i < industry.keyRequirements.size(); ++i) {
        status = exec(u"INSERT INTO industry_requirements (industry_key, position, requirement) "
                      "VALUES (?, ?, ?)"_s,
                      { industry.key, int(i), industry.keyRequirements.at(i) });
    }
    if (status && !transaction.commit())
        return Error { transaction.errorString() };
    return status;
}

Status GuideRepository::insert(const CompensationFactor &factor, int position)
{
    return exec(u"INSERT INTO compensation_factors (position, name, description, "
                "premium_min_percent, premium_max_percent) VALUES (?, ?, ?, ?, ?)"_s,
                { position, factor.name, factor.description,
                  sql::fromOptional(factor.premiumMinPercent),
                  sql::fromOptional(factor.premiumMaxPercent) });
}

Status GuideRepository::insert(const SourcingStrategy &strategy, int position)
{
    return exec(u"INSERT INTO sourcing_strategies (position, name, description) VALUES (?, ?, ?)"_s,
                { position, strategy.name, strategy.description });
}

Status GuideRepository::insert(const RedFlag &flag, int position)
{
    return exec(u"INSERT INTO red_flags (position, name, description, is_builtin) "
                "VALUES (?, ?, ?, ?)"_s,
                { position, flag.name, flag.description, flag.isBuiltin ? 1 : 0 });
}

} // namespace hirekit
