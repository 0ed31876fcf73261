<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>hirekit::BuiltinContent</name>
    <message>
        <source>Built-in content %1 is missing.</source>
        <translation>Der eingebaute Inhalt %1 fehlt.</translation>
    </message>
    <message>
        <source>Built-in content %1 is invalid at offset %2: %3</source>
        <translation>Der eingebaute Inhalt %1 ist an Position %2 ungültig: %3</translation>
    </message>
    <message>
        <source>Built-in content %1: %2</source>
        <translation>Eingebauter Inhalt %1: %2</translation>
    </message>
    <message>
        <source>Built-in content salaries.json: unknown level.</source>
        <translation>Eingebauter Inhalt salaries.json: unbekannte Stufe.</translation>
    </message>
    <message>
        <source>Built-in content questions.json: unknown category.</source>
        <translation>Eingebauter Inhalt questions.json: unbekannte Kategorie.</translation>
    </message>
</context>
<context>
    <name>hirekit::Enums</name>
    <message>
        <source>Entry</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Full-time</source>
        <translation>Vollzeit</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Teilzeit</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Befristeter Vertrag</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Aushilfe</translation>
    </message>
    <message>
        <source>Internship</source>
        <translation>Praktikum</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Fachlich</translation>
    </message>
    <message>
        <source>Behavioral</source>
        <translation>Verhalten</translation>
    </message>
    <message>
        <source>Culture fit</source>
        <translation>Kulturelle Passung</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
</context>
<context>
    <name>hirekit::FileProbe</name>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a ZIP archive or office document</source>
        <translation>ein ZIP-Archiv oder Office-Dokument</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>eine Textdatei</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Hirekit library file.</source>
        <translation>%1 ist ein Ordner, keine Hirekit-Bibliotheksdatei.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Hirekit library.</source>
        <translation>%1 ist eine leere Datei, keine Hirekit-Bibliothek.</translation>
    </message>
    <message>
        <source>%1 is not a Hirekit library: the file is %2.</source>
        <translation>%1 ist keine Hirekit-Bibliothek: Die Datei ist %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is cut short (%2 bytes).</source>
        <translation>%1 ist beschädigt: Die Datei ist abgeschnitten (%2 Bytes).</translation>
    </message>
    <message>
        <source>%1 is damaged: its SQLite header is invalid.</source>
        <translation>%1 ist beschädigt: Ihr SQLite-Kopf ist ungültig.</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is cut short (%2 of %3 bytes).</source>
        <translation>%1 ist beschädigt: Die Datei ist abgeschnitten (%2 von %3 Bytes).</translation>
    </message>
</context>
<context>
    <name>hirekit::GuiStartup</name>
    <message>
        <source>hirekit: unknown tab &quot;%1&quot;; use postings, salaries or interviews.</source>
        <translation>hirekit: unbekannter Reiter „%1“; erlaubt sind postings, salaries und interviews.</translation>
    </message>
    <message>
        <source>hirekit: cannot write the screenshot %1.</source>
        <translation>hirekit: Das Bildschirmfoto %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Use the library file PATH.</source>
        <translation>Die Bibliotheksdatei PATH verwenden.</translation>
    </message>
    <message>
        <source>Use the language CODE (e.g. de).</source>
        <translation>Die Sprache CODE verwenden (z. B. de).</translation>
    </message>
    <message>
        <source>Render the window to OUT.png and exit.</source>
        <translation>Das Fenster als OUT.png speichern und beenden.</translation>
    </message>
    <message>
        <source>The tab to show: postings, salaries or interviews.</source>
        <translation>Der anzuzeigende Reiter: postings, salaries oder interviews.</translation>
    </message>
    <message>
        <source>hirekit: unknown command &quot;%1&quot;.</source>
        <translation>hirekit: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Last library not found</source>
        <translation>Letzte Bibliothek nicht gefunden</translation>
    </message>
    <message>
        <source>Cannot open the library</source>
        <translation>Die Bibliothek kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>hirekit::GuideRepository</name>
    <message>
        <source>Cannot access the hiring guide content: %1</source>
        <translation>Auf die Inhalte des Einstellungsleitfadens kann nicht zugegriffen werden: %1</translation>
    </message>
</context>
<context>
    <name>hirekit::InterviewsTab</name>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>Select a question to see what to evaluate.</source>
        <translation>Wählen Sie eine Frage, um zu sehen, worauf zu achten ist.</translation>
    </message>
    <message>
        <source>&amp;Red flags</source>
        <translation>&amp;Warnsignale</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Evaluate:</source>
        <translation>Bewerten:</translation>
    </message>
</context>
<context>
    <name>hirekit::Library</name>
    <message>
        <source>No library file was given.</source>
        <translation>Es wurde keine Bibliotheksdatei angegeben.</translation>
    </message>
    <message>
        <source>Cannot open %1: the folder %2 does not exist.</source>
        <translation>%1 kann nicht geöffnet werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot create %1: a file of that name already exists.</source>
        <translation>%1 kann nicht angelegt werden: Eine Datei dieses Namens existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it there and try again.</source>
        <translation>%1 ist von einem anderen Programm gesperrt. Schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 failed for %2: %3</source>
        <translation>%1 von %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Setting up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>%1 cannot be switched to write-ahead logging.</source>
        <translation>%1 kann nicht auf Write-Ahead-Logging umgestellt werden.</translation>
    </message>
    <message>
        <source>Cannot make a backup before upgrading %1: %2</source>
        <translation>Vor der Aktualisierung von %1 kann keine Sicherung angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>%1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot fill the new library %1: %2</source>
        <translation>Die neue Bibliothek %1 kann nicht befüllt werden: %2</translation>
    </message>
    <message>
        <source>Row %1 of table %2 refers to a missing row of %3.</source>
        <translation>Zeile %1 der Tabelle %2 verweist auf eine fehlende Zeile von %3.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the library itself (%1).</source>
        <translation>Die Sicherung darf die Bibliothek selbst nicht überschreiben (%1).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer Hirekit (library version %2; this Hirekit reads up to version %3). Update Hirekit to open it.</source>
        <translation>%1 wurde von einem neueren Hirekit geschrieben (Bibliotheksversion %2; dieses Hirekit liest bis Version %3). Aktualisieren Sie Hirekit, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Hirekit library.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Hirekit-Bibliothek.</translation>
    </message>
</context>
<context>
    <name>hirekit::LocationsEditor</name>
    <message>
        <source>No location yet. Add where the job is done, and whether it is on-site, hybrid or remote.</source>
        <translation>Noch kein Standort. Geben Sie an, wo die Stelle ausgeübt wird und ob vor Ort, hybrid oder remote.</translation>
    </message>
    <message>
        <source>Add &amp;Location</source>
        <translation>&amp;Standort hinzufügen</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>City of location %1</source>
        <translation>Stadt von Standort %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Region or state of location %1</source>
        <translation>Region oder Bundesland von Standort %1</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Country of location %1</source>
        <translation>Land von Standort %1</translation>
    </message>
    <message>
        <source>Workplace of location %1</source>
        <translation>Arbeitsort von Standort %1</translation>
    </message>
    <message>
        <source>Remove this location</source>
        <translation>Diesen Standort entfernen</translation>
    </message>
    <message>
        <source>Remove location %1</source>
        <translation>Standort %1 entfernen</translation>
    </message>
</context>
<context>
    <name>hirekit::MainWindow</name>
    <message>
        <source>Hirekit</source>
        <translation>Hirekit</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>Salaries</source>
        <translation>Gehälter</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Neue Bibliothek…</translation>
    </message>
    <message>
        <source>Create a new library file, filled with the hiring guide&apos;s content</source>
        <translation>Eine neue Bibliotheksdatei anlegen, gefüllt mit den Inhalten des Einstellungsleitfadens</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>Bibliothek ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an existing library file</source>
        <translation>Eine vorhandene Bibliotheksdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Postings</source>
        <translation>&amp;Stellenanzeigen</translation>
    </message>
    <message>
        <source>&amp;Salaries</source>
        <translation>&amp;Gehälter</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Interviews</translation>
    </message>
    <message>
        <source>&amp;About Hirekit</source>
        <translation>Ü&amp;ber Hirekit</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Hirekit libraries (*.sqlite *.hirekit *.db);;All files (*)</source>
        <translation>Hirekit-Bibliotheken (*.sqlite *.hirekit *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No library open</source>
        <translation>Keine Bibliothek geöffnet</translation>
    </message>
    <message>
        <source>%1 — Hirekit</source>
        <translation>%1 — Hirekit</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation>Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>hiring.sqlite</source>
        <translation>einstellung.sqlite</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hirekit %1&lt;/h3&gt;&lt;p&gt;An offline desktop hiring toolkit: job postings, salary tables and structured interviews, kept in one library file on your computer.&lt;/p&gt;&lt;p&gt;Hirekit is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hirekit %1&lt;/h3&gt;&lt;p&gt;Ein Offline-Werkzeug für die Personalauswahl: Stellenanzeigen, Gehaltstabellen und strukturierte Interviews, in einer Bibliotheksdatei auf Ihrem Rechner.&lt;/p&gt;&lt;p&gt;Hirekit ist freie Software unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Hirekit</source>
        <translation>Über Hirekit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Posting</source>
        <translation>&amp;Stellenanzeige</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Changes Not Saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Your last changes to the posting could not be saved:
%1

%2</source>
        <translation>Ihre letzten Änderungen an der Stellenanzeige konnten nicht gespeichert werden:
%1

%2</translation>
    </message>
    <message>
        <source>Open the other library anyway and lose them?</source>
        <translation>Die andere Bibliothek trotzdem öffnen und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Close anyway and lose them?</source>
        <translation>Trotzdem schließen und die Änderungen verwerfen?</translation>
    </message>
</context>
<context>
    <name>hirekit::Migrations</name>
    <message>
        <source>Schema step %1 failed: %2</source>
        <translation>Schemaschritt %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot record schema version %1: %2</source>
        <translation>Schemaversion %1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>hirekit::MoneyFormat</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>%1 per year</source>
        <translation>%1 pro Jahr</translation>
    </message>
    <message>
        <source>%1 per month</source>
        <translation>%1 pro Monat</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 pro Stunde</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
</context>
<context>
    <name>hirekit::PostingActions</name>
    <message>
        <source>&amp;New Posting</source>
        <translation>&amp;Neue Stellenanzeige</translation>
    </message>
    <message>
        <source>Start a blank posting</source>
        <translation>Eine leere Stellenanzeige beginnen</translation>
    </message>
    <message>
        <source>New from &amp;Template</source>
        <translation>Neu aus &amp;Vorlage</translation>
    </message>
    <message>
        <source>Start a posting from a template</source>
        <translation>Eine Stellenanzeige aus einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the open posting</source>
        <translation>Die geöffnete Stellenanzeige kopieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the open posting (Undo brings it back)</source>
        <translation>Die geöffnete Stellenanzeige löschen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>Save as &amp;Template…</source>
        <translation>Als Vorlage s&amp;peichern…</translation>
    </message>
    <message>
        <source>Keep a copy of the open posting as a template</source>
        <translation>Eine Kopie der geöffneten Stellenanzeige als Vorlage behalten</translation>
    </message>
    <message>
        <source>Save &amp;Version…</source>
        <translation>Version &amp;sichern…</translation>
    </message>
    <message>
        <source>Keep the posting as it is now in its history</source>
        <translation>Den jetzigen Stand der Stellenanzeige in ihrem Verlauf behalten</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <source>Read and restore kept versions</source>
        <translation>Gesicherte Versionen lesen und wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export as PDF, HTML, Markdown, plain text or JSON</source>
        <translation>Als PDF, HTML, Markdown, reinen Text oder JSON exportieren</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>See the printed pages</source>
        <translation>Die gedruckten Seiten ansehen</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the open posting</source>
        <translation>Die geöffnete Stellenanzeige drucken</translation>
    </message>
    <message>
        <source>&amp;Find Posting</source>
        <translation>Stellenanzeige &amp;suchen</translation>
    </message>
    <message>
        <source>Search the postings&apos; titles and text</source>
        <translation>Titel und Text der Stellenanzeigen durchsuchen</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
</context>
<context>
    <name>hirekit::PostingCommands</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Employment Type</source>
        <translation>Beschäftigungsart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Zusatzleistungen</translation>
    </message>
    <message>
        <source>Valid Through</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Company Name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Company Description</source>
        <translation>Firmenbeschreibung</translation>
    </message>
    <message>
        <source>How to Apply</source>
        <translation>Bewerbungsweg</translation>
    </message>
    <message>
        <source>Minimum Salary</source>
        <translation>Mindestgehalt</translation>
    </message>
    <message>
        <source>Maximum Salary</source>
        <translation>Höchstgehalt</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Pay Period</source>
        <translation>Gehaltszeitraum</translation>
    </message>
    <message>
        <source>Rename Section</source>
        <translation>Abschnitt umbenennen</translation>
    </message>
    <message>
        <source>Edit Section Text</source>
        <translation>Abschnittstext bearbeiten</translation>
    </message>
    <message>
        <source>Add Section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation>Abschnitt entfernen</translation>
    </message>
    <message>
        <source>Move Section</source>
        <translation>Abschnitt verschieben</translation>
    </message>
    <message>
        <source>Edit Location</source>
        <translation>Standort bearbeiten</translation>
    </message>
    <message>
        <source>Add Location</source>
        <translation>Standort hinzufügen</translation>
    </message>
    <message>
        <source>Remove Location</source>
        <translation>Standort entfernen</translation>
    </message>
    <message>
        <source>Fill Salary from Table</source>
        <translation>Gehalt aus Tabelle übernehmen</translation>
    </message>
</context>
<context>
    <name>hirekit::PostingDiff</name>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>job details</source>
        <translation>Stellendetails</translation>
    </message>
    <message>
        <source>company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>benefits</source>
        <translation>Zusatzleistungen</translation>
    </message>
    <message>
        <source>valid-through date</source>
        <translation>Gültigkeitsdatum</translation>
    </message>
    <message>
        <source>how to apply</source>
        <translation>Bewerbungsweg</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) edited</source>
        <translation>
            <numerusform>%n Abschnitt bearbeitet</numerusform>
            <numerusform>%n Abschnitte bearbeitet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) added</source>
        <translation>
            <numerusform>%n Abschnitt hinzugefügt</numerusform>
            <numerusform>%n Abschnitte hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s) removed</source>
        <translation>
            <numerusform>%n Abschnitt entfernt</numerusform>
            <numerusform>%n Abschnitte entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>sections reordered</source>
        <translation>Abschnitte umgestellt</translation>
    </message>
</context>
<context>
    <name>hirekit::PostingEditor</name>
    <message>
        <source>This built-in template is read-only. Use Save as Template… or New from Template to make a copy you can change.</source>
        <translation>Diese eingebaute Vorlage ist schreibgeschützt. Mit „Als Vorlage speichern…“ oder „Neu aus Vorlage“ entsteht eine Kopie, die Sie ändern können.</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>e.g. Backend Developer</source>
        <translation>z. B. Backend-Entwickler</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>S&amp;tufe:</translation>
    </message>
    <message>
        <source>Employment t&amp;ype:</source>
        <translation>Beschäftigungs&amp;art:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>Abte&amp;ilung:</translation>
    </message>
    <message>
        <source>e.g. Engineering</source>
        <translation>z. B. Entwicklung</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>Valid th&amp;rough:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Salary</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>Mi&amp;nimum:</source>
        <translation>Mi&amp;nimum:</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Ma&amp;ximum:</source>
        <translation>Ma&amp;ximum:</translation>
    </message>
    <message>
        <source>Currency (three-letter code)</source>
        <translation>Währung (Code aus drei Buchstaben)</translation>
    </message>
    <message>
        <source>Pay period</source>
        <translation>Gehaltszeitraum</translation>
    </message>
    <message>
        <source>Fill from Salary Ta&amp;ble</source>
        <translation>Aus Gehaltsta&amp;belle übernehmen</translation>
    </message>
    <message>
        <source>Take the range for this posting&apos;s level and first location from the salary tables</source>
        <translation>Die Spanne für Stufe und ersten Standort dieser Stellenanzeige aus den Gehaltstabellen übernehmen</translation>
    </message>
    <message>
        <source>Which salary table to take the range from</source>
        <translation>Aus welcher Gehaltstabelle die Spanne kommt</translation>
    </message>
    <message>
        <source>B&amp;enefits:</source>
        <translation>Zusatzl&amp;eistungen:</translation>
    </message>
    <message>
        <source>e.g. health insurance, 401(k) matching, flexible PTO</source>
        <translation>z. B. Krankenversicherung, Altersvorsorge, flexible Urlaubsregelung</translation>
    </message>
    <message>
        <source>Company and Applying</source>
        <translation>Firma und Bewerbung</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Ab&amp;out it:</source>
        <translation>Ü&amp;ber sie:</translation>
    </message>
    <message>
        <source>One or two sentences about the company</source>
        <translation>Ein oder zwei Sätze über die Firma</translation>
    </message>
    <message>
        <source>Ho&amp;w to apply:</source>
        <translation>Be&amp;werbungsweg:</translation>
    </message>
    <message>
        <source>e.g. Send your CV to jobs@example.com</source>
        <translation>z. B. Lebenslauf an jobs@example.com senden</translation>
    </message>
    <message>
        <source>Tailor to con&amp;text:</source>
        <translation>An &amp;Umfeld anpassen:</translation>
    </message>
    <message>
        <source>Adds the hiring guide&apos;s emphasis for this kind of workplace to About the Role and Requirements; choosing another replaces it</source>
        <translation>Ergänzt „About the Role“ und „Requirements“ um die Schwerpunkte des Leitfadens für dieses Arbeitsumfeld; eine andere Wahl ersetzt sie</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>Bra&amp;nche:</translation>
    </message>
    <message>
        <source>Adds the industry&apos;s key requirements under Requirements and what is special about it under About the Role</source>
        <translation>Ergänzt die wichtigsten Anforderungen der Branche unter „Requirements“ und ihre Besonderheiten unter „About the Role“</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>per %1</source>
        <translation>pro %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>All salary tables</source>
        <translation>Alle Gehaltstabellen</translation>
    </message>
    <message>
        <source>Edit Salary</source>
        <translation>Gehalt bearbeiten</translation>
    </message>
    <message>
        <source>Apply Context: %1</source>
        <translation>Umfeld anwenden: %1</translation>
    </message>
    <message>
        <source>Apply Industry: %1</source>
        <translation>Branche anwenden: %1</translation>
    </message>
    <message>
        <source>No salary figures fit this posting&apos;s level and location in %1.</source>
        <translation>In %1 passen keine Gehaltszahlen zu Stufe und Standort dieser Stellenanzeige.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Ein Titel ist erforderlich.</translation>
    </message>
    <message>
        <source>The minimum is not an amount; write it like 95000 or 95,000.</source>
        <translation>Das Minimum ist kein Betrag; schreiben Sie es etwa als 95000 oder 95.000.</translation>
    </message>
    <message>
        <source>The maximum is not an amount; write it like 140000 or 140,000.</source>
        <translation>Das Maximum ist kein Betrag; schreiben Sie es etwa als 140000 oder 140.000.</translation>
    </message>
    <message>
        <source>The minimum is above the maximum; the posting keeps its last range until they fit.</source>
        <translation>Das Minimum liegt über dem Maximum; die Stellenanzeige behält ihre letzte Spanne, bis beide passen.</translation>
    </message>
    <message>
        <source>Use a three-letter currency code, such as USD or EUR.</source>
        <translation>Verwenden Sie einen Währungscode aus drei Buchstaben, etwa USD oder EUR.</translation>
    </message>
    <message>
        <source>This date has passed: the posting would show as expired.</source>
        <translation>Dieses Datum ist vorbei: Die Stellenanzeige würde als abgelaufen erscheinen.</translation>
    </message>
</context>
<context>
    <name>hirekit::PostingHistory</name>
    <message>
        <source>Save Version</source>
        <translation>Version sichern</translation>
    </message>
    <message>
        <source>A label for this version (optional), e.g. &quot;sent to HR&quot;:</source>
        <translation>Eine Bezeichnung für diese Version (optional), z. B. „an die Personalabteilung geschickt“:</translation>
    </message>
    <message>
        <source>Version saved (%1).</source>
        <translation>Version gesichert (%1).</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>The file was written, but the export could not be kept in the history: %1</source>
        <translation>Die Datei wurde geschrieben, aber der Export konnte nicht im Verlauf festgehalten werden: %1</translation>
    </message>
    <message>
        <source>Restore Version of %1</source>
        <translation>Version vom %1 wiederherstellen</translation>
    </message>
    <message>
        <source>version of %1</source>
        <translation>Version vom %1</translation>
    </message>
    <message>
        <source>Restored the version of %1.</source>
        <translation>Die Version vom %1 wurde wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>hirekit::PostingJson</name>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be a non-negative number or null</source>
        <translation>muss eine nicht negative Zahl oder null sein</translation>
    </message>
    <message>
        <source>has the unknown value &quot;%1&quot;</source>
        <translation>hat den unbekannten Wert „%1“</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be a date like 2027-03-31</source>
        <translation>muss ein Datum wie 2027-03-31 sein</translation>
    </message>
    <message>
        <source>is greater than salary.max</source>
        <translation>ist größer als salary.max</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>title is missing; a posting needs a title</source>
        <translation>title fehlt; eine Stellenanzeige braucht einen Titel</translation>
    </message>
</context>
<context>
    <name>hirekit::PostingListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>hirekit::PostingOutput</name>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Export Posting</source>
        <translation>Stellenanzeige exportieren</translation>
    </message>
    <message>
        <source>Printing &quot;%1&quot; failed.</source>
        <translation>Das Drucken von „%1“ ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>hirekit::PostingRepository</name>
    <message>
        <source>Cannot access postings: %1</source>
        <translation>Auf die Stellenanzeigen kann nicht zugegriffen werden: %1</translation>
    </message>
    <message>
        <source>There is no posting with id %1.</source>
        <translation>Es gibt keine Stellenanzeige mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>hirekit::PostingsTab</name>
    <message>
        <source>Select a posting or a template to preview it.</source>
        <translation>Wählen Sie eine Stellenanzeige oder Vorlage für die Vorschau.</translation>
    </message>
    <message>
        <source>Search titles and text…</source>
        <translation>Titel und Text durchsuchen…</translation>
    </message>
    <message>
        <source>Show postings with this status</source>
        <translation>Stellenanzeigen mit diesem Status zeigen</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Preview (as exported and printed)</source>
        <translation>Vorschau (wie exportiert und gedruckt)</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Pick a posting or a template on the left, or start one with New Posting (%1).</source>
        <translation>Wählen Sie links eine Stellenanzeige oder Vorlage, oder beginnen Sie eine mit „Neue Stellenanzeige“ (%1).</translation>
    </message>
    <message>
        <source>No posting matches. Clear the search, or show all statuses.</source>
        <translation>Keine Stellenanzeige passt. Leeren Sie die Suche oder zeigen Sie alle Status.</translation>
    </message>
    <message>
        <source>No postings yet. Start one with New Posting, or from a template below.</source>
        <translation>Noch keine Stellenanzeigen. Beginnen Sie eine mit „Neue Stellenanzeige“ oder aus einer Vorlage unten.</translation>
    </message>
    <message>
        <source>Your last changes could not be saved: %1</source>
        <translation>Ihre letzten Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>Neue Stellenanzeige</translation>
    </message>
    <message>
        <source>Cannot Create Posting</source>
        <translation>Stellenanzeige kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>New Posting</source>
        <translation>Neue Stellenanzeige</translation>
    </message>
    <message>
        <source>New Posting from “%1”</source>
        <translation>Neue Stellenanzeige aus „%1“</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Cannot Duplicate Posting</source>
        <translation>Stellenanzeige kann nicht dupliziert werden</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Save as Template</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the new template:</source>
        <translation>Name der neuen Vorlage:</translation>
    </message>
    <message>
        <source>Cannot Save Template</source>
        <translation>Vorlage kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Save as Template “%1”</source>
        <translation>Als Vorlage „%1“ speichern</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>„%1“ gelöscht. Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Cannot Delete Posting</source>
        <translation>Stellenanzeige kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Cannot Restore Posting</source>
        <translation>Stellenanzeige kann nicht zurückgeholt werden</translation>
    </message>
    <message>
        <source>Cannot Save Version</source>
        <translation>Version kann nicht gesichert werden</translation>
    </message>
    <message>
        <source>Cannot Restore Version</source>
        <translation>Version kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Cannot Export Posting</source>
        <translation>Stellenanzeige kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Cannot Print Posting</source>
        <translation>Stellenanzeige kann nicht gedruckt werden</translation>
    </message>
</context>
<context>
    <name>hirekit::QuestionListModel</name>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Evaluate:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bewerten:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>hirekit::QuestionRepository</name>
    <message>
        <source>Cannot access the question bank: %1</source>
        <translation>Auf den Fragenkatalog kann nicht zugegriffen werden: %1</translation>
    </message>
</context>
<context>
    <name>hirekit::RevisionHistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every saved version and every export is kept here. Pick one to read it; Restore puts it back into the editor (and Undo takes it out again).</source>
        <translation>Jede gesicherte Version und jeder Export wird hier aufbewahrt. Wählen Sie einen Eintrag, um ihn zu lesen; Wiederherstellen bringt ihn zurück in den Editor (und Rückgängig nimmt ihn wieder heraus).</translation>
    </message>
    <message>
        <source>No revisions yet. Use Save Version… (Ctrl+S) to keep one.</source>
        <translation>Noch keine Versionen. Mit „Version sichern…“ (Strg+S) behalten Sie eine.</translation>
    </message>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>&amp;Restore This Version</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
</context>
<context>
    <name>hirekit::RevisionListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kept because</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
</context>
<context>
    <name>hirekit::RevisionRepository</name>
    <message>
        <source>Cannot access the revision history: %1</source>
        <translation>Auf den Verlauf kann nicht zugegriffen werden: %1</translation>
    </message>
    <message>
        <source>A revision of posting %1 is unreadable.</source>
        <translation>Eine Version der Stellenanzeige %1 ist unlesbar.</translation>
    </message>
    <message>
        <source>Saved version</source>
        <translation>Gesicherte Version</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>First revision</source>
        <translation>Erste Version</translation>
    </message>
    <message>
        <source>There is no revision with id %1.</source>
        <translation>Es gibt keine Version mit der Kennung %1.</translation>
    </message>
</context>
<context>
    <name>hirekit::SalariesTab</name>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>City or metro area</source>
        <translation>Stadt oder Metropolregion</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Jede Rolle</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>No source given</source>
        <translation>Keine Quelle angegeben</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Jahr: %1</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>Source not given</source>
        <translation>Quelle nicht angegeben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>This library has no salary data.</source>
        <translation>Diese Bibliothek enthält keine Gehaltsdaten.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
</context>
<context>
    <name>hirekit::SalaryMatch</name>
    <message>
        <source> The posting has no level; Mid was assumed.</source>
        <translation> Die Stellenanzeige hat keine Stufe; Mid wurde angenommen.</translation>
    </message>
    <message>
        <source>%1, %2 level: the %3 figures of %4.</source>
        <translation>%1, Stufe %2: die Zahlen für %3 aus %4.</translation>
    </message>
    <message>
        <source>The posting has no location; the national %1 range of %2 was used.</source>
        <translation>Die Stellenanzeige hat keinen Standort; die landesweite %1-Spanne aus %2 wurde verwendet.</translation>
    </message>
    <message>
        <source>No %1 figures for %2; the national range of %3 was used.</source>
        <translation>Keine %1-Zahlen für %2; die landesweite Spanne aus %3 wurde verwendet.</translation>
    </message>
</context>
<context>
    <name>hirekit::SalaryRepository</name>
    <message>
        <source>Cannot access salary data: %1</source>
        <translation>Auf die Gehaltsdaten kann nicht zugegriffen werden: %1</translation>
    </message>
</context>
<context>
    <name>hirekit::SalaryTableModel</name>
    <message>
        <source> (area code %1)</source>
        <translation> (Regionscode %1)</translation>
    </message>
    <message>
        <source>National figures, shown as a reference for every area.</source>
        <translation>Landesweite Werte, als Bezug für jede Region angezeigt.</translation>
    </message>
    <message>
        <source>%1 (SOC %2)</source>
        <translation>%1 (SOC %2)</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>Not available in this dataset</source>
        <translation>In diesem Datensatz nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 or more: the source caps figures at this value</source>
        <translation>%1 oder mehr: Die Quelle kappt Werte bei dieser Grenze</translation>
    </message>
    <message>
        <source>10th percentile: one in ten earns less</source>
        <translation>10. Perzentil: Jede zehnte Person verdient weniger</translation>
    </message>
    <message>
        <source>25th percentile</source>
        <translation>25. Perzentil</translation>
    </message>
    <message>
        <source>Median: half earn less, half more</source>
        <translation>Median: Die Hälfte verdient weniger, die Hälfte mehr</translation>
    </message>
    <message>
        <source>75th percentile</source>
        <translation>75. Perzentil</translation>
    </message>
    <message>
        <source>90th percentile: one in ten earns more</source>
        <translation>90. Perzentil: Jede zehnte Person verdient mehr</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>P25</source>
        <translation>P25</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>P75</source>
        <translation>P75</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
</context>
<context>
    <name>hirekit::SectionListModel</name>
    <message>
        <source>(untitled section)</source>
        <translation>(Abschnitt ohne Titel)</translation>
    </message>
    <message>
        <source>Drag, or press Alt+Up and Alt+Down, to reorder. F2 renames.</source>
        <translation>Zum Umordnen ziehen oder Alt+Hoch und Alt+Runter drücken. F2 benennt um.</translation>
    </message>
</context>
<context>
    <name>hirekit::SectionsEditor</name>
    <message>
        <source>&amp;Sections</source>
        <translation>&amp;Abschnitte</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xt</translation>
    </message>
    <message>
        <source>Markdown: **bold**, *italic*, &quot;- &quot; starts a bullet, &quot;### &quot; a subheading.</source>
        <translation>Markdown: **fett**, *kursiv*, „- “ beginnt einen Aufzählungspunkt, „### “ eine Zwischenüberschrift.</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Abschnittsüberschrift</translation>
    </message>
    <message>
        <source>What this section says, in Markdown. Lines starting with &quot;- &quot; become bullets.</source>
        <translation>Was dieser Abschnitt sagt, in Markdown. Zeilen, die mit „- “ beginnen, werden Aufzählungspunkte.</translation>
    </message>
    <message>
        <source>&amp;Add Section</source>
        <translation>Abschnitt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a section after this one</source>
        <translation>Nach diesem einen Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove Section</source>
        <translation>Abschnitt &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove this section</source>
        <translation>Diesen Abschnitt entfernen</translation>
    </message>
    <message>
        <source>Move Section &amp;Up</source>
        <translation>Abschnitt nach &amp;oben</translation>
    </message>
    <message>
        <source>Move this section up</source>
        <translation>Diesen Abschnitt nach oben verschieben</translation>
    </message>
    <message>
        <source>Move Section &amp;Down</source>
        <translation>Abschnitt nach &amp;unten</translation>
    </message>
    <message>
        <source>Move this section down</source>
        <translation>Diesen Abschnitt nach unten verschieben</translation>
    </message>
    <message>
        <source>New Section</source>
        <translation>Neuer Abschnitt</translation>
    </message>
    <message>
        <source>Headin&amp;g</source>
        <translation>Übers&amp;chrift</translation>
    </message>
</context>
<context>
    <name>hirekit::cli</name>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>List the postings.</source>
        <translation>Die Stellenanzeigen auflisten.</translation>
    </message>
    <message>
        <source>List salary rows, filtered.</source>
        <translation>Gehaltszeilen gefiltert auflisten.</translation>
    </message>
    <message>
        <source>Only rows of the dataset NAME.</source>
        <translation>Nur Zeilen des Datensatzes NAME.</translation>
    </message>
    <message>
        <source>Only areas containing TEXT.</source>
        <translation>Nur Regionen, die TEXT enthalten.</translation>
    </message>
    <message>
        <source>Only roles containing TEXT.</source>
        <translation>Nur Rollen, die TEXT enthalten.</translation>
    </message>
    <message>
        <source>Only LEVEL: entry, mid, senior or staff.</source>
        <translation>Nur Stufe LEVEL: entry, mid, senior oder staff.</translation>
    </message>
    <message>
        <source>List the interview question bank.</source>
        <translation>Den Fragenkatalog auflisten.</translation>
    </message>
    <message>
        <source>Check the library file&apos;s integrity.</source>
        <translation>Die Unversehrtheit der Bibliotheksdatei prüfen.</translation>
    </message>
    <message>
        <source>Write a consistent copy of the library to FILE.</source>
        <translation>Eine konsistente Kopie der Bibliothek nach FILE schreiben.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Die zu schreibende Sicherungsdatei.</translation>
    </message>
    <message>
        <source>Use the library file PATH.</source>
        <translation>Die Bibliotheksdatei PATH verwenden.</translation>
    </message>
    <message>
        <source>Use the language CODE (e.g. de).</source>
        <translation>Die Sprache CODE verwenden (z. B. de).</translation>
    </message>
    <message>
        <source>Usage: hirekit [--db PATH] [--lang CODE] [COMMAND ...]
Hirekit, the offline hiring toolkit: job postings, salary tables and interview scorecards in one library file.

Without a command, hirekit opens its window:
  hirekit [--db PATH] [--lang CODE]
  hirekit [--db PATH] --screenshot OUT.png [--tab postings|salaries|interviews]
      Render the window offscreen to a PNG and exit.

Options:
  --db PATH      The library file (default: %1).
  --lang CODE    The language of the interface, e.g. de.
  -h, --help     Show this help; after a command, that command&apos;s options.
  -v, --version  Show the version.

</source>
        <translation>Aufruf: hirekit [--db PATH] [--lang CODE] [BEFEHL ...]
Hirekit, das Offline-Werkzeug für die Personalauswahl: Stellenanzeigen, Gehaltstabellen und Interview-Bewertungsbögen in einer Bibliotheksdatei.

Ohne Befehl öffnet hirekit sein Fenster:
  hirekit [--db PATH] [--lang CODE]
  hirekit [--db PATH] --screenshot OUT.png [--tab postings|salaries|interviews]
      Das Fenster ohne Bildschirm als PNG speichern und beenden.

Optionen:
  --db PATH      Die Bibliotheksdatei (Vorgabe: %1).
  --lang CODE    Die Sprache der Oberfläche, z. B. de.
  -h, --help     Diese Hilfe; nach einem Befehl dessen Optionen.
  -v, --version  Die Version anzeigen.

</translation>
    </message>
    <message>
        <source>Commands:
</source>
        <translation>Befehle:
</translation>
    </message>
    <message>
        <source>hirekit: unknown command &quot;%1&quot;.</source>
        <translation>hirekit: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>hirekit: &quot;%1&quot; needs a subcommand.</source>
        <translation>hirekit: „%1“ braucht einen Unterbefehl.</translation>
    </message>
    <message>
        <source>hirekit: unexpected argument &quot;%1&quot;.</source>
        <translation>hirekit: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>LOCATIONS</source>
        <translation>STANDORTE</translation>
    </message>
    <message>
        <source>hirekit: --level must be entry, mid, senior or staff, not &quot;%1&quot;.</source>
        <translation>hirekit: --level muss entry, mid, senior oder staff sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>There is no salary dataset named &quot;%1&quot;. Datasets: %2.</source>
        <translation>Es gibt keinen Gehaltsdatensatz namens „%1“. Datensätze: %2.</translation>
    </message>
    <message>
        <source>DATASET</source>
        <translation>DATENSATZ</translation>
    </message>
    <message>
        <source>AREA</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <source>MAX</source>
        <translation>MAX</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>P25</source>
        <translation>P25</translation>
    </message>
    <message>
        <source>MEDIAN</source>
        <translation>MEDIAN</translation>
    </message>
    <message>
        <source>P75</source>
        <translation>P75</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <translation>KATEGORIE</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation>THEMA</translation>
    </message>
    <message>
        <source>QUESTION</source>
        <translation>FRAGE</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s).</source>
        <translation>
            <numerusform>%1 hat %n Problem.</numerusform>
            <numerusform>%1 hat %n Probleme.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok (library version %2)</source>
        <translation>%1: in Ordnung (Bibliotheksversion %2)</translation>
    </message>
    <message>
        <source>hirekit: db backup needs --out FILE.</source>
        <translation>hirekit: db backup braucht --out FILE.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
</TS>
