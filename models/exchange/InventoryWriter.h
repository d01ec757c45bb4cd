#pragma once

#include "domain/ApiKey.h"
#include "store/KeyQuery.h"

class QIODevice;

//! Streams the key inventory as CSV (RFC 4180) or JSON. Never a secret or digest:
//! it writes what KeyJson gives, and neutralises spreadsheet formulas in CSV.
class InventoryWriter final {
public:
    InventoryWriter(QIODevice &device, ExportFormat format, const QDateTime &now);

    void begin();
    void add(const ApiKey &key);
    void finish();

    //! One CSV field: quoted when needed; defused with a leading ' when it starts with a
    //! tab or CR, or with = + - @ or their full-width forms (＝ ＋ － ＠), also after
    //! leading spaces and control characters.
    static QString csvField(const QString &value);
    static QStringList columns();
    static constexpr int ColumnCount = 12;

private:
    void write(const QString &text);

    QIODevice &m_device;
    ExportFormat m_format;
    QDateTime m_now;
    int m_written = 0;
};
