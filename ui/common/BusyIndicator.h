#pragma once

#include <QProgressBar>

class QTimer;

//! A small indeterminate bar that says "still working" for answers that take a while:
//! it appears only once the work has lasted ShowAfterMs (a quick answer shows nothing,
//! so nothing flickers) and goes as soon as it ends.
class BusyIndicator final : public QProgressBar {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BusyIndicator)

public:
    static constexpr int ShowAfterMs = 150;

    explicit BusyIndicator(QWidget *parent = nullptr);

    //! Work started (true) or ended (false).
    void setBusy(bool busy);

private:
    QTimer *m_delay;
};
