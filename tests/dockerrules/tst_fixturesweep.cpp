// SPDX-License-Identifier: MIT
// The fixture sweep (issue 3, "Done when"): every folder under tests/data/dockerfiles is a small
// project in the shape of a well-known public Go project's Dockerfile. The doctor runs on it the
// way `gomoddoctor-cli check DIR --no-network` does (collectFacts + every registered check), must not
// crash, and must report exactly the finding ids listed in the folder's expected.txt.
//
// The result must not depend on the machine: the go command is a path that does not exist, the
// diagnosed environment is empty but for HOME (a temporary folder) and PATH, and the go-tool and
// host-environment findings (GMD001..GMD004, environment "host") are left out. What counts is what
// the doctor says about the fixture's own files: its Dockerfile, .dockerignore and module files.
#include "checks/engine.h"
#include "checks/factscollector.h"
#include "checks/registry.h"
#include "testutil/testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString fixturesRoot()
{
    return gmdtest::testDataDir() + u"/dockerfiles"_s;
}

/// The ids of expected.txt: one per line, '#' starts a comment, blank lines are ignored.
QStringList expectedIds(const QString& path)
{
    QStringList ids;
    const QString text = QString::fromUtf8(gmdtest::readFile(path));
    for (const QString& raw : text.split(u'\n')) {
        const QString line = raw.section(u'#', 0, 0).trimmed();
        if (!line.isEmpty())
            ids.append(line.section(u' ', 0, 0));
    }
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

/// True for the findings about the go command or the host that runs the doctor, not the fixture.
bool isHostFinding(const gmd::Finding& f)
{
    static const QStringList goTool { u"GMD001"_s, u"GMD002"_s, u"GMD003"_s, u"GMD004"_s };
    return goTool.contains(f.id) || f.environment == u"host"_s;
}

/// The absolute, clean path of a finding's file (relative ones are relative to the project).
QString absoluteFile(const QString& projectDir, const QString& file)
{
    return QDir::cleanPath(QDir::isRelativePath(file) ? QDir(projectDir).filePath(file) : file);
}

void dump(const QList<gmd::Finding>& findings)
{
    for (const gmd::Finding& f : findings) {
        qWarning().noquote() << f.id << f.environment << (f.location ? f.location->toString() : u"(no location)"_s)
                             << f.message.left(200);
    }
}

} // namespace

class TestFixtureSweep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sweep_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(fixturesRoot());
        const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(names.size() >= 12, qPrintable(u"fewer than 12 fixtures in %1"_s.arg(root.path())));
        for (const QString& name : names)
            QTest::addRow("%s", qPrintable(name)) << root.filePath(name);
    }

    void sweep()
    {
        QFETCH(QString, dir);
        const QString expectedPath = dir + u"/expected.txt"_s;
        QVERIFY2(QFileInfo::exists(expectedPath), qPrintable(u"%1 is missing"_s.arg(expectedPath)));
        QVERIFY2(QFileInfo::exists(dir + u"/Dockerfile"_s), "the fixture has no Dockerfile");

        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env;
        env.insert(u"HOME"_s, home.path());
        env.insert(u"PATH"_s, home.filePath(u"bin"_s)); // no go, no git from the machine
        gmd::CollectOptions co;
        co.projectDir = QFileInfo(dir).absoluteFilePath();
        co.environment = env;
        co.goCommand = home.filePath(u"no-such-go"_s); // the CLI's --go: missing on every machine
        co.goTimeoutMs = 2000;
        co.network = false; // --no-network
        const gmd::Facts facts = gmd::collectFacts(co);
        QVERIFY2(!facts.dockerfiles.isEmpty(), "the Dockerfile was not analysed");

        const gmd::DiagnosisResult result = gmd::runChecks(facts, gmd::allChecks());
        QVERIFY(!result.cancelled);
        for (const gmd::CheckOutcome& o : result.checks) {
            QVERIFY2(o.status != gmd::CheckStatus::Error,
                qPrintable(u"check %1 could not run: %2"_s.arg(o.info.id, o.reason)));
        }

        const QString project = QDir::cleanPath(co.projectDir);
        QList<gmd::Finding> counted;
        QList<gmd::Finding> unlocated;
        for (const gmd::Finding& f : result.findings) {
            if (isHostFinding(f))
                continue;
            if (!f.location || !f.location->isValid()) {
                // A finding about a Dockerfile context must point into it.
                if (f.environment.startsWith(u"Dockerfile"_s))
                    unlocated.append(f);
                continue; // project-level findings without a file (go.sum coverage...) are not the sweep's
            }
            const QString file = absoluteFile(project, f.location->file);
            if (!file.startsWith(project + u'/')) {
                unlocated.append(f);
                continue;
            }
            counted.append(f);
        }
        if (!unlocated.isEmpty())
            dump(unlocated);
        QVERIFY2(unlocated.isEmpty(), "a finding about the fixture is not located in the fixture");

        QStringList ids;
        for (const gmd::Finding& f : counted)
            ids.append(f.id);
        ids.sort();
        ids.removeDuplicates();
        const QStringList expected = expectedIds(expectedPath);
        if (ids != expected)
            dump(counted);
        QCOMPARE(ids, expected);
    }
};

QTEST_GUILESS_MAIN(TestFixtureSweep)
#include "tst_fixturesweep.moc"
