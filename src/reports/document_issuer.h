// DocumentIssuer: who issues a printed document: committee names, number, place, date and signer.
#pragma once

#include "reports/party_document.h"

#include <QDate>
#include <QString>

namespace orec::reports {

struct DocumentIssuer
{
    QString superiorUnit;   // "Đảng bộ Khối các cơ quan Trung ương"; may be empty
    QString issuingUnit;    // "Đảng ủy Bộ Ngoại giao"
    QString documentNumber; // "Số 12-DS/ĐU"; empty leaves the number to be written by hand
    QString place;          // "Hà Nội"; empty: the settings' place, else Hà Nội
    QDate date;             // the date on the document; invalid leaves it blank
    Signature signature;    // T/M ..., position, name, recipients
    bool draft = false;     // "BẢN NHÁP" on every page, no number

    // Copies the header fields into a document.
    void applyTo(PartyDocument& document) const
    {
        document.header.superiorUnit = superiorUnit;
        document.header.issuingUnit = issuingUnit;
        document.header.documentNumber = documentNumber;
        document.header.place = place.isEmpty() ? QStringLiteral("Hà Nội") : place;
        document.header.date = date;
        document.header.draft = draft;
        document.signature = signature;
    }
};

} // namespace orec::reports
