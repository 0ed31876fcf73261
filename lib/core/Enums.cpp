#include "core/Enums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace hirekit {

namespace {

// One row per enumerator, in enumerator order: stable key, then untranslated name.
struct Entry
{
    const char16_t *key;
    const char *name;
};

constexpr std::array<Entry, 4> levels {
    { { u"entry", QT_TRANSLATE_NOOP("hirekit::Enums", "Entry") },
      { u"mid", QT_TRANSLATE_NOOP("hirekit::Enums", "Mid") },
      { u"senior", QT_TRANSLATE_NOOP("hirekit::Enums", "Senior") },
      { u"staff", QT_TRANSLATE_NOOP("hirekit::Enums", "Staff") } }
};
constexpr std::array<Entry, 3> workplaces {
    { { u"onsite", QT_TRANSLATE_NOOP("hirekit::Enums", "On-site") },
      { u"hybrid", QT_TRANSLATE_NOOP("hirekit::Enums", "Hybrid") },
      { u"remote", QT_TRANSLATE_NOOP("hirekit::Enums", "Remote") } }
};
constexpr std::array<Entry, 4> statuses {
    { { u"draft", QT_TRANSLATE_NOOP("hirekit::Enums", "Draft") },
      { u"approved", QT_TRANSLATE_NOOP("hirekit::Enums", "Approved") },
      { u"published", QT_TRANSLATE_NOOP("hirekit::Enums", "Published") },
      { u"closed", QT_TRANSLATE_NOOP("hirekit::Enums", "Closed") } }
};
constexpr std::array<Entry, 5> employmentTypes {
    { { u"full_time", QT_TRANSLATE_NOOP("hirekit::Enums", "Full-time") },
      { u"part_time", QT_TRANSLATE_NOOP("hirekit::Enums", "Part-time") },
      { u"contract", QT_TRANSLATE_NOOP("hirekit::Enums", "Contract") },
      { u"temporary", QT_TRANSLATE_NOOP("hirekit::Enums", "Temporary") },
      { u"intern", QT_TRANSLATE_NOOP("hirekit::Enums", "Internship") } }
};
constexpr std::array<Entry, 3> periods {
    { { u"year", QT_TRANSLATE_NOOP("hirekit::Enums", "year") },
      { u"month", QT_TRANSLATE_NOOP("hirekit::Enums", "month") },
      { u"hour", QT_TRANSLATE_NOOP("hirekit::Enums", "hour") } }
};
constexpr std::array<Entry, 4> categories {
    { { u"technical", QT_TRANSLATE_NOOP("hirekit::Enums", "Technical") },
      { u"behavioral", QT_TRANSLATE_NOOP("hirekit::Enums", "Behavioral") },
      { u"culture", QT_TRANSLATE_NOOP("hirekit::Enums", "Culture fit") },
      { u"custom", QT_TRANSLATE_NOOP("hirekit::Enums", "Custom") } }
};

constexpr std::array<Entry, 4> recommendations {
    { { u"strong_no", QT_TRANSLATE_NOOP("hirekit::Enums", "Strong No") },
      { u"no", QT_TRANSLATE_NOOP("hirekit::Enums", "No") },
      { u"yes", QT_TRANSLATE_NOOP("hirekit::Enums", "Yes") },
      { u"strong_yes", QT_TRANSLATE_NOOP("hirekit::Enums", "Strong Yes") } }
};
constexpr std::array<Entry, 2> scorecardStatuses {
    { { u"draft", QT_TRANSLATE_NOOP("hirekit::Enums", "Draft") },
      { u"submitted", QT_TRANSLATE_NOOP("hirekit::Enums", "Submitted") } }
};

template<typename E, std::size_t N> QString keyOf(const std::array<Entry, N> &table, E value)
{
    return QString::fromUtf16(table.at(static_cast<std::size_t>(value)).key);
}

template<typename E, std::size_t N> QString nameOf(const std::array<Entry, N> &table, E value)
{
    return QCoreApplication::translate("hirekit::Enums",
                                       table.at(static_cast<std::size_t>(value)).name);
}

template<typename E, std::size_t N>
std::optional<E> fromKey(const std::array<Entry, N> &table, QStringView key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (key == QStringView(table[i].key))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

} // namespace

QString toKey(Level value)
{
    return keyOf(levels, value);
}
QString toKey(Workplace value)
{
    return keyOf(workplaces, value);
}
QString toKey(PostingStatus value)
{
    return keyOf(statuses, value);
}
QString toKey(EmploymentType value)
{
    return keyOf(employmentTypes, value);
}
QString toKey(PayPeriod value)
{
    return keyOf(periods, value);
}
QString toKey(QuestionCategory value)
{
    return keyOf(categories, value);
}

QString toKey(Recommendation value)
{
    return keyOf(recommendations, value);
}
QString toKey(ScorecardStatus value)
{
    return keyOf(scorecardStatuses, value);
}
QString displayName(Recommendation value)
{
    return nameOf(recommendations, value);
}
QString displayName(ScorecardStatus value)
{
    return nameOf(scorecardStatuses, value);
}
QString ratingLabel(int rating)
{
    if (rating < 1 || rating > 4)
        return {};
    return displayName(static_cast<Recommendation>(rating - 1));
}
std::optional<Recommendation> recommendationFromKey(QStringView key)
{
    return fromKey<Recommendation>(recommendations, key);
}
std::optional<ScorecardStatus> scorecardStatusFromKey(QStringView key)
{
    return fromKey<ScorecardStatus>(scorecardStatuses, key);
}

QString toKey(const std::optional<Level> &value)
{
    return value ? toKey(*value) : QString();
}

QString displayName(Level value)
{
    return nameOf(levels, value);
}
QString displayName(Workplace value)
{
    return nameOf(workplaces, value);
}
QString displayName(PostingStatus value)
{
    return nameOf(statuses, value);
}
QString displayName(EmploymentType value)
{
    return nameOf(employmentTypes, value);
}
QString displayName(PayPeriod value)
{
    return nameOf(periods, value);
}
QString displayName(QuestionCategory value)
{
    return nameOf(categories, value);
}

std::optional<Level> levelFromKey(QStringView key)
{
    return fromKey<Level>(levels, key);
}
std::optional<Workplace> workplaceFromKey(QStringView key)
{
    return fromKey<Workplace>(workplaces, key);
}
std::optional<PostingStatus> postingStatusFromKey(QStringView key)
{
    return fromKey<PostingStatus>(statuses, key);
}
std::optional<EmploymentType> employmentTypeFromKey(QStringView key)
{
    return fromKey<EmploymentType>(employmentTypes, key);
}
std::optional<PayPeriod> payPeriodFromKey(QStringView key)
{
    return fromKey<PayPeriod>(periods, key);
}
std::optional<QuestionCategory> questionCategoryFromKey(QStringView key)
{
    return fromKey<QuestionCategory>(categories, key);
}

} // namespace hirekit
