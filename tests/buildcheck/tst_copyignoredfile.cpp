// SPDX-License-Identifier: MIT
// CopyIgnoredFile (spec dockerfile.md D2, dockerignore.md 8): COPY from the context and local
// ADD sources excluded by .dockerignore.
#include "buildchecktest.h"
#include "context/patternmatcher.h"

using namespace Qt::Literals::StringLiterals;

class TestCopyIgnoredFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rule_data()
    {
        QTest::addColumn<QStringList>("patterns"); // empty: no .dockerignore
        QTest::addColumn<QByteArray>("dockerfile");
        QTest::addColumn<QStringList>("expected");
        const QStringList none;
        const auto copy = [](int line, const char* verb, const char* path) -> QString {
            return QString::number(line) + u": Attempting to "_s + QLatin1StringView(verb) + u" file \""_s
                + QLatin1StringView(path) + u"\" that is excluded by .dockerignore"_s;
        };
        QTest::addRow("CopyIgnoredFile fires on an excluded directory")
            << QStringList { u"*.md"_s, u"vendor"_s } << QByteArray("FROM golang\nCOPY vendor ./vendor\n")
            << QStringList { copy(2, "Copy", "vendor") };
        QTest::addRow("CopyIgnoredFile fires under an excluded parent")
            << QStringList { u"vendor"_s } << QByteArray("FROM golang\nCOPY vendor/modules.txt ./\n")
            << QStringList { copy(2, "Copy", "vendor/modules.txt") };
        QTest::addRow("CopyIgnoredFile cleans the source")
            << QStringList { u"vendor"_s } << QByteArray("FROM golang\nCOPY ./vendor/ /src/vendor/\n")
            << QStringList { copy(2, "Copy", "vendor") };
        QTest::addRow("CopyIgnoredFile on ADD")
            << QStringList { u"*.tar.gz"_s } << QByteArray("FROM alpine\nADD app.tar.gz /opt/\n")
            << QStringList { copy(2, "Add", "app.tar.gz") };
        QTest::addRow("CopyIgnoredFile matches wildcards literally")
            << QStringList { u"*.go"_s } << QByteArray("FROM golang\nCOPY *.go ./\n")
            << QStringList { copy(2, "Copy", "*.go") };
        QTest::addRow("CopyIgnoredFile on the expanded source")
            << QStringList { u"vendor"_s } << QByteArray("FROM golang\nENV DIR=vendor\nCOPY $DIR /src/vendor\n")
            << QStringList { copy(3, "Copy", "vendor") };
        QTest::addRow("CopyIgnoredFile the context root under *")
            << QStringList { u"*"_s } << QByteArray("FROM golang\nCOPY . .\n") << QStringList { copy(2, "Copy", ".") };
        QTest::addRow("CopyIgnoredFile a Go build with a built binary ignored")
            << QStringList { u".git"_s, u"bin/"_s, u"**/*_test.go"_s, u"Dockerfile"_s }
            << QByteArray("FROM golang:1.22 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\n"
                          "COPY . .\nRUN go build -o /out/server ./cmd/server\n\nFROM alpine:3.20\n"
                          "COPY bin/healthcheck /usr/local/bin/\nCOPY --from=build /out/server /usr/local/bin/\n")
            << QStringList { copy(9, "Copy", "bin/healthcheck") };
        QTest::addRow("CopyIgnoredFile not the root without a catch-all")
            << QStringList { u"*.md"_s } << QByteArray("FROM golang\nCOPY . .\n") << none;
        QTest::addRow("CopyIgnoredFile not on COPY --from")
            << QStringList { u"bin"_s }
            << QByteArray("FROM golang AS build\nFROM alpine\nCOPY --from=build bin/app /app\n") << none;
        QTest::addRow("CopyIgnoredFile not on an ADD URL")
            << QStringList { u"*.tar.gz"_s } << QByteArray("FROM alpine\nADD https://example.com/app.tar.gz /opt/\n")
            << none;
        QTest::addRow("CopyIgnoredFile not when the file has exceptions")
            << QStringList { u"*"_s, u"!go.mod"_s, u"!go.sum"_s, u"!cmd"_s }
            << QByteArray("FROM golang\nCOPY go.mod go.sum ./\nCOPY internal ./internal\n") << none;
        QTest::addRow("CopyIgnoredFile not without .dockerignore")
            << none << QByteArray("FROM golang\nCOPY vendor .\n") << none;
    }
    void rule()
    {
        QFETCH(QStringList, patterns);
        QFETCH(QByteArray, dockerfile);
        QFETCH(QStringList, expected);
        const gmd::PatternMatcher matcher = gmd::PatternMatcher::create(patterns);
        gmd::BuildCheckOptions options;
        if (!patterns.isEmpty())
            options.ignoreMatcher = &matcher;
        const gmd::BuildCheckReport report = buildchecktest::run(dockerfile, options);
        QCOMPARE(buildchecktest::findings(report, u"CopyIgnoredFile"_s), expected);
    }
};

QTEST_GUILESS_MAIN(TestCopyIgnoredFile)
#include "tst_copyignoredfile.moc"
