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
    <name>hirekit::CandidateListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
</context>
<context>
    <name>hirekit::CandidateRepository</name>
    <message>
        <source>Cannot access candidates: %1</source>
        <translation>Auf die Kandidaten kann nicht zugegriffen werden: %1</translation>
    </message>
    <message>
        <source>There is no candidate with id %1.</source>
        <translation>Es gibt keinen Kandidaten mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>hirekit::CandidatesWidget</name>
    <message>
        <source>&amp;Add candidate</source>
        <translation>&amp;Kandidat hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Erase candidate…</source>
        <translation>Kandidat &amp;löschen…</translation>
    </message>
    <message>
        <source>Only candidates due for eras&amp;ure: added more than</source>
        <translation>Nur zur Löschung &amp;fällige Kandidaten: hinzugefügt vor mehr als</translation>
    </message>
    <message>
        <source> months ago</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>E-mail or phone</source>
        <translation>E-Mail oder Telefon</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Noti&amp;zen:</translation>
    </message>
    <message>
        <source>New score&amp;card</source>
        <translation>Neuer Bewertungsbo&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Debrief</source>
        <translation>Nachbesp&amp;rechung</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation>Telefoninterview</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>In Interviews</translation>
    </message>
    <message>
        <source>Final interview</source>
        <translation>Abschlussinterview</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Hired</source>
        <translation>Eingestellt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Candidates of all postings added before %1: %2. Erase those you no longer need; erasing removes them with all their scorecards and notes.</source>
        <translation>Kandidaten aller Stellenanzeigen, hinzugefügt vor dem %1: %2. Löschen Sie die, die Sie nicht mehr brauchen; das Löschen entfernt sie mit allen ihren Bewertungsbögen und Notizen.</translation>
    </message>
    <message>
        <source>Scorecards: %1, of which submitted: %2.</source>
        <translation>Bewertungsbögen: %1, davon eingereicht: %2.</translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation>Neuer Kandidat</translation>
    </message>
    <message>
        <source>Cannot Add Candidate</source>
        <translation>Kandidat kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Erase Candidate</source>
        <translation>Kandidat löschen</translation>
    </message>
    <message>
        <source>Erase %1 from this library?

This removes the candidate with every scorecard, rating and note about them. It cannot be undone.</source>
        <translation>%1 aus dieser Bibliothek löschen?

Damit werden die Person und alle Bewertungsbögen, Bewertungen und Notizen über sie entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Cannot Erase Candidate</source>
        <translation>Kandidat kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Erased %1. Gone from this library: the candidate, their scorecards (%2, with %3 answers), red flags, history and every note about them.</source>
        <translation>%1 gelöscht. Aus dieser Bibliothek entfernt: die Person, ihre Bewertungsbögen (%2, mit %3 Antworten), Warnsignale, Verlauf und alle Notizen über sie.</translation>
    </message>
    <message>
        <source>Another window, task or program is using this library, so its write-ahead log (the &quot;-wal&quot; file beside it) still holds the erased data; Hirekit empties it as soon as it can.</source>
        <translation>Ein anderes Fenster, eine Hintergrundaufgabe oder ein anderes Programm verwendet diese Bibliothek, daher enthält ihr Write-Ahead-Log (die Datei „-wal“ daneben) die gelöschten Daten noch; Hirekit leert es, sobald es kann.</translation>
    </message>
    <message>
        <source>Erasing %1 with every scorecard and note about them…</source>
        <translation>%1 wird mit allen Bewertungsbögen und Notizen zu dieser Person gelöscht …</translation>
    </message>
</context>
<context>
    <name>hirekit::ChangedElsewhereBar</name>
    <message>
        <source>&amp;Show Saved Version</source>
        <translation>&amp;Gespeicherte Version zeigen</translation>
    </message>
    <message>
        <source>Drop your unsaved edits and show the posting as it was saved elsewhere.</source>
        <translation>Ihre ungespeicherten Änderungen verwerfen und die Stellenanzeige so zeigen, wie sie anderswo gespeichert wurde.</translation>
    </message>
    <message>
        <source>&amp;Keep My Edits</source>
        <translation>&amp;Meine Änderungen behalten</translation>
    </message>
    <message>
        <source>Save your edits over the version saved elsewhere.</source>
        <translation>Ihre Änderungen über die anderswo gespeicherte Version speichern.</translation>
    </message>
    <message>
        <source>“%1” was changed in another Hirekit window while you were editing it here. Your edits are not saved yet.</source>
        <translation>„%1“ wurde in einem anderen Hirekit-Fenster geändert, während Sie sie hier bearbeitet haben. Ihre Änderungen sind noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>hirekit::CheckHighlighter</name>
    <message>
        <source>Long sentence: %1 words. Sentences of up to %2 words are easier to read.</source>
        <translation>Langer Satz: %1 Wörter. Sätze mit bis zu %2 Wörtern sind leichter zu lesen.</translation>
    </message>
    <message>
        <source>Masculine-coded word (Gaucher, Friesen &amp; Kay 2011).</source>
        <translation>Männlich kodiertes Wort (Gaucher, Friesen &amp; Kay 2011).</translation>
    </message>
    <message>
        <source>Masculine-coded word. A neutral alternative: %1.</source>
        <translation>Männlich kodiertes Wort. Eine neutrale Alternative: %1.</translation>
    </message>
    <message>
        <source>Feminine-coded word (Gaucher, Friesen &amp; Kay 2011).</source>
        <translation>Weiblich kodiertes Wort (Gaucher, Friesen &amp; Kay 2011).</translation>
    </message>
    <message>
        <source>Feminine-coded word. A neutral alternative: %1.</source>
        <translation>Weiblich kodiertes Wort. Eine neutrale Alternative: %1.</translation>
    </message>
    <message>
        <source>“%1” is not in the dictionary. Right-click for suggestions.</source>
        <translation>„%1“ steht nicht im Wörterbuch. Vorschläge per Rechtsklick.</translation>
    </message>
    <message>
        <source>No Suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Word List</source>
        <translation>„%1“ zur Wortliste hinzufügen</translation>
    </message>
</context>
<context>
    <name>hirekit::CompensationWidget</name>
    <message>
        <source>Select a row of the table to start from its range.</source>
        <translation>Wählen Sie eine Zeile der Tabelle, um von ihrer Spanne auszugehen.</translation>
    </message>
    <message>
        <source>Compensation factors from the hiring guide</source>
        <translation>Vergütungsfaktoren aus dem Einstellungsleitfaden</translation>
    </message>
    <message>
        <source>&amp;Proposed salary:</source>
        <translation>&amp;Vorgeschlagenes Gehalt:</translation>
    </message>
    <message>
        <source>e.g. 150,000</source>
        <translation>z. B. 150.000</translation>
    </message>
    <message>
        <source>A salary you consider offering: where does it sit in the range?</source>
        <translation>Ein Gehalt, das Sie anbieten möchten: Wo liegt es in der Spanne?</translation>
    </message>
    <message>
        <source>P&amp;osting:</source>
        <translation>Stellen&amp;anzeige:</translation>
    </message>
    <message>
        <source>&amp;Use in Posting</source>
        <translation>In Stellenanzeige ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Fill the chosen posting&apos;s salary fields with the adjusted range</source>
        <translation>Die Gehaltsfelder der gewählten Stellenanzeige mit der angepassten Spanne füllen</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>%</source>
        <translation> %</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>%1, %2 (%3): %4</source>
        <translation>%1, %2 (%3): %4</translation>
    </message>
    <message>
        <source>min–max band</source>
        <translation>Min.–Max.-Band</translation>
    </message>
    <message>
        <source>p25–p75</source>
        <translation>P25–P75</translation>
    </message>
    <message>
        <source>%1 %2–%3%</source>
        <translation>%1 %2–%3 %</translation>
    </message>
    <message>
        <source>, plus %1</source>
        <translation>, zuzüglich %1</translation>
    </message>
    <message>
        <source>%1, %2 has no range (neither min–max nor p25–p75).</source>
        <translation>%1, %2 hat keine Spanne (weder Min.–Max. noch P25–P75).</translation>
    </message>
    <message>
        <source>Base: %1, %2%3 — %4 (%5)</source>
        <translation>Basis: %1, %2%3 — %4 (%5)</translation>
    </message>
    <message>
        <source>, %1</source>
        <translation>, %1</translation>
    </message>
    <message>
        <source>min–max</source>
        <translation>Min.–Max.</translation>
    </message>
    <message>
        <source>With no factor checked the range stays as it is.</source>
        <translation>Ohne ausgewählten Faktor bleibt die Spanne, wie sie ist.</translation>
    </message>
    <message>
        <source>Adjusted range: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Angepasste Spanne: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>below %1, the lowest figure given</source>
        <translation>unter %1, dem niedrigsten angegebenen Wert</translation>
    </message>
    <message>
        <source>above %1, the highest figure given</source>
        <translation>über %1, dem höchsten angegebenen Wert</translation>
    </message>
    <message>
        <source>about %1 of the market</source>
        <translation>etwa %1 des Markts</translation>
    </message>
    <message>
        <source>%1% of the way from min to max</source>
        <translation>%1 % des Wegs von Min. bis Max.</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Position: %1</translation>
    </message>
    <message>
        <source>compa-ratio %1 against the median</source>
        <translation>Compa-Ratio %1 gegenüber dem Median</translation>
    </message>
    <message>
        <source>compa-ratio %1 against the midpoint</source>
        <translation>Compa-Ratio %1 gegenüber der Mitte</translation>
    </message>
    <message>
        <source>Type an amount, e.g. 150,000.</source>
        <translation>Geben Sie einen Betrag ein, z. B. 150.000.</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Wählen Sie zuerst eine Zeile.</translation>
    </message>
</context>
<context>
    <name>hirekit::Completeness</name>
    <message>
        <source>Title: %1</source>
        <translation>Titel: %1</translation>
    </message>
    <message>
        <source>The posting has no title.</source>
        <translation>Die Stellenanzeige hat keinen Titel.</translation>
    </message>
    <message>
        <source>Description: 1 section with text.</source>
        <translation>Beschreibung: 1 Abschnitt mit Text.</translation>
    </message>
    <message>
        <source>Description: %1 sections with text.</source>
        <translation>Beschreibung: %1 Abschnitte mit Text.</translation>
    </message>
    <message>
        <source>The description is empty: no section has text.</source>
        <translation>Die Beschreibung ist leer: Kein Abschnitt enthält Text.</translation>
    </message>
    <message>
        <source>Date posted: %1 (status %2).</source>
        <translation>Veröffentlicht: %1 (Status %2).</translation>
    </message>
    <message>
        <source>No date posted: job boards need one.</source>
        <translation>Kein Veröffentlichungsdatum: Jobbörsen brauchen eines.</translation>
    </message>
    <message>
        <source>Hiring organisation: %1.</source>
        <translation>Einstellendes Unternehmen: %1.</translation>
    </message>
    <message>
        <source>No company name: hiringOrganization is required.</source>
        <translation>Kein Unternehmensname: hiringOrganization ist erforderlich.</translation>
    </message>
    <message>
        <source>a remote location names no country, so applicants do not know where they may live (applicantLocationRequirements)</source>
        <translation>ein Remote-Standort nennt kein Land, daher wissen Bewerbende nicht, wo sie wohnen dürfen (applicantLocationRequirements)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a city and a country</source>
        <translation>„%1“ braucht eine Stadt und ein Land</translation>
    </message>
    <message>
        <source>No location: give a place of work, or remote with the countries applicants may live in.</source>
        <translation>Kein Standort: Geben Sie einen Arbeitsort an oder „Remote“ mit den Ländern, in denen Bewerbende wohnen dürfen.</translation>
    </message>
    <message>
        <source>Location stated for every place.</source>
        <translation>Für jeden Ort ist der Standort angegeben.</translation>
    </message>
    <message>
        <source>Location: %1.</source>
        <translation>Standort: %1.</translation>
    </message>
    <message>
        <source>No valid-through date: say when the posting expires.</source>
        <translation>Kein Ablaufdatum: Geben Sie an, bis wann die Anzeige gilt.</translation>
    </message>
    <message>
        <source>The valid-through date %1 has passed.</source>
        <translation>Das Ablaufdatum %1 ist überschritten.</translation>
    </message>
    <message>
        <source>Valid through %1.</source>
        <translation>Gültig bis %1.</translation>
    </message>
    <message>
        <source>Employment type: %1.</source>
        <translation>Anstellungsart: %1.</translation>
    </message>
    <message>
        <source>No employment type (full-time, part-time, contract...).</source>
        <translation>Keine Anstellungsart (Vollzeit, Teilzeit, befristet …).</translation>
    </message>
    <message>
        <source>Salary stated (%1 per %2).</source>
        <translation>Gehalt angegeben (%1 pro %2).</translation>
    </message>
    <message>
        <source>No salary: job boards rank postings with pay higher, and several laws require it.</source>
        <translation>Kein Gehalt: Jobbörsen zeigen Anzeigen mit Gehalt weiter oben, und mehrere Gesetze verlangen es.</translation>
    </message>
</context>
<context>
    <name>hirekit::CsvReader</name>
    <message>
        <source>line %1, column %2: a quoted field is never closed (its closing quote is missing)</source>
        <translation>Zeile %1, Spalte %2: Ein Feld in Anführungszeichen wird nicht geschlossen (das schließende Anführungszeichen fehlt)</translation>
    </message>
    <message>
        <source>line %1, column %2: unexpected text after the closing quote of a quoted field</source>
        <translation>Zeile %1, Spalte %2: Unerwarteter Text nach dem schließenden Anführungszeichen eines Felds</translation>
    </message>
    <message>
        <source>line %1, column %2: a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>Zeile %1, Spalte %2: Anführungszeichen in einem Feld ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Zeichen)</translation>
    </message>
    <message>
        <source>line 1, column 1: the file is UTF-16 text; save it as UTF-8</source>
        <translation>Zeile 1, Spalte 1: Die Datei ist UTF-16-Text; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>line %1: a NUL byte (byte %2 of the file); this is not a text file but binary data or UTF-16 text</source>
        <translation>Zeile %1: Ein NUL-Byte (Byte %2 der Datei); das ist keine Textdatei, sondern Binärdaten oder UTF-16-Text</translation>
    </message>
    <message>
        <source>line %1, column %2: a field is longer than %3 MB (is its closing quote missing?)</source>
        <translation>Zeile %1, Spalte %2: Ein Feld ist länger als %3 MB (fehlt sein schließendes Anführungszeichen?)</translation>
    </message>
    <message>
        <source>line %1: more than %2 columns</source>
        <translation>Zeile %1: Mehr als %2 Spalten</translation>
    </message>
    <message>
        <source>line %1, column %2: a field is longer than %3 MB</source>
        <translation>Zeile %1, Spalte %2: Ein Feld ist länger als %3 MB</translation>
    </message>
</context>
<context>
    <name>hirekit::DebriefModel</name>
    <message>
        <source>Interviewers disagree by %1 points: discuss this question first.</source>
        <translation>Die Interviewer liegen %1 Punkte auseinander: Besprechen Sie diese Frage zuerst.</translation>
    </message>
    <message>
        <source>%1 — disagree</source>
        <translation>%1 — uneinig</translation>
    </message>
    <message>
        <source>%1 recommends: %2</source>
        <translation>%1 empfiehlt: %2</translation>
    </message>
    <message>
        <source>%1 made no recommendation</source>
        <translation>%1 hat keine Empfehlung abgegeben</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
</context>
<context>
    <name>hirekit::DebriefWidget</name>
    <message>
        <source>Ca&amp;ndidate:</source>
        <translation>&amp;Kandidat:</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recommendations&lt;/b&gt;</source>
        <translation>&lt;b&gt;Empfehlungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Red flags raised&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gemeldete Warnsignale&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Key takeaways&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wichtigste Erkenntnisse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your scorecard for %1 is still a draft. Independent scoring keeps the other interviewers&apos; scorecards (%2) hidden until you submit yours, so their ratings cannot sway you.</source>
        <translation>Ihr Bewertungsbogen für %1 ist noch ein Entwurf. Die unabhängige Bewertung hält die Bewertungsbögen der anderen Interviewer (%2) verborgen, bis Sie Ihren einreichen, damit deren Bewertungen Sie nicht beeinflussen.</translation>
    </message>
    <message>
        <source>No submitted scorecards for this candidate yet.</source>
        <translation>Für diesen Kandidaten gibt es noch keine eingereichten Bewertungsbögen.</translation>
    </message>
    <message>
        <source>Scorecards still being written, not included: %1.</source>
        <translation>Bewertungsbögen noch in Arbeit, nicht berücksichtigt: %1.</translation>
    </message>
    <message>
        <source>Questions where interviewers disagree (highlighted): %1. Start there.</source>
        <translation>Fragen, bei denen die Interviewer uneinig sind (hervorgehoben): %1. Beginnen Sie dort.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: „%2“</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — raised by %2 of %3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — gemeldet von %2 der %3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
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
    <message>
        <source>Strong No</source>
        <translation>Klares Nein</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Strong Yes</source>
        <translation>Klares Ja</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
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
    <message>
        <source>%1 is damaged: its %2 bytes are not a whole number of its %3-byte pages (cut short, or a wrong page size in its header).</source>
        <translation>%1 ist beschädigt: Seine %2 Bytes sind kein ganzzahliges Vielfaches seiner Seiten zu %3 Bytes (abgeschnitten oder eine falsche Seitengröße im Dateikopf).</translation>
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
    <message>
        <source>The library is damaged</source>
        <translation>Die Bibliothek ist beschädigt</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of %1 found problems: %2

Save nothing more to it. Restore it from a backup (File &gt; Restore from Backup), or make a copy with File &gt; Back Up Library and check it with &quot;hirekit db check&quot;.</source>
        <translation>Die SQLite-Prüfung von %1 hat Probleme gefunden: %2

Speichern Sie nichts mehr darin. Stellen Sie die Bibliothek aus einer Sicherung wieder her (Datei &gt; Aus Sicherung wiederherstellen), oder legen Sie mit Datei &gt; Bibliothek sichern eine Kopie an und prüfen Sie diese mit „hirekit db check“.</translation>
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
    <name>hirekit::InterviewText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <source>%1 of %2 rated</source>
        <translation>%1 von %2 bewertet</translation>
    </message>
</context>
<context>
    <name>hirekit::InterviewsTab</name>
    <message>
        <source>&amp;Posting:</source>
        <translation>S&amp;tellenanzeige:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Name on your scorecards</source>
        <translation>Name auf Ihren Bewertungsbögen</translation>
    </message>
    <message>
        <source>Independent scorin&amp;g</source>
        <translation>Unabhängige Be&amp;wertung</translation>
    </message>
    <message>
        <source>While your own scorecard for a candidate is a draft, other interviewers&apos; scorecards for that candidate stay hidden.</source>
        <translation>Solange Ihr eigener Bewertungsbogen für einen Kandidaten ein Entwurf ist, bleiben die Bewertungsbögen der anderen Interviewer für diesen Kandidaten verborgen.</translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation>Fragenkatalog</translation>
    </message>
    <message>
        <source>Kits</source>
        <translation>Leitfäden</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Bewertungsbögen</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>All postings</source>
        <translation>Alle Stellenanzeigen</translation>
    </message>
    <message>
        <source>Find in &amp;Notes</source>
        <translation>In &amp;Notizen suchen</translation>
    </message>
</context>
<context>
    <name>hirekit::JsonFile</name>
    <message>
        <source>a control character (U+%1) inside a text; JSON needs it written as an escape</source>
        <translation>ein Steuerzeichen (U+%1) in einem Text; JSON verlangt dafür eine Escape-Sequenz</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one object; which value is meant cannot be told</source>
        <translation>der Schlüssel %1 kommt in einem Objekt zweimal vor; welcher Wert gemeint ist, lässt sich nicht sagen</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: the file is empty.</source>
        <translation>%1 ist kein gültiges JSON: Die Datei ist leer.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at %3 (byte %4).</source>
        <translation>%1 ist kein gültiges JSON: %2 bei %3 (Byte %4).</translation>
    </message>
    <message>
        <source>%1 holds a JSON %2; it should hold %3, one JSON object.</source>
        <translation>%1 enthält als JSON %2; erwartet wird %3, ein einzelnes JSON-Objekt.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>value</source>
        <translation>einen einzelnen Wert</translation>
    </message>
    <message>
        <source>%1, %2: %3.</source>
        <translation>%1, %2: %3.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a JSON file.</source>
        <translation>%1 ist ein Ordner, keine JSON-Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; it cannot be %3, which is at most %4 MB.</source>
        <translation>%1 ist %2 MB groß und kann daher nicht %3 sein; solche Dateien sind höchstens %4 MB groß.</translation>
    </message>
</context>
<context>
    <name>hirekit::KitQuestionsModel</name>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Evaluate:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bewerten:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>hirekit::KitRepository</name>
    <message>
        <source>Cannot access interview kits: %1</source>
        <translation>Auf die Interview-Leitfäden kann nicht zugegriffen werden: %1</translation>
    </message>
    <message>
        <source>There is no interview kit with id %1.</source>
        <translation>Es gibt keinen Interview-Leitfaden mit der ID %1.</translation>
    </message>
    <message>
        <source>An interview kit needs a name.</source>
        <translation>Ein Interview-Leitfaden braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>hirekit::KitsWidget</name>
    <message>
        <source>Interview &amp;kits</source>
        <translation>&amp;Interview-Leitfäden</translation>
    </message>
    <message>
        <source>&amp;New kit</source>
        <translation>Neuer &amp;Leitfaden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lösch&amp;en…</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>e.g. Backend phone screen</source>
        <translation>z. B. Backend-Telefoninterview</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>Time &amp;budget:</source>
        <translation>&amp;Zeitbudget:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Remove from kit</source>
        <translation>Aus Leitfaden entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Add &amp;question:</source>
        <translation>&amp;Frage hinzufügen:</translation>
    </message>
    <message>
        <source>&amp;Add to kit</source>
        <translation>Zum Leitfaden hinzufü&amp;gen</translation>
    </message>
    <message>
        <source>Phone screen</source>
        <translation>Telefoninterview</translation>
    </message>
    <message>
        <source>Technical interview</source>
        <translation>Fachinterview</translation>
    </message>
    <message>
        <source>System design</source>
        <translation>Systemdesign</translation>
    </message>
    <message>
        <source>Behavioral interview</source>
        <translation>Verhaltensinterview</translation>
    </message>
    <message>
        <source>Culture fit</source>
        <translation>Kulturelle Passung</translation>
    </message>
    <message>
        <source>Final interview</source>
        <translation>Abschlussinterview</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (%n min)</source>
        <translation>
            <numerusform>%1 — %2 (%n Min.)</numerusform>
            <numerusform>%1 — %2 (%n Min.)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The questions take about %1 min: %2 min over the %3 min budget.</source>
        <translation>Die Fragen dauern etwa %1 Min.: %2 Min. mehr als das Zeitbudget von %3 Min.</translation>
    </message>
    <message>
        <source>The questions take about %1 min of the %2 min budget.</source>
        <translation>Die Fragen dauern etwa %1 Min. des Zeitbudgets von %2 Min.</translation>
    </message>
    <message>
        <source>Cannot Save Kit</source>
        <translation>Leitfaden kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The kit already has that question.</source>
        <translation>Der Leitfaden enthält diese Frage bereits.</translation>
    </message>
    <message>
        <source>New interview kit</source>
        <translation>Neuer Interview-Leitfaden</translation>
    </message>
    <message>
        <source>Cannot Add Kit</source>
        <translation>Leitfaden kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Cannot Copy Kit</source>
        <translation>Leitfaden kann nicht kopiert werden</translation>
    </message>
    <message>
        <source>Delete Kit</source>
        <translation>Leitfaden löschen</translation>
    </message>
    <message>
        <source>Delete the interview kit &quot;%1&quot;? Scorecards that followed it keep their questions and ratings.</source>
        <translation>Den Interview-Leitfaden „%1“ löschen? Bewertungsbögen, die ihm gefolgt sind, behalten ihre Fragen und Bewertungen.</translation>
    </message>
    <message>
        <source>Cannot Delete Kit</source>
        <translation>Leitfaden kann nicht gelöscht werden</translation>
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
    <name>hirekit::LibraryBackupActions</name>
    <message>
        <source>&amp;Back Up Library…</source>
        <translation>Bibliothek &amp;sichern…</translation>
    </message>
    <message>
        <source>Res&amp;tore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Write a copy of the library to a file of your choice</source>
        <translation>Eine Kopie der Bibliothek in eine Datei Ihrer Wahl schreiben</translation>
    </message>
    <message>
        <source>Replace the library with one of its automatic backups or a file you choose</source>
        <translation>Die Bibliothek durch eine ihrer automatischen Sicherungen oder eine gewählte Datei ersetzen</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Back Up Library</source>
        <translation>Bibliothek sichern</translation>
    </message>
    <message>
        <source>%1 backup %2.sqlite</source>
        <translation>%1 Sicherung %2.sqlite</translation>
    </message>
    <message>
        <source>Hirekit libraries (*.sqlite *.hirekit *.db);;All files (*)</source>
        <translation>Hirekit-Bibliotheken (*.sqlite *.hirekit *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>%1 wird gesichert…</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert in %1</translation>
    </message>
</context>
<context>
    <name>hirekit::LibraryBackups</name>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot remove old backups: %1</source>
        <translation>Alte Sicherungen können nicht entfernt werden: %1</translation>
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
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is open in Hirekit or another program, or was not closed properly. Open it in Hirekit once and close it, then try again.</source>
        <translation>%1 ist in Hirekit oder einem anderen Programm geöffnet oder wurde nicht ordnungsgemäß geschlossen. Öffnen Sie die Datei einmal in Hirekit und schließen Sie sie wieder; versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Hirekit library.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, keine Hirekit-Bibliothek.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Hirekit (library version %2; this Hirekit reads up to version %3).</source>
        <translation>%1 wurde von einem neueren Hirekit geschrieben (Bibliotheksversion %2; dieses Hirekit liest bis Version %3).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2).</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>it is the library itself.</source>
        <translation>es ist die Bibliothek selbst.</translation>
    </message>
    <message>
        <source>%1 is still open in another Hirekit window or program. Close it there and try again.</source>
        <translation>%1 ist noch in einem anderen Hirekit-Fenster oder Programm geöffnet. Schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot back up %1 before restoring: %2</source>
        <translation>%1 kann vor der Wiederherstellung nicht gesichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>hirekit::LibraryConnection</name>
    <message>
        <source>Cannot open %1: there is no such file.</source>
        <translation>%1 kann nicht geöffnet werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot open a second connection to %1: it is not in write-ahead logging mode, so it is not an open Hirekit library.</source>
        <translation>Eine zweite Verbindung zu %1 kann nicht geöffnet werden: Die Datei ist nicht im Write-Ahead-Logging-Modus und damit keine geöffnete Hirekit-Bibliothek.</translation>
    </message>
</context>
<context>
    <name>hirekit::LiveInterviewText</name>
    <message>
        <source>Your rating: &lt;b&gt;not asked&lt;/b&gt;</source>
        <translation>Ihre Bewertung: &lt;b&gt;nicht gefragt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your rating: %1</source>
        <translation>Ihre Bewertung: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;Not rated yet&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;Noch nicht bewertet&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Overall recommendation: &lt;span style=&quot;color:%1&quot;&gt;none yet&lt;/span&gt;</source>
        <translation>Gesamtempfehlung: &lt;span style=&quot;color:%1&quot;&gt;noch keine&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Overall recommendation: %1</source>
        <translation>Gesamtempfehlung: %1</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;None for this question.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;Keine für diese Frage.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:%1&quot;&gt;not rated&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:%1&quot;&gt;nicht bewertet&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Typing — saved as you type · &lt;b&gt;Esc&lt;/b&gt; or &lt;b&gt;Tab&lt;/b&gt; back to rating</source>
        <translation>Eingabe — wird beim Tippen gespeichert · &lt;b&gt;Esc&lt;/b&gt; oder &lt;b&gt;Tab&lt;/b&gt; zurück zur Bewertung</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;4&lt;/b&gt; recommendation · &lt;b&gt;0&lt;/b&gt; clear · &lt;b&gt;Tab&lt;/b&gt; takeaways · &lt;b&gt;P&lt;/b&gt; previous · &lt;b&gt;F11&lt;/b&gt; full screen · &lt;b&gt;Ctrl+W&lt;/b&gt; end</source>
        <translation>&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;4&lt;/b&gt; Empfehlung · &lt;b&gt;0&lt;/b&gt; zurücksetzen · &lt;b&gt;Tab&lt;/b&gt; Erkenntnisse · &lt;b&gt;P&lt;/b&gt; zurück · &lt;b&gt;F11&lt;/b&gt; Vollbild · &lt;b&gt;Ctrl+W&lt;/b&gt; beenden</translation>
    </message>
    <message>
        <source>&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;4&lt;/b&gt; rate · &lt;b&gt;0&lt;/b&gt; not asked · &lt;b&gt;N&lt;/b&gt; next · &lt;b&gt;P&lt;/b&gt; previous · &lt;b&gt;Tab&lt;/b&gt; notes · &lt;b&gt;F11&lt;/b&gt; full screen · &lt;b&gt;Ctrl+W&lt;/b&gt; end</source>
        <translation>&lt;b&gt;1&lt;/b&gt;–&lt;b&gt;4&lt;/b&gt; bewerten · &lt;b&gt;0&lt;/b&gt; nicht gefragt · &lt;b&gt;N&lt;/b&gt; weiter · &lt;b&gt;P&lt;/b&gt; zurück · &lt;b&gt;Tab&lt;/b&gt; Notizen · &lt;b&gt;F11&lt;/b&gt; Vollbild · &lt;b&gt;Ctrl+W&lt;/b&gt; beenden</translation>
    </message>
</context>
<context>
    <name>hirekit::LiveInterviewWidget</name>
    <message>
        <source>Live Interview</source>
        <translation>Live-Interview</translation>
    </message>
    <message>
        <source>RUBRIC</source>
        <translation>BEWERTUNGSRASTER</translation>
    </message>
    <message>
        <source>FOLLOW-UPS</source>
        <translation>NACHFRAGEN</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Keine Bibliothek geöffnet.</translation>
    </message>
    <message>
        <source>The scorecard is submitted and read-only; reopen it to interview again.</source>
        <translation>Der Bewertungsbogen ist eingereicht und schreibgeschützt; öffnen Sie ihn wieder, um erneut zu interviewen.</translation>
    </message>
    <message>
        <source>The scorecard has no questions.</source>
        <translation>Der Bewertungsbogen hat keine Fragen.</translation>
    </message>
    <message>
        <source>the whole question bank</source>
        <translation>der gesamte Fragenkatalog</translation>
    </message>
    <message>
        <source>Live Interview — %1</source>
        <translation>Live-Interview — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Press 1 to 4 for your overall recommendation (0 clears it), Tab to write the key takeaways, P to go back to the questions.</source>
        <translation>Drücken Sie 1 bis 4 für Ihre Gesamtempfehlung (0 setzt sie zurück), Tab, um die wichtigsten Erkenntnisse zu notieren, P, um zu den Fragen zurückzukehren.</translation>
    </message>
    <message>
        <source>KEY TAKEAWAYS</source>
        <translation>WICHTIGSTE ERKENNTNISSE</translation>
    </message>
    <message>
        <source>Strengths, concerns, what the next interviewer should probe</source>
        <translation>Stärken, Bedenken, was das nächste Interview vertiefen sollte</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · ABOUT %n MIN</source>
        <translation>
            <numerusform>%1 · %2 · ETWA %n MIN.</numerusform>
            <numerusform>%1 · %2 · ETWA %n MIN.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Evaluate:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Bewerten:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>NOTES ON THIS QUESTION</source>
        <translation>NOTIZEN ZU DIESER FRAGE</translation>
    </message>
    <message>
        <source>Press Tab to write what the candidate said; Esc to go back to rating</source>
        <translation>Drücken Sie Tab, um festzuhalten, was der Kandidat gesagt hat; Esc, um zur Bewertung zurückzukehren</translation>
    </message>
    <message>
        <source>Interview %1 · %2 over</source>
        <translation>Interview %1 · %2 überzogen</translation>
    </message>
    <message>
        <source>Interview %1 of %2</source>
        <translation>Interview %1 von %2</translation>
    </message>
    <message>
        <source>Question %1 · %2 over</source>
        <translation>Frage %1 · %2 überzogen</translation>
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
    <message>
        <source>Updated with changes made in another Hirekit window</source>
        <translation>Mit Änderungen aus einem anderen Hirekit-Fenster aktualisiert</translation>
    </message>
    <message>
        <source>Restore the backup anyway and lose them?</source>
        <translation>Die Sicherung trotzdem wiederherstellen und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Cannot Restore the Backup</source>
        <translation>Sicherung kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restored the backup; the library as it was is kept as a backup</source>
        <translation>Sicherung wiederhergestellt; der vorherige Stand der Bibliothek wurde als Sicherung aufbewahrt</translation>
    </message>
</context>
<context>
    <name>hirekit::MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
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
    <name>hirekit::PayTransparency</name>
    <message>
        <source>no pay range is stated</source>
        <translation>es ist keine Gehaltsspanne angegeben</translation>
    </message>
    <message>
        <source>the range is open-ended (a minimum of %1 and no maximum, &quot;and up&quot;); a maximum is required</source>
        <translation>die Spanne ist nach oben offen (mindestens %1, kein Höchstwert, „und mehr“); ein Höchstwert ist erforderlich</translation>
    </message>
    <message>
        <source>the range has no minimum</source>
        <translation>die Spanne hat keinen Mindestwert</translation>
    </message>
    <message>
        <source>the minimum is above the maximum</source>
        <translation>der Mindestwert liegt über dem Höchstwert</translation>
    </message>
    <message>
        <source>neither a starting pay nor a range is stated</source>
        <translation>weder ein Einstiegsgehalt noch eine Spanne ist angegeben</translation>
    </message>
    <message>
        <source>no general description of benefits is given</source>
        <translation>es fehlt eine allgemeine Beschreibung der Zusatzleistungen</translation>
    </message>
    <message>
        <source>Complies for %1: %2</source>
        <translation>Erfüllt für %1: %2</translation>
    </message>
    <message>
        <source>%1 applies to %2: %3. Required: %4 (%5)</source>
        <translation>%1 gilt für %2: %3. Erforderlich: %4 (%5)</translation>
    </message>
</context>
<context>
    <name>hirekit::Plugins</name>
    <message>
        <source>The plugin %1 is in none of %2.</source>
        <translation>Das Plugin %1 liegt in keinem von %2.</translation>
    </message>
    <message>
        <source>it is not the plugin Hirekit looks for</source>
        <translation>es ist nicht das Plugin, das Hirekit sucht</translation>
    </message>
    <message>
        <source>Cannot load the plugin %1: %2</source>
        <translation>Das Plugin %1 kann nicht geladen werden: %2</translation>
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
    <message>
        <source>Posting &amp;Checks</source>
        <translation>&amp;Prüfungen der Stellenanzeige</translation>
    </message>
    <message>
        <source>Show or hide the checks of wording, readability, pay, completeness and spelling</source>
        <translation>Die Prüfungen von Wortwahl, Lesbarkeit, Gehalt, Vollständigkeit und Rechtschreibung zeigen oder ausblenden</translation>
    </message>
</context>
<context>
    <name>hirekit::PostingChecksPanel</name>
    <message>
        <source>Checks (as you type)</source>
        <translation>Prüfungen (während der Eingabe)</translation>
    </message>
    <message>
        <source>Posting checks</source>
        <translation>Prüfungen der Stellenanzeige</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Company description</source>
        <translation>Firmenbeschreibung</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Zusatzleistungen</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>Bewerbungsweg</translation>
    </message>
    <message>
        <source>%1
In %2: click or press Enter to go there.</source>
        <translation>%1
In %2: Klicken oder Eingabe drücken, um dorthin zu springen.</translation>
    </message>
    <message>
        <source>%1
In %2: click or press Enter to go to each in turn.</source>
        <translation>%1
In %2: Klicken oder Eingabe drücken, um nacheinander zu jeder Stelle zu springen.</translation>
    </message>
    <message>
        <source>Open a posting to check it.</source>
        <translation>Öffnen Sie eine Stellenanzeige, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>no coded words</source>
        <translation>keine kodierten Wörter</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>feminine-coded</source>
        <translation>weiblich kodiert</translation>
    </message>
    <message>
        <source>strongly feminine-coded</source>
        <translation>stark weiblich kodiert</translation>
    </message>
    <message>
        <source>masculine-coded</source>
        <translation>männlich kodiert</translation>
    </message>
    <message>
        <source>strongly masculine-coded</source>
        <translation>stark männlich kodiert</translation>
    </message>
    <message>
        <source>Wording: %1</source>
        <translation>Wortwahl: %1</translation>
    </message>
    <message>
        <source>Gender-coded words after Gaucher, Friesen &amp; Kay (2011): coded wording makes some applicants feel they would not belong.</source>
        <translation>Geschlechtlich kodierte Wörter nach Gaucher, Friesen &amp; Kay (2011): Kodierte Wortwahl gibt manchen Bewerbenden das Gefühl, nicht dazuzugehören.</translation>
    </message>
    <message>
        <source>masculine</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>feminine</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>%1%2 (%3)</source>
        <translation>%1%2 (%3)</translation>
    </message>
    <message>
        <source>%1%2 (%3), try: %4</source>
        <translation>%1%2 (%3), stattdessen: %4</translation>
    </message>
    <message>
        <source>Wording: %1 (masculine %2, feminine %3)</source>
        <translation>Wortwahl: %1 (männlich %2, weiblich %3)</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>sehr leicht</translation>
    </message>
    <message>
        <source>easy</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>fairly easy</source>
        <translation>ziemlich leicht</translation>
    </message>
    <message>
        <source>plain</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>fairly difficult</source>
        <translation>ziemlich schwer</translation>
    </message>
    <message>
        <source>difficult</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>very difficult</source>
        <translation>sehr schwer</translation>
    </message>
    <message>
        <source>Readability: no text yet</source>
        <translation>Lesbarkeit: noch kein Text</translation>
    </message>
    <message>
        <source>Readability: %1</source>
        <translation>Lesbarkeit: %1</translation>
    </message>
    <message>
        <source>Reading ease %1, grade %2</source>
        <translation>Lesbarkeitsindex %1, Klassenstufe %2</translation>
    </message>
    <message>
        <source>Flesch reading ease (0 to 100, higher is easier; 60 to 70 is plain English) and Flesch-Kincaid grade level.</source>
        <translation>Flesch-Lesbarkeitsindex (0 bis 100, höher ist leichter; 60 bis 70 entspricht verständlichem Alltagsenglisch) und Flesch-Kincaid-Klassenstufe.</translation>
    </message>
    <message>
        <source>Average sentence: %1 words</source>
        <translation>Durchschnittlicher Satz: %1 Wörter</translation>
    </message>
    <message>
        <source>1 word: %1</source>
        <translation>1 Wort: %1</translation>
    </message>
    <message>
        <source>%1 words: %2</source>
        <translation>%1 Wörter: %2</translation>
    </message>
    <message>
        <source>Pay transparency: no law applies</source>
        <translation>Gehaltstransparenz: kein Gesetz anwendbar</translation>
    </message>
    <message>
        <source>Pay transparency: met</source>
        <translation>Gehaltstransparenz: erfüllt</translation>
    </message>
    <message>
        <source>Pay transparency: 1 problem</source>
        <translation>Gehaltstransparenz: 1 Problem</translation>
    </message>
    <message>
        <source>Pay transparency: %1 problems</source>
        <translation>Gehaltstransparenz: %1 Probleme</translation>
    </message>
    <message>
        <source>%1
%2
Source: %3 (a summary, not legal advice)</source>
        <translation>%1
%2
Quelle: %3 (eine Zusammenfassung, keine Rechtsberatung)</translation>
    </message>
    <message>
        <source>Completeness: ready for job boards</source>
        <translation>Vollständigkeit: bereit für Jobbörsen</translation>
    </message>
    <message>
        <source>Completeness: 1 field missing</source>
        <translation>Vollständigkeit: 1 Feld fehlt</translation>
    </message>
    <message>
        <source>Completeness: %1 fields missing</source>
        <translation>Vollständigkeit: %1 Felder fehlen</translation>
    </message>
    <message>
        <source>%1
schema.org JobPosting: %2</source>
        <translation>%1
schema.org JobPosting: %2</translation>
    </message>
    <message>
        <source>Spelling: not checked</source>
        <translation>Rechtschreibung: nicht geprüft</translation>
    </message>
    <message>
        <source>Spelling: no unknown words</source>
        <translation>Rechtschreibung: keine unbekannten Wörter</translation>
    </message>
    <message>
        <source>Spelling: 1 unknown word</source>
        <translation>Rechtschreibung: 1 unbekanntes Wort</translation>
    </message>
    <message>
        <source>Spelling: %1 unknown words</source>
        <translation>Rechtschreibung: %1 unbekannte Wörter</translation>
    </message>
    <message>
        <source>Right-click the word in the editor for suggestions.</source>
        <translation>Klicken Sie im Editor mit der rechten Maustaste auf das Wort, um Vorschläge zu erhalten.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
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
    <message>
        <source>sections reordered</source>
        <translation>Abschnitte umgestellt</translation>
    </message>
    <message>
        <source>1 section edited</source>
        <translation>1 Abschnitt bearbeitet</translation>
    </message>
    <message>
        <source>%1 sections edited</source>
        <translation>%1 Abschnitte bearbeitet</translation>
    </message>
    <message>
        <source>1 section added</source>
        <translation>1 Abschnitt hinzugefügt</translation>
    </message>
    <message>
        <source>%1 sections added</source>
        <translation>%1 Abschnitte hinzugefügt</translation>
    </message>
    <message>
        <source>1 section removed</source>
        <translation>1 Abschnitt entfernt</translation>
    </message>
    <message>
        <source>%1 sections removed</source>
        <translation>%1 Abschnitte entfernt</translation>
    </message>
</context>
<context>
    <name>hirekit::PostingDocument</name>
    <message>
        <source>the posting was changed in another Hirekit window or by the command line; your edits are kept here until you choose</source>
        <translation>die Stellenanzeige wurde in einem anderen Hirekit-Fenster oder über die Befehlszeile geändert; Ihre Änderungen bleiben hier erhalten, bis Sie sich entscheiden</translation>
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
    <message>
        <source>Replace “%1” with “%2”</source>
        <translation>„%1“ durch „%2“ ersetzen</translation>
    </message>
</context>
<context>
    <name>hirekit::PostingExport</name>
    <message>
        <source>Unknown export format.</source>
        <translation>Unbekanntes Exportformat.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
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
        <source>schema.org JSON-LD</source>
        <translation>schema.org-JSON-LD</translation>
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
    <name>hirekit::PostingPdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot start writing the PDF.</source>
        <translation>Das Schreiben des PDF kann nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Cannot finish the PDF.</source>
        <translation>Das PDF kann nicht fertiggestellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>hirekit::PostingRenderer</name>
    <message>
        <source>Untitled posting</source>
        <translation>Stellenanzeige ohne Titel</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <source>Locations:</source>
        <translation>Standorte:</translation>
    </message>
    <message>
        <source>Salary:</source>
        <translation>Gehalt:</translation>
    </message>
    <message>
        <source>Employment:</source>
        <translation>Beschäftigung:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>About the company</source>
        <translation>Über die Firma</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Zusatzleistungen</translation>
    </message>
    <message>
        <source>How to apply</source>
        <translation>So bewerben Sie sich</translation>
    </message>
    <message>
        <source>Apply by:</source>
        <translation>Bewerbung bis:</translation>
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
    <message>
        <source>Showing the posting as it was saved elsewhere</source>
        <translation>Die Stellenanzeige wird so gezeigt, wie sie anderswo gespeichert wurde</translation>
    </message>
    <message>
        <source>Only the newest %1 postings are listed (scroll to the end of the list to try again); the rest could not be read: %2</source>
        <translation>Nur die neuesten %1 Stellenanzeigen werden aufgelistet (scrollen Sie ans Ende der Liste, um es erneut zu versuchen); der Rest konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot Show Print Preview</source>
        <translation>Druckvorschau nicht möglich</translation>
    </message>
</context>
<context>
    <name>hirekit::PrintDialogs</name>
    <message>
        <source>Printing is not available. %1</source>
        <translation>Drucken ist nicht verfügbar. %1</translation>
    </message>
</context>
<context>
    <name>hirekit::QuestionBankWidget</name>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Frage hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Select a question to see what to evaluate.</source>
        <translation>Wählen Sie eine Frage, um zu sehen, was zu bewerten ist.</translation>
    </message>
    <message>
        <source>Red flags to &amp;watch for</source>
        <translation>Warnsignale, auf die zu a&amp;chten ist</translation>
    </message>
    <message>
        <source>Custom red flag</source>
        <translation>Eigenes Warnsignal</translation>
    </message>
    <message>
        <source>What it looks like</source>
        <translation>Woran man es erkennt</translation>
    </message>
    <message>
        <source>Add &amp;flag</source>
        <translation>Warnsignal hin&amp;zufügen</translation>
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
        <source>Custom red flag. %1</source>
        <translation>Eigenes Warnsignal. %1</translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation>
            <numerusform>etwa %n Min.</numerusform>
            <numerusform>etwa %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluate:</source>
        <translation>Bewerten:</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Bewertungsraster</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Questions from the hiring guide cannot be removed.</source>
        <translation>Fragen aus dem Einstellungsleitfaden können nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot Edit Question</source>
        <translation>Frage kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>Cannot Save Question</source>
        <translation>Frage kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>A question needs the text you ask the candidate.</source>
        <translation>Eine Frage braucht den Text, den Sie dem Kandidaten stellen.</translation>
    </message>
    <message>
        <source>Remove Question</source>
        <translation>Frage entfernen</translation>
    </message>
    <message>
        <source>Remove the question &quot;%1&quot; from the bank?</source>
        <translation>Die Frage „%1“ aus dem Fragenkatalog entfernen?</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>Cannot Remove Question</source>
        <translation>Frage kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot Add Red Flag</source>
        <translation>Warnsignal kann nicht hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>hirekit::QuestionEditor</name>
    <message>
        <source>A built-in question from the hiring guide: its rubric, follow-ups and time can be changed, its text cannot.</source>
        <translation>Eine eingebaute Frage aus dem Einstellungsleitfaden: Bewertungsraster, Nachfragen und Dauer lassen sich ändern, ihr Text nicht.</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>Kate&amp;gorie:</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>The&amp;ma:</translation>
    </message>
    <message>
        <source>e.g. System Design</source>
        <translation>z. B. Systemdesign</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>Fr&amp;age:</translation>
    </message>
    <message>
        <source>What you ask the candidate</source>
        <translation>Was Sie den Kandidaten fragen</translation>
    </message>
    <message>
        <source>&amp;Evaluate:</source>
        <translation>&amp;Bewerten:</translation>
    </message>
    <message>
        <source>What a good answer shows</source>
        <translation>Was eine gute Antwort zeigt</translation>
    </message>
    <message>
        <source>Suggested ti&amp;me:</source>
        <translation>Empfohlene &amp;Dauer:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rubric&lt;/b&gt;: what an answer looks like at each rating</source>
        <translation>&lt;b&gt;Bewertungsraster&lt;/b&gt;: wie eine Antwort bei jeder Bewertung aussieht</translation>
    </message>
    <message>
        <source>&amp;1:</source>
        <translation>&amp;1:</translation>
    </message>
    <message>
        <source>&amp;2:</source>
        <translation>&amp;2:</translation>
    </message>
    <message>
        <source>&amp;3:</source>
        <translation>&amp;3:</translation>
    </message>
    <message>
        <source>&amp;4:</source>
        <translation>&amp;4:</translation>
    </message>
    <message>
        <source>&amp;Follow-ups:</source>
        <translation>Nac&amp;hfragen:</translation>
    </message>
    <message>
        <source>One prompt per line</source>
        <translation>Eine Nachfrage pro Zeile</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save question</source>
        <translation>Frage &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;%1 %2:</source>
        <translation>&amp;%1 %2:</translation>
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
    <message>
        <source>There is no question with id %1.</source>
        <translation>Es gibt keine Frage mit der ID %1.</translation>
    </message>
    <message>
        <source>Question %1 is built in and cannot be removed.</source>
        <translation>Frage %1 ist eingebaut und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Question %1 is used by interview kits or scorecards and cannot be removed.</source>
        <translation>Frage %1 wird von Interview-Leitfäden oder Bewertungsbögen verwendet und kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The suggested time must be at least one minute.</source>
        <translation>Die empfohlene Dauer muss mindestens eine Minute betragen.</translation>
    </message>
</context>
<context>
    <name>hirekit::RestoreBackupDialog</name>
    <message>
        <source>daily backup</source>
        <translation>tägliche Sicherung</translation>
    </message>
    <message>
        <source>before the upgrade to library version %1</source>
        <translation>vor der Aktualisierung auf Bibliotheksversion %1</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>chosen file</source>
        <translation>gewählte Datei</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the library %1 with one of its backups:</source>
        <translation>Die Bibliothek %1 durch eine ihrer Sicherungen ersetzen:</translation>
    </message>
    <message>
        <source>&amp;Backups, newest first:</source>
        <translation>&amp;Sicherungen, neueste zuerst:</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>&amp;Behalten werden die letzten</translation>
    </message>
    <message>
        <source>Hirekit backs up each library when it first opens it on a day, before an upgrade and before a restore, and removes the oldest beyond this number.</source>
        <translation>Hirekit sichert jede Bibliothek, wenn es sie an einem Tag zum ersten Mal öffnet, vor einer Aktualisierung und vor einer Wiederherstellung, und entfernt die ältesten über diese Anzahl hinaus.</translation>
    </message>
    <message>
        <source>automatic backups of each library</source>
        <translation>automatischen Sicherungen jeder Bibliothek</translation>
    </message>
    <message>
        <source>Kept in %1</source>
        <translation>Aufbewahrt in %1</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <source>Hirekit libraries (*.sqlite *.hirekit *.db);;All files (*)</source>
        <translation>Hirekit-Bibliotheken (*.sqlite *.hirekit *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No automatic backups yet. Hirekit takes one when it first opens the library on a day; or choose a file.</source>
        <translation>Noch keine automatischen Sicherungen. Hirekit legt eine an, wenn es die Bibliothek an einem Tag zum ersten Mal öffnet; oder wählen Sie eine Datei.</translation>
    </message>
    <message>
        <source>This file cannot be restored.</source>
        <translation>Diese Datei kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Library version</source>
        <translation>Bibliotheksversion</translation>
    </message>
    <message>
        <source>Postings</source>
        <translation>Stellenanzeigen</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Bewertungsbögen</translation>
    </message>
    <message>
        <source>Salary datasets</source>
        <translation>Gehaltsdatensätze</translation>
    </message>
    <message>
        <source>Salary rows</source>
        <translation>Gehaltszeilen</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Restore Library</source>
        <translation>Bibliothek wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the library %1 with this backup?

The library as it is now is kept as a backup first, so you can go back to it from this dialog.</source>
        <translation>Die Bibliothek %1 durch diese Sicherung ersetzen?

Der jetzige Stand der Bibliothek wird zuerst als Sicherung aufbewahrt, sodass Sie über diesen Dialog zu ihm zurückkehren können.</translation>
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
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Compare Cities</source>
        <translation>Städte vergleichen</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Vergütung</translation>
    </message>
    <message>
        <source>Cannot Change Salary Data</source>
        <translation>Gehaltsdaten können nicht geändert werden</translation>
    </message>
    <message>
        <source>&amp;Add Row…</source>
        <translation>Zeile &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a row to this dataset</source>
        <translation>Diesem Datensatz eine Zeile hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Row…</source>
        <translation>Zeile &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected row</source>
        <translation>Die ausgewählte Zeile ändern</translation>
    </message>
    <message>
        <source>&amp;Delete Rows</source>
        <translation>Zeilen lö&amp;schen</translation>
    </message>
    <message>
        <source>Delete the selected rows (undo brings them back)</source>
        <translation>Die ausgewählten Zeilen löschen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>&amp;New Dataset…</source>
        <translation>&amp;Neuer Datensatz…</translation>
    </message>
    <message>
        <source>Start an empty dataset of your own salary bands</source>
        <translation>Einen leeren Datensatz für eigene Gehaltsbänder beginnen</translation>
    </message>
    <message>
        <source>Dataset &amp;Properties…</source>
        <translation>Datensatz&amp;eigenschaften…</translation>
    </message>
    <message>
        <source>Rename this dataset or change its source and year</source>
        <translation>Diesen Datensatz umbenennen oder Quelle und Jahr ändern</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a BLS OEWS wage file or any salary CSV as a new dataset</source>
        <translation>Eine BLS-OEWS-Lohndatei oder eine beliebige Gehalts-CSV als neuen Datensatz importieren</translation>
    </message>
    <message>
        <source>E&amp;xport Dataset…</source>
        <translation>Datensatz e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write this dataset as CSV</source>
        <translation>Diesen Datensatz als CSV schreiben</translation>
    </message>
    <message>
        <source>Export &amp;Filtered Rows…</source>
        <translation>&amp;Gefilterte Zeilen exportieren…</translation>
    </message>
    <message>
        <source>Write the rows the filters show as CSV</source>
        <translation>Die von den Filtern gezeigten Zeilen als CSV schreiben</translation>
    </message>
    <message>
        <source>&amp;Compare Selected</source>
        <translation>Ausgewählte &amp;vergleichen</translation>
    </message>
    <message>
        <source>Compare the selected rows&apos; cities side by side</source>
        <translation>Die Städte der ausgewählten Zeilen nebeneinander vergleichen</translation>
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
        <source>No rows match the filters.</source>
        <translation>Keine Zeilen passen zu den Filtern.</translation>
    </message>
    <message>
        <source>any level</source>
        <translation>jede Stufe</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected rows</source>
        <translation>
            <numerusform>Die ausgewählte Zeile</numerusform>
            <numerusform>Die %n ausgewählten Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n rows</source>
        <translation>
            <numerusform>Die eine Zeile</numerusform>
            <numerusform>Alle %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 rows (select rows to chart those)</source>
        <translation>Die ersten %1 von %2 Zeilen (wählen Sie Zeilen aus, um diese darzustellen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Whiskers at p10 and p90, the box from p25 to p75, a line at the median; national rows in grey.</source>
        <translation>Whisker bei P10 und P90, die Box von P25 bis P75, eine Linie beim Median; landesweite Zeilen in Grau.</translation>
    </message>
    <message>
        <source>Bars from min to max.</source>
        <translation>Balken von Min. bis Max.</translation>
    </message>
    <message>
        <source>Add Salary Row</source>
        <translation>Gehaltszeile hinzufügen</translation>
    </message>
    <message>
        <source>Cannot Add Row</source>
        <translation>Zeile kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Edit Salary Row</source>
        <translation>Gehaltszeile bearbeiten</translation>
    </message>
    <message>
        <source>Cannot Change Row</source>
        <translation>Zeile kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot Delete Rows</source>
        <translation>Zeilen können nicht gelöscht werden</translation>
    </message>
    <message>
        <source>At most %1 rows can be deleted at once. Select fewer rows, or delete the whole dataset.</source>
        <translation>Höchstens %1 Zeilen können auf einmal gelöscht werden. Wählen Sie weniger Zeilen aus oder löschen Sie den ganzen Datensatz.</translation>
    </message>
    <message>
        <source>New Salary Dataset</source>
        <translation>Neuer Gehaltsdatensatz</translation>
    </message>
    <message>
        <source>Cannot Create Dataset</source>
        <translation>Datensatz kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Dataset Properties</source>
        <translation>Datensatzeigenschaften</translation>
    </message>
    <message>
        <source>Cannot Change Dataset</source>
        <translation>Datensatz kann nicht geändert werden</translation>
    </message>
    <message>
        <source>Cannot Delete Dataset</source>
        <translation>Datensatz kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Export Salaries</source>
        <translation>Gehälter exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot Export Salaries</source>
        <translation>Gehälter können nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1 (filtered).csv</source>
        <translation>%1 (gefiltert).csv</translation>
    </message>
    <message>
        <source>Cannot Use in Posting</source>
        <translation>Übernahme in Stellenanzeige nicht möglich</translation>
    </message>
    <message>
        <source>Use in Posting</source>
        <translation>In Stellenanzeige übernehmen</translation>
    </message>
    <message>
        <source>Set the salary of &quot;%1&quot; to %2 (now %3)?</source>
        <translation>Das Gehalt von „%1“ auf %2 setzen (bisher %3)?</translation>
    </message>
    <message>
        <source>Delete Data&amp;set</source>
        <translation>Datensatz &amp;löschen</translation>
    </message>
    <message>
        <source>Delete this dataset with all its rows (Undo in the bar brings it back)</source>
        <translation>Diesen Datensatz mit allen Zeilen löschen („Rückgängig“ in der Leiste holt ihn zurück)</translation>
    </message>
    <message>
        <source>Created the dataset &quot;%1&quot;.</source>
        <translation>Datensatz „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Cannot Bring Back the Dataset</source>
        <translation>Datensatz kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Deleted the dataset &quot;%1&quot; with its %2 rows.</source>
        <translation>Datensatz „%1“ mit %2 Zeilen gelöscht.</translation>
    </message>
</context>
<context>
    <name>hirekit::SalaryBrowser</name>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>The salary table to browse: the hiring guide&apos;s built-in one or one you imported</source>
        <translation>Die anzuzeigende Gehaltstabelle: die eingebaute aus dem Einstellungsleitfaden oder eine von Ihnen importierte</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>City or metro area</source>
        <translation>Stadt oder Ballungsraum</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>Any role or occupation</source>
        <translation>Jede Rolle oder jeder Beruf</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>National reference</source>
        <translation>Landesweiter Bezug</translation>
    </message>
    <message>
        <source>The national figures of the same role and level, kept in view whatever the area filter says</source>
        <translation>Die landesweiten Werte derselben Rolle und Stufe, sichtbar unabhängig vom Regionsfilter</translation>
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
        <translation>nicht angegeben</translation>
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
        <translation>Diese Bibliothek hat keine Gehaltsdaten.</translation>
    </message>
    <message>
        <source>No rows</source>
        <translation>Keine Zeilen</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Sorting %1 rows…</source>
        <translation>%1 Zeilen werden sortiert …</translation>
    </message>
</context>
<context>
    <name>hirekit::SalaryChartWidget</name>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG picture</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max.</translation>
    </message>
    <message>
        <source>P90</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>P75</source>
        <translation>P75</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>P25</source>
        <translation>P25</translation>
    </message>
    <message>
        <source>P10</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min.</translation>
    </message>
    <message>
        <source>These rows have no range to draw.</source>
        <translation>Diese Zeilen haben keine darstellbare Spanne.</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Spanne</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Es gibt kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>Cannot write the picture %1.</source>
        <translation>Das Bild %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>salaries.png</source>
        <translation>gehälter.png</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Cannot Export Chart</source>
        <translation>Diagramm kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Charts are not available. %1</source>
        <translation>Diagramme sind nicht verfügbar. %1</translation>
    </message>
</context>
<context>
    <name>hirekit::SalaryCompareWidget</name>
    <message>
        <source>R&amp;ole:</source>
        <translation>Ro&amp;lle:</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Stu&amp;fe:</translation>
    </message>
    <message>
        <source>&amp;Cities:</source>
        <translation>S&amp;tädte:</translation>
    </message>
    <message>
        <source>A city or metro area to compare; leave empty for none</source>
        <translation>Eine Stadt oder ein Ballungsraum zum Vergleich; für keine leer lassen</translation>
    </message>
    <message>
        <source>The figures of the compared cities</source>
        <translation>Die Werte der verglichenen Städte</translation>
    </message>
    <message>
        <source>Choose a role and two to four cities to compare.</source>
        <translation>Wählen Sie eine Rolle und zwei bis vier Städte zum Vergleich.</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Jede Stufe</translation>
    </message>
    <message>
        <source>%1 (national)</source>
        <translation>%1 (landesweit)</translation>
    </message>
    <message>
        <source>any level</source>
        <translation>jede Stufe</translation>
    </message>
    <message>
        <source>%1, %2: the bars run from min to max.</source>
        <translation>%1, %2: Die Balken reichen von Min. bis Max.</translation>
    </message>
    <message>
        <source>%1, %2: whiskers at p10 and p90, the box from p25 to p75, a line at the median.</source>
        <translation>%1, %2: Whisker bei P10 und P90, die Box von P25 bis P75, eine Linie beim Median.</translation>
    </message>
    <message>
        <source>No figures for %1.</source>
        <translation>Keine Werte für %1.</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Median vs. first</source>
        <translation>Median vs. erste Stadt</translation>
    </message>
    <message>
        <source>Midpoint vs. first</source>
        <translation>Mitte vs. erste Stadt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Bezug</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>hirekit::SalaryDatasetDialog</name>
    <message>
        <source>Salary Dataset</source>
        <translation>Gehaltsdatensatz</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Our bands 2025</source>
        <translation>z. B. Unsere Gehaltsbänder 2025</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>Woher die Werte stammen</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>A dataset needs a name.</source>
        <translation>Ein Datensatz braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another dataset is named &quot;%1&quot;; choose another name.</source>
        <translation>Ein anderer Datensatz heißt bereits „%1“; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>hirekit::SalaryEditing</name>
    <message>
        <source>No library is open.</source>
        <translation>Keine Bibliothek geöffnet.</translation>
    </message>
</context>
<context>
    <name>hirekit::SalaryImport</name>
    <message>
        <source>OCC_TITLE is empty</source>
        <translation>OCC_TITLE ist leer</translation>
    </message>
    <message>
        <source>%1 is not a number: &quot;%2&quot;</source>
        <translation>%1 ist keine Zahl: „%2“</translation>
    </message>
    <message>
        <source>area is empty</source>
        <translation>area ist leer</translation>
    </message>
    <message>
        <source>role is empty</source>
        <translation>role ist leer</translation>
    </message>
    <message>
        <source>level &quot;%1&quot; is not entry, mid, senior or staff</source>
        <translation>level „%1“ ist nicht entry, mid, senior oder staff</translation>
    </message>
    <message>
        <source>period &quot;%1&quot; is not year or hour</source>
        <translation>period „%1“ ist nicht year oder hour</translation>
    </message>
    <message>
        <source>top_coded names an unknown field &quot;%1&quot;</source>
        <translation>top_coded nennt ein unbekanntes Feld „%1“</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file.</source>
        <translation>%1 ist ein Ordner, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is empty; a salary CSV starts with a header row.</source>
        <translation>%1 ist leer; eine Gehalts-CSV beginnt mit einer Kopfzeile.</translation>
    </message>
    <message>
        <source>%1: column %2 (&quot;%3&quot;) is mapped to &quot;%4&quot;, which is not a salary-row key.</source>
        <translation>%1: Spalte %2 („%3“) ist „%4“ zugeordnet, das kein Schlüssel einer Gehaltszeile ist.</translation>
    </message>
    <message>
        <source>%1: columns %2 and %3 are both mapped to &quot;%4&quot;.</source>
        <translation>%1: Die Spalten %2 und %3 sind beide „%4“ zugeordnet.</translation>
    </message>
    <message>
        <source>%1 is not a BLS OEWS file: its header lacks OCC_CODE, OCC_TITLE and A_MEDIAN or H_MEDIAN.</source>
        <translation>%1 ist keine BLS-OEWS-Datei: Ihrer Kopfzeile fehlen OCC_CODE, OCC_TITLE und A_MEDIAN oder H_MEDIAN.</translation>
    </message>
    <message>
        <source>The survey year is unknown, so wages at the BLS ceiling (&quot;#&quot;) are kept without a figure.</source>
        <translation>Das Erhebungsjahr ist unbekannt, daher werden Löhne an der BLS-Obergrenze („#“) ohne Wert übernommen.</translation>
    </message>
    <message>
        <source>%1: map one column to area and one to role.</source>
        <translation>%1: Ordnen Sie eine Spalte area und eine role zu.</translation>
    </message>
    <message>
        <source>%1, line 1: the header needs the columns area and role (found: %2).</source>
        <translation>%1, Zeile 1: Die Kopfzeile braucht die Spalten area und role (gefunden: %2).</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not a salary-row key and was ignored.</source>
        <translation>Die Spalte „%1“ ist kein Schlüssel einer Gehaltszeile und wurde ignoriert.</translation>
    </message>
    <message>
        <source>U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS)</source>
        <translation>U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS)</translation>
    </message>
    <message>
        <source>A salary dataset named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ein Gehaltsdatensatz namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Der Import wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The file is not UTF-8; it was read as Latin-1. Check accented names.</source>
        <translation>Die Datei ist nicht in UTF-8; sie wurde als Latin-1 gelesen. Prüfen Sie Namen mit Akzenten und Umlauten.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has no importable rows (%n skipped; line %2: %3); nothing was changed.</source>
        <translation>
            <numerusform>%1 hat keine importierbaren Zeilen (%n Zeile übersprungen; Zeile %2: %3); nichts wurde geändert.</numerusform>
            <numerusform>%1 hat keine importierbaren Zeilen (%n Zeilen übersprungen; Zeile %2: %3); nichts wurde geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no rows below its header; nothing was changed.</source>
        <translation>%1 hat unter der Kopfzeile keine Zeilen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>hirekit::SalaryImportDialog</name>
    <message>
        <source>Import Salary CSV</source>
        <translation>Gehalts-CSV importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Dataset name:</source>
        <translation>&amp;Name des Datensatzes:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>From the file name</source>
        <translation>Aus dem Dateinamen</translation>
    </message>
    <message>
        <source>Columns: what each one holds (first rows shown)</source>
        <translation>Spalten: was jede enthält (erste Zeilen angezeigt)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>dataset (ignored)</source>
        <translation>Datensatz (ignoriert)</translation>
    </message>
    <message>
        <source>area: city or metro</source>
        <translation>Region: Stadt oder Ballungsraum</translation>
    </message>
    <message>
        <source>area code</source>
        <translation>Regionscode</translation>
    </message>
    <message>
        <source>national (yes/no)</source>
        <translation>landesweit (yes/no)</translation>
    </message>
    <message>
        <source>role or occupation</source>
        <translation>Rolle oder Beruf</translation>
    </message>
    <message>
        <source>SOC code</source>
        <translation>SOC-Code</translation>
    </message>
    <message>
        <source>level (entry … staff)</source>
        <translation>Stufe (entry … staff)</translation>
    </message>
    <message>
        <source>currency (USD)</source>
        <translation>Währung (USD)</translation>
    </message>
    <message>
        <source>period (year/hour)</source>
        <translation>Zeitraum (year/hour)</translation>
    </message>
    <message>
        <source>top-coded fields (p90;max)</source>
        <translation>gedeckelte Felder (p90;max)</translation>
    </message>
    <message>
        <source>Detect from the header</source>
        <translation>Aus der Kopfzeile erkennen</translation>
    </message>
    <message>
        <source>BLS OEWS wage file</source>
        <translation>BLS-OEWS-Lohndatei</translation>
    </message>
    <message>
        <source>Generic CSV (columns mapped below)</source>
        <translation>Allgemeine CSV (Spalten unten zugeordnet)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— ignorieren —</translation>
    </message>
    <message>
        <source>Choose a CSV file: a BLS OEWS wage file, or any table with a header row.</source>
        <translation>Wählen Sie eine CSV-Datei: eine BLS-OEWS-Lohndatei oder eine beliebige Tabelle mit Kopfzeile.</translation>
    </message>
    <message>
        <source>A generic CSV: say below which column holds the area and the role, and which hold figures.</source>
        <translation>Eine allgemeine CSV: Geben Sie unten an, welche Spalte die Region und die Rolle enthält und welche Spalten Werte enthalten.</translation>
    </message>
    <message>
        <source>A BLS OEWS wage file: areas, occupations and annual (or hourly) percentiles are read from its columns; &quot;*&quot; becomes &quot;—&quot; and &quot;#&quot; a figure at the survey&apos;s ceiling.</source>
        <translation>Eine BLS-OEWS-Lohndatei: Regionen, Berufe und jährliche (oder stündliche) Perzentile werden aus ihren Spalten gelesen; „*“ wird zu „—“ und „#“ zu einem Wert an der Obergrenze der Erhebung.</translation>
    </message>
    <message>
        <source>Give the new dataset a name.</source>
        <translation>Geben Sie dem neuen Datensatz einen Namen.</translation>
    </message>
    <message>
        <source>Say which column holds the %1.</source>
        <translation>Geben Sie an, welche Spalte „%1“ enthält.</translation>
    </message>
    <message>
        <source>Two columns hold &quot;%1&quot;; choose one.</source>
        <translation>Zwei Spalten enthalten „%1“; wählen Sie eine.</translation>
    </message>
    <message>
        <source>Importing %1 into &quot;%2&quot;…</source>
        <translation>%1 wird in „%2“ importiert…</translation>
    </message>
    <message>
        <source>Cancelling; nothing will be changed…</source>
        <translation>Wird abgebrochen; nichts wird geändert…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Imported %1 rows into the dataset &quot;%2&quot;.</source>
        <translation>%1 Zeilen in den Datensatz „%2“ importiert.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n lines:</source>
        <translation>
            <numerusform>%n Zeile übersprungen:</numerusform>
            <numerusform>%n Zeilen übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>… und %1 weitere.</translation>
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
    <message>
        <source>Too many areas and roles match the filter; type a few more letters.</source>
        <translation>Zu viele Regionen und Rollen passen zum Filter; geben Sie ein paar Buchstaben mehr ein.</translation>
    </message>
    <message>
        <source>A salary dataset needs a name.</source>
        <translation>Ein Gehaltsdatensatz braucht einen Namen.</translation>
    </message>
    <message>
        <source>A salary dataset named &quot;%1&quot; exists already.</source>
        <translation>Ein Gehaltsdatensatz namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>There is no salary dataset with the id %1.</source>
        <translation>Es gibt keinen Gehaltsdatensatz mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no salary row with the id %1.</source>
        <translation>Es gibt keine Gehaltszeile mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no salary dataset with id %1 that can be deleted.</source>
        <translation>Es gibt keinen löschbaren Gehaltsdatensatz mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no deleted salary dataset with id %1.</source>
        <translation>Es gibt keinen gelöschten Gehaltsdatensatz mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>hirekit::SalaryRowDialog</name>
    <message>
        <source>Salary Row</source>
        <translation>Gehaltszeile</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>City or metro area, e.g. Seattle-Tacoma-Bellevue, WA</source>
        <translation>Stadt oder Ballungsraum, z. B. Seattle-Tacoma-Bellevue, WA</translation>
    </message>
    <message>
        <source>Area &amp;code:</source>
        <translation>Regions&amp;code:</translation>
    </message>
    <message>
        <source>Optional, e.g. 42660</source>
        <translation>Optional, z. B. 42660</translation>
    </message>
    <message>
        <source>&amp;National figures (a reference for every area)</source>
        <translation>&amp;Landesweite Werte (Bezug für jede Region)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>Role or occupation, e.g. Software Developers</source>
        <translation>Rolle oder Beruf, z. B. Softwareentwickler</translation>
    </message>
    <message>
        <source>&amp;SOC code:</source>
        <translation>&amp;SOC-Code:</translation>
    </message>
    <message>
        <source>Optional, e.g. 15-1252</source>
        <translation>Optional, z. B. 15-1252</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>S&amp;tufe:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Leave a figure empty when the source does not state it.</source>
        <translation>Lassen Sie einen Wert leer, wenn die Quelle ihn nicht angibt.</translation>
    </message>
    <message>
        <source>Min:</source>
        <translation>Min.:</translation>
    </message>
    <message>
        <source>The source caps this figure: the real value is this or more</source>
        <translation>Die Quelle kappt diesen Wert: Der tatsächliche Wert ist dieser oder höher</translation>
    </message>
    <message>
        <source>Max:</source>
        <translation>Max.:</translation>
    </message>
    <message>
        <source>P10:</source>
        <translation>P10:</translation>
    </message>
    <message>
        <source>P25:</source>
        <translation>P25:</translation>
    </message>
    <message>
        <source>Median:</source>
        <translation>Median:</translation>
    </message>
    <message>
        <source>P75:</source>
        <translation>P75:</translation>
    </message>
    <message>
        <source>P90:</source>
        <translation>P90:</translation>
    </message>
    <message>
        <source>No level</source>
        <translation>Keine Stufe</translation>
    </message>
    <message>
        <source>Per year</source>
        <translation>Pro Jahr</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <source>%1 is not a number: &quot;%2&quot;</source>
        <translation>%1 ist keine Zahl: „%2“</translation>
    </message>
    <message>
        <source>Cannot save this row: %1.</source>
        <translation>Diese Zeile kann nicht gespeichert werden: %1.</translation>
    </message>
    <message>
        <source>at the source&apos;s ceiling (+)</source>
        <translation>an der Obergrenze der Quelle (+)</translation>
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
    <name>hirekit::SalaryUndoCommands</name>
    <message>
        <source>Add Row %1, %2</source>
        <translation>Zeile %1, %2 hinzufügen</translation>
    </message>
    <message>
        <source>Change Row %1, %2</source>
        <translation>Zeile %1, %2 ändern</translation>
    </message>
    <message>
        <source>Delete Row %1, %2</source>
        <translation>Zeile %1, %2 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Rows</source>
        <translation>
            <numerusform>%n Zeile löschen</numerusform>
            <numerusform>%n Zeilen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Change Dataset %1</source>
        <translation>Datensatz %1 ändern</translation>
    </message>
    <message>
        <source>Rename Dataset %1 to %2</source>
        <translation>Datensatz %1 in %2 umbenennen</translation>
    </message>
</context>
<context>
    <name>hirekit::SalaryValidation</name>
    <message>
        <source>%1 is not a finite number</source>
        <translation>%1 ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>%1 is negative</source>
        <translation>%1 ist negativ</translation>
    </message>
    <message>
        <source>min is greater than max</source>
        <translation>min ist größer als max</translation>
    </message>
    <message>
        <source>%1 is below %2: the percentiles are not in increasing order</source>
        <translation>%1 liegt unter %2: Die Perzentile sind nicht aufsteigend geordnet</translation>
    </message>
    <message>
        <source>area is empty</source>
        <translation>area ist leer</translation>
    </message>
    <message>
        <source>role is empty</source>
        <translation>role ist leer</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not a three-letter code such as USD</source>
        <translation>currency „%1“ ist kein Code aus drei Buchstaben wie USD</translation>
    </message>
    <message>
        <source>period is not year or hour</source>
        <translation>period ist nicht year oder hour</translation>
    </message>
</context>
<context>
    <name>hirekit::ScorecardAnswersModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>hirekit::ScorecardExchange</name>
    <message>
        <source>Cannot Export PDF</source>
        <translation>PDF kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Export Scorecard</source>
        <translation>Bewertungsbogen exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export Debrief</source>
        <translation>Nachbesprechung exportieren</translation>
    </message>
    <message>
        <source>debrief</source>
        <translation>Nachbesprechung</translation>
    </message>
    <message>
        <source>Export Scorecard as JSON</source>
        <translation>Bewertungsbogen als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot Export Scorecard</source>
        <translation>Bewertungsbogen kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import Scorecard</source>
        <translation>Bewertungsbogen importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot Import Scorecard</source>
        <translation>Bewertungsbogen kann nicht importiert werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Scorecard Imported</source>
        <translation>Bewertungsbogen importiert</translation>
    </message>
    <message>
        <source>The scorecard was new here and has been added.</source>
        <translation>Der Bewertungsbogen war hier neu und wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>The file held a newer version of a scorecard already here; it has replaced the older one.</source>
        <translation>Die Datei enthielt eine neuere Version eines hier bereits vorhandenen Bewertungsbogens; sie hat die ältere ersetzt.</translation>
    </message>
    <message>
        <source>The scorecard is here already, exactly as in the file; nothing changed.</source>
        <translation>Der Bewertungsbogen ist hier bereits genau so vorhanden wie in der Datei; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The scorecard here is newer than the one in the file (or was changed at the same time); it was kept and nothing changed.</source>
        <translation>Der Bewertungsbogen hier ist neuer als der in der Datei (oder wurde zur selben Zeit geändert); er wurde behalten, nichts wurde geändert.</translation>
    </message>
    <message>
        <source>a scorecard</source>
        <translation>ein Bewertungsbogen</translation>
    </message>
</context>
<context>
    <name>hirekit::ScorecardJson</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be draft or submitted</source>
        <translation>muss draft oder submitted sein</translation>
    </message>
    <message>
        <source>must be strong_no, no, yes or strong_yes</source>
        <translation>muss strong_no, no, yes oder strong_yes sein</translation>
    </message>
    <message>
        <source>must be an ISO 8601 date and time</source>
        <translation>muss ein Datum mit Uhrzeit nach ISO 8601 sein</translation>
    </message>
    <message>
        <source>asks a question this library does not have (id %1).</source>
        <translation>enthält eine Frage, die es in dieser Bibliothek nicht gibt (ID %1).</translation>
    </message>
    <message>
        <source>must be 1 to 4</source>
        <translation>muss 1 bis 4 sein</translation>
    </message>
    <message>
        <source>has a flag without a name</source>
        <translation>hat ein Warnsignal ohne Namen</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>The red flag &quot;%1&quot; was not saved.</source>
        <translation>Das Warnsignal „%1“ wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>hirekit::ScorecardListModel</name>
    <message>
        <source>Whole question bank</source>
        <translation>Gesamter Fragenkatalog</translation>
    </message>
    <message>
        <source>Kit %1</source>
        <translation>Leitfaden %1</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Kit</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>hirekit::ScorecardRedFlagsWidget</name>
    <message>
        <source>Tick what you saw and say where; a note ticks its flag.</source>
        <translation>Haken Sie an, was Sie bemerkt haben, und sagen Sie, wo; eine Notiz hakt ihr Warnsignal an.</translation>
    </message>
    <message>
        <source>Where you saw it</source>
        <translation>Wo Sie es bemerkt haben</translation>
    </message>
</context>
<context>
    <name>hirekit::ScorecardRenderer</name>
    <message>
        <source>%1. Question %2</source>
        <translation>%1. Frage %2</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>%1 (%2 of 4)</source>
        <translation>%1 (%2 von 4)</translation>
    </message>
    <message>
        <source>Scorecard: %1</source>
        <translation>Bewertungsbogen: %1</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Stellenanzeige</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Noch keine</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Warnsignale</translation>
    </message>
    <message>
        <source>None raised.</source>
        <translation>Keine gemeldet.</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Wichtigste Erkenntnisse</translation>
    </message>
    <message>
        <source>None written.</source>
        <translation>Keine notiert.</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Nachbesprechung: %1</translation>
    </message>
    <message>
        <source>Submitted scorecards</source>
        <translation>Eingereichte Bewertungsbögen</translation>
    </message>
    <message>
        <source>Still drafts (not shown)</source>
        <translation>Noch Entwürfe (nicht gezeigt)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <source>%1 (disagreement)</source>
        <translation>%1 (uneinig)</translation>
    </message>
    <message>
        <source>Red flags raised</source>
        <translation>Gemeldete Warnsignale</translation>
    </message>
    <message>
        <source>%1 (raised by %2 of %3 interviewers)</source>
        <translation>%1 (gemeldet von %2 der %3 Interviewer)</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
</context>
<context>
    <name>hirekit::ScorecardRepository</name>
    <message>
        <source>Cannot access scorecards: %1</source>
        <translation>Auf die Bewertungsbögen kann nicht zugegriffen werden: %1</translation>
    </message>
    <message>
        <source>There is no scorecard with id %1.</source>
        <translation>Es gibt keinen Bewertungsbogen mit der ID %1.</translation>
    </message>
    <message>
        <source>A scorecard needs the interviewer&apos;s name.</source>
        <translation>Ein Bewertungsbogen braucht den Namen des Interviewers.</translation>
    </message>
    <message>
        <source>There is no candidate with id %1.</source>
        <translation>Es gibt keinen Kandidaten mit der ID %1.</translation>
    </message>
    <message>
        <source>Interview kit %1 does not exist or has no questions.</source>
        <translation>Der Interview-Leitfaden %1 existiert nicht oder hat keine Fragen.</translation>
    </message>
    <message>
        <source>Scorecard %1 is submitted and read-only; reopen it to change it.</source>
        <translation>Bewertungsbogen %1 ist eingereicht und schreibgeschützt; öffnen Sie ihn wieder, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Question %1 is not on scorecard %2.</source>
        <translation>Frage %1 steht nicht auf Bewertungsbogen %2.</translation>
    </message>
    <message>
        <source>A rating is 1 (Strong No) to 4 (Strong Yes), not %1.</source>
        <translation>Eine Bewertung reicht von 1 (Klares Nein) bis 4 (Klares Ja), nicht %1.</translation>
    </message>
    <message>
        <source>Scorecard %1 is not submitted.</source>
        <translation>Bewertungsbogen %1 ist nicht eingereicht.</translation>
    </message>
    <message>
        <source>The scorecard has no valid uuid.</source>
        <translation>Der Bewertungsbogen hat keine gültige uuid.</translation>
    </message>
</context>
<context>
    <name>hirekit::ScorecardWidget</name>
    <message>
        <source>Continue &amp;where it stopped</source>
        <translation>Dort &amp;fortsetzen, wo es aufhörte</translation>
    </message>
    <message>
        <source>Start from the &amp;first question</source>
        <translation>Bei der &amp;ersten Frage beginnen</translation>
    </message>
    <message>
        <source>Reason for &amp;reopening:</source>
        <translation>Gr&amp;und für das Wiederöffnen:</translation>
    </message>
    <message>
        <source>Recorded in the scorecard history</source>
        <translation>Wird im Verlauf des Bewertungsbogens festgehalten</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Start &amp;live interview</source>
        <translation>Li&amp;ve-Interview starten</translation>
    </message>
    <message>
        <source>S&amp;ubmit…</source>
        <translation>Ein&amp;reichen…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Wieder &amp;öffnen…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>&amp;1</source>
        <translation>&amp;1</translation>
    </message>
    <message>
        <source>&amp;2</source>
        <translation>&amp;2</translation>
    </message>
    <message>
        <source>&amp;3</source>
        <translation>&amp;3</translation>
    </message>
    <message>
        <source>&amp;4</source>
        <translation>&amp;4</translation>
    </message>
    <message>
        <source>Not &amp;asked</source>
        <translation>Ni&amp;cht gefragt</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>What the candidate said and did</source>
        <translation>Was der Kandidat gesagt und getan hat</translation>
    </message>
    <message>
        <source>Red flags and verdict</source>
        <translation>Warnsignale und Urteil</translation>
    </message>
    <message>
        <source>Key &amp;takeaways:</source>
        <translation>Wi&amp;chtigste Erkenntnisse:</translation>
    </message>
    <message>
        <source>Strengths, concerns, what to probe next</source>
        <translation>Stärken, Bedenken, was als Nächstes zu vertiefen ist</translation>
    </message>
    <message>
        <source>Overall &amp;recommendation:</source>
        <translation>Gesa&amp;mtempfehlung:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Created by %1</source>
        <translation>Angelegt von %1</translation>
    </message>
    <message>
        <source>Submitted by %1</source>
        <translation>Eingereicht von %1</translation>
    </message>
    <message>
        <source>Reopened by %1</source>
        <translation>Wieder geöffnet von %1</translation>
    </message>
    <message>
        <source>Imported from a file</source>
        <translation>Aus einer Datei importiert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>: “%1”</source>
        <translation>: „%1“</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>the whole question bank</source>
        <translation>dem gesamten Fragenkatalog</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt;&lt;br&gt;interviewed by %2, following %3</source>
        <translation>&lt;b style=&quot;font-size:large&quot;&gt;%1&lt;/b&gt;&lt;br&gt;interviewt von %2, nach %3</translation>
    </message>
    <message>
        <source>Choose a scorecard, or start a new one.</source>
        <translation>Wählen Sie einen Bewertungsbogen oder beginnen Sie einen neuen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live interview running&lt;/b&gt; — it saves there</source>
        <translation>&lt;b&gt;Live-Interview läuft&lt;/b&gt; — es speichert dort</translation>
    </message>
    <message>
        <source>&lt;b&gt;Draft&lt;/b&gt; · %1</source>
        <translation>&lt;b&gt;Entwurf&lt;/b&gt; · %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Submitted&lt;/b&gt; · read-only</source>
        <translation>&lt;b&gt;Eingereicht&lt;/b&gt; · schreibgeschützt</translation>
    </message>
    <message>
        <source>at the wrap-up</source>
        <translation>beim Abschluss</translation>
    </message>
    <message>
        <source>at question %1 of %2</source>
        <translation>bei Frage %1 von %2</translation>
    </message>
    <message>
        <source>The live interview stopped %1 after %2.</source>
        <translation>Das Live-Interview wurde %1 nach %2 unterbrochen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Evaluate:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bewerten:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Questions without a rating: %1.</source>
        <translation>Fragen ohne Bewertung: %1.</translation>
    </message>
    <message>
        <source>There is no overall recommendation yet.</source>
        <translation>Es gibt noch keine Gesamtempfehlung.</translation>
    </message>
    <message>
        <source>Submit your scorecard for %1? It becomes read-only, and the other interviewers&apos; scorecards for this candidate become visible to you.</source>
        <translation>Ihren Bewertungsbogen für %1 einreichen? Er wird dann schreibgeschützt, und die Bewertungsbögen der anderen Interviewer für diesen Kandidaten werden für Sie sichtbar.</translation>
    </message>
    <message>
        <source>Submit Scorecard</source>
        <translation>Bewertungsbogen einreichen</translation>
    </message>
    <message>
        <source>Cannot Submit Scorecard</source>
        <translation>Bewertungsbogen kann nicht eingereicht werden</translation>
    </message>
    <message>
        <source>Say why the scorecard is reopened; the reason is recorded.</source>
        <translation>Geben Sie an, warum der Bewertungsbogen wieder geöffnet wird; der Grund wird festgehalten.</translation>
    </message>
    <message>
        <source>Cannot Reopen Scorecard</source>
        <translation>Bewertungsbogen kann nicht wieder geöffnet werden</translation>
    </message>
</context>
<context>
    <name>hirekit::ScorecardsWidget</name>
    <message>
        <source>Ca&amp;ndidate:</source>
        <translation>&amp;Kandidat:</translation>
    </message>
    <message>
        <source>&amp;Kit:</source>
        <translation>&amp;Leitfaden:</translation>
    </message>
    <message>
        <source>New score&amp;card</source>
        <translation>Neuer Bewertungsbo&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>JSON &amp;importieren…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Whole question bank</source>
        <translation>Gesamter Fragenkatalog</translation>
    </message>
    <message>
        <source>Add the candidate on the Candidates page first.</source>
        <translation>Fügen Sie den Kandidaten zuerst auf der Seite „Kandidaten“ hinzu.</translation>
    </message>
    <message>
        <source>Independent scoring: other interviewers&apos; scorecards (%1) stay hidden until you submit yours for the same candidate.</source>
        <translation>Unabhängige Bewertung: Die Bewertungsbögen der anderen Interviewer (%1) bleiben verborgen, bis Sie Ihren für denselben Kandidaten einreichen.</translation>
    </message>
    <message>
        <source>Enter your name first (&quot;Your name&quot; above): a scorecard carries its interviewer&apos;s name.</source>
        <translation>Geben Sie zuerst Ihren Namen ein („Ihr Name“ oben): Ein Bewertungsbogen trägt den Namen seines Interviewers.</translation>
    </message>
    <message>
        <source>You already have a scorecard for %1 with this kit; here it is.</source>
        <translation>Sie haben bereits einen Bewertungsbogen für %1 mit diesem Leitfaden; hier ist er.</translation>
    </message>
    <message>
        <source>Cannot Create Scorecard</source>
        <translation>Bewertungsbogen kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot Start Live Interview</source>
        <translation>Live-Interview kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>You already have a scorecard for %1 with this kit, made under another posting; all postings are shown, with it selected.</source>
        <translation>Sie haben bereits einen Bewertungsbogen für %1 mit diesem Leitfaden, angelegt unter einer anderen Stellenanzeige; die Bewertungsbögen aller Stellenanzeigen sind zu sehen, dieser ist ausgewählt.</translation>
    </message>
    <message>
        <source>You already have a scorecard for %1 with this kit, but it cannot be listed now.</source>
        <translation>Sie haben bereits einen Bewertungsbogen für %1 mit diesem Leitfaden, er kann aber gerade nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Search notes and takeaways…</source>
        <translation>Notizen und Erkenntnisse durchsuchen…</translation>
    </message>
    <message>
        <source>Lists the scorecards whose notes or key takeaways have all these words (or words that start with them)</source>
        <translation>Listet die Bewertungsbögen, deren Notizen oder wichtigste Erkenntnisse alle diese Wörter enthalten (oder Wörter, die mit ihnen beginnen)</translation>
    </message>
    <message>
        <source>Search notes and takeaways</source>
        <translation>Notizen und Erkenntnisse durchsuchen</translation>
    </message>
    <message>
        <source>No scorecard listed here has notes or key takeaways with these words.</source>
        <translation>Kein hier aufgeführter Bewertungsbogen hat Notizen oder wichtigste Erkenntnisse mit diesen Wörtern.</translation>
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
    <message>
        <source>Replace “%1” with “%2”</source>
        <translation>„%1“ durch „%2“ ersetzen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
</context>
<context>
    <name>hirekit::SpellChecker</name>
    <message>
        <source>The spelling dictionary %1 is missing (Debian: install hunspell-en-us).</source>
        <translation>Das Rechtschreibwörterbuch %1 fehlt (Debian: hunspell-en-us installieren).</translation>
    </message>
    <message>
        <source>The spelling dictionary %1 cannot be read.</source>
        <translation>Das Rechtschreibwörterbuch %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The spelling dictionary %1 is in %2, which Hirekit cannot read; use a UTF-8 dictionary.</source>
        <translation>Das Rechtschreibwörterbuch %1 ist in %2 kodiert, das Hirekit nicht lesen kann; verwenden Sie ein UTF-8-Wörterbuch.</translation>
    </message>
</context>
<context>
    <name>hirekit::UndoBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
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
    <message>
        <source>Export a posting, or all postings, as PDF, HTML, Markdown, plain text, JSON or schema.org JSON-LD.</source>
        <translation>Eine Stellenanzeige oder alle Stellenanzeigen als PDF, HTML, Markdown, reinen Text, JSON oder schema.org-JSON-LD exportieren.</translation>
    </message>
    <message>
        <source>pdf, html, md, txt, json or jsonld.</source>
        <translation>pdf, html, md, txt, json oder jsonld.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Export every posting (not the templates).</source>
        <translation>Alle Stellenanzeigen exportieren (nicht die Vorlagen).</translation>
    </message>
    <message>
        <source>With --all: the folder to write to, created when missing.</source>
        <translation>Mit --all: der Zielordner; wird angelegt, falls er fehlt.</translation>
    </message>
    <message>
        <source>PDF paper: auto (from the locale, the default), a4 or letter.</source>
        <translation>PDF-Papierformat: auto (aus dem Gebietsschema, Vorgabe), a4 oder letter.</translation>
    </message>
    <message>
        <source>Write PDF/A-1b, for archiving.</source>
        <translation>PDF/A-1b zur Archivierung schreiben.</translation>
    </message>
    <message>
        <source>Add the posting in FILE.json (the shape postings list --json prints) and print its new id.</source>
        <translation>Die Stellenanzeige aus FILE.json hinzufügen (im Aufbau, den postings list --json ausgibt) und ihre neue ID ausgeben.</translation>
    </message>
    <message>
        <source>Import a salary CSV (BLS OEWS or generic) as a new dataset.</source>
        <translation>Eine Gehalts-CSV (BLS OEWS oder allgemein) als neuen Datensatz importieren.</translation>
    </message>
    <message>
        <source>Name of the new dataset (default: the file name).</source>
        <translation>Name des neuen Datensatzes (Vorgabe: der Dateiname).</translation>
    </message>
    <message>
        <source>auto (the default), bls or generic.</source>
        <translation>auto (Vorgabe), bls oder generic.</translation>
    </message>
    <message>
        <source>Survey year (for BLS files guessed from the file name).</source>
        <translation>Erhebungsjahr (bei BLS-Dateien aus dem Dateinamen erraten).</translation>
    </message>
    <message>
        <source>Export a dataset, or its filtered rows, as a generic CSV file.</source>
        <translation>Einen Datensatz oder seine gefilterten Zeilen als allgemeine CSV-Datei exportieren.</translation>
    </message>
    <message>
        <source>The dataset to export.</source>
        <translation>Der zu exportierende Datensatz.</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <source>List interview scorecards, newest first.</source>
        <translation>Interview-Bewertungsbögen auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Only scorecards for the posting ID.</source>
        <translation>Nur Bewertungsbögen für die Stellenanzeige ID.</translation>
    </message>
    <message>
        <source>Only candidates whose name contains TEXT.</source>
        <translation>Nur Kandidaten, deren Name TEXT enthält.</translation>
    </message>
    <message>
        <source>Start a draft scorecard (the candidate is added when new) and print its id.</source>
        <translation>Einen Bewertungsbogen als Entwurf beginnen (der Kandidat wird hinzugefügt, falls neu) und seine ID ausgeben.</translation>
    </message>
    <message>
        <source>The posting interviewed for.</source>
        <translation>Die Stellenanzeige, für die interviewt wird.</translation>
    </message>
    <message>
        <source>The candidate&apos;s name.</source>
        <translation>Der Name des Kandidaten.</translation>
    </message>
    <message>
        <source>The interviewer&apos;s name.</source>
        <translation>Der Name des Interviewers.</translation>
    </message>
    <message>
        <source>The interview kit (default: the posting&apos;s first kit, else every question).</source>
        <translation>Der Interview-Leitfaden (Vorgabe: der erste Leitfaden der Stellenanzeige, sonst alle Fragen).</translation>
    </message>
    <message>
        <source>Rate a question: 1 Strong No, 2 No, 3 Yes, 4 Strong Yes, 0 not asked.</source>
        <translation>Eine Frage bewerten: 1 Klares Nein, 2 Nein, 3 Ja, 4 Klares Ja, 0 nicht gefragt.</translation>
    </message>
    <message>
        <source>The question&apos;s id (see questions list).</source>
        <translation>Die ID der Frage (siehe questions list).</translation>
    </message>
    <message>
        <source>1 to 4, or 0 for not asked.</source>
        <translation>1 bis 4 oder 0 für nicht gefragt.</translation>
    </message>
    <message>
        <source>The note for the question.</source>
        <translation>Die Notiz zur Frage.</translation>
    </message>
    <message>
        <source>Submit a scorecard; it becomes read-only.</source>
        <translation>Einen Bewertungsbogen einreichen; er wird dann schreibgeschützt.</translation>
    </message>
    <message>
        <source>Write a scorecard as PDF or JSON.</source>
        <translation>Einen Bewertungsbogen als PDF oder JSON schreiben.</translation>
    </message>
    <message>
        <source>pdf or json.</source>
        <translation>pdf oder json.</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s scorecard file (matched by its uuid; a newer local version is never overwritten).</source>
        <translation>Die Bewertungsbogen-Datei eines Kollegen einspielen (zugeordnet über die uuid; eine neuere lokale Version wird nie überschrieben).</translation>
    </message>
    <message>
        <source>%1 has 1 problem.</source>
        <translation>%1 hat 1 Problem.</translation>
    </message>
    <message>
        <source>%1 has %2 problems.</source>
        <translation>%1 hat %2 Probleme.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>postings export needs --format %1.</source>
        <translation>postings export braucht --format %1.</translation>
    </message>
    <message>
        <source>--format must be %1, not &quot;%2&quot;.</source>
        <translation>--format muss %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--page must be auto, a4 or letter, not &quot;%1&quot;.</source>
        <translation>--page muss auto, a4 oder letter sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>postings export takes a posting ID or --all, not both.</source>
        <translation>postings export nimmt eine Stellenanzeigen-ID oder --all, nicht beides.</translation>
    </message>
    <message>
        <source>postings export --all needs --out-dir DIR.</source>
        <translation>postings export --all braucht --out-dir DIR.</translation>
    </message>
    <message>
        <source>--out names one file; with --all, use --out-dir DIR.</source>
        <translation>--out nennt eine einzelne Datei; mit --all verwenden Sie --out-dir DIR.</translation>
    </message>
    <message>
        <source>postings export needs a posting ID (see postings list) or --all.</source>
        <translation>postings export braucht eine Stellenanzeigen-ID (siehe postings list) oder --all.</translation>
    </message>
    <message>
        <source>postings export needs --out FILE.</source>
        <translation>postings export braucht --out FILE.</translation>
    </message>
    <message>
        <source>--out-dir goes with --all; for one posting, use --out FILE.</source>
        <translation>--out-dir gehört zu --all; für eine einzelne Stellenanzeige verwenden Sie --out FILE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a posting id; ids are whole numbers (see postings list).</source>
        <translation>„%1“ ist keine Stellenanzeigen-ID; IDs sind ganze Zahlen (siehe postings list).</translation>
    </message>
    <message>
        <source>Cannot export posting %1 to %2: %3</source>
        <translation>Stellenanzeige %1 kann nicht nach %2 exportiert werden: %3</translation>
    </message>
    <message>
        <source>Cannot record the export in %1: %2</source>
        <translation>Der Export kann nicht in %1 festgehalten werden: %2</translation>
    </message>
    <message>
        <source>postings import needs a FILE.json.</source>
        <translation>postings import braucht eine FILE.json.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>hirekit: salaries import needs one FILE.csv.</source>
        <translation>hirekit: salaries import braucht genau eine FILE.csv.</translation>
    </message>
    <message>
        <source>hirekit: --format must be auto, bls or generic.</source>
        <translation>hirekit: --format muss auto, bls oder generic sein.</translation>
    </message>
    <message>
        <source>hirekit: --year must be a year such as 2022.</source>
        <translation>hirekit: --year muss eine Jahreszahl wie 2022 sein.</translation>
    </message>
    <message>
        <source>hirekit: warning: %1</source>
        <translation>hirekit: Warnung: %1</translation>
    </message>
    <message>
        <source>Imported %1 rows into the dataset &quot;%2&quot; (%3 format); skipped %4.</source>
        <translation>%1 Zeilen in den Datensatz „%2“ importiert (Format %3); %4 übersprungen.</translation>
    </message>
    <message>
        <source>  skipped line %1: %2</source>
        <translation>  Zeile %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>hirekit: salaries export needs --dataset NAME and --out FILE.csv.</source>
        <translation>hirekit: salaries export braucht --dataset NAME und --out FILE.csv.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 geschrieben</translation>
    </message>
    <message>
        <source>hirekit: %1 must be a number, not &quot;%2&quot;.</source>
        <translation>hirekit: %1 muss eine Zahl sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>hirekit: give the scorecard&apos;s ID.</source>
        <translation>hirekit: Geben Sie die ID des Bewertungsbogens an.</translation>
    </message>
    <message>
        <source>CANDIDATE</source>
        <translation>KANDIDAT</translation>
    </message>
    <message>
        <source>INTERVIEWER</source>
        <translation>INTERVIEWER</translation>
    </message>
    <message>
        <source>RATED</source>
        <translation>BEWERTET</translation>
    </message>
    <message>
        <source>RECOMMENDATION</source>
        <translation>EMPFEHLUNG</translation>
    </message>
    <message>
        <source>hirekit: scorecards new needs --posting ID, --candidate NAME and --interviewer NAME.</source>
        <translation>hirekit: scorecards new braucht --posting ID, --candidate NAME und --interviewer NAME.</translation>
    </message>
    <message>
        <source>%1 is a template, not a posting; candidates apply to postings (see postings list).</source>
        <translation>%1 ist eine Vorlage, keine Stellenanzeige; Kandidaten bewerben sich auf Stellenanzeigen (siehe postings list).</translation>
    </message>
    <message>
        <source>hirekit: scorecards rate needs --question QID and --rating N (1 to 4, or 0 for not asked).</source>
        <translation>hirekit: scorecards rate braucht --question QID und --rating N (1 bis 4 oder 0 für nicht gefragt).</translation>
    </message>
    <message>
        <source>hirekit: scorecards export needs --format pdf|json and --out FILE.</source>
        <translation>hirekit: scorecards export braucht --format pdf|json und --out FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>hirekit: scorecards import needs one FILE.json.</source>
        <translation>hirekit: scorecards import braucht genau eine FILE.json.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Added the scorecard.</source>
        <translation>Bewertungsbogen hinzugefügt.</translation>
    </message>
    <message>
        <source>Updated the scorecard to the newer version.</source>
        <translation>Bewertungsbogen auf die neuere Version aktualisiert.</translation>
    </message>
    <message>
        <source>The scorecard is here already; nothing changed.</source>
        <translation>Der Bewertungsbogen ist bereits vorhanden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>hirekit: warning: the scorecard here is newer or differs; it was kept and the file was not applied.</source>
        <translation>hirekit: Warnung: Der Bewertungsbogen hier ist neuer oder weicht ab; er wurde behalten und die Datei nicht übernommen.</translation>
    </message>
    <message>
        <source>Gender-coded wording: %1</source>
        <translation>Geschlechtlich kodierte Wörter: %1</translation>
    </message>
    <message>
        <source>  masculine-coded: %1</source>
        <translation>  männlich kodiert: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>  feminine-coded: %1</source>
        <translation>  weiblich kodiert: %1</translation>
    </message>
    <message>
        <source>  consider: %1</source>
        <translation>  stattdessen: %1</translation>
    </message>
    <message>
        <source>Readability: Flesch reading ease %1, Flesch-Kincaid grade %2</source>
        <translation>Lesbarkeit: Flesch-Lesbarkeitsindex %1, Flesch-Kincaid-Stufe %2</translation>
    </message>
    <message>
        <source>  %1 words, %2 sentences, %3 syllables; %4 words per sentence</source>
        <translation>  %1 Wörter, %2 Sätze, %3 Silben; %4 Wörter pro Satz</translation>
    </message>
    <message>
        <source>  longest (%1 words): %2</source>
        <translation>  längster (%1 Wörter): %2</translation>
    </message>
    <message>
        <source>Pay transparency:</source>
        <translation>Gehaltstransparenz:</translation>
    </message>
    <message>
        <source>  no rule applies to the posting&apos;s locations</source>
        <translation>  für die Standorte der Stellenanzeige gilt keine Regel</translation>
    </message>
    <message>
        <source>Completeness (job boards, schema.org JobPosting):</source>
        <translation>Vollständigkeit (Jobbörsen, schema.org JobPosting):</translation>
    </message>
    <message>
        <source>check needs either --posting ID or --file FILE (one of them).</source>
        <translation>check braucht entweder --posting ID oder --file FILE (genau eines).</translation>
    </message>
    <message>
        <source>Check a posting, or a text or Markdown file: gender-coded wording, readability, pay-transparency law, completeness.</source>
        <translation>Eine Stellenanzeige oder eine Text- bzw. Markdown-Datei prüfen: geschlechtlich kodierte Wörter, Lesbarkeit, Gehaltstransparenzgesetze, Vollständigkeit.</translation>
    </message>
    <message>
        <source>The posting to check (see postings list).</source>
        <translation>Die zu prüfende Stellenanzeige (siehe postings list).</translation>
    </message>
    <message>
        <source>A plain-text or Markdown file to check.</source>
        <translation>Eine zu prüfende Text- oder Markdown-Datei.</translation>
    </message>
    <message>
        <source>TAKEN</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>hirekit: no automatic backups of %1 in %2 yet.</source>
        <translation>hirekit: noch keine automatischen Sicherungen von %1 in %2.</translation>
    </message>
    <message>
        <source>hirekit: db restore needs the backup FILE.</source>
        <translation>hirekit: db restore braucht die Sicherungsdatei FILE.</translation>
    </message>
    <message>
        <source>Restored %1 into %2</source>
        <translation>%1 in %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>The library as it was is kept as %1</source>
        <translation>Der vorherige Stand der Bibliothek wurde als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>List the library&apos;s automatic backups, newest first.</source>
        <translation>Die automatischen Sicherungen der Bibliothek auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Replace the library with the backup FILE (checked first; the library as it was is kept as a backup).</source>
        <translation>Die Bibliothek durch die Sicherung FILE ersetzen (vorher geprüft; der vorherige Stand der Bibliothek wird als Sicherung aufbewahrt).</translation>
    </message>
    <message>
        <source>a posting</source>
        <translation>eine Stellenanzeige</translation>
    </message>
    <message>
        <source>a scorecard</source>
        <translation>ein Bewertungsbogen</translation>
    </message>
    <message>
        <source>Only scorecards whose notes or key takeaways have these words (or words starting with them).</source>
        <translation>Nur Bewertungsbögen, deren Notizen oder wichtigste Erkenntnisse diese Wörter enthalten (oder Wörter, die mit ihnen beginnen).</translation>
    </message>
</context>
</TS>
