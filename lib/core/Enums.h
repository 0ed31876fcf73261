#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace hirekit {

// The closed vocabularies of the domain. Each has a stable key, used in the library
// file and in JSON, and a translated name for people.

enum class Level
{
    Entry,
    Mid,
    Senior,
    Staff
};
enum class Workplace
{
    Onsite,
    Hybrid,
    Remote
};
enum class PostingStatus
{
    Draft,
    Approved,
    Published,
    Closed
};
enum class EmploymentType
{
    FullTime,
    PartTime,
    Contract,
    Temporary,
    Intern
};
enum class PayPeriod
{
    Year,
    Month,
    Hour
};
enum class QuestionCategory
{
    Technical,
    Behavioral,
    Culture,
    Custom
};
// The overall verdict of a scorecard; its four values also label the rating scale.
enum class Recommendation
{
    StrongNo,
    No,
    Yes,
    StrongYes
};
enum class ScorecardStatus
{
    Draft,
    Submitted
};

QString toKey(Level value);
QString toKey(Workplace value);
QString toKey(PostingStatus value);
QString toKey(EmploymentType value);
QString toKey(PayPeriod value);
QString toKey(QuestionCategory value);
QString toKey(Recommendation value);
QString toKey(ScorecardStatus value);

QString displayName(Level value);
QString displayName(Workplace value);
QString displayName(PostingStatus value);
QString displayName(EmploymentType value);
QString displayName(PayPeriod value);
QString displayName(QuestionCategory value);
QString displayName(Recommendation value);
QString displayName(ScorecardStatus value);
// "Strong No", "No", "Yes", "Strong Yes" for ratings 1 to 4; empty for anything else.
QString ratingLabel(int rating);

std::optional<Level> levelFromKey(QStringView key);
std::optional<Workplace> workplaceFromKey(QStringView key);
std::optional<PostingStatus> postingStatusFromKey(QStringView key);
std::optional<EmploymentType> employmentTypeFromKey(QStringView key);
std::optional<PayPeriod> payPeriodFromKey(QStringView key);
std::optional<QuestionCategory> questionCategoryFromKey(QStringView key);
std::optional<Recommendation> recommendationFromKey(QStringView key);
std::optional<ScorecardStatus> scorecardStatusFromKey(QStringView key);

// Key of an optional level, empty when there is none.
QString toKey(const std::optional<Level> &value);

} // namespace hirekit
