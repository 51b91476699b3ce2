// SPDX-License-Identifier: MIT
#include "checks/rules/rules.h"

namespace gmd::rules {

std::unique_ptr<Check> makeCacheNotWritable();
std::unique_ptr<Check> makeCacheNearlyFull();
std::unique_ptr<Check> makeCacheNetworkFilesystem();
std::unique_ptr<Check> makeGopathAndGomodcacheEmpty();

void addCacheChecks(CheckList& out)
{
    out.push_back(makeCacheNotWritable());
    out.push_back(makeCacheNearlyFull());
    out.push_back(makeCacheNetworkFilesystem());
    out.push_back(makeGopathAndGomodcacheEmpty());
}

} // namespace gmd::rules
