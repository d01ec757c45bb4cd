#include "keys/KeyCellDelegate.h"

#include "itemmodels/ApiKeyTableModel.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPainter>
#include <QPainterPath>

namespace {

constexpr int BadgePadding = 8; // left and right of the badge's text
constexpr int BadgeMargin = 8;  // between the cell's edge and the badge
constexpr int BadgeExtraHeight = 6;

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

void KeyCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (index.column() != ApiKeyTableModel::Status) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
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
    return size;
}
