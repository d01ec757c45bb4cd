#include "sql/SqlStoreOptions.h"

#include <QDir>
#include <QStandardPaths>

QString defaultLocalStorePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("keyward.db"));
}
