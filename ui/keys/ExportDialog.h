#pragma once

#include "store/KeyQuery.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ExportDialog;
}

//! Asks what to export (CSV or JSON; all keys or those the page shows) and where,
//! then hands the choice on through exportRequested(). The file dialog is opened,
//! never exec()'d; tests answer it ahead of time with setNextFileName().
class ExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    //! @p currentFilter is what the page's search and filters select now.
    explicit ExportDialog(const KeyFilter &currentFilter, QWidget *parent = nullptr);
    ~ExportDialog() override;

    //! The next export saves to @p path without showing a file dialog (for tests);
    //! an empty path answers "cancelled".
    static void setNextFileName(const QString &path);

    void accept() override;

Q_SIGNALS:
    void exportRequested(const KeyFilter &filter, ExportFormat format, const QString &path);

private:
    ExportFormat format() const;
    void fileChosen(const QString &path);

    std::unique_ptr<Ui::ExportDialog> m_ui;
    KeyFilter m_currentFilter;
};
