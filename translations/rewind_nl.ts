<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccessDescription</name>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="9"/>
        <source>hot standby: reads only; changes are made on the primary</source>
        <translation>hot standby: alleen lezen; wijzigen gebeurt op de primary</translation>
    </message>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="12"/>
        <source>full access</source>
        <translation>volledige toegang</translation>
    </message>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="14"/>
        <source>developer: reads, runs projections</source>
        <translation>ontwikkelaar: leest, draait projecties</translation>
    </message>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="16"/>
        <source>editor: reads, writes %1</source>
        <translation>redacteur: leest, schrijft %1</translation>
    </message>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="18"/>
        <source>support: read only</source>
        <translation>support: alleen lezen</translation>
    </message>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="22"/>
        <source>read only</source>
        <translation>alleen lezen</translation>
    </message>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="22"/>
        <source>limited access</source>
        <translation>beperkte toegang</translation>
    </message>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="29"/>
        <source>This store is a hot standby: questions and courses can be read here and changed only on the primary.</source>
        <translation>Deze store is een hot standby: vragen en cursussen zijn hier te lezen en alleen op de primary te wijzigen.</translation>
    </message>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="33"/>
        <source>Role %1 may read questions and courses but not change them.</source>
        <translation>Rol %1 mag vragen en cursussen lezen, maar niet wijzigen.</translation>
    </message>
</context>
<context>
    <name>ConnectionWarnings</name>
    <message>
        <location filename="../models/store/ConnectionWarnings.cpp" line="12"/>
        <source>The connection is not encrypted: events, including students&apos; personal data, cross the network in clear text. Add sslmode=require (or verify-full) to the address.</source>
        <translation>De verbinding is niet versleuteld: events, inclusief persoonsgegevens van leerlingen, gaan onversleuteld over het netwerk. Voeg sslmode=require (of verify-full) toe aan het adres.</translation>
    </message>
    <message>
        <location filename="../models/store/ConnectionWarnings.cpp" line="16"/>
        <source>The server runs with fsync off: a crash of the server can lose or corrupt committed events.</source>
        <translation>De server draait met fsync uit: bij een crash van de server kunnen vastgelegde events verloren gaan of beschadigd raken.</translation>
    </message>
    <message>
        <location filename="../models/store/ConnectionWarnings.cpp" line="19"/>
        <source>The server runs with synchronous_commit off: a crash of the server can lose events whose append was already reported as done.</source>
        <translation>De server draait met synchronous_commit uit: bij een crash van de server kunnen events verloren gaan waarvan het toevoegen al als voltooid was gemeld.</translation>
    </message>
    <message>
        <location filename="../models/store/ConnectionWarnings.cpp" line="42"/>
        <source>The password file %1 may be read by other users of this computer; libpq ignores it until only you can read it (chmod 0600 %1).</source>
        <translation>Het wachtwoordbestand %1 kan door andere gebruikers van deze computer worden gelezen; libpq negeert het totdat alleen jij het kunt lezen (chmod 0600 %1).</translation>
    </message>
    <message>
        <location filename="../models/store/ConnectionWarnings.cpp" line="50"/>
        <source>encrypted</source>
        <translation>versleuteld</translation>
    </message>
    <message>
        <location filename="../models/store/ConnectionWarnings.cpp" line="51"/>
        <source>encrypted (%1)</source>
        <translation>versleuteld (%1)</translation>
    </message>
    <message>
        <location filename="../models/store/ConnectionWarnings.cpp" line="53"/>
        <source>local connection</source>
        <translation>lokale verbinding</translation>
    </message>
    <message>
        <location filename="../models/store/ConnectionWarnings.cpp" line="54"/>
        <source>not encrypted</source>
        <translation>niet versleuteld</translation>
    </message>
</context>
<context>
    <name>EventCells</name>
    <message>
        <location filename="../models/browser/EventCells.cpp" line="36"/>
        <source>Global position</source>
        <translation>Globale positie</translation>
    </message>
    <message>
        <location filename="../models/browser/EventCells.cpp" line="38"/>
        <source>Time (UTC)</source>
        <translation>Tijd (UTC)</translation>
    </message>
    <message>
        <location filename="../models/browser/EventCells.cpp" line="40"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location filename="../models/browser/EventCells.cpp" line="42"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/browser/EventCells.cpp" line="44"/>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <location filename="../models/browser/EventCells.cpp" line="46"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../models/browser/EventCells.cpp" line="108"/>
        <source>loading…</source>
        <translation>laden…</translation>
    </message>
</context>
<context>
    <name>QuestionAspectText</name>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="35"/>
        <source>no answers</source>
        <translation>geen antwoorden</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="44"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="46"/>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="48"/>
        <source>Explanation</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="66"/>
        <source>✓ %1 (not among the answers)</source>
        <translation>✓ %1 (staat niet bij de antwoorden)</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="92"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="94"/>
        <source>retired</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="96"/>
        <source>changed since revision %1</source>
        <translation>gewijzigd sinds revisie %1</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="97"/>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="118"/>
        <source>published revision %1</source>
        <translation>revisie %1 gepubliceerd</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="107"/>
        <source>drafted it with the text %1</source>
        <translation>als concept aangemaakt met de tekst %1</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="109"/>
        <source>changed the text to %1</source>
        <translation>tekst gewijzigd in %1</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="111"/>
        <source>changed the answers to %1</source>
        <translation>antwoorden gewijzigd in %1</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="115"/>
        <source>changed the explanation to %1</source>
        <translation>uitleg gewijzigd in %1</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="121"/>
        <source>retired it</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="121"/>
        <source>retired it: %1</source>
        <translation>ingetrokken: %1</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="123"/>
        <source>wrote %1</source>
        <translation>%1 geschreven</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="132"/>
        <source>someone</source>
        <translation>iemand</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="133"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>QuestionRules</name>
    <message>
        <location filename="../models/publishing/QuestionRules.cpp" line="24"/>
        <source>A question needs text to be published.</source>
        <translation>Een vraag moet tekst hebben om te kunnen worden gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionRules.cpp" line="42"/>
        <source>Answer %1 is blank.</source>
        <translation>Antwoord %1 is leeg.</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionRules.cpp" line="45"/>
        <source>The answer &quot;%1&quot; appears more than once.</source>
        <translation>Het antwoord &quot;%1&quot; komt meer dan eens voor.</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionRules.cpp" line="51"/>
        <source>A question needs a correct answer to be published.</source>
        <translation>Een vraag moet een goed antwoord hebben om te kunnen worden gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionRules.cpp" line="57"/>
        <source>The correct answer &quot;%1&quot; is not one of the answers.</source>
        <translation>Het goede antwoord &quot;%1&quot; staat niet bij de antwoorden.</translation>
    </message>
</context>
<context>
    <name>Rewind::AboutDialog</name>
    <message>
        <location filename="../views/AboutDialog.cpp" line="17"/>
        <source>About Rewind</source>
        <translation>Over Rewind</translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="20"/>
        <source>A window onto an event store: browse the log of an event-sourced platform, replay any aggregate to any moment and watch the projections, on SQLite or on a PostgreSQL message store (Message DB layout).</source>
        <translation>Een venster op een event store: blader door het log van een event-sourced platform, speel elk aggregate af tot elk gewenst moment en volg de projecties, op SQLite of op een PostgreSQL-message store (Message DB-indeling).</translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="28"/>
        <source>Rewind</source>
        <translation>Rewind</translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="29"/>
        <source>Qt (running)</source>
        <translation>Qt (in gebruik)</translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="30"/>
        <source>Qt (built with)</source>
        <translation>Qt (gebouwd met)</translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="31"/>
        <source>SQLite library</source>
        <translation>SQLite-bibliotheek</translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="32"/>
        <source>libpq (PostgreSQL client)</source>
        <translation>libpq (PostgreSQL-client)</translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="35"/>
        <source>not connected</source>
        <translation>niet verbonden</translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="37"/>
        <source>%1, in a local file</source>
        <translation>%1, in een lokaal bestand</translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="40"/>
        <source>Connected store</source>
        <translation>Verbonden store</translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="43"/>
        <source>&amp;Copy versions</source>
        <translation>Versies &amp;kopiëren</translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="61"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>Rewind::AnswerListEditor</name>
    <message>
        <location filename="../views/publishing/AnswerListEditor.cpp" line="25"/>
        <source>Remove these marks</source>
        <translation>Deze markeringen verwijderen</translation>
    </message>
    <message>
        <location filename="../views/publishing/AnswerListEditor.cpp" line="30"/>
        <source>Add answer</source>
        <translation>Antwoord toevoegen</translation>
    </message>
    <message>
        <location filename="../views/publishing/AnswerListEditor.cpp" line="59"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../views/publishing/AnswerListEditor.cpp" line="60"/>
        <source>correct</source>
        <translation>goed</translation>
    </message>
    <message>
        <location filename="../views/publishing/AnswerListEditor.cpp" line="63"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../views/publishing/AnswerListEditor.cpp" line="66"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../views/publishing/AnswerListEditor.cpp" line="68"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../views/publishing/AnswerListEditor.cpp" line="282"/>
        <source>Marked correct but not among the answers: %1</source>
        <translation>Als goed gemarkeerd, maar niet bij de antwoorden: %1</translation>
    </message>
</context>
<context>
    <name>Rewind::ConflictPanel</name>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="30"/>
        <source>Aspect</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="30"/>
        <source>Theirs</source>
        <translation>Hun versie</translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="30"/>
        <source>Yours</source>
        <translation>Jouw versie</translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="38"/>
        <source>Their version already has the same content as yours.</source>
        <translation>Hun versie heeft al dezelfde inhoud als de jouwe.</translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="41"/>
        <source>Reload theirs</source>
        <translation>Hun versie laden</translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="43"/>
        <source>Show their version; Undo brings your edits back</source>
        <translation>Hun versie tonen; met Ongedaan maken komen je wijzigingen terug</translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="44"/>
        <source>Re-apply my edits</source>
        <translation>Mijn wijzigingen opnieuw toepassen</translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="46"/>
        <source>Save the parts you changed on top of their version, as new commands</source>
        <translation>De onderdelen die je hebt gewijzigd bovenop hun versie opslaan, als nieuwe commando&apos;s</translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="66"/>
        <source>&lt;b&gt;Someone else changed this question since you opened it (version %1).&lt;/b&gt; Your edits were not saved.</source>
        <translation>&lt;b&gt;Iemand anders heeft deze vraag gewijzigd sinds je haar opende (versie %1).&lt;/b&gt; Je wijzigingen zijn niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="72"/>
        <source>%1 changed this question at %2: %3</source>
        <translation>%1 wijzigde deze vraag op %2: %3</translation>
    </message>
</context>
<context>
    <name>Rewind::ConnectionDialog</name>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="37"/>
        <source>Open a store</source>
        <translation>Store openen</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="39"/>
        <source>&amp;SQLite file</source>
        <translation>&amp;SQLite-bestand</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="41"/>
        <source>&amp;PostgreSQL</source>
        <translation>&amp;PostgreSQL</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="50"/>
        <source>/path/to/events.sqlite</source>
        <translation>/pad/naar/events.sqlite</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="52"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="61"/>
        <source>A URI (postgresql://user@host:5432/dbname), a connection string (host=db dbname=message_store) or a service name (service=events). Passwords come from ~/.pgpass or PGPASSWORD; Rewind never stores them.</source>
        <translation>Een URI (postgresql://user@host:5432/dbname), een verbindingsstring (host=db dbname=message_store) of een servicenaam (service=events). Wachtwoorden komen uit ~/.pgpass of PGPASSWORD; Rewind slaat ze nooit op.</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="72"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="81"/>
        <location filename="../views/ConnectionDialog.cpp" line="257"/>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="87"/>
        <location filename="../views/ConnectionDialog.cpp" line="248"/>
        <source>Testing…</source>
        <translation>Testen…</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="104"/>
        <source>Recent stores</source>
        <translation>Recente stores</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="107"/>
        <source>Double-click to open</source>
        <translation>Dubbelklik om te openen</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="112"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="178"/>
        <source>SQLite file</source>
        <translation>SQLite-bestand</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="179"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="182"/>
        <source>No stores opened yet</source>
        <translation>Nog geen stores geopend</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="204"/>
        <source>Open a SQLite store</source>
        <translation>SQLite-store openen</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="204"/>
        <source>SQLite stores (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation>SQLite-stores (*.sqlite *.sqlite3 *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="222"/>
        <source>There is no file at this path yet. Rewind opens existing stores only; create one with: rewind --store &quot;%1&quot; init</source>
        <translation>Op dit pad staat nog geen bestand. Rewind opent alleen bestaande stores; maak er een aan met: rewind --store &quot;%1&quot; init</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="231"/>
        <source>Not an address Rewind understands: %1</source>
        <translation>Geen adres dat Rewind begrijpt: %1</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="233"/>
        <source>This reads as a file path, not a PostgreSQL address. Give a URI (postgresql://…), a connection string (host=… dbname=…) or service=NAME.</source>
        <translation>Dit lijkt een bestandspad, geen PostgreSQL-adres. Geef een URI (postgresql://…), een verbindingsstring (host=… dbname=…) of service=NAAM.</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="251"/>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="263"/>
        <source>Result for %1:</source>
        <translation>Resultaat voor %1:</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="266"/>
        <source>Connection works.</source>
        <translation>De verbinding werkt.</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="268"/>
        <source>Found %1.</source>
        <translation>%1 gevonden.</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="269"/>
        <source>Found %1, connected as database role &quot;%2&quot;.</source>
        <translation>%1 gevonden, verbonden als databaserol &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="278"/>
        <source>The message store is there and holds no events yet.</source>
        <translation>De message store is aanwezig en bevat nog geen events.</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="280"/>
        <source>The message store is there; its last event is at global position %1.</source>
        <translation>De message store is aanwezig; het laatste event staat op globale positie %1.</translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="291"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>Rewind::ContentCatalogTreeModel</name>
    <message>
        <location filename="../models/projections/ContentCatalogTreeModel.cpp" line="116"/>
        <source>Question %1</source>
        <translation>Vraag %1</translation>
    </message>
    <message>
        <location filename="../models/projections/ContentCatalogTreeModel.cpp" line="118"/>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <location filename="../models/projections/ContentCatalogTreeModel.cpp" line="180"/>
        <source>Course / section / question</source>
        <translation>Cursus / sectie / vraag</translation>
    </message>
    <message>
        <location filename="../models/projections/ContentCatalogTreeModel.cpp" line="182"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../models/projections/ContentCatalogTreeModel.cpp" line="184"/>
        <source>Published questions</source>
        <translation>Gepubliceerde vragen</translation>
    </message>
    <message>
        <location filename="../models/projections/ContentCatalogTreeModel.cpp" line="186"/>
        <source>Revision</source>
        <translation>Revisie</translation>
    </message>
</context>
<context>
    <name>Rewind::ContentCatalogView</name>
    <message numerus="yes">
        <location filename="../views/projections/ContentCatalogView.cpp" line="47"/>
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n cursus</numerusform>
            <numerusform>%n cursussen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/projections/ContentCatalogView.cpp" line="48"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n sectie</numerusform>
            <numerusform>%n secties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/projections/ContentCatalogView.cpp" line="49"/>
        <source>%n published question(s)</source>
        <translation>
            <numerusform>%n gepubliceerde vraag</numerusform>
            <numerusform>%n gepubliceerde vragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rewind::ContentTreeModel</name>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="117"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="119"/>
        <source>Published</source>
        <translation>Gepubliceerd</translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="121"/>
        <source>Changed since publication</source>
        <translation>Gewijzigd sinds publicatie</translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="123"/>
        <source>Retired</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="568"/>
        <source>Unfiled (unknown course)</source>
        <translation>Niet ingedeeld (onbekende cursus)</translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="568"/>
        <source>Unfiled</source>
        <translation>Niet ingedeeld</translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="571"/>
        <source>(no text yet)</source>
        <translation>(nog geen tekst)</translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="576"/>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="675"/>
        <source>Course / chapter / section / question</source>
        <translation>Cursus / hoofdstuk / sectie / vraag</translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="675"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Rewind::CourseEditor</name>
    <message>
        <location filename="../models/publishing/CourseEditor.cpp" line="75"/>
        <source>No store is open.</source>
        <translation>Er is geen store geopend.</translation>
    </message>
</context>
<context>
    <name>Rewind::CourseItemDialog</name>
    <message>
        <location filename="../views/publishing/CourseItemDialog.cpp" line="16"/>
        <source>New course</source>
        <translation>Nieuwe cursus</translation>
    </message>
    <message>
        <location filename="../views/publishing/CourseItemDialog.cpp" line="19"/>
        <source>Add chapter</source>
        <translation>Hoofdstuk toevoegen</translation>
    </message>
    <message>
        <location filename="../views/publishing/CourseItemDialog.cpp" line="22"/>
        <source>Add section</source>
        <translation>Sectie toevoegen</translation>
    </message>
    <message>
        <location filename="../views/publishing/CourseItemDialog.cpp" line="25"/>
        <source>Rename section</source>
        <translation>Sectie hernoemen</translation>
    </message>
    <message>
        <location filename="../views/publishing/CourseItemDialog.cpp" line="33"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../views/publishing/CourseItemDialog.cpp" line="40"/>
        <source>&amp;Language:</source>
        <translation>T&amp;aal:</translation>
    </message>
</context>
<context>
    <name>Rewind::EventBrowserView</name>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="34"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="68"/>
        <source>Jump to global position or time (2026-03-02 09:00)</source>
        <translation>Ga naar globale positie of tijd (2026-03-02 09:00)</translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="71"/>
        <source>Live tail</source>
        <translation>Live volgen</translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="73"/>
        <source>Follow new events as they are appended</source>
        <translation>Nieuwe events volgen zodra ze worden toegevoegd</translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="123"/>
        <source>counting…</source>
        <translation>tellen…</translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="125"/>
        <source>no events</source>
        <translation>geen events</translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="136"/>
        <source>Could not read events: %1</source>
        <translation>Kan events niet lezen: %1</translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="157"/>
        <location filename="../views/browser/EventBrowserView.cpp" line="201"/>
        <source>All events</source>
        <translation>Alle events</translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="193"/>
        <source>reading…</source>
        <translation>lezen…</translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="209"/>
        <source>Category %1</source>
        <translation>Categorie %1</translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="217"/>
        <source>Stream %1</source>
        <translation>Stream %1</translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="263"/>
        <source>&quot;%1&quot; is neither a global position nor a time such as 2026-03-02 09:00 (UTC).</source>
        <translation>&quot;%1&quot; is geen globale positie en ook geen tijd zoals 2026-03-02 09:00 (UTC).</translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="295"/>
        <source>1 event</source>
        <translation>1 event</translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="295"/>
        <source>%1 events</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="297"/>
        <source>%1 events counted so far…</source>
        <translation>Tot nu toe %1 events geteld…</translation>
    </message>
</context>
<context>
    <name>Rewind::EventDetailPane</name>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="51"/>
        <source>Copy JSON</source>
        <translation>JSON kopiëren</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="52"/>
        <source>Replay stream</source>
        <translation>Stream afspelen</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="53"/>
        <source>Browse stream</source>
        <translation>Stream doorbladeren</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="91"/>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="92"/>
        <source>Metadata</source>
        <translation>Metadata</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="93"/>
        <source>Related</source>
        <translation>Gerelateerd</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="150"/>
        <source>Select an event to see its data, metadata and related events.</source>
        <translation>Selecteer een event om de data, metadata en gerelateerde events te zien.</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="163"/>
        <source>&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;global position %3 · position %4&lt;br&gt;%5&lt;br&gt;&lt;small&gt;id %6&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;globale positie %3 · positie %4&lt;br&gt;%5&lt;br&gt;&lt;small&gt;id %6&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="187"/>
        <source>No correlationId or correlationStreamName in this event&apos;s metadata.</source>
        <translation>Geen correlationId of correlationStreamName in de metadata van dit event.</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="181"/>
        <source>Events with correlationId %1:</source>
        <translation>Events met correlationId %1:</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="196"/>
        <source>Caused by: nothing recorded (no causationId or causationMessage… in the metadata).</source>
        <translation>Veroorzaakt door: niets vastgelegd (geen causationId of causationMessage… in de metadata).</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="208"/>
        <source>Caused by: looking up %1…</source>
        <translation>Veroorzaakt door: %1 opzoeken…</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="214"/>
        <source>Caused by: %1, which is not in this store.</source>
        <translation>Veroorzaakt door: %1, dat niet in deze store staat.</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="217"/>
        <source>Caused by: &lt;a href=&quot;%1&quot;&gt;%2 in %3 (global position %1)&lt;/a&gt;</source>
        <translation>Veroorzaakt door: &lt;a href=&quot;%1&quot;&gt;%2 in %3 (globale positie %1)&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="235"/>
        <source>Caused by: could not look it up (%1).</source>
        <translation>Veroorzaakt door: kon niet worden opgezocht (%1).</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="182"/>
        <source>Events with correlationStreamName %1:</source>
        <translation>Events met correlationStreamName %1:</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="193"/>
        <source>Replies in %1: looking them up…</source>
        <translation>Antwoorden in %1: worden opgezocht…</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="203"/>
        <source>global position %1</source>
        <translation>globale positie %1</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="205"/>
        <source>position %1 of %2</source>
        <translation>positie %1 van %2</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="206"/>
        <source>event %1</source>
        <translation>event %1</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="223"/>
        <source>Replies in %1: none yet.</source>
        <translation>Antwoorden in %1: nog geen.</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="225"/>
        <source>Replies in %1:</source>
        <translation>Antwoorden in %1:</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="226"/>
        <source>Replies in %1 (the first %2):</source>
        <translation>Antwoorden in %1 (de eerste %2):</translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="38"/>
        <source>%1 in %2 (global position %3)</source>
        <translation>%1 in %2 (globale positie %3)</translation>
    </message>
</context>
<context>
    <name>Rewind::EventFilterBar</name>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="31"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="32"/>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="36"/>
        <source>Types, comma-separated (QuestionAnswered, QuizStarted)</source>
        <translation>Types, kommagescheiden (QuestionAnswered, QuizStarted)</translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="38"/>
        <source>Stream name starts with…</source>
        <translation>Streamnaam begint met…</translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="40"/>
        <source>Data contains JSON, e.g. {&quot;correct&quot;: false}</source>
        <translation>Data bevat JSON, bijv. {&quot;correct&quot;: false}</translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="42"/>
        <source>Metadata contains JSON, e.g. {&quot;userId&quot;: &quot;ann&quot;}</source>
        <translation>Metadata bevat JSON, bijv. {&quot;userId&quot;: &quot;ann&quot;}</translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="52"/>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="54"/>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="96"/>
        <source>%1: not valid JSON at character %2 (%3). Nothing was applied.</source>
        <translation>%1: geen geldige JSON bij teken %2 (%3). Er is niets toegepast.</translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="106"/>
        <source>%1: must be a JSON object such as {&quot;key&quot;: &quot;value&quot;}. Nothing was applied.</source>
        <translation>%1: moet een JSON-object zijn, zoals {&quot;key&quot;: &quot;value&quot;}. Er is niets toegepast.</translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="130"/>
        <source>The time range ends before it starts. Nothing was applied.</source>
        <translation>Het tijdsbereik eindigt voordat het begint. Er is niets toegepast.</translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="134"/>
        <source>Data contains</source>
        <translation>Data bevat</translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="135"/>
        <source>Metadata contains</source>
        <translation>Metadata bevat</translation>
    </message>
</context>
<context>
    <name>Rewind::EventTableModel</name>
    <message>
        <location filename="../models/browser/EventTableModel.cpp" line="364"/>
        <source>There are no events in this view.</source>
        <translation>Er staan geen events in deze weergave.</translation>
    </message>
    <message>
        <location filename="../models/browser/EventTableModel.cpp" line="365"/>
        <source>No event at or after global position %1 in this view; the last is %2.</source>
        <translation>Geen event op of na globale positie %1 in deze weergave; het laatste is %2.</translation>
    </message>
    <message>
        <location filename="../models/browser/EventTableModel.cpp" line="395"/>
        <source>No event at or after global position %1 in this view.</source>
        <translation>Geen event op of na globale positie %1 in deze weergave.</translation>
    </message>
</context>
<context>
    <name>Rewind::ExportDialog</name>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="29"/>
        <source>Export events</source>
        <translation>Events exporteren</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="33"/>
        <source>JSON lines</source>
        <translation>JSON Lines</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="34"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="48"/>
        <source>Choose a file</source>
        <translation>Kies een bestand</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="49"/>
        <source>Browse…</source>
        <translation>Bladeren…</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="56"/>
        <source>Format:</source>
        <translation>Indeling:</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="57"/>
        <source>Events:</source>
        <translation>Events:</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="58"/>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="62"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="74"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="133"/>
        <source>Selected events (none selected)</source>
        <translation>Geselecteerde events (geen geselecteerd)</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="134"/>
        <source>Selected events (%1)</source>
        <translation>Geselecteerde events (%1)</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="136"/>
        <source>All events of the current filter</source>
        <translation>Alle events van het huidige filter</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="137"/>
        <source>All events of the current filter (%1)</source>
        <translation>Alle events van het huidige filter (%1)</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="156"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="156"/>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines-bestanden (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="160"/>
        <source>Export events to</source>
        <translation>Events exporteren naar</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="208"/>
        <source>Exporting to %1…</source>
        <translation>Exporteren naar %1…</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="238"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="254"/>
        <location filename="../views/export/ExportDialog.cpp" line="263"/>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export geannuleerd; %1 is niet geschreven.</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="274"/>
        <source>Exporting to %1… %2 events written</source>
        <translation>Exporteren naar %1… %2 events geschreven</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="282"/>
        <source>%1 of %2 events</source>
        <translation>%1 van %2 events</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="291"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="293"/>
        <source>Exported %1 events to %2.</source>
        <translation>%1 events geëxporteerd naar %2.</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="296"/>
        <source>%1 selected events were not found in the store.</source>
        <translation>%1 geselecteerde events zijn niet gevonden in de store.</translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="306"/>
        <source>Export failed: %1</source>
        <translation>Export mislukt: %1</translation>
    </message>
</context>
<context>
    <name>Rewind::JsonTreeModel</name>
    <message>
        <location filename="../models/json/JsonTreeModel.cpp" line="271"/>
        <source>{…} 1 key</source>
        <translation>{…} 1 sleutel</translation>
    </message>
    <message>
        <location filename="../models/json/JsonTreeModel.cpp" line="271"/>
        <source>{…} %1 keys</source>
        <translation>{…} %1 sleutels</translation>
    </message>
    <message>
        <location filename="../models/json/JsonTreeModel.cpp" line="273"/>
        <source>[…] 1 item</source>
        <translation>[…] 1 item</translation>
    </message>
    <message>
        <location filename="../models/json/JsonTreeModel.cpp" line="273"/>
        <source>[…] %1 items</source>
        <translation>[…] %1 items</translation>
    </message>
    <message>
        <location filename="../models/json/JsonTreeModel.cpp" line="323"/>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <location filename="../models/json/JsonTreeModel.cpp" line="323"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
</context>
<context>
    <name>Rewind::MainWindow</name>
    <message>
        <location filename="../views/MainWindow.cpp" line="48"/>
        <source>Rewind</source>
        <translation>Rewind</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="77"/>
        <source>Status and lag</source>
        <translation>Status en achterstand</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="78"/>
        <source>States</source>
        <translation>Toestanden</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="84"/>
        <source>Browse</source>
        <translation>Bladeren</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="84"/>
        <source>Replay</source>
        <translation>Afspelen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="84"/>
        <source>Projections</source>
        <translation>Projecties</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="85"/>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="85"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="148"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="149"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Store openen…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="151"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="154"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="157"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="158"/>
        <source>&amp;Browse</source>
        <translation>&amp;Bladeren</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="158"/>
        <source>&amp;Replay</source>
        <translation>&amp;Afspelen</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="158"/>
        <source>&amp;Projections</source>
        <translation>&amp;Projecties</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="158"/>
        <source>P&amp;ublish</source>
        <translation>P&amp;ubliceren</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="159"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Tijdlijn</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="167"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="168"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="182"/>
        <source>The language changes the next time Rewind starts.</source>
        <translation>De taal verandert bij de volgende start van Rewind.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="186"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="187"/>
        <source>&amp;About Rewind</source>
        <translation>&amp;Over Rewind</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="208"/>
        <location filename="../views/MainWindow.cpp" line="356"/>
        <source>not live</source>
        <translation>niet live</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="238"/>
        <source>Opening %1…</source>
        <translation>%1 openen…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="262"/>
        <source>Could not open the store.
%1

Use File ▸ Open store… to choose another.</source>
        <translation>Kan de store niet openen.
%1

Kies een andere via Bestand ▸ Store openen…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="268"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="271"/>
        <source>Rewind — %1</source>
        <translation>Rewind — %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="281"/>
        <source>reconnecting in %1 s…</source>
        <translation>opnieuw verbinden over %1 s…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="285"/>
        <source>Lost the connection to the store; trying again in %1 s. (%2)</source>
        <translation>De verbinding met de store is verbroken; nieuwe poging over %1 s. (%2)</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="290"/>
        <source>The connection to the store is back.</source>
        <translation>De verbinding met de store is hersteld.</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="310"/>
        <source>SQLite file: %1</source>
        <translation>SQLite-bestand: %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="311"/>
        <source>role %1 (%2)</source>
        <translation>rol %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/MainWindow.cpp" line="338"/>
        <source>⚠ %n warning(s)</source>
        <translation>
            <numerusform>⚠ %n waarschuwing</numerusform>
            <numerusform>⚠ %n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="346"/>
        <source>head %1</source>
        <translation>kop %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="358"/>
        <source>● live (polling)</source>
        <translation>● live (polling)</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="251"/>
        <source>Creating the demo store on this first start…</source>
        <translation>Bij deze eerste start wordt de demostore aangemaakt…</translation>
    </message>
</context>
<context>
    <name>Rewind::ParkedEventResolver</name>
    <message>
        <location filename="../models/projections/ParkedEventResolver.cpp" line="46"/>
        <source>No store is open.</source>
        <translation>Er is geen store geopend.</translation>
    </message>
</context>
<context>
    <name>Rewind::ParkedEventsModel</name>
    <message>
        <location filename="../models/projections/ParkedEventsModel.cpp" line="85"/>
        <source>Global position</source>
        <translation>Globale positie</translation>
    </message>
    <message>
        <location filename="../models/projections/ParkedEventsModel.cpp" line="87"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location filename="../models/projections/ParkedEventsModel.cpp" line="89"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/projections/ParkedEventsModel.cpp" line="91"/>
        <source>Why it was parked</source>
        <translation>Waarom geparkeerd</translation>
    </message>
</context>
<context>
    <name>Rewind::ProjectionRebuilder</name>
    <message>
        <location filename="../models/projections/ProjectionRebuilder.cpp" line="37"/>
        <source>No store is open.</source>
        <translation>Er is geen store geopend.</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionRebuilder.cpp" line="43"/>
        <source>%1 is not a projection Rewind runs.</source>
        <translation>%1 is geen projectie die Rewind draait.</translation>
    </message>
</context>
<context>
    <name>Rewind::ProjectionStateLoader</name>
    <message>
        <location filename="../models/projections/ProjectionStateLoader.cpp" line="59"/>
        <source>No store is open.</source>
        <translation>Er is geen store geopend.</translation>
    </message>
</context>
<context>
    <name>Rewind::ProjectionStateView</name>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="20"/>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="25"/>
        <source>Load the states again, caught up to the newest event</source>
        <translation>De toestanden opnieuw laden, bijgewerkt tot het nieuwste event</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="29"/>
        <source>Question statistics</source>
        <translation>Vraagstatistieken</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="30"/>
        <source>Student progress</source>
        <translation>Voortgang van leerlingen</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="31"/>
        <source>Content catalogue</source>
        <translation>Inhoudscatalogus</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="165"/>
        <source>%1: folding, at %2 of %3</source>
        <translation>%1: vouwen, bij %2 van %3</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="168"/>
        <source>%1: loading…</source>
        <translation>%1: laden…</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="171"/>
        <source>%1: up to position %2</source>
        <translation>%1: tot positie %2</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="174"/>
        <source>%1: failed: %2</source>
        <translation>%1: mislukt: %2</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="178"/>
        <source>No store is open.</source>
        <translation>Er is geen store geopend.</translation>
    </message>
</context>
<context>
    <name>Rewind::ProjectionsTableModel</name>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="92"/>
        <source>this store (saved by Rewind)</source>
        <translation>deze store (opgeslagen door Rewind)</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="94"/>
        <source>rewind serve at %1</source>
        <translation>rewind serve op %1</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="96"/>
        <source>Eventide consumer</source>
        <translation>Eventide-consument</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="104"/>
        <source>not answering</source>
        <translation>antwoordt niet</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="107"/>
        <source>never run</source>
        <translation>nooit gedraaid</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="109"/>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="115"/>
        <source>caught up</source>
        <translation>bij</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="111"/>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="115"/>
        <source>behind</source>
        <translation>achter</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="113"/>
        <source>needs rebuild</source>
        <translation>moet opnieuw worden opgebouwd</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="146"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="237"/>
        <source>Projection</source>
        <translation>Projectie</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="239"/>
        <source>Runs in</source>
        <translation>Draait in</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="241"/>
        <source>Code version</source>
        <translation>Codeversie</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="243"/>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="245"/>
        <source>Checkpoint</source>
        <translation>Controlepunt</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="247"/>
        <source>Head</source>
        <translation>Kop</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="249"/>
        <source>Lag (events)</source>
        <translation>Achterstand (events)</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="251"/>
        <source>Lag (s)</source>
        <translation>Achterstand (s)</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="253"/>
        <source>Events/s</source>
        <translation>Gebeurtenissen/s</translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="255"/>
        <source>Parked</source>
        <translation>Geparkeerd</translation>
    </message>
</context>
<context>
    <name>Rewind::ProjectionsView</name>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="81"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="81"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="84"/>
        <source>Rebuild</source>
        <translation>Opnieuw opbouwen</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="84"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="87"/>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="88"/>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="91"/>
        <source>rewind serve address, e.g. http://10.0.0.5:9464</source>
        <translation>adres van rewind serve, bijv. http://10.0.0.5:9464</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="120"/>
        <source>Last 10 minutes</source>
        <translation>Laatste 10 minuten</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="121"/>
        <source>Last hour</source>
        <translation>Laatste uur</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="122"/>
        <source>Last 24 hours</source>
        <translation>Laatste 24 uur</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="125"/>
        <source>Lag behind the head</source>
        <translation>Achterstand op de kop</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="125"/>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="128"/>
        <source>Throughput</source>
        <translation>Doorvoer</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="128"/>
        <source>events/s</source>
        <translation>events/s</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="137"/>
        <source>Build this projection again from the first event and save it</source>
        <translation>Deze projectie opnieuw opbouwen vanaf het eerste event en opslaan</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="153"/>
        <source>Fold the selected event into the saved state again</source>
        <translation>Het gekozen event opnieuw in de opgeslagen toestand verwerken</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="155"/>
        <source>Stop listing the selected event; the state stays as it is</source>
        <translation>Het gekozen event niet meer tonen; de toestand blijft zoals ze is</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="158"/>
        <source>rewind serve:</source>
        <translation>rewind serve:</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="169"/>
        <source>Charts:</source>
        <translation>Grafieken:</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="231"/>
        <source>Rebuilding %1: %2 of %3 events</source>
        <translation>%1 opnieuw opbouwen: %2 van %3 events</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="235"/>
        <source>Rebuilt %1 up to global position %2.</source>
        <translation>%1 opnieuw opgebouwd tot globale positie %2.</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="238"/>
        <source>Rebuild of %1 cancelled; what it had applied is saved.</source>
        <translation>Opnieuw opbouwen van %1 geannuleerd; wat al verwerkt was, is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="242"/>
        <source>Rebuild of %1 failed: %2</source>
        <translation>Opnieuw opbouwen van %1 mislukt: %2</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="254"/>
        <source>Event %1 folded into %2 and no longer parked.</source>
        <translation>Gebeurtenis %1 verwerkt in %2 en niet meer geparkeerd.</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="256"/>
        <source>Event %1 skipped: %2 no longer lists it.</source>
        <translation>Gebeurtenis %1 overgeslagen: %2 toont haar niet meer.</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="262"/>
        <source>Event %1 still cannot be folded into %2: %3</source>
        <translation>Gebeurtenis %1 kan nog steeds niet in %2 worden verwerkt: %3</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="271"/>
        <source>No parked events.</source>
        <translation>Geen geparkeerde events.</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="271"/>
        <source>Parked events: %1</source>
        <translation>Geparkeerde events: %1</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="309"/>
        <source>“%1” is not the address of a rewind serve instance: give host:port or an http:// URL.</source>
        <translation>‘%1’ is geen adres van een rewind serve-instantie: geef host:poort of een http://-URL.</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="334"/>
        <source>Role %1 may read projections but not rebuild them or resolve parked events.</source>
        <translation>Rol %1 mag projecties lezen, maar ze niet opnieuw opbouwen en geen geparkeerde events afhandelen.</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="344"/>
        <source>No store is open.</source>
        <translation>Er is geen store geopend.</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="346"/>
        <source>Sampled every second; the history shown is what windows with write access keep in the store.</source>
        <translation>Elke seconde gemeten; de getoonde geschiedenis is wat vensters met schrijfrechten in de store bewaren.</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="349"/>
        <source>Sampled every second; the last 24 hours are kept in the store.</source>
        <translation>Elke seconde gemeten; de laatste 24 uur worden in de store bewaard.</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="352"/>
        <source>Sampled every second; history is not kept: run rewind init on this store.</source>
        <translation>Elke seconde gemeten; de geschiedenis wordt niet bewaard: voer rewind init uit op deze store.</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="444"/>
        <source>Select a projection to see its snapshot and parked events.</source>
        <translation>Kies een projectie om haar momentopname en geparkeerde events te zien.</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="464"/>
        <source>No snapshot saved yet.</source>
        <translation>Nog geen momentopname opgeslagen.</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="466"/>
        <source>Snapshot saved %1, code version %2 (this build: %3)</source>
        <translation>Momentopname opgeslagen %1, codeversie %2 (deze versie: %3)</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="470"/>
        <source>Position last recorded %1</source>
        <translation>Positie laatst vastgelegd %1</translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="515"/>
        <source>Rebuilding %1…</source>
        <translation>%1 opnieuw opbouwen…</translation>
    </message>
</context>
<context>
    <name>Rewind::PublishingView</name>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="63"/>
        <source>Search question text</source>
        <translation>Zoeken in vraagtekst</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="87"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="96"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="143"/>
        <source>Refused by the rule “%1”: %2</source>
        <translation>Geweigerd door de regel “%1”: %2</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="147"/>
        <source>Someone changed this course meanwhile (%1). The tree is read again: please try once more.</source>
        <translation>Iemand heeft deze cursus intussen gewijzigd (%1). De boom wordt opnieuw ingelezen: probeer het nog een keer.</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="152"/>
        <source>The course command failed: %1</source>
        <translation>Het cursuscommando is mislukt: %1</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="176"/>
        <source>New course…</source>
        <translation>Nieuwe cursus…</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="176"/>
        <source>Create a course (CreateCourse)</source>
        <translation>Een cursus aanmaken (CreateCourse)</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="177"/>
        <source>Add chapter…</source>
        <translation>Hoofdstuk toevoegen…</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="177"/>
        <source>Add a chapter to the selected course (AddChapter)</source>
        <translation>Een hoofdstuk toevoegen aan de gekozen cursus (AddChapter)</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="179"/>
        <source>Add section…</source>
        <translation>Sectie toevoegen…</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="179"/>
        <source>Add a section to the selected chapter (AddSection)</source>
        <translation>Een sectie toevoegen aan het gekozen hoofdstuk (AddSection)</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="181"/>
        <source>Rename section…</source>
        <translation>Sectie hernoemen…</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="181"/>
        <source>Rename the selected section (RenameSection)</source>
        <translation>De gekozen sectie hernoemen (RenameSection)</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="183"/>
        <source>New question</source>
        <translation>Nieuwe vraag</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="183"/>
        <source>Draft a question in the selected section (DraftQuestion)</source>
        <translation>Een conceptvraag aanmaken in de gekozen sectie (DraftQuestion)</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="185"/>
        <source>Refresh</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="185"/>
        <source>Read every course and question again</source>
        <translation>Alle cursussen en vragen opnieuw inlezen</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="234"/>
        <source>Could not read the courses and questions: %1</source>
        <translation>Kan de cursussen en vragen niet lezen: %1</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="244"/>
        <source>%1 events read</source>
        <translation>%1 events gelezen</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="257"/>
        <source>Reading the courses was cancelled: the tree may be out of date. Refresh reads them again.</source>
        <translation>Het inlezen van de cursussen is geannuleerd: de boom is mogelijk niet actueel. Met Vernieuwen worden ze opnieuw ingelezen.</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="280"/>
        <source>Read %1 and %2.</source>
        <translation>%1 en %2 ingelezen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/publishing/PublishingView.cpp" line="281"/>
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n cursus</numerusform>
            <numerusform>%n cursussen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/publishing/PublishingView.cpp" line="282"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n vraag</numerusform>
            <numerusform>%n vragen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="354"/>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="355"/>
        <source>The open question has changes that are not saved.</source>
        <translation>De geopende vraag heeft wijzigingen die niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="357"/>
        <source>Save them before going on, discard them, or stay on the question?</source>
        <translation>Wil je ze opslaan voordat je verdergaat, ze verwerpen, of bij de vraag blijven?</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="376"/>
        <source>The question cannot be saved right now; it stays open.</source>
        <translation>De vraag kan nu niet worden opgeslagen; ze blijft geopend.</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="390"/>
        <source>The question was not saved; it stays open.</source>
        <translation>De vraag is niet opgeslagen; ze blijft geopend.</translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="512"/>
        <source>Course “%1” saved (version %2).</source>
        <translation>Cursus “%1” opgeslagen (versie %2).</translation>
    </message>
</context>
<context>
    <name>Rewind::QuestionDocument</name>
    <message>
        <location filename="../models/publishing/QuestionDocument.cpp" line="115"/>
        <source>No store is open.</source>
        <translation>Er is geen store geopend.</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionDocument.cpp" line="120"/>
        <source>The question is still busy with the previous store call.</source>
        <translation>De vraag is nog bezig met de vorige opdracht aan de store.</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionDocument.cpp" line="124"/>
        <location filename="../models/publishing/QuestionDocument.cpp" line="176"/>
        <source>No question is open.</source>
        <translation>Er is geen vraag geopend.</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionDocument.cpp" line="144"/>
        <source>Nothing changed since the question was loaded.</source>
        <translation>Er is niets gewijzigd sinds de vraag is geladen.</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionDocument.cpp" line="152"/>
        <source>A question id is needed to open a question.</source>
        <translation>Er is een vraag-id nodig om een vraag te openen.</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionDocument.cpp" line="163"/>
        <source>There is no question %1 in this store.</source>
        <translation>Er is geen vraag %1 in deze store.</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionDocument.cpp" line="267"/>
        <source>Question %1 has no event at position %2.</source>
        <translation>Vraag %1 heeft geen event op positie %2.</translation>
    </message>
</context>
<context>
    <name>Rewind::QuestionEditorView</name>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="59"/>
        <source>%1 (rule “%2”)</source>
        <translation>%1 (regel “%2”)</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="80"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="82"/>
        <source>Publish</source>
        <translation>Publiceren</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="84"/>
        <source>Retire…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="86"/>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="275"/>
        <source>Discard changes</source>
        <translation>Wijzigingen verwerpen</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="91"/>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="523"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="94"/>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="525"/>
        <source>Redo</source>
        <translation>Opnieuw uitvoeren</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="125"/>
        <source>The question as students read it</source>
        <translation>De vraag zoals leerlingen haar lezen</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="132"/>
        <source>Shown to students after a wrong answer</source>
        <translation>Wordt na een fout antwoord aan leerlingen getoond</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="144"/>
        <source>&lt;b&gt;Question&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vraag&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="147"/>
        <source>&lt;b&gt;Answers&lt;/b&gt; (mark the correct ones)</source>
        <translation>&lt;b&gt;Antwoorden&lt;/b&gt; (markeer de goede)</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="150"/>
        <source>&lt;b&gt;Explanation&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uitleg&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="171"/>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="172"/>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="173"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="187"/>
        <source>Edit the text</source>
        <translation>Tekst bewerken</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="189"/>
        <source>Edit the explanation</source>
        <translation>Uitleg bewerken</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="192"/>
        <source>Edit an answer</source>
        <translation>Antwoord bewerken</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="194"/>
        <source>Change the answers</source>
        <translation>Antwoorden wijzigen</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="307"/>
        <source>Retire question</source>
        <translation>Vraag intrekken</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="308"/>
        <source>Why is this question retired? Students will no longer get it, and it accepts no more changes.</source>
        <translation>Waarom wordt deze vraag ingetrokken? Leerlingen krijgen haar daarna niet meer en ze kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="437"/>
        <source>The store refused it: %1</source>
        <translation>De store heeft het geweigerd: %1</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="453"/>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="529"/>
        <source>No question open</source>
        <translation>Geen vraag geopend</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="458"/>
        <source>Question %1 · %2 · version %3</source>
        <translation>Vraag %1 · %2 · versie %3</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="462"/>
        <source> · unsaved changes</source>
        <translation> · niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="467"/>
        <source>This question is retired: it accepts no more changes. Its history stays readable.</source>
        <translation>Deze vraag is ingetrokken: ze kan niet meer worden gewijzigd. De geschiedenis blijft leesbaar.</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="469"/>
        <source>This question is retired (“%1”): it accepts no more changes. Its history stays readable.</source>
        <translation>Deze vraag is ingetrokken (“%1”): ze kan niet meer worden gewijzigd. De geschiedenis blijft leesbaar.</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="503"/>
        <source>Save or discard your changes before retiring the question</source>
        <translation>Sla je wijzigingen op of verwerp ze voordat je de vraag intrekt</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="504"/>
        <source>Retire the question: students no longer get it</source>
        <translation>De vraag intrekken: leerlingen krijgen haar niet meer</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="513"/>
        <source>Cannot publish yet:
%1</source>
        <translation>Kan nog niet publiceren:
%1</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="515"/>
        <source>Nothing changed since revision %1</source>
        <translation>Niets gewijzigd sinds revisie %1</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="517"/>
        <source>Save the changes and publish them as the next revision</source>
        <translation>De wijzigingen opslaan en publiceren als de volgende revisie</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="522"/>
        <source>Undo: %1</source>
        <translation>Ongedaan maken: %1</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="524"/>
        <source>Redo: %1</source>
        <translation>Opnieuw uitvoeren: %1</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="533"/>
        <source>A retired question accepts no more changes</source>
        <translation>Een ingetrokken vraag kan niet meer worden gewijzigd</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="535"/>
        <source>Waiting for the store</source>
        <translation>Wachten op de store</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="537"/>
        <source>Save or discard your changes before restoring a revision</source>
        <translation>Sla je wijzigingen op of verwerp ze voordat je een revisie herstelt</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="562"/>
        <source>Reload their version</source>
        <translation>Hun versie laden</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="566"/>
        <source>Reloaded their version (version %1). Undo brings your edits back.</source>
        <translation>Hun versie geladen (versie %1). Met Ongedaan maken komen je wijzigingen terug.</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="571"/>
        <source>Drafted question %1.</source>
        <translation>Conceptvraag %1 aangemaakt.</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="572"/>
        <source>Opened question %1 at version %2.</source>
        <translation>Vraag %1 geopend op versie %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/publishing/QuestionEditorView.cpp" line="592"/>
        <source>Published revision %1 (%n event(s) written).</source>
        <translation>
            <numerusform>Revisie %1 gepubliceerd (%n event geschreven).</numerusform>
            <numerusform>Revisie %1 gepubliceerd (%n events geschreven).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="595"/>
        <source>Retired the question.</source>
        <translation>De vraag is ingetrokken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/publishing/QuestionEditorView.cpp" line="598"/>
        <source>Restored the revision (%n event(s) written).</source>
        <translation>
            <numerusform>De revisie is hersteld (%n event geschreven).</numerusform>
            <numerusform>De revisie is hersteld (%n events geschreven).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/publishing/QuestionEditorView.cpp" line="602"/>
        <source>Re-applied your edits on top of theirs (%n event(s) written).</source>
        <translation>
            <numerusform>Je wijzigingen zijn opnieuw toegepast bovenop de hunne (%n event geschreven).</numerusform>
            <numerusform>Je wijzigingen zijn opnieuw toegepast bovenop de hunne (%n events geschreven).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/publishing/QuestionEditorView.cpp" line="605"/>
        <source>Saved (%n event(s) written).</source>
        <translation>
            <numerusform>Opgeslagen (%n event geschreven).</numerusform>
            <numerusform>Opgeslagen (%n events geschreven).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="617"/>
        <source>Not written: %1</source>
        <translation>Niet geschreven: %1</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="627"/>
        <source>Not saved: someone else changed this question since you opened it.</source>
        <translation>Niet opgeslagen: iemand anders heeft deze vraag gewijzigd sinds je haar opende.</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="634"/>
        <source>The store could not do it: %1</source>
        <translation>De store kon het niet uitvoeren: %1</translation>
    </message>
</context>
<context>
    <name>Rewind::QuestionHistoryModel</name>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="104"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="106"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="112"/>
        <source>Drafted</source>
        <translation>Als concept aangemaakt</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="114"/>
        <source>Text changed</source>
        <translation>Tekst gewijzigd</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="116"/>
        <source>Answers changed</source>
        <translation>Antwoorden gewijzigd</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="118"/>
        <source>Explanation changed</source>
        <translation>Uitleg gewijzigd</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="120"/>
        <source>Published revision %1</source>
        <translation>Revisie %1 gepubliceerd</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="123"/>
        <source>Retired</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="123"/>
        <source>Retired: %1</source>
        <translation>Ingetrokken: %1</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="139"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="141"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="143"/>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="145"/>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
</context>
<context>
    <name>Rewind::QuestionHistoryView</name>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="40"/>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="115"/>
        <source>Selected revision</source>
        <translation>Gekozen revisie</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="40"/>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="115"/>
        <source>Current</source>
        <translation>Huidig</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="45"/>
        <source>Restore this revision</source>
        <translation>Deze revisie herstellen</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="116"/>
        <source>Select an event to compare the question after it with now.</source>
        <translation>Kies een event om de vraag zoals die daarna was met nu te vergelijken.</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="126"/>
        <source>After event %1</source>
        <translation>Na event %1</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="128"/>
        <source>Now (event %1)</source>
        <translation>Nu (event %1)</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="130"/>
        <source>Differences are highlighted.</source>
        <translation>Verschillen zijn gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="164"/>
        <source>Select an event first</source>
        <translation>Kies eerst een event</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="166"/>
        <source>This revision has the current content already</source>
        <translation>Deze revisie heeft de huidige inhoud al</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="168"/>
        <source>Write new events that bring this content back; nothing is deleted</source>
        <translation>Nieuwe events schrijven die deze inhoud terugbrengen; er wordt niets verwijderd</translation>
    </message>
</context>
<context>
    <name>Rewind::QuestionPreview</name>
    <message>
        <location filename="../views/publishing/QuestionPreview.cpp" line="43"/>
        <source>(no answers yet)</source>
        <translation>(nog geen antwoorden)</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionPreview.cpp" line="46"/>
        <source>Check</source>
        <translation>Controleren</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionPreview.cpp" line="93"/>
        <source>(no question text yet)</source>
        <translation>(nog geen vraagtekst)</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionPreview.cpp" line="161"/>
        <source>Choose one or more answers first.</source>
        <translation>Kies eerst een of meer antwoorden.</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionPreview.cpp" line="162"/>
        <source>Choose an answer first.</source>
        <translation>Kies eerst een antwoord.</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionPreview.cpp" line="166"/>
        <source>Right!</source>
        <translation>Goed!</translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionPreview.cpp" line="170"/>
        <source>Wrong.</source>
        <translation>Fout.</translation>
    </message>
</context>
<context>
    <name>Rewind::QuestionStatsTableModel</name>
    <message numerus="yes">
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="58"/>
        <source>%1: given %n time(s)</source>
        <translation>
            <numerusform>%1: %n keer gegeven</numerusform>
            <numerusform>%1: %n keer gegeven</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="155"/>
        <source>The wrong answers given most often (at most three); sorts by how often the first was given</source>
        <translation>De vaakst gegeven foute antwoorden (hooguit drie); sorteert op hoe vaak het eerste werd gegeven</translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="158"/>
        <source>Students who viewed the explanation right after a wrong answer</source>
        <translation>Leerlingen die direct na een fout antwoord de uitleg bekeken</translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="160"/>
        <source>Of those, the students whose next answer to the question was correct</source>
        <translation>Van hen de leerlingen van wie het volgende antwoord op de vraag goed was</translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="162"/>
        <source>Recovered after the explanation / viewed after a wrong answer</source>
        <translation>Hersteld na de uitleg / uitleg bekeken na een fout antwoord</translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="170"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="172"/>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="174"/>
        <source>Correct</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="176"/>
        <source>Incorrect</source>
        <translation>Fout</translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="178"/>
        <source>Correct ratio</source>
        <translation>Aandeel goed</translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="180"/>
        <source>Common wrong answers</source>
        <translation>Veelgegeven foute antwoorden</translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="182"/>
        <source>Viewed explanation</source>
        <translation>Uitleg bekeken</translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="184"/>
        <source>Then correct</source>
        <translation>Daarna goed</translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="186"/>
        <source>Recovery share</source>
        <translation>Aandeel hersteld</translation>
    </message>
</context>
<context>
    <name>Rewind::QuestionStatsView</name>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="59"/>
        <source>Questions by correct ratio</source>
        <translation>Vragen naar aandeel goed</translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="60"/>
        <location filename="../views/projections/QuestionStatsView.cpp" line="104"/>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="61"/>
        <location filename="../views/projections/QuestionStatsView.cpp" line="276"/>
        <source>Most common wrong answers</source>
        <translation>Veelgegeven foute antwoorden</translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="62"/>
        <location filename="../views/projections/QuestionStatsView.cpp" line="120"/>
        <source>Times given</source>
        <translation>Keren gegeven</translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="64"/>
        <source>Explanation after a wrong answer</source>
        <translation>Uitleg na een fout antwoord</translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="65"/>
        <source>Selected question</source>
        <translation>Gekozen vraag</translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="66"/>
        <source>All questions</source>
        <translation>Alle vragen</translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="101"/>
        <source>Correct ratio from (%)</source>
        <translation>Aandeel goed vanaf (%)</translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="138"/>
        <source>All attempts</source>
        <translation>Alle pogingen</translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="138"/>
        <source>Next answer</source>
        <translation>Volgend antwoord</translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="144"/>
        <source>Correct (%)</source>
        <translation>Goed (%)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/projections/QuestionStatsView.cpp" line="202"/>
        <source>%n question(s), %1 answers</source>
        <translation>
            <numerusform>%n vraag, %1 antwoorden</numerusform>
            <numerusform>%n vragen, %1 antwoorden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="273"/>
        <source>Question %1: no wrong answers</source>
        <translation>Vraag %1: geen foute antwoorden</translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="274"/>
        <source>Question %1: most common wrong answers</source>
        <translation>Vraag %1: veelgegeven foute antwoorden</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/projections/QuestionStatsView.cpp" line="307"/>
        <source>Question %1: %2 of %n student(s) who read the explanation right after a wrong answer answered it correctly next (%3).</source>
        <translation>
            <numerusform>Vraag %1: %2 van %n leerling die direct na een fout antwoord de uitleg las, beantwoordde haar daarna goed (%3).</numerusform>
            <numerusform>Vraag %1: %2 van %n leerlingen die direct na een fout antwoord de uitleg lazen, beantwoordden haar daarna goed (%3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="313"/>
        <source>Question %1: nobody read the explanation right after a wrong answer.</source>
        <translation>Vraag %1: niemand las de uitleg direct na een fout antwoord.</translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="319"/>
        <source>All questions: %1 of %2 (%3).</source>
        <translation>Alle vragen: %1 van %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Rewind::ReplayView</name>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="57"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="81"/>
        <source>Stream:</source>
        <translation>Stream:</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="82"/>
        <source>Stream name, e.g. quiz-1f3a… or question-42</source>
        <translation>Streamnaam, bijv. quiz-1f3a… of question-42</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="101"/>
        <source>Previous event</source>
        <translation>Vorig event</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="104"/>
        <location filename="../views/replay/ReplayView.cpp" line="370"/>
        <source>Play through the events</source>
        <translation>De events afspelen</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="106"/>
        <source>Next event</source>
        <translation>Volgend event</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="109"/>
        <source>Position in the stream</source>
        <translation>Positie in de stream</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="111"/>
        <source>position </source>
        <translation>positie </translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="117"/>
        <source>The last event at or before this time (UTC)</source>
        <translation>Het laatste event op of vóór dit tijdstip (UTC)</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="130"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="145"/>
        <source>Aggregate state</source>
        <translation>Toestand van het aggregate</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="164"/>
        <source>Events of the stream</source>
        <translation>Events van de stream</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="220"/>
        <location filename="../views/replay/ReplayView.cpp" line="243"/>
        <source>Open a stream to see its aggregate state at any event.</source>
        <translation>Open een stream om de aggregatetoestand bij elk event te zien.</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="244"/>
        <source>No store is open.</source>
        <translation>Er is geen store geopend.</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="287"/>
        <source>Opening %1…</source>
        <translation>%1 openen…</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="295"/>
        <source>quiz fold</source>
        <translation>quiz-fold</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="296"/>
        <source>question fold</source>
        <translation>vraag-fold</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="297"/>
        <source>generic fold</source>
        <translation>generieke fold</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="298"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 events · %3 → %4 · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 events · %3 → %4 · %5</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="308"/>
        <source> of %1</source>
        <translation> van %1</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="370"/>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="394"/>
        <source>The stream starts after %1; showing its first event.</source>
        <translation>De stream begint na %1; het eerste event wordt getoond.</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="413"/>
        <source>After event &lt;b&gt;%1&lt;/b&gt; of %2: &lt;b&gt;%3&lt;/b&gt; at %4</source>
        <translation>Na event &lt;b&gt;%1&lt;/b&gt; van %2: &lt;b&gt;%3&lt;/b&gt; op %4</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="418"/>
        <source>1 value changed</source>
        <translation>1 waarde gewijzigd</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="418"/>
        <source>%1 values changed</source>
        <translation>%1 waarden gewijzigd</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="420"/>
        <source>, removed: %1</source>
        <translation>, verwijderd: %1</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="423"/>
        <source>from the snapshot at %1</source>
        <translation>vanaf de snapshot op positie %1</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="424"/>
        <source>from the start</source>
        <translation>vanaf het begin</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="425"/>
        <source>folded %1 %2 in %3 ms</source>
        <translation>%1 %2 toegepast in %3 ms</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="426"/>
        <source>1 event</source>
        <translation>1 event</translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="426"/>
        <source>%1 events</source>
        <translation>%1 events</translation>
    </message>
</context>
<context>
    <name>Rewind::StreamReplayCursor</name>
    <message>
        <location filename="../models/replay/StreamReplayCursor.cpp" line="117"/>
        <source>No store is open.</source>
        <translation>Er is geen store geopend.</translation>
    </message>
    <message>
        <location filename="../models/replay/StreamReplayCursor.cpp" line="121"/>
        <source>Type the name of a stream, for example quiz-123 or question-42.</source>
        <translation>Typ de naam van een stream, bijvoorbeeld quiz-123 of question-42.</translation>
    </message>
    <message>
        <location filename="../models/replay/StreamReplayCursor.cpp" line="132"/>
        <source>The stream “%1” has no events.</source>
        <translation>De stream “%1” bevat geen events.</translation>
    </message>
    <message>
        <location filename="../models/replay/StreamReplayCursor.cpp" line="141"/>
        <source>Could not open the stream: %1</source>
        <translation>Kan de stream niet openen: %1</translation>
    </message>
    <message>
        <location filename="../models/replay/StreamReplayCursor.cpp" line="184"/>
        <source>Could not replay the stream: %1</source>
        <translation>Kan de stream niet afspelen: %1</translation>
    </message>
    <message>
        <location filename="../models/replay/StreamReplayCursor.cpp" line="214"/>
        <source>Could not find that time in the stream: %1</source>
        <translation>Kan dat tijdstip niet vinden in de stream: %1</translation>
    </message>
</context>
<context>
    <name>Rewind::StreamTreeModel</name>
    <message>
        <location filename="../models/browser/StreamTreeModel.cpp" line="165"/>
        <source>Scope</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../models/browser/StreamTreeModel.cpp" line="165"/>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../models/browser/StreamTreeModel.cpp" line="195"/>
        <source>All events</source>
        <translation>Alle events</translation>
    </message>
    <message>
        <location filename="../models/browser/StreamTreeModel.cpp" line="197"/>
        <source>counting…</source>
        <translation>tellen…</translation>
    </message>
    <message>
        <location filename="../models/browser/StreamTreeModel.cpp" line="201"/>
        <source>%1: %2 streams, %3 events</source>
        <translation>%1: %2 streams, %3 events</translation>
    </message>
</context>
<context>
    <name>Rewind::StudentProgressTableModel</name>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="125"/>
        <source>Student</source>
        <translation>Leerling</translation>
    </message>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="127"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="129"/>
        <source>Quizzes started</source>
        <translation>Quizzen gestart</translation>
    </message>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="131"/>
        <source>Passed</source>
        <translation>Gehaald</translation>
    </message>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="133"/>
        <source>Failed</source>
        <translation>Niet gehaald</translation>
    </message>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="135"/>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="137"/>
        <source>Correct</source>
        <translation>Goed</translation>
    </message>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="139"/>
        <source>Correct ratio</source>
        <translation>Aandeel goed</translation>
    </message>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="141"/>
        <source>Last activity (UTC)</source>
        <translation>Laatste activiteit (UTC)</translation>
    </message>
</context>
<context>
    <name>Rewind::StudentProgressView</name>
    <message>
        <location filename="../views/projections/StudentProgressView.cpp" line="35"/>
        <source>Filter by student id, name, …</source>
        <translation>Filteren op leerling-id, naam, …</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/projections/StudentProgressView.cpp" line="68"/>
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n leerling</numerusform>
            <numerusform>%n leerlingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/projections/StudentProgressView.cpp" line="69"/>
        <source>%1 of %n student(s)</source>
        <translation>
            <numerusform>%1 van %n leerling</numerusform>
            <numerusform>%1 van %n leerlingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rewind::TimelineModel</name>
    <message>
        <location filename="../models/timeline/TimelineModel.cpp" line="148"/>
        <source>1 event</source>
        <translation>1 event</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineModel.cpp" line="148"/>
        <source>%1 events</source>
        <translation>%1 events</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineModel.cpp" line="206"/>
        <source>Time (UTC)</source>
        <translation>Tijd (UTC)</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineModel.cpp" line="208"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineModel.cpp" line="210"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
</context>
<context>
    <name>Rewind::TimelineView</name>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="66"/>
        <source>Find a student by name, e-mail or id</source>
        <translation>Zoek een leerling op naam, e-mailadres of id</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="74"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="77"/>
        <location filename="../views/timeline/TimelineView.cpp" line="341"/>
        <source>Kinds</source>
        <translation>Soorten</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="90"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="92"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="106"/>
        <source>Export CSV…</source>
        <translation>CSV exporteren…</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="107"/>
        <source>Export PDF…</source>
        <translation>PDF exporteren…</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="112"/>
        <source>Cancel export</source>
        <translation>Export annuleren</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="132"/>
        <source>Open in the browser</source>
        <translation>Openen in de browser</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="133"/>
        <source>Replay the quiz at this moment</source>
        <translation>Quiz afspelen tot dit moment</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="154"/>
        <source>&lt;b&gt;Progress at the selected moment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Voortgang op het gekozen moment&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="260"/>
        <source>No store is open.</source>
        <translation>Er is geen store geopend.</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="265"/>
        <source>Reading the timeline of student %1…</source>
        <translation>Tijdlijn van leerling %1 wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="277"/>
        <source>There is no student %1 in this store.</source>
        <translation>Er is geen leerling %1 in deze store.</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="281"/>
        <source>&lt;b&gt;Student %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Leerling %1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="282"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt; (student %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt; (leerling %3)</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="291"/>
        <source>%1 events.</source>
        <translation>%1 events.</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="341"/>
        <source>Kinds (%1)</source>
        <translation>Soorten (%1)</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="372"/>
        <source>No student open.</source>
        <translation>Geen leerling geopend.</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="382"/>
        <source>As of %1 UTC:
Quizzes started: %2
Quizzes passed: %3
Quizzes failed: %4
Current streak: %5
Answers: %6, of which correct: %7 (%8%)</source>
        <translation>Op %1 UTC:
Quizzen gestart: %2
Quizzen gehaald: %3
Quizzen niet gehaald: %4
Huidige reeks: %5
Antwoorden: %6, waarvan goed: %7 (%8%)</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="440"/>
        <source>Writing %1…</source>
        <translation>%1 schrijven…</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="451"/>
        <source>Wrote %1 events to %2.</source>
        <translation>%1 events naar %2 geschreven.</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="457"/>
        <source>The export to %1 was cancelled; nothing was written.</source>
        <translation>De export naar %1 is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="480"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>De export is geannuleerd; er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="498"/>
        <source>Export the timeline as PDF</source>
        <translation>Tijdlijn als PDF exporteren</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="498"/>
        <source>Export the timeline as CSV</source>
        <translation>Tijdlijn als CSV exporteren</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="499"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="499"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>StoreErrorText</name>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="47"/>
        <source>This is not a store address Rewind understands.</source>
        <translation>Dit is geen store-adres dat Rewind begrijpt.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="48"/>
        <source>Give a SQLite file path, a postgresql:// URI, or a libpq connection string such as &quot;host=db dbname=events&quot; or &quot;service=events&quot;.</source>
        <translation>Geef een SQLite-bestandspad, een postgresql://-URI of een libpq-verbindingsstring zoals &quot;host=db dbname=events&quot; of &quot;service=events&quot;.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="52"/>
        <source>The server name &quot;%1&quot; is not known on this network.</source>
        <translation>De servernaam &quot;%1&quot; is niet bekend op dit netwerk.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="53"/>
        <source>Check the host name for typing errors, or use the server&apos;s IP address.</source>
        <translation>Controleer de hostnaam op typefouten, of gebruik het IP-adres van de server.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="57"/>
        <source>No PostgreSQL server answered.</source>
        <translation>Er antwoordde geen PostgreSQL-server.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="58"/>
        <source>No PostgreSQL server answered (%1).</source>
        <translation>Er antwoordde geen PostgreSQL-server (%1).</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="59"/>
        <source>The server may not be running, or it listens on another host or port. Check the host and port, and that the server is started.</source>
        <translation>De server draait mogelijk niet, of luistert op een andere host of poort. Controleer host en poort, en of de server is gestart.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="63"/>
        <source>The PostgreSQL server did not answer in time.</source>
        <translation>De PostgreSQL-server antwoordde niet op tijd.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="64"/>
        <source>The server may be down, or a firewall may be in the way.</source>
        <translation>De server is mogelijk uitgevallen, of er zit een firewall in de weg.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="67"/>
        <source>The server refused the password for user &quot;%1&quot;.</source>
        <translation>De server heeft het wachtwoord voor gebruiker &quot;%1&quot; geweigerd.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="68"/>
        <source>The password is wrong, or the user does not exist (the server does not say which). Rewind never stores passwords: put yours in ~/.pgpass or the PGPASSWORD environment variable.</source>
        <translation>Het wachtwoord is onjuist, of de gebruiker bestaat niet (de server zegt niet welke van de twee). Rewind slaat nooit wachtwoorden op: zet je wachtwoord in ~/.pgpass of in de omgevingsvariabele PGPASSWORD.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="73"/>
        <source>The server asks for a password, and none was found.</source>
        <translation>De server vraagt om een wachtwoord, maar er is er geen gevonden.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="74"/>
        <source>Rewind never stores passwords: put yours in ~/.pgpass or the PGPASSWORD environment variable, then try again.</source>
        <translation>Rewind slaat nooit wachtwoorden op: zet je wachtwoord in ~/.pgpass of in de omgevingsvariabele PGPASSWORD en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="78"/>
        <source>The server only lets in the operating-system user of the same name as the database user &quot;%1&quot;.</source>
        <translation>De server laat alleen de besturingssysteemgebruiker toe met dezelfde naam als databasegebruiker &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="81"/>
        <source>Connect as that database user&apos;s own system account, or connect over TCP (host=localhost) with a password.</source>
        <translation>Verbind als het eigen systeemaccount van die databasegebruiker, of verbind via TCP (host=localhost) met een wachtwoord.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="85"/>
        <source>The server has no database called &quot;%1&quot;.</source>
        <translation>De server heeft geen database met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="86"/>
        <source>Check the database name; an administrator can create it with createdb.</source>
        <translation>Controleer de databasenaam; een beheerder kan de database aanmaken met createdb.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="89"/>
        <source>The server has no user (role) called &quot;%1&quot;.</source>
        <translation>De server heeft geen gebruiker (rol) met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="90"/>
        <source>Check the user name; an administrator can create it with createuser.</source>
        <translation>Controleer de gebruikersnaam; een beheerder kan de gebruiker aanmaken met createuser.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="93"/>
        <source>There is no connection service called &quot;%1&quot;.</source>
        <translation>Er is geen verbindingsservice met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="94"/>
        <source>Services are defined in ~/.pg_service.conf (or the file PGSERVICEFILE names).</source>
        <translation>Services worden gedefinieerd in ~/.pg_service.conf (of in het bestand dat PGSERVICEFILE aangeeft).</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="97"/>
        <source>There is no file at %1.</source>
        <translation>Er staat geen bestand op %1.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="98"/>
        <source>Check the path. To start a new store there, run: %1</source>
        <translation>Controleer het pad. Een nieuwe store maak je daar aan met: %1</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="101"/>
        <source>This is a folder, not a SQLite file.</source>
        <translation>Dit is een map, geen SQLite-bestand.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="102"/>
        <source>Choose the store&apos;s file inside it.</source>
        <translation>Kies het bestand van de store in deze map.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="105"/>
        <source>This file is not a SQLite database.</source>
        <translation>Dit bestand is geen SQLite-database.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="106"/>
        <source>Choose the store&apos;s .sqlite file; other files cannot be opened as stores.</source>
        <translation>Kies het .sqlite-bestand van de store; andere bestanden kunnen niet als store worden geopend.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="110"/>
        <source>This database is not a Rewind or Message DB store: its tables are missing.</source>
        <translation>Deze database is geen Rewind- of Message DB-store: de tabellen ontbreken.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="111"/>
        <source>To make it one, run: %1</source>
        <translation>Maak er een store van met: %1</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="115"/>
        <source>You are not allowed to open this store.</source>
        <translation>Je hebt geen toestemming om deze store te openen.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="116"/>
        <source>Ask its owner or an administrator for access (read access is enough to browse).</source>
        <translation>Vraag de eigenaar of een beheerder om toegang (leestoegang is genoeg om te bladeren).</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="118"/>
        <source>The store reported an error.</source>
        <translation>De store heeft een fout gemeld.</translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="126"/>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>TimelinePdfWriter</name>
    <message>
        <location filename="../models/timeline/TimelinePdfWriter.cpp" line="36"/>
        <source>Timeline of student %1</source>
        <translation>Tijdlijn van leerling %1</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelinePdfWriter.cpp" line="38"/>
        <source>Timeline of %1 (student %2)</source>
        <translation>Tijdlijn van %1 (leerling %2)</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelinePdfWriter.cpp" line="42"/>
        <source>Period: all events</source>
        <translation>Periode: alle events</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelinePdfWriter.cpp" line="44"/>
        <source>Period: from %1</source>
        <translation>Periode: vanaf %1</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelinePdfWriter.cpp" line="46"/>
        <source>Period: until %1</source>
        <translation>Periode: tot en met %1</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelinePdfWriter.cpp" line="48"/>
        <source>Period: %1 to %2</source>
        <translation>Periode: %1 tot en met %2</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelinePdfWriter.cpp" line="49"/>
        <source>Generated by %1 on %2</source>
        <translation>Gemaakt door %1 op %2</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelinePdfWriter.cpp" line="77"/>
        <source>No events in this period.</source>
        <translation>Geen events in deze periode.</translation>
    </message>
</context>
<context>
    <name>TimelineSentences</name>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="23"/>
        <source>Registered as %1</source>
        <translation>Geregistreerd als %1</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="24"/>
        <source>Registered as %1 (%2)</source>
        <translation>Geregistreerd als %1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="26"/>
        <location filename="../models/timeline/TimelineSentences.cpp" line="59"/>
        <source>Logged in</source>
        <translation>Ingelogd</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="28"/>
        <source>Started a quiz on %1</source>
        <translation>Quiz over %1 gestart</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="30"/>
        <source>Was given question %1</source>
        <translation>Kreeg vraag %1</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="32"/>
        <source>Answered question %1 correctly: %2</source>
        <translation>Vraag %1 goed beantwoord: %2</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="34"/>
        <source>Answered question %1 incorrectly: %2</source>
        <translation>Vraag %1 fout beantwoord: %2</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="36"/>
        <source>Viewed the explanation of question %1</source>
        <translation>Uitleg bij vraag %1 bekeken</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="40"/>
        <source>Passed the quiz on %1 after 1 answer</source>
        <translation>Quiz over %1 gehaald na 1 antwoord</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="41"/>
        <source>Passed the quiz on %1 after %2 answers</source>
        <translation>Quiz over %1 gehaald na %2 antwoorden</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="44"/>
        <source>Failed the quiz on %1 after 1 answer</source>
        <translation>Quiz over %1 niet gehaald na 1 antwoord</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="45"/>
        <source>Failed the quiz on %1 after %2 answers</source>
        <translation>Quiz over %1 niet gehaald na %2 antwoorden</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="49"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="57"/>
        <source>Registered</source>
        <translation>Geregistreerd</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="61"/>
        <source>Quiz started</source>
        <translation>Quiz gestart</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="63"/>
        <source>Question given</source>
        <translation>Vraag gekregen</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="65"/>
        <source>Answered correctly</source>
        <translation>Goed beantwoord</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="67"/>
        <source>Answered incorrectly</source>
        <translation>Fout beantwoord</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="69"/>
        <source>Explanation viewed</source>
        <translation>Uitleg bekeken</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="71"/>
        <source>Quiz passed</source>
        <translation>Quiz gehaald</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="73"/>
        <source>Quiz failed</source>
        <translation>Quiz niet gehaald</translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="77"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../models/store/UiLanguage.cpp" line="62"/>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
</context>
</TS>
