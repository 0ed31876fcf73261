#pragma once

#include <QWidget>

#include <memory>

class QModelIndex;
class QSortFilterProxyModel;

namespace hirekit {

class Library;
class PostingListModel;
struct Posting;

namespace Ui {
class PostingsTab;
}

// The Postings tab: the library's postings in a sortable, searchable table, the posting
// templates below it, and a read-only preview of the selected one.
class PostingsTab : public QWidget
{
    Q_OBJECT

public:
    explicit PostingsTab(QWidget *parent = nullptr);
    ~PostingsTab() override;

    // Shows `library`'s postings and templates; nullptr empties the tab. The tab does not
    // own the library, and must get nullptr before the library goes away.
    void setLibrary(Library *library);
    // Reads the postings and templates again, keeping the search text.
    void reload();

    // The preview as Markdown: header fields, then the sections in order.
    static QString toMarkdown(const Posting &posting);

private:
    void showError(const QString &message);
    void previewPosting(qint64 id);
    void postingChanged(const QModelIndex &current);
    void templateChanged(const QModelIndex &current);

    std::unique_ptr<Ui::PostingsTab> m_ui;
    Library *m_library = nullptr;
    PostingListModel *m_postingsModel = nullptr;
    QSortFilterProxyModel *m_postingsProxy = nullptr;
    PostingListModel *m_templatesModel = nullptr;
};

} // namespace hirekit
