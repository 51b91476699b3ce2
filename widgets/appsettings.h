// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QSettings;

namespace gmd {

/// The user's settings of the GUI (persisted with QSettings).
struct AppSettings
{
    QString goCommand = QStringLiteral("go"); ///< a name on PATH or a path
    int goTimeoutSeconds = 10;
    bool noNetwork = false;
    /// Also rank proxies (issue 4: several probe rounds over the GOPROXY entries and well-known
    /// public proxies), so that GMD612 can recommend, and fix, a faster GOPROXY order.
    bool rankProxies = false;

    /// Reads the settings (defaults for missing or invalid values).
    static AppSettings load(QSettings& settings);
    void save(QSettings& settings) const;
    friend bool operator==(const AppSettings&, const AppSettings&) = default;
};

} // namespace gmd
