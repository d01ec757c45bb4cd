#include "keys/KeyCellDelegate.h"

#include "itemmodels/ApiKeyTableModel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTableView>

namespace {

constexpr int BadgePadding = 8; // left and right of the badge's text
constexpr int BadgeMargin = 8;  // between the cell's edge and the badge
constexpr int BadgeExtraHeight = 6;
constexpr int MenuButtonWidth = 28;

bool isLastVisibleColumn(const QWidget *widget, int column)
{
    const auto *table = qobject_cast<const QTableView *>(widget);
    if (!table)
        return false;
    const QHeaderView *header = table->horizontalHeader();
    for (int visual = header->count() - 1; visual >= 0; --visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            return logical == column;
    }
    return false;
}

} // namespace

KeyCellDelegate::KeyCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

KeyCellDelegate::~KeyCellDelegate() = default;

void KeyCellDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == ApiKeyTableModel::Key) {
        QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        fixed.setPointSizeF(option->font.pointSizeF() * 0.95);
        option->font = fixed;
        option->fontMetrics = QFontMetrics(fixed);
    }
}

QRect KeyCellDelegate::menuButtonRect(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (!isLastVisibleColumn(option.widget, index.column()))
        return {};
    QRect rect = option.rect;
    rect.setLeft(rect.right() - MenuButtonWidth);
    return rect;
}

void KeyCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    const QRect button = menuButtonRect(option, index);
    QStyleOptionViewItem cell = option;
    if (!button.isEmpty())
        cell.rect.setRight(button.left() - 1);
    if (index.column() == ApiKeyTableModel::Status)
        paintStatus(painter, cell, index);
    else
        QStyledItemDelegate::paint(painter, cell, index);
    if (!button.isEmpty())
        paintMenuButton(painter, option, index);
}

void KeyCellDelegate::paintMenuButton(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.rect = menuButtonRect(option, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);
    painter->save();
    const bool hovered = option.state & QStyle::State_MouseOver;
    painter->setPen(hovered ? QColor(0x37, 0x30, 0xa3) : QColor(0x6b, 0x72, 0x80));
    QFont font = option.font;
    font.setBold(true);
    painter->setFont(font);
    painter->drawText(background.rect, Qt::AlignCenter, QStringLiteral("\u22EE"));
    painter->restore();
}

bool KeyCellDelegate::editorEvent(QEvent *event, QAbstractItemModel *model,
                                  const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QRect button = menuButtonRect(option, index);
        if (mouse->button() == Qt::LeftButton && button.contains(mouse->position().toPoint())) {
            const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
            const QPoint corner =
                view ? view->viewport()->mapToGlobal(button.bottomLeft()) : QPoint();
            Q_EMIT menuRequested(index, corner);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

void KeyCellDelegate::paintStatus(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    const QString text = background.text;
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const QColor color = index.data(Qt::ForegroundRole).value<QColor>();
    QColor fill = color;
    fill.setAlphaF(0.12f);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(background.font);
    const QFontMetrics metrics = painter->fontMetrics();
    const int height = metrics.height() + BadgeExtraHeight;
    const int room = option.rect.width() - 2 * BadgeMargin;
    const int width = qMin(metrics.horizontalAdvance(text) + 2 * BadgePadding + 1, room);
    const QRect badge(option.rect.left() + BadgeMargin,
                      option.rect.top() + (option.rect.height() - height) / 2, width, height);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge), height / 2.0, height / 2.0);
    painter->fillPath(path, fill);
    painter->setPen(color);
    const QRect textRect = badge.adjusted(BadgePadding, 0, -BadgePadding, 0);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideRight, textRect.width() + 1));
    painter->restore();
}

QSize KeyCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == ApiKeyTableModel::Status)
        size.rwidth() += 2 * BadgePadding;
    // Not menuButtonRect(): a size hint's option has no cell rectangle yet.
    if (isLastVisibleColumn(option.widget, index.column()))
        size.rwidth() += MenuButtonWidth;
    return size;
}
