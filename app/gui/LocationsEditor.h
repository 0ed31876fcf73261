#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLineEdit;
class QToolButton;

namespace hirekit {

class PostingDocument;
enum class LocationPart;

namespace Ui {
class LocationsEditor;
}

// The places of a posting, one row each: city, region, country and on-site/hybrid/remote,
// with a button to remove the row and one to add a place. Typing in a field is one undo
// step per burst; adding, removing and picking a workplace are one step each.
class LocationsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LocationsEditor(QWidget *parent = nullptr);
    ~LocationsEditor() override;

    // nullptr empties the editor. The editor does not own the document.
    void setDocument(PostingDocument *document);

private:
    struct Row
    {
        QLineEdit *city = nullptr;
        QLineEdit *region = nullptr;
        QLineEdit *country = nullptr;
        QComboBox *workplace = nullptr;
        QToolButton *remove = nullptr;
    };

    void documentChanged();
    void rebuildRows();
    void showValues();
    void edited(int row, LocationPart part);
    void addLocation();
    void removeLocation(int row);

    std::unique_ptr<Ui::LocationsEditor> m_ui;
    QPointer<PostingDocument> m_document;
    QList<Row> m_rows;
    bool m_updating = false;
};

} // namespace hirekit
