#include "TableFormatter.h"

#include "Output.h"

namespace {

constexpr int ColumnGap = 2;

QString cleaned(const QString &cell)
{
    QString text = cell;
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char(' ');
    }
    return text;
}

} // namespace

TableFormatter::TableFormatter(QStringList headers)
    : m_headers(std::move(headers))
{
}

void TableFormatter::addRow(QStringList cells)
{
    for (QString &cell : cells)
        cell = cleaned(cell);
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

void TableFormatter::write(Output &output) const
{
    QList<int> widths;
    for (const QString &header : m_headers)
        widths.append(width(header));
    for (const QStringList &row : m_rows) {
        for (int column = 0; column < widths.size(); ++column)
            widths[column] = qMax(widths.at(column), width(row.at(column)));
    }
    output.line(format(m_headers, widths));
    for (const QStringList &row : m_rows)
        output.line(format(row, widths));
}

QString TableFormatter::format(const QStringList &cells, const QList<int> &widths) const
{
    QString line;
    for (int column = 0; column < widths.size(); ++column) {
        const QString &cell = cells.at(column);
        line += cell;
        if (column + 1 < widths.size())
            line += QString(widths.at(column) - width(cell) + ColumnGap, QLatin1Char(' '));
    }
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

int TableFormatter::width(const QString &text)
{
    // Code points, not UTF-16 units: an emoji in a name takes one column, not two.
    return static_cast<int>(text.toUcs4().size());
}
