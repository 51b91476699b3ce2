// SPDX-License-Identifier: MIT
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "gomoddoctor-cli (skeleton)\n";
    return 0;
}
