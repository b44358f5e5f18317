<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessDescription</name>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="9"/>
        <source>hot standby: reads only; changes are made on the primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="12"/>
        <source>full access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="14"/>
        <source>developer: reads, runs projections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="16"/>
        <source>editor: reads, writes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="18"/>
        <source>support: read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="22"/>
        <source>read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="22"/>
        <source>limited access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="29"/>
        <source>This store is a hot standby: questions and courses can be read here and changed only on the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/AccessDescription.cpp" line="33"/>
        <source>Role %1 may read questions and courses but not change them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionWarnings</name>
    <message>
        <location filename="../models/store/ConnectionWarnings.cpp" line="12"/>
        <source>The connection is not encrypted: events, including students&apos; personal data, cross the network in clear text. Add sslmode=require (or verify-full) to the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/ConnectionWarnings.cpp" line="16"/>
        <source>The server runs with fsync off: a crash of the server can lose or corrupt committed events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/ConnectionWarnings.cpp" line="19"/>
        <source>The server runs with synchronous_commit off: a crash of the server can lose events whose append was already reported as done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/ConnectionWarnings.cpp" line="42"/>
        <source>The password file %1 may be read by other users of this computer; libpq ignores it until only you can read it (chmod 0600 %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/ConnectionWarnings.cpp" line="50"/>
        <source>encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/ConnectionWarnings.cpp" line="51"/>
        <source>encrypted (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/ConnectionWarnings.cpp" line="53"/>
        <source>local connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/ConnectionWarnings.cpp" line="54"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventCells</name>
    <message>
        <location filename="../models/browser/EventCells.cpp" line="36"/>
        <source>Global position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/browser/EventCells.cpp" line="38"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/browser/EventCells.cpp" line="40"/>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/browser/EventCells.cpp" line="42"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/browser/EventCells.cpp" line="44"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/browser/EventCells.cpp" line="46"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/browser/EventCells.cpp" line="108"/>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionAspectText</name>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="35"/>
        <source>no answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="44"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="46"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="48"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="66"/>
        <source>✓ %1 (not among the answers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="92"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="94"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="96"/>
        <source>changed since revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="97"/>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="118"/>
        <source>published revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="107"/>
        <source>drafted it with the text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="109"/>
        <source>changed the text to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="111"/>
        <source>changed the answers to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="115"/>
        <source>changed the explanation to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="121"/>
        <source>retired it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="121"/>
        <source>retired it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="123"/>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="132"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionAspectText.cpp" line="133"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionRules</name>
    <message>
        <location filename="../models/publishing/QuestionRules.cpp" line="24"/>
        <source>A question needs text to be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionRules.cpp" line="42"/>
        <source>Answer %1 is blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionRules.cpp" line="45"/>
        <source>The answer &quot;%1&quot; appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionRules.cpp" line="51"/>
        <source>A question needs a correct answer to be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionRules.cpp" line="57"/>
        <source>The correct answer &quot;%1&quot; is not one of the answers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::AboutDialog</name>
    <message>
        <location filename="../views/AboutDialog.cpp" line="17"/>
        <source>About Rewind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="20"/>
        <source>A window onto an event store: browse the log of an event-sourced platform, replay any aggregate to any moment and watch the projections, on SQLite or on a PostgreSQL message store (Message DB layout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="28"/>
        <source>Rewind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="29"/>
        <source>Qt (running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="30"/>
        <source>Qt (built with)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="31"/>
        <source>SQLite library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="32"/>
        <source>libpq (PostgreSQL client)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="35"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="37"/>
        <source>%1, in a local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="40"/>
        <source>Connected store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="43"/>
        <source>&amp;Copy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/AboutDialog.cpp" line="61"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::AnswerListEditor</name>
    <message>
        <location filename="../views/publishing/AnswerListEditor.cpp" line="25"/>
        <source>Remove these marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/AnswerListEditor.cpp" line="30"/>
        <source>Add answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/AnswerListEditor.cpp" line="59"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/AnswerListEditor.cpp" line="60"/>
        <source>correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/AnswerListEditor.cpp" line="63"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/AnswerListEditor.cpp" line="66"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/AnswerListEditor.cpp" line="68"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/AnswerListEditor.cpp" line="282"/>
        <source>Marked correct but not among the answers: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ConflictPanel</name>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="30"/>
        <source>Aspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="30"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="30"/>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="38"/>
        <source>Their version already has the same content as yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="41"/>
        <source>Reload theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="43"/>
        <source>Show their version; Undo brings your edits back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="44"/>
        <source>Re-apply my edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="46"/>
        <source>Save the parts you changed on top of their version, as new commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="66"/>
        <source>&lt;b&gt;Someone else changed this question since you opened it (version %1).&lt;/b&gt; Your edits were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/ConflictPanel.cpp" line="72"/>
        <source>%1 changed this question at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ConnectionDialog</name>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="37"/>
        <source>Open a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="39"/>
        <source>&amp;SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="41"/>
        <source>&amp;PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="50"/>
        <source>/path/to/events.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="52"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="61"/>
        <source>A URI (postgresql://user@host:5432/dbname), a connection string (host=db dbname=message_store) or a service name (service=events). Passwords come from ~/.pgpass or PGPASSWORD; Rewind never stores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="72"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="81"/>
        <location filename="../views/ConnectionDialog.cpp" line="257"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="87"/>
        <location filename="../views/ConnectionDialog.cpp" line="248"/>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="104"/>
        <source>Recent stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="107"/>
        <source>Double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="112"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="178"/>
        <source>SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="179"/>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="182"/>
        <source>No stores opened yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="204"/>
        <source>Open a SQLite store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="204"/>
        <source>SQLite stores (*.sqlite *.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="222"/>
        <source>There is no file at this path yet. Rewind opens existing stores only; create one with: rewind --store &quot;%1&quot; init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="231"/>
        <source>Not an address Rewind understands: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="233"/>
        <source>This reads as a file path, not a PostgreSQL address. Give a URI (postgresql://…), a connection string (host=… dbname=…) or service=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="251"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="263"/>
        <source>Result for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="266"/>
        <source>Connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="268"/>
        <source>Found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="269"/>
        <source>Found %1, connected as database role &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="278"/>
        <source>The message store is there and holds no events yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="280"/>
        <source>The message store is there; its last event is at global position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/ConnectionDialog.cpp" line="291"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ContentCatalogTreeModel</name>
    <message>
        <location filename="../models/projections/ContentCatalogTreeModel.cpp" line="116"/>
        <source>Question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ContentCatalogTreeModel.cpp" line="118"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ContentCatalogTreeModel.cpp" line="180"/>
        <source>Course / section / question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ContentCatalogTreeModel.cpp" line="182"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ContentCatalogTreeModel.cpp" line="184"/>
        <source>Published questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ContentCatalogTreeModel.cpp" line="186"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ContentCatalogView</name>
    <message numerus="yes">
        <location filename="../views/projections/ContentCatalogView.cpp" line="47"/>
        <source>%n course(s)</source>
        <translation>
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/projections/ContentCatalogView.cpp" line="48"/>
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/projections/ContentCatalogView.cpp" line="49"/>
        <source>%n published question(s)</source>
        <translation>
            <numerusform>%n published question</numerusform>
            <numerusform>%n published questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rewind::ContentTreeModel</name>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="117"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="119"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="121"/>
        <source>Changed since publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="123"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="568"/>
        <source>Unfiled (unknown course)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="568"/>
        <source>Unfiled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="571"/>
        <source>(no text yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="576"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="675"/>
        <source>Course / chapter / section / question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/ContentTreeModel.cpp" line="675"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::CourseEditor</name>
    <message>
        <location filename="../models/publishing/CourseEditor.cpp" line="75"/>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::CourseItemDialog</name>
    <message>
        <location filename="../views/publishing/CourseItemDialog.cpp" line="16"/>
        <source>New course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/CourseItemDialog.cpp" line="19"/>
        <source>Add chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/CourseItemDialog.cpp" line="22"/>
        <source>Add section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/CourseItemDialog.cpp" line="25"/>
        <source>Rename section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/CourseItemDialog.cpp" line="33"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/CourseItemDialog.cpp" line="40"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::EventBrowserView</name>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="34"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="68"/>
        <source>Jump to global position or time (2026-03-02 09:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="71"/>
        <source>Live tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="73"/>
        <source>Follow new events as they are appended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="123"/>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="125"/>
        <source>no events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="136"/>
        <source>Could not read events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="157"/>
        <location filename="../views/browser/EventBrowserView.cpp" line="201"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="193"/>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="209"/>
        <source>Category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="217"/>
        <source>Stream %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="263"/>
        <source>&quot;%1&quot; is neither a global position nor a time such as 2026-03-02 09:00 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="295"/>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="295"/>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventBrowserView.cpp" line="297"/>
        <source>%1 events counted so far…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::EventDetailPane</name>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="38"/>
        <source>%1 in %2 (global position %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="51"/>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="52"/>
        <source>Replay stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="53"/>
        <source>Browse stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="91"/>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="92"/>
        <source>Metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="93"/>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="150"/>
        <source>Select an event to see its data, metadata and related events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="163"/>
        <source>&lt;b&gt;%1&lt;/b&gt; in &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;global position %3 · position %4&lt;br&gt;%5&lt;br&gt;&lt;small&gt;id %6&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="182"/>
        <source>Events with correlationStreamName %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="187"/>
        <source>No correlationId or correlationStreamName in this event&apos;s metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="193"/>
        <source>Replies in %1: looking them up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="196"/>
        <source>Caused by: nothing recorded (no causationId or causationMessage… in the metadata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="203"/>
        <source>global position %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="205"/>
        <source>position %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="206"/>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="214"/>
        <source>Caused by: %1, which is not in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="181"/>
        <source>Events with correlationId %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="208"/>
        <source>Caused by: looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="217"/>
        <source>Caused by: &lt;a href=&quot;%1&quot;&gt;%2 in %3 (global position %1)&lt;/a&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="223"/>
        <source>Replies in %1: none yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="225"/>
        <source>Replies in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="226"/>
        <source>Replies in %1 (the first %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventDetailPane.cpp" line="235"/>
        <source>Caused by: could not look it up (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::EventFilterBar</name>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="31"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="32"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="36"/>
        <source>Types, comma-separated (QuestionAnswered, QuizStarted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="38"/>
        <source>Stream name starts with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="40"/>
        <source>Data contains JSON, e.g. {&quot;correct&quot;: false}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="42"/>
        <source>Metadata contains JSON, e.g. {&quot;userId&quot;: &quot;ann&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="52"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="54"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="96"/>
        <source>%1: not valid JSON at character %2 (%3). Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="106"/>
        <source>%1: must be a JSON object such as {&quot;key&quot;: &quot;value&quot;}. Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="130"/>
        <source>The time range ends before it starts. Nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="134"/>
        <source>Data contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/browser/EventFilterBar.cpp" line="135"/>
        <source>Metadata contains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::EventTableModel</name>
    <message>
        <location filename="../models/browser/EventTableModel.cpp" line="364"/>
        <source>There are no events in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/browser/EventTableModel.cpp" line="365"/>
        <source>No event at or after global position %1 in this view; the last is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/browser/EventTableModel.cpp" line="395"/>
        <source>No event at or after global position %1 in this view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ExportDialog</name>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="29"/>
        <source>Export events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="33"/>
        <source>JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="34"/>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="48"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="49"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="56"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="57"/>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="58"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="74"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="133"/>
        <source>Selected events (none selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="134"/>
        <source>Selected events (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="136"/>
        <source>All events of the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="137"/>
        <source>All events of the current filter (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="156"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="156"/>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="160"/>
        <source>Export events to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="208"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="238"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="254"/>
        <location filename="../views/export/ExportDialog.cpp" line="263"/>
        <source>Export cancelled; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="274"/>
        <source>Exporting to %1… %2 events written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="282"/>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="291"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="293"/>
        <source>Exported %1 events to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="296"/>
        <source>%1 selected events were not found in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/export/ExportDialog.cpp" line="306"/>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::JsonTreeModel</name>
    <message>
        <location filename="../models/json/JsonTreeModel.cpp" line="271"/>
        <source>{…} 1 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json/JsonTreeModel.cpp" line="271"/>
        <source>{…} %1 keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json/JsonTreeModel.cpp" line="273"/>
        <source>[…] 1 item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json/JsonTreeModel.cpp" line="273"/>
        <source>[…] %1 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json/JsonTreeModel.cpp" line="323"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/json/JsonTreeModel.cpp" line="323"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::MainWindow</name>
    <message>
        <location filename="../views/MainWindow.cpp" line="48"/>
        <source>Rewind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="77"/>
        <source>Status and lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="78"/>
        <source>States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="84"/>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="84"/>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="84"/>
        <source>Projections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="85"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="85"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="148"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="149"/>
        <source>&amp;Open store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="151"/>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="154"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="157"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="158"/>
        <source>&amp;Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="158"/>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="158"/>
        <source>&amp;Projections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="158"/>
        <source>P&amp;ublish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="159"/>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="167"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="168"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="182"/>
        <source>The language changes the next time Rewind starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="186"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="187"/>
        <source>&amp;About Rewind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="208"/>
        <location filename="../views/MainWindow.cpp" line="356"/>
        <source>not live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="238"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="262"/>
        <source>Could not open the store.
%1

Use File ▸ Open store… to choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="268"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="271"/>
        <source>Rewind — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="281"/>
        <source>reconnecting in %1 s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="285"/>
        <source>Lost the connection to the store; trying again in %1 s. (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="290"/>
        <source>The connection to the store is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="310"/>
        <source>SQLite file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="311"/>
        <source>role %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/MainWindow.cpp" line="338"/>
        <source>⚠ %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="346"/>
        <source>head %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="358"/>
        <source>● live (polling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="251"/>
        <source>Creating the demo store on this first start…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ParkedEventResolver</name>
    <message>
        <location filename="../models/projections/ParkedEventResolver.cpp" line="46"/>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ParkedEventsModel</name>
    <message>
        <location filename="../models/projections/ParkedEventsModel.cpp" line="85"/>
        <source>Global position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ParkedEventsModel.cpp" line="87"/>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ParkedEventsModel.cpp" line="89"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ParkedEventsModel.cpp" line="91"/>
        <source>Why it was parked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ProjectionRebuilder</name>
    <message>
        <location filename="../models/projections/ProjectionRebuilder.cpp" line="37"/>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionRebuilder.cpp" line="43"/>
        <source>%1 is not a projection Rewind runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ProjectionStateLoader</name>
    <message>
        <location filename="../models/projections/ProjectionStateLoader.cpp" line="59"/>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ProjectionStateView</name>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="20"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="25"/>
        <source>Load the states again, caught up to the newest event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="29"/>
        <source>Question statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="30"/>
        <source>Student progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="31"/>
        <source>Content catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="165"/>
        <source>%1: folding, at %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="168"/>
        <source>%1: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="171"/>
        <source>%1: up to position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="174"/>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionStateView.cpp" line="178"/>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ProjectionsTableModel</name>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="92"/>
        <source>this store (saved by Rewind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="94"/>
        <source>rewind serve at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="96"/>
        <source>Eventide consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="104"/>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="107"/>
        <source>never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="109"/>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="115"/>
        <source>caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="111"/>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="115"/>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="113"/>
        <source>needs rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="146"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="237"/>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="239"/>
        <source>Runs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="241"/>
        <source>Code version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="243"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="245"/>
        <source>Checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="247"/>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="249"/>
        <source>Lag (events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="251"/>
        <source>Lag (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="253"/>
        <source>Events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/ProjectionsTableModel.cpp" line="255"/>
        <source>Parked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ProjectionsView</name>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="81"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="81"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="84"/>
        <source>Rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="84"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="87"/>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="88"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="91"/>
        <source>rewind serve address, e.g. http://10.0.0.5:9464</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="120"/>
        <source>Last 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="121"/>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="122"/>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="125"/>
        <source>Lag behind the head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="125"/>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="128"/>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="128"/>
        <source>events/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="137"/>
        <source>Build this projection again from the first event and save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="153"/>
        <source>Fold the selected event into the saved state again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="155"/>
        <source>Stop listing the selected event; the state stays as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="158"/>
        <source>rewind serve:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="169"/>
        <source>Charts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="231"/>
        <source>Rebuilding %1: %2 of %3 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="235"/>
        <source>Rebuilt %1 up to global position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="238"/>
        <source>Rebuild of %1 cancelled; what it had applied is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="242"/>
        <source>Rebuild of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="254"/>
        <source>Event %1 folded into %2 and no longer parked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="256"/>
        <source>Event %1 skipped: %2 no longer lists it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="262"/>
        <source>Event %1 still cannot be folded into %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="271"/>
        <source>No parked events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="271"/>
        <source>Parked events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="309"/>
        <source>“%1” is not the address of a rewind serve instance: give host:port or an http:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="334"/>
        <source>Role %1 may read projections but not rebuild them or resolve parked events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="344"/>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="346"/>
        <source>Sampled every second; the history shown is what windows with write access keep in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="349"/>
        <source>Sampled every second; the last 24 hours are kept in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="352"/>
        <source>Sampled every second; history is not kept: run rewind init on this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="444"/>
        <source>Select a projection to see its snapshot and parked events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="464"/>
        <source>No snapshot saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="466"/>
        <source>Snapshot saved %1, code version %2 (this build: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="470"/>
        <source>Position last recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/ProjectionsView.cpp" line="515"/>
        <source>Rebuilding %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::PublishingView</name>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="63"/>
        <source>Search question text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="87"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="96"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="143"/>
        <source>Refused by the rule “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="147"/>
        <source>Someone changed this course meanwhile (%1). The tree is read again: please try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="152"/>
        <source>The course command failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="176"/>
        <source>New course…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="176"/>
        <source>Create a course (CreateCourse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="177"/>
        <source>Add chapter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="177"/>
        <source>Add a chapter to the selected course (AddChapter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="179"/>
        <source>Add section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="179"/>
        <source>Add a section to the selected chapter (AddSection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="181"/>
        <source>Rename section…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="181"/>
        <source>Rename the selected section (RenameSection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="183"/>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="183"/>
        <source>Draft a question in the selected section (DraftQuestion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="185"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="185"/>
        <source>Read every course and question again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="234"/>
        <source>Could not read the courses and questions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="244"/>
        <source>%1 events read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="257"/>
        <source>Reading the courses was cancelled: the tree may be out of date. Refresh reads them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="280"/>
        <source>Read %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/publishing/PublishingView.cpp" line="281"/>
        <source>%n course(s)</source>
        <translation type="unfinished">
            <numerusform>%n course</numerusform>
            <numerusform>%n courses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/publishing/PublishingView.cpp" line="282"/>
        <source>%n question(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="354"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="355"/>
        <source>The open question has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="357"/>
        <source>Save them before going on, discard them, or stay on the question?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="376"/>
        <source>The question cannot be saved right now; it stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="390"/>
        <source>The question was not saved; it stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/PublishingView.cpp" line="512"/>
        <source>Course “%1” saved (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::QuestionDocument</name>
    <message>
        <location filename="../models/publishing/QuestionDocument.cpp" line="115"/>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionDocument.cpp" line="120"/>
        <source>The question is still busy with the previous store call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionDocument.cpp" line="124"/>
        <location filename="../models/publishing/QuestionDocument.cpp" line="176"/>
        <source>No question is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionDocument.cpp" line="144"/>
        <source>Nothing changed since the question was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionDocument.cpp" line="152"/>
        <source>A question id is needed to open a question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionDocument.cpp" line="163"/>
        <source>There is no question %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionDocument.cpp" line="267"/>
        <source>Question %1 has no event at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::QuestionEditorView</name>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="59"/>
        <source>%1 (rule “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="80"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="82"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="84"/>
        <source>Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="86"/>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="275"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="91"/>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="523"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="94"/>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="525"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="125"/>
        <source>The question as students read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="132"/>
        <source>Shown to students after a wrong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="144"/>
        <source>&lt;b&gt;Question&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="147"/>
        <source>&lt;b&gt;Answers&lt;/b&gt; (mark the correct ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="150"/>
        <source>&lt;b&gt;Explanation&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="171"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="172"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="173"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="187"/>
        <source>Edit the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="189"/>
        <source>Edit the explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="192"/>
        <source>Edit an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="194"/>
        <source>Change the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="307"/>
        <source>Retire question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="308"/>
        <source>Why is this question retired? Students will no longer get it, and it accepts no more changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="437"/>
        <source>The store refused it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="453"/>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="529"/>
        <source>No question open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="458"/>
        <source>Question %1 · %2 · version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="462"/>
        <source> · unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="467"/>
        <source>This question is retired: it accepts no more changes. Its history stays readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="469"/>
        <source>This question is retired (“%1”): it accepts no more changes. Its history stays readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="503"/>
        <source>Save or discard your changes before retiring the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="504"/>
        <source>Retire the question: students no longer get it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="513"/>
        <source>Cannot publish yet:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="515"/>
        <source>Nothing changed since revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="517"/>
        <source>Save the changes and publish them as the next revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="522"/>
        <source>Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="524"/>
        <source>Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="533"/>
        <source>A retired question accepts no more changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="535"/>
        <source>Waiting for the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="537"/>
        <source>Save or discard your changes before restoring a revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="562"/>
        <source>Reload their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="566"/>
        <source>Reloaded their version (version %1). Undo brings your edits back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="571"/>
        <source>Drafted question %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="572"/>
        <source>Opened question %1 at version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/publishing/QuestionEditorView.cpp" line="592"/>
        <source>Published revision %1 (%n event(s) written).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="595"/>
        <source>Retired the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/publishing/QuestionEditorView.cpp" line="598"/>
        <source>Restored the revision (%n event(s) written).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/publishing/QuestionEditorView.cpp" line="602"/>
        <source>Re-applied your edits on top of theirs (%n event(s) written).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/publishing/QuestionEditorView.cpp" line="605"/>
        <source>Saved (%n event(s) written).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="617"/>
        <source>Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="627"/>
        <source>Not saved: someone else changed this question since you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionEditorView.cpp" line="634"/>
        <source>The store could not do it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::QuestionHistoryModel</name>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="104"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="106"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="112"/>
        <source>Drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="114"/>
        <source>Text changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="116"/>
        <source>Answers changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="118"/>
        <source>Explanation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="120"/>
        <source>Published revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="123"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="123"/>
        <source>Retired: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="139"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="141"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="143"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/publishing/QuestionHistoryModel.cpp" line="145"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::QuestionHistoryView</name>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="39"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="40"/>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="115"/>
        <source>Selected revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="40"/>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="115"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="45"/>
        <source>Restore this revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="116"/>
        <source>Select an event to compare the question after it with now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="126"/>
        <source>After event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="128"/>
        <source>Now (event %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="130"/>
        <source>Differences are highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="164"/>
        <source>Select an event first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="166"/>
        <source>This revision has the current content already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionHistoryView.cpp" line="168"/>
        <source>Write new events that bring this content back; nothing is deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::QuestionPreview</name>
    <message>
        <location filename="../views/publishing/QuestionPreview.cpp" line="43"/>
        <source>(no answers yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionPreview.cpp" line="46"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionPreview.cpp" line="93"/>
        <source>(no question text yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionPreview.cpp" line="161"/>
        <source>Choose one or more answers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionPreview.cpp" line="162"/>
        <source>Choose an answer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionPreview.cpp" line="166"/>
        <source>Right!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/publishing/QuestionPreview.cpp" line="170"/>
        <source>Wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::QuestionStatsTableModel</name>
    <message numerus="yes">
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="58"/>
        <source>%1: given %n time(s)</source>
        <translation>
            <numerusform>%1: given %n time</numerusform>
            <numerusform>%1: given %n times</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="155"/>
        <source>The wrong answers given most often (at most three); sorts by how often the first was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="158"/>
        <source>Students who viewed the explanation right after a wrong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="160"/>
        <source>Of those, the students whose next answer to the question was correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="162"/>
        <source>Recovered after the explanation / viewed after a wrong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="170"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="172"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="174"/>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="176"/>
        <source>Incorrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="178"/>
        <source>Correct ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="180"/>
        <source>Common wrong answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="182"/>
        <source>Viewed explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="184"/>
        <source>Then correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/QuestionStatsTableModel.cpp" line="186"/>
        <source>Recovery share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::QuestionStatsView</name>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="59"/>
        <source>Questions by correct ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="60"/>
        <location filename="../views/projections/QuestionStatsView.cpp" line="104"/>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="61"/>
        <location filename="../views/projections/QuestionStatsView.cpp" line="276"/>
        <source>Most common wrong answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="62"/>
        <location filename="../views/projections/QuestionStatsView.cpp" line="120"/>
        <source>Times given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="64"/>
        <source>Explanation after a wrong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="65"/>
        <source>Selected question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="66"/>
        <source>All questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="101"/>
        <source>Correct ratio from (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="138"/>
        <source>All attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="138"/>
        <source>Next answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="144"/>
        <source>Correct (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/projections/QuestionStatsView.cpp" line="202"/>
        <source>%n question(s), %1 answers</source>
        <translation>
            <numerusform>%n question, %1 answers</numerusform>
            <numerusform>%n questions, %1 answers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="273"/>
        <source>Question %1: no wrong answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="274"/>
        <source>Question %1: most common wrong answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/projections/QuestionStatsView.cpp" line="307"/>
        <source>Question %1: %2 of %n student(s) who read the explanation right after a wrong answer answered it correctly next (%3).</source>
        <translation>
            <numerusform>Question %1: %2 of %n student who read the explanation right after a wrong answer answered it correctly next (%3).</numerusform>
            <numerusform>Question %1: %2 of %n students who read the explanation right after a wrong answer answered it correctly next (%3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="313"/>
        <source>Question %1: nobody read the explanation right after a wrong answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/projections/QuestionStatsView.cpp" line="319"/>
        <source>All questions: %1 of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::ReplayView</name>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="57"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="81"/>
        <source>Stream:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="82"/>
        <source>Stream name, e.g. quiz-1f3a… or question-42</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="101"/>
        <source>Previous event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="104"/>
        <location filename="../views/replay/ReplayView.cpp" line="370"/>
        <source>Play through the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="106"/>
        <source>Next event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="109"/>
        <source>Position in the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="111"/>
        <source>position </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="117"/>
        <source>The last event at or before this time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="130"/>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="145"/>
        <source>Aggregate state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="164"/>
        <source>Events of the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="220"/>
        <location filename="../views/replay/ReplayView.cpp" line="243"/>
        <source>Open a stream to see its aggregate state at any event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="244"/>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="287"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="295"/>
        <source>quiz fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="296"/>
        <source>question fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="297"/>
        <source>generic fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="298"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 events · %3 → %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="308"/>
        <source> of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="370"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="394"/>
        <source>The stream starts after %1; showing its first event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="413"/>
        <source>After event &lt;b&gt;%1&lt;/b&gt; of %2: &lt;b&gt;%3&lt;/b&gt; at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="418"/>
        <source>1 value changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="418"/>
        <source>%1 values changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="420"/>
        <source>, removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="423"/>
        <source>from the snapshot at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="424"/>
        <source>from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="425"/>
        <source>folded %1 %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="426"/>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/replay/ReplayView.cpp" line="426"/>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::StreamReplayCursor</name>
    <message>
        <location filename="../models/replay/StreamReplayCursor.cpp" line="117"/>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/replay/StreamReplayCursor.cpp" line="121"/>
        <source>Type the name of a stream, for example quiz-123 or question-42.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/replay/StreamReplayCursor.cpp" line="132"/>
        <source>The stream “%1” has no events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/replay/StreamReplayCursor.cpp" line="141"/>
        <source>Could not open the stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/replay/StreamReplayCursor.cpp" line="184"/>
        <source>Could not replay the stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/replay/StreamReplayCursor.cpp" line="214"/>
        <source>Could not find that time in the stream: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::StreamTreeModel</name>
    <message>
        <location filename="../models/browser/StreamTreeModel.cpp" line="165"/>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/browser/StreamTreeModel.cpp" line="165"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/browser/StreamTreeModel.cpp" line="195"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/browser/StreamTreeModel.cpp" line="197"/>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/browser/StreamTreeModel.cpp" line="201"/>
        <source>%1: %2 streams, %3 events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::StudentProgressTableModel</name>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="125"/>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="127"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="129"/>
        <source>Quizzes started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="131"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="133"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="135"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="137"/>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="139"/>
        <source>Correct ratio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/projections/StudentProgressTableModel.cpp" line="141"/>
        <source>Last activity (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::StudentProgressView</name>
    <message>
        <location filename="../views/projections/StudentProgressView.cpp" line="35"/>
        <source>Filter by student id, name, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/projections/StudentProgressView.cpp" line="68"/>
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n student</numerusform>
            <numerusform>%n students</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/projections/StudentProgressView.cpp" line="69"/>
        <source>%1 of %n student(s)</source>
        <translation>
            <numerusform>%1 of %n student</numerusform>
            <numerusform>%1 of %n students</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rewind::TimelineModel</name>
    <message>
        <location filename="../models/timeline/TimelineModel.cpp" line="148"/>
        <source>1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineModel.cpp" line="148"/>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineModel.cpp" line="206"/>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineModel.cpp" line="208"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineModel.cpp" line="210"/>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rewind::TimelineView</name>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="66"/>
        <source>Find a student by name, e-mail or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="74"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="77"/>
        <location filename="../views/timeline/TimelineView.cpp" line="341"/>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="90"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="92"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="106"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="107"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="112"/>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="132"/>
        <source>Open in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="133"/>
        <source>Replay the quiz at this moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="154"/>
        <source>&lt;b&gt;Progress at the selected moment&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="260"/>
        <source>No store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="265"/>
        <source>Reading the timeline of student %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="277"/>
        <source>There is no student %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="281"/>
        <source>&lt;b&gt;Student %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="282"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &amp;lt;%2&amp;gt; (student %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="291"/>
        <source>%1 events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="341"/>
        <source>Kinds (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="372"/>
        <source>No student open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="382"/>
        <source>As of %1 UTC:
Quizzes started: %2
Quizzes passed: %3
Quizzes failed: %4
Current streak: %5
Answers: %6, of which correct: %7 (%8%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="440"/>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="451"/>
        <source>Wrote %1 events to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="457"/>
        <source>The export to %1 was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="480"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="498"/>
        <source>Export the timeline as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="498"/>
        <source>Export the timeline as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="499"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/timeline/TimelineView.cpp" line="499"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreErrorText</name>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="47"/>
        <source>This is not a store address Rewind understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="48"/>
        <source>Give a SQLite file path, a postgresql:// URI, or a libpq connection string such as &quot;host=db dbname=events&quot; or &quot;service=events&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="52"/>
        <source>The server name &quot;%1&quot; is not known on this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="53"/>
        <source>Check the host name for typing errors, or use the server&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="57"/>
        <source>No PostgreSQL server answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="58"/>
        <source>No PostgreSQL server answered (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="59"/>
        <source>The server may not be running, or it listens on another host or port. Check the host and port, and that the server is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="63"/>
        <source>The PostgreSQL server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="64"/>
        <source>The server may be down, or a firewall may be in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="67"/>
        <source>The server refused the password for user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="68"/>
        <source>The password is wrong, or the user does not exist (the server does not say which). Rewind never stores passwords: put yours in ~/.pgpass or the PGPASSWORD environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="73"/>
        <source>The server asks for a password, and none was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="74"/>
        <source>Rewind never stores passwords: put yours in ~/.pgpass or the PGPASSWORD environment variable, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="78"/>
        <source>The server only lets in the operating-system user of the same name as the database user &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="81"/>
        <source>Connect as that database user&apos;s own system account, or connect over TCP (host=localhost) with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="85"/>
        <source>The server has no database called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="86"/>
        <source>Check the database name; an administrator can create it with createdb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="89"/>
        <source>The server has no user (role) called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="90"/>
        <source>Check the user name; an administrator can create it with createuser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="93"/>
        <source>There is no connection service called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="94"/>
        <source>Services are defined in ~/.pg_service.conf (or the file PGSERVICEFILE names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="97"/>
        <source>There is no file at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="98"/>
        <source>Check the path. To start a new store there, run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="101"/>
        <source>This is a folder, not a SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="102"/>
        <source>Choose the store&apos;s file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="105"/>
        <source>This file is not a SQLite database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="106"/>
        <source>Choose the store&apos;s .sqlite file; other files cannot be opened as stores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="110"/>
        <source>This database is not a Rewind or Message DB store: its tables are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="111"/>
        <source>To make it one, run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="115"/>
        <source>You are not allowed to open this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="116"/>
        <source>Ask its owner or an administrator for access (read access is enough to browse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="118"/>
        <source>The store reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store/StoreErrorText.cpp" line="126"/>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePdfWriter</name>
    <message>
        <location filename="../models/timeline/TimelinePdfWriter.cpp" line="36"/>
        <source>Timeline of student %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelinePdfWriter.cpp" line="38"/>
        <source>Timeline of %1 (student %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelinePdfWriter.cpp" line="42"/>
        <source>Period: all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelinePdfWriter.cpp" line="44"/>
        <source>Period: from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelinePdfWriter.cpp" line="46"/>
        <source>Period: until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelinePdfWriter.cpp" line="48"/>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelinePdfWriter.cpp" line="49"/>
        <source>Generated by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelinePdfWriter.cpp" line="77"/>
        <source>No events in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineSentences</name>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="23"/>
        <source>Registered as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="24"/>
        <source>Registered as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="26"/>
        <location filename="../models/timeline/TimelineSentences.cpp" line="59"/>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="28"/>
        <source>Started a quiz on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="30"/>
        <source>Was given question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="32"/>
        <source>Answered question %1 correctly: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="34"/>
        <source>Answered question %1 incorrectly: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="36"/>
        <source>Viewed the explanation of question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="40"/>
        <source>Passed the quiz on %1 after 1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="41"/>
        <source>Passed the quiz on %1 after %2 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="44"/>
        <source>Failed the quiz on %1 after 1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="45"/>
        <source>Failed the quiz on %1 after %2 answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="49"/>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="57"/>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="61"/>
        <source>Quiz started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="63"/>
        <source>Question given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="65"/>
        <source>Answered correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="67"/>
        <source>Answered incorrectly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="69"/>
        <source>Explanation viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="71"/>
        <source>Quiz passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="73"/>
        <source>Quiz failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/timeline/TimelineSentences.cpp" line="77"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../models/store/UiLanguage.cpp" line="62"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
