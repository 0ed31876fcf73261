#include "AppSetup.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace hirekit {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Hirekit"_s);
    QCoreApplication::setApplicationName(u"Hirekit"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HIREKIT_VERSION));
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;

    auto *translator = new QTranslator(&app);
    if (!translator->load(locale, u"hirekit"_s, u"_"_s, u":/i18n"_s)) {
        delete translator;
        return false;
    }
    app.installTranslator(translator);

    // Qt's own strings (standard buttons, dialogs), where Debian's qt6-translations has them.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
    else
        delete qtTranslator;
    return true;
}

} // namespace hirekit
