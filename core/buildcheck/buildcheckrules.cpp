// SPDX-License-Identifier: MIT
#include "buildcheckrules.h"

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {

QString docUrl(const char* page)
{
    return u"https://docs.docker.com/go/dockerfile/rule/"_s + QLatin1StringView(page) + u'/';
}

BuildCheckRule rule(const char* name, const char* description, const char* page, const char* since,
    bool experimental = false, bool offline = true, const char* note = "")
{
    return BuildCheckRule { QLatin1StringView(name).toString(), QString::fromUtf8(description),
        *page ? docUrl(page) : QString(), experimental, offline, QLatin1StringView(since).toString(),
        QString::fromUtf8(note) };
}

QList<BuildCheckRule> makeRules()
{
    // D2; texts verbatim from BK:linter/ruleset.go.
    return {
        rule("StageNameCasing", "Stage names should be lowercase", "stage-name-casing", "1.8"),
        rule("FromAsCasing", "The 'as' keyword should match the case of the 'from' keyword", "from-as-casing", "1.8"),
        rule("NoEmptyContinuation", "Empty continuation lines will become errors in a future release",
            "no-empty-continuation", "1.8"),
        rule("ConsistentInstructionCasing",
            "All commands within the Dockerfile should use the same casing (either upper or lower)",
            "consistent-instruction-casing", "1.8"),
        rule("DuplicateStageName", "Stage names should be unique", "duplicate-stage-name", "1.8"),
        rule("ReservedStageName", "Reserved words should not be used as stage names", "reserved-stage-name", "1.8"),
        rule("JSONArgsRecommended",
            "JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals",
            "json-args-recommended", "1.8", false, true,
            "a SHELL set by the base image is unknown offline; base images are assumed to set none"),
        rule("MaintainerDeprecated",
            "The MAINTAINER instruction is deprecated, use a label instead to define an image author",
            "maintainer-deprecated", "1.8"),
        rule("UndefinedArgInFrom", "FROM command must use declared ARGs", "undefined-arg-in-from", "1.8"),
        rule("WorkdirRelativePath",
            "Relative workdir without an absolute workdir declared within the build can have unexpected results "
            "if the base image changes",
            "workdir-relative-path", "1.8"),
        rule("UndefinedVar", "Variables should be defined before their use", "undefined-var", "1.8", false, true,
            "the ENV of a base image is unknown offline unless it is a well-known image or given by the caller; "
            "in stages built on other images only names no image can define ($0, $@, ...) are reported"),
        rule("MultipleInstructionsDisallowed",
            "Multiple instructions of the same type should not be used in the same stage",
            "multiple-instructions-disallowed", "1.8"),
        rule("LegacyKeyValueFormat", "Legacy key/value format with whitespace separator should not be used",
            "legacy-key-value-format", "1.8"),
        rule("InvalidBaseImagePlatform", "Base image platform does not match expected target platform", "", "1.8",
            false, false, "needs the pulled base image's platform; not run offline"),
        rule("RedundantTargetPlatform",
            "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior",
            "redundant-target-platform", "1.9"),
        rule("SecretsUsedInArgOrEnv", "Sensitive data should not be used in the ARG or ENV commands",
            "secrets-used-in-arg-or-env", "1.9"),
        rule("InvalidDefaultArgInFrom", "Default value for global ARG results in an empty or invalid base image name",
            "invalid-default-arg-in-from", "1.9"),
        rule("FromPlatformFlagConstDisallowed", "FROM --platform flag should not use a constant value",
            "from-platform-flag-const-disallowed", "1.9"),
        rule("CopyIgnoredFile", "Attempting to Copy file that is excluded by .dockerignore", "copy-ignored-file", "1.9",
            false, true, "runs only when the build context's .dockerignore is given"),
        rule("InvalidDefinitionDescription",
            "Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`. If "
            "this is not intended to be a description comment, add an empty line or comment between the "
            "instruction and the comment.",
            "invalid-definition-description", "1.11", true),
        rule("ExposeProtoCasing", "Protocol in EXPOSE instruction should be lowercase", "expose-proto-casing", "1.18"),
        rule("ExposeInvalidFormat",
            "IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error "
            "in a future release",
            "expose-invalid-format", "1.18"),
    };
}

} // namespace

const QList<BuildCheckRule>& buildCheckRules()
{
    static const QList<BuildCheckRule> rules = makeRules();
    return rules;
}

const BuildCheckRule* findBuildCheckRule(QStringView name)
{
    for (const BuildCheckRule& r : buildCheckRules()) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

} // namespace gmd
