// SPDX-License-Identifier: MIT
// The collector: a real folder with a Dockerfile, an ignore file and go.mod (spec G6,
// dockerignore.md 1.1-1.4); and finding Dockerfiles in a project.
#include "docker/dockerfilefacts.h"
#include "testutil/testutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kDockerfile = "FROM golang:1.22-alpine AS build\n"
                               "WORKDIR /src\n"
                               "COPY go.mod go.sum ./\n"
                               "RUN go mod download\n"
                               "COPY . .\n"
                               "RUN go build -o /app .\n"
                               "FROM scratch\n"
                               "COPY --from=build /app /app\n";

bool writeProject(const QString& dir)
{
    return gmdtest::writeFile(dir + u"/Dockerfile"_s, kDockerfile)
        && gmdtest::writeFile(dir + u"/.dockerignore"_s, "*.sum\n.git\n")
        && gmdtest::writeFile(dir + u"/go.mod"_s, "module example.com/app\n\ngo 1.22\n")
        && gmdtest::writeFile(dir + u"/go.sum"_s, "example.com/x v1.0.0 h1:abc=\n")
        && gmdtest::writeFile(dir + u"/main.go"_s, "package main\n\nfunc main() {}\n");
}

} // namespace

class TestDockerfileFacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void collect()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QVERIFY(writeProject(tmp.path()));
        const gmd::DockerfileFacts f = gmd::collectDockerfileFacts(tmp.path() + u"/Dockerfile"_s, tmp.path());
        QVERIFY2(f.ok(), qPrintable(f.problem));
        QCOMPARE(f.displayPath, u"Dockerfile"_s);
        QCOMPARE(f.analysis.stages.size(), 2);
        QCOMPARE(f.ignoreSelection.source, gmd::IgnoreFileSelection::Source::ContextRoot);
        QVERIFY(f.ignoreFile.has_value());
        QVERIFY(f.contextScanned);

        // G6: go.sum is named by COPY but the ignore file removes it from the context.
        QStringList sources;
        for (const gmd::CopySourceFact& c : f.copySources)
            sources.append(u"%1:%2"_s.arg(c.location.line).arg(c.source));
        QCOMPARE(sources, QStringList({ u"3:go.mod"_s, u"3:go.sum"_s, u"5:."_s }));
        QVERIFY(!f.copySources.at(0).result.copiesNothing());
        QVERIFY(f.copySources.at(1).result.copiesNothing());
        QVERIFY(!f.copySources.at(1).result.excludedBy.isEmpty());
        QVERIFY(f.copySources.at(2).result.wholeContext);

        const gmd::ImagePathQuery mod = f.pathAtRun(4, u"/src/go.mod"_s);
        QVERIFY(mod.copied && mod.named && mod.confirmed);
        const gmd::ImagePathQuery sum = f.pathAtRun(4, u"/src/go.sum"_s);
        QVERIFY(!sum.copied);
        QVERIFY(sum.excludedByIgnoreFile);
        QCOMPARE(sum.location.line, 3);
        const gmd::ImagePathQuery main = f.pathAtRun(6, u"/src/main.go"_s);
        QVERIFY(main.copied && main.viaWholeContext && main.confirmed);
        QVERIFY(!f.pathAtRun(6, u"/src/go.sum"_s).copied); // excluded from COPY . . too
        QVERIFY(!f.pathAtRun(6, u"/src/missing.go"_s).copied);

        const QList<gmd::EnvContext> envs = f.environments();
        QCOMPARE(envs.size(), 2);
        QCOMPARE(envs.at(0).id, u"Dockerfile:build:4"_s);
        QCOMPARE(envs.at(0).env.value(u"GOTOOLCHAIN"_s), u"local"_s);
    }

    void dockerfileSpecificIgnoreFile()
    {
        // dockerignore.md 1.2: <Dockerfile>.dockerignore next to the Dockerfile replaces .dockerignore.
        QTemporaryDir tmp;
        QVERIFY(writeProject(tmp.path()));
        QVERIFY(gmdtest::writeFile(tmp.path() + u"/docker/app.Dockerfile"_s, kDockerfile));
        QVERIFY(gmdtest::writeFile(tmp.path() + u"/docker/app.Dockerfile.dockerignore"_s, "main.go\n"));
        const gmd::DockerfileFacts f =
            gmd::collectDockerfileFacts(tmp.path() + u"/docker/app.Dockerfile"_s, tmp.path());
        QVERIFY(f.ok());
        QCOMPARE(f.displayPath, u"docker/app.Dockerfile"_s);
        QCOMPARE(f.ignoreSelection.source, gmd::IgnoreFileSelection::Source::DockerfileSpecific);
        QVERIFY(f.pathAtRun(4, u"/src/go.sum"_s).confirmed); // *.sum is not excluded any more
        QVERIFY(!f.pathAtRun(6, u"/src/main.go"_s).copied);
        QCOMPARE(f.environments().constFirst().id, u"docker/app.Dockerfile:build:4"_s);
        QCOMPARE(f.analysis.runs.constFirst().location.file, u"docker/app.Dockerfile"_s);
    }

    void buildArgsAndTarget()
    {
        QTemporaryDir tmp;
        QVERIFY(writeProject(tmp.path()));
        gmd::DockerAnalysisOptions o;
        o.target = u"build"_s;
        o.buildArgs.insert(u"https_proxy"_s, u"http://proxy:3128"_s);
        const gmd::DockerfileFacts f = gmd::collectDockerfileFacts(tmp.path() + u"/Dockerfile"_s, tmp.path(), o);
        QCOMPARE(f.analysis.target, 0);
        QVERIFY(!f.analysis.stages.at(1).reachable);
        QCOMPARE(f.environments().constFirst().env.value(u"HTTPS_PROXY"_s), u"http://proxy:3128"_s);
    }

    void problems()
    {
        QTemporaryDir tmp;
        const gmd::DockerfileFacts missing = gmd::collectDockerfileFacts(tmp.path() + u"/Dockerfile"_s, tmp.path());
        QVERIFY(!missing.ok());
        QVERIFY(missing.problem.contains(u"Dockerfile"_s));
        QVERIFY(gmdtest::writeFile(tmp.path() + u"/Dockerfile"_s, "RUN echo\n"));
        const gmd::DockerfileFacts bad = gmd::collectDockerfileFacts(tmp.path() + u"/Dockerfile"_s, tmp.path());
        QVERIFY(bad.problem.isEmpty());
        QVERIFY(gmd::hasErrors(bad.model.diagnostics)); // no build stage in current context
        const gmd::DockerfileFacts noContext =
            gmd::collectDockerfileFacts(tmp.path() + u"/Dockerfile"_s, tmp.path() + u"/missing"_s);
        QVERIFY(!noContext.contextScanned);
        QVERIFY(!noContext.notes.isEmpty());
    }

    void cancelled()
    {
        QTemporaryDir tmp;
        QVERIFY(writeProject(tmp.path()));
        std::atomic<bool> cancel { true };
        const gmd::DockerfileFacts f =
            gmd::collectDockerfileFacts(tmp.path() + u"/Dockerfile"_s, tmp.path(), {}, &cancel);
        QVERIFY(f.ok());
        QVERIFY(!f.contextScanned);
        QVERIFY(!f.pathAtRun(4, u"/src/go.mod"_s).confirmed); // without a scan nothing is confirmed
        QVERIFY(f.pathAtRun(4, u"/src/go.mod"_s).named);
    }

    void findDockerfiles()
    {
        QTemporaryDir tmp;
        const QString root = tmp.path();
        for (const QString& name : { u"Dockerfile"_s, u"Dockerfile.dev"_s, u"api.Dockerfile"_s, u"web.dockerfile"_s,
                 u"Dockerfile.dockerignore"_s, u"README.md"_s, u"docker/Dockerfile"_s, u"docker/ci.Dockerfile"_s,
                 u"a/b/Dockerfile"_s, u"vendor/x/Dockerfile"_s, u"vendor/Dockerfile"_s, u"node_modules/Dockerfile"_s,
                 u".git/Dockerfile"_s, u"Dockerfiles/notes.txt"_s }) {
            QVERIFY(gmdtest::writeFile(root + u'/' + name, "FROM scratch\n"));
        }
        QStringList got;
        for (const QString& p : gmd::findDockerfiles(root))
            got.append(QDir(root).relativeFilePath(p));
        QCOMPARE(got,
            QStringList({ u"Dockerfile"_s, u"Dockerfile.dev"_s, u"api.Dockerfile"_s, u"docker/Dockerfile"_s,
                u"docker/ci.Dockerfile"_s, u"web.dockerfile"_s }));
    }
};

QTEST_GUILESS_MAIN(TestDockerfileFacts)
#include "tst_dockerfilefacts.moc"
