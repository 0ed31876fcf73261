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
        <source>Search titles…</source>
        <translation>Titel durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Select a posting or a template to preview it.</source>
        <translation>Wählen Sie eine Stellenanzeige oder Vorlage für die Vorschau.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
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
        <source>Employment type</source>
        <translation>Anstellungsart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Benefits</source>
        <translation>Zusatzleistungen</translation>
    </message>
    <message>
        <source>Valid through</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>So bewerben Sie sich</translation>
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
