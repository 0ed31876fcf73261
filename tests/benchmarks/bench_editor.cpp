// What one keystroke costs in the posting editor: typing into a section body of the
// built-in template (3-4 pages as a PDF) in the real window, offscreen. Each key press
// runs, synchronously, the text edit's own handling, the undo command push (merged into
// the burst), the document update and its signals, and the restart of the preview and
// autosave timers; the preview render and the library write run later, once per burst,
// and are timed separately. Prints a table; the target is a median under 5 ms.
#include "BenchSummary.h"
#include "gui/MainWindow.h"
#include "gui/PostingCommands.h"
#include "gui/PostingDocument.h"
#include "gui/PostingOutput.h"
#include "gui/PostingsTab.h"
#include "render/PostingPdf.h"
#include "storage/Library.h"
#include "storage/PostingRepository.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QListView>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace hirekit;

namespace {

struct Figures
{
    double median = 0;
    double p10 = 0;
    double p90 = 0;
    double max = 0;
};

Figures figuresOf(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return { bench::percentile(samples, 0.5), bench::percentile(samples, 0.1),
             bench::percentile(samples, 0.9), samples.last() };
}

void printRow(const char *what, int count, const Figures &figures)
{
    std::printf("%-44s %6d %9.3f %9.3f %9.3f %9.3f\n", what, count, figures.median, figures.p10,
                figures.p90, figures.max);
}

// Milliseconds of each of `count` runs of `work`.
QList<double> timeRuns(int count, const std::function<void(int)> &work)
{
    QList<double> samples;
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        timer.start();
        work(i);
        samples.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return samples;
}

qsizetype characterCount(const Posting &posting)
{
    qsizetype count = posting.title.size();
    for (const PostingSection &section : posting.sections)
        count += section.heading.size() + section.body.size();
    return count;
}

int pdfPageCount(const Posting &posting)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writePdf(posting, buffer))
        return -1;
    static const QRegularExpression page(u"/Type\\s*/Page[^s]"_s);
    return int(QString::fromLatin1(buffer.data()).count(page));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int presses = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;

    QTemporaryDir dir;
    auto opened = Library::open(dir.filePath(u"bench.sqlite"_s), Library::OpenMode::CreateNew);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    // A posting made from the built-in template, as New from Template makes it.
    Result<qint64> id = Error {};
    {
        PostingRepository repository(opened.value()->database());
        const auto templates = repository.templates();
        id = repository.copy(templates->first().id, false, u"Backend Developer"_s);
    }
    if (!id) {
        std::fprintf(stderr, "%s\n", qPrintable(id.error()));
        return 1;
    }

    MainWindow window;
    window.setLibrary(std::move(opened).value());
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    auto *tab = window.findChild<PostingsTab *>(u"postingsTab"_s);
    tab->openPosting(id.value());
    PostingDocument *document = tab->currentDocument();

    // The longest section, Key Responsibilities, with the cursor at its end.
    auto *sections = window.findChild<QListView *>(u"sectionsListView"_s);
    sections->setCurrentIndex(sections->model()->index(3, 0));
    auto *body = window.findChild<QPlainTextEdit *>(u"bodyPlainTextEdit"_s);
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QCoreApplication::processEvents();

    std::printf("Posting: \"%s\", %lld sections, %lld characters, %d PDF pages\n",
                qPrintable(document->posting().title),
                qlonglong(document->posting().sections.size()),
                qlonglong(characterCount(document->posting())), pdfPageCount(document->posting()));
    std::printf("%-44s %6s %9s %9s %9s %9s\n", "work (ms)", "runs", "median", "p10", "p90", "max");

    const QString text = u"Design and run resilient services for our customers. "_s;
    const auto key = [&text](int i) { return text.at(i % text.size()).toLatin1(); };
    // Warm-up: caches, fonts, the first command.
    for (int i = 0; i < 50; ++i)
        QTest::keyClick(body, key(i));

    const QList<double> synchronous =
        timeRuns(presses, [&](int i) { QTest::keyClick(body, key(i)); });
    const Figures keystroke = figuresOf(synchronous);
    printRow("key press in a section body (synchronous)", presses, keystroke);
    bench::Figure keyFigure =
        bench::figureOf(u"posting editor: key press in a section body"_s, synchronous);
    keyFigure.target = u"< 5 ms"_s;
    keyFigure.met = keyFigure.median < 5;
    bench::addToSummary(keyFigure);

    // The same with the repaint the event loop does after each key.
    const QList<double> painted = timeRuns(presses, [&](int i) {
        QTest::keyClick(body, key(i));
        QCoreApplication::processEvents();
    });
    printRow("key press + repaint (processEvents)", presses, figuresOf(painted));
    bench::addToSummary(bench::figureOf(u"posting editor: key press and repaint"_s, painted));
    const int steps = document->undoStack()->count();

    // Per burst, off the typing path.
    // What the window does after a pause in typing: the posting rendered, laid out at the
    // preview's width and shown where the reader was.
    auto *preview = window.findChild<QTextBrowser *>(u"previewTextBrowser"_s);
    const QList<double> refreshes = timeRuns(50, [&](int) {
        tab->renderPreview();
        preview->document()->size();
    });
    printRow("preview refresh (once per pause)", 50, figuresOf(refreshes));
    // The same rendered into the document the browser shows, as the window did before: the
    // browser lays out and scrolls again after every block inserted.
    const QList<double> inPlace = timeRuns(50, [&](int) {
        PostingOutput::render(*preview->document(), document->posting());
        preview->document()->size();
    });
    printRow("  rendered into the shown document", 50, figuresOf(inPlace));
    bench::Figure refreshFigure =
        bench::figureOf(u"posting editor: preview refresh after a pause"_s, refreshes);
    refreshFigure.peer = u"rendered into the shown document"_s;
    refreshFigure.peerMedian = bench::figureOf(QString(), inPlace).median;
    bench::addToSummary(refreshFigure);
    const QList<double> saves = timeRuns(50, [&](int i) {
        document->undoStack()->push(new SetFieldCommand(document, PostingField::Department,
                                                        u"Engineering %1"_s.arg(i), false));
        document->save();
    });
    printRow("autosave write (once per pause, 1 s)", 50, figuresOf(saves));
    bench::addToSummary(bench::figureOf(u"posting editor: autosave write"_s, saves));
    std::printf("Undo steps after %d key presses typed as one burst: %d\n", 2 * presses + 50,
                steps);
    std::printf("Target: median key press < 5 ms: %s\n", keystroke.median < 5.0 ? "met" : "MISSED");
    return keystroke.median < 5.0 ? 0 : 2;
}
