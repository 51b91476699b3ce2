// SPDX-License-Identifier: MIT
#include "checks/rules/rules.h"

namespace gmd::rules {

std::unique_ptr<Check> makeDownloadBeforeGomod();
std::unique_ptr<Check> makeGosumNotCopied();
std::unique_ptr<Check> makeGomodOtherDir();
std::unique_ptr<Check> makeCopyAllBeforeDownload();
std::unique_ptr<Check> makeNoModuleCacheReuse();
std::unique_ptr<Check> makeNoBuildCacheMount();
std::unique_ptr<Check> makePrivateModulesWithoutCredentials();
std::unique_ptr<Check> makeGitCredentialsInImage();
std::unique_ptr<Check> makeGitPromptInRun();
std::unique_ptr<Check> makeReplaceOutsideContext();
std::unique_ptr<Check> makeGoworkNotCopied();
std::unique_ptr<Check> makeVendorExcluded();
std::unique_ptr<Check> makeUserCannotWriteModcache();
std::unique_ptr<Check> makeSuppressionWithoutReason();
std::unique_ptr<Check> makeDockerfileInvalid();

void addDockerChecks(CheckList& out)
{
    out.push_back(makeDownloadBeforeGomod());
    out.push_back(makeGosumNotCopied());
    out.push_back(makeGomodOtherDir());
    out.push_back(makeCopyAllBeforeDownload());
    out.push_back(makeNoModuleCacheReuse());
    out.push_back(makeNoBuildCacheMount());
    out.push_back(makePrivateModulesWithoutCredentials());
    out.push_back(makeGitCredentialsInImage());
    out.push_back(makeGitPromptInRun());
    out.push_back(makeReplaceOutsideContext());
    out.push_back(makeGoworkNotCopied());
    out.push_back(makeVendorExcluded());
    out.push_back(makeUserCannotWriteModcache());
    out.push_back(makeSuppressionWithoutReason());
    out.push_back(makeDockerfileInvalid());
}

} // namespace gmd::rules
