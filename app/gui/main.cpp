// SPDX-License-Identifier: MIT
// gomoddoctor [DIR] [--go PATH]: the GUI. Only wiring: application metadata, translations,
// the command line, the main window.
#include "icons.h"
#include "mainwindow.h"
#include "report/reportmeta.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"gomoddoctor"_s);
    QApplication::setApplicationName(u"gomoddoctor"_s);
    QApplication::setApplicationDisplayName(u"Go Module Doctor"_s);
    QApplication::setApplicationVersion(gmd::doctorVersion());
    QApplication::setWindowIcon(gmd::icons::application());

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"gomoddoctor"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Finds and fixes why go mod download hangs or fails."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption goOption(u"go"_s, QApplication::translate("main", "The go command to interrogate."),
        QApplication::translate("main", "PATH"));
    parser.addOption(goOption);
    parser.addPositionalArgument(
        u"DIR"_s, QApplication::translate("main", "The Go project folder to diagnose."), u"[DIR]"_s);
    parser.process(app);

    gmd::MainWindow window;
    if (parser.isSet(goOption))
        window.setGoCommandOverride(parser.value(goOption));
    window.show();
    const QStringList dirs = parser.positionalArguments();
    if (!dirs.isEmpty())
        window.diagnose(dirs.first());
    return app.exec();
}
