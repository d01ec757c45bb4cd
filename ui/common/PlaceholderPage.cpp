#include "common/PlaceholderPage.h"

#include "ui_PlaceholderPage.h"

PlaceholderPage::PlaceholderPage(const QString &title, const QString &description, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlaceholderPage>())
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(title);
    m_ui->descriptionLabel->setText(description);
    setAccessibleName(title);
}

PlaceholderPage::~PlaceholderPage() = default;

QString PlaceholderPage::title() const
{
    return m_ui->titleLabel->text();
}
