#pragma once

class QApplication;

//! The application's look: the Fusion style, a light palette and the style sheet
//! from :/style/keyward.qss. Called once by the desktop app; tests run without it.
namespace Theme {

void apply(QApplication *app);

} // namespace Theme
