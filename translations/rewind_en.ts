<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Rewind::MainWindow</name>
    <message>
        <location filename="../views/MainWindow.cpp" line="17"/>
        <source>Rewind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="20"/>
        <source>Rewind — event store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="28"/>
        <source>Store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="29"/>
        <source>Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="30"/>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="31"/>
        <source>Head position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="32"/>
        <source>Categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="50"/>
        <source>Reading the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="56"/>
        <source>Creating the demo store on this first start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="69"/>
        <source>Could not read the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="75"/>
        <source>SQLite (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/MainWindow.cpp" line="76"/>
        <source>PostgreSQL (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
