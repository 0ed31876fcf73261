#include "storage/RevisionRepository.h"

#include "core/PostingDiff.h"
#include "io/PostingJson.h"
#include "storage/SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct RevisionText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::RevisionRepository)
};

Error queryError(const QSqlQuery &query)
{
    return Error {
        RevisionText::tr("Cannot access the revision history: %1").arg(query.lastError().text())
    };
}

Result<Posting> decode(const QString &content, qint64 postingId)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(content.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return Error { RevisionText::tr("A revision of posting %1 is unreadable.").arg(postingId) };
    auto posting = postingFromJson(document.object());
    if (posting)
        posting->id = postingId;
    return posting;
}

} // namespace

QString toKey(RevisionReason reason)
{
    switch (reason) {
    case RevisionReason::Version:
        return u"version"_s;
    case RevisionReason::Export:
        return u"export"_s;
    case RevisionReason::Restore:
        return u"restore"_s;
    }
    return {};
}

std::optional<RevisionReason> revisionReasonFromKey(QStringView key)
{
    for (const auto reason :
         { RevisionReason::Version, RevisionReason::Export, RevisionReason::Restore }) {
        if (key == toKey(reason))
            return reason;
    }
    return std::nullopt;
}

QString displayName(RevisionReason reason)
{
    switch (reason) {
    case RevisionReason::Version:
        return RevisionText::tr("Saved version");
    case RevisionReason::Export:
        return RevisionText::tr("Export");
    case RevisionReason::Restore:
        return RevisionText::tr("Restored");
    }
    return {};
}

RevisionRepository::RevisionRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<PostingRevision> RevisionRepository::add(const Posting &posting, RevisionReason reason,
                                                const QString &note)
{
    // The summary compares with the newest revision kept so far.
    QSqlQuery previous(m_db);
    previous.prepare(u"SELECT content FROM posting_revisions WHERE posting_id = ? "
                     "ORDER BY id DESC LIMIT 1"_s);
    previous.addBindValue(posting.id);
    if (!previous.exec())
        return queryError(previous);
    QString summary;
    if (previous.next()) {
        const auto before = decode(previous.value(0).toString(), posting.id);
        summary = before ? summarizeChanges(*before, posting) : QString();
        if (summary.isEmpty())
            summary = RevisionText::tr("No changes");
    } else {
        summary = RevisionText::tr("First revision");
    }

    PostingRevision revision;
    revision.postingId = posting.id;
    revision.createdAt = QDateTime::currentDateTimeUtc();
    revision.reason = reason;
    revision.note = note;
    revision.summary = summary;

    QJsonObject json = postingToJson(posting);
    json.remove(u"id"_s);
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO posting_revisions (posting_id, created_at, reason, note, summary, "
                  "content) VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.addBindValue(posting.id);
    query.addBindValue(sql::fromDateTime(revision.createdAt));
    query.addBindValue(toKey(reason));
    query.addBindValue(sql::text(note));
    query.addBindValue(summary);
    query.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return queryError(query);
    revision.id = query.lastInsertId().toLongLong();
    return revision;
}

Result<QList<PostingRevision>> RevisionRepository::list(qint64 postingId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, created_at, reason, note, summary FROM posting_revisions "
                  "WHERE posting_id = ? ORDER BY id DESC"_s);
    query.addBindValue(postingId);
    if (!query.exec())
        return queryError(query);
    QList<PostingRevision> revisions;
    while (query.next()) {
        PostingRevision revision;
        revision.id = query.value(0).toLongLong();
        revision.postingId = postingId;
        revision.createdAt = sql::toDateTime(query.value(1));
        revision.reason =
            revisionReasonFromKey(query.value(2).toString()).value_or(RevisionReason::Version);
        revision.note = query.value(3).toString();
        revision.summary = query.value(4).toString();
        revisions.append(revision);
    }
    return revisions;
}

Result<Posting> RevisionRepository::content(qint64 revisionId) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT posting_id, content FROM posting_revisions WHERE id = ?"_s);
    query.addBindValue(revisionId);
    if (!query.exec())
        return queryError(query);
    if (!query.next())
        return Error { RevisionText::tr("There is no revision with id %1.").arg(revisionId) };
    return decode(query.value(1).toString(), query.value(0).toLongLong());
}

} // namespace hirekit
