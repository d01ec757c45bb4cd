#include "keys/IdempotencySeal.h"
#include "keys/KeyToken.h"

#include <QMessageAuthenticationCode>
#include <QTest>

//! A sealed key opens only with the secret and the idempotency key it was sealed with.
class TestIdempotencySeal final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void opensWithItsSecretAndIdempotencyKey();
    void nothingElseOpensIt_data();
    void nothingElseOpensIt();
    void everySealIsSalted();
    void theKeyIsNotInTheSeal();
    void idempotencyKeysArePrintableAndLongEnough();

private:
    const QByteArray m_secret = QByteArray(32, 's');
    const QString m_idempotencyKey = QStringLiteral("nightly-erp-2026-12-01");
    const QString m_token =
        KeyToken::generate(QStringLiteral("key"), Environment::Live, KeyToken::generateKid());
};

void TestIdempotencySeal::opensWithItsSecretAndIdempotencyKey()
{
    const QByteArray sealed = IdempotencySeal::seal(m_token, m_idempotencyKey, m_secret);
    QCOMPARE(sealed.at(0), char(1)); // the format's version
    const std::optional<QString> opened = IdempotencySeal::open(sealed, m_idempotencyKey, m_secret);
    QVERIFY(opened);
    QCOMPARE(*opened, m_token);
}

void TestIdempotencySeal::nothingElseOpensIt_data()
{
    QTest::addColumn<QByteArray>("sealed");
    QTest::addColumn<QString>("idempotencyKey");
    QTest::addColumn<QByteArray>("secret");
    const QByteArray sealed = IdempotencySeal::seal(m_token, m_idempotencyKey, m_secret);
    QTest::newRow("another secret") << sealed << m_idempotencyKey << QByteArray(32, 't');
    QTest::newRow("no secret") << sealed << m_idempotencyKey << QByteArray();
    QTest::newRow("another idempotency key")
        << sealed << QStringLiteral("nightly-erp-2026-12-02") << m_secret;
    QByteArray changed = sealed;
    changed[20] = char(changed.at(20) ^ 1);
    QTest::newRow("a changed byte") << changed << m_idempotencyKey << m_secret;
    QByteArray otherVersion = sealed;
    otherVersion[0] = char(2);
    QTest::newRow("another version") << otherVersion << m_idempotencyKey << m_secret;
    QTest::newRow("cut short") << sealed.left(40) << m_idempotencyKey << m_secret;
    QTest::newRow("empty") << QByteArray() << m_idempotencyKey << m_secret;
}

void TestIdempotencySeal::nothingElseOpensIt()
{
    QFETCH(QByteArray, sealed);
    QFETCH(QString, idempotencyKey);
    QFETCH(QByteArray, secret);
    QVERIFY(!IdempotencySeal::open(sealed, idempotencyKey, secret));
}

void TestIdempotencySeal::everySealIsSalted()
{
    const QByteArray first = IdempotencySeal::seal(m_token, m_idempotencyKey, m_secret);
    const QByteArray second = IdempotencySeal::seal(m_token, m_idempotencyKey, m_secret);
    QVERIFY(first != second);
    // Not even the encrypted part repeats: the keystream depends on the salt.
    QVERIFY(first.mid(17, m_token.size()) != second.mid(17, m_token.size()));
}

void TestIdempotencySeal::theKeyIsNotInTheSeal()
{
    const QByteArray sealed = IdempotencySeal::seal(m_token, m_idempotencyKey, m_secret);
    const QString secret = KeyToken::parse(m_token)->secret;
    QVERIFY(!sealed.contains(m_token.toLatin1()));
    QVERIFY(!sealed.contains(secret.toLatin1().left(16)));
    // What the seal was before the sealing secret: a keystream from the idempotency key
    // alone. Applied at every offset, it gives back nothing of the key.
    for (qsizetype offset = 0; offset < sealed.size(); ++offset) {
        QByteArray opened = sealed.mid(offset);
        QByteArray stream;
        for (quint8 block = 0; stream.size() < opened.size(); ++block) {
            stream += QMessageAuthenticationCode::hash(
                QByteArrayLiteral("keyward-seal") + char(block), m_idempotencyKey.toUtf8(),
                QCryptographicHash::Sha256);
        }
        for (qsizetype i = 0; i < opened.size(); ++i)
            opened[i] = char(opened[i] ^ stream[i]);
        QVERIFY2(!opened.contains(secret.toLatin1().left(16)), qPrintable(QString::number(offset)));
    }
}

void TestIdempotencySeal::idempotencyKeysArePrintableAndLongEnough()
{
    QVERIFY(IdempotencySeal::isValidKey(QStringLiteral("4f0c3a0e-8d7b-4c57-9a3e-2b1f0d9c8e7a")));
    QVERIFY(IdempotencySeal::isValidKey(m_idempotencyKey));
    QVERIFY(!IdempotencySeal::isValidKey(QStringLiteral("short")));
    QVERIFY(!IdempotencySeal::isValidKey(QStringLiteral("has a space in it, long enough")));
    QVERIFY(!IdempotencySeal::isValidKey(QString(256, QLatin1Char('x'))));
}

QTEST_APPLESS_MAIN(TestIdempotencySeal)
#include "tst_idempotencyseal.moc"
