#pragma once

#include <QStyledItemDelegate>

//! Paints the key table's cells: the status as a coloured badge, the key hint in a
//! fixed-width font. Everything else as QStyledItemDelegate does.
class KeyCellDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyCellDelegate)

public:
    explicit KeyCellDelegate(QObject *parent = nullptr);
    ~KeyCellDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
