// SPDX-License-Identifier: MIT
// The Environment page's model: effective values with source and location, hidden values as
// children, masked secrets.
#include "checks/checktestutil.h"
#include "environmentmodel.h"
#include "modeldump.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

/// The rows of `names` only (with their children): the full model lists every reported variable.
QStringList dumpVariables(const gmd::EnvironmentModel& model, const QStringList& names)
{
    QStringList out;
    const QStringList all = gmdtest::dumpModel(&model);
    bool keep = false;
    for (const QString& line : all) {
        if (!line.startsWith(u' '))
            keep = names.contains(line.section(u" | "_s, 0, 0));
        if (keep)
            out << line;
    }
    return out;
}

} // namespace

class TestEnvironmentModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hiddenValuesAreChildren()
    {
        gmd::EnvironmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // ENV-1: the OS value wins over the go env -w file; ENV-2: an empty OS value is ignored.
        const gmd::Facts facts = gmdtest::FactsBuilder()
                                     .os(u"GOPROXY"_s, u"https://bob:hunter2@proxy.corp.example"_s)
                                     .os(u"GOPRIVATE"_s, {})
                                     .envFile("GOPROXY=direct\nGOPRIVATE=git.corp.example\n")
                                     .build();
        model.setEnvironment(facts.host());
        QCOMPARE(dumpVariables(model, { u"GOPROXY"_s, u"GOPRIVATE"_s, u"GONOPROXY"_s, u"GOAUTH"_s, u"GOINSECURE"_s }),
            QStringList({
                u"GOPROXY | https://bob:xxxxx@proxy.corp.example | OS environment"_s,
                u"  hidden | direct | go env -w file | /home/u/.config/go/env:1"_s,
                u"  hidden | https://proxy.golang.org,direct | $GOROOT/go.env | /usr/lib/go/go.env:2"_s,
                u"GOPRIVATE | git.corp.example | go env -w file | /home/u/.config/go/env:2"_s,
                u"  hidden | (empty) | OS environment"_s,
                u"GONOPROXY | git.corp.example | default from another variable | from GOPRIVATE"_s,
                u"GOINSECURE |  | not set"_s,
                u"GOAUTH | netrc | built-in default | built into go"_s,
            }));
        const QModelIndex goproxy = model.indexOfVariable(u"GOPROXY"_s);
        QVERIFY(goproxy.isValid());
        QCOMPARE(model.rowCount(goproxy), 2);
        QCOMPARE(model.index(0, 0, goproxy).data(gmd::EnvironmentModel::IsHiddenValueRole).toBool(), true);
        QCOMPARE(model.index(0, 0, goproxy).data(gmd::EnvironmentModel::NameRole).toString(), u"GOPROXY"_s);
        QCOMPARE(goproxy.data(gmd::EnvironmentModel::SourceKeyRole).toString(), u"os"_s);
        for (const QString& line : gmdtest::dumpModel(&model))
            QVERIFY2(!line.contains(u"hunter2"_s), qPrintable(line));
    }

    void secretNamesAreMaskedEntirely()
    {
        gmd::EnvironmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        gmd::EnvContext context;
        context.id = u"host"_s;
        gmd::EnvValue token;
        token.name = u"GITHUB_TOKEN"_s;
        token.value = u"ghp_abcdefghijklmnopqrstuvwxyz0123456789"_s;
        token.source = gmd::EnvSource::OsEnvironment;
        context.env.set(token);
        model.setEnvironment(context);
        const QModelIndex idx = model.indexOfVariable(u"GITHUB_TOKEN"_s);
        QVERIFY(idx.isValid());
        const QString shown = idx.siblingAtColumn(gmd::EnvironmentModel::ValueColumn).data().toString();
        QVERIFY2(!shown.contains(u"ghp_"_s), qPrintable(shown));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestEnvironmentModel)
#include "tst_environmentmodel.moc"
