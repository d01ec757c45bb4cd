#include "common/BusyIndicator.h"

#include <QTimer>

BusyIndicator::BusyIndicator(QWidget *parent)
    : QProgressBar(parent)
    , m_delay(new QTimer(this))
{
    setRange(0, 0); // indeterminate
    setTextVisible(false);
    setMaximumWidth(80);
    setMaximumHeight(8);
    //: Accessible name of the bar that shows while keys are being loaded
    setAccessibleName(tr("Loading"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Keeps its place in the layout while hidden: the search field does not jump.
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    hide();
    m_delay->setSingleShot(true);
    m_delay->setInterval(ShowAfterMs);
    connect(m_delay, &QTimer::timeout, this, &QWidget::show);
}

void BusyIndicator::setBusy(bool busy)
{
    if (busy) {
        if (!isVisible() && !m_delay->isActive())
            m_delay->start();
        return;
    }
    m_delay->stop();
    hide();
}
