#pragma once

#include "store/KeyQuery.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class Session;

//! Runs one inventory export in the store, with a progress dialog that appears only
//! when the export takes visible time; Cancel cancels the store's future, which then
//! writes nothing. Deletes itself when the export ends.
class ExportRunner final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportRunner)

public:
    //! The progress dialog is a child of @p parent.
    ExportRunner(Session *session, QWidget *parent);
    ~ExportRunner() override;

    void start(const KeyFilter &filter, ExportFormat format, const QString &path);
    QProgressDialog *progressDialog() const { return m_progress; }

Q_SIGNALS:
    //! "Exported 12 keys to /home/…/keys.csv"
    void exported(const QString &message);
    void failed(const QString &message);
    void cancelled();

private:
    Session *m_session;
    QPointer<QProgressDialog> m_progress; //!< a child of the parent widget
};
