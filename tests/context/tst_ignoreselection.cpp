// SPDX-License-Identifier: MIT
// Which ignore file a build reads (spec dockerignore.md 1.1-1.4, 1.7).
#include "context/ignoreselection.h"
#include "testutil/testutil.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmd::BuilderKind;
using Source = gmd::IgnoreFileSelection::Source;

Q_DECLARE_METATYPE(gmd::BuilderKind)
Q_DECLARE_METATYPE(gmd::IgnoreFileSelection::Source)

class TestIgnoreSelection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void select_data()
    {
        QTest::addColumn<QStringList>("files"); // relative to /ctx
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<BuilderKind>("builder");
        QTest::addColumn<Source>("source");
        QTest::addColumn<QString>("displayName");
        QTest::addColumn<QStringList>("ignored");
        const auto bk = BuilderKind::BuildKit;
        QTest::addRow("spec 1.3 no ignore file")
            << QStringList { u"Dockerfile"_s } << QString() << bk << Source::None << QString() << QStringList();
        QTest::addRow("spec 1.3 root .dockerignore")
            << QStringList { u"Dockerfile"_s, u".dockerignore"_s } << QString() << bk << Source::ContextRoot
            << u".dockerignore"_s << QStringList();
        QTest::addRow("spec 1.2 Dockerfile.dockerignore replaces the root file")
            << QStringList { u"Dockerfile"_s, u".dockerignore"_s, u"Dockerfile.dockerignore"_s } << QString() << bk
            << Source::DockerfileSpecific << u"Dockerfile.dockerignore"_s << QStringList { u".dockerignore"_s };
        QTest::addRow("spec 1.1 -f docker/build.Dockerfile")
            << QStringList { u"docker/build.Dockerfile"_s, u"docker/build.Dockerfile.dockerignore"_s,
                   u".dockerignore"_s }
            << u"docker/build.Dockerfile"_s << bk << Source::DockerfileSpecific
            << u"docker/build.Dockerfile.dockerignore"_s << QStringList { u".dockerignore"_s };
        QTest::addRow("spec 1.3 .dockerignore beside a sub-folder Dockerfile is ignored")
            << QStringList { u"docker/Dockerfile"_s, u"docker/.dockerignore"_s } << u"docker/Dockerfile"_s << bk
            << Source::None << QString() << QStringList { u"docker/.dockerignore"_s };
        QTest::addRow("spec 1.3 root file used, sub-folder one ignored")
            << QStringList { u"docker/Dockerfile"_s, u"docker/.dockerignore"_s, u".dockerignore"_s }
            << u"docker/Dockerfile"_s << bk << Source::ContextRoot << u".dockerignore"_s
            << QStringList { u"docker/.dockerignore"_s };
        QTest::addRow("spec 1.4 lowercase dockerfile keeps Dockerfile.dockerignore")
            << QStringList { u"dockerfile"_s, u"Dockerfile.dockerignore"_s, u"dockerfile.dockerignore"_s } << QString()
            << bk << Source::DockerfileSpecific << u"Dockerfile.dockerignore"_s << QStringList();
        QTest::addRow("spec 1.7 classic builder reads only the root file")
            << QStringList { u"Dockerfile"_s, u".dockerignore"_s, u"Dockerfile.dockerignore"_s } << QString()
            << BuilderKind::Classic << Source::ContextRoot << u".dockerignore"_s
            << QStringList { u"Dockerfile.dockerignore"_s };
        QTest::addRow("spec 1.1 Dockerfile outside the context")
            << QStringList { u"../df/app.Dockerfile"_s, u"../df/app.Dockerfile.dockerignore"_s }
            << u"/df/app.Dockerfile"_s << bk << Source::DockerfileSpecific << u"/df/app.Dockerfile.dockerignore"_s
            << QStringList();
    }
    void select()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, dockerfile);
        QFETCH(BuilderKind, builder);
        QFETCH(Source, source);
        QFETCH(QString, displayName);
        QFETCH(QStringList, ignored);
        QSet<QString> existing;
        for (const QString& f : std::as_const(files))
            existing.insert(QDir::cleanPath(u"/ctx/"_s + f));
        const gmd::IgnoreFileSelection s = gmd::selectIgnoreFile(
            u"/ctx"_s, dockerfile, builder, [&](const QString& p) { return existing.contains(p); });
        QCOMPARE(s.source, source);
        QCOMPARE(s.displayName, displayName);
        QStringList ignoredRel;
        for (const QString& p : s.ignored)
            ignoredRel.append(QDir(u"/ctx"_s).relativeFilePath(p));
        QCOMPARE(ignoredRel, ignored);
        QVERIFY(!s.notes.isEmpty());
    }

    void onDisk()
    {
        QTemporaryDir dir;
        QVERIFY(gmdtest::writeFile(dir.filePath(u"Dockerfile"_s), "FROM scratch\n"));
        QVERIFY(gmdtest::writeFile(dir.filePath(u"Dockerfile.dockerignore"_s), "*\n"));
        QVERIFY(gmdtest::writeFile(dir.filePath(u".dockerignore"_s), "x\n"));
        const gmd::IgnoreFileSelection s = gmd::selectIgnoreFile(dir.path());
        QCOMPARE(s.source, Source::DockerfileSpecific);
        QCOMPARE(s.path, dir.filePath(u"Dockerfile.dockerignore"_s));
        QCOMPARE(s.ignored, QStringList { dir.filePath(u".dockerignore"_s) });
    }
};

QTEST_GUILESS_MAIN(TestIgnoreSelection)
#include "tst_ignoreselection.moc"
