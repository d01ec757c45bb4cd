#pragma once

#include <QString>
#include <functional>

class QMessageBox;
class QWidget;

//! A window-modal question before a destructive action: it names the action on its
//! button ("Revoke key"), says what happens, and puts the focus on Cancel. It is
//! opened, never exec()'d, and deletes itself when closed; tests find it through
//! QApplication::activeModalWidget() and its objectName.
class ConfirmationBox final {
public:
    struct Question {
        QString objectName;
        QString title;
        QString text;
        QString informativeText;
        QString actionText; //!< the destructive button, e.g. "Revoke key"
    };

    //! Opens the question over @p parent; runs @p confirmed only if the action is chosen.
    static QMessageBox *open(QWidget *parent, const Question &question,
                             std::function<void()> confirmed);
};
