#include "gui/PrintDialogs.h"

#include "gui/Plugins.h"

#include <optional>

namespace hirekit {

namespace {

std::optional<PrintAnswer> nextAnswer;

std::optional<PrintAnswer> takeNextAnswer()
{
    std::optional<PrintAnswer> answer;
    answer.swap(nextAnswer);
    return answer;
}

} // namespace

Result<PrintOutcome> PrintDialogs::print(QWidget *parent, const PrintJob &job)
{
    const std::optional<PrintAnswer> answer = takeNextAnswer();
    auto plugin = Plugins::printing();
    if (!plugin)
        return Error { tr("Printing is not available. %1").arg(plugin.error()) };
    return (*plugin)->print(parent, job, answer);
}

Status PrintDialogs::preview(QWidget *parent, const PrintJob &job)
{
    const std::optional<PrintAnswer> answer = takeNextAnswer();
    auto plugin = Plugins::printing();
    if (!plugin)
        return Error { tr("Printing is not available. %1").arg(plugin.error()) };
    (*plugin)->preview(parent, job, answer);
    return {};
}

void PrintDialogs::setNextAnswer(bool accepted, const QString &pdfFile)
{
    nextAnswer = PrintAnswer { accepted, pdfFile };
}

} // namespace hirekit
