#pragma once

#include <QFileDialog>
#include <QString>

class QWidget;

namespace hirekit {

// The only door to QFileDialog in the GUI. A test queues the next chosen file with
// setNextFileName() (an empty name stands for Cancel), and the dialog is not shown.
class FileDialogs
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption,
                                   const QString &directory = QString(),
                                   const QString &filter = QString(),
                                   QFileDialog::Options options = {});
    // `selectedFilter`, when given, holds the filter to start with and gets the one chosen.
    static QString getSaveFileName(QWidget *parent, const QString &caption,
                                   const QString &directory = QString(),
                                   const QString &filter = QString(),
                                   QFileDialog::Options options = {},
                                   QString *selectedFilter = nullptr);

    // Test hook: the next dialog is not shown and returns `fileName`.
    static void setNextFileName(const QString &fileName);
};

} // namespace hirekit
