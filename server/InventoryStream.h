#pragma once

#include "domain/Directory.h"
#include "exchange/InventoryWriter.h"
#include "http/HttpMessage.h"
#include "store/KeyQuery.h"

#include <QBuffer>
#include <QByteArray>

class SqlKeyStore;

//! The body of `GET /v1/export`: the keys an export selects, in name order, in the very
//! bytes a file export holds, made one store page (a thousand keys) at a time as the
//! client takes them. A key that cannot be read ends the body unfinished.
class InventoryStream final : public HttpBodySource {
    Q_DISABLE_COPY_MOVE(InventoryStream)

public:
    //! @p start is the export as SqlKeyStore::startExport() recorded it.
    InventoryStream(SqlKeyStore &store, Actor actor, KeyFilter filter, ExportFormat format,
                    ExportStart start);

    std::optional<QByteArray> next() override;

private:
    SqlKeyStore &m_store;
    const Actor m_actor;
    const KeyFilter m_filter;
    const ExportStart m_start;
    QByteArray m_piece;
    QBuffer m_device;
    InventoryWriter m_writer;
    QString m_after; //!< the cursor of the next page
    bool m_begun = false;
    bool m_ended = false;
};
