#pragma once

#include "core/Enums.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace hirekit {

// Reference content from the hiring guide that postings and scorecards draw on.

struct CareerLevel
{
    Level level = Level::Entry;
    QString name;
    QString experience;
};

struct ContextVariation
{
    QString key;
    QString name;
    QString guidance;
};

struct IndustryConsideration
{
    QString key;
    QString name;
    QStringList keyRequirements;
    QString uniqueAspects;
};

struct CompensationFactor
{
    qint64 id = 0;
    QString name;
    QString description;
    std::optional<double> premiumMinPercent;
    std::optional<double> premiumMaxPercent;
};

struct SourcingStrategy
{
    QString name;
    QString description;
};

struct RedFlag
{
    qint64 id = 0;
    QString name;
    QString description;
    bool isBuiltin = false;
};

} // namespace hirekit
