// SPDX-License-Identifier: MIT
// Conformance with the real go command: `go mod edit -json` parses go.mod with modfile.Parse
// (no version fixer), so its errors and its JSON model must equal ours. Only rows whose texts
// are the same in every Go release since 1.19 are used. Runs with a throw-away HOME, GOPATH,
// GOMODCACHE and GOENV, GOPROXY=off and GOTOOLCHAIN=local: nothing touches the network.
#include "gomod/gomodfile.h"
#include "gomoddump.h"
#include "testutil/testutil.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

struct GoResult
{
    bool ran = false;
    QString errors; ///< stderr after "go: errors parsing go.mod:", the path cut to "go.mod"
    QJsonObject json;
};

GoResult runGoModEdit(const QByteArray& gomod)
{
    GoResult r;
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return r;
    const QString dir = tmp.filePath(u"m"_s);
    if (!gmdtest::writeFile(dir + u"/go.mod"_s, gomod))
        return r;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, tmp.filePath(u"home"_s));
    env.insert(u"GOPATH"_s, tmp.filePath(u"gopath"_s));
    env.insert(u"GOMODCACHE"_s, tmp.filePath(u"gopath/pkg/mod"_s));
    env.insert(u"GOCACHE"_s, tmp.filePath(u"gocache"_s));
    env.insert(u"GOENV"_s, tmp.filePath(u"goenv"_s));
    env.insert(u"GOPROXY"_s, u"off"_s);
    env.insert(u"GOTOOLCHAIN"_s, u"local"_s);
    env.insert(u"GOFLAGS"_s, QString());
    env.insert(u"GOWORK"_s, u"off"_s);
    env.insert(u"GO111MODULE"_s, u"on"_s);
    QProcess p;
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(dir);
    p.start(gmdtest::goExecutable(), { u"mod"_s, u"edit"_s, u"-json"_s });
    if (!p.waitForFinished(60000))
        return r;
    r.ran = true;
    QString err = QString::fromUtf8(p.readAllStandardError());
    err.replace(QFileInfo(dir).canonicalFilePath() + u"/"_s, QString());
    err.replace(dir + u"/"_s, QString());
    err.remove(u"go: errors parsing go.mod:\n"_s);
    r.errors = err.trimmed();
    r.json = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    return r;
}

// Our errors in the go command's shape: "go.mod:L[:C]: message", the column only when > 1.
QString ourErrors(const gmd::GoModFile& f)
{
    QStringList out;
    for (const gmd::Diagnostic& d : f.diagnostics) {
        if (d.level != gmd::DiagnosticLevel::Error)
            continue;
        QString pos = u"go.mod:"_s + QString::number(d.location.line);
        if (d.location.column > 1)
            pos += u':' + QString::number(d.location.column);
        out.append(pos + u": "_s + d.message);
    }
    return out.join(u'\n');
}

// The go command's JSON in our dump format (positions left out: the JSON has none).
QStringList goModel(const QJsonObject& o)
{
    QStringList out;
    const QString module = o.value(u"Module"_s).toObject().value(u"Path"_s).toString();
    if (!module.isEmpty())
        out.append(u"module "_s + module);
    for (const QJsonValue& v : o.value(u"Require"_s).toArray()) {
        const QJsonObject r = v.toObject();
        out.append(u"require "_s + r.value(u"Path"_s).toString() + u' ' + r.value(u"Version"_s).toString()
            + (r.value(u"Indirect"_s).toBool() ? u" indirect"_s : QString()));
    }
    for (const QJsonValue& v : o.value(u"Exclude"_s).toArray()) {
        const QJsonObject e = v.toObject();
        out.append(u"exclude "_s + e.value(u"Path"_s).toString() + u' ' + e.value(u"Version"_s).toString());
    }
    for (const QJsonValue& v : o.value(u"Replace"_s).toArray()) {
        const QJsonObject oldM = v.toObject().value(u"Old"_s).toObject();
        const QJsonObject newM = v.toObject().value(u"New"_s).toObject();
        gmd::ModReplace r;
        r.oldPath = oldM.value(u"Path"_s).toString();
        r.oldVersion = oldM.value(u"Version"_s).toString();
        r.newPath = newM.value(u"Path"_s).toString();
        r.newVersion = newM.value(u"Version"_s).toString();
        out.append(gomodtest::replaceText(r).section(u" @"_s, 0, 0));
    }
    for (const QJsonValue& v : o.value(u"Retract"_s).toArray()) {
        const QJsonObject r = v.toObject();
        out.append(u"retract "_s + r.value(u"Low"_s).toString() + u".." + r.value(u"High"_s).toString() + u" ("
            + r.value(u"Rationale"_s).toString() + u')');
    }
    return out;
}

QStringList ourModel(const gmd::GoModFile& f)
{
    QStringList out;
    if (!f.modulePath.isEmpty())
        out.append(u"module "_s + f.modulePath);
    for (const gmd::ModRequire& r : f.requirements)
        out.append(u"require "_s + r.path + u' ' + r.version + (r.indirect ? u" indirect"_s : QString()));
    for (const gmd::ModExclude& e : f.excludes)
        out.append(u"exclude "_s + e.path + u' ' + e.version);
    for (gmd::ModReplace r : f.replaces) {
        r.localPath = false;
        out.append(gomodtest::replaceText(r).section(u" @"_s, 0, 0));
    }
    for (const gmd::ModRetract& r : f.retracts)
        out.append(u"retract "_s + r.low + u".." + r.high + u" (" + r.rationale + u')');
    return out;
}

// The Kubernetes-like fixture without the lines Go 1.19 does not know (go 1.23.0, toolchain,
// godebug, tool).
QByteArray fixtureForOldGo()
{
    QByteArray out;
    bool inGodebug = false;
    const QByteArray text = gmdtest::readFile(gmdtest::testDataDir() + u"/gomod/kubernetes-like.go.mod"_s);
    for (const QByteArray& line : text.split('\n')) {
        if (inGodebug) {
            inGodebug = !line.startsWith(')');
            continue;
        }
        if (line.startsWith("godebug (")) {
            inGodebug = true;
            continue;
        }
        if (line.startsWith("go ") || line.startsWith("toolchain ") || line.startsWith("godebug ")
            || line.startsWith("tool "))
            continue;
        out += line + '\n';
    }
    return out;
}

} // namespace

class TestGoModGo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameAsGoCommand_data();
    void sameAsGoCommand();
};

void TestGoModGo::sameAsGoCommand_data()
{
    QTest::addColumn<QByteArray>("input");
    const QString go = gmdtest::goExecutable();
    if (go.isEmpty() || (!QFileInfo(go).isExecutable() && QStandardPaths::findExecutable(go).isEmpty())) {
        QTest::addRow("go absent") << QByteArray();
        return;
    }
    QTest::addRow("kubernetes-like fixture") << fixtureForOldGo();
    QTest::addRow("indirect variants, CRLF, comments") << QByteArray(
        "// c\r\nmodule m // x\r\nrequire (\r\n\ta.b/c v1.0.0 // indirect\r\n\ta.b/d v1.0.0 //indirect\r\n"
        "\ta.b/e v1.0.0 // indirect;\r\n\ta.b/f v1.0.0 // indirect; why\r\n\t\"a.b/g\" v1.2\r\n)\r\n");
    QTest::addRow("retract forms and rationale")
        << QByteArray("module m\n// top\nretract v1.0.0\nretract [v1.1.0, v1.2.0] // r\n// block\nretract (\n\tv1.3.0\n"
                      "\t// own\n\tv1.4.0\n)\n");
    for (const char* bad : {
             "module x\nrequire (\n\ta v1.0.0\n",
             "module x\nrequire (\n) x\n",
             "module x /* c */\n",
             "module \"x\n",
             "module \"x",
             "module x\n\x01\n",
             "\xEF\xBB\xBFmodule m\n",
             "module\xC2\xA0m\n",
             "module m\nfoo bar\n",
             "module m\nfoo (\n\tx\n)\n",
             "module a\nmodule b\n",
             "module\n",
             "module `x`\n",
             "module \"ex\\q\"\n",
             "module m\nrequire a.b/c\n",
             "module m\nrequire a.b/c master\n",
             "module m\nrequire (\n\ta.b/c/v2 v1.0.0\n)\n",
             "module m\nrequire gopkg.in/yaml.v2 v3.0.0\n",
             "module m\nrequire a.b/c/v1 v1.0.0\n",
             "module m\nreplace a.b/c\n",
             "module m\nreplace a.b/c => ./f v1.0.0\n",
             "module m\nreplace a.b/c => .\\f\n",
             "module m\nretract [v1.0.0 v1.1.0]\n",
             "module m\nretract v1.0.0 extra\n",
             "module m\nretract \"v1\\q\"\n",
             "module m\nrequire a.b/c master\nexclude a.b/d v2.0.0\nfoo\n",
         }) {
        QTest::addRow("error: %s", QByteArray(bad).replace('\n', "\\n").constData()) << QByteArray(bad);
    }
}

void TestGoModGo::sameAsGoCommand()
{
    QFETCH(QByteArray, input);
    if (QByteArray(QTest::currentDataTag()) == "go absent")
        QSKIP("no go command (configure-time GMD_GO_EXECUTABLE or $GMD_TEST_GO)");
    const GoResult go = runGoModEdit(input);
    QVERIFY2(go.ran, "go mod edit did not run");
    const gmd::GoModFile ours = gmd::parseGoMod(input);
    QCOMPARE(ourErrors(ours), go.errors);
    if (go.errors.isEmpty()) {
        QVERIFY(!go.json.isEmpty());
        QCOMPARE(ourModel(ours), goModel(go.json));
    }
}

QTEST_GUILESS_MAIN(TestGoModGo)
#include "tst_gomod_go.moc"
