#include "gui/PostingEditor.h"

#include "ui_PostingEditor.h"

#include "analysis/PostingChecks.h"
#include "analysis/SalaryMatch.h"
#include "content/PostingGuidance.h"
#include "gui/CheckHighlighter.h"
#include "gui/EditingHelpers.h"
#include "gui/PostingCheckRunner.h"
#include "gui/PostingCommands.h"
#include "gui/PostingDocument.h"
#include "gui/SectionsEditor.h"
#include "storage/GuideRepository.h"
#include "storage/Library.h"
#include "storage/SalaryRepository.h"

#include <QHash>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QUndoStack>

#include <cmath>

using namespace Qt::StringLiterals;

namespace hirekit {

namespace {

enum class Severity
{
    Error,
    Warning,
    Note
};

// Problems beside a field: red for what must be fixed, amber for what is worth a look.
void setMessage(QLabel *label, const QString &text, Severity severity)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText,
                     severity == Severity::Error         ? QColor(0xb0, 0x00, 0x20)
                         : severity == Severity::Warning ? QColor(0x8a, 0x5a, 0x00)
                                                         : QPalette().color(QPalette::WindowText));
    label->setPalette(palette);
}

QString formatAmount(double value)
{
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 2);
}

const QStringList commonCurrencies { u"USD"_s, u"EUR"_s, u"GBP"_s, u"CAD"_s,
                                     u"AUD"_s, u"CHF"_s, u"INR"_s, u"JPY"_s };

} // namespace

PostingEditor::PostingEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PostingEditor>())
{
    m_ui->setupUi(this);
    m_undoFilter = new UndoShortcutFilter(this);
    // The form scrolls; the sections get what a body needs to be edited comfortably.
    m_ui->editorSplitter->setStretchFactor(0, 3);
    m_ui->editorSplitter->setStretchFactor(1, 2);
    m_ui->editorSplitter->setSizes({ 340, 360 });

    m_ui->levelComboBox->addItem(tr("Not set"), -1);
    for (const Level level : { Level::Entry, Level::Mid, Level::Senior, Level::Staff })
        m_ui->levelComboBox->addItem(displayName(level), int(level));
    for (const EmploymentType type :
         { EmploymentType::FullTime, EmploymentType::PartTime, EmploymentType::Contract,
           EmploymentType::Temporary, EmploymentType::Intern })
        m_ui->employmentTypeComboBox->addItem(displayName(type), int(type));
    for (const PostingStatus status : { PostingStatus::Draft, PostingStatus::Approved,
                                        PostingStatus::Published, PostingStatus::Closed })
        m_ui->statusComboBox->addItem(displayName(status), int(status));
    for (const PayPeriod period : { PayPeriod::Year, PayPeriod::Month, PayPeriod::Hour })
        m_ui->periodComboBox->addItem(tr("per %1").arg(displayName(period)), int(period));
    m_ui->currencyComboBox->addItems(commonCurrencies);
    m_ui->currencyComboBox->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"[A-Za-z]{0,3}"_s), m_ui->currencyComboBox));
    m_ui->validThroughDateEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));

    bindLineEdit(m_ui->titleLineEdit, PostingField::Title);
    bindLineEdit(m_ui->departmentLineEdit, PostingField::Department);
    bindLineEdit(m_ui->companyNameLineEdit, PostingField::CompanyName);
    bindPlainTextEdit(m_ui->benefitsPlainTextEdit, PostingField::BenefitsSummary);
    bindPlainTextEdit(m_ui->companyDescriptionPlainTextEdit, PostingField::CompanyDescription);
    bindPlainTextEdit(m_ui->howToApplyPlainTextEdit, PostingField::HowToApply);

    m_checkRunner = new PostingCheckRunner(this);
    bindHighlighter(m_ui->benefitsPlainTextEdit, PostingField::BenefitsSummary,
                    TextSource::BenefitsSummary);
    bindHighlighter(m_ui->companyDescriptionPlainTextEdit, PostingField::CompanyDescription,
                    TextSource::CompanyDescription);
    bindHighlighter(m_ui->howToApplyPlainTextEdit, PostingField::HowToApply,
                    TextSource::HowToApply);
    m_ui->sectionsEditor->setCheckRunner(m_checkRunner);
    connect(m_checkRunner, &PostingCheckRunner::checked, this, &PostingEditor::updateMarks);

    // Choices from a list are one undo step each (activated: only the user's picks).
    const auto bindComboBox = [this](QComboBox *box, PostingField field) {
        connect(box, &QComboBox::activated, this, [this, box, field] {
            const int value = box->currentData().toInt();
            pushField(field, value < 0 ? QVariant() : QVariant(value), false);
        });
    };
    bindComboBox(m_ui->levelComboBox, PostingField::Level);
    bindComboBox(m_ui->employmentTypeComboBox, PostingField::EmploymentType);
    bindComboBox(m_ui->statusComboBox, PostingField::StatusField);
    bindComboBox(m_ui->periodComboBox, PostingField::SalaryPeriod);

    connect(m_ui->minSalaryLineEdit, &QLineEdit::textEdited, this, &PostingEditor::salaryEdited);
    connect(m_ui->maxSalaryLineEdit, &QLineEdit::textEdited, this, &PostingEditor::salaryEdited);
    connect(m_ui->currencyComboBox->lineEdit(), &QLineEdit::textEdited, this,
            &PostingEditor::currencyEdited);
    connect(m_ui->currencyComboBox, &QComboBox::textActivated, this,
            &PostingEditor::currencyEdited);
    connect(m_ui->validThroughCheckBox, &QCheckBox::clicked, this,
            &PostingEditor::validThroughEdited);
    connect(m_ui->validThroughDateEdit, &QDateEdit::dateChanged, this,
            &PostingEditor::validThroughEdited);
    connect(m_ui->contextVariationComboBox, &QComboBox::activated, this,
            &PostingEditor::applyContextVariation);
    connect(m_ui->industryComboBox, &QComboBox::activated, this, &PostingEditor::applyIndustry);
    connect(m_ui->fillSalaryButton, &QPushButton::clicked, this, &PostingEditor::fillSalary);

    setLibrary(nullptr);
    setDocument(nullptr);
}

PostingEditor::~PostingEditor() = default;

SectionsEditor *PostingEditor::sectionsEditor() const
{
    return m_ui->sectionsEditor;
}

void PostingEditor::setLibrary(Library *library)
{
    m_library = library;
    m_variations.clear();
    m_industries.clear();
    QStringList datasets;
    if (m_library) {
        const GuideRepository guide(m_library->database());
        if (auto variations = guide.contextVariations())
            m_variations = variations.value();
        if (auto industries = guide.industries())
            m_industries = industries.value();
        if (auto sets = SalaryRepository(m_library->database()).datasets()) {
            for (const SalaryDataset &dataset : sets.value())
                datasets.append(dataset.name);
        }
    }

    const QScopedValueRollback<bool> updating(m_updating, true);
    m_ui->contextVariationComboBox->clear();
    m_ui->contextVariationComboBox->addItem(tr("None"), QString());
    for (const ContextVariation &variation : std::as_const(m_variations)) {
        m_ui->contextVariationComboBox->addItem(variation.name, variation.key);
        m_ui->contextVariationComboBox->setItemData(m_ui->contextVariationComboBox->count() - 1,
                                                    variation.guidance, Qt::ToolTipRole);
    }
    m_ui->industryComboBox->clear();
    m_ui->industryComboBox->addItem(tr("None"), QString());
    for (const IndustryConsideration &industry : std::as_const(m_industries)) {
        m_ui->industryComboBox->addItem(industry.name, industry.key);
        m_ui->industryComboBox->setItemData(m_ui->industryComboBox->count() - 1,
                                            industry.uniqueAspects, Qt::ToolTipRole);
    }
    m_ui->salaryDatasetComboBox->clear();
    m_ui->salaryDatasetComboBox->addItem(tr("All salary tables"), QString());
    for (const QString &name : std::as_const(datasets))
        m_ui->salaryDatasetComboBox->addItem(name, name);
    if (m_document)
        showAll();
    updateEnabled();
}

void PostingEditor::setDocument(PostingDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_ui->locationsEditor->setDocument(document);
    m_ui->sectionsEditor->setDocument(document);
    if (m_document) {
        connect(m_document, &PostingDocument::fieldChanged, this, [this](PostingField field) {
            if (!m_updating)
                showField(field);
            updateValidation();
        });
        connect(m_document, &PostingDocument::contentReplaced, this, &PostingEditor::showAll);
        connect(m_document, &PostingDocument::salaryNoteChanged, this,
                &PostingEditor::showSalaryNote);
    }
    showAll();
    updateEnabled();
    m_checkRunner->setDocument(document);
    // A new posting starts at the top of the form.
    m_ui->headerScrollArea->verticalScrollBar()->setValue(0);
}

void PostingEditor::focusTitle()
{
    m_ui->titleLineEdit->setFocus(Qt::OtherFocusReason);
    m_ui->titleLineEdit->selectAll();
}

void PostingEditor::bindHighlighter(QPlainTextEdit *edit, PostingField field, TextSource source)
{
    auto *highlighter = new CheckHighlighter(edit);
    m_checkedFields.append({ edit, field, source, highlighter });
    connect(highlighter, &CheckHighlighter::replacementChosen, this,
            [this, field](int position, int length, const QString &replacement) {
                if (!m_document || m_document->isReadOnly())
                    return;
                QString text = m_document->field(field).toString();
                const QString word = text.mid(position, length);
                text.replace(position, length, replacement);
                // Its own undo step, pushed without m_updating so the field shows the change
                // as it shows an undo.
                auto *command = new SetFieldCommand(m_document, field, text, false);
                command->setText(tr("Replace “%1” with “%2”").arg(word, replacement));
                m_document->undoStack()->push(command);
            });
}

CheckHighlighter *PostingEditor::highlighter(TextSource source) const
{
    for (const CheckedField &checked : m_checkedFields) {
        if (checked.source == source)
            return checked.highlighter;
    }
    return nullptr;
}

void PostingEditor::updateMarks()
{
    for (const CheckedField &checked : std::as_const(m_checkedFields))
        checked.highlighter->setMarks(
            CheckHighlighter::marksFor(m_checkRunner->checks(), checked.source));
}

void PostingEditor::showPlace(const TextPlace &place)
{
    if (!m_document)
        return;
    switch (place.source) {
    case TextSource::Title:
        m_ui->titleLineEdit->setFocus(Qt::OtherFocusReason);
        m_ui->titleLineEdit->setSelection(int(place.position), int(place.length));
        m_ui->headerScrollArea->ensureWidgetVisible(m_ui->titleLineEdit);
        return;
    case TextSource::SectionHeading:
    case TextSource::SectionBody:
        m_ui->sectionsEditor->showPlace(
            place.section,
            place.source == TextSource::SectionHeading ? SectionPart::Heading : SectionPart::Body,
            place.position, place.length);
        return;
    case TextSource::CompanyDescription:
    case TextSource::BenefitsSummary:
    case TextSource::HowToApply:
        for (const CheckedField &checked : std::as_const(m_checkedFields)) {
            if (checked.source == place.source) {
                m_ui->headerScrollArea->ensureWidgetVisible(checked.edit);
                selectText(checked.edit, place.position, place.length);
            }
        }
        return;
    case TextSource::None:
        return;
    }
}

void PostingEditor::focusCheckField(const QString &field)
{
    // A posting's date posted is the day it is published: its status.
    const QHash<QString, QWidget *> widgets {
        { u"title"_s, m_ui->titleLineEdit },
        { u"hiring_organization"_s, m_ui->companyNameLineEdit },
        { u"location"_s, m_ui->locationsEditor },
        { u"valid_through"_s, m_ui->validThroughCheckBox },
        { u"employment_type"_s, m_ui->employmentTypeComboBox },
        { u"salary"_s, m_ui->minSalaryLineEdit },
        { u"date_posted"_s, m_ui->statusComboBox },
    };
    QWidget *widget = widgets.value(field);
    if (widget) {
        m_ui->headerScrollArea->ensureWidgetVisible(widget);
        focusWidgetOrChild(widget); // the locations editor is a container
    } else if (field == u"description"_s) {
        m_ui->sectionsEditor->showPlace(std::max(0, m_ui->sectionsEditor->currentSection()),
                                        SectionPart::Body, 0, 0);
    }
}

void PostingEditor::bindLineEdit(QLineEdit *edit, PostingField field)
{
    // textEdited, not textChanged: only what the user types, never our own setText.
    connect(edit, &QLineEdit::textEdited, this,
            [this, field](const QString &text) { pushField(field, text, true); });
}

void PostingEditor::bindPlainTextEdit(QPlainTextEdit *edit, PostingField field)
{
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field] {
        if (!m_updating)
            pushField(field, edit->toPlainText(), true);
    });
}

void PostingEditor::pushField(PostingField field, const QVariant &value, bool typing)
{
    if (!m_document || m_document->isReadOnly() || m_document->field(field) == value)
        return;
    const QScopedValueRollback<bool> updating(m_updating, true);
    m_document->undoStack()->push(new SetFieldCommand(m_document, field, value, typing));
}

void PostingEditor::salaryEdited()
{
    // The posting takes over only a range that makes sense (amounts, minimum not above the
    // maximum), as the library stores only such ranges. Anything else stays in the fields,
    // marked, while the posting keeps its last range; typing on completes it.
    const auto min = parseAmount(m_ui->minSalaryLineEdit->text());
    const auto max = parseAmount(m_ui->maxSalaryLineEdit->text());
    if (min && max && !(*min && *max && **min > **max)) {
        const QVariant minValue = *min ? QVariant(**min) : QVariant();
        const QVariant maxValue = *max ? QVariant(**max) : QVariant();
        const bool both = m_document && m_document->field(PostingField::SalaryMin) != minValue
            && m_document->field(PostingField::SalaryMax) != maxValue;
        // Fixing a marked minimum by raising the maximum changes both: one step.
        if (both)
            m_document->undoStack()->beginMacro(tr("Edit Salary"));
        pushField(PostingField::SalaryMin, minValue, true);
        pushField(PostingField::SalaryMax, maxValue, true);
        if (both)
            m_document->undoStack()->endMacro();
    }
    updateValidation();
}

void PostingEditor::currencyEdited(const QString &text)
{
    pushField(PostingField::SalaryCurrency, text.trimmed().toUpper(), true);
    updateValidation();
}

void PostingEditor::validThroughEdited()
{
    if (m_updating)
        return;
    const bool set = m_ui->validThroughCheckBox->isChecked();
    m_ui->validThroughDateEdit->setEnabled(set && m_document && !m_document->isReadOnly());
    // Stepping through dates with the arrow keys is one burst, like typing.
    pushField(PostingField::ValidThrough, set ? m_ui->validThroughDateEdit->date() : QDate(),
              sender() == m_ui->validThroughDateEdit);
}

void PostingEditor::applyContextVariation()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QString key = m_ui->contextVariationComboBox->currentData().toString();
    if (key == m_document->posting().contextVariation)
        return;
    m_document->undoStack()->push(new ReplacePostingCommand(
        m_document, withContextVariation(m_document->posting(), key, m_variations),
        tr("Apply Context: %1").arg(m_ui->contextVariationComboBox->currentText())));
}

void PostingEditor::applyIndustry()
{
    if (!m_document || m_document->isReadOnly())
        return;
    const QString key = m_ui->industryComboBox->currentData().toString();
    if (key == m_document->posting().industry)
        return;
    m_document->undoStack()->push(new ReplacePostingCommand(
        m_document, withIndustry(m_document->posting(), key, m_industries),
        tr("Apply Industry: %1").arg(m_ui->industryComboBox->currentText())));
}

void PostingEditor::fillSalary()
{
    if (!m_document || !m_library || m_document->isReadOnly())
        return;
    SalaryFilter filter;
    filter.dataset = m_ui->salaryDatasetComboBox->currentData().toString();
    const auto rows = SalaryRepository(m_library->database()).rows(filter);
    if (!rows) {
        setMessage(m_ui->salaryNoteLabel, rows.error(), Severity::Error);
        return;
    }
    const auto match = matchSalary(m_document->posting(), rows.value());
    if (!match) {
        setMessage(m_ui->salaryNoteLabel,
                   tr("No salary figures fit this posting's level and location in %1.")
                       .arg(m_ui->salaryDatasetComboBox->currentText()),
                   Severity::Warning);
        return;
    }
    m_document->undoStack()->push(
        new SetSalaryCommand(m_document, match->range, match->explanation));
}

void PostingEditor::showField(PostingField field)
{
    if (!m_document)
        return;
    const QScopedValueRollback<bool> updating(m_updating, true);
    const Posting &posting = m_document->posting();
    const auto selectData = [](QComboBox *box, const QVariant &value) {
        box->setCurrentIndex(std::max(0, box->findData(value)));
    };
    const auto showAmount = [](QLineEdit *edit, const std::optional<double> &value) {
        // Leave what the user typed when it already says the same ("95000" for 95,000).
        const auto typed = parseAmount(edit->text());
        if (typed && *typed == value)
            return;
        edit->setText(value ? formatAmount(*value) : QString());
    };
    switch (field) {
    case PostingField::Title:
        syncText(m_ui->titleLineEdit, posting.title);
        break;
    case PostingField::Level:
        selectData(m_ui->levelComboBox, posting.level ? int(*posting.level) : -1);
        break;
    case PostingField::Department:
        syncText(m_ui->departmentLineEdit, posting.department);
        break;
    case PostingField::EmploymentType:
        selectData(m_ui->employmentTypeComboBox, int(posting.employmentType));
        break;
    case PostingField::StatusField:
        selectData(m_ui->statusComboBox, int(posting.status));
        break;
    case PostingField::BenefitsSummary:
        syncText(m_ui->benefitsPlainTextEdit, posting.benefitsSummary);
        break;
    case PostingField::ValidThrough:
        m_ui->validThroughCheckBox->setChecked(posting.validThrough.isValid());
        m_ui->validThroughDateEdit->setDate(posting.validThrough.isValid()
                                                ? posting.validThrough
                                                : QDate::currentDate().addMonths(1));
        m_ui->validThroughDateEdit->setEnabled(posting.validThrough.isValid()
                                               && !m_document->isReadOnly());
        break;
    case PostingField::CompanyName:
        syncText(m_ui->companyNameLineEdit, posting.companyName);
        break;
    case PostingField::CompanyDescription:
        syncText(m_ui->companyDescriptionPlainTextEdit, posting.companyDescription);
        break;
    case PostingField::HowToApply:
        syncText(m_ui->howToApplyPlainTextEdit, posting.howToApply);
        break;
    case PostingField::SalaryMin:
        showAmount(m_ui->minSalaryLineEdit, posting.salary.min);
        break;
    case PostingField::SalaryMax:
        showAmount(m_ui->maxSalaryLineEdit, posting.salary.max);
        break;
    case PostingField::SalaryCurrency:
        if (m_ui->currencyComboBox->currentText() != posting.salary.currency)
            m_ui->currencyComboBox->setEditText(posting.salary.currency);
        break;
    case PostingField::SalaryPeriod:
        selectData(m_ui->periodComboBox, int(posting.salary.period));
        break;
    }
}

void PostingEditor::showAll()
{
    if (m_document) {
        for (int field = int(PostingField::Title); field <= int(PostingField::SalaryPeriod);
             ++field)
            showField(PostingField(field));
        const QScopedValueRollback<bool> updating(m_updating, true);
        const Posting &posting = m_document->posting();
        m_ui->contextVariationComboBox->setCurrentIndex(
            std::max(0, m_ui->contextVariationComboBox->findData(posting.contextVariation)));
        m_ui->industryComboBox->setCurrentIndex(
            std::max(0, m_ui->industryComboBox->findData(posting.industry)));
        showSalaryNote(m_document->salaryNote());
    } else {
        const QScopedValueRollback<bool> updating(m_updating, true);
        for (QLineEdit *edit :
             { m_ui->titleLineEdit, m_ui->departmentLineEdit, m_ui->companyNameLineEdit,
               m_ui->minSalaryLineEdit, m_ui->maxSalaryLineEdit })
            edit->clear();
        for (QPlainTextEdit *edit :
             { m_ui->benefitsPlainTextEdit, m_ui->companyDescriptionPlainTextEdit,
               m_ui->howToApplyPlainTextEdit })
            edit->clear();
        showSalaryNote(QString());
    }
    updateValidation();
}

void PostingEditor::showSalaryNote(const QString &note)
{
    setMessage(m_ui->salaryNoteLabel, note, Severity::Note);
}

void PostingEditor::updateValidation()
{
    if (!m_document) {
        for (QLabel *label :
             { m_ui->titleMessageLabel, m_ui->salaryMessageLabel, m_ui->validThroughMessageLabel })
            label->hide();
        return;
    }
    const Posting &posting = m_document->posting();
    setMessage(m_ui->titleMessageLabel,
               posting.title.trimmed().isEmpty() ? tr("A title is required.") : QString(),
               Severity::Error);

    QStringList salary;
    const auto min = parseAmount(m_ui->minSalaryLineEdit->text());
    const auto max = parseAmount(m_ui->maxSalaryLineEdit->text());
    if (!min)
        salary.append(tr("The minimum is not an amount; write it like 95000 or 95,000."));
    if (!max)
        salary.append(tr("The maximum is not an amount; write it like 140000 or 140,000."));
    if (min && max && *min && *max && **min > **max)
        salary.append(tr("The minimum is above the maximum; the posting keeps its last range "
                         "until they fit."));
    static const QRegularExpression currencyCode(u"^[A-Z]{3}$"_s);
    if (!currencyCode.match(posting.salary.currency).hasMatch())
        salary.append(tr("Use a three-letter currency code, such as USD or EUR."));
    setMessage(m_ui->salaryMessageLabel, salary.join(u'\n'), Severity::Error);

    QString date;
    if (posting.validThrough.isValid() && posting.validThrough < QDate::currentDate())
        date = tr("This date has passed: the posting would show as expired.");
    setMessage(m_ui->validThroughMessageLabel, date, Severity::Warning);
}

void PostingEditor::updateEnabled()
{
    const bool open = m_document;
    const bool editable = open && !m_document->isReadOnly();
    m_ui->headerWidget->setEnabled(open);
    m_ui->readOnlyLabel->setVisible(open && m_document->isReadOnly());
    for (QLineEdit *edit :
         { m_ui->titleLineEdit, m_ui->departmentLineEdit, m_ui->companyNameLineEdit,
           m_ui->minSalaryLineEdit, m_ui->maxSalaryLineEdit })
        edit->setReadOnly(!editable);
    for (QPlainTextEdit *edit :
         { m_ui->benefitsPlainTextEdit, m_ui->companyDescriptionPlainTextEdit,
           m_ui->howToApplyPlainTextEdit })
        edit->setReadOnly(!editable);
    for (QWidget *widget : QList<QWidget *> {
             m_ui->levelComboBox, m_ui->employmentTypeComboBox, m_ui->currencyComboBox,
             m_ui->periodComboBox, m_ui->validThroughCheckBox, m_ui->contextVariationComboBox,
             m_ui->industryComboBox })
        widget->setEnabled(editable);
    // Templates have no status of their own; each posting made from one starts as a draft.
    m_ui->statusComboBox->setEnabled(editable && !m_document->posting().isTemplate);
    m_ui->validThroughDateEdit->setEnabled(editable
                                           && m_document->posting().validThrough.isValid());
    const bool canFill = editable && m_library && m_ui->salaryDatasetComboBox->count() > 1;
    m_ui->fillSalaryButton->setEnabled(canFill);
    m_ui->salaryDatasetComboBox->setEnabled(canFill);
}

std::optional<std::optional<double>> PostingEditor::parseAmount(const QString &text)
{
    QString cleaned = text.trimmed();
    if (cleaned.isEmpty())
        return std::optional<double>();
    double factor = 1;
    if (cleaned.endsWith(u'k', Qt::CaseInsensitive)) {
        factor = 1000;
        cleaned.chop(1);
    }
    static const QRegularExpression noise(u"[\\s$€£¥\\x{00a0}\\x{202f}]"_s);
    cleaned.remove(noise);
    bool ok = false;
    double value = QLocale().toDouble(cleaned, &ok);
    if (!ok) {
        // "95,000" typed in a locale that writes 95.000, or in the C locale.
        value = QLocale::c().toDouble(QString(cleaned).remove(u','), &ok);
    }
    if (!ok || !std::isfinite(value) || value < 0)
        return std::nullopt;
    return std::optional<double>(value * factor);
}

} // namespace hirekit
