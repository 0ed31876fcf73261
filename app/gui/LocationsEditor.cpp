#include "gui/LocationsEditor.h"

#include "ui_LocationsEditor.h"

#include "gui/EditingHelpers.h"
#include "gui/PostingCommands.h"
#include "gui/PostingDocument.h"

#include <QComboBox>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace hirekit {

LocationsEditor::LocationsEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LocationsEditor>())
{
    m_ui->setupUi(this);
    connect(m_ui->addLocationButton, &QPushButton::clicked, this, &LocationsEditor::addLocation);
    setDocument(nullptr);
}

LocationsEditor::~LocationsEditor() = default;

void LocationsEditor::setDocument(PostingDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &PostingDocument::locationsChanged, this,
                &LocationsEditor::documentChanged);
        connect(m_document, &PostingDocument::contentReplaced, this,
                &LocationsEditor::documentChanged);
    }
    m_ui->addLocationButton->setEnabled(m_document && !m_document->isReadOnly());
    rebuildRows();
}

void LocationsEditor::documentChanged()
{
    if (m_updating)
        return;
    const qsizetype count = m_document ? m_document->posting().locations.size() : 0;
    if (count != m_rows.size())
        rebuildRows();
    else
        showValues();
}

void LocationsEditor::rebuildRows()
{
    // A row's remove button may be the sender that got us here: delete later, not now.
    for (const Row &row : std::as_const(m_rows)) {
        for (QWidget *widget :
             { static_cast<QWidget *>(row.city), static_cast<QWidget *>(row.region),
               static_cast<QWidget *>(row.country), static_cast<QWidget *>(row.workplace),
               static_cast<QWidget *>(row.remove) }) {
            m_ui->rowsGridLayout->removeWidget(widget);
            widget->hide();
            // Out of the widget tree at once, so nothing finds a row that is going away.
            widget->setParent(nullptr);
            widget->deleteLater();
        }
    }
    m_rows.clear();

    const qsizetype count = m_document ? m_document->posting().locations.size() : 0;
    const bool readOnly = !m_document || m_document->isReadOnly();
    for (int index = 0; index < count; ++index) {
        Row row;
        const auto lineEdit = [&](const QString &name, const QString &placeholder,
                                  const QString &accessible, LocationPart part) {
            auto *edit = new QLineEdit(this);
            edit->setObjectName(name);
            edit->setPlaceholderText(placeholder);
            edit->setAccessibleName(accessible);
            edit->setReadOnly(readOnly);
            connect(edit, &QLineEdit::textEdited, this,
                    [this, index, part] { edited(index, part); });
            return edit;
        };
        row.city = lineEdit(u"cityLineEdit"_s, tr("City"), tr("City of location %1").arg(index + 1),
                            LocationPart::City);
        row.region =
            lineEdit(u"regionLineEdit"_s, tr("Region"),
                     tr("Region or state of location %1").arg(index + 1), LocationPart::Region);
        row.country = lineEdit(u"countryLineEdit"_s, tr("Country"),
                               tr("Country of location %1").arg(index + 1), LocationPart::Country);
        row.workplace = new QComboBox(this);
        row.workplace->setObjectName(u"workplaceComboBox"_s);
        row.workplace->setAccessibleName(tr("Workplace of location %1").arg(index + 1));
        for (const Workplace workplace :
             { Workplace::Onsite, Workplace::Hybrid, Workplace::Remote })
            row.workplace->addItem(displayName(workplace), int(workplace));
        row.workplace->setEnabled(!readOnly);
        connect(row.workplace, &QComboBox::activated, this,
                [this, index] { edited(index, LocationPart::Workplace); });
        row.remove = new QToolButton(this);
        row.remove->setObjectName(u"removeLocationButton"_s);
        row.remove->setIcon(QIcon::fromTheme(u"list-remove"_s));
        // Without an icon theme, a sign the interface's font has (SectionsEditor says why).
        if (row.remove->icon().isNull())
            row.remove->setText(u"–"_s);
        row.remove->setToolTip(tr("Remove this location"));
        row.remove->setAccessibleName(tr("Remove location %1").arg(index + 1));
        row.remove->setEnabled(!readOnly);
        connect(row.remove, &QToolButton::clicked, this, [this, index] { removeLocation(index); });

        m_ui->rowsGridLayout->addWidget(row.city, index, 0);
        m_ui->rowsGridLayout->addWidget(row.region, index, 1);
        m_ui->rowsGridLayout->addWidget(row.country, index, 2);
        m_ui->rowsGridLayout->addWidget(row.workplace, index, 3);
        m_ui->rowsGridLayout->addWidget(row.remove, index, 4);
        // The layout would show them only on the next event loop pass; "Add Location" moves
        // the focus into the new row right away.
        for (QWidget *widget :
             { static_cast<QWidget *>(row.city), static_cast<QWidget *>(row.region),
               static_cast<QWidget *>(row.country), static_cast<QWidget *>(row.workplace),
               static_cast<QWidget *>(row.remove) })
            widget->show();
        m_rows.append(row);
    }
    // Keep the tab order row by row, then on to "Add Location".
    QWidget *previous = nullptr;
    for (const Row &row : std::as_const(m_rows)) {
        for (QWidget *widget :
             { static_cast<QWidget *>(row.city), static_cast<QWidget *>(row.region),
               static_cast<QWidget *>(row.country), static_cast<QWidget *>(row.workplace),
               static_cast<QWidget *>(row.remove) }) {
            if (previous)
                setTabOrder(previous, widget);
            previous = widget;
        }
    }
    if (previous)
        setTabOrder(previous, m_ui->addLocationButton);
    m_ui->noLocationsLabel->setVisible(m_document && count == 0);
    showValues();
}

void LocationsEditor::showValues()
{
    if (!m_document)
        return;
    const QScopedValueRollback<bool> updating(m_updating, true);
    const QList<PostingLocation> &locations = m_document->posting().locations;
    for (qsizetype index = 0; index < m_rows.size() && index < locations.size(); ++index) {
        const Row &row = m_rows.at(index);
        const PostingLocation &location = locations.at(index);
        syncText(row.city, location.city);
        syncText(row.region, location.region);
        syncText(row.country, location.country);
        row.workplace->setCurrentIndex(row.workplace->findData(int(location.workplace)));
    }
}

void LocationsEditor::edited(int index, LocationPart part)
{
    if (m_updating || !m_document || index >= m_document->posting().locations.size())
        return;
    const Row &row = m_rows.at(index);
    PostingLocation location = m_document->posting().locations.at(index);
    switch (part) {
    case LocationPart::City:
        location.city = row.city->text();
        break;
    case LocationPart::Region:
        location.region = row.region->text();
        break;
    case LocationPart::Country:
        location.country = row.country->text();
        break;
    case LocationPart::Workplace:
        location.workplace = Workplace(row.workplace->currentData().toInt());
        break;
    }
    if (location == m_document->posting().locations.at(index))
        return;
    const QScopedValueRollback<bool> updating(m_updating, true);
    m_document->undoStack()->push(new SetLocationCommand(m_document, index, part, location));
}

void LocationsEditor::addLocation()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const int index = int(m_document->posting().locations.size());
    m_document->undoStack()->push(new InsertLocationCommand(m_document, index, {}));
    if (index < m_rows.size())
        m_rows.at(index).city->setFocus();
}

void LocationsEditor::removeLocation(int index)
{
    if (!m_document || m_document->isReadOnly() || index >= m_document->posting().locations.size())
        return;
    m_document->undoStack()->push(new RemoveLocationCommand(m_document, index));
    if (!m_rows.isEmpty())
        m_rows.at(std::min<qsizetype>(index, m_rows.size() - 1)).city->setFocus();
    else
        m_ui->addLocationButton->setFocus();
}

} // namespace hirekit
