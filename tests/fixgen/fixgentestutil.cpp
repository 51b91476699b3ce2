// SPDX-License-Identifier: MIT
#include "fixgentestutil.h"

#include "checks/factscollector.h"
#include "checks/registry.h"
#include "testutil/testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace gmdtest {

ProjectFiles readProject(const QString& dir)
{
    ProjectFiles files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), readFile(path));
    }
    return files;
}

bool writeProject(const QString& dir, const ProjectFiles& files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = QDir(dir).filePath(it.key());
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !writeFile(path, it.value()))
            return false;
    }
    return true;
}

QByteArray toCrlf(const QByteArray& bytes)
{
    QByteArray out;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n' && (i == 0 || bytes.at(i - 1) != '\r'))
            out += '\r';
        out += bytes.at(i);
    }
    return out;
}

ProjectDiagnosis diagnoseProject(const QString& dir, const QString& home)
{
    QProcessEnvironment env;
    env.insert(u"HOME"_s, home);
    env.insert(u"PATH"_s, home + u"/bin"_s);
    gmd::CollectOptions co;
    co.projectDir = QFileInfo(dir).absoluteFilePath();
    co.environment = env;
    co.goCommand = home + u"/no-such-go"_s;
    co.goTimeoutMs = 2000;
    co.network = false;
    ProjectDiagnosis d;
    d.facts = gmd::collectFacts(co);
    const gmd::DiagnosisResult r = gmd::runChecks(d.facts, gmd::allChecks());
    static const QStringList goTool { u"GMD001"_s, u"GMD002"_s, u"GMD003"_s, u"GMD004"_s };
    for (const gmd::Finding& f : r.findings) {
        if (!goTool.contains(f.id))
            d.findings << f;
    }
    return d;
}

QMap<QString, int> idCounts(const QList<gmd::Finding>& findings)
{
    QMap<QString, int> counts;
    for (const gmd::Finding& f : findings)
        counts[f.id] += 1;
    return counts;
}

} // namespace gmdtest
