#include "gui/field_status_dialog.h"

#include "app/exchange_service.h"
#include "app/query_service.h"
#include "app/register_service.h"
#include "gui/audit_change_formatter.h"
#include "gui/display_format.h"
#include "gui/window_size.h"
#include "ui_field_status_dialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QPushButton>

namespace orec::gui {

namespace {

// Bookkeeping keys every write touches: not what the secretary changed.
bool isBookkeeping(const QString& key)
{
    return key == QLatin1String("version") || key == QLatin1String("updated_at") ||
           key == QLatin1String("created_at") || key == QLatin1String("uuid") || key == QLatin1String("id");
}

// The fields a change touched, in words: "Phone, E-mail". A report's content counts key by key.
QString changedFields(const QJsonObject& before, const QJsonObject& after)
{
    QStringList labels;
    QStringList keys = after.keys();
    for (const QString& key : before.keys()) {
        if (!keys.contains(key))
            keys.append(key);
    }
    for (const QString& key : std::as_const(keys)) {
        if (isBookkeeping(key) || before.value(key) == after.value(key))
            continue;
        if (key == QLatin1String("fields") && before.value(key).isObject()) {
            const QJsonObject b = before.value(key).toObject();
            const QJsonObject a = after.value(key).toObject();
            QStringList inner = a.keys();
            for (const QString& k : b.keys()) {
                if (!inner.contains(k))
                    inner.append(k);
            }
            for (const QString& k : std::as_const(inner)) {
                if (b.value(k) != a.value(k))
                    labels.append(AuditChangeFormatter::fieldLabel(k));
            }
            continue;
        }
        labels.append(AuditChangeFormatter::fieldLabel(key));
    }
    constexpr int kShown = 5;
    if (labels.size() > kShown)
        return FieldStatusDialog::tr("%1 and %n more", nullptr, static_cast<int>(labels.size() - kShown))
            .arg(labels.mid(0, kShown).join(QStringLiteral(", ")));
    return labels.join(QStringLiteral(", "));
}

QString recordText(const QString& entity, const QJsonObject& record)
{
    QString text = AuditChangeFormatter::entityName(entity);
    if (entity == QLatin1String("report") && record.contains(QLatin1String("kind")))
        text += QStringLiteral(": ") + AuditChangeFormatter::formatValue(entity, QStringLiteral("kind"),
                                                                         record.value(QLatin1String("kind")));
    return text;
}

QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

FieldStatusDialog::FieldStatusDialog(app::Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FieldStatusDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    resizeToFit(this, size()); // the form's size, or less on a small screen
    for (QTableWidget* table : {m_ui->pendingTableWidget, m_ui->acknowledgedTableWidget}) {
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->setWordWrap(true);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

FieldStatusDialog::~FieldStatusDialog() = default;

void FieldStatusDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    }
    QDialog::changeEvent(event);
}

int FieldStatusDialog::pendingCount() const
{
    return m_ui->pendingTableWidget->rowCount();
}
int FieldStatusDialog::acknowledgedCount() const
{
    return m_ui->acknowledgedTableWidget->rowCount();
}

QString FieldStatusDialog::pendingText(int row, int column) const
{
    const QTableWidgetItem* item = m_ui->pendingTableWidget->item(row, column);
    return item ? item->text() : QString();
}

QString FieldStatusDialog::acknowledgedText(int row, int column) const
{
    const QTableWidgetItem* item = m_ui->acknowledgedTableWidget->item(row, column);
    return item ? item->text() : QString();
}

QString FieldStatusDialog::summaryText() const
{
    return m_ui->summaryLabel->text();
}

QString FieldStatusDialog::memberName(const QString& entity, const QString& uuid, const QJsonObject& record)
{
    QString memberUuid = uuid;
    if (entity == QLatin1String("member")) {
        const QString name = record.value(QLatin1String("full_name")).toString();
        if (!name.isEmpty())
            return name;
    } else if (entity == QLatin1String("unit")) {
        return {};
    } else {
        memberUuid = record.value(QLatin1String("member_id")).toString();
        if (memberUuid.isEmpty() && entity == QLatin1String("report")) {
            indexReports();
            memberUuid = m_reports.value(uuid).memberUuid;
        }
    }
    if (memberUuid.isEmpty())
        return {};
    if (const auto it = m_names.constFind(memberUuid); it != m_names.constEnd())
        return it.value();
    QString name;
    if (auto member = app::RegisterService(m_session).findMember(memberUuid))
        name = member->fullName;
    m_names.insert(memberUuid, name);
    return name;
}

void FieldStatusDialog::indexReports()
{
    if (m_reportsIndexed)
        return;
    m_reportsIndexed = true;
    // A laptop holds one cell: its members, their postings and reports are few.
    auto members = app::QueryService(m_session).members(MemberFilter{}, MemberSort{}, 0, 5000);
    if (!members)
        return;
    app::RegisterService reg(m_session);
    for (const MemberRow& member : std::as_const(*members)) {
        m_names.insert(member.uuid, member.fullName);
        auto postings = reg.postingsOfMember(member.id);
        if (!postings)
            continue;
        for (const Posting& posting : std::as_const(*postings)) {
            auto reports = reg.reportsOfPosting(posting.id);
            if (!reports)
                continue;
            for (const Report& report : std::as_const(*reports))
                m_reports.insert(report.uuid, {member.uuid, displayName(report.kind)});
        }
    }
}

QString FieldStatusDialog::whatHomeDid(const QJsonObject& item)
{
    if (item.value(QLatin1String("refused")).toBool())
        return tr("Refused: home did not apply it.");
    // Every field applied is the common case: name only the fields where something else happened.
    QStringList exceptions;
    int applied = 0;
    const QJsonObject fields = item.value(QLatin1String("fields")).toObject();
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (isBookkeeping(it.key()))
            continue;
        const QString code = it.value().toString();
        if (code == QLatin1String("apply")) {
            ++applied;
            continue;
        }
        QString key = it.key();
        if (key.startsWith(QLatin1String("fields.")))
            key = key.mid(7);
        exceptions.append(tr("%1: %2").arg(AuditChangeFormatter::fieldLabel(key), outcomeWord(code)));
    }
    if (exceptions.isEmpty())
        return tr("Applied.");
    if (applied > 0)
        exceptions.append(tr("the other %n field(s) applied", nullptr, applied));
    return exceptions.join(QStringLiteral("; "));
}

QString FieldStatusDialog::outcomeWord(const QString& code)
{
    if (code == QLatin1String("apply"))
        return tr("applied");
    if (code == QLatin1String("already_same"))
        return tr("already so at home");
    if (code == QLatin1String("keep_home"))
        return tr("home kept its value");
    if (code == QLatin1String("take_cell"))
        return tr("your value was taken");
    if (code == QLatin1String("edit"))
        return tr("edited at home");
    if (code == QLatin1String("refused"))
        return tr("refused");
    return code;
}

void FieldStatusDialog::reload()
{
    m_names.clear();
    m_reports.clear();
    m_reportsIndexed = false;
    auto status = app::ExchangeService(m_session).fieldStatus();
    if (!status) {
        m_ui->summaryLabel->setText(status.error().message.toHtmlEscaped());
        m_ui->pendingTableWidget->setRowCount(0);
        m_ui->acknowledgedTableWidget->setRowCount(0);
        return;
    }
    setWindowTitle(tr("Status of my changes — cell %1").arg(status->cellCode));

    QString summary = tr("<b>Cell %1.</b> Home's package %2 is installed on this laptop.")
                          .arg(status->cellCode.toHtmlEscaped())
                          .arg(status->installedSequence);
    summary += QLatin1Char(' ');
    if (status->lastSent == 0)
        summary += tr("You have not sent a return package yet.");
    else if (status->acknowledgedSequence == 0)
        summary += tr("You sent %n return package(s); home has not acknowledged any yet.", nullptr,
                      static_cast<int>(status->lastSent));
    else
        summary += tr("You sent %1 return package(s); home applied them up to your package %2 (change %3).")
                       .arg(status->lastSent)
                       .arg(status->acknowledgedSequence)
                       .arg(status->acknowledgedChange);
    if (!status->keysAcknowledged)
        summary += QLatin1Char(' ') +
                   tr("Home has not registered this laptop's keys yet: compare the fingerprints by phone.");
    m_ui->summaryLabel->setText(summary);

    // ---- waiting for home --------------------------------------------------------------------------
    QTableWidget* pending = m_ui->pendingTableWidget;
    pending->setRowCount(static_cast<int>(status->pending.size()));
    int unsent = 0;
    for (int row = 0; row < status->pending.size(); ++row) {
        const OutboxChange& change = status->pending.at(row);
        const QJsonObject record = change.after.isEmpty() ? change.before : change.after;
        pending->setItem(row, NumberColumn, cell(QString::number(change.changeNo)));
        pending->setItem(row, RecordedColumn, cell(formatDateTime(change.at)));
        pending->setItem(row, ByColumn, cell(change.user));
        pending->setItem(row, MemberColumn, cell(memberName(change.entity, change.entityUuid, record)));
        pending->setItem(row, RecordColumn, cell(recordText(change.entity, record)));
        QString what = AuditChangeFormatter::actionName(change.action);
        const QString fields = changedFields(change.before, change.after);
        if (!fields.isEmpty() && !change.before.isEmpty())
            what += QStringLiteral(" — ") + fields;
        pending->setItem(row, ChangeColumn, cell(what));
        if (change.firstSentIn == 0)
            ++unsent;
        pending->setItem(
            row, SentColumn,
            cell(change.firstSentIn ? tr("in package %1").arg(change.firstSentIn) : tr("not sent yet")));
    }
    m_ui->pendingCaptionLabel->setText(
        status->pending.isEmpty()
            ? tr("Nothing waits for home: every change recorded here has reached home.")
            : tr("%n change(s) recorded here have not reached home yet", nullptr,
                 static_cast<int>(status->pending.size())) +
                  (unsent > 0
                       ? QStringLiteral(" ") +
                             tr("(%n not sent in any package: export a return package).", nullptr, unsent)
                       : QStringLiteral(".")));

    // ---- what home did ------------------------------------------------------------------------------
    QTableWidget* acknowledged = m_ui->acknowledgedTableWidget;
    acknowledged->setRowCount(0);
    const QJsonArray packages = status->lastAcknowledgement.value(QLatin1String("packages")).toArray();
    for (const QJsonValue& packageValue : packages) {
        const QJsonObject package = packageValue.toObject();
        const QString sequence = QString::number(package.value(QLatin1String("sequence")).toInteger());
        for (const QJsonValue& itemValue : package.value(QLatin1String("items")).toArray()) {
            const QJsonObject item = itemValue.toObject();
            const QString entity = item.value(QLatin1String("entity")).toString();
            const QString uuid = item.value(QLatin1String("uuid")).toString();
            QJsonObject record;
            QString recordName = AuditChangeFormatter::entityName(entity);
            if (entity == QLatin1String("posting")) {
                app::RegisterService reg(m_session);
                if (auto posting = reg.findPosting(uuid)) {
                    if (auto member = reg.member(posting->memberId))
                        record.insert(QStringLiteral("member_id"), member->uuid);
                }
            } else if (entity == QLatin1String("report")) {
                indexReports();
                if (const auto it = m_reports.constFind(uuid); it != m_reports.constEnd())
                    recordName += QStringLiteral(": ") + it->kind;
            }
            QStringList numbers;
            for (const QJsonValue& n : item.value(QLatin1String("changes")).toArray())
                numbers.append(QString::number(n.toInteger()));
            const QString outcome = whatHomeDid(item);
            const int row = acknowledged->rowCount();
            acknowledged->insertRow(row);
            acknowledged->setItem(row, PackageColumn, cell(sequence));
            acknowledged->setItem(row, AckMemberColumn, cell(memberName(entity, uuid, record)));
            acknowledged->setItem(row, AckRecordColumn, cell(recordName));
            acknowledged->setItem(row, ChangesColumn, cell(numbers.join(QStringLiteral(", "))));
            acknowledged->setItem(row, OutcomeColumn, cell(outcome));
        }
    }
    m_ui->acknowledgedCaptionLabel->setText(
        acknowledged->rowCount() == 0
            ? tr("Home's last package did not report on any of your changes yet.")
            : tr("What home's last package (number %1) says it did with your changes, which have reached home:")
                  .arg(status->installedSequence));

    m_ui->fingerprintsLabel->setText(
        tr("Home's fingerprint: <tt>%1</tt><br>This laptop's fingerprint: <tt>%2</tt>")
            .arg((status->homeFingerprint.isEmpty() ? tr("not known") : status->homeFingerprint)
                     .toHtmlEscaped(),
                 status->ownFingerprint.toHtmlEscaped()));

    const int widths[] = {45, 125, 90, 160, 150, 240};
    for (int column = 0; column < 6; ++column)
        pending->setColumnWidth(column, widths[column]);
    const int ackWidths[] = {100, 190, 210, 70};
    for (int column = 0; column < 4; ++column)
        acknowledged->setColumnWidth(column, ackWidths[column]);
}

} // namespace orec::gui
