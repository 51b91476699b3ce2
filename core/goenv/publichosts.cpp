// SPDX-License-Identifier: MIT
// The fixed list of module hosts that serve public code, used to tell "looks private" apart
// from "public, the proxy has it" when GOPRIVATE does not cover a module (spec H5/H6).
#include "modulepath.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

/// Code hosting sites cmd/go knows by name (vcs.go's vcsPaths), the Go project's own vanity
/// hosts, and vanity hosts of widely used public modules. A host not listed here is not
/// necessarily private; the list only avoids false "looks private" findings for common paths.
const QSet<QString>& publicHosts()
{
    static const QSet<QString> hosts = {
        // vcsPaths of cmd/go
        u"github.com"_s,
        u"bitbucket.org"_s,
        u"hub.jazz.net"_s,
        u"git.apache.org"_s,
        u"git.openstack.org"_s,
        u"chiselapp.com"_s,
        u"launchpad.net"_s,
        // public forges
        u"gitlab.com"_s,
        u"codeberg.org"_s,
        u"gitea.com"_s,
        u"sr.ht"_s,
        u"git.sr.ht"_s,
        // the Go project and Google
        u"golang.org"_s,
        u"google.golang.org"_s,
        u"cloud.google.com"_s,
        u"go.googlesource.com"_s,
        u"gopkg.in"_s,
        // widely used vanity hosts
        u"go.uber.org"_s,
        u"go.opentelemetry.io"_s,
        u"go.etcd.io"_s,
        u"go.mongodb.org"_s,
        u"go.temporal.io"_s,
        u"go.yaml.in"_s,
        u"go.starlark.net"_s,
        u"go4.org"_s,
        u"k8s.io"_s,
        u"sigs.k8s.io"_s,
        u"honnef.co"_s,
        u"mvdan.cc"_s,
        u"rsc.io"_s,
        u"gotest.tools"_s,
        u"gorm.io"_s,
        u"gonum.org"_s,
        u"gvisor.dev"_s,
        u"cuelang.org"_s,
        u"cel.dev"_s,
        u"dario.cat"_s,
        u"filippo.io"_s,
        u"modernc.org"_s,
        u"lukechampine.com"_s,
        u"nhooyr.io"_s,
        u"golang.zx2c4.com"_s,
        u"tailscale.com"_s,
        u"helm.sh"_s,
        u"oras.land"_s,
        u"storj.io"_s,
        u"zombiezen.com"_s,
        u"inet.af"_s,
        u"knative.dev"_s,
        u"istio.io"_s,
        u"entgo.io"_s,
        u"connectrpc.com"_s,
        u"buf.build"_s,
        u"software.sslmate.com"_s,
    };
    return hosts;
}

} // namespace

bool isWellKnownPublicHost(const QString& host)
{
    return publicHosts().contains(host);
}

QStringList wellKnownPublicHosts()
{
    QStringList out = publicHosts().values();
    out.sort();
    return out;
}

} // namespace gmd
