#include "InventoryStream.h"

#include "sql/SqlKeyStore.h"
#include "store/Awaited.h"

#include <utility>

InventoryStream::InventoryStream(SqlKeyStore &store, Actor actor, KeyFilter filter,
                                 ExportFormat format, ExportStart start)
    : m_store(store)
    , m_actor(std::move(actor))
    , m_filter(std::move(filter))
    , m_start(std::move(start))
    , m_device(&m_piece)
    , m_writer(m_device, format, m_start.at)
{
    m_device.open(QIODevice::WriteOnly);
}

std::optional<QByteArray> InventoryStream::next()
{
    if (!m_begun) {
        m_writer.begin();
        m_begun = true;
        m_nextPage = m_store.exportPage(m_actor, m_filter, m_start, QString());
    }
    // A page always adds bytes, but for the last one of a CSV export (which may be empty,
    // and then the body is complete).
    while (m_piece.isEmpty() && m_nextPage) {
        const StoreResult<KeyPage> page = awaited(*std::exchange(m_nextPage, std::nullopt));
        if (!page.ok()) {
            qWarning("keyward-server: an export was cut off: %s",
                     qPrintable(page.error().message()));
            return std::nullopt;
        }
        const QString after = page.value().nextCursor;
        if (!after.isEmpty())
            m_nextPage = m_store.exportPage(m_actor, m_filter, m_start, after);
        for (const ApiKey &key : page.value().keys)
            m_writer.add(key);
        if (after.isEmpty())
            m_writer.finish();
    }
    m_device.seek(0); // the next piece is written from the start of an empty buffer
    return std::exchange(m_piece, QByteArray());
}
