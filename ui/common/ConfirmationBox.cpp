#include "common/ConfirmationBox.h"

#include "common/Theme.h"

#include <QMessageBox>
#include <QPushButton>

QMessageBox *ConfirmationBox::open(QWidget *parent, const Question &question,
                                   std::function<void()> confirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, question.title, question.text,
                                QMessageBox::NoButton, parent);
    box->setObjectName(question.objectName);
    box->setTextFormat(Qt::PlainText); // the text quotes a key's name, typed by a person
    box->setAccessibleName(question.title);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(question.informativeText);
    QPushButton *action = box->addButton(question.actionText, QMessageBox::DestructiveRole);
    action->setObjectName(QStringLiteral("confirmButton"));
    action->setAccessibleName(question.actionText);
    Theme::setEmphasis(action, "danger");
    action->setAutoDefault(false);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(cancel->text());
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [action, confirmed = std::move(confirmed)](QAbstractButton *clicked) {
                         if (clicked == action && confirmed)
                             confirmed();
                     });
    box->open();
    cancel->setFocus(Qt::OtherFocusReason);
    return box;
}
