#pragma once

#include <QObject>

class QSocketNotifier;

//! Turns SIGTERM and SIGINT into a clean QCoreApplication::quit() (self-pipe), so
//! that pending last-used times are written and the store closes properly.
class ShutdownSignals final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShutdownSignals)

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

private:
    QSocketNotifier *m_notifier = nullptr;
};
