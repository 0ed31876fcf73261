#include "storage/PostingRepository.h"

#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

Error queryError(const QSqlQuery &query)
{
    return Error { QCoreApplication::translate("hirekit::PostingRepository",
                                               "Cannot access postings: %1")
                       .arg(query.lastError().text()) };
}

} // namespace

PostingRepository::PostingRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<PostingSummary>> PostingRepository::list() const
{
    return summaries(false);
}

Result<QList<PostingSummary>> PostingRepository::templates() const
{
    return summaries(true);
}

Result<QList<PostingSummary>> PostingRepository::summaries(bool templates) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, title, level, status, updated_at FROM postings "
                  "WHERE is_template = ? ORDER BY "_s
                  + (templates ? u"title COLLATE NOCASE, id"_s : u"updated_at DESC, id DESC"_s));
    query.addBindValue(templates ? 1 : 0);
    if (!query.exec())
        return queryError(query);
    QList<PostingSummary> result;
    QHash<qint64, qsizetype> indexById;
    while (query.next()) {
        PostingSummary summary;
        summary.id = query.value(0).toLongLong();
        summary.title = query.value(1).toString();
        summary.level = levelFromKey(query.value(2).toString());
        summary.status =
            postingStatusFromKey(query.value(3).toString()).value_or(PostingStatus::Draft);
        summary.updatedAt = sql::toDateTime(query.value(4));
        indexById.insert(summary.id, result.size());
        result.append(summary);
    }

    QSqlQuery locations(m_db);
    locations.setForwardOnly(true);
    if (!locations.exec(u"SELECT posting_id, city, region, country, workplace "
                        "FROM posting_locations ORDER BY posting_id, position"_s)) {
        return queryError(locations);
    }
    while (locations.next()) {
        const auto it = indexById.constFind(locations.value(0).toLongLong());
        if (it == indexById.cend())
            continue;
        result[*it].locations.append(
            { locations.value(1).toString(), locations.value(2).toString(),
              locations.value(3).toString(),
              workplaceFromKey(locations.value(4).toString()).value_or(Workplace::Onsite) });
    }
    return result;
}

Status PostingRepository::loadLocations(qint64 id, QList<PostingLocation> &locations) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT city, region, country, workplace FROM posting_locations "
                  "WHERE posting_id = ? ORDER BY position"_s);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    while (query.next()) {
        locations.append(
            { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
              workplaceFromKey(query.value(3).toString()).value_or(Workplace::Onsite) });
    }
    return {};
}

Result<Posting> PostingRepository::load(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT is_template, is_builtin, title, level, department, employment_type, "
                  "status, company_name, company_description, how_to_apply, benefits_summary, "
                  "salary_min, salary_max, salary_currency, salary_period, valid_through, "
                  "created_at, updated_at FROM postings WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    if (!query.next()) {
        return Error { QCoreApplication::translate("hirekit::PostingRepository",
                                                   "There is no posting with id %1.")
                           .arg(id) };
    }
    Posting posting;
    posting.id = id;
    posting.isTemplate = query.value(0).toBool();
    posting.isBuiltin = query.value(1).toBool();
    posting.title = query.value(2).toString();
    posting.level = levelFromKey(query.value(3).toString());
    posting.department = query.value(4).toString();
    posting.employmentType =
        employmentTypeFromKey(query.value(5).toString()).value_or(EmploymentType::FullTime);
    posting.status = postingStatusFromKey(query.value(6).toString()).value_or(PostingStatus::Draft);
    posting.companyName = query.value(7).toString();
    posting.companyDescription = query.value(8).toString();
    posting.howToApply = query.value(9).toString();
    posting.benefitsSummary = query.value(10).toString();
    posting.salary.min = sql::toOptionalDouble(query.value(11));
    posting.salary.max = sql::toOptionalDouble(query.value(12));
    posting.salary.currency = query.value(13).toString();
    posting.salary.period = payPeriodFromKey(query.value(14).toString()).value_or(PayPeriod::Year);
    posting.validThrough = QDate::fromString(query.value(15).toString(), Qt::ISODate);
    posting.createdAt = sql::toDateTime(query.value(16));
    posting.updatedAt = sql::toDateTime(query.value(17));

    if (auto loaded = loadLocations(id, posting.locations); !loaded)
        return Error { loaded.error() };

    QSqlQuery sections(m_db);
    sections.prepare(u"SELECT heading, body FROM posting_sections WHERE posting_id = ? "
                     "ORDER BY position"_s);
    sections.addBindValue(id);
    if (!sections.exec())
        return queryError(sections);
    while (sections.next())
        posting.sections.append({ sections.value(0).toString(), sections.value(1).toString() });
    return posting;
}

Result<qint64> PostingRepository::insert(const Posting &posting)
{
    Transaction transaction(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO postings (is_template, is_builtin, title, level, department, "
                  "employment_type, status, company_name, company_description, how_to_apply, "
                  "benefits_summary, salary_min, salary_max, salary_currency, salary_period, "
                  "valid_through, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(posting.isTemplate ? 1 : 0);
    query.addBindValue(posting.isBuiltin ? 1 : 0);
    query.addBindValue(sql::text(posting.title));
    query.addBindValue(posting.level ? QVariant(toKey(*posting.level))
                                     : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(sql::text(posting.department));
    query.addBindValue(toKey(posting.employmentType));
    query.addBindValue(toKey(posting.status));
    query.addBindValue(sql::text(posting.companyName));
    query.addBindValue(sql::text(posting.companyDescription));
    query.addBindValue(sql::text(posting.howToApply));
    query.addBindValue(sql::text(posting.benefitsSummary));
    query.addBindValue(sql::fromOptional(posting.salary.min));
    query.addBindValue(sql::fromOptional(posting.salary.max));
    query.addBindValue(sql::text(posting.salary.currency));
    query.addBindValue(toKey(posting.salary.period));
    query.addBindValue(posting.validThrough.isValid()
                           ? QVariant(posting.validThrough.toString(Qt::ISODate))
                           : QVariant(QMetaType::fromType<QString>()));
    query.addBindValue(sql::fromDateTime(posting.createdAt.isValid() ? posting.createdAt : now));
    query.addBindValue(sql::fromDateTime(posting.updatedAt.isValid() ? posting.updatedAt : now));
    if (!query.exec())
        return queryError(query);
    const qint64 id = query.lastInsertId().toLongLong();

    QSqlQuery location(m_db);
    location.prepare(u"INSERT INTO posting_locations (posting_id, position, city, region, "
                     "country, workplace) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < posting.locations.size(); ++i) {
        const PostingLocation &place = posting.locations.at(i);
        location.addBindValue(id);
        location.addBindValue(int(i));
        location.addBindValue(sql::text(place.city));
        location.addBindValue(sql::text(place.region));
        location.addBindValue(sql::text(place.country));
        location.addBindValue(toKey(place.workplace));
        if (!location.exec())
            return queryError(location);
    }

    QSqlQuery section(m_db);
    section.prepare(u"INSERT INTO posting_sections (posting_id, position, heading, body) "
                    "VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < posting.sections.size(); ++i) {
        section.addBindValue(id);
        section.addBindValue(int(i));
        section.addBindValue(sql::text(posting.sections.at(i).heading));
        section.addBindValue(sql::text(posting.sections.at(i).body));
        if (!section.exec())
            return queryError(section);
    }
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return id;
}

} // namespace hirekit
