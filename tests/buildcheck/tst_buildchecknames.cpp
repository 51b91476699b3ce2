// SPDX-License-Identifier: MIT
// Parse-time and file-level build checks (spec dockerfile.md D2): StageNameCasing, FromAsCasing,
// NoEmptyContinuation, ConsistentInstructionCasing, DuplicateStageName, ReservedStageName,
// MaintainerDeprecated, InvalidDefinitionDescription.
#include "buildchecktest.h"

using namespace Qt::Literals::StringLiterals;

class TestBuildCheckNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rule_data()
    {
        buildchecktest::addColumns();
        const QStringList none;
        // StageNameCasing
        QTest::addRow("StageNameCasing fires on an upper-case name")
            << u"StageNameCasing"_s << QByteArray("FROM golang:1.22 AS Builder\nRUN go build ./...\n") << none
            << QStringList { u"1: Stage name 'Builder' should be lowercase"_s };
        QTest::addRow("StageNameCasing fires in a Go multi-stage file")
            << u"StageNameCasing"_s
            << QByteArray("FROM golang:1.22-alpine AS Deps\nWORKDIR /src\nCOPY go.mod go.sum ./\n"
                          "RUN go mod download\n\nFROM deps AS BUILD\nCOPY . .\nRUN go build -o /out/app .\n")
            << none
            << QStringList { u"1: Stage name 'Deps' should be lowercase"_s,
                   u"6: Stage name 'BUILD' should be lowercase"_s };
        QTest::addRow("StageNameCasing not on a lower-case name")
            << u"StageNameCasing"_s << QByteArray("FROM golang AS build-1.x_y\n") << none << none;
        QTest::addRow("StageNameCasing not on an unnamed stage")
            << u"StageNameCasing"_s << QByteArray("FROM Golang\n") << none << none;
        // FromAsCasing
        QTest::addRow("FromAsCasing fires on FROM ... as")
            << u"FromAsCasing"_s << QByteArray("FROM golang:1.22 as build\n") << none
            << QStringList { u"1: 'as' and 'FROM' keywords' casing do not match"_s };
        QTest::addRow("FromAsCasing fires on from ... AS")
            << u"FromAsCasing"_s << QByteArray("from golang:1.22 AS build\nrun go build\n") << none
            << QStringList { u"1: 'AS' and 'from' keywords' casing do not match"_s };
        QTest::addRow("FromAsCasing fires on FROM ... As")
            << u"FromAsCasing"_s << QByteArray("FROM golang As build\n") << none
            << QStringList { u"1: 'As' and 'FROM' keywords' casing do not match"_s };
        QTest::addRow("FromAsCasing not when both match")
            << u"FromAsCasing"_s << QByteArray("FROM a AS b\nfrom c as d\n") << none << none;
        QTest::addRow("FromAsCasing not on a mixed-case From")
            << u"FromAsCasing"_s << QByteArray("From golang as build\n") << none << none;
        QTest::addRow("FromAsCasing not without AS")
            << u"FromAsCasing"_s << QByteArray("FROM golang\n") << none << none;
        // NoEmptyContinuation
        QTest::addRow("NoEmptyContinuation fires at the continuation's last line")
            << u"NoEmptyContinuation"_s
            << QByteArray("FROM golang:1.22\nRUN apt-get update && \\\n\n    apt-get install -y git\n") << none
            << QStringList { u"4: Empty continuation line"_s };
        QTest::addRow("NoEmptyContinuation fires on a whitespace-only line")
            << u"NoEmptyContinuation"_s
            << QByteArray(
                   "FROM golang:1.22\nRUN go mod download \\\n   \t\n && go build \\\n    ./...\nCMD [\"app\"]\n")
            << none << QStringList { u"5: Empty continuation line"_s };
        QTest::addRow("NoEmptyContinuation not on a comment inside a continuation")
            << u"NoEmptyContinuation"_s
            << QByteArray("FROM golang\nRUN go mod download && \\\n# then build\n    go build ./...\n") << none << none;
        QTest::addRow("NoEmptyContinuation not on a blank line between instructions")
            << u"NoEmptyContinuation"_s << QByteArray("FROM golang\n\nRUN go version\n") << none << none;
        // ConsistentInstructionCasing
        QTest::addRow("ConsistentInstructionCasing fires on the minority (upper)")
            << u"ConsistentInstructionCasing"_s << QByteArray("FROM golang\nrun go version\nRUN go env\n") << none
            << QStringList { u"2: Command 'run' should match the case of the command majority (uppercase)"_s };
        QTest::addRow("ConsistentInstructionCasing fires on the minority (lower)")
            << u"ConsistentInstructionCasing"_s
            << QByteArray("from golang AS build\nworkdir /src\nCOPY . .\nrun go build ./...\n") << none
            << QStringList { u"3: Command 'COPY' should match the case of the command majority (lowercase)"_s };
        QTest::addRow("ConsistentInstructionCasing tie goes to upper case")
            << u"ConsistentInstructionCasing"_s << QByteArray("from golang\nRUN go version\n") << none
            << QStringList { u"1: Command 'from' should match the case of the command majority (uppercase)"_s };
        QTest::addRow("ConsistentInstructionCasing always reports mixed case")
            << u"ConsistentInstructionCasing"_s << QByteArray("FROM golang\nRun go version\nCopy . .\n") << none
            << QStringList { u"2: Command 'Run' should match the case of the command majority (uppercase)"_s,
                   u"3: Command 'Copy' should match the case of the command majority (uppercase)"_s };
        QTest::addRow("ConsistentInstructionCasing ignores global ARGs")
            << u"ConsistentInstructionCasing"_s << QByteArray("arg GO=1.22\nFROM golang:${GO}\nRUN go version\n")
            << none << none;
        QTest::addRow("ConsistentInstructionCasing ignores ONBUILD's instruction")
            << u"ConsistentInstructionCasing"_s << QByteArray("FROM golang\nONBUILD run go version\n") << none << none;
        // DuplicateStageName
        QTest::addRow("DuplicateStageName fires on the second stage")
            << u"DuplicateStageName"_s
            << QByteArray("FROM golang:1.22 AS build\nRUN go build\n\nFROM alpine AS build\nCOPY --from=build /a /a\n")
            << none << QStringList { u"4: Duplicate stage name \"build\", stage names should be unique"_s };
        QTest::addRow("DuplicateStageName compares lower-cased names")
            << u"DuplicateStageName"_s << QByteArray("FROM golang AS Build\nFROM alpine AS build\n") << none
            << QStringList { u"2: Duplicate stage name \"build\", stage names should be unique"_s };
        QTest::addRow("DuplicateStageName not on distinct names")
            << u"DuplicateStageName"_s << QByteArray("FROM golang AS build\nFROM alpine AS run\nFROM alpine\n") << none
            << none;
        // ReservedStageName
        QTest::addRow("ReservedStageName fires on scratch")
            << u"ReservedStageName"_s << QByteArray("FROM alpine AS scratch\n") << none
            << QStringList { u"1: Stage name should not use the same name as reserved stage \"scratch\""_s };
        QTest::addRow("ReservedStageName fires on Context")
            << u"ReservedStageName"_s << QByteArray("FROM golang AS build\nFROM alpine AS Context\n") << none
            << QStringList { u"2: Stage name should not use the same name as reserved stage \"context\""_s };
        QTest::addRow("ReservedStageName not on scratch as a base")
            << u"ReservedStageName"_s << QByteArray("FROM scratch\nFROM scratch AS scratch-base\n") << none << none;
        // MaintainerDeprecated
        QTest::addRow("MaintainerDeprecated fires")
            << u"MaintainerDeprecated"_s << QByteArray("FROM golang\nMAINTAINER Gopher <gopher@example.com>\n") << none
            << QStringList { u"2: Maintainer instruction is deprecated in favor of using label"_s };
        QTest::addRow("MaintainerDeprecated not on a LABEL")
            << u"MaintainerDeprecated"_s
            << QByteArray("FROM golang\nLABEL org.opencontainers.image.authors=\"gopher@example.com\"\n") << none
            << none;
        // InvalidDefinitionDescription (experimental, D1.4)
        const auto on = [](const char* rest) -> QByteArray {
            return QByteArray("# check=experimental=InvalidDefinitionDescription\n\n") + rest;
        };
        QTest::addRow("InvalidDefinitionDescription fires on an ARG")
            << u"InvalidDefinitionDescription"_s
            << on("# version of Go\nARG GO_VERSION=1.22\nFROM golang:${GO_VERSION}\n") << none
            << QStringList { u"4: Comment for ARG should follow the format: `# GO_VERSION <description>`"_s };
        QTest::addRow("InvalidDefinitionDescription fires on a named FROM")
            << u"InvalidDefinitionDescription"_s << on("# compile the binary\nFROM golang AS build\n") << none
            << QStringList { u"4: Comment for FROM should follow the format: `# build <description>`"_s };
        QTest::addRow("InvalidDefinitionDescription uses <arg_key> for several names")
            << u"InvalidDefinitionDescription"_s << on("FROM golang\n# platform\nARG TARGETOS TARGETARCH\n") << none
            << QStringList { u"5: Comment for ARG should follow the format: `# <arg_key> <description>`"_s };
        QTest::addRow("InvalidDefinitionDescription only the last comment counts")
            << u"InvalidDefinitionDescription"_s << on("# GO_VERSION x\n# Go release\nARG GO_VERSION\nFROM golang\n")
            << none << QStringList { u"5: Comment for ARG should follow the format: `# GO_VERSION <description>`"_s };
        QTest::addRow("InvalidDefinitionDescription not on a proper description")
            << u"InvalidDefinitionDescription"_s
            << on("# GO_VERSION the Go release to build with\nARG GO_VERSION=1.22\n# build compiles\nFROM golang AS "
                  "build\n")
            << none << none;
        QTest::addRow("InvalidDefinitionDescription not on an unnamed FROM")
            << u"InvalidDefinitionDescription"_s << on("# the base\nFROM golang\n") << none << none;
        QTest::addRow("InvalidDefinitionDescription not unless enabled")
            << u"InvalidDefinitionDescription"_s << QByteArray("# version of Go\nARG GO_VERSION=1.22\nFROM golang\n")
            << none << none;
        QTest::addRow("InvalidDefinitionDescription with experimental=all")
            << u"InvalidDefinitionDescription"_s
            << QByteArray("# check=experimental=all\n\n# version of Go\nARG GO_VERSION=1.22\nFROM golang\n") << none
            << QStringList { u"4: Comment for ARG should follow the format: `# GO_VERSION <description>`"_s };
    }
    void rule() { buildchecktest::compareRow(); }
};

QTEST_GUILESS_MAIN(TestBuildCheckNames)
#include "tst_buildchecknames.moc"
