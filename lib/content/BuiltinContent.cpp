#include "content/BuiltinContent.h"

#include "io/PostingJson.h"
#include "storage/GuideRepository.h"
#include "storage/PostingRepository.h"
#include "storage/QuestionRepository.h"
#include "storage/SalaryRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

// The translation context of this file's messages.
struct BuiltinContentText
{
    Q_DECLARE_TR_FUNCTIONS(hirekit::BuiltinContent)
};

// The seed files are compiled into the binary, so a broken one is a build bug; still it is
// reported as an error rather than crashing a user's first start.
Result<QJsonDocument> readSeed(const QString &name)
{
    QFile file(u":/seed/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        return Error { BuiltinContentText::tr("Built-in content %1 is missing.").arg(name) };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error { BuiltinContentText::tr("Built-in content %1 is invalid at offset %2: %3")
                           .arg(name)
                           .arg(parseError.offset)
                           .arg(parseError.errorString()) };
    }
    return document;
}

std::optional<double> optionalNumber(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

Status seedPostings(QSqlDatabase db)
{
    PostingRepository postings(db);
    for (const auto &[file, isTemplate] : { std::pair { u"posting-template.json"_s, true },
                                            std::pair { u"example-posting.json"_s, false } }) {
        const auto document = readSeed(file);
        if (!document)
            return Error { document.error() };
        auto posting = postingFromJson(document->object());
        if (!posting)
            return Error {
                BuiltinContentText::tr("Built-in content %1: %2").arg(file, posting.error())
            };
        posting->isTemplate = isTemplate;
        posting->isBuiltin = isTemplate;
        if (auto inserted = postings.insert(*posting); !inserted)
            return Error { inserted.error() };
    }
    return {};
}

Status seedSalaries(QSqlDatabase db)
{
    const auto document = readSeed(u"salaries.json"_s);
    if (!document)
        return Error { document.error() };
    const QJsonObject root = document->object();
    const QJsonObject datasetJson = root.value(u"dataset"_s).toObject();

    GuideRepository guide(db);
    const QJsonArray levels = root.value(u"levels"_s).toArray();
    for (qsizetype i = 0; i < levels.size(); ++i) {
        const QJsonObject level = levels.at(i).toObject();
        const auto key = levelFromKey(level.value(u"key"_s).toString());
        if (!key)
            return Error { BuiltinContentText::tr(
                "Built-in content salaries.json: unknown level.") };
        if (auto inserted = guide.insert(CareerLevel { *key, level.value(u"name"_s).toString(),
                                                       level.value(u"experience"_s).toString() },
                                         int(i));
            !inserted) {
            return inserted;
        }
    }

    SalaryRepository salaries(db);
    SalaryDataset dataset;
    dataset.name = datasetJson.value(u"name"_s).toString();
    dataset.source = datasetJson.value(u"source"_s).toString();
    dataset.year = datasetJson.value(u"year"_s).toInt();
    dataset.isBuiltin = true;
    const auto datasetId = salaries.insertDataset(dataset);
    if (!datasetId)
        return Error { datasetId.error() };

    SalaryRow prototype;
    prototype.role = datasetJson.value(u"role"_s).toString();
    prototype.currency = datasetJson.value(u"currency"_s).toString();
    prototype.period =
        payPeriodFromKey(datasetJson.value(u"period"_s).toString()).value_or(PayPeriod::Year);

    QList<SalaryRow> rows;
    const auto addRanges = [&](const QJsonObject &area, bool national) {
        for (const QJsonValue &rangeValue : area.value(u"ranges"_s).toArray()) {
            const QJsonObject range = rangeValue.toObject();
            SalaryRow row = prototype;
            row.area = area.value(u"area"_s).toString();
            row.isNational = national;
            row.level = levelFromKey(range.value(u"level"_s).toString());
            row.min = optionalNumber(range.value(u"min"_s));
            row.max = optionalNumber(range.value(u"max"_s));
            // "$300,000+": the guide's ceiling, not a true maximum.
            if (range.value(u"max_open_ended"_s).toBool())
                row.topCoded.append(u"max"_s);
            rows.append(row);
        }
    };
    addRanges(root.value(u"national"_s).toObject(), true);
    for (const QJsonValue &metro : root.value(u"metro"_s).toArray())
        addRanges(metro.toObject(), false);
    return salaries.insertRows(*datasetId, rows);
}

Status seedGuide(QSqlDatabase db)
{
    GuideRepository guide(db);
    Status status;

    const auto variations = readSeed(u"context-variations.json"_s);
    if (!variations)
        return Error { variations.error() };
    const QJsonArray variationArray = variations->array();
    for (qsizetype i = 0; status && i < variationArray.size(); ++i) {
        const QJsonObject v = variationArray.at(i).toObject();
        status = guide.insert(ContextVariation { v.value(u"key"_s).toString(),
                                                 v.value(u"name"_s).toString(),
                                                 v.value(u"text"_s).toString() },
                              int(i));
    }

    const auto industries = readSeed(u"industries.json"_s);
    if (!industries)
        return Error { industries.error() };
    const QJsonArray industryArray = industries->array();
    for (qsizetype i = 0; status && i < industryArray.size(); ++i) {
        const QJsonObject v = industryArray.at(i).toObject();
        QStringList requirements;
        for (const QJsonValue &requirement : v.value(u"key_requirements"_s).toArray())
            requirements.append(requirement.toString());
        status = guide.insert(IndustryConsideration { v.value(u"key"_s).toString(),
                                                      v.value(u"name"_s).toString(), requirements,
                                                      v.value(u"unique_aspects"_s).toString() },
                              int(i));
    }

    const auto factors = readSeed(u"compensation-factors.json"_s);
    if (!factors)
        return Error { factors.error() };
    const QJsonArray factorArray = factors->array();
    for (qsizetype i = 0; status && i < factorArray.size(); ++i) {
        const QJsonObject v = factorArray.at(i).toObject();
        status =
            guide.insert(CompensationFactor { 0, v.value(u"name"_s).toString(),
                                              v.value(u"description"_s).toString(),
                                              optionalNumber(v.value(u"premium_min_percent"_s)),
                                              optionalNumber(v.value(u"premium_max_percent"_s)) },
                         int(i));
    }

    const auto tips = readSeed(u"hiring-tips.json"_s);
    if (!tips)
        return Error { tips.error() };
    const QJsonArray strategies = tips->object().value(u"sourcing_strategies"_s).toArray();
    for (qsizetype i = 0; status && i < strategies.size(); ++i) {
        const QJsonObject v = strategies.at(i).toObject();
        status = guide.insert(SourcingStrategy { v.value(u"name"_s).toString(),
                                                 v.value(u"description"_s).toString() },
                              int(i));
    }
    const QJsonArray flags = tips->object().value(u"red_flags"_s).toArray();
    for (qsizetype i = 0; status && i < flags.size(); ++i) {
        const QJsonObject v = flags.at(i).toObject();
        status = guide.insert(RedFlag { 0, v.value(u"name"_s).toString(),
                                        v.value(u"description"_s).toString(), true },
                              int(i));
    }
    return status;
}

Status seedQuestions(QSqlDatabase db)
{
    const auto document = readSeed(u"questions.json"_s);
    if (!document)
        return Error { document.error() };
    const auto guides = readSeed(u"question-guides.json"_s);
    if (!guides)
        return Error { guides.error() };
    const QJsonObject rubric = guides->object().value(u"rubric"_s).toObject();
    QHash<QString, QJsonObject> guideByTopic;
    for (const QJsonValue &value : guides->object().value(u"questions"_s).toArray())
        guideByTopic.insert(value.toObject().value(u"topic"_s).toString(), value.toObject());

    QuestionRepository questions(db);
    for (const QJsonValue &value : document->array()) {
        const QJsonObject object = value.toObject();
        InterviewQuestion question;
        const auto category = questionCategoryFromKey(object.value(u"category"_s).toString());
        if (!category)
            return Error { BuiltinContentText::tr(
                "Built-in content questions.json: unknown category.") };
        question.category = *category;
        question.topic = object.value(u"topic"_s).toString();
        question.text = object.value(u"text"_s).toString();
        question.evaluate = object.value(u"evaluate"_s).toString();
        question.isBuiltin = true;
        const auto id = questions.insert(question);
        if (!id)
            return Error { id.error() };

        // The rubric's anchors name what the guide says to evaluate ("shows solid REST
        // principles, authentication design, data relationships").
        const QJsonObject guideJson = guideByTopic.value(question.topic);
        QuestionGuide guide;
        guide.questionId = *id;
        guide.suggestedMinutes = guideJson.value(u"suggested_minutes"_s).toInt(5);
        QString criteria = question.evaluate;
        if (!criteria.isEmpty())
            criteria[0] = criteria.at(0).toLower();
        for (int rating = 1; rating <= 4; ++rating) {
            guide.rubric[std::size_t(rating - 1)] =
                rubric.value(QString::number(rating)).toString().replace(u"{evaluate}"_s, criteria);
        }
        for (const QJsonValue &prompt : guideJson.value(u"follow_ups"_s).toArray())
            guide.followUps.append(prompt.toString());
        if (auto stored = questions.setGuide(guide); !stored)
            return stored;
    }
    return {};
}

} // namespace

Status seedBuiltinContent(QSqlDatabase db)
{
    // Salaries first: they bring the career levels that postings refer to.
    for (const auto seed : { seedSalaries, seedPostings, seedGuide, seedQuestions }) {
        if (auto status = seed(db); !status)
            return status;
    }
    return {};
}

} // namespace hirekit
