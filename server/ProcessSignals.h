#pragma once

#include <QObject>

class QSocketNotifier;

//! The signals keyward-server answers, delivered on the main thread (self-pipe):
//! SIGTERM and SIGINT end the event loop cleanly (QCoreApplication::quit()), so that
//! pending last-used times are written and the store closes properly; SIGHUP asks
//! for the TLS certificate to be loaded again.
class ProcessSignals final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProcessSignals)

public:
    explicit ProcessSignals(QObject *parent = nullptr);
    ~ProcessSignals() override;

Q_SIGNALS:
    void reloadRequested();

private:
    QSocketNotifier *m_notifier = nullptr;
};
