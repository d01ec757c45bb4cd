<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLogPage</name>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln event to %1.</numerusform>
            <numerusform>Exported %Ln events to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %Ln event(s); older ones load as you scroll down.</source>
        <translation>
            <numerusform>Showing the newest event; older ones load as you scroll down.</numerusform>
            <numerusform>Showing the newest %Ln events; older ones load as you scroll down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Events shown: %Ln</source>
        <translation>
            <numerusform>Events shown: %Ln</numerusform>
            <numerusform>Events shown: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %Ln event(s) written.</source>
        <translation>
            <numerusform>Exporting… %Ln event written.</numerusform>
            <numerusform>Exporting… %Ln events written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message numerus="yes">
        <source>Exported %Ln key(s) to %1</source>
        <translation>
            <numerusform>Exported %Ln key to %1</numerusform>
            <numerusform>Exported %Ln keys to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryCommands</name>
    <message numerus="yes">
        <source>Exported %n key(s) to %1.</source>
        <translation>
            <numerusform>Exported %n key to %1.</numerusform>
            <numerusform>Exported %n keys to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyDisplay</name>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n scope</numerusform>
            <numerusform>%n scopes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyRules</name>
    <message numerus="yes">
        <source>The name can be at most %n characters long.</source>
        <translation>
            <numerusform>The name can be at most %n characters long.</numerusform>
            <numerusform>The name can be at most %n characters long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The description can be at most %n characters long.</source>
        <translation>
            <numerusform>The description can be at most %n characters long.</numerusform>
            <numerusform>The description can be at most %n characters long.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RevealKeyDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard clears in %n s.</source>
        <comment>seconds left</comment>
        <translation>
            <numerusform>Copied. The clipboard clears in %n s.</numerusform>
            <numerusform>Copied. The clipboard clears in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlTeamWriter</name>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreStatus</name>
    <message numerus="yes">
        <source>%1  ·  %Ln key(s)</source>
        <extracomment>Status bar: store name, number of keys, how many expire within 30 days</extracomment>
        <translation>
            <numerusform>%1  ·  %Ln key</numerusform>
            <numerusform>%1  ·  %Ln keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %Ln expiring within 30 days</source>
        <translation>
            <numerusform>  ·  %Ln expiring within 30 days</numerusform>
            <numerusform>  ·  %Ln expiring within 30 days</numerusform>
        </translation>
    </message>
</context>
</TS>
