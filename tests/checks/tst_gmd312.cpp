// SPDX-License-Identifier: MIT
// GMD312 user-cannot-write-modcache (H12, spec dockerfile.md B4.4).
#include "checktestutil.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using gmdtest::FactsBuilder;

namespace {
FactsBuilder project(const QByteArray& dockerfile)
{
    return FactsBuilder()
        .goMod("module example.com/app\n\ngo 1.22\n")
        .contextFile(u"main.go"_s, "package main\n")
        .dockerfile(dockerfile);
}
const QByteArray kUser = "FROM golang:1.22\nRUN useradd -m app\n";
} // namespace

class TestGmd312 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_data()
    {
        QTest::addColumn<FactsBuilder>("facts");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("fires: B4.4 cache mount without uid")
            << project(kUser + "USER app\nWORKDIR /home/app/src\nCOPY --chown=app . .\n"
                               "RUN --mount=type=cache,target=/go/pkg/mod go mod download\n")
            << QStringList { u"Dockerfile:6"_s };
        QTest::addRow("fires: GOMODCACHE below /root")
            << project(kUser + "ENV GOMODCACHE=/root/gomod\nUSER app\nWORKDIR /home/app/src\nCOPY . .\n"
                               "RUN go mod download\n")
            << QStringList { u"Dockerfile:7"_s };
        QTest::addRow("fires: GOPATH in /usr/local")
            << project(kUser + "ENV GOPATH=/usr/local/gopath\nUSER 1000\nWORKDIR /tmp/src\nCOPY . .\nRUN go build .\n")
            << QStringList { u"Dockerfile:7"_s };
        QTest::addRow("fires: folder made by a root mkdir")
            << project(kUser + "RUN mkdir -p /cache\nENV GOMODCACHE=/cache/mod\nUSER app\nWORKDIR /home/app/src\n"
                               "COPY . .\nRUN go mod download\n")
            << QStringList { u"Dockerfile:8"_s };
        QTest::addRow("silent: /go is 1777 in golang images")
            << project(kUser + "USER app\nWORKDIR /home/app/src\nCOPY . .\nRUN go mod download\n") << QStringList();
        QTest::addRow("silent: cache mount with uid")
            << project(kUser + "USER app\nWORKDIR /home/app/src\nCOPY . .\n"
                               "RUN --mount=type=cache,target=/go/pkg/mod,uid=1000 go mod download\n")
            << QStringList();
        QTest::addRow("silent: chowned before USER")
            << project(kUser + "RUN mkdir -p /cache && chown -R app /cache\nENV GOMODCACHE=/cache/mod\nUSER app\n"
                               "WORKDIR /home/app/src\nCOPY . .\nRUN go mod download\n")
            << QStringList();
        QTest::addRow("silent: root user")
            << project("FROM golang:1.22\nENV GOMODCACHE=/root/gomod\nWORKDIR /src\nCOPY . .\nRUN go mod download\n")
            << QStringList();
        QTest::addRow("silent: cache in the user's home")
            << project("FROM alpine:3.20\nRUN apk add go && adduser -D app\nUSER app\nWORKDIR /home/app/src\n"
                       "COPY . .\nRUN go build .\n")
            << QStringList();
    }
    void run() { gmdtest::verifyCheck(u"GMD312"_s); }

    void message()
    {
        const auto findings = gmdtest::runCheck(u"GMD312"_s,
            project(kUser + "USER app\nWORKDIR /home/app/src\nCOPY . .\n"
                            "RUN --mount=type=cache,target=/go/pkg/mod go mod download\n")
                .build());
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings[0].message.contains(u"no uid= or mode="_s));
        QVERIFY(findings[0].message.contains(u"permission denied"_s));
        QCOMPARE(findings[0].fix->commands.value(0),
            u"RUN --mount=type=cache,target=/go/pkg/mod,uid=<uid of app> go mod download"_s);
        const auto other = gmdtest::runCheck(u"GMD312"_s,
            project(kUser + "ENV GOMODCACHE=/root/gomod\nUSER app\nWORKDIR /home/app/src\nCOPY . .\n"
                            "RUN go mod download\n")
                .build());
        QCOMPARE(other[0].fix->commands.value(0),
            u"RUN --mount=type=cache,target=/root/gomod,uid=<uid of app> go mod download"_s);
    }
};

QTEST_GUILESS_MAIN(TestGmd312)
#include "tst_gmd312.moc"
