// A section body is the one place where typed text is read as Markdown: render a posting
// whose only section holds the input, for the preview and PDF (renderPosting) and for the
// Markdown and HTML exports, which read the laid-out document back.

#include "FuzzSupport.h"
#include "render/PostingFormats.h"
#include "render/PostingRenderer.h"

#include <QTextDocument>

using namespace hirekit;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::startApplication(true);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Posting posting;
    posting.title = QStringLiteral("Fuzz");
    posting.sections.append(
        { QStringLiteral("Body"),
          QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)) });
    QTextDocument document;
    renderPosting(document, posting);
    postingToMarkdown(posting);
    postingToHtml(posting);
    return 0;
}
