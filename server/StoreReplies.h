#pragma once

#include "HttpReplies.h"
#include "exchange/DirectoryJson.h"

//! How routes turn a store's answer into a reply: the store's error as its status, or
//! the value through @p reply.
namespace StoreReplies {

template <typename T, typename Reply> HttpResponse answer(const StoreResult<T> &result, Reply reply)
{
    if (!result.ok())
        return HttpReplies::fromStoreError(result.error());
    return reply(result.value());
}

//! `{"NAME": [...]}` of a listed value, each item converted by @p convert.
template <typename T, typename Convert>
HttpResponse listed(const StoreResult<QList<T>> &result, const QString &name, Convert convert)
{
    return answer(result, [&name, &convert](const QList<T> &items) {
        return HttpReplies::json(QJsonObject{{name, DirectoryJson::array(items, convert)}});
    });
}

} // namespace StoreReplies
