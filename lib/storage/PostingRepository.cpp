#include "storage/PostingRepository.h"

#include "storage/SqlRows.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct PostingRepositoryText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::PostingRepository)
};

Error queryError(const QSqlQuery &query)
{
    return Error {
        PostingRepositoryText::tr("Cannot access postings: %1").arg(query.lastError().text())
    };
}

Error noSuchPosting(qint64 id)
{
    return Error { PostingRepositoryText::tr("There is no posting with id %1.").arg(id) };
}

// Everything a search may find in a posting besides its title.
QString searchableBody(const Posting &posting)
{
    QStringList parts { posting.companyName, posting.companyDescription, posting.benefitsSummary,
                        posting.howToApply, posting.department };
    for (const PostingLocation &place : posting.locations)
        parts.append(place.city + u' ' + place.region + u' ' + place.country);
    for (const PostingSection &section : posting.sections)
        parts.append(section.heading + u'\n' + section.body);
    return parts.join(u'\n');
}

QVariant optionalKey(const std::optional<Level> &level)
{
    return level ? QVariant(toKey(*level)) : QVariant(QMetaType::fromType<QString>());
}

QVariant optionalDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

} // namespace

PostingRepository::PostingRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<PostingSummary>> PostingRepository::list(const PostingQuery &query) const
{
    QString where = u"p.is_template = 0 AND p.deleted_at IS NULL"_s;
    QVariantList values;
    if (query.status) {
        where += u" AND p.status = ?"_s;
        values.append(toKey(*query.status));
    }
    const QString match = sql::ftsQuery(query.text);
    if (!match.isEmpty()) {
        where += u" AND p.id IN (SELECT rowid FROM posting_search WHERE posting_search MATCH ?)"_s;
        values.append(match);
    }
    return summaries(where, values, u"p.updated_at DESC, p.id DESC"_s, query.limit, query.offset);
}

Result<QList<Named>> PostingRepository::titles(int limit) const
{
    QList<Named> result;
    const auto read = sql::forEachRow(
        m_db,
        u"SELECT id, title FROM postings WHERE is_template = 0 AND deleted_at IS NULL "
        "ORDER BY updated_at DESC, id DESC"_s
            + (limit > 0 ? u" LIMIT ?"_s : QString()),
        limit > 0 ? QVariantList { limit } : QVariantList {}, [&result](const sql::Row &row) {
            result.append({ row.integer(0), row.text(1) });
        });
    if (!read)
        return Error { PostingRepositoryText::tr("Cannot access postings: %1").arg(read.error()) };
    return result;
}

Result<std::optional<Named>> PostingRepository::title(qint64 id) const
{
    std::optional<Named> result;
    const auto read = sql::forEachRow(
        m_db,
        u"SELECT id, title FROM postings WHERE id = ? AND is_template = 0 AND deleted_at IS NULL"_s,
        { id }, [&result](const sql::Row &row) {
            result = Named { row.integer(0), row.text(1) };
        });
    if (!read)
        return Error { PostingRepositoryText::tr("Cannot access postings: %1").arg(read.error()) };
    return result;
}

Result<QList<PostingSummary>> PostingRepository::templates() const
{
    return summaries(u"p.is_template = 1 AND p.deleted_at IS NULL"_s, {},
                     u"p.title COLLATE NOCASE, p.id"_s);
}

Result<QList<PostingSummary>> PostingRepository::summaries(const QString &where,
                                                           const QVariantList &values,
                                                           const QString &order, int limit,
                                                           int offset) const
{
    // One pass over the postings with their places in order: the list a window opens on is
    // thousands of rows, read through sql::forEachRow rather than a QVariant per value.
    // `order` ends in the posting's id, so each posting's rows come together. A limit or an
    // offset counts postings, not their places, so it applies to the postings before they are
    // joined (SQLite takes a limit of -1 as none).
    QString postings = u"postings p"_s;
    QString joinedWhere = u" WHERE "_s + where;
    QVariantList bound = values;
    if (limit > 0 || offset > 0) {
        postings = u"(SELECT * FROM postings p WHERE "_s + where + u" ORDER BY "_s + order
            + u" LIMIT ? OFFSET ?) p"_s;
        joinedWhere.clear();
        bound.append(limit > 0 ? limit : -1);
        bound.append(std::max(offset, 0));
    }
    QList<PostingSummary> result;
    const auto read = sql::forEachRow(
        m_db,
        u"SELECT p.id, p.title, p.level, p.status, p.updated_at, "
        "l.city, l.region, l.country, l.workplace FROM "_s
            + postings + u" LEFT JOIN posting_locations l ON l.posting_id = p.id"_s + joinedWhere
            + u" ORDER BY "_s + order + u", l.position"_s,
        bound, [&result](const sql::Row &row) {
            const qint64 id = row.integer(0);
            if (result.isEmpty() || result.constLast().id != id) {
                PostingSummary summary;
                summary.id = id;
                summary.title = row.text(1);
                summary.level = levelFromKey(row.text(2));
                summary.status = postingStatusFromKey(row.text(3)).value_or(PostingStatus::Draft);
                summary.updatedAt = sql::toDateTime(row.text(4));
                result.append(std::move(summary));
            }
            if (row.isNull(5))
                return;
            result.last().locations.append(
                { row.text(5), row.text(6), row.text(7),
                  workplaceFromKey(row.text(8)).value_or(Workplace::Onsite) });
        });
    if (!read)
        return Error { PostingRepositoryText::tr("Cannot access postings: %1").arg(read.error()) };
    return result;
}

Result<QDateTime> PostingRepository::updatedAt(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT updated_at FROM postings WHERE id = ? AND deleted_at IS NULL"_s);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return noSuchPosting(id);
    return sql::toDateTime(query.value(0));
}

Result<Posting> PostingRepository::load(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT is_template, is_builtin, title, level, department, employment_type, "
                  "status, company_name, company_description, how_to_apply, benefits_summary, "
                  "salary_min, salary_max, salary_currency, salary_period, valid_through, "
                  "created_at, updated_at, context_variation, industry "
                  "FROM postings WHERE id = ? AND deleted_at IS NULL"_s);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return noSuchPosting(id);
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
    posting.contextVariation = query.value(18).toString();
    posting.industry = query.value(19).toString();

    QSqlQuery locations(m_db);
    locations.prepare(u"SELECT city, region, country, workplace FROM posting_locations "
                      "WHERE posting_id = ? ORDER BY position"_s);
    locations.addBindValue(id);
    if (!locations.exec())
        return queryError(locations);
    while (locations.next()) {
        posting.locations.append(
            { locations.value(0).toString(), locations.value(1).toString(),
              locations.value(2).toString(),
              workplaceFromKey(locations.value(3).toString()).value_or(Workplace::Onsite) });
    }

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
                  "valid_through, context_variation, industry, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &value :
         { QVariant(posting.isTemplate ? 1 : 0),
           QVariant(posting.isBuiltin ? 1 : 0),
           QVariant(sql::text(posting.title)),
           optionalKey(posting.level),
           QVariant(sql::text(posting.department)),
           QVariant(toKey(posting.employmentType)),
           QVariant(toKey(posting.status)),
           QVariant(sql::text(posting.companyName)),
           QVariant(sql::text(posting.companyDescription)),
           QVariant(sql::text(posting.howToApply)),
           QVariant(sql::text(posting.benefitsSummary)),
           sql::fromOptional(posting.salary.min),
           sql::fromOptional(posting.salary.max),
           QVariant(sql::text(posting.salary.currency)),
           QVariant(toKey(posting.salary.period)),
           optionalDate(posting.validThrough),
           QVariant(sql::text(posting.contextVariation)),
           QVariant(sql::text(posting.industry)),
           QVariant(sql::fromDateTime(posting.createdAt.isValid() ? posting.createdAt : now)),
           QVariant(sql::fromDateTime(posting.updatedAt.isValid() ? posting.updatedAt : now)) }) {
        query.addBindValue(value);
    }
    if (!query.exec())
        return queryError(query);
    const qint64 id = query.lastInsertId().toLongLong();
    if (auto written = writeChildren(posting, id); !written)
        return Error { written.error() };
    if (auto indexed = index(posting, id); !indexed)
        return Error { indexed.error() };
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return id;
}

Result<QDateTime> PostingRepository::update(const Posting &posting)
{
    Transaction transaction(m_db);
    QDateTime now = QDateTime::currentDateTimeUtc();
    // Every save is later than the one before, even within a millisecond: a window tells that
    // a posting was saved elsewhere by this time (PostingDocument), and two saves in one
    // millisecond would look like one. The transaction holds the write lock, so no other
    // save comes between this read and the write.
    if (const auto stored = updatedAt(posting.id); stored && *stored >= now)
        now = stored->addMSecs(1);
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE postings SET title = ?, level = ?, department = ?, employment_type = ?, "
                  "status = ?, company_name = ?, company_description = ?, how_to_apply = ?, "
                  "benefits_summary = ?, salary_min = ?, salary_max = ?, salary_currency = ?, "
                  "salary_period = ?, valid_through = ?, context_variation = ?, industry = ?, "
                  "updated_at = ? WHERE id = ? AND deleted_at IS NULL"_s);
    for (const QVariant &value :
         { QVariant(sql::text(posting.title)), optionalKey(posting.level),
           QVariant(sql::text(posting.department)), QVariant(toKey(posting.employmentType)),
           QVariant(toKey(posting.status)), QVariant(sql::text(posting.companyName)),
           QVariant(sql::text(posting.companyDescription)), QVariant(sql::text(posting.howToApply)),
           QVariant(sql::text(posting.benefitsSummary)), sql::fromOptional(posting.salary.min),
           sql::fromOptional(posting.salary.max), QVariant(sql::text(posting.salary.currency)),
           QVariant(toKey(posting.salary.period)), optionalDate(posting.validThrough),
           QVariant(sql::text(posting.contextVariation)), QVariant(sql::text(posting.industry)),
           QVariant(sql::fromDateTime(now)), QVariant(posting.id) }) {
        query.addBindValue(value);
    }
    if (!query.exec())
        return queryError(query);
    if (query.numRowsAffected() != 1)
        return noSuchPosting(posting.id);

    QSqlQuery clear(m_db);
    for (const QString &table : { u"posting_locations"_s, u"posting_sections"_s }) {
        clear.prepare(u"DELETE FROM %1 WHERE posting_id = ?"_s.arg(table));
        clear.addBindValue(posting.id);
        if (!clear.exec())
            return queryError(clear);
    }
    if (auto written = writeChildren(posting, posting.id); !written)
        return Error { written.error() };
    if (auto indexed = index(posting, posting.id); !indexed)
        return Error { indexed.error() };
    if (!transaction.commit())
        return Error { transaction.errorString() };
    return now;
}

Status PostingRepository::writeChildren(const Posting &posting, qint64 id)
{
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
    return {};
}

Status PostingRepository::index(const Posting &posting, qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM posting_search WHERE rowid = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    query.prepare(u"INSERT INTO posting_search (rowid, title, body) VALUES (?, ?, ?)"_s);
    query.addBindValue(id);
    query.addBindValue(sql::text(posting.title));
    query.addBindValue(searchableBody(posting));
    if (!query.exec())
        return queryError(query);
    return {};
}

Status PostingRepository::setDeleted(qint64 id, bool deleted)
{
    QSqlQuery query(m_db);
    query.prepare(deleted
                      ? u"UPDATE postings SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"_s
                      : u"UPDATE postings SET deleted_at = NULL WHERE id = ? "
                        "AND deleted_at IS NOT NULL"_s);
    if (deleted)
        query.addBindValue(sql::fromDateTime(QDateTime::currentDateTimeUtc()));
    query.addBindValue(id);
    if (!query.exec())
        return queryError(query);
    if (query.numRowsAffected() != 1)
        return noSuchPosting(id);
    return {};
}

Result<qint64> PostingRepository::copy(qint64 id, bool asTemplate, const QString &title)
{
    auto posting = load(id);
    if (!posting)
        return Error { posting.error() };
    posting->isTemplate = asTemplate;
    posting->isBuiltin = false;
    posting->status = PostingStatus::Draft;
    posting->title = title;
    posting->createdAt = {};
    posting->updatedAt = {};
    return insert(*posting);
}

} // namespace hirekit
