#include "core/SalaryValidation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct SalaryValidationText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::SalaryValidation)
};

} // namespace

namespace {

// The figures in the row shape's order: key and member. Validation runs once per imported
// row (a million of them), so it reads members directly instead of looking keys up.
struct FigureMember
{
    const char16_t *key;
    std::optional<double> SalaryRow::*member;
};
constexpr FigureMember figureMembers[] = {
    { u"min", &SalaryRow::min }, { u"max", &SalaryRow::max },       { u"p10", &SalaryRow::p10 },
    { u"p25", &SalaryRow::p25 }, { u"median", &SalaryRow::median }, { u"p75", &SalaryRow::p75 },
    { u"p90", &SalaryRow::p90 },
};
constexpr std::size_t FirstPercentile = 2;

} // namespace

const QStringList &salaryFigureKeys()
{
    static const QStringList keys = [] {
        QStringList result;
        for (const FigureMember &figure : figureMembers)
            result.append(QString::fromUtf16(figure.key));
        return result;
    }();
    return keys;
}

std::optional<double> *salaryFigure(SalaryRow &row, QStringView key)
{
    for (const FigureMember &figure : figureMembers) {
        if (key == QStringView(figure.key))
            return &(row.*figure.member);
    }
    return nullptr;
}

std::optional<double> salaryFigure(const SalaryRow &row, QStringView key)
{
    for (const FigureMember &figure : figureMembers) {
        if (key == QStringView(figure.key))
            return row.*figure.member;
    }
    return std::nullopt;
}

std::optional<SalaryRowProblem> salaryRowProblem(const SalaryRow &row)
{
    for (const FigureMember &figure : figureMembers) {
        const std::optional<double> &value = row.*figure.member;
        if (!value)
            continue;
        if (!std::isfinite(*value)) {
            const QString key = QString::fromUtf16(figure.key);
            return SalaryRowProblem {
                key, SalaryValidationText::tr("%1 is not a finite number").arg(key)
            };
        }
        if (*value < 0) {
            const QString key = QString::fromUtf16(figure.key);
            return SalaryRowProblem { key, SalaryValidationText::tr("%1 is negative").arg(key) };
        }
    }
    if (row.min && row.max && *row.min > *row.max)
        return SalaryRowProblem { u"min"_s, SalaryValidationText::tr("min is greater than max") };
    const FigureMember *previous = nullptr;
    for (std::size_t i = FirstPercentile; i < std::size(figureMembers); ++i) {
        const FigureMember &figure = figureMembers[i];
        const std::optional<double> &value = row.*figure.member;
        if (!value)
            continue;
        if (previous && *value < *(row.*previous->member)) {
            const QString key = QString::fromUtf16(figure.key);
            return SalaryRowProblem {
                key,
                SalaryValidationText::tr(
                    "%1 is below %2: the percentiles are not in increasing order")
                    .arg(key, QString::fromUtf16(previous->key))
            };
        }
        previous = &figure;
    }
    return std::nullopt;
}

std::optional<SalaryRowProblem> salaryRowEditProblem(const SalaryRow &row)
{
    if (row.area.trimmed().isEmpty())
        return SalaryRowProblem { u"area"_s, SalaryValidationText::tr("area is empty") };
    if (row.role.trimmed().isEmpty())
        return SalaryRowProblem { u"role"_s, SalaryValidationText::tr("role is empty") };
    const QString currency = row.currency.trimmed();
    const bool letters = std::all_of(currency.cbegin(), currency.cend(),
                                     [](QChar c) { return c >= u'A' && c <= u'Z'; });
    if (currency.size() != 3 || !letters) {
        return SalaryRowProblem { u"currency"_s,
                                  SalaryValidationText::tr(
                                      "currency \"%1\" is not a three-letter code such as USD")
                                      .arg(currency) };
    }
    if (row.period == PayPeriod::Month)
        return SalaryRowProblem { u"period"_s,
                                  SalaryValidationText::tr("period is not year or hour") };
    return salaryRowProblem(row);
}

} // namespace hirekit
