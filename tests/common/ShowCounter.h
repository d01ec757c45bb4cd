#pragma once

#include <QEvent>
#include <QObject>
#include <QString>
#include <utility>

//! Counts the times a widget named @p name was shown, anywhere in the application, once
//! installed with qApp->installEventFilter().
class ShowCounter final : public QObject {
public:
    explicit ShowCounter(QString name)
        : m_name(std::move(name))
    {
    }
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType() &&
            watched->objectName() == m_name)
            ++count;
        return false;
    }

private:
    QString m_name;
};
