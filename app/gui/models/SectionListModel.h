#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QStringList>

namespace hirekit {

class PostingDocument;

// The section headings of an open posting, in order, for the list beside the section
// editor. Renaming (setData) and moving rows (drag and drop through moveRows, which
// QListView's internal move calls) become undo commands on the document, so every way of
// changing the sections goes through its undo stack. The model keeps its own copy of the
// headings, so row counts change between begin…/end… as views expect.
class SectionListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit SectionListModel(QObject *parent = nullptr);

    // nullptr empties the list. The model does not own the document.
    void setDocument(PostingDocument *document);
    PostingDocument *document() const { return m_document; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

private:
    void resetFromDocument();
    void sectionChanged(int index);
    void sectionInserted(int index);
    void sectionRemoved(int index);
    void sectionMoved(int from, int to);

    QPointer<PostingDocument> m_document;
    QStringList m_headings;
};

} // namespace hirekit
