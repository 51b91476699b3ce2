// SPDX-License-Identifier: MIT
// The fix property (issue 5 section 1): for every Dockerfile fixture (as written, with CRLF line
// endings and a BOM, and without a final newline) and a few inline projects, every generated
// Dockerfile/.dockerignore edit is applied with applyPlan() to a fresh copy; the edited Dockerfile
// must re-parse cleanly, keep its BOM, line endings and final-newline state, the checks run again
// must no longer report the fixed finding (fewer of its id) and report nothing that was not there
// before, and undo from the journal must give back every file with the same SHA-256.
#include "dockerfile/dockerfileparser.h"
#include "fix/applyplan.h"
#include "fix/journal.h"
#include "fix/textdocument.h"
#include "fixgen/fixgenerators.h"
#include "fixgentestutil.h"
#include "testutil/testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::ProjectFiles;

namespace {

/// SHA-256 of every file, by relative path.
QMap<QString, QByteArray> hashes(const ProjectFiles& files)
{
    QMap<QString, QByteArray> out;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        out.insert(it.key(), QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex());
    return out;
}

QSet<QString>& coveredGenerators()
{
    static QSet<QString> ids;
    return ids;
}

ProjectFiles goModule(ProjectFiles files)
{
    const QString root = gmdtest::testDataDir() + u"/dockerfiles/naive-copy-all/"_s;
    files.insert(u"go.mod"_s, gmdtest::readFile(root + u"go.mod"_s));
    files.insert(u"go.sum"_s, gmdtest::readFile(root + u"go.sum"_s));
    files.insert(u"main.go"_s, gmdtest::readFile(root + u"main.go"_s));
    return files;
}

enum class Variant { AsIs, CrlfBom, NoFinalNewline };

ProjectFiles variantOf(ProjectFiles files, Variant v)
{
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString name = QFileInfo(it.key()).fileName();
        if (name != u"Dockerfile"_s && name != u".dockerignore"_s)
            continue;
        if (v == Variant::CrlfBom)
            it.value() =
                (name == u"Dockerfile"_s ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + gmdtest::toCrlf(it.value());
        else if (v == Variant::NoFinalNewline)
            while (it.value().endsWith('\n') || it.value().endsWith('\r'))
                it.value().chop(1);
    }
    return files;
}

void dump(const char* what, const QList<gmd::Finding>& findings)
{
    for (const gmd::Finding& f : findings)
        qWarning().noquote() << what << f.id << f.environment << f.subject << f.message.left(160);
}

} // namespace

class TestFixGenProperty : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void property_data()
    {
        QTest::addColumn<ProjectFiles>("files");
        QMap<QString, ProjectFiles> projects;
        const QDir root(gmdtest::testDataDir() + u"/dockerfiles"_s);
        for (const QString& name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            ProjectFiles files = gmdtest::readProject(root.filePath(name));
            files.remove(u"expected.txt"_s);
            projects.insert(u"fixture "_s + name, files);
        }
        projects.insert(u"inline GMD301 go.mod copied alone"_s,
            goModule({ { u"Dockerfile"_s,
                           "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod ./\n"
                           "RUN --mount=type=cache,target=/go/pkg/mod go mod download\nCOPY . .\n"
                           "RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build "
                           "go build -o /app .\n" },
                { u".dockerignore"_s, ".git\n" } }));
        projects.insert(u"inline GMD304 bind mount of the context without module cache"_s,
            goModule({ { u"Dockerfile"_s,
                           "FROM golang:1.22\nWORKDIR /src\nRUN --mount=type=bind,target=. \\\n"
                           "    --mount=type=cache,target=/root/.cache/go-build \\\n    go build -o /app .\n" },
                { u".dockerignore"_s, ".git\n" } }));
        projects.insert(u"inline GMD400 ignore file excludes go.sum"_s,
            goModule({ { u"Dockerfile"_s,
                           "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./\n"
                           "RUN --mount=type=cache,target=/go/pkg/mod go mod download\n" },
                { u".dockerignore"_s, ".git\ngo.sum\n" } }));
        projects.insert(u"inline GMD401 no .dockerignore, .git sent"_s,
            goModule({ { u"Dockerfile"_s,
                           "FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./\n"
                           "RUN --mount=type=cache,target=/go/pkg/mod go mod download\nCOPY . .\n" },
                { u".git/HEAD"_s, "ref: refs/heads/main\n" }, { u".git/config"_s, "[core]\n" } }));
        projects.insert(u"inline GMD110 ENV GOSUMDB=off"_s,
            goModule({ { u"Dockerfile"_s,
                           "FROM golang:1.22\nENV GOSUMDB=off\nWORKDIR /src\nCOPY go.mod go.sum ./\n"
                           "RUN --mount=type=cache,target=/go/pkg/mod go mod download\n" },
                { u".dockerignore"_s, ".git\n" } }));
        projects.insert(u"inline GMD101 GOPROXY=off among other ENV pairs"_s,
            goModule({ { u"Dockerfile"_s,
                           "FROM golang:1.22\n  ENV CGO_ENABLED=0 GOPROXY=off GOFLAGS=\"-mod=mod\"\nWORKDIR /src\n"
                           "COPY go.mod go.sum ./\nRUN --mount=type=cache,target=/go/pkg/mod go mod download\n" },
                { u".dockerignore"_s, ".git\n" } }));
        projects.insert(u"inline GMD110 GOSUMDB=off among other ENV pairs"_s,
            goModule({ { u"Dockerfile"_s,
                           "FROM golang:1.22\nENV GOSUMDB=off CGO_ENABLED=0\nWORKDIR /src\nCOPY go.mod go.sum ./\n"
                           "RUN --mount=type=cache,target=/go/pkg/mod go mod download\n" },
                { u".dockerignore"_s, ".git\n" } }));
        projects.insert(u"inline GMD101 ENV GOPROXY=off"_s,
            goModule({ { u"Dockerfile"_s,
                           "FROM golang:1.22\nENV GOPROXY=off\nWORKDIR /src\nCOPY go.mod go.sum ./\n"
                           "RUN --mount=type=cache,target=/go/pkg/mod go mod download\n" },
                { u".dockerignore"_s, ".git\n" } }));
        projects.insert(u"inline GMD142 base image older than the go line"_s,
            goModule({ { u"Dockerfile"_s,
                           "FROM --platform=$BUILDPLATFORM golang:1.20-alpine AS build\nWORKDIR /src\n"
                           "COPY go.mod go.sum ./\nRUN --mount=type=cache,target=/go/pkg/mod go mod download\n" },
                { u".dockerignore"_s, ".git\n" } }));
        projects.insert(u"inline GMD307 token build arg used by the download"_s,
            goModule({ { u"Dockerfile"_s,
                           "FROM golang:1.22 AS build\nARG GITHUB_TOKEN\nWORKDIR /src\nCOPY go.mod go.sum ./\n"
                           "RUN --mount=type=cache,target=/go/pkg/mod ./fetch-private.sh \"$GITHUB_TOKEN\" && "
                           "go mod download\n" },
                { u".dockerignore"_s, ".git\n" } }));
        projects.insert(u"inline GMD307 credential in ENV"_s,
            goModule({ { u"Dockerfile"_s,
                           "FROM golang:1.22\nENV API_TOKEN=ghp_0123456789abcdefghijABCDEFGHIJ\nWORKDIR /src\n"
                           "COPY go.mod go.sum ./\nRUN --mount=type=cache,target=/go/pkg/mod ./fetch.sh \"$API_TOKEN\"\n" },
                { u".dockerignore"_s, ".git\n" } }));
        for (auto it = projects.cbegin(); it != projects.cend(); ++it) {
            QTest::addRow("%s, LF", qPrintable(it.key())) << variantOf(it.value(), Variant::AsIs);
            QTest::addRow("%s, CRLF and BOM", qPrintable(it.key())) << variantOf(it.value(), Variant::CrlfBom);
            QTest::addRow("%s, no final newline", qPrintable(it.key()))
                << variantOf(it.value(), Variant::NoFinalNewline);
        }
    }

    void property()
    {
        QFETCH(ProjectFiles, files);
        QTemporaryDir home;
        QTemporaryDir base;
        QVERIFY(home.isValid() && base.isValid());
        QVERIFY(gmdtest::writeProject(base.path(), files));
        const gmdtest::ProjectDiagnosis before = gmdtest::diagnoseProject(base.path(), home.path());
        const QMap<QString, int> was = gmdtest::idCounts(before.findings);
        for (const gmd::Finding& finding : before.findings) {
            for (const gmd::FixPlan& plan : gmd::fixPlansFor(before.facts, finding)) {
                QVERIFY2(gmd::validateFixPlan(plan).isEmpty(), qPrintable(gmd::validateFixPlan(plan).join(u"; "_s)));
                if (plan.edits.isEmpty())
                    continue;
                QVERIFY2(plan.goEnv.isEmpty(), qPrintable(plan.id));
                QTemporaryDir copy;
                QVERIFY(copy.isValid());
                QVERIFY(gmdtest::writeProject(copy.path(), files));
                gmd::FixPlan inCopy = plan; // the same plan for the copy of the project
                for (gmd::FileEdit& e : inCopy.edits) {
                    const QString rel = QDir(base.path()).relativeFilePath(e.path);
                    QVERIFY2(!rel.startsWith(u".."_s), qPrintable(e.path));
                    e.path = QDir(copy.path()).filePath(rel);
                    QCOMPARE(e.create, !files.contains(rel));
                    if (!e.create)
                        QCOMPARE(e.original, files.value(rel));
                    QVERIFY(e.replacement != e.original);
                    // The encoding of the file is kept: BOM, endings, final newline.
                    if (!e.create) {
                        const gmd::TextDocument o = gmd::TextDocument::decode(e.original);
                        const gmd::TextDocument n = gmd::TextDocument::decode(e.replacement);
                        QCOMPARE(n.hasBom(), o.hasBom());
                        QCOMPARE(n.hasFinalNewline(), o.hasFinalNewline());
                        if (o.endingStyle() == gmd::TextDocument::EndingStyle::CRLF)
                            QVERIFY2(n.endingStyle() == gmd::TextDocument::EndingStyle::CRLF
                                    || (n.lineCount() == 1 && !n.hasFinalNewline()),
                                e.replacement.constData());
                    }
                    if (QFileInfo(rel).fileName() == u"Dockerfile"_s) {
                        const gmd::DockerfileAst ast = gmd::parseDockerfile(e.replacement);
                        QVERIFY2(ast.ok(), e.replacement.constData());
                    }
                }
                // Applied for real (atomic writes, journal), so undo can be checked by hash.
                QTemporaryDir journal;
                gmd::ApplyOptions ao;
                ao.journalDirectory = journal.path();
                const gmd::ApplyResult applied = gmd::applyPlan(inCopy, ao);
                QVERIFY2(applied.ok, qPrintable(applied.error));
                for (const gmd::FileEdit& e : inCopy.edits)
                    QCOMPARE(gmdtest::readFile(e.path), e.replacement);
                const gmdtest::ProjectDiagnosis after = gmdtest::diagnoseProject(copy.path(), home.path());
                const QMap<QString, int> now = gmdtest::idCounts(after.findings);
                if (now.value(finding.id) >= was.value(finding.id)) {
                    dump("before", before.findings);
                    dump("after", after.findings);
                    QFAIL(qPrintable(u"%1 still fires after %2"_s.arg(finding.id, plan.id)));
                }
                for (auto it = now.cbegin(); it != now.cend(); ++it) {
                    if (it.value() > was.value(it.key())) {
                        dump("before", before.findings);
                        dump("after", after.findings);
                        QFAIL(qPrintable(u"%1 appeared after %2"_s.arg(it.key(), plan.id)));
                    }
                }
                // Undo puts every file back, byte for byte (compared by SHA-256).
                const gmd::UndoResult undone = gmd::Journal(journal.path()).undo(applied.journalEntryId);
                QVERIFY2(undone.ok, qPrintable(undone.error));
                QCOMPARE(hashes(gmdtest::readProject(copy.path())), hashes(files));
                coveredGenerators().insert(finding.id);
            }
        }
    }

    /// Runs after property(): every Dockerfile/.dockerignore generator was exercised by some row.
    void everyGeneratorCovered()
    {
        QStringList covered = coveredGenerators().values();
        covered.sort();
        for (const QString& id : { u"GMD101"_s, u"GMD110"_s, u"GMD142"_s, u"GMD301"_s, u"GMD303"_s, u"GMD304"_s,
                 u"GMD305"_s, u"GMD307"_s, u"GMD400"_s, u"GMD401"_s })
            QVERIFY2(covered.contains(id), qPrintable(u"%1 not covered; covered: %2"_s.arg(id, covered.join(u' '))));
    }
};

QTEST_GUILESS_MAIN(TestFixGenProperty)
#include "tst_fixgenproperty.moc"
