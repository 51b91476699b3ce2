// SPDX-License-Identifier: MIT
// RUN --mount values, spec rules B4.1-B4.6 (and --device).
#include "dockerfile/runmount.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

/// A compact view of the fields that are set.
QString summary(const gmd::RunMount& m)
{
    QStringList parts { u"type=%1"_s.arg(m.type) };
    auto add = [&parts](const char* key, const QString& value) {
        if (!value.isEmpty())
            parts.append(QLatin1StringView(key) + u'=' + value);
    };
    add("from", m.from);
    add("source", m.source);
    add("target", m.target);
    add("id", m.id);
    add("sharing", m.sharing);
    parts.append(m.readOnly ? u"ro"_s : u"rw"_s);
    if (m.required)
        parts.append(u"required"_s);
    if (m.mode)
        parts.append(u"mode=%1"_s.arg(*m.mode, 0, 8));
    if (m.uid)
        parts.append(u"uid=%1"_s.arg(*m.uid));
    if (m.gid)
        parts.append(u"gid=%1"_s.arg(*m.gid));
    if (m.sizeLimit)
        parts.append(u"size=%1"_s.arg(m.sizeLimit));
    if (m.env)
        parts.append(u"env=%1"_s.arg(*m.env));
    if (!m.deferredKeys.isEmpty())
        parts.append(u"deferred=%1"_s.arg(m.deferredKeys.join(u'+')));
    return parts.join(u' ');
}

} // namespace

class TestRunMount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected"); // summary, or "ERROR: message"
        // B4.1 fields
        QTest::addRow("B4.1 cache mount")
            << u"type=cache,target=/root/.cache/go-build"_s << u"type=cache target=/root/.cache/go-build rw"_s;
        QTest::addRow("B4.1 keys are case-insensitive") << u"Type=cache,DST=/x"_s << u"type=cache target=/x rw"_s;
        QTest::addRow("B4.1 bare ro and rw") << u"type=cache,target=/x,ro"_s << u"type=cache target=/x ro"_s;
        QTest::addRow("B4.1 rw on a bind mount")
            << u"source=.,target=/src,rw"_s << u"type=bind source=. target=/src rw"_s;
        QTest::addRow("B4.1 quoted CSV field") << u"type=cache,\"target=/a,b\""_s << u"type=cache target=/a,b rw"_s;
        QTest::addRow("B4.1 doubled quote in a quoted field")
            << u"type=bind,\"target=/a\"\"b\""_s << u"type=bind target=/a\"b ro"_s;
        QTest::addRow("B4.1 bare quote")
            << u"target=/x,a\"b"_s
            << u"ERROR: failed to parse csv mounts: parse error on line 1, column 12: bare \" in non-quoted-field"_s;
        QTest::addRow("B4.1 unterminated quote")
            << u"\"target=/x"_s
            << u"ERROR: failed to parse csv mounts: parse error on line 1, column 2: extraneous or missing \" in quoted-field"_s;
        QTest::addRow("B4.1 text after a closing quote")
            << u"\"a\"b"_s
            << u"ERROR: failed to parse csv mounts: parse error on line 1, column 3: extraneous or missing \" in quoted-field"_s;
        QTest::addRow("B4.1 empty value") << QString() << u"ERROR: failed to parse csv mounts: EOF"_s;
        QTest::addRow("B4.1 bare unknown option")
            << u"type=cache,target=/x,bogus"_s << u"ERROR: invalid field 'bogus' must be a key=value pair"_s;
        // B4.2 order
        QTest::addRow("B4.2 required after type")
            << u"type=secret,id=netrc,required"_s << u"type=secret id=netrc ro required"_s;
        QTest::addRow("B4.2 required before type")
            << u"required,type=secret,id=netrc"_s << u"ERROR: unexpected key 'required' for mount type 'bind'"_s;
        QTest::addRow("B4.2 required=false on ssh") << u"type=ssh,required=false"_s << u"type=ssh ro"_s;
        QTest::addRow("B4.2 size on tmpfs")
            << u"type=tmpfs,target=/t,size=64m"_s << u"type=tmpfs target=/t rw size=67108864"_s;
        QTest::addRow("B4.2 size before type")
            << u"size=1m,type=tmpfs"_s << u"ERROR: unexpected key 'size' for mount type 'bind'"_s;
        QTest::addRow("B4.2 bad size") << u"type=tmpfs,size=lots"_s << u"ERROR: invalid value for size: lots"_s;
        // B4.3 keys and values
        QTest::addRow("B4.3 unknown type") << u"type=volume"_s << u"ERROR: unsupported mount type \"volume\""_s;
        QTest::addRow("B4.3 type typo") << u"type=cahce"_s
                                        << u"ERROR: unsupported mount type \"cahce\" (did you mean cache?)"_s;
        QTest::addRow("B4.3 type is lower-cased") << u"type=CACHE,target=/x"_s << u"type=cache target=/x rw"_s;
        QTest::addRow("B4.3 sharing locked") << u"type=cache,target=/go/pkg/mod,sharing=locked,id=gomod"_s
                                             << u"type=cache target=/go/pkg/mod id=gomod sharing=locked rw"_s;
        QTest::addRow("B4.3 sharing typo") << u"type=cache,target=/x,sharing=lockd"_s
                                           << u"ERROR: unsupported sharing value \"lockd\" (did you mean locked?)"_s;
        QTest::addRow("B4.3 sharing on a bind mount")
            << u"target=/x,sharing=shared"_s << u"ERROR: invalid cache sharing set for bind mount"_s;
        QTest::addRow("B4.3 mode uid gid") << u"type=cache,target=/x,mode=0755,uid=1000,gid=1001"_s
                                           << u"type=cache target=/x rw mode=755 uid=1000 gid=1001"_s;
        QTest::addRow("B4.3 mode is octal")
            << u"type=cache,target=/x,mode=999"_s << u"ERROR: invalid value 999 for mode"_s;
        QTest::addRow("B4.3 uid out of range")
            << u"type=cache,target=/x,uid=4294967296"_s << u"ERROR: invalid value 4294967296 for uid"_s;
        QTest::addRow("B4.3 uid on a bind mount")
            << u"target=/x,uid=1"_s << u"ERROR: uid not allowed for \"bind\" type mounts"_s;
        QTest::addRow("B4.3 mode on tmpfs")
            << u"type=tmpfs,mode=700"_s << u"ERROR: mode not allowed for \"tmpfs\" type mounts"_s;
        QTest::addRow("B4.3 bad readonly value") << u"target=/x,ro=maybe"_s << u"ERROR: invalid value for ro: maybe"_s;
        QTest::addRow("B4.3 readwrite=false")
            << u"type=cache,target=/x,readwrite=false"_s << u"type=cache target=/x ro"_s;
        QTest::addRow("B4.3 unknown key")
            << u"type=cache,target=/x,zzz=1"_s << u"ERROR: unexpected key 'zzz' in 'zzz=1'"_s;
        QTest::addRow("B4.3 unknown key near two options")
            << u"type=cache,target=/x,foo=bar"_s << u"ERROR: unexpected key 'foo' in 'foo=bar' (did you mean from?)"_s;
        QTest::addRow("B4.3 key typo") << u"type=cache,targte=/x"_s
                                       << u"ERROR: unexpected key 'targte' in 'targte=/x' (did you mean target?)"_s;
        QTest::addRow("B4.3 secret env") << u"type=secret,id=tok,env=TOKEN"_s << u"type=secret id=tok ro env=TOKEN"_s;
        // B4.4 defaults
        QTest::addRow("B4.4 bind is read-only") << u"target=/x"_s << u"type=bind target=/x ro"_s;
        QTest::addRow("B4.4 tmpfs is read-write") << u"type=tmpfs,target=/x"_s << u"type=tmpfs target=/x rw"_s;
        QTest::addRow("B4.4 ssh is read-only") << u"type=ssh"_s << u"type=ssh ro"_s;
        // B4.5 variables
        QTest::addRow("B4.5 from with a variable")
            << u"from=$STAGE,target=/x"_s
            << u"ERROR: 'from' doesn't support variable expansion, define alias stage instead"_s;
        QTest::addRow("B4.5 trailing $ in from is literal")
            << u"from=stage$,target=/x"_s << u"type=bind from=stage$ target=/x ro"_s;
        QTest::addRow("B4.5 other values wait for expansion")
            << u"type=cache,target=$GOMODCACHE,id=${ID}"_s
            << u"type=cache target=$GOMODCACHE id=${ID} rw deferred=target+id"_s;
        QTest::addRow("B4.5 variable type defers the type rules")
            << u"type=$T,required,size=1m"_s << u"type=bind ro size=1048576 deferred=type"_s;
        // B4.6 secrets
        QTest::addRow("B4.6 secret needs an id, source or target")
            << u"type=secret"_s << u"ERROR: invalid secret mount. one of source, target required"_s;
        QTest::addRow("B4.6 secret with source and id")
            << u"type=secret,id=a,src=b"_s << u"ERROR: both source and id can't be set"_s;
        QTest::addRow("B4.6 secret with from")
            << u"type=secret,id=a,from=x"_s << u"ERROR: secret mount should not have a from"_s;
        QTest::addRow("B4.6 secret with sharing")
            << u"type=secret,id=a,sharing=shared"_s << u"ERROR: secret mount should not define sharing"_s;
    }
    void parse()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        const gmd::RunMountResult r = gmd::parseRunMount(value);
        QCOMPARE(r.ok() ? summary(r.mount) : u"ERROR: "_s + r.error, expected);
        QCOMPARE(r.mount.raw, value);
    }

    void expander()
    {
        // With an expander every value is expanded before it is checked (dispatch time).
        const gmd::MountValueExpander expand = [](const QString& in, QString* out, QString* error) {
            if (in.contains(u"$BAD"_s)) {
                *error = u"BAD: is not allowed to be unset"_s;
                return false;
            }
            *out = QString(in).replace(u"$D"_s, u"/cache"_s).replace(u"$T"_s, u"cache"_s);
            return true;
        };
        gmd::RunMountResult r = gmd::parseRunMount(u"type=$T,target=$D"_s, expand);
        QVERIFY(r.ok());
        QCOMPARE(summary(r.mount), u"type=cache target=/cache rw"_s);
        r = gmd::parseRunMount(u"target=$BAD"_s, expand);
        QCOMPARE(r.error, u"BAD: is not allowed to be unset"_s);
    }

    void effectiveCache()
    {
        // B4.4: the cache id defaults to the cleaned target; sharing defaults to shared.
        gmd::RunMount m = gmd::parseRunMount(u"type=cache,target=/go//pkg/mod/"_s).mount;
        QCOMPARE(m.effectiveCacheId(), u"/go/pkg/mod"_s);
        QCOMPARE(m.effectiveSharing(), u"shared"_s);
        m = gmd::parseRunMount(u"type=cache,target=/x,id=mod"_s).mount;
        QCOMPARE(m.effectiveCacheId(), u"mod"_s);
    }

    void devices_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::addRow("name only") << u"/dev/fuse"_s << u"/dev/fuse"_s;
        QTest::addRow("required") << u"name=/dev/kvm,required"_s << u"/dev/kvm required"_s;
        QTest::addRow("name twice") << u"a,name=b"_s << u"ERROR: device name already set to a"_s;
        QTest::addRow("unknown key") << u"a,nme=b"_s
                                     << u"ERROR: unexpected key 'nme' in 'nme=b' (did you mean name?)"_s;
        QTest::addRow("bad required") << u"a,required=x"_s << u"ERROR: invalid value for required: x"_s;
    }
    void devices()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        gmd::RunDevice d;
        QString error;
        const bool ok = gmd::parseRunDevice(value, &d, &error);
        const QString actual = ok ? QString(d.name + (d.required ? u" required"_s : QString())) : QString(u"ERROR: "_s + error);
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestRunMount)
#include "tst_runmount.moc"
