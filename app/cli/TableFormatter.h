#pragma once

#include <QList>
#include <QStringList>

class Output;

//! Plain-text table with left-aligned columns, as `ls -l` or `kubectl get` print them.
class TableFormatter final {
public:
    explicit TableFormatter(QStringList headers);

    //! Adds a row; line breaks and tabs in cells become spaces, missing cells stay empty.
    void addRow(QStringList cells);
    int rowCount() const { return static_cast<int>(m_rows.size()); }

    //! The header, then every row; two spaces between columns, no trailing spaces.
    void write(Output &output) const;

private:
    QString format(const QStringList &cells, const QList<int> &widths) const;
    static int width(const QString &text);

    QStringList m_headers;
    QList<QStringList> m_rows;
};
