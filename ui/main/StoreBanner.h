#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

//! A strip above the page that says the store cannot be reached (or opened), that
//! what is shown is the data loaded last and read-only, and offers to try again.
class StoreBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreBanner)

public:
    explicit StoreBanner(QWidget *parent = nullptr);
    ~StoreBanner() override;

    //! Shows @p message (plain text) with a "Try again" button.
    void showProblem(const QString &message);
    //! While a retry runs: the button waits.
    void setRetrying(bool retrying);

Q_SIGNALS:
    void retryRequested();

private:
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
};
