#include "gui/import_package_dialog.h"

#include "app/exchange_service.h"
#include "app/register_service.h"
#include "exchange/record_codec.h"
#include "gui/audit_change_formatter.h"
#include "gui/display_format.h"
#include "gui/exchange_labels.h"
#include "gui/message_box.h"
#include "gui/window_size.h"
#include "ui_import_package_dialog.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QRegularExpression>

namespace orec::gui {

namespace {

const QColor kOpenConflict(0xff, 0xe0, 0xb2);
const QColor kDecidedConflict(0xe3, 0xf2, 0xfd);
const QColor kRefused(0xb7, 0x1c, 0x1c);
const QColor kQuiet(0x75, 0x75, 0x75);

enum Column { MemberColumn, RecordColumn, FieldColumn, HomeColumn, CellColumn, OutcomeColumn };

// "fields.results" is a part of a report's content: its label is the part's.
QString valueKey(const QString& field)
{
    return field.startsWith(QLatin1String("fields.")) ? field.mid(7) : field;
}

bool isIsoDate(const QJsonValue& value)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return value.isString() && iso.match(value.toString()).hasMatch();
}

bool looksLikeDateKey(const QString& key)
{
    return key.endsWith(QLatin1String("_date")) || key.startsWith(QLatin1String("planned_")) ||
           key == QLatin1String("date_of_birth") || key == QLatin1String("lost_contact_since") ||
           key == QLatin1String("when");
}

bool isEmptyValue(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

} // namespace

ImportPackageDialog::ImportPackageDialog(app::Session& session, exchange::ImportPlan plan, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportPackageDialog>()), m_session(session),
      m_plan(std::move(plan))
{
    m_ui->setupUi(this);
    resizeToFit(this, size()); // the form's size, or less on a small screen
    QHeaderView* header = m_ui->changesTableWidget->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->changesTableWidget->setColumnWidth(MemberColumn, 170);
    m_ui->changesTableWidget->setColumnWidth(RecordColumn, 230);
    m_ui->changesTableWidget->setColumnWidth(FieldColumn, 150);
    m_ui->changesTableWidget->setColumnWidth(HomeColumn, 170);
    m_ui->changesTableWidget->setColumnWidth(CellColumn, 170);
    m_ui->senderFingerprintLabel->setFont(ExchangeLabels::codeFont(1.6));
    m_ui->enrolmentFrame->setStyleSheet(QStringLiteral(
        "#enrolmentFrame { background: #fff8e1; border: 1px solid #ffb300; border-radius: 4px; }"));
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->dryRunTextBrowser->setVisible(false);
    m_ui->editorWidget->setVisible(false);

    connect(m_ui->changesTableWidget, &QTableWidget::currentCellChanged, this, [this] { showDetails(); });
    connect(m_ui->keepHomeButton, &QPushButton::clicked, this,
            [this] { decideCurrent(exchange::Resolution::KeepHome); });
    connect(m_ui->takeCellButton, &QPushButton::clicked, this,
            [this] { decideCurrent(exchange::Resolution::TakeCell); });
    connect(m_ui->editButton, &QPushButton::clicked, this, &ImportPackageDialog::startEditing);
    connect(m_ui->useEditedButton, &QPushButton::clicked, this, &ImportPackageDialog::useEditedValue);
    connect(m_ui->editLineEdit, &QLineEdit::returnPressed, this, &ImportPackageDialog::useEditedValue);
    connect(m_ui->keepHomeAllButton, &QPushButton::clicked, this,
            [this] { resolveAll(exchange::Resolution::KeepHome); });
    connect(m_ui->takeCellAllButton, &QPushButton::clicked, this,
            [this] { resolveAll(exchange::Resolution::TakeCell); });
    connect(m_ui->dryRunButton, &QPushButton::clicked, this, [this] { apply(true); });
    connect(m_ui->applyButton, &QPushButton::clicked, this, [this] {
        if (apply(false))
            accept();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImportPackageDialog::reject);

    retranslate();
    fillTable();
    updateSummary();
    selectNextOpenConflict(-1);
    if (m_ui->changesTableWidget->currentRow() < 0 && m_ui->changesTableWidget->rowCount() > 0)
        m_ui->changesTableWidget->setCurrentCell(0, 0);
    showDetails();
}

ImportPackageDialog::~ImportPackageDialog() = default;

void ImportPackageDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        fillTable();
        updateSummary();
        showDetails();
    }
    QDialog::changeEvent(event);
}

void ImportPackageDialog::retranslate()
{
    const exchange::PackageHeader& h = m_plan.package.header;
    setWindowTitle(tr("Import the package of cell %1").arg(m_plan.cellCode));
    // A package imported before is known by its file's hash without being opened again (its key may be
    // gone), so its time of making is not read.
    m_ui->headerLabel->setText(
        m_plan.isReplay()
            ? tr("<b>Return package %1 from cell %2 — %3</b><br>Imported before, from the laptop with "
                 "fingerprint <tt>%4</tt>.")
                  .arg(h.sequence)
                  .arg(m_plan.cellCode.toHtmlEscaped(), m_plan.cellName.toHtmlEscaped(),
                       m_plan.senderFingerprint.toHtmlEscaped())
            : tr("<b>Return package %1 from cell %2 — %3</b><br>Made on %4 by the laptop with fingerprint "
                 "<tt>%5</tt>. Nothing changes at home until you apply it.")
                  .arg(h.sequence)
                  .arg(m_plan.cellCode.toHtmlEscaped(), m_plan.cellName.toHtmlEscaped(),
                       formatDateTime(h.createdAt), m_plan.senderFingerprint.toHtmlEscaped()));
    m_ui->enrolmentFrame->setVisible(m_plan.package.enrols);
    m_ui->senderFingerprintLabel->setText(m_plan.senderFingerprint);
    QStringList notes;
    if (m_plan.isReplay())
        notes << tr("This package was imported before: applying it again changes nothing.");
    if (m_plan.package.verdict == exchange::SequenceVerdict::Gap)
        notes << tr("Packages %1 to %2 from this cell never arrived; this one carries their changes too, so "
                    "nothing is lost.")
                     .arg(m_plan.package.missingFrom)
                     .arg(m_plan.package.missingTo);
    if (!m_plan.isReplay() && m_plan.items.isEmpty())
        notes << tr("The package holds no change that home has not applied already.");
    m_ui->noteLabel->setText(notes.join(QLatin1Char(' ')));
    m_ui->noteLabel->setVisible(!notes.isEmpty());
    m_ui->dryRunButton->setToolTip(
        tr("Applies the package and rolls everything back: shows what would be written "
           "and whether the register accepts it."));
}

const exchange::FieldChange* ImportPackageDialog::fieldOf(const Row& row) const
{
    if (row.field < 0)
        return nullptr;
    return &m_plan.items.at(row.item).fields.at(row.field);
}

void ImportPackageDialog::fillTable()
{
    QTableWidget* table = m_ui->changesTableWidget;
    const int current = table->currentRow();
    table->clearContents();
    m_rows.clear();
    for (const exchange::ChangeItem& item : std::as_const(m_plan.items)) {
        if (item.fields.isEmpty())
            m_rows.append({item.index, -1});
        for (int f = 0; f < item.fields.size(); ++f)
            m_rows.append({item.index, f});
    }
    table->setRowCount(static_cast<int>(m_rows.size()));
    int previousItem = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row& r = m_rows.at(row);
        const exchange::ChangeItem& item = m_plan.items.at(r.item);
        const exchange::FieldChange* field = fieldOf(r);
        // The member and the record head their group of fields; the rows below belong to them.
        const bool first = r.item != previousItem;
        previousItem = r.item;
        QString record = item.kind == EntityKind::Member ? tr("member's own record") : item.title;
        if (item.action == exchange::ItemAction::Create)
            record = tr("%1 (new)").arg(record);
        const QString member = item.memberName.isEmpty() ? item.title : item.memberName;
        auto* memberItem = new QTableWidgetItem(first ? member : QString());
        auto* recordItem = new QTableWidgetItem(first ? record : QString());
        memberItem->setToolTip(member);
        recordItem->setToolTip(
            tr("%1, recorded by %2 on %3").arg(record, item.recordedBy, formatDateTime(item.at)));
        if (first) {
            QFont bold = memberItem->font();
            bold.setBold(true);
            memberItem->setFont(bold);
        }
        table->setItem(row, MemberColumn, memberItem);
        table->setItem(row, RecordColumn, recordItem);
        if (field) {
            table->setItem(row, FieldColumn,
                           new QTableWidgetItem(AuditChangeFormatter::fieldLabel(valueKey(field->field))));
            const QString home = item.action == exchange::ItemAction::Create
                                     ? tr("(no record yet)")
                                     : valueText(item, field->field, field->home);
            table->setItem(row, HomeColumn, new QTableWidgetItem(home));
            table->setItem(row, CellColumn, new QTableWidgetItem(valueText(item, field->field, field->cell)));
        } else {
            for (int column : {FieldColumn, HomeColumn, CellColumn})
                table->setItem(row, column, new QTableWidgetItem());
        }
        table->setItem(row, OutcomeColumn, new QTableWidgetItem());
        refreshRow(row);
    }
    if (current >= 0 && current < table->rowCount())
        table->setCurrentCell(current, 0);
}

void ImportPackageDialog::refreshRow(int row)
{
    QTableWidget* table = m_ui->changesTableWidget;
    const Row& r = m_rows.at(row);
    const exchange::ChangeItem& item = m_plan.items.at(r.item);
    const exchange::FieldChange* field = fieldOf(r);
    QTableWidgetItem* outcome = table->item(row, OutcomeColumn);
    outcome->setText(outcomeText(item, field));
    outcome->setToolTip(outcome->text());
    QBrush background;
    QBrush foreground;
    bool bold = false;
    if (field && field->outcome == exchange::FieldOutcome::Conflict) {
        background = field->needsDecision() ? kOpenConflict : kDecidedConflict;
        bold = field->needsDecision();
        // Home's value came from someone at home: say who.
        if (!field->homeChangedBy.isEmpty())
            table->item(row, HomeColumn)
                ->setToolTip(tr("Changed at home by %1 on %2")
                                 .arg(field->homeChangedBy, formatDateTime(field->homeChangedAt)));
    } else if (item.action == exchange::ItemAction::Refused ||
               (field && field->outcome == exchange::FieldOutcome::Refused)) {
        foreground = kRefused;
    } else if (field && field->outcome == exchange::FieldOutcome::AlreadySame) {
        foreground = kQuiet;
    }
    for (int column = FieldColumn; column <= OutcomeColumn; ++column) {
        QTableWidgetItem* cell = table->item(row, column);
        cell->setBackground(background);
        cell->setForeground(foreground);
    }
    QFont font = outcome->font();
    font.setBold(bold);
    outcome->setFont(font);
}

QString ImportPackageDialog::outcomeText(const exchange::ChangeItem& item,
                                         const exchange::FieldChange* field) const
{
    if (item.action == exchange::ItemAction::Refused)
        return tr("refused: %1").arg(item.refusedReason);
    if (!field)
        return {};
    if (item.action == exchange::ItemAction::Create)
        return tr("will be added");
    switch (field->outcome) {
    case exchange::FieldOutcome::Apply:
        return tr("will be applied");
    case exchange::FieldOutcome::AlreadySame:
        return tr("home already has it");
    case exchange::FieldOutcome::Refused:
        return field->refusedReason.isEmpty() ? tr("refused: not the secretary's to change")
                                              : tr("refused: %1").arg(field->refusedReason);
    case exchange::FieldOutcome::Conflict:
        switch (field->resolution) {
        case exchange::Resolution::Unresolved:
            return tr("CONFLICT: decide below");
        case exchange::Resolution::KeepHome:
            return tr("conflict: home's value kept");
        case exchange::Resolution::TakeCell:
            return tr("conflict: the cell's value taken");
        case exchange::Resolution::Edit: {
            const QString text = isEmptyValue(field->edited)
                                     ? tr("(empty)")
                                     : AuditChangeFormatter::formatValue(
                                           entityName(item.kind), valueKey(field->field), field->edited);
            return tr("conflict: edited to “%1”").arg(text);
        }
        }
    }
    return {};
}

QString ImportPackageDialog::valueText(const exchange::ChangeItem& item, const QString& field,
                                       const QJsonValue& value)
{
    if (isEmptyValue(value))
        return tr("(empty)");
    if (const auto target = exchange::RecordCodec::referenceTarget(item.kind, field);
        target && value.isString())
        return referenceLabel(*target, value.toString());
    const QString text = AuditChangeFormatter::formatValue(entityName(item.kind), valueKey(field), value);
    // Multi-line content (extensions, a report's paragraphs) reads on one line in the list.
    return text.isEmpty() ? tr("(empty)") : text.simplified();
}

QString ImportPackageDialog::referenceLabel(EntityKind target, const QString& uuid)
{
    if (const auto it = m_labels.constFind(uuid); it != m_labels.constEnd())
        return it.value();
    QString label;
    app::RegisterService reg(m_session);
    switch (target) {
    case EntityKind::Member:
        if (auto member = reg.findMember(uuid))
            label = member->fullName;
        break;
    case EntityKind::Unit:
        if (!m_unitsLoaded) {
            m_unitsLoaded = true;
            if (auto units = reg.units()) {
                for (const PartyUnit& unit : std::as_const(*units))
                    m_labels.insert(unit.uuid, QStringLiteral("%1 — %2").arg(unit.code, unit.name));
            }
            if (m_labels.contains(uuid))
                return m_labels.value(uuid);
        }
        break;
    case EntityKind::Posting:
        if (auto posting = reg.findPosting(uuid)) {
            auto member = reg.member(posting->memberId);
            label = tr("posting of %1 (%2)")
                        .arg(member ? member->fullName : tr("unknown member"),
                             posting->countryCodes.join(QStringLiteral(", ")));
        }
        break;
    case EntityKind::Report:
    case EntityKind::Transfer:
        break;
    }
    if (label.isEmpty()) {
        // A record the same package creates is named by its own change.
        for (const exchange::ChangeItem& item : std::as_const(m_plan.items)) {
            if (item.uuid == uuid)
                label = item.title;
        }
    }
    if (label.isEmpty())
        label = tr("%1 %2…").arg(exchange::entityDisplayName(target), uuid.left(8));
    m_labels.insert(uuid, label);
    return label;
}

ImportPackageDialog::EditorKind ImportPackageDialog::editorFor(const exchange::ChangeItem& item,
                                                               const exchange::FieldChange& field) const
{
    if (exchange::RecordCodec::referenceTarget(item.kind, field.field))
        return EditorKind::None;
    const QString key = valueKey(field.field);
    bool date = looksLikeDateKey(key);
    bool longText = field.field.startsWith(QLatin1String("fields."));
    for (const QJsonValue& value : {field.home, field.cell, field.base}) {
        if (isEmptyValue(value))
            continue;
        if (!value.isString())
            return EditorKind::None; // numbers, yes/no, lists: choose one side
        date = date || isIsoDate(value);
        const QString text = value.toString();
        longText = longText || text.size() > 60 || text.contains(QLatin1Char('\n'));
        // A code shown in words (a status, a purpose) is chosen from a fixed set, not typed.
        if (!date && AuditChangeFormatter::formatValue(entityName(item.kind), key, value) != text)
            return EditorKind::None;
    }
    if (date)
        return EditorKind::Date;
    return longText ? EditorKind::LongText : EditorKind::Text;
}

void ImportPackageDialog::showDetails()
{
    const int row = m_ui->changesTableWidget->currentRow();
    m_ui->editorWidget->setVisible(false);
    const bool valid = row >= 0 && row < m_rows.size();
    const exchange::FieldChange* field = valid ? fieldOf(m_rows.at(row)) : nullptr;
    const exchange::ChangeItem* item = valid ? &m_plan.items.at(m_rows.at(row).item) : nullptr;
    const bool conflict = field && item->action != exchange::ItemAction::Refused &&
                          field->outcome == exchange::FieldOutcome::Conflict;
    for (QWidget* w : {static_cast<QWidget*>(m_ui->keepHomeButton),
                       static_cast<QWidget*>(m_ui->takeCellButton), static_cast<QWidget*>(m_ui->editButton)})
        w->setVisible(conflict);
    if (!field) {
        m_ui->detailsGroupBox->setTitle(
            item ? tr("%1 — %2").arg(exchange::entityDisplayName(item->kind), item->title)
                 : tr("Selected change"));
        m_ui->baseValueLabel->clear();
        m_ui->homeValueLabel->clear();
        m_ui->cellValueLabel->setText(item ? outcomeText(*item, nullptr) : QString());
        m_ui->decisionNoteLabel->clear();
        return;
    }
    m_ui->detailsGroupBox->setTitle(tr("%1 — %2: %3")
                                        .arg(item->memberName.isEmpty() ? item->title : item->memberName,
                                             exchange::entityDisplayName(item->kind),
                                             AuditChangeFormatter::fieldLabel(valueKey(field->field))));
    const bool created = item->action == exchange::ItemAction::Create;
    m_ui->baseValueLabel->setText(created ? tr("(a new record)")
                                          : valueText(*item, field->field, field->base));
    QString home = created ? tr("(no record yet)") : valueText(*item, field->field, field->home);
    if (conflict && !field->homeChangedBy.isEmpty())
        home +=
            QLatin1Char('\n') +
            tr("changed at home by %1 on %2").arg(field->homeChangedBy, formatDateTime(field->homeChangedAt));
    m_ui->homeValueLabel->setText(home);
    m_ui->cellValueLabel->setText(
        valueText(*item, field->field, field->cell) + QLatin1Char('\n') +
        tr("recorded in the cell by %1 on %2").arg(item->recordedBy, formatDateTime(item->at)));
    QString note;
    if (conflict) {
        const EditorKind editor = editorFor(*item, *field);
        m_ui->editButton->setEnabled(editor != EditorKind::None);
        note = tr("Both home and the cell changed this field since the cell's last package from home.") +
               QLatin1Char(' ');
        if (exchange::RecordCodec::referenceTarget(item->kind, field->field))
            note += tr("It points to another record, so it is not typed: keep home's or take the cell's, and "
                       "change it in the register afterwards if neither is right.");
        else if (editor == EditorKind::None)
            note += tr("Its value is chosen from a fixed list, so it is not typed: keep home's or take the "
                       "cell's, and change it in the register afterwards if neither is right.");
        else
            note += tr("Keep home's value, take the cell's, or type the right one.");
        if (!field->needsDecision())
            note += QLatin1Char(' ') + tr("Decided: %1.").arg(outcomeText(*item, field));
    } else {
        note = outcomeText(*item, field);
    }
    m_ui->decisionNoteLabel->setText(note);
}

int ImportPackageDialog::rowOf(int itemIndex, const QString& field) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row& r = m_rows.at(row);
        if (r.item == itemIndex && r.field >= 0 && m_plan.items.at(r.item).fields.at(r.field).field == field)
            return row;
    }
    return -1;
}

bool ImportPackageDialog::resolve(int itemIndex, const QString& field, exchange::Resolution resolution,
                                  const QJsonValue& edited)
{
    if (!m_plan.resolve(itemIndex, field, resolution, edited))
        return false;
    m_decided = true;
    if (const int row = rowOf(itemIndex, field); row >= 0)
        refreshRow(row);
    m_ui->dryRunTextBrowser->setVisible(false); // a trial of other decisions says nothing about these
    updateSummary();
    showDetails();
    return true;
}

void ImportPackageDialog::resolveAll(exchange::Resolution resolution)
{
    for (const exchange::ChangeItem& item : std::as_const(m_plan.items)) {
        for (const exchange::FieldChange& f : item.fields) {
            if (f.needsDecision() && item.action != exchange::ItemAction::Refused)
                resolve(item.index, f.field, resolution);
        }
    }
}

void ImportPackageDialog::decideCurrent(exchange::Resolution resolution)
{
    const int row = m_ui->changesTableWidget->currentRow();
    if (row < 0 || row >= m_rows.size() || !fieldOf(m_rows.at(row)))
        return;
    const Row r = m_rows.at(row);
    if (resolve(r.item, fieldOf(r)->field, resolution))
        selectNextOpenConflict(row);
}

void ImportPackageDialog::startEditing()
{
    const int row = m_ui->changesTableWidget->currentRow();
    if (row < 0 || row >= m_rows.size() || !fieldOf(m_rows.at(row)))
        return;
    const exchange::ChangeItem& item = m_plan.items.at(m_rows.at(row).item);
    const exchange::FieldChange& field = *fieldOf(m_rows.at(row));
    // Start from what was decided, else from the cell's value: usually the closer of the two.
    const QJsonValue start = field.resolution == exchange::Resolution::Edit ? field.edited : field.cell;
    switch (editorFor(item, field)) {
    case EditorKind::None:
        return;
    case EditorKind::Text:
        m_ui->editorStackedWidget->setCurrentWidget(m_ui->textEditorPage);
        m_ui->editLineEdit->setText(start.toString());
        m_ui->editorWidget->setVisible(true);
        m_ui->editLineEdit->setFocus();
        m_ui->editLineEdit->selectAll();
        break;
    case EditorKind::LongText:
        m_ui->editorStackedWidget->setCurrentWidget(m_ui->longTextEditorPage);
        m_ui->editPlainTextEdit->setPlainText(start.toString());
        m_ui->editorWidget->setVisible(true);
        m_ui->editPlainTextEdit->setFocus();
        break;
    case EditorKind::Date:
        m_ui->editorStackedWidget->setCurrentWidget(m_ui->dateEditorPage);
        m_ui->editDateLineEdit->setDate(QDate::fromString(start.toString(), Qt::ISODate));
        m_ui->editorWidget->setVisible(true);
        m_ui->editDateLineEdit->setFocus();
        break;
    }
}

void ImportPackageDialog::useEditedValue()
{
    const int row = m_ui->changesTableWidget->currentRow();
    if (row < 0 || row >= m_rows.size() || !fieldOf(m_rows.at(row)) || !m_ui->editorWidget->isVisible())
        return;
    QJsonValue value;
    QWidget* page = m_ui->editorStackedWidget->currentWidget();
    if (page == m_ui->textEditorPage) {
        const QString text = m_ui->editLineEdit->text().trimmed();
        value = text.isEmpty() ? QJsonValue() : QJsonValue(text);
    } else if (page == m_ui->longTextEditorPage) {
        const QString text = m_ui->editPlainTextEdit->toPlainText().trimmed();
        value = text.isEmpty() ? QJsonValue() : QJsonValue(text);
    } else {
        if (!m_ui->editDateLineEdit->hasValidText()) {
            m_ui->decisionNoteLabel->setText(tr("“%1” is not a date.").arg(m_ui->editDateLineEdit->text()));
            m_ui->editDateLineEdit->setFocus();
            return;
        }
        const QDate date = m_ui->editDateLineEdit->date();
        value = date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
    }
    const Row r = m_rows.at(row);
    if (resolve(r.item, fieldOf(r)->field, exchange::Resolution::Edit, value))
        selectNextOpenConflict(row);
}

void ImportPackageDialog::selectNextOpenConflict(int after)
{
    const int count = static_cast<int>(m_rows.size());
    for (int step = 1; step <= count; ++step) {
        const int row = (after + step + count) % count;
        const exchange::FieldChange* field = fieldOf(m_rows.at(row));
        if (field && field->needsDecision() &&
            m_plan.items.at(m_rows.at(row).item).action != exchange::ItemAction::Refused) {
            m_ui->changesTableWidget->setCurrentCell(row, 0);
            m_ui->changesTableWidget->scrollToItem(m_ui->changesTableWidget->item(row, 0));
            return;
        }
    }
}

void ImportPackageDialog::updateSummary()
{
    int records = 0;
    int refused = 0;
    for (const exchange::ChangeItem& item : std::as_const(m_plan.items)) {
        ++records;
        refused += item.action == exchange::ItemAction::Refused ? 1 : 0;
    }
    const int open = m_plan.unresolvedCount();
    QString text = tr("%n record(s) changed in the cell", nullptr, records);
    if (refused > 0)
        text += QStringLiteral(", ") + tr("%n refused", nullptr, refused);
    text += QStringLiteral("; ") + tr("%n conflict(s)", nullptr, m_plan.conflictCount());
    if (open > 0)
        text += QStringLiteral(", ") +
                tr("<b>%n still to decide</b>: Apply waits until every one is decided.", nullptr, open);
    m_ui->summaryLabel->setText(text + QLatin1Char('.'));
    m_ui->applyButton->setEnabled(canApply());
    m_ui->applyButton->setToolTip(canApply() ? QString() : tr("Decide every conflict first."));
    m_ui->dryRunButton->setEnabled(!m_plan.isReplay());
    m_ui->keepHomeAllButton->setVisible(m_plan.conflictCount() > 0);
    m_ui->takeCellAllButton->setVisible(m_plan.conflictCount() > 0);
    m_ui->keepHomeAllButton->setEnabled(open > 0);
    m_ui->takeCellAllButton->setEnabled(open > 0);
}

bool ImportPackageDialog::canApply() const
{
    return m_plan.unresolvedCount() == 0;
}

QString ImportPackageDialog::whatWouldChange(const exchange::ImportPlan& plan)
{
    QStringList lines;
    for (const exchange::ChangeItem& item : plan.items) {
        if (item.action == exchange::ItemAction::Refused)
            continue;
        QStringList fields;
        for (const exchange::FieldChange& f : item.fields) {
            const QJsonValue value = item.action == exchange::ItemAction::Create ? f.cell : f.finalValue();
            if (value.isUndefined())
                continue;
            fields << tr("%1: %2").arg(AuditChangeFormatter::fieldLabel(valueKey(f.field)).toHtmlEscaped(),
                                       valueText(item, f.field, value).toHtmlEscaped());
        }
        if (fields.isEmpty())
            continue;
        const QString record =
            item.kind == EntityKind::Member ? item.title : tr("%1 (%2)").arg(item.title, item.memberName);
        lines << QStringLiteral("<li><b>%1</b>%2 — %3</li>")
                     .arg(record.toHtmlEscaped(),
                          item.action == exchange::ItemAction::Create ? QStringLiteral(" ") + tr("(new)")
                                                                      : QString(),
                          fields.join(QStringLiteral("; ")));
    }
    if (lines.isEmpty())
        return QStringLiteral("<p>") + tr("Nothing would be written.") + QStringLiteral("</p>");
    return QStringLiteral("<ul style='margin-left: 0px'>") + lines.join(QString()) + QStringLiteral("</ul>");
}

bool ImportPackageDialog::apply(bool dryRun)
{
    if (!dryRun && !canApply())
        return false;
    // A trial before every conflict is decided keeps home's value in the open ones, and says so.
    exchange::ImportPlan trial = m_plan;
    const int open = trial.unresolvedCount();
    if (dryRun && open > 0)
        trial.resolveAll(exchange::Resolution::KeepHome);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto done = app::ExchangeService(m_session).applyImport(dryRun ? trial : m_plan, dryRun);
    QApplication::restoreOverrideCursor();
    if (dryRun) {
        QString html;
        if (!done) {
            html = QStringLiteral("<p style='color:#b71c1c'><b>%1</b> %2</p>")
                       .arg(tr("The register would refuse this package:"),
                            done.error().message.toHtmlEscaped()) +
                   QStringLiteral("<p>") + tr("Nothing was saved.") + QStringLiteral("</p>");
        } else {
            html = QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(tr("Dry run, nothing was saved:"),
                            tr("%1 new record(s) and %2 changed, %3 field(s) written, %4 refused.")
                                .arg(done->created)
                                .arg(done->updated)
                                .arg(done->fieldsApplied)
                                .arg(done->refused));
            if (open > 0)
                html += QStringLiteral("<p>") +
                        tr("%n conflict(s) not decided yet were tried with home's value.", nullptr, open) +
                        QStringLiteral("</p>");
            for (const QString& note : std::as_const(done->notes))
                html += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
            html += whatWouldChange(trial);
        }
        m_ui->dryRunTextBrowser->setHtml(html);
        m_ui->dryRunTextBrowser->setVisible(true);
        return done.ok();
    }
    if (!done) {
        MessageBox::warning(this, tr("Package not applied"),
                            done.error().message + QStringLiteral("\n\n") +
                                tr("Nothing was changed at home."));
        return false;
    }
    m_outcome = *done;
    QString text = done->replay
                       ? done->notes.join(QLatin1Char('\n'))
                       : tr("%1 new record(s) and %2 changed; %3 conflict(s) decided and recorded in the "
                            "audit log; %4 change(s) refused.")
                             .arg(done->created)
                             .arg(done->updated)
                             .arg(done->conflictsResolved)
                             .arg(done->refused);
    if (!done->replay && !done->notes.isEmpty())
        text += QLatin1Char('\n') + done->notes.join(QLatin1Char('\n'));
    if (done->enrolledLaptop)
        text += QStringLiteral("\n\n") +
                tr("The laptop with fingerprint %1 is now this cell's registered secretary.")
                    .arg(done->secretaryFingerprint);
    if (!done->replay)
        text += QStringLiteral("\n\n") +
                tr("Home's next cell package tells the secretary what became of each change.");
    MessageBox::information(this, tr("Package applied"), text);
    return true;
}

QString ImportPackageDialog::dryRunText() const
{
    return m_ui->dryRunTextBrowser->isVisibleTo(this) ? m_ui->dryRunTextBrowser->toPlainText() : QString();
}

void ImportPackageDialog::reject()
{
    // Decisions taken would be lost: ask, as any form with edits does.
    if (m_decided && !m_outcome) {
        const auto answer = MessageBox::question(
            this, tr("Decisions not applied"),
            tr("You decided conflicts but did not apply the package. Close and throw the decisions away?"),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

} // namespace orec::gui
