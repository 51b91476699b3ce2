// SPDX-License-Identifier: MIT
// The registry as a whole: unique ids, a doc page per check with the required sections, and a
// test file per check (so that no check ships without rows that must fire and must not).
#include "checks/checklabels.h"
#include "checks/registry.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestRegistry : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void idsAreUniqueAndWellFormed()
    {
        QSet<QString> ids;
        QSet<QString> slugs;
        static const QRegularExpression idRe(u"^(GMD\\d{3}|[A-Z][A-Za-z]+)$"_s);
        static const QRegularExpression slugRe(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
        for (const gmd::Check* c : gmd::allChecks()) {
            const gmd::CheckInfo info = c->info();
            QVERIFY2(idRe.match(info.id).hasMatch(), qPrintable(info.id));
            QVERIFY2(slugRe.match(info.slug).hasMatch(), qPrintable(info.slug));
            QVERIFY2(!ids.contains(info.id), qPrintable(u"duplicate id "_s + info.id));
            QVERIFY2(!slugs.contains(info.slug), qPrintable(u"duplicate slug "_s + info.slug));
            QVERIFY(!info.title.isEmpty());
            QVERIFY(!info.category.isEmpty());
            if (info.id.startsWith(u"GMD"_s))
                QVERIFY2(gmd::hasCheckLabel(info.id), qPrintable(u"no checklist label for "_s + info.id));
            ids.insert(info.id);
            slugs.insert(info.slug);
        }
        QVERIFY(ids.size() >= 4);
    }

    void everyCheckHasADocPage_data()
    {
        QTest::addColumn<QString>("id");
        for (const gmd::Check* c : gmd::allChecks())
            QTest::addRow("%s", qPrintable(c->info().id)) << c->info().id;
    }
    void everyCheckHasADocPage()
    {
        QFETCH(QString, id);
        const QString path = QStringLiteral(GMD_SOURCE_DIR) + u"/docs/checks/"_s + id + u".md"_s;
        QFile f(path);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(u"missing doc page "_s + path));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.startsWith(u"# "_s + id), qPrintable(path + u" must start with '# "_s + id + u"'"_s));
        for (const QString& section : {u"## What"_s, u"## Why"_s, u"## How to fix"_s, u"## References"_s})
            QVERIFY2(text.contains(section), qPrintable(path + u" lacks "_s + section));
    }

    void readmeListsEveryCheck()
    {
        QFile f(QStringLiteral(GMD_SOURCE_DIR) + u"/README.md"_s);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString readme = QString::fromUtf8(f.readAll());
        for (const gmd::Check* c : gmd::allChecks()) {
            const QString id = c->info().id;
            QVERIFY2(readme.contains(u"[%1](docs/checks/%1.md)"_s.arg(id)),
                     qPrintable(u"README.md does not list %1: run scripts/update-readme-checks.sh"_s.arg(id)));
        }
    }

    void everyCheckHasATestFile_data() { everyCheckHasADocPage_data(); }
    void everyCheckHasATestFile()
    {
        QFETCH(QString, id);
        const QString dir = QStringLiteral(GMD_SOURCE_DIR) + u"/tests/"_s;
        const QString name = u"tst_"_s + id.toLower() + u".cpp"_s;
        bool found = QFile::exists(dir + u"checks/"_s + name) || QFile::exists(dir + u"dockerrules/"_s + name);
        if (!found && !id.startsWith(u"GMD"_s)) {
            // BuildKit's rules, registered under BuildKit's names: a test under tests/dockerrules/ or
            // tests/buildcheck/ that names the rule.
            for (const QString& sub : { u"dockerrules"_s, u"buildcheck"_s }) {
                const QStringList files = QDir(dir + sub).entryList({ u"tst_*.cpp"_s }, QDir::Files);
                for (const QString& file : files) {
                    QFile f(dir + sub + u'/' + file);
                    found = found
                        || (f.open(QIODevice::ReadOnly) && QString::fromUtf8(f.readAll()).contains(u'"' + id + u'"'));
                }
            }
        }
        QVERIFY2(found, qPrintable(u"no test file "_s + name + u" (nor a tests/dockerrules test naming "_s + id + u')'));
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
