#include "gui/FileDialogs.h"

#include <optional>

namespace hirekit {

namespace {

std::optional<QString> nextFileName;

std::optional<QString> takeNextFileName()
{
    std::optional<QString> result = std::move(nextFileName);
    nextFileName.reset();
    return result;
}

} // namespace

QString FileDialogs::getOpenFileName(QWidget *parent, const QString &caption,
                                     const QString &directory, const QString &filter,
                                     QFileDialog::Options options)
{
    if (auto queued = takeNextFileName())
        return *queued;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter, nullptr, options);
}

QString FileDialogs::getSaveFileName(QWidget *parent, const QString &caption,
                                     const QString &directory, const QString &filter,
                                     QFileDialog::Options options, QString *selectedFilter)
{
    if (auto queued = takeNextFileName())
        return *queued;
    return QFileDialog::getSaveFileName(parent, caption, directory, filter, selectedFilter,
                                        options);
}

void FileDialogs::setNextFileName(const QString &fileName)
{
    nextFileName = fileName;
}

} // namespace hirekit
