// SPDX-License-Identifier: MIT
#include "fixtestutil.h"

#include "common/processrunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

namespace fixtest {

QByteArray sha(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

bool writeBytes(const QString& path, const QByteArray& bytes, unsigned mode)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return ::chmod(QFile::encodeName(path).constData(), mode) == 0;
}

QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

unsigned fileMode(const QString& path)
{
    struct stat st = {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? unsigned(st.st_mode & 07777) : 0;
}

QStringList listDir(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

QString gitExecutable()
{
    return gmd::findExecutable(u"git"_s, QProcessEnvironment::systemEnvironment());
}

QProcessEnvironment isolatedGitEnvironment(const QString& home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"GIT_CONFIG_NOSYSTEM"_s, u"1"_s);
    env.insert(u"GIT_CONFIG_GLOBAL"_s, home + u"/.gitconfig-none"_s);
    env.insert(u"LC_ALL"_s, u"C"_s);
    for (const char* name : { "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL",
             "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL", "EMAIL" })
        env.remove(QString::fromLatin1(name));
    return env;
}

QByteArray runGit(const QString& dir, const QStringList& args, const QProcessEnvironment& env, int* exitCode)
{
    gmd::ProcessOptions options;
    options.environment = env;
    options.workingDirectory = dir;
    options.timeoutMs = 30000;
    const gmd::ProcessResult r = gmd::runProcess(gitExecutable(), args, options);
    if (exitCode)
        *exitCode = r.started ? r.exitCode : -1;
    return r.out;
}

} // namespace fixtest
