#pragma once

#include <QStyledItemDelegate>

//! Paints the key table's cells: the status as a coloured badge, the key hint in a
//! fixed-width font, and a "⋮" actions button at the right end of the last visible
//! column, which emits menuRequested() when clicked. Everything else as
//! QStyledItemDelegate does.
class KeyCellDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyCellDelegate)

public:
    explicit KeyCellDelegate(QObject *parent = nullptr);
    ~KeyCellDelegate() override;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

    //! Where the actions button of a cell is, or an empty rect for cells without one.
    static QRect menuButtonRect(const QStyleOptionViewItem &option, const QModelIndex &index);

Q_SIGNALS:
    //! The "⋮" button of @p index's row was clicked; a menu belongs at @p globalPosition.
    void menuRequested(const QModelIndex &index, const QPoint &globalPosition);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintStatus(QPainter *painter, const QStyleOptionViewItem &option,
                     const QModelIndex &index) const;
    void paintMenuButton(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const;
};
