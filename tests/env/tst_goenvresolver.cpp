// SPDX-License-Identifier: MIT
// resolveGoEnvironment(): ENV-1..8 against vectors/goenv_file.tsv (go1.24.4 semantics) and own rows,
// including the version-dependent defaults (go 1.19: built-in GOPROXY/GOSUMDB, no GOTOOLCHAIN/GOAUTH).
#include "env/goenvresolver.h"
#include "testutil/testutil.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using Vars = QMap<QString, QString>;

const QByteArray kDefaultGoEnv = "GOPROXY=https://proxy.golang.org,direct\nGOSUMDB=sum.golang.org\nGOTOOLCHAIN=auto\n";

gmd::GoEnvInputs inputs(const QMap<QString, QString>& os, const std::optional<QByteArray>& userFile,
                        const std::optional<QByteArray>& goEnv, const QString& version = u"1.24.4"_s)
{
    gmd::GoEnvInputs in;
    in.os = os;
    in.goVersion = version;
    in.goroot = u"/usr/lib/go"_s;
    in.userEnvFilePath = gmd::userEnvFilePath(os, in.goos, version);
    if (!in.userEnvFilePath.isEmpty())
        in.userEnvFile = userFile;
    in.goRootEnvPath = u"/usr/lib/go/go.env"_s;
    in.goRootEnv = goEnv;
    return in;
}

} // namespace

class TestGoEnvResolver : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vectors_data()
    {
        QTest::addColumn<Vars>("os");
        QTest::addColumn<bool>("hasFile");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<bool>("hasGoEnv");
        QTest::addColumn<QString>("goproxy");
        QTest::addColumn<Vars>("others");
        const gmdtest::TsvTable t = gmdtest::readTsv(gmdtest::vectorsDir() + u"/goenv_file.tsv"_s);
        if (!t.ok()) {
            QTest::addRow("vectors absent") << QMap<QString, QString>() << false << QByteArray() << false << QString()
                                            << QMap<QString, QString>();
            return;
        }
        for (int i = 0; i < t.rows.size(); ++i) {
            QMap<QString, QString> os{{u"HOME"_s, u"/home/u"_s}};
            const QString osCol = t.field(i, u"os_env"_s);
            if (osCol != u"(unset)"_s) {
                const qsizetype eq = osCol.indexOf(u'=');
                os.insert(osCol.left(eq), osCol.mid(eq + 1));
            }
            const QString fileCol = t.field(i, u"user_env_file"_s);
            bool hasFile = true;
            QByteArray file;
            if (fileCol == u"(empty file)"_s)
                file.clear();
            else if (fileCol.startsWith(u"(none"_s) || fileCol == u"(file ignored)"_s)
                hasFile = false;
            else if (fileCol == u"(unreachable)"_s) {
                hasFile = false;
                os.remove(u"HOME"_s);
            } else
                file = fileCol.toUtf8();
            if (fileCol.contains(u"GOENV=off"_s))
                os.insert(u"GOENV"_s, u"off"_s);
            const bool hasGoEnv = t.field(i, u"goroot_go_env"_s) != u"(missing)"_s;
            // expected_other: "NAME=value; NAME=value" assignments (other prose is explanation).
            QMap<QString, QString> others;
            for (const QString& part : t.field(i, u"expected_other"_s).split(u"; "_s)) {
                static const QRegularExpression assign(u"^(GO[A-Z0-9_]+)=(\\S*)$"_s);
                const QRegularExpressionMatch m = assign.match(part.trimmed());
                if (m.hasMatch())
                    others.insert(m.captured(1), m.captured(2));
            }
            QTest::addRow("%s", qPrintable(gmdtest::rowName(t, i, t.field(i, u"scenario"_s))))
                << os << hasFile << file << hasGoEnv << t.field(i, u"expected_effective_GOPROXY"_s) << others;
        }
    }
    void vectors()
    {
        QFETCH(Vars, os);
        QFETCH(bool, hasFile);
        QFETCH(QByteArray, file);
        QFETCH(bool, hasGoEnv);
        QFETCH(QString, goproxy);
        QFETCH(Vars, others);
        if (QByteArray(QTest::currentDataTag()) == "vectors absent")
            QSKIP("../shared/spec/vectors is not present");
        const gmd::EffectiveEnv env = gmd::resolveGoEnvironment(
            inputs(os, hasFile ? std::optional<QByteArray>(file) : std::nullopt,
                   hasGoEnv ? std::optional<QByteArray>(kDefaultGoEnv) : std::nullopt));
        QCOMPARE(env.value(u"GOPROXY"_s), goproxy);
        for (auto it = others.begin(); it != others.end(); ++it)
            QCOMPARE(env.value(it.key()), it.value());
    }

    void sources_data()
    {
        QTest::addColumn<Vars>("os");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("hidden");
        const QMap<QString, QString> home{{u"HOME"_s, u"/home/u"_s}};
        auto with = [&](const QString& k, const QString& v) {
            QMap<QString, QString> m = home;
            m.insert(k, v);
            return m;
        };
        QTest::addRow("ENV-1 OS wins and hides the file") << with(u"GOPROXY"_s, u"https://x"_s) << QByteArray("GOPROXY=https://y\n") << u"1.24.4"_s << u"GOPROXY"_s << u"https://x"_s << u"os"_s << 2;
        QTest::addRow("ENV-1 file hides go.env") << home << QByteArray("GOPROXY=https://y\n") << u"1.24.4"_s << u"GOPROXY"_s << u"https://y"_s << u"user-env-file"_s << 1;
        QTest::addRow("ENV-6 go.env default") << home << QByteArray() << u"1.24.4"_s << u"GOPROXY"_s << u"https://proxy.golang.org,direct"_s << u"goroot-go-env"_s << 0;
        QTest::addRow("go 1.19 built-in default") << home << QByteArray() << u"1.19.8"_s << u"GOPROXY"_s << u"https://proxy.golang.org,direct"_s << u"default"_s << 0;
        QTest::addRow("go 1.19 empty file value falls back (envOr)") << home << QByteArray("GOPROXY=\n") << u"1.19.8"_s << u"GOPROXY"_s << u"https://proxy.golang.org,direct"_s << u"default"_s << 1;
        QTest::addRow("ENV-3 go 1.24 empty file value masks go.env") << home << QByteArray("GOPROXY=\n") << u"1.24.4"_s << u"GOPROXY"_s << QString() << u"user-env-file"_s << 1;
        QTest::addRow("ENV-7 GONOPROXY from GOPRIVATE") << home << QByteArray("GOPRIVATE=*.corp\n") << u"1.24.4"_s << u"GONOPROXY"_s << u"*.corp"_s << u"derived"_s << 0;
        QTest::addRow("ENV-7 GOMODCACHE from GOPATH") << with(u"GOPATH"_s, u"/p1:/p2"_s) << QByteArray() << u"1.24.4"_s << u"GOMODCACHE"_s << u"/p1/pkg/mod"_s << u"derived"_s << 0;
        QTest::addRow("GOPATH default") << home << QByteArray() << u"1.24.4"_s << u"GOPATH"_s << u"/home/u/go"_s << u"default"_s << 0;
        QTest::addRow("GOTOOLCHAIN unknown to go 1.19") << with(u"GOTOOLCHAIN"_s, u"local"_s) << QByteArray() << u"1.19.8"_s << u"GOTOOLCHAIN"_s << u"local"_s << u"unset"_s << 0;
        QTest::addRow("GOAUTH default on 1.24") << home << QByteArray() << u"1.24.4"_s << u"GOAUTH"_s << u"netrc"_s << u"default"_s << 0;
        QTest::addRow("GOENV path") << home << QByteArray() << u"1.24.4"_s << u"GOENV"_s << u"/home/u/.config/go/env"_s << u"default"_s << 0;
        QTest::addRow("GOENV=off") << with(u"GOENV"_s, u"off"_s) << QByteArray("GOPROXY=https://y\n") << u"1.24.4"_s << u"GOPROXY"_s << u"https://proxy.golang.org,direct"_s << u"goroot-go-env"_s << 0;
        QTest::addRow("GOCACHE off without HOME") << QMap<QString, QString>() << QByteArray() << u"1.24.4"_s << u"GOCACHE"_s << u"off"_s << u"default"_s << 0;
        QTest::addRow("GODEBUG from the OS only") << home << QByteArray("GODEBUG=x=1\n") << u"1.24.4"_s << u"GODEBUG"_s << QString() << u"unset"_s << 0;
        QTest::addRow("HTTPS_PROXY from the OS") << with(u"HTTPS_PROXY"_s, u"http://p:3128"_s) << QByteArray() << u"1.24.4"_s << u"HTTPS_PROXY"_s << u"http://p:3128"_s << u"os"_s << 0;
    }
    void sources()
    {
        QFETCH(Vars, os);
        QFETCH(QByteArray, file);
        QFETCH(QString, version);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, source);
        QFETCH(int, hidden);
        const std::optional<QByteArray> goEnv = version.startsWith(u"1.19"_s) ? std::nullopt : std::optional<QByteArray>(kDefaultGoEnv);
        const gmd::EnvValue v = gmd::resolveGoEnvironment(inputs(os, file, goEnv, version)).get(name);
        QCOMPARE(v.value, value);
        QCOMPARE(gmd::envSourceKey(v.source), source);
        QCOMPARE(int(v.hidden.size()), hidden);
    }

    void userEnvFilePath_data()
    {
        QTest::addColumn<Vars>("os");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("expected");
        QTest::addRow("ENV-4 HOME") << QMap<QString, QString>{{u"HOME"_s, u"/h"_s}} << u"1.24.4"_s << u"/h/.config/go/env"_s;
        QTest::addRow("ENV-4 XDG_CONFIG_HOME") << QMap<QString, QString>{{u"HOME"_s, u"/h"_s}, {u"XDG_CONFIG_HOME"_s, u"/x"_s}} << u"1.24.4"_s << u"/x/go/env"_s;
        QTest::addRow("ENV-4 GOENV") << QMap<QString, QString>{{u"GOENV"_s, u"/e"_s}} << u"1.24.4"_s << u"/e"_s;
        QTest::addRow("ENV-4 GOENV=off") << QMap<QString, QString>{{u"GOENV"_s, u"off"_s}, {u"HOME"_s, u"/h"_s}} << u"1.24.4"_s << QString();
        QTest::addRow("ENV-4 no HOME") << QMap<QString, QString>() << u"1.24.4"_s << QString();
        QTest::addRow("relative XDG rejected by 1.24") << QMap<QString, QString>{{u"XDG_CONFIG_HOME"_s, u"rel"_s}} << u"1.24.4"_s << QString();
        QTest::addRow("relative XDG accepted by 1.19") << QMap<QString, QString>{{u"XDG_CONFIG_HOME"_s, u"rel"_s}} << u"1.19.8"_s << u"rel/go/env"_s;
    }
    void userEnvFilePath()
    {
        QFETCH(Vars, os);
        QFETCH(QString, version);
        QFETCH(QString, expected);
        QCOMPARE(gmd::userEnvFilePath(os, u"linux"_s, version), expected);
    }
};

QTEST_GUILESS_MAIN(TestGoEnvResolver)
#include "tst_goenvresolver.moc"
