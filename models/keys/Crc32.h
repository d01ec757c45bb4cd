#pragma once

#include <QByteArrayView>

//! CRC-32 (IEEE 802.3, as zlib and PNG use it).
quint32 crc32(QByteArrayView data);
