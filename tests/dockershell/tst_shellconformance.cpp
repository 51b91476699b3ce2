// SPDX-License-Identifier: MIT
// Runs every row of shared/conformance/shell-expansion/cases.tsv (format: spec dockerfile.md T)
// through the lexer. Rows extracted from BuildKit's own shell tests; any failure is a deviation
// from BuildKit.
#include "dockershell/shelllexer.h"
#include "testutil/testutil.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QTest>

#include <algorithm>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using gmd::ShellEnv;

namespace {

QString casesPath()
{
    return gmdtest::conformanceDir() + u"/shell-expansion/cases.tsv"_s;
}

/// A JSON array cell; std::nullopt when it is not a JSON array.
std::optional<QJsonArray> parseJsonArray(const QString& cell)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(cell.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return std::nullopt;
    return doc.array();
}

/// A JSON array of strings; std::nullopt when the cell is anything else.
std::optional<QStringList> parseStringList(const QString& cell)
{
    const std::optional<QJsonArray> array = parseJsonArray(cell);
    if (!array)
        return std::nullopt;
    QStringList out;
    for (const QJsonValue& v : *array) {
        if (!v.isString())
            return std::nullopt;
        out.append(v.toString());
    }
    return out;
}

/// A JSON string cell (wrapped into an array, which every Qt version parses).
std::optional<QString> parseString(const QString& cell)
{
    const std::optional<QStringList> list = parseStringList(u'[' + cell + u']');
    if (!list || list->size() != 1)
        return std::nullopt;
    return list->first();
}

QStringList sorted(const QSet<QString>& names)
{
    QStringList out(names.cbegin(), names.cend());
    std::sort(out.begin(), out.end());
    return out;
}

QString describe(const gmd::ExpandResult& r)
{
    if (!r.ok())
        return u"error: "_s + r.error;
    return u"value \""_s + r.value + u"\", words ["_s + r.words.join(u"|"_s) + u']';
}

} // namespace

class TestShellConformance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fileShape()
    {
        if (!QFileInfo::exists(casesPath()))
            QSKIP("vectors absent");
        const gmdtest::TsvTable table = gmdtest::readTsv(casesPath(), false);
        QVERIFY2(table.ok(), qPrintable(table.error));
        const QStringList needed = { u"id"_s, u"source"_s, u"mode"_s, u"platform"_s, u"env"_s, u"input"_s, u"outcome"_s,
            u"expected"_s, u"matched"_s, u"unmatched"_s, u"error_contains"_s };
        for (const QString& column : needed)
            QVERIFY2(table.column(column) >= 0, qPrintable(u"missing column "_s + column));
        QVERIFY(!table.rows.isEmpty());
    }

    void conformance_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("env");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("matched");
        QTest::addColumn<QString>("unmatched");
        QTest::addColumn<QString>("errorContains");
        if (!QFileInfo::exists(casesPath())) {
            QTest::addRow("vectors absent") << QString() << QString() << QString() << QString() << QString()
                                            << QString() << QString() << QString() << QString();
            return;
        }
        // Fields are raw (no \t \n unescaping): inputs contain backslashes that must stay.
        const gmdtest::TsvTable t = gmdtest::readTsv(casesPath(), false);
        if (!t.ok()) {
            QTest::addRow("unreadable") << u"unreadable"_s << t.error << QString() << QString() << QString()
                                        << QString() << QString() << QString() << QString();
            return;
        }
        for (int i = 0; i < t.rows.size(); ++i) {
            const QString name = t.field(i, u"id"_s) + u' ' + t.field(i, u"source"_s);
            QTest::addRow("%s", qPrintable(name))
                << t.field(i, u"mode"_s) << t.field(i, u"platform"_s) << t.field(i, u"env"_s) << t.field(i, u"input"_s)
                << t.field(i, u"outcome"_s) << t.field(i, u"expected"_s) << t.field(i, u"matched"_s)
                << t.field(i, u"unmatched"_s) << t.field(i, u"error_contains"_s);
        }
    }

    void conformance()
    {
        QFETCH(QString, mode);
        QFETCH(QString, platform);
        QFETCH(QString, env);
        QFETCH(QString, input);
        QFETCH(QString, outcome);
        QFETCH(QString, expected);
        QFETCH(QString, matched);
        QFETCH(QString, unmatched);
        QFETCH(QString, errorContains);
        if (mode.isEmpty())
            QSKIP("vectors absent");
        if (mode == u"unreadable"_s)
            QFAIL(qPrintable(platform));
        QVERIFY2(mode == u"word"_s || mode == u"words"_s, qPrintable(u"unknown mode "_s + mode));
        QVERIFY2(outcome == u"ok"_s || outcome == u"error"_s, qPrintable(u"unknown outcome "_s + outcome));

        const std::optional<QStringList> entries = parseStringList(env);
        QVERIFY2(entries.has_value(), qPrintable(u"env is not a JSON list of strings: "_s + env));

        // T: `A` rows hold on every platform, so they must pass in both name modes (C3.4).
        QList<ShellEnv::NameCase> nameCases;
        if (platform == u"A"_s || platform == u"U"_s)
            nameCases.append(ShellEnv::NameCase::Sensitive);
        if (platform == u"A"_s || platform == u"W"_s)
            nameCases.append(ShellEnv::NameCase::Insensitive);
        QVERIFY2(!nameCases.isEmpty(), qPrintable(u"unknown platform "_s + platform));

        for (const ShellEnv::NameCase nameCase : std::as_const(nameCases)) {
            const QString where =
                nameCase == ShellEnv::NameCase::Sensitive ? u"[unix names] "_s : u"[windows names] "_s;
            const gmd::ExpandResult r = gmd::expandShell(input, ShellEnv(*entries, nameCase), gmd::ShellOptions());
            if (outcome == u"error"_s) {
                QVERIFY2(!r.ok(), qPrintable(where + u"expected an error, got "_s + describe(r)));
                QVERIFY2(r.error.contains(errorContains),
                    qPrintable(where + u"error \""_s + r.error + u"\" lacks \""_s + errorContains + u'"'));
            } else {
                QVERIFY2(r.ok(), qPrintable(where + r.error));
                if (mode == u"word"_s) {
                    const std::optional<QString> want = parseString(expected);
                    QVERIFY2(want.has_value(), qPrintable(u"expected is not a JSON string: "_s + expected));
                    QVERIFY2(r.value == *want, qPrintable(where + u"got "_s + describe(r) + u", want "_s + *want));
                } else {
                    const std::optional<QStringList> want = parseStringList(expected);
                    QVERIFY2(want.has_value(), qPrintable(u"expected is not a JSON list: "_s + expected));
                    QVERIFY2(r.words == *want, qPrintable(where + u"got "_s + describe(r) + u", want "_s + expected));
                }
            }
            if (!matched.isEmpty()) {
                const std::optional<QStringList> want = parseStringList(matched);
                QVERIFY2(want.has_value(), qPrintable(u"matched is not a JSON list: "_s + matched));
                QCOMPARE(sorted(r.matched), *want);
            }
            if (!unmatched.isEmpty()) {
                const std::optional<QStringList> want = parseStringList(unmatched);
                QVERIFY2(want.has_value(), qPrintable(u"unmatched is not a JSON list: "_s + unmatched));
                QCOMPARE(sorted(r.unmatched), *want);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestShellConformance)
#include "tst_shellconformance.moc"
