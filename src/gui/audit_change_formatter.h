// AuditChangeFormatter: turns an audit row's codes and JSON before/after into words a clerk can read.
#pragma once

#include "storage/audit_log.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace orec::gui {

struct FieldChange
{
    QString key;   // the JSON key, e.g. "planned_return"
    QString label; // "Planned return"
    QString before;
    QString after;
    bool changed = false;
};

class AuditChangeFormatter
{
    Q_DECLARE_TR_FUNCTIONS(orec::gui::AuditChangeFormatter)
public:
    static QString entityName(const QString& entity);
    static QString actionName(const QString& action);
    static QString fieldLabel(const QString& key);
    static QString formatValue(const QString& entity, const QString& key, const QJsonValue& value);
    // The record in words: its name, code or number when the row carries one, else its id.
    static QString recordLabel(const AuditEntry& entry);
    // Every field of before and after, in a stable order: changed fields first, each with both values.
    static QList<FieldChange> changes(const AuditEntry& entry);
    // The entities the log knows, by code, for a filter list.
    static QStringList knownEntities();
};

} // namespace orec::gui
