// SPDX-License-Identifier: MIT
#include "checklabels.h"

#include <QHash>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

const QHash<QString, QString>& labels()
{
    static const QHash<QString, QString> table = {
        {u"GMD001"_s, u"go command is on PATH"_s},
        {u"GMD002"_s, u"go command answers in time"_s},
        {u"GMD003"_s, u"go env agrees with the doctor"_s},
        {u"GMD004"_s, u"go env runs"_s},
        {u"GMD010"_s, u"No OS variable hides a go env -w setting"_s},
        {u"GMD011"_s, u"No empty go env -w key hides go.env"_s},
        {u"GMD012"_s, u"Every go env -w line is read"_s},
        {u"GMD013"_s, u"go env -w file has clean values"_s},
        {u"GMD014"_s, u"$GOROOT/go.env is present"_s},
        {u"GMD015"_s, u"Empty OS variables do what they seem to"_s},
        {u"GMD100"_s, u"GOPROXY has entries"_s},
        {u"GMD101"_s, u"GOPROXY allows downloads"_s},
        {u"GMD102"_s, u"GOPROXY entries are valid"_s},
        {u"GMD103"_s, u"No GOPROXY entry is ignored"_s},
        {u"GMD104"_s, u"GOPROXY fallback behaviour"_s},
        {u"GMD105"_s, u"GOPROXY has a fallback after private proxies"_s},
        {u"GMD106"_s, u"GOPROXY credentials travel over https"_s},
        {u"GMD110"_s, u"Checksum verification is on"_s},
        {u"GMD111"_s, u"GOSUMDB is valid"_s},
        {u"GMD112"_s, u"GONOSUMDB exempts only private modules"_s},
        {u"GMD113"_s, u"No obsolete checksum variables"_s},
        {u"GMD120"_s, u"Private-module patterns can match"_s},
        {u"GMD121"_s, u"Private requirements are covered by GOPRIVATE"_s},
        {u"GMD122"_s, u"GOINSECURE is used where it applies"_s},
        {u"GMD123"_s, u"GOVCS allows the direct fetches"_s},
        {u"GMD130"_s, u"Module mode is on"_s},
        {u"GMD131"_s, u"GOFLAGS parses"_s},
        {u"GMD132"_s, u"GOFLAGS has no removed flags"_s},
        {u"GMD133"_s, u"Vendor mode is consistent"_s},
        {u"GMD140"_s, u"GOTOOLCHAIN is valid"_s},
        {u"GMD141"_s, u"No toolchain download is needed"_s},
        {u"GMD142"_s, u"The local go is new enough"_s},
        {u"GMD143"_s, u"The wanted toolchain is on PATH"_s},
        {u"GMD144"_s, u"Toolchain names are full versions"_s},
        {u"GMD150"_s, u"Go caches are writable"_s},
        {u"GMD151"_s, u"Go caches have free space"_s},
        {u"GMD152"_s, u"Module cache is on a local disk"_s},
        {u"GMD153"_s, u"GOPATH or GOMODCACHE is set"_s},
        {u"GMD160"_s, u"HTTP proxy use of go"_s},
        {u"GMD161"_s, u"HTTP proxy variables parse"_s},
        {u"GMD162"_s, u"NO_PROXY covers private hosts"_s},
        {u"GMD163"_s, u"Proxy variable spellings agree"_s},
        {u"GMD164"_s, u"ALL_PROXY is not relied on"_s},
        {u"GMD170"_s, u"ssh for git cannot prompt"_s},
        {u"GMD171"_s, u"git cannot prompt for credentials"_s},
        {u"GMD172"_s, u"GODEBUG leaves the network on"_s},
        {u"GMD180"_s, u"The project has a go.mod"_s},
        {u"GMD181"_s, u"Module files are valid"_s},
        {u"GMD182"_s, u"go.sum covers the requirements"_s},
        {u"GMD300"_s, u"go.mod is in the image before go runs"_s},
        {u"GMD301"_s, u"go.sum is copied with go.mod"_s},
        {u"GMD302"_s, u"go runs in the folder of go.mod"_s},
        {u"GMD303"_s, u"Module download is cached apart from the source"_s},
        {u"GMD304"_s, u"Downloaded modules are kept between builds"_s},
        {u"GMD305"_s, u"go build has a cache mount on GOCACHE"_s},
        {u"GMD306"_s, u"Private module downloads have credentials"_s},
        {u"GMD307"_s, u"No credentials in the image or its history"_s},
        {u"GMD308"_s, u"git in RUN cannot prompt"_s},
        {u"GMD309"_s, u"Local replace targets are in the image"_s},
        {u"GMD310"_s, u"go.work is copied with its modules"_s},
        {u"GMD311"_s, u"vendor/ is in the image when the build uses it"_s},
        {u"GMD312"_s, u"The build user can write the module cache"_s},
        {u"GMD313"_s, u"Inline suppressions apply and give a reason"_s},
        {u"GMD314"_s, u"BuildKit accepts the Dockerfile"_s},
        {u"GMD400"_s, u"The ignore file keeps what the build needs"_s},
        {u"GMD401"_s, u"The build context leaves out large folders"_s},
        {u"GMD402"_s, u"The build context sends no secret-looking files"_s},
        {u"GMD600"_s, u"Hosts go needs resolve"_s},
        {u"GMD601"_s, u"Hosts go needs accept connections"_s},
        {u"GMD602"_s, u"Hosts go needs answer the connection"_s},
        {u"GMD603"_s, u"The HTTP proxy is reachable"_s},
        {u"GMD604"_s, u"The HTTP proxy accepts go without credentials"_s},
        {u"GMD605"_s, u"Certificates are signed by a trusted authority"_s},
        {u"GMD606"_s, u"TLS handshakes succeed"_s},
        {u"GMD607"_s, u"Proxies have the modules asked for"_s},
        {u"GMD608"_s, u"Proxies grant access"_s},
        {u"GMD609"_s, u"Proxies answer without server errors"_s},
        {u"GMD610"_s, u"Servers answer within the response timeout"_s},
        {u"GMD611"_s, u"Proxies answer quickly"_s},
        {u"GMD612"_s, u"GOPROXY order is the fastest measured"_s},
        {u"GMD613"_s, u"Proxies answer with what go expects"_s},
    };
    return table;
}

} // namespace

QString checkLabel(const CheckInfo& info)
{
    const auto it = labels().constFind(info.id);
    return it != labels().constEnd() ? *it : info.title;
}

bool hasCheckLabel(const QString& id)
{
    return labels().contains(id);
}

} // namespace gmd
