// SPDX-License-Identifier: MIT
// Issue 4: the probes run in parallel, so a diagnosis costs about the slowest probe, not the
// sum. Four GOPROXY entries on loopback peers that each wait 200 ms before every answer; prints
// the full diagnosis time (facts with probes, then every check), the parallel probe batch, and
// the sum of the same four probes run one at a time. A program, not a timed test.
#include "checks/engine.h"
#include "checks/factscollector.h"
#include "checks/registry.h"
#include "net/probeplan.h"
#include "net/proberunner.h"
#include "testpeers.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    constexpr int kProxies = 4;
    constexpr int kLatencyMs = 200;
    const QString module = u"github.com/gmdtest/dep"_s;

    std::vector<std::unique_ptr<gmdtest::LocalGoProxy>> proxies;
    QStringList urls;
    for (int i = 0; i < kProxies; ++i) {
        auto p = std::make_unique<gmdtest::LocalGoProxy>();
        p->addModule(module, u"v1.0.0"_s, { { u"go.mod"_s, "module github.com/gmdtest/dep\n\ngo 1.16\n" } });
        p->setLatencyMs(kLatencyMs);
        urls << p->baseUrl();
        proxies.push_back(std::move(p));
    }
    QTemporaryDir dir;
    QFile mod(dir.filePath(u"go.mod"_s));
    if (!dir.isValid() || !mod.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot create the project folder\n");
        return 2;
    }
    mod.write("module example.com/app\n\ngo 1.19\n\nrequire github.com/gmdtest/dep v1.0.0\n");
    mod.close();

    QProcessEnvironment env;
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH", u"/usr/bin:/bin"_s));
    env.insert(u"HOME"_s, dir.path());
    env.insert(u"GOPROXY"_s, urls.join(u'|')); // '|': every entry is a real fallback
    env.insert(u"GOSUMDB"_s, u"off"_s);
    env.insert(u"GOTOOLCHAIN"_s, u"local"_s);

    gmd::CollectOptions co;
    co.projectDir = dir.path();
    co.environment = env;
    co.scanDockerfiles = false;
    co.probeOptions.probeInfo = false; // one @v/list probe per proxy: 4 probes
    QElapsedTimer clock;
    clock.start();
    const gmd::Facts facts = gmd::collectFacts(co);
    const gmd::DiagnosisResult result = gmd::runChecks(facts, gmd::allChecks());
    const qint64 diagnosisMs = clock.elapsed();

    if (facts.probeRuns.isEmpty()) {
        std::fprintf(stderr, "no probe ran\n");
        return 2;
    }
    const gmd::ProbePlan plan = facts.probeRuns.first().plan;
    qint64 sumMs = 0;
    for (const gmd::ProbeTarget& t : plan.probes) {
        gmd::ProbePlan single = plan;
        single.probes = { t };
        QElapsedTimer one;
        one.start();
        const QList<gmd::ProbeResult> r = gmd::runProbesBlocking(single, co.probeOptions);
        const qint64 ms = one.elapsed();
        sumMs += ms;
        std::printf("single probe %-40s %-10s %5lld ms\n", qPrintable(t.id),
            qPrintable(r.isEmpty() ? QString() : gmd::probeOutcomeKey(r.first().outcome)), static_cast<long long>(ms));
    }
    std::printf("probes: %lld, injected latency %d ms each\n", static_cast<long long>(plan.probes.size()), kLatencyMs);
    std::printf("parallel probe batch:        %5lld ms\n", static_cast<long long>(facts.probeElapsedMs));
    std::printf("full diagnosis (%lld checks): %5lld ms (go env included)\n",
        static_cast<long long>(result.checks.size()), static_cast<long long>(diagnosisMs));
    std::printf("sum of single probe times:   %5lld ms\n", static_cast<long long>(sumMs));
    return 0;
}
