#pragma once

class QApplication;
class QWidget;

//! The application's look: the Fusion style, a light palette and the style sheet
//! from :/style/keyward.qss. Called once by the desktop app; tests run without it.
namespace Theme {

void apply(QApplication *app);
//! Marks @p button as the dialog's main action (indigo) or a destructive one (red), and
//! styles it again: a button a layout has measured is already polished.
void setEmphasis(QWidget *button, const char *emphasis);

} // namespace Theme
