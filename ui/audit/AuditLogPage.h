#pragma once

#include "store/KeyQuery.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class AuditCsvExport;
class AuditTableModel;
class Session;

namespace Ui {
class AuditLogPage;
}

//! Settings > Audit log: the store's audit events, newest first, filtered in the store
//! by action, key id, member and a date range (the "to" day counts whole), read a page
//! at a time as the table scrolls; the CSV export writes every event the filters match.
//! Audit events never hold a secret.
class AuditLogPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditLogPage)

public:
    explicit AuditLogPage(Session *session, QWidget *parent = nullptr);
    ~AuditLogPage() override;

    AuditTableModel *model() const { return m_model; }
    //! The query the filters describe now.
    AuditQuery query() const;

    //! Tests cannot drive a native file dialog: the next export writes to @p path
    //! without asking. Empty: ask again.
    static void setNextFileName(const QString &path);
    //! Asks for a file name (or takes the next one set) and writes the matching events.
    void exportCsv();

Q_SIGNALS:
    //! An export finished: @p ok, and the file written or why it was not.
    void exportFinished(bool ok, const QString &pathOrMessage);

private:
    void fillActions();
    void fillMembers();
    void applyFilters();
    void clearFilters();
    void updateStatus();
    void writeCsv(const QString &path);
    void cancelExport();
    void exportArrived(const QString &path, const QString &error, int written, bool canceled);
    void showError(const QString &message);

    std::unique_ptr<Ui::AuditLogPage> m_ui;
    Session *m_session;
    AuditTableModel *m_model;
    QPointer<AuditCsvExport> m_export; //!< the export running, if any
};
