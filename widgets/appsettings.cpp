// SPDX-License-Identifier: MIT
#include "appsettings.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace gmd {

AppSettings AppSettings::load(QSettings& settings)
{
    AppSettings s;
    settings.beginGroup(u"diagnosis"_s);
    const QString go = settings.value(u"goCommand"_s).toString().trimmed();
    if (!go.isEmpty())
        s.goCommand = go;
    bool ok = false;
    const int timeout = settings.value(u"goTimeoutSeconds"_s, s.goTimeoutSeconds).toInt(&ok);
    if (ok && timeout >= 1 && timeout <= 600)
        s.goTimeoutSeconds = timeout;
    s.noNetwork = settings.value(u"noNetwork"_s, false).toBool();
    s.rankProxies = settings.value(u"rankProxies"_s, false).toBool();
    settings.endGroup();
    return s;
}

void AppSettings::save(QSettings& settings) const
{
    settings.beginGroup(u"diagnosis"_s);
    settings.setValue(u"goCommand"_s, goCommand);
    settings.setValue(u"goTimeoutSeconds"_s, goTimeoutSeconds);
    settings.setValue(u"noNetwork"_s, noNetwork);
    settings.setValue(u"rankProxies"_s, rankProxies);
    settings.endGroup();
}

} // namespace gmd
