#include "common/Theme.h"

#include <QApplication>
#include <QFile>
#include <QPalette>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QWidget>

namespace {

//! Fusion, but dialog buttons are words only, like the dashboards Keyward follows.
class KeywardStyle final : public QProxyStyle {
public:
    KeywardStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion")))
    {
    }

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::WindowText, QColor(0x11, 0x18, 0x27));
    palette.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::AlternateBase, QColor(0xf9, 0xfa, 0xfb));
    palette.setColor(QPalette::Text, QColor(0x11, 0x18, 0x27));
    palette.setColor(QPalette::PlaceholderText, QColor(0x9c, 0xa3, 0xaf));
    palette.setColor(QPalette::Button, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::ButtonText, QColor(0x11, 0x18, 0x27));
    palette.setColor(QPalette::Highlight, QColor(0x4f, 0x46, 0xe5));
    palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::ToolTipBase, QColor(0x1f, 0x29, 0x37));
    palette.setColor(QPalette::ToolTipText, QColor(0xf9, 0xfa, 0xfb));
    palette.setColor(QPalette::Link, QColor(0x43, 0x38, 0xca));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9c, 0xa3, 0xaf));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9c, 0xa3, 0xaf));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9c, 0xa3, 0xaf));
    return palette;
}

} // namespace

void Theme::apply(QApplication *app)
{
    QApplication::setStyle(new KeywardStyle);
    QApplication::setPalette(lightPalette());
    QFile sheet(QStringLiteral(":/style/keyward.qss"));
    if (sheet.open(QIODevice::ReadOnly | QIODevice::Text))
        app->setStyleSheet(QString::fromUtf8(sheet.readAll()));
}

void Theme::setEmphasis(QWidget *button, const char *emphasis)
{
    button->setProperty(emphasis, true);
    button->style()->unpolish(button);
    button->style()->polish(button);
}
