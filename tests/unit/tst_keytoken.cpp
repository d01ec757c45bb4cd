#include "keys/Base62.h"
#include "keys/Crc32.h"
#include "keys/KeyToken.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <thread>
#include <vector>

class TestKeyToken final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void crc32MatchesKnownVector();
    void base62EncodesFixedWidth();
    void hundredThousandKeysAreUniqueAndWellFormed();
    void everySingleCharacterChangeFailsTheChecksum();
    void parseSplitsTheParts();
    void parseRejectsMalformedInput_data();
    void parseRejectsMalformedInput();
    void vendorRules_data();
    void vendorRules();
    void hintShowsKidAndLastFour();
    void digestComparison();
    void digestIsSha256OnEveryThread();
    void aChecksumSpellingMoreThan32BitsFails();
};

namespace {

const QRegularExpression
    KeyPattern(QStringLiteral("^[a-z][a-z0-9]{1,11}_(test|live)_[0-9A-Za-z]{12}_[0-9A-Za-z]{49}$"));

QString sampleKey()
{
    return KeyToken::generate(QStringLiteral("key"), Environment::Live, KeyToken::generateKid());
}

} // namespace

void TestKeyToken::crc32MatchesKnownVector()
{
    QCOMPARE(crc32(QByteArrayLiteral("123456789")), 0xCBF43926U);
    QCOMPARE(crc32(QByteArray()), 0U);
}

void TestKeyToken::base62EncodesFixedWidth()
{
    QCOMPARE(Base62::encodeNumber(0, 3), QStringLiteral("000"));
    QCOMPARE(Base62::encodeNumber(61, 2), QStringLiteral("0z"));
    QCOMPARE(Base62::encodeNumber(62, 2), QStringLiteral("10"));
    QCOMPARE(Base62::encode(QByteArray(32, '\xff'), 43).size(), 43);
    QCOMPARE(Base62::encode(QByteArray::fromHex("0100"), 3), QStringLiteral("048"));
    for (const quint32 value : {0U, 61U, 62U, 3843U, 0xCBF43926U, 0xFFFFFFFFU})
        QCOMPARE(Base62::decodeNumber(Base62::encodeNumber(value, 6)), quint64(value));
    QCOMPARE(Base62::decodeNumber(u"zzzzzz"), quint64(56800235583ULL)); // 62^6 - 1
    QCOMPARE(Base62::decodeNumber(u"00_000"), std::nullopt);
    QCOMPARE(Base62::decodeNumber(u"0\u00e90"), std::nullopt);
}

void TestKeyToken::hundredThousandKeysAreUniqueAndWellFormed()
{
    QSet<QString> tokens;
    QSet<QString> secrets;
    tokens.reserve(100000);
    for (int i = 0; i < 100000; ++i) {
        const QString token =
            KeyToken::generate(QStringLiteral("key"), i % 2 ? Environment::Live : Environment::Test,
                               KeyToken::generateKid());
        if (!KeyPattern.match(token).hasMatch())
            QFAIL(qPrintable(QStringLiteral("Not in the key format: ") + token));
        const auto parsed = KeyToken::parse(token);
        QVERIFY(parsed);
        tokens.insert(token);
        secrets.insert(parsed->secret);
    }
    QCOMPARE(tokens.size(), 100000);
    QCOMPARE(secrets.size(), 100000);
}

void TestKeyToken::everySingleCharacterChangeFailsTheChecksum()
{
    const QString alphabet =
        QStringLiteral("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_");
    for (int sample = 0; sample < 20; ++sample) {
        const QString token = sampleKey();
        QVERIFY(KeyToken::parse(token));
        for (int position = 0; position < token.size(); ++position) {
            for (QChar replacement : alphabet) {
                if (replacement == token[position])
                    continue;
                QString changed = token;
                changed[position] = replacement;
                if (KeyToken::parse(changed)) {
                    QFAIL(qPrintable(QStringLiteral("Accepted a changed key at %1: %2")
                                         .arg(position)
                                         .arg(changed)));
                }
            }
        }
    }
}

void TestKeyToken::parseSplitsTheParts()
{
    const QString kid = KeyToken::generateKid();
    const QString token = KeyToken::generate(QStringLiteral("acme42"), Environment::Test, kid);
    const auto parsed = KeyToken::parse(token);
    QVERIFY(parsed);
    QCOMPARE(parsed->vendor, QStringLiteral("acme42"));
    QCOMPARE(parsed->environment, Environment::Test);
    QCOMPARE(parsed->kid, kid);
    QCOMPARE(parsed->secret.size(), KeyToken::SecretLength);
    QVERIFY(token.startsWith(QStringLiteral("acme42_test_") + kid + QLatin1Char('_')));
}

void TestKeyToken::parseRejectsMalformedInput_data()
{
    QTest::addColumn<QString>("token");
    const QString good = sampleKey();
    const QString tail = good.mid(good.indexOf(QStringLiteral("_live_")) + 6);
    QTest::newRow("empty") << QString();
    QTest::newRow("nul") << QString(QChar(0));
    QTest::newRow("255 chars") << QString(255, QLatin1Char('a'));
    QTest::newRow("256 chars") << QString(256, QLatin1Char('a'));
    QTest::newRow("64 KiB") << QString(qsizetype{64} * 1024, QLatin1Char('k'));
    QTest::newRow("trailing newline") << good + QLatin1Char('\n');
    QTest::newRow("leading space") << QLatin1Char(' ') + good;
    QTest::newRow("embedded NUL") << good.left(30) + QChar(0) + good.mid(31);
    QTest::newRow("wrong env") << QStringLiteral("key_prod_") + tail;
    QTest::newRow("uppercase vendor") << QStringLiteral("KEY_live_") + tail;
    QTest::newRow("vendor starts with digit") << QStringLiteral("1ey_live_") + tail;
    QTest::newRow("one-letter vendor") << QStringLiteral("k_live_") + tail;
    QTest::newRow("upper env") << QStringLiteral("key_LIVE_") + tail;
    QTest::newRow("case swap") << good.left(20) + good.mid(20).toUpper();
    QTest::newRow("bearer prefix") << QStringLiteral("Bearer ") + good;
    QTest::newRow("truncated") << good.chopped(1);
    QTest::newRow("extra char") << good + QLatin1Char('a');
    QString homoglyph = good;
    homoglyph[good.size() - 10] = QChar(0x0430); // Cyrillic a
    QTest::newRow("homoglyph") << homoglyph;
    QTest::newRow("sql") << QStringLiteral("'; DROP TABLE api_keys;--");
    QTest::newRow("format string") << QStringLiteral("%s%n%s%n");
    QTest::newRow("extra underscore") << good.left(20) + QLatin1Char('_') + good.mid(21);
}

void TestKeyToken::parseRejectsMalformedInput()
{
    QFETCH(QString, token);
    QVERIFY(!KeyToken::parse(token));
}

void TestKeyToken::vendorRules_data()
{
    QTest::addColumn<QString>("vendor");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default") << QStringLiteral("key") << true;
    QTest::newRow("two") << QStringLiteral("ab") << true;
    QTest::newRow("twelve") << QStringLiteral("abcdefghij12") << true;
    QTest::newRow("thirteen") << QStringLiteral("abcdefghij123") << false;
    QTest::newRow("one") << QStringLiteral("a") << false;
    QTest::newRow("digit first") << QStringLiteral("1abc") << false;
    QTest::newRow("upper") << QStringLiteral("Acme") << false;
    QTest::newRow("underscore") << QStringLiteral("ac_me") << false;
}

void TestKeyToken::vendorRules()
{
    QFETCH(QString, vendor);
    QFETCH(bool, valid);
    QCOMPARE(KeyToken::isValidVendor(vendor), valid);
}

void TestKeyToken::hintShowsKidAndLastFour()
{
    const QString kid = KeyToken::generateKid();
    const QString token = KeyToken::generate(QStringLiteral("key"), Environment::Live, kid);
    const QString hint = KeyToken::hint(token);
    QCOMPARE(hint, QStringLiteral("key_live_") + kid + QChar(0x2026) + token.right(4));
    QVERIFY(!hint.contains(KeyToken::parse(token)->secret.left(8)));
}

void TestKeyToken::digestComparison()
{
    const QByteArray a = KeyToken::digest(QStringLiteral("secret-one"));
    const QByteArray b = KeyToken::digest(QStringLiteral("secret-two"));
    QCOMPARE(a.size(), 32);
    QVERIFY(KeyToken::digestsEqual(a, KeyToken::digest(QStringLiteral("secret-one"))));
    QVERIFY(!KeyToken::digestsEqual(a, b));
    QVERIFY(!KeyToken::digestsEqual(a, a.left(31)));
}

void TestKeyToken::digestIsSha256OnEveryThread()
{
    // FIPS 180-2's first example, then the same from threads of their own: each keeps
    // its own hashing context.
    const QByteArray abc =
        QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QCOMPARE(KeyToken::digest(QStringLiteral("abc")), abc);
    QCOMPARE(KeyToken::digest(QString()).toHex(),
             QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    QList<QByteArray> digests(4);
    std::vector<std::thread> threads;
    for (QByteArray &digest : digests) {
        threads.emplace_back([&digest] {
            for (int round = 0; round < 100; ++round)
                digest = KeyToken::digest(QStringLiteral("abc"));
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (const QByteArray &digest : digests)
        QCOMPARE(digest, abc);
}

void TestKeyToken::aChecksumSpellingMoreThan32BitsFails()
{
    // The checksum is read as a number: one that spells the right CRC plus 2^32 is not it.
    const QString token =
        KeyToken::generate(QStringLiteral("kw"), Environment::Test, KeyToken::generateKid());
    const qsizetype bodySize = token.size() - KeyToken::ChecksumLength;
    const quint64 crc = crc32(token.left(bodySize).toLatin1());
    QString wrapped = token.left(bodySize);
    quint64 value = crc + (quint64(1) << 32);
    QString digits(KeyToken::ChecksumLength, QLatin1Char('0'));
    for (qsizetype position = digits.size() - 1; position >= 0; --position) {
        digits[position] = Base62::encodeNumber(quint32(value % 62), 1).front();
        value /= 62;
    }
    QVERIFY(KeyToken::parse(token));
    QVERIFY(!KeyToken::parse(wrapped + digits));
}

QTEST_APPLESS_MAIN(TestKeyToken)
#include "tst_keytoken.moc"
