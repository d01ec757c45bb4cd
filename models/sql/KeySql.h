#pragma once

#include "domain/KeyStatus.h"
#include "store/KeyQuery.h"

#include <QDateTime>
#include <QString>

//! The SQL that SqlKeyReader's queries are made of, spelled once: conditions, sort
//! expressions and columns, the same text for SQLite and PostgreSQL unless said.
namespace KeySql {

//! LIKE's pattern for the substring @p text (case-folded), with its wildcards literal.
QString likePattern(const QString &text);
//! An FTS5 query that is @p text as one phrase: with the trigram tokenizer, the rows
//! that contain it. Quoted, so no character of it is query syntax.
QString trigramPhrase(QString text);
//! The condition a key (alias k) meets when it has @p status at @p now.
QString statusCondition(KeyStatus status, const QDateTime &now);
//! The expression a page sorted by @p field is ordered by, at @p now (status depends
//! on it). Most have an index on exactly this expression (SqlMigrations).
QString sortExpression(KeySortField field, const QDateTime &now);
//! The roles and scopes of the row's key as two more columns (SqlKeyReader's
//! Details::Listed), for PostgreSQL when @p postgres, else for SQLite.
QString listedColumns(bool postgres);

} // namespace KeySql
