// SPDX-License-Identifier: MIT
#include "docpages.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

namespace {
QString resourcePath(const QString& docPath)
{
    // Only plain relative paths under docs/: a link in a page must not reach other resources.
    if (!docPath.startsWith(u"docs/"_s) || docPath.contains(u".."_s))
        return {};
    return u":/"_s + docPath;
}
} // namespace

QString checkDocMarkdown(const QString& docPath)
{
    const QString path = resourcePath(docPath);
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool hasCheckDoc(const QString& docPath)
{
    const QString path = resourcePath(docPath);
    return !path.isEmpty() && QFile::exists(path);
}

} // namespace gmd
