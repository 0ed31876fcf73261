#pragma once

#include <QCoreApplication>
#include <QString>

namespace hirekit {

// Names the application (for QSettings and QStandardPaths) and sets its version.
void setApplicationIdentity();

// Loads Hirekit's and Qt's translations for `language` ("de"; empty: the system
// language). Returns false, leaving English in place, when Hirekit has none for it.
bool installTranslations(QCoreApplication &app, const QString &language);

} // namespace hirekit
