#pragma once

#include <QByteArray>

//! CRC-32 (IEEE 802.3, as zlib and PNG use it).
quint32 crc32(const QByteArray &data);
