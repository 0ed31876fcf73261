#include "content/PostingGuidance.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

const QString paragraphBreak = u"\n\n"_s;

QHash<QString, QList<SectionAddition>> loadVariationAdditions()
{
    QHash<QString, QList<SectionAddition>> result;
    QFile file(u":/seed/context-variations.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    for (const QJsonValue &value : QJsonDocument::fromJson(file.readAll()).array()) {
        const QJsonObject variation = value.toObject();
        QList<SectionAddition> additions;
        for (const QJsonValue &addition : variation.value(u"additions"_s).toArray()) {
            additions.append({ addition.toObject().value(u"section"_s).toString(),
                               addition.toObject().value(u"text"_s).toString() });
        }
        result.insert(variation.value(u"key"_s).toString(), additions);
    }
    return result;
}

// Removes the paragraph `text` from `body` where it stands unchanged as a paragraph of its
// own; a paragraph the user has since edited is theirs and stays.
QString withoutParagraph(const QString &body, const QString &text)
{
    if (body == text)
        return {};
    const QString appended = paragraphBreak + text;
    for (qsizetype at = body.indexOf(appended); at >= 0; at = body.indexOf(appended, at + 1)) {
        const qsizetype end = at + appended.size();
        if (end == body.size() || body.at(end) == u'\n')
            return QString(body).remove(at, appended.size());
    }
    if (body.startsWith(text + paragraphBreak))
        return body.mid(text.size() + paragraphBreak.size());
    return body;
}

void removeAdditions(Posting &posting, const QList<SectionAddition> &additions)
{
    for (const SectionAddition &addition : additions) {
        for (qsizetype i = posting.sections.size() - 1; i >= 0; --i) {
            PostingSection &section = posting.sections[i];
            if (section.heading != addition.section || section.body.isEmpty())
                continue;
            section.body = withoutParagraph(section.body, addition.text);
            // A section that only held the addition was made by it; it goes with it.
            if (section.body.isEmpty())
                posting.sections.removeAt(i);
        }
    }
}

void addAdditions(Posting &posting, const QList<SectionAddition> &additions)
{
    for (const SectionAddition &addition : additions) {
        auto section =
            std::find_if(posting.sections.begin(), posting.sections.end(),
                         [&](const PostingSection &s) { return s.heading == addition.section; });
        if (section == posting.sections.end()) {
            posting.sections.append({ addition.section, addition.text });
            continue;
        }
        QString body = section->body;
        while (body.endsWith(u'\n'))
            body.chop(1);
        section->body = body.isEmpty() ? addition.text : body + paragraphBreak + addition.text;
    }
}

} // namespace

QList<SectionAddition> contextVariationAdditions(const QString &key)
{
    static const QHash<QString, QList<SectionAddition>> additions = loadVariationAdditions();
    return additions.value(key);
}

QList<SectionAddition> industryAdditions(const IndustryConsideration &industry)
{
    QString requirements = u"### "_s + industry.name + paragraphBreak;
    QStringList bullets;
    for (const QString &requirement : industry.keyRequirements)
        bullets.append(u"- "_s + requirement);
    requirements += bullets.join(u'\n');
    return { { u"About the Role"_s,
               u"**"_s + industry.name + u":** "_s + industry.uniqueAspects + u'.' },
             { u"Requirements"_s, requirements } };
}

Posting withContextVariation(const Posting &posting, const QString &key,
                             const QList<ContextVariation> &variations)
{
    Posting result = posting;
    for (const ContextVariation &variation : variations)
        removeAdditions(result, contextVariationAdditions(variation.key));
    addAdditions(result, contextVariationAdditions(key));
    result.contextVariation = key;
    return result;
}

Posting withIndustry(const Posting &posting, const QString &key,
                     const QList<IndustryConsideration> &industries)
{
    Posting result = posting;
    for (const IndustryConsideration &industry : industries)
        removeAdditions(result, industryAdditions(industry));
    for (const IndustryConsideration &industry : industries) {
        if (industry.key == key)
            addAdditions(result, industryAdditions(industry));
    }
    result.industry = key;
    return result;
}

} // namespace hirekit
