<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Rewind::MainWindow</name>
    <message>
        <location filename="../views/MainWindow.cpp" line="17"/>
        <source>Rewind</source>
        <translation>Rewind</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="20"/>
        <source>Rewind — event store</source>
        <translation>Rewind — eventstore</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="28"/>
        <source>Store:</source>
        <translation>Store:</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="29"/>
        <source>Backend:</source>
        <translation>Opslag:</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="30"/>
        <source>Events:</source>
        <translation>Events:</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="31"/>
        <source>Head position:</source>
        <translation>Laatste positie:</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="32"/>
        <source>Categories:</source>
        <translation>Categorieën:</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="50"/>
        <source>Reading the store…</source>
        <translation>De store wordt gelezen…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="56"/>
        <source>Creating the demo store on this first start…</source>
        <translation>Bij deze eerste start wordt de demostore aangemaakt…</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="69"/>
        <source>Could not read the store: %1</source>
        <translation>De store kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="75"/>
        <source>SQLite (%1)</source>
        <translation>SQLite (%1)</translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="76"/>
        <source>PostgreSQL (%1)</source>
        <translation>PostgreSQL (%1)</translation>
    </message>
</context>
</TS>
