<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>gmd::CheckState</name>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht gelaufen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Could not run</source>
        <translation>Konnte nicht laufen</translation>
    </message>
</context>
<context>
    <name>gmd::ChecklistModel</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>gmd::ChecklistPane</name>
    <message>
        <source>Filter checks (id, title, category)</source>
        <translation>Prüfungen filtern (ID, Titel, Kategorie)</translation>
    </message>
    <message>
        <source>Hide passing</source>
        <translation>Bestandene ausblenden</translation>
    </message>
    <message>
        <source>Show only the checks that did not pass</source>
        <translation>Nur die Prüfungen zeigen, die nicht bestanden haben</translation>
    </message>
</context>
<context>
    <name>gmd::EnvironmentModel</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>hidden by the %1 value</source>
        <translation>verdeckt durch den Wert aus %1</translation>
    </message>
    <message>
        <source>set but empty in the OS environment: the go command ignores it</source>
        <translation>in der Betriebssystem-Umgebung gesetzt, aber leer: der go-Befehl ignoriert ihn</translation>
    </message>
    <message>
        <source>%1 is not set anywhere: the go command uses an empty value.</source>
        <translation>%1 ist nirgends gesetzt: der go-Befehl verwendet einen leeren Wert.</translation>
    </message>
    <message numerus="yes">
        <source>%1 hides %n other value(s); expand the row to see them.</source>
        <translation>
            <numerusform>%1 verdeckt %n anderen Wert; Zeile aufklappen, um ihn zu sehen.</numerusform>
            <numerusform>%1 verdeckt %n andere Werte; Zeile aufklappen, um sie zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verdeckt</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Effective value</source>
        <translation>Wirksamer Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>gmd::EnvironmentPage</name>
    <message>
        <source>Show unset variables</source>
        <translation>Nicht gesetzte Variablen zeigen</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Rows with an arrow hide other values: expand them to see what the effective value shadows. Secrets are masked.</source>
        <translation>Zeilen mit Pfeil verdecken andere Werte: aufklappen, um zu sehen, was der wirksame Wert überdeckt. Geheimnisse sind maskiert.</translation>
    </message>
    <message>
        <source>(go version unknown)</source>
        <translation>(go-Version unbekannt)</translation>
    </message>
    <message>
        <source>go %1</source>
        <translation>go %1</translation>
    </message>
</context>
<context>
    <name>gmd::FindingDetailView</name>
    <message>
        <source>&lt;b&gt;Evidence&lt;/b&gt;</source>
        <translation>&lt;b&gt;Belege&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the commands to the clipboard</source>
        <translation>Die Befehle in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>No documentation page for this check.</source>
        <translation>Keine Dokumentationsseite für diese Prüfung.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Gefunden in</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s); select one above.</source>
        <translation>
            <numerusform>%n Befund; oben auswählen.</numerusform>
            <numerusform>%n Befunde; oben einen auswählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing to report.</source>
        <translation>nichts zu melden.</translation>
    </message>
    <message>
        <source>Go Module Doctor</source>
        <translation>Go Module Doctor</translation>
    </message>
    <message>
        <source>&lt;p&gt;Finds out why &lt;code&gt;go mod download&lt;/code&gt; hangs or fails on this machine.&lt;/p&gt;&lt;p&gt;Open a Go project folder (&lt;b&gt;Ctrl+O&lt;/b&gt;) to diagnose it, or press &lt;b&gt;F5&lt;/b&gt; to diagnose the current one again. Every check of the list on the left runs against the effective Go environment; select one to read what it looks for.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Findet heraus, warum &lt;code&gt;go mod download&lt;/code&gt; auf diesem Rechner hängt oder fehlschlägt.&lt;/p&gt;&lt;p&gt;Öffnen Sie einen Go-Projektordner (&lt;b&gt;Strg+O&lt;/b&gt;), um ihn zu untersuchen, oder drücken Sie &lt;b&gt;F5&lt;/b&gt;, um den aktuellen erneut zu untersuchen. Jede Prüfung der Liste links läuft gegen die wirksame Go-Umgebung; wählen Sie eine aus, um zu lesen, wonach sie sucht.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gmd::FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
</context>
<context>
    <name>gmd::FindingsPage</name>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Show the findings of every check</source>
        <translation>Die Befunde aller Prüfungen zeigen</translation>
    </message>
    <message>
        <source>Findings of %1: %2</source>
        <translation>Befunde von %1: %2</translation>
    </message>
    <message>
        <source>Findings in %1: %2</source>
        <translation>Befunde in %1: %2</translation>
    </message>
    <message>
        <source>All findings, most likely root cause first: %1</source>
        <translation>Alle Befunde, wahrscheinlichste Ursache zuerst: %1</translation>
    </message>
</context>
<context>
    <name>gmd::FixPreview</name>
    <message>
        <source>provably safe: applied without asking</source>
        <translation>nachweislich sicher: wird ohne Nachfrage angewendet</translation>
    </message>
    <message>
        <source>changes behaviour: you are asked before it is applied</source>
        <translation>ändert das Verhalten: Sie werden vor dem Anwenden gefragt</translation>
    </message>
    <message>
        <source>copy-only: run the commands yourself, the doctor never does</source>
        <translation>nur zum Kopieren: führen Sie die Befehle selbst aus, der Doctor tut es nie</translation>
    </message>
    <message>
        <source>git status unknown: %1</source>
        <translation>git-Status unbekannt: %1</translation>
    </message>
    <message>
        <source>not in a git repository</source>
        <translation>nicht in einem git-Repository</translation>
    </message>
    <message>
        <source>ignored by git</source>
        <translation>von git ignoriert</translation>
    </message>
    <message>
        <source>untracked</source>
        <translation>nicht versioniert</translation>
    </message>
    <message>
        <source>tracked, has uncommitted changes</source>
        <translation>versioniert, mit nicht committeten Änderungen</translation>
    </message>
    <message>
        <source>tracked, no uncommitted changes</source>
        <translation>versioniert, ohne nicht committete Änderungen</translation>
    </message>
    <message>
        <source>Not applied: there is no go env file (%1).</source>
        <translation>Nicht angewendet: es gibt keine go-env-Datei (%1).</translation>
    </message>
    <message>
        <source>Not applied, nothing was written: %1</source>
        <translation>Nicht angewendet, nichts wurde geschrieben: %1</translation>
    </message>
    <message>
        <source>%1 changed since the preview: diagnose again (F5) for a new fix.</source>
        <translation>%1 hat sich seit der Vorschau geändert: erneut untersuchen (F5) für eine neue Behebung.</translation>
    </message>
    <message>
        <source>%1 is not writable.</source>
        <translation>%1 ist nicht schreibbar.</translation>
    </message>
    <message>
        <source>Verified with the environment a new shell gets. Shells already open, and this window, keep the old %1 until they are restarted, so the finding stays listed here until Go Module Doctor is started from a new shell.</source>
        <translation>Geprüft mit der Umgebung, die eine neue Shell erhält. Bereits offene Shells und dieses Fenster behalten das alte %1, bis sie neu gestartet werden; daher bleibt der Befund hier aufgeführt, bis Go Module Doctor aus einer neuen Shell gestartet wird.</translation>
    </message>
    <message>
        <source>Applied and verified fixed: %1 no longer fires.</source>
        <translation>Angewendet und als behoben bestätigt: %1 schlägt nicht mehr an.</translation>
    </message>
    <message>
        <source>Applied, but the finding still fires.</source>
        <translation>Angewendet, aber der Befund schlägt weiterhin an.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undo refused, nothing was restored: %1</source>
        <translation>Rückgängigmachen abgelehnt, nichts wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>%1 changed since the fix.</source>
        <translation>%1 hat sich seit der Behebung geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Undone: %1 (%n file(s) restored).</source>
        <translation>
            <numerusform>Rückgängig gemacht: %1 (%n Datei wiederhergestellt).</numerusform>
            <numerusform>Rückgängig gemacht: %1 (%n Dateien wiederhergestellt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the commands to run yourself</source>
        <translation>Die Befehle kopieren, um sie selbst auszuführen</translation>
    </message>
    <message>
        <source>This fix edits no files.</source>
        <translation>Diese Behebung bearbeitet keine Dateien.</translation>
    </message>
    <message>
        <source>Unified</source>
        <translation>Unified</translation>
    </message>
    <message>
        <source>The diff as git diff prints it</source>
        <translation>Der Diff, wie git diff ihn ausgibt</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>The old and the new lines next to each other</source>
        <translation>Die alten und die neuen Zeilen nebeneinander</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Write the changes shown (atomically, journaled: Undo Last Fix restores them)</source>
        <translation>Die gezeigten Änderungen schreiben (atomar, im Journal: Letzte Behebung rückgängig machen stellt sie wieder her)</translation>
    </message>
    <message>
        <source>Commit this fix</source>
        <translation>Diese Behebung committen</translation>
    </message>
    <message>
        <source>Commit only the files this fix changed; other changes stay uncommitted</source>
        <translation>Nur die von dieser Behebung geänderten Dateien committen; andere Änderungen bleiben uncommittet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixes&lt;/b&gt;: looking for fixes…</source>
        <translation>&lt;b&gt;Behebungen&lt;/b&gt;: suche nach Behebungen …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixes&lt;/b&gt;: none that can be proved correct; see the advice above.</source>
        <translation>&lt;b&gt;Behebungen&lt;/b&gt;: keine, die sich als korrekt nachweisen lässt; siehe die Hinweise oben.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Fixes&lt;/b&gt; (%n):</source>
        <translation>
            <numerusform>&lt;b&gt;Behebung&lt;/b&gt; (%n):</numerusform>
            <numerusform>&lt;b&gt;Behebungen&lt;/b&gt; (%n):</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixes&lt;/b&gt;: no finding selected.</source>
        <translation>&lt;b&gt;Behebungen&lt;/b&gt;: kein Befund ausgewählt.</translation>
    </message>
    <message>
        <source>(unset)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>(unset: go env -u)</source>
        <translation>(nicht gesetzt: go env -u)</translation>
    </message>
    <message>
        <source>&lt;b&gt;go env changes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Änderungen an go env&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Write the changes shown (journaled: Undo Last Fix restores them)</source>
        <translation>Die gezeigten Änderungen schreiben (im Journal: Letzte Behebung rückgängig machen stellt sie wieder her)</translation>
    </message>
    <message>
        <source>A manual fix: copy its commands and run them yourself</source>
        <translation>Eine manuelle Behebung: kopieren Sie ihre Befehle und führen Sie sie selbst aus</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>Behebung anwenden</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Safety: &lt;b&gt;%2&lt;/b&gt; — %3.&lt;/p&gt;&lt;p&gt;Apply it?&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Sicherheit: &lt;b&gt;%2&lt;/b&gt; — %3.&lt;/p&gt;&lt;p&gt;Anwenden?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reading the git status of the files…</source>
        <translation>Lese den git-Status der Dateien …</translation>
    </message>
    <message>
        <source>Uncommitted Changes</source>
        <translation>Nicht committete Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;This fix edits %n file(s) with uncommitted changes:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The fix can still be undone from the journal, but mixing it with your changes makes review harder.&lt;/p&gt;&lt;p&gt;Apply it anyway?&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Diese Behebung bearbeitet %n Datei mit nicht committeten Änderungen:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Behebung lässt sich weiterhin über das Journal rückgängig machen, aber die Vermischung mit Ihren Änderungen erschwert die Durchsicht.&lt;/p&gt;&lt;p&gt;Trotzdem anwenden?&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Diese Behebung bearbeitet %n Dateien mit nicht committeten Änderungen:&lt;/p&gt;&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Die Behebung lässt sich weiterhin über das Journal rückgängig machen, aber die Vermischung mit Ihren Änderungen erschwert die Durchsicht.&lt;/p&gt;&lt;p&gt;Trotzdem anwenden?&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied, nothing was written: %1 has uncommitted changes.</source>
        <translation>Nicht angewendet, nichts wurde geschrieben: %1 hat nicht committete Änderungen.</translation>
    </message>
    <message>
        <source>Applying %1 and running the checks again…</source>
        <translation>Wende %1 an und führe die Prüfungen erneut aus …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Git&lt;/b&gt;: reading the status…</source>
        <translation>&lt;b&gt;Git&lt;/b&gt;: lese den Status …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Git&lt;/b&gt;</source>
        <translation>&lt;b&gt;Git&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The fix of %1 changed %2 in the git repository %3.</source>
        <translation>Die Behebung von %1 hat %2 im git-Repository %3 geändert.</translation>
    </message>
    <message>
        <source>Committing the fix…</source>
        <translation>Committe die Behebung …</translation>
    </message>
    <message>
        <source>Not committed: %1</source>
        <translation>Nicht committet: %1</translation>
    </message>
    <message>
        <source>Committed %1: only the fixed files; your other changes stay uncommitted.</source>
        <translation>%1 committet: nur die behobenen Dateien; Ihre anderen Änderungen bleiben uncommittet.</translation>
    </message>
    <message>
        <source>Undoing the last fix…</source>
        <translation>Mache die letzte Behebung rückgängig …</translation>
    </message>
</context>
<context>
    <name>gmd::FlowchartView</name>
    <message>
        <source>Zoom In</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Vergrößern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Zoom Out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Verkleinern (Strg+Mausrad)</translation>
    </message>
    <message>
        <source>Fit Width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <source>Zoom so that the chart fits the width of the view</source>
        <translation>So zoomen, dass das Diagramm die Breite der Ansicht ausfüllt</translation>
    </message>
    <message>
        <source>Actual Size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>Zoom to 100%</source>
        <translation>Auf 100% zoomen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the chart as SVG or Graphviz DOT</source>
        <translation>Das Diagramm als SVG oder Graphviz DOT speichern</translation>
    </message>
    <message>
        <source>Run a diagnosis to see the path it took.</source>
        <translation>Führen Sie eine Untersuchung aus, um ihren Pfad zu sehen.</translation>
    </message>
    <message>
        <source>Laying out the diagnosis path…</source>
        <translation>Ordne den Untersuchungspfad an …</translation>
    </message>
    <message>
        <source>The flowchart could not be drawn: %1</source>
        <translation>Das Flussdiagramm konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>The path the last diagnosis took. Bold arrows: the answers it got; dashed: the alternatives. Click a finding to open it.</source>
        <translation>Der Pfad der letzten Untersuchung. Fette Pfeile: die erhaltenen Antworten; gestrichelt: die Alternativen. Klicken Sie auf einen Befund, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Export Diagnosis Path</source>
        <translation>Untersuchungspfad exportieren</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;Graphviz DOT (*.dot *.gv)</source>
        <translation>SVG-Bild (*.svg);;Graphviz DOT (*.dot *.gv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>gmd::LogPage</name>
    <message>
        <source>Nothing has run yet.</source>
        <translation>Bisher ist nichts gelaufen.</translation>
    </message>
    <message>
        <source>Clear log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>go command: %1 (asked for &apos;%2&apos;)</source>
        <translation>go-Befehl: %1 (angefragt: &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>go version: %1</source>
        <translation>go-Version: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>go env -json: %n variable(s)</source>
        <translation>
            <numerusform>go env -json: %n Variable</numerusform>
            <numerusform>go env -json: %n Variablen</numerusform>
        </translation>
    </message>
    <message>
        <source>go env -json failed: %1</source>
        <translation>go env -json fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>go env GOTOOLCHAIN: %1</source>
        <translation>go env GOTOOLCHAIN: %1</translation>
    </message>
    <message>
        <source>go command &apos;%1&apos; not usable: %2</source>
        <translation>go-Befehl &apos;%1&apos; nicht nutzbar: %2</translation>
    </message>
    <message>
        <source>the go command did not answer in time and was stopped</source>
        <translation>der go-Befehl hat nicht rechtzeitig geantwortet und wurde beendet</translation>
    </message>
    <message>
        <source>go: %1</source>
        <translation>go: %1</translation>
    </message>
    <message>
        <source>go ran for %1 ms; facts collected in %2 ms</source>
        <translation>go lief %1 ms; Fakten in %2 ms gesammelt</translation>
    </message>
    <message>
        <source>module file: %1</source>
        <translation>Moduldatei: %1</translation>
    </message>
    <message>
        <source>go.mod problem: %1</source>
        <translation>Problem mit go.mod: %1</translation>
    </message>
    <message>
        <source>workspace file: %1</source>
        <translation>Workspace-Datei: %1</translation>
    </message>
    <message>
        <source>go env file: %1%2</source>
        <translation>go-env-Datei: %1%2</translation>
    </message>
    <message>
        <source> (does not exist)</source>
        <translation> (existiert nicht)</translation>
    </message>
    <message>
        <source>go env file: %1</source>
        <translation>go-env-Datei: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n environment(s), %1 module route(s)</source>
        <translation>
            <numerusform>%n Umgebung, %1 Modulroute(n)</numerusform>
            <numerusform>%n Umgebungen, %1 Modulroute(n)</numerusform>
        </translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) ran in %1 ms: %2 passed, %3 warned, %4 failed, %5 skipped, %6 could not run</source>
        <translation>
            <numerusform>%n Prüfung lief in %1 ms: %2 bestanden, %3 Warnungen, %4 fehlgeschlagen, %5 übersprungen, %6 konnten nicht laufen</numerusform>
            <numerusform>%n Prüfungen liefen in %1 ms: %2 bestanden, %3 Warnungen, %4 fehlgeschlagen, %5 übersprungen, %6 konnten nicht laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>slowest check: %1 (%2 ms)</source>
        <translation>langsamste Prüfung: %1 (%2 ms)</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gmd::MainWindow</name>
    <message numerus="yes">
        <source>%n check(s) ready. Open a Go project folder to diagnose it.</source>
        <translation>
            <numerusform>%n Prüfung bereit. Öffnen Sie einen Go-Projektordner, um ihn zu untersuchen.</numerusform>
            <numerusform>%n Prüfungen bereit. Öffnen Sie einen Go-Projektordner, um ihn zu untersuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Project Folder…</source>
        <translation>Projektordner ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Choose a Go project folder and diagnose it</source>
        <translation>Einen Go-Projektordner wählen und untersuchen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Untersuchen</translation>
    </message>
    <message>
        <source>Run every check against the project folder (F5)</source>
        <translation>Alle Prüfungen für den Projektordner ausführen (F5)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running diagnosis (Esc)</source>
        <translation>Die laufende Untersuchung abbrechen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <source>Save the diagnosis as text, JSON or SARIF</source>
        <translation>Die Untersuchung als Text, JSON oder SARIF speichern</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;About Go Module Doctor</source>
        <translation>Über Go Module &amp;Doctor</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Hide Passing Checks</source>
        <translation>Bestandene Prüfungen &amp;ausblenden</translation>
    </message>
    <message>
        <source>&amp;Filter Checks</source>
        <translation>Prüfungen &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Routes</source>
        <translation>Routen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Go Module Doctor</source>
        <translation>Go Module Doctor</translation>
    </message>
    <message>
        <source>Open Go Project Folder</source>
        <translation>Go-Projektordner öffnen</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>There is no complete diagnosis to export yet.</source>
        <translation>Es gibt noch keine vollständige Untersuchung zum Exportieren.</translation>
    </message>
    <message>
        <source>report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>About Go Module Doctor</source>
        <translation>Über Go Module Doctor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Go Module Doctor %1&lt;/h3&gt;&lt;p&gt;Finds and fixes why &lt;code&gt;go mod download&lt;/code&gt; hangs or fails: it reads the effective Go environment with the source of every value, the module files and the routes to proxies and checksum databases, and runs %2 checks over them.&lt;/p&gt;&lt;p&gt;Secrets in URLs and variables are masked everywhere, including exported reports.&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Go Module Doctor %1&lt;/h3&gt;&lt;p&gt;Findet und behebt, warum &lt;code&gt;go mod download&lt;/code&gt; hängt oder fehlschlägt: liest die wirksame Go-Umgebung mit der Quelle jedes Werts, die Moduldateien und die Routen zu Proxys und Prüfsummendatenbanken und führt %2 Prüfungen darüber aus.&lt;/p&gt;&lt;p&gt;Geheimnisse in URLs und Variablen werden überall maskiert, auch in exportierten Berichten.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No project folder was given.</source>
        <translation>Es wurde kein Projektordner angegeben.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; does not exist.</source>
        <translation>Der Ordner &apos;%1&apos; existiert nicht.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a folder. Choose the folder that contains go.mod.</source>
        <translation>&apos;%1&apos; ist kein Ordner. Wählen Sie den Ordner, der go.mod enthält.</translation>
    </message>
    <message>
        <source>The folder &apos;%1&apos; is not readable: check its permissions.</source>
        <translation>Der Ordner &apos;%1&apos; ist nicht lesbar: prüfen Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>diagnosing %1 with go command &apos;%2&apos; (timeout %3 s%4)</source>
        <translation>untersuche %1 mit go-Befehl &apos;%2&apos; (Zeitlimit %3 s%4)</translation>
    </message>
    <message>
        <source>, no network</source>
        <translation>, ohne Netzwerk</translation>
    </message>
    <message>
        <source>Asking the go command…</source>
        <translation>Frage den go-Befehl …</translation>
    </message>
    <message>
        <source>No go.mod in this folder: there are no requirements to route.</source>
        <translation>Keine go.mod in diesem Ordner: es gibt keine Abhängigkeiten zu routen.</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) of %1 on this machine.</source>
        <translation>
            <numerusform>%n Abhängigkeit aus %1 auf diesem Rechner.</numerusform>
            <numerusform>%n Abhängigkeiten aus %1 auf diesem Rechner.</numerusform>
        </translation>
    </message>
    <message>
        <source>The go command &apos;%1&apos; cannot be used: %2. The checks that need it are skipped; set its path in Settings (Ctrl+,) or with --go.</source>
        <translation>Der go-Befehl &apos;%1&apos; kann nicht verwendet werden: %2. Die Prüfungen, die ihn brauchen, werden übersprungen; geben Sie seinen Pfad in den Einstellungen (Strg+,) oder mit --go an.</translation>
    </message>
    <message>
        <source>The go command did not answer within %1 s and was stopped: %2</source>
        <translation>Der go-Befehl hat nicht innerhalb von %1 s geantwortet und wurde beendet: %2</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>Führe die Prüfungen aus …</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s) · %3 of %4 checks passed</source>
        <translation>%1 Fehler, %2 Warnung(en) · %3 von %4 Prüfungen bestanden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>diagnosis cancelled after %1</source>
        <translation>Untersuchung nach %1 abgebrochen</translation>
    </message>
    <message>
        <source>Diagnosis cancelled.</source>
        <translation>Untersuchung abgebrochen.</translation>
    </message>
    <message>
        <source>&amp;Undo Last Fix</source>
        <translation>Letzte Behebung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Restore what the last applied fix changed, byte for byte</source>
        <translation>Wiederherstellen, was die zuletzt angewendete Behebung geändert hat, Byte für Byte</translation>
    </message>
    <message>
        <source>Undo Fix</source>
        <translation>Behebung rückgängig</translation>
    </message>
    <message>
        <source>Diagnosis Path</source>
        <translation>Untersuchungspfad</translation>
    </message>
    <message>
        <source>Diagnosing…</source>
        <translation>Untersuche …</translation>
    </message>
</context>
<context>
    <name>gmd::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>gmd::ReportExport</name>
    <message>
        <source>Text report (*.txt)</source>
        <translation>Textbericht (*.txt)</translation>
    </message>
    <message>
        <source>JSON report (*.json)</source>
        <translation>JSON-Bericht (*.json)</translation>
    </message>
    <message>
        <source>SARIF log (*.sarif *.sarif.json)</source>
        <translation>SARIF-Log (*.sarif *.sarif.json)</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>gmd::RoutesModel</name>
    <message>
        <source>invalid GOSUMDB: %1</source>
        <translation>ungültige GOSUMDB: %1</translation>
    </message>
    <message>
        <source>not consulted</source>
        <translation>nicht befragt</translation>
    </message>
    <message>
        <source>not consulted (%1)</source>
        <translation>nicht befragt (%1)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>proxy %1</source>
        <translation>Proxy %1</translation>
    </message>
    <message>
        <source>(next entry on any error)</source>
        <translation>(nächster Eintrag bei jedem Fehler)</translation>
    </message>
    <message>
        <source>direct from the version control system</source>
        <translation>direkt aus der Versionsverwaltung</translation>
    </message>
    <message>
        <source>off: module lookup disabled</source>
        <translation>off: Modulsuche abgeschaltet</translation>
    </message>
    <message>
        <source>skipped %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>GONOPROXY matches &apos;%1&apos;</source>
        <translation>GONOPROXY passt auf &apos;%1&apos;</translation>
    </message>
    <message>
        <source>GONOSUMDB matches &apos;%1&apos;</source>
        <translation>GONOSUMDB passt auf &apos;%1&apos;</translation>
    </message>
    <message>
        <source>GOINSECURE matches &apos;%1&apos;</source>
        <translation>GOINSECURE passt auf &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Checksum database</source>
        <translation>Prüfsummendatenbank</translation>
    </message>
</context>
<context>
    <name>gmd::RoutesPage</name>
    <message>
        <source>Hover a row for every source in order and the patterns that matched.</source>
        <translation>Zeigen Sie auf eine Zeile für alle Quellen in Reihenfolge und die passenden Muster.</translation>
    </message>
</context>
<context>
    <name>gmd::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The go command to interrogate: a name looked up on PATH, or a path.</source>
        <translation>Der zu befragende go-Befehl: ein Name, der auf PATH gesucht wird, oder ein Pfad.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long one go command may run before the doctor stops it and reports a hang.</source>
        <translation>Wie lange ein go-Befehl laufen darf, bevor der Doctor ihn beendet und ein Hängen meldet.</translation>
    </message>
    <message>
        <source>Do not contact proxies or checksum databases</source>
        <translation>Keine Proxys oder Prüfsummendatenbanken kontaktieren</translation>
    </message>
    <message>
        <source>&amp;Go command:</source>
        <translation>&amp;go-Befehl:</translation>
    </message>
    <message>
        <source>Go &amp;timeout:</source>
        <translation>go-&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>The settings apply to the next diagnosis.</source>
        <translation>Die Einstellungen gelten ab der nächsten Untersuchung.</translation>
    </message>
    <message>
        <source>Choose the go command</source>
        <translation>go-Befehl wählen</translation>
    </message>
    <message>
        <source>Rank proxies and recommend a faster GOPROXY order (a few seconds more)</source>
        <translation>Proxys bewerten und eine schnellere GOPROXY-Reihenfolge empfehlen (einige Sekunden länger)</translation>
    </message>
    <message>
        <source>Measures the GOPROXY entries and well-known public proxies over several rounds; the recommendation (GMD612) comes with a fix.</source>
        <translation>Misst die GOPROXY-Einträge und bekannte öffentliche Proxys über mehrere Runden; zur Empfehlung (GMD612) gibt es eine Behebung.</translation>
    </message>
</context>
<context>
    <name>gmd::SideBySideDiffView</name>
    <message>
        <source>  [no newline at end of file]</source>
        <translation>  [kein Zeilenumbruch am Dateiende]</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>binary file differs</source>
        <translation>Binärdatei unterscheidet sich</translation>
    </message>
    <message>
        <source>Whitespace-only change</source>
        <translation>Nur Leerraum geändert</translation>
    </message>
    <message>
        <source>Line-ending-only change</source>
        <translation>Nur Zeilenenden geändert</translation>
    </message>
</context>
<context>
    <name>gmd::StatusIndicator</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%v of %m checks</source>
        <translation>%v von %m Prüfungen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Finds and fixes why go mod download hangs or fails.</source>
        <translation>Findet und behebt, warum go mod download hängt oder fehlschlägt.</translation>
    </message>
    <message>
        <source>The go command to interrogate.</source>
        <translation>Der zu befragende go-Befehl.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>The Go project folder to diagnose.</source>
        <translation>Der zu untersuchende Go-Projektordner.</translation>
    </message>
</context>
</TS>
