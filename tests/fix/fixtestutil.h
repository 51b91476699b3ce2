// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace fixtest {

/// Hex SHA-256.
QByteArray sha(const QByteArray& bytes);
/// Writes `bytes` to `path` (parents created) and sets `mode`; false on failure.
bool writeBytes(const QString& path, const QByteArray& bytes, unsigned mode = 0644);
/// The whole file, or empty.
QByteArray readBytes(const QString& path);
/// st_mode & 07777, or 0 when absent.
unsigned fileMode(const QString& path);
/// Every entry of `dir`, hidden ones included, sorted.
QStringList listDir(const QString& dir);

/// The git command (empty when not installed).
QString gitExecutable();
/// An environment in which git reads no user or system configuration.
QProcessEnvironment isolatedGitEnvironment(const QString& home);
/// Runs git in `dir`; returns stdout, `exitCode` receives the exit code (-1 when not started).
QByteArray runGit(const QString& dir, const QStringList& args, const QProcessEnvironment& env, int* exitCode = nullptr);

} // namespace fixtest
