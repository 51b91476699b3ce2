// SPDX-License-Identifier: MIT
// Runs conformance/dockerignore/cases.tsv (spec dockerignore.md 10): every row extracted from
// moby/patternmatcher's tests must give the upstream answer. Rows with platform "all" run in
// Unix mode and again in Windows mode (upstream runs them on both); "unix" rows run in Unix
// mode only; "windows" rows (paths with '\') in Windows mode only.
#include "context/patternmatcher.h"
#include "testutil/testutil.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmd::PathStyle;

Q_DECLARE_METATYPE(gmd::PathStyle)

namespace {

// The deprecated MatchesUsingParentResult (one bool carried from the parent, no ancestor test).
bool matchesUsingParentResult(const gmd::PatternMatcher& pm, const QString& slashed, bool parentMatched, bool* bad)
{
    const QString file = gmd::go::fromSlash(slashed, pm.style());
    bool matched = parentMatched;
    for (int i = 0; i < pm.size(); ++i) {
        const gmd::IgnorePattern& p = pm.pattern(i);
        if (p.isException() != matched)
            continue;
        bool b = false;
        const bool m = p.match(file, &b);
        if (b) {
            *bad = true;
            return false;
        }
        if (m)
            matched = !p.isException();
    }
    return matched;
}

// One conformance row: returns "true", "false" or "error" (or "unsupported api").
QString evaluate(const QString& api, const QStringList& patterns, const QString& path, PathStyle style)
{
    const auto verdict = [](const gmd::MatchOutcome& o) {
        return o.error ? u"error"_s : (o.excluded ? u"true"_s : u"false"_s);
    };
    if (api == u"Matches"_s)
        return verdict(gmd::legacyMatches(path, patterns, style));
    if (api == u"MatchesOrParentMatches"_s)
        return verdict(gmd::matchesOrParentMatches(path, patterns, style));

    // Method forms used by the upstream sub-tests: New, then the path as given.
    const gmd::PatternMatcher pm = gmd::PatternMatcher::create(patterns, style);
    if (!pm.isValid())
        return u"error"_s;
    const QChar sep = gmd::go::pathSeparator(style);
    const QString native = gmd::go::fromSlash(path, style);
    const QString parent = gmd::go::pathDir(native, style);
    const QStringList parentDirs = parent == u"."_s ? QStringList() : parent.split(sep);
    if (api == u"MatchesExact"_s)
        return verdict(pm.matchesExact(path));
    if (api == u"MatchesUsingParentResults"_s || api == u"MatchesUsingParentResultsNoContext"_s) {
        gmd::MatchInfo info;
        if (api == u"MatchesUsingParentResults"_s) {
            for (qsizetype i = 1; i <= parentDirs.size(); ++i) {
                gmd::MatchInfo next;
                pm.matchesUsingParentResults(parentDirs.first(i).join(u'/'), info, &next);
                info = next;
            }
        }
        return verdict(pm.matchesUsingParentResults(path, info, nullptr));
    }
    if (api == u"MatchesUsingParentResult"_s) {
        bool bad = false;
        bool parentMatched = false;
        for (qsizetype i = 1; i <= parentDirs.size(); ++i)
            parentMatched = matchesUsingParentResult(pm, parentDirs.first(i).join(u'/'), parentMatched, &bad);
        const bool m = matchesUsingParentResult(pm, native, parentMatched, &bad);
        return bad ? u"error"_s : (m ? u"true"_s : u"false"_s);
    }
    return u"unsupported api %1"_s.arg(api);
}

} // namespace

class TestDockerignoreConformance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cases_data()
    {
        QTest::addColumn<QString>("api");
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<QString>("path");
        QTest::addColumn<PathStyle>("style");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("problem");

        const QString file = gmdtest::conformanceDir() + u"/dockerignore/cases.tsv"_s;
        if (!QFileInfo::exists(file)) {
            QTest::addRow("vectors absent")
                << QString() << QStringList() << QString() << PathStyle::Unix << QString() << u"absent"_s;
            return;
        }
        // Raw fields: the patterns column is JSON (its own escapes), the path is raw text.
        const gmdtest::TsvTable t = gmdtest::readTsv(file, false);
        QVERIFY2(t.ok(), qPrintable(t.error));
        for (const QString& col : { u"id"_s, u"api"_s, u"platform"_s, u"patterns"_s, u"path"_s, u"expected"_s })
            QVERIFY2(t.column(col) >= 0, qPrintable(u"%1 lacks column %2"_s.arg(file, col)));
        QVERIFY2(!t.rows.isEmpty(), qPrintable(u"%1 has no rows"_s.arg(file)));
        for (int r = 0; r < t.rows.size(); ++r) {
            const QString id = t.field(r, u"id"_s);
            const QString api = t.field(r, u"api"_s);
            const QString platform = t.field(r, u"platform"_s);
            const QString json = t.field(r, u"patterns"_s);
            const QString path = t.field(r, u"path"_s);
            const QString expected = t.field(r, u"expected"_s);
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
            QString problem;
            QStringList patterns;
            if (err.error != QJsonParseError::NoError || !doc.isArray())
                problem = u"patterns column is not a JSON array: %1"_s.arg(json);
            for (const QJsonValue& v : doc.array())
                patterns.append(v.toString());
            if (expected != u"true"_s && expected != u"false"_s && expected != u"error"_s)
                problem = u"unknown expected value '%1'"_s.arg(expected);
            QList<PathStyle> styles;
            if (platform == u"all"_s)
                styles = { PathStyle::Unix, PathStyle::Windows };
            else if (platform == u"unix"_s)
                styles = { PathStyle::Unix };
            else if (platform == u"windows"_s)
                styles = { PathStyle::Windows };
            else
                problem = u"unknown platform '%1'"_s.arg(platform);
            if (styles.isEmpty())
                styles = { PathStyle::Unix };
            for (const PathStyle style : std::as_const(styles)) {
                const QString name = u"spec 10 id %1 %2 %3 %4 %5 -> %6"_s.arg(
                    id, style == PathStyle::Unix ? u"[unix]"_s : u"[windows]"_s, api, json, path, expected);
                QTest::addRow("%s", qPrintable(name)) << api << patterns << path << style << expected << problem;
            }
        }
    }

    void cases()
    {
        QFETCH(QString, api);
        QFETCH(QStringList, patterns);
        QFETCH(QString, path);
        QFETCH(PathStyle, style);
        QFETCH(QString, expected);
        QFETCH(QString, problem);
        if (problem == u"absent"_s)
            QSKIP("conformance/dockerignore/cases.tsv is not present");
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(evaluate(api, patterns, path, style), expected);
    }
};

QTEST_GUILESS_MAIN(TestDockerignoreConformance)
#include "tst_dockerignoreconformance.moc"
