// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace gmdtest {

/// The shared reference folder: $GOMODDOCTOR_SHARED_DIR, else <source>/../shared.
QString sharedDir();
/// The conformance root: $GOMODDOCTOR_CONFORMANCE_DIR, else sharedDir()/conformance.
QString conformanceDir();
/// sharedDir()/spec/vectors.
QString vectorsDir();
/// tests/data in the source tree.
QString testDataDir();
/// The `go` found at configure time (may be empty); $GMD_TEST_GO overrides it.
QString goExecutable();

/// A TSV file as in ../shared/spec/vectors (first line = header, '\t' separated).
struct TsvTable
{
    QString path;
    QStringList header;
    QList<QStringList> rows; ///< padded to header size
    QList<int> lines;        ///< 1-based physical line of each row
    QString error;           ///< non-empty when the file could not be read

    bool ok() const { return error.isEmpty(); }
    /// Index of a header column, -1 when absent.
    int column(const QString& name) const;
    /// Field of row `row` in column `name` ("" when absent).
    QString field(int row, const QString& name) const;
};

/// Reads a TSV file. With `unescape`, the two-character sequences \r \n \t \\ in each field are
/// turned into CR, LF, TAB and a backslash (spec go-module-env.md section 16).
TsvTable readTsv(const QString& path, bool unescape = true);

/// The \r \n \t \\ unescaping of one field.
QString unescapeField(const QString& field);

/// A readable row name for QTest::addRow: "<file>:<line> <text>" with control characters shown.
QString rowName(const TsvTable& table, int row, const QString& text);

/// Writes `content` to `path` (creating parent folders); returns false on failure.
bool writeFile(const QString& path, const QByteArray& content);

/// Reads a whole file (empty on failure).
QByteArray readFile(const QString& path);

} // namespace gmdtest
