#pragma once

#include "domain/Directory.h"
#include "exchange/InventoryWriter.h"
#include "http/HttpMessage.h"
#include "store/KeyQuery.h"
#include "store/StoreError.h"

#include <QBuffer>
#include <QByteArray>
#include <QFuture>
#include <optional>

class SqlKeyStore;

//! The body of `GET /v1/export`: the keys an export selects, in name order, in the very
//! bytes a file export holds, made one store page (a thousand keys) at a time as the
//! client takes them. The next page is read while one goes out, and no further: a client
//! that stops reading holds at most two pages. A page that cannot be read ends the body
//! unfinished.
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
    std::optional<QFuture<StoreResult<KeyPage>>> m_nextPage; //!< read while the last goes out
    bool m_begun = false;
};
