#include "main/StoreBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

StoreBanner::StoreBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel)
    , m_text(new QLabel)
    , m_retry(new QPushButton(tr("Try again")))
{
    setObjectName(QStringLiteral("storeBanner"));
    setAccessibleName(tr("Store problem"));
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(20, 20));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("storeBannerText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("storeRetryButton"));
    m_retry->setAccessibleName(tr("Try to reach the store again"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(10);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    connect(m_retry, &QPushButton::clicked, this, &StoreBanner::retryRequested);
    hide();
}

StoreBanner::~StoreBanner() = default;

void StoreBanner::showProblem(const QString &message)
{
    m_text->setText(message);
    setAccessibleDescription(message);
    setRetrying(false);
    show();
}

void StoreBanner::setRetrying(bool retrying)
{
    m_retry->setEnabled(!retrying);
    m_retry->setText(retrying ? tr("Trying…") : tr("Try again"));
}
