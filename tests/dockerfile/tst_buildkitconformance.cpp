// SPDX-License-Identifier: MIT
// BuildKit parser conformance: every case folder of <conformance>/buildkit-parser must parse to
// the expected Node.Dump() (positive cases) or fail (negative cases, no `result` file).
#include "dockerfile/dockerfiledump.h"
#include "dockerfile/dockerfileparser.h"
#include "testutil/testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

QString caseRoot()
{
    return gmdtest::conformanceDir() + u"/buildkit-parser"_s;
}

/// A line-by-line diff that points at the first differing line.
QString readableDiff(const QString& expected, const QString& actual)
{
    const QStringList e = expected.split(u'\n');
    const QStringList a = actual.split(u'\n');
    QString out;
    for (qsizetype i = 0; i < qMax(e.size(), a.size()); ++i) {
        const QString el = e.value(i, u"<missing>"_s);
        const QString al = a.value(i, u"<missing>"_s);
        if (el != al)
            out += u"line %1:\n  expected: %2\n  actual:   %3\n"_s.arg(i + 1).arg(el, al);
    }
    return out;
}

} // namespace

class TestBuildkitConformance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parserCases_data()
    {
        QTest::addColumn<QString>("dir");
        const QDir root(caseRoot());
        const QStringList cases =
            root.exists() ? root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name) : QStringList();
        if (cases.isEmpty()) {
            QTest::addRow("conformance absent") << QString();
            return;
        }
        for (const QString& name : cases)
            QTest::addRow("%s", qPrintable(name)) << root.filePath(name);
    }

    void parserCases()
    {
        QFETCH(QString, dir);
        if (dir.isEmpty())
            QSKIP("buildkit-parser conformance data is not present");
        const QByteArray input = gmdtest::readFile(dir + u"/Dockerfile"_s);
        const gmd::DockerfileAst ast = gmd::parseDockerfile(input, dir + u"/Dockerfile"_s);
        const QString resultFile = dir + u"/result"_s;
        if (!QFileInfo::exists(resultFile)) {
            QVERIFY2(ast.error.has_value(), "a negative case must fail to parse");
            return;
        }
        QVERIFY2(!ast.error, ast.error ? qPrintable(ast.error->format()) : "");
        const QByteArray expected = gmdtest::readFile(resultFile);
        const QByteArray actual = (gmd::dumpDockerfile(ast) + u'\n').toUtf8();
        QVERIFY2(actual == expected, qPrintable(readableDiff(QString::fromUtf8(expected), QString::fromUtf8(actual))));
    }
};

QTEST_GUILESS_MAIN(TestBuildkitConformance)
#include "tst_buildkitconformance.moc"
