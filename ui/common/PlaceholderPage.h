#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class PlaceholderPage;
}

//! A settings page that so far has only its title and a one-line description.
class PlaceholderPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaceholderPage)

public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
    ~PlaceholderPage() override;

    QString title() const;

private:
    std::unique_ptr<Ui::PlaceholderPage> m_ui;
};
