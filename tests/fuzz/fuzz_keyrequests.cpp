#include "FuzzCheck.h"
#include "exchange/ApiBodies.h"
#include "exchange/ApiQueries.h"
#include "sql/PageCursor.h"

#include <QSet>

//! ApiQueries' readers over any query string, ApiBodies::versionFrom over any header value: it
//! never crashes; what it accepts holds only known parameters, each once, with limits in range and
//! times in UTC.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzzBytes(data, size);
    QUrlQuery url;
    url.setQuery(QString::fromUtf8(bytes));
    const auto onceEach = [&url] {
        QSet<QString> names;
        for (const auto &item : url.queryItems(QUrl::FullyDecoded)) {
            if (names.contains(item.first))
                return false;
            names.insert(item.first);
        }
        return true;
    };
    QString problem;

    if (const std::optional<KeyQuery> query = ApiQueries::pageFrom(url, &problem)) {
        FUZZ_CHECK(onceEach(), url.toString());
        FUZZ_CHECK(query->limit >= 1 && query->limit <= ApiQueries::MaxPageSize,
                   QString::number(query->limit));
        if (!query->after.isEmpty()) {
            PageCursor::decode(query->after, PageCursor::Kind::Text);
            PageCursor::decode(query->after, PageCursor::Kind::Number);
        }
    } else {
        FUZZ_CHECK(!problem.isEmpty(), url.toString());
    }
    problem.clear();
    if (ApiQueries::filterFrom(url, {}, &problem))
        FUZZ_CHECK(onceEach(), url.toString());
    else
        FUZZ_CHECK(!problem.isEmpty(), url.toString());
    problem.clear();
    if (const std::optional<AuditQuery> audit = ApiQueries::auditFrom(url, &problem)) {
        FUZZ_CHECK(onceEach(), url.toString());
        FUZZ_CHECK(audit->limit >= 1 && audit->limit <= ApiQueries::MaxAuditPage,
                   QString::number(audit->limit));
        FUZZ_CHECK(!audit->from.isValid() || audit->from.timeSpec() == Qt::UTC, url.toString());
        FUZZ_CHECK(!audit->to.isValid() || audit->to.timeSpec() == Qt::UTC, url.toString());
    } else {
        FUZZ_CHECK(!problem.isEmpty(), url.toString());
    }

    // The same bytes as an If-Match header: a version only from exactly "N".
    const std::optional<int> version = ApiBodies::versionFrom(bytes, &problem);
    if (version) {
        FUZZ_CHECK(*version >= 1 && problem.isEmpty(), problem);
        FUZZ_CHECK(bytes.trimmed() == ApiBodies::versionTag(*version), QString::fromLatin1(bytes));
    } else {
        FUZZ_CHECK(problem.isEmpty() == bytes.trimmed().isEmpty(), problem);
    }
    return 0;
}
