#pragma once

#include "core/HiringGuide.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace hirekit {

// Reads and writes the hiring guide's reference content: career levels, context
// variations, industry considerations, compensation factors, sourcing strategies and
// red flags. Lists come back in the guide's order.
class GuideRepository
{
public:
    explicit GuideRepository(QSqlDatabase db);

    Result<QList<CareerLevel>> careerLevels() const;
    Result<QList<ContextVariation>> contextVariations() const;
    Result<QList<IndustryConsideration>> industries() const;
    Result<QList<CompensationFactor>> compensationFactors() const;
    Result<QList<SourcingStrategy>> sourcingStrategies() const;
    Result<QList<RedFlag>> redFlags() const;

    Status insert(const CareerLevel &level, int position);
    Status insert(const ContextVariation &variation, int position);
    Status insert(const IndustryConsideration &industry, int position);
    Status insert(const CompensationFactor &factor, int position);
    Status insert(const SourcingStrategy &strategy, int position);
    Status insert(const RedFlag &flag, int position);

private:
    Status exec(const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
};

} // namespace hirekit
