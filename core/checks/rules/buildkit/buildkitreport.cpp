// SPDX-License-Identifier: MIT
#include "buildkitreport.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <future>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gmd::rules {

namespace {

constexpr int kMaxCached = 32;

QString targetName(const DockerfileAnalysis& a)
{
    if (a.target < 0 || a.target == a.stages.size() - 1)
        return {};
    const QString name = a.stages.at(a.target).name;
    return name.isEmpty() ? QString::number(a.target) : name;
}

QByteArray cacheKey(const DockerfileFacts& df, const QHash<QString, QString>& args, const QString& target)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto add = [&h](const QString& s) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\x1f", 1));
    };
    add(df.path);
    add(df.displayPath);
    add(df.ast.lines.join(u'\n'));
    add(target);
    QStringList keys = args.keys();
    keys.sort();
    for (const QString& k : std::as_const(keys)) {
        add(k);
        add(args.value(k));
    }
    add(df.matcher.fileName());
    for (int i = 0; i < df.matcher.size(); ++i)
        add(df.matcher.written(i));
    return h.result();
}

struct Cache
{
    QMutex mutex;
    QHash<QByteArray, std::shared_future<BuildCheckReport>> reports;
};

Cache& cache()
{
    static Cache c;
    return c;
}

} // namespace

QHash<QString, QString> recordedBuildArgs(const DockerfileAnalysis& analysis)
{
    QHash<QString, QString> args;
    for (const GlobalArg& g : analysis.globalArgs) {
        if (g.source == EnvSource::BuildArg && g.value)
            args.insert(g.name, *g.value);
    }
    for (const StageInfo& s : analysis.stages) {
        for (const EnvAssignment& a : s.final.env) {
            if (a.source == EnvSource::BuildArg)
                args.insert(a.name, a.value);
        }
    }
    for (const auto& kv : analysis.proxyBuildArgs)
        args.insert(kv.first, kv.second);
    return args;
}

BuildCheckReport buildKitReport(const DockerfileFacts& df)
{
    const QHash<QString, QString> args = recordedBuildArgs(df.analysis);
    const QString target = targetName(df.analysis);
    const QByteArray key = cacheKey(df, args, target);

    std::shared_ptr<std::promise<BuildCheckReport>> promise;
    std::shared_future<BuildCheckReport> future;
    {
        Cache& c = cache();
        QMutexLocker lock(&c.mutex);
        const auto it = c.reports.constFind(key);
        if (it != c.reports.constEnd()) {
            future = *it;
        } else {
            if (c.reports.size() >= kMaxCached)
                c.reports.clear();
            promise = std::make_shared<std::promise<BuildCheckReport>>();
            future = promise->get_future().share();
            c.reports.insert(key, future);
        }
    }
    if (promise) {
        // Computed outside the lock; the other wrappers wait on the future meanwhile.
        BuildCheckOptions options;
        options.buildArgs = args;
        options.target = target;
        options.reachableOnly = true;
        options.ignoreMatcher = &df.matcher;
        promise->set_value(runBuildChecks(df.ast, df.model, options));
    }
    return future.get();
}

} // namespace gmd::rules
