<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddMemberDialog</name>
    <message>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>What this dialog does</source>
        <translation>Was dieser Dialog bewirkt</translation>
    </message>
    <message>
        <source>The new member can then act in this workspace with the role you give them.</source>
        <translation>Das neue Mitglied kann dann in diesem Arbeitsbereich mit der Rolle handeln, die Sie ihm geben.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Member name</source>
        <translation>Name des Mitglieds</translation>
    </message>
    <message>
        <source>e.g. Dana Developer</source>
        <translation>z. B. Dana Developer</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Member email</source>
        <translation>E-Mail-Adresse des Mitglieds</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Member role</source>
        <translation>Rolle des Mitglieds</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>“%1” is not an email address. Enter one like name@example.com, or leave it empty.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Geben Sie eine Adresse wie name@example.com ein oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>ApiBodies</name>
    <message>
        <source>If-Match takes the key&apos;s version as the ETag gave it, in double quotes, e.g. If-Match: &quot;3&quot;; “%1” is not one.</source>
        <translation>If-Match erwartet die Version des Schlüssels so, wie das ETag sie angab, in doppelten Anführungszeichen, z. B. If-Match: &quot;3&quot;; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>The field &quot;type&quot; must be test or live.</source>
        <translation>Das Feld &quot;type&quot; muss test oder live sein.</translation>
    </message>
    <message>
        <source>Send either &quot;expires_at&quot; or &quot;never_expires&quot;: true, not both.</source>
        <translation>Senden Sie entweder &quot;expires_at&quot; oder &quot;never_expires&quot;: true, nicht beides.</translation>
    </message>
</context>
<context>
    <name>ApiKeyTableModel</name>
    <message>
        <source>Key id: %1</source>
        <translation>Schlüssel-ID: %1</translation>
    </message>
    <message>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Column header: the key&apos;s public hint (never the secret)</extracomment>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <extracomment>Column header: when the key was created</extracomment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Expires</source>
        <extracomment>Column header: when the key expires</extracomment>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Page description</source>
        <translation>Seitenbeschreibung</translation>
    </message>
    <message>
        <source>Keys let your integrations call the API on behalf of this workspace. Each key has its own scopes and expiry.</source>
        <translation>Mit Schlüsseln rufen Ihre Integrationen die API im Namen dieses Arbeitsbereichs auf. Jeder Schlüssel hat eigene Berechtigungen und ein eigenes Ablaufdatum.</translation>
    </message>
    <message>
        <source>Create API key</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>API key list</source>
        <translation>Liste der API-Schlüssel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status message</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <source>Loading API keys…</source>
        <translation>API-Schlüssel werden geladen …</translation>
    </message>
    <message>
        <source>API key table</source>
        <translation>Tabelle der API-Schlüssel</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>No API keys yet</source>
        <translation>Noch keine API-Schlüssel</translation>
    </message>
    <message>
        <source>Illustration of a key</source>
        <translation>Abbildung eines Schlüssels</translation>
    </message>
    <message>
        <source>What API keys are for</source>
        <translation>Wofür API-Schlüssel da sind</translation>
    </message>
    <message>
        <source>Create a key for each integration — a CRM, an ERP or a partner&apos;s script — so it can call the API with only the scopes it needs.</source>
        <translation>Erstellen Sie für jede Integration – ein CRM, ein ERP oder das Skript eines Partners – einen eigenen Schlüssel, damit sie die API nur mit den Berechtigungen aufruft, die sie braucht.</translation>
    </message>
    <message>
        <source>Create your first API key</source>
        <translation>Ersten API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>The API keys could not be loaded: %1</source>
        <translation>Die API-Schlüssel konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Columns to show</source>
        <translation>Anzuzeigende Spalten</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Schlüssel suchen</translation>
    </message>
    <message>
        <source>Search by name, description or key ID</source>
        <translation>Nach Name, Beschreibung oder Schlüssel-ID suchen</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Nach Typ filtern</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>Keys and details</source>
        <translation>Schlüssel und Details</translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>Der Speicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>All statuses</source>
        <extracomment>Status filter: keys of any status</extracomment>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Connect to a store your team shares</source>
        <translation>Mit einem Speicher verbinden, den Ihr Team gemeinsam nutzt</translation>
    </message>
    <message>
        <source>Working with a team? &lt;a href=&quot;connect&quot;&gt;Connect to a shared store&lt;/a&gt;.</source>
        <translation>Arbeiten Sie im Team? &lt;a href=&quot;connect&quot;&gt;Verbinden Sie sich mit einem gemeinsamen Speicher&lt;/a&gt;.</translation>
    </message>
</context>
<context>
    <name>ApiQueries</name>
    <message>
        <source>The query parameter “%1” holds a NUL character or is longer than 1000 characters.</source>
        <translation>Der Abfrageparameter „%1“ enthält ein NUL-Zeichen oder ist länger als 1000 Zeichen.</translation>
    </message>
    <message>
        <source>The query parameter “%1” is not known here; use %2.</source>
        <translation>Der Abfrageparameter „%1“ ist hier nicht bekannt; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>The query parameter “%1” is given more than once.</source>
        <translation>Der Abfrageparameter „%1“ ist mehr als einmal angegeben.</translation>
    </message>
    <message>
        <source>“%1” must be a time such as 2027-01-31T12:00:00Z.</source>
        <translation>„%1“ muss eine Zeit wie 2027-01-31T12:00:00Z sein.</translation>
    </message>
    <message>
        <source>“limit” must be a number from 1 to %1.</source>
        <translation>„limit“ muss eine Zahl von 1 bis %1 sein.</translation>
    </message>
    <message>
        <source>“%1” must be an event id, a whole number from 1.</source>
        <translation>„%1“ muss eine Ereignis-ID sein, eine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>“type” must be test or live.</source>
        <translation>„type“ muss test oder live sein.</translation>
    </message>
    <message>
        <source>“status” must be active, expiring, expired or revoked.</source>
        <translation>„status“ muss active, expiring, expired oder revoked sein.</translation>
    </message>
    <message>
        <source>“sort” must be name, type, status, created, created_by, last_used or expires.</source>
        <translation>„sort“ muss name, type, status, created, created_by, last_used oder expires sein.</translation>
    </message>
    <message>
        <source>“order” must be asc or desc.</source>
        <translation>„order“ muss asc oder desc sein.</translation>
    </message>
    <message>
        <source>“format” must be csv or json.</source>
        <translation>„format“ muss csv oder json sein.</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Shows the audit log, newest first: who changed which key, when and how.</source>
        <translation>Zeigt das Prüfprotokoll, neueste Einträge zuerst: wer welchen Schlüssel wann und wie geändert hat.</translation>
    </message>
    <message>
        <source>table or json (default: table).</source>
        <translation>table oder json (Standard: table).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Only the events of this key id.</source>
        <translation>Nur die Ereignisse des Schlüssels mit dieser ID.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>At most this many events (default 1000).</source>
        <translation>Höchstens so viele Ereignisse (Standard: 1000).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AKTEUR</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>CHANGES</source>
        <translation>ÄNDERUNGEN</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>name: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>VIA</source>
        <translation>ÜBER</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
</context>
<context>
    <name>AuditCsv</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditCsvExport</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Page description</source>
        <translation>Seitenbeschreibung</translation>
    </message>
    <message>
        <source>Every change to keys, roles and members: who made it, and when. Events are never changed or deleted.</source>
        <translation>Jede Änderung an Schlüsseln, Rollen und Mitgliedern: wer sie vorgenommen hat und wann. Ereignisse werden nie geändert oder gelöscht.</translation>
    </message>
    <message>
        <source>Export the shown events as CSV</source>
        <translation>Die angezeigten Ereignisse als CSV exportieren</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <source>Filter by key id</source>
        <translation>Nach Schlüssel-ID filtern</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Filter by member</source>
        <translation>Nach Mitglied filtern</translation>
    </message>
    <message>
        <source>Filter by date</source>
        <translation>Nach Datum filtern</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <extracomment>Audit log filter: show events from this day (a date follows)</extracomment>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <extracomment>Audit log filter: between two days, as in “From 1 May to 3 May”</extracomment>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>To date, inclusive</source>
        <translation>Enddatum (einschließlich)</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Alle Filter aufheben</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter aufheben</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Ereignisse des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Number of events shown</source>
        <translation>Anzahl der angezeigten Ereignisse</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Show only events between these days (both included)</source>
        <translation>Nur Ereignisse zwischen diesen Tagen anzeigen (beide eingeschlossen)</translation>
    </message>
    <message>
        <source>All actions</source>
        <extracomment>Audit log filter: no filter on the action</extracomment>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>All members</source>
        <extracomment>Audit log filter: changes by any member</extracomment>
        <translation>Alle Mitglieder</translation>
    </message>
    <message>
        <source>Loading events…</source>
        <translation>Ereignisse werden geladen …</translation>
    </message>
    <message>
        <source>No events match these filters.</source>
        <translation>Keine Ereignisse entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>audit-log-%1.csv</source>
        <extracomment>Suggested file name of an audit log export</extracomment>
        <translation>pruefprotokoll-%1.csv</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>%Ln Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%Ln Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %Ln event(s); older ones load as you scroll down.</source>
        <translation>
            <numerusform>Das neueste Ereignis wird angezeigt; ältere werden beim Scrollen geladen.</numerusform>
            <numerusform>Die neuesten %Ln Ereignisse werden angezeigt; ältere werden beim Scrollen geladen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Events shown: %Ln</source>
        <translation>
            <numerusform>Angezeigtes Ereignis: %Ln</numerusform>
            <numerusform>Angezeigte Ereignisse: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %Ln event(s) written.</source>
        <translation>
            <numerusform>Export läuft… %Ln Ereignis geschrieben.</numerusform>
            <numerusform>Export läuft… %Ln Ereignisse geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel the audit log export</source>
        <translation>Export des Prüfprotokolls abbrechen</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Created key</source>
        <translation>Schlüssel erstellt</translation>
    </message>
    <message>
        <source>Edited key</source>
        <translation>Schlüssel bearbeitet</translation>
    </message>
    <message>
        <source>Reset key</source>
        <translation>Schlüssel zurückgesetzt</translation>
    </message>
    <message>
        <source>Revoked key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Deleted key</source>
        <translation>Schlüssel gelöscht</translation>
    </message>
    <message>
        <source>Exported inventory</source>
        <translation>Schlüsselbestand exportiert</translation>
    </message>
    <message>
        <source>Added member</source>
        <translation>Mitglied hinzugefügt</translation>
    </message>
    <message>
        <source>Changed member role</source>
        <translation>Rolle eines Mitglieds geändert</translation>
    </message>
    <message>
        <source>Created role</source>
        <translation>Rolle erstellt</translation>
    </message>
    <message>
        <source>Edited role</source>
        <translation>Rolle bearbeitet</translation>
    </message>
    <message>
        <source>Deleted role</source>
        <translation>Rolle gelöscht</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>Audit details: a field, its old value, an arrow and its new value</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Audit details: a field and its value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <extracomment>Audit log column: the member who made the change</extracomment>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Key</source>
        <extracomment>Audit log column: the id of the API key concerned</extracomment>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Switched acting member</source>
        <translation>Handelndes Mitglied gewechselt</translation>
    </message>
    <message>
        <source>%1 (computer user)</source>
        <extracomment>Audit log: the operating-system account that made a change on a local store</extracomment>
        <translation>%1 (Benutzer des Computers)</translation>
    </message>
    <message>
        <source>%1 (API key)</source>
        <extracomment>Audit log: the id of the API key a change was made with, through keyward-server</extracomment>
        <translation>%1 (API-Schlüssel)</translation>
    </message>
    <message>
        <source>Via</source>
        <extracomment>Audit log column: the computer user, or the API key, the member acted through</extracomment>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Loading</source>
        <extracomment>Accessible name of the bar that shows while keys are being loaded</extracomment>
        <translation>Wird geladen</translation>
    </message>
</context>
<context>
    <name>ChangeRoleDialog</name>
    <message>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>What this dialog does</source>
        <translation>Was dieser Dialog bewirkt</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <source>%1 has the role %2 now. The new role decides what they can do from now on.</source>
        <translation>%1 hat jetzt die Rolle %2. Die neue Rolle bestimmt ab sofort, was dieses Mitglied tun kann.</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Create the key store</source>
        <translation>Schlüsselspeicher erstellen</translation>
    </message>
    <message>
        <source>Create a key and print it once</source>
        <translation>Einen Schlüssel erstellen und einmalig ausgeben</translation>
    </message>
    <message>
        <source>List keys as a table, JSON or CSV</source>
        <translation>Schlüssel als Tabelle, JSON oder CSV auflisten</translation>
    </message>
    <message>
        <source>Show one key in full</source>
        <translation>Einen Schlüssel vollständig anzeigen</translation>
    </message>
    <message>
        <source>Change a key&apos;s name, description, roles or scopes</source>
        <translation>Name, Beschreibung, Rollen oder Berechtigungen eines Schlüssels ändern</translation>
    </message>
    <message>
        <source>Give a key a new secret and print it once</source>
        <translation>Einen Schlüssel zurücksetzen und den neuen Geheimwert einmalig ausgeben</translation>
    </message>
    <message>
        <source>Stop a key for good</source>
        <translation>Einen Schlüssel endgültig widerrufen</translation>
    </message>
    <message>
        <source>Delete a key</source>
        <translation>Einen Schlüssel löschen</translation>
    </message>
    <message>
        <source>Check a key (exit 0 valid, 3 not valid, 4 lacks the scope)</source>
        <translation>Einen Schlüssel prüfen (Exit-Status 0 gültig, 3 ungültig, 4 Berechtigung fehlt)</translation>
    </message>
    <message>
        <source>Export the inventory as CSV or JSON</source>
        <translation>Den Schlüsselbestand als CSV oder JSON exportieren</translation>
    </message>
    <message>
        <source>Show the audit log</source>
        <translation>Das Prüfprotokoll anzeigen</translation>
    </message>
    <message>
        <source>List the scopes keys can have</source>
        <translation>Die Berechtigungen auflisten, die Schlüssel haben können</translation>
    </message>
    <message>
        <source>List the roles</source>
        <translation>Die Rollen auflisten</translation>
    </message>
    <message>
        <source>List the workspace&apos;s members</source>
        <translation>Die Mitglieder des Arbeitsbereichs auflisten</translation>
    </message>
    <message>
        <source>Administers the API keys of a Keyward store.</source>
        <translation>Verwaltet die API-Schlüssel eines Keyward-Speichers.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run “keyward-cli COMMAND --help” for a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls zeigt „keyward-cli COMMAND --help“.</translation>
    </message>
    <message>
        <source>The key store file (default: %1).</source>
        <translation>Die Datei des Schlüsselspeichers (Standard: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Act as this member: a name, email or id (default: the store&apos;s owner).</source>
        <translation>Als dieses Mitglied handeln: Name, E-Mail-Adresse oder ID (Standard: der Inhaber des Speichers).</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>The command to run (see above).</source>
        <translation>Der auszuführende Befehl (siehe oben).</translation>
    </message>
    <message>
        <source>The command&apos;s arguments.</source>
        <translation>Die Argumente des Befehls.</translation>
    </message>
    <message>
        <source>The option --%1 can be given only once.</source>
        <translation>Die Option --%1 darf nur einmal angegeben werden.</translation>
    </message>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>Die Option --%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>No command given. Run “keyward-cli --help” for the commands.</source>
        <translation>Kein Befehl angegeben. Die Befehle zeigt „keyward-cli --help“.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run “keyward-cli --help” for the commands.</source>
        <translation>Unbekannter Befehl „%1“. Die Befehle zeigt „keyward-cli --help“.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>There is no member “%1” in this store (give a name, email or id; see “keyward-cli members”).</source>
        <translation>In diesem Speicher gibt es kein Mitglied „%1“ (geben Sie Name, E-Mail-Adresse oder ID an; siehe „keyward-cli members“).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>The option --%1 can be given only once.</source>
        <translation>Die Option --%1 darf nur einmal angegeben werden.</translation>
    </message>
    <message>
        <source>The command %1 needs the argument %2. See “keyward-cli %1 --help”.</source>
        <translation>Der Befehl %1 braucht das Argument %2. Siehe „keyward-cli %1 --help“.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1” for the command %2.</source>
        <translation>Unerwartetes Argument „%1“ für den Befehl %2.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>admin key</source>
        <translation>Admin-Schlüssel</translation>
    </message>
    <message>
        <source>database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Lokale Datei</translation>
    </message>
    <message>
        <source>Keyward server</source>
        <translation>Keyward-Server</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Choose the store file.</source>
        <translation>Wählen Sie die Speicherdatei aus.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, e.g. https://keys.example.com:8420.</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. https://keys.example.com:8420.</translation>
    </message>
    <message>
        <source>Enter only the server&apos;s address: no user, password or query.</source>
        <translation>Geben Sie nur die Adresse des Servers ein: ohne Benutzer, Passwort oder Abfrageparameter.</translation>
    </message>
    <message>
        <source>Enter the database server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Datenbankservers ein.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Enter the database&apos;s name.</source>
        <translation>Geben Sie den Namen der Datenbank ein.</translation>
    </message>
    <message>
        <source>Enter the database user.</source>
        <translation>Geben Sie den Datenbankbenutzer ein.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Keyward can work on the local file or on a store your team shares: a Keyward server or a PostgreSQL database.</source>
        <translation>Keyward kann mit der lokalen Datei arbeiten oder mit einem Speicher, den Ihr Team gemeinsam nutzt: einem Keyward-Server oder einer PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>What this dialog does</source>
        <translation>Was dieser Dialog bewirkt</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <source>e.g. Production keys</source>
        <translation>z. B. Produktivschlüssel</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>Spei&amp;cher</translation>
    </message>
    <message>
        <source>Kind of store</source>
        <translation>Art des Speichers</translation>
    </message>
    <message>
        <source>Where the store is</source>
        <translation>Wo sich der Speicher befindet</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Speicherdatei</translation>
    </message>
    <message>
        <source>/path/to/keyward.db</source>
        <translation>/pfad/zu/keyward.db</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen …</translation>
    </message>
    <message>
        <source>Choose the store file</source>
        <translation>Speicherdatei auswählen</translation>
    </message>
    <message>
        <source>A new file becomes an empty store the first time it is opened.</source>
        <translation>Eine neue Datei wird beim ersten Öffnen zu einem leeren Speicher.</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>Adr&amp;esse</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://keys.example.com:8420</source>
        <translation>https://keys.example.com:8420</translation>
    </message>
    <message>
        <source>Admin &amp;key</source>
        <translation>A&amp;dmin-Schlüssel</translation>
    </message>
    <message>
        <source>Admin key</source>
        <translation>Admin-Schlüssel</translation>
    </message>
    <message>
        <source>key_live_…</source>
        <translation>key_live_…</translation>
    </message>
    <message>
        <source>The key needs the api_keys scopes you want to use. It is kept in the system keychain, never in a file.</source>
        <translation>Der Schlüssel braucht die api_keys-Berechtigungen, die Sie nutzen möchten. Er wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Trusted certificate</source>
        <translation>Vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>Stop trusting this certificate</source>
        <translation>Diesem Zertifikat nicht mehr vertrauen</translation>
    </message>
    <message>
        <source>Stop trusting the certificate this connection trusts</source>
        <translation>Das Vertrauen dieser Verbindung in ihr Zertifikat zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Host</translation>
    </message>
    <message>
        <source>Database host</source>
        <translation>Datenbank-Host</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>Database port</source>
        <translation>Datenbank-Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Name der Datenbank</translation>
    </message>
    <message>
        <source>keyward</source>
        <translation>keyward</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>&amp;TLS</source>
        <translation>&amp;TLS</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <source>The password is kept in the system keychain, never in a file.</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Problem with the connection</source>
        <translation>Problem mit der Verbindung</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>Unchanged (kept in the system keychain)</source>
        <translation>Unverändert (im Schlüsselbund des Systems aufbewahrt)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save and &amp;connect</source>
        <translation>Speichern und &amp;verbinden</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>TLS verwenden, wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Require TLS and a certificate from a trusted authority</source>
        <translation>TLS und ein Zertifikat einer vertrauenswürdigen Zertifizierungsstelle verlangen</translation>
    </message>
    <message>
        <source>Require TLS and a certificate for this host name</source>
        <translation>TLS und ein Zertifikat für diesen Hostnamen verlangen</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Kein TLS</translation>
    </message>
    <message>
        <source>Keyward stores (*.db)</source>
        <translation>Keyward-Speicher (*.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This connection trusts the certificate with the SHA-256 fingerprint %1.</source>
        <translation>Diese Verbindung vertraut dem Zertifikat mit dem SHA-256-Fingerabdruck %1.</translation>
    </message>
    <message>
        <source>This is not a Keyward key. Paste the whole admin key, e.g. key_live_….</source>
        <translation>Dies ist kein Keyward-Schlüssel. Fügen Sie den vollständigen Admin-Schlüssel ein, z. B. key_live_….</translation>
    </message>
    <message>
        <source>Warning about the TLS mode</source>
        <translation>Warnung zum TLS-Modus</translation>
    </message>
    <message>
        <source>Send the password with this TLS mode anyway</source>
        <translation>Das Passwort trotzdem mit diesem TLS-Modus senden</translation>
    </message>
    <message>
        <source>Automatic: verify the certificate of a database on another computer</source>
        <translation>Automatisch: das Zertifikat einer Datenbank auf einem anderen Computer prüfen</translation>
    </message>
    <message>
        <source>Require TLS, without checking the certificate</source>
        <translation>TLS verlangen, ohne das Zertifikat zu prüfen</translation>
    </message>
    <message>
        <source>Use TLS only when the server insists</source>
        <translation>TLS nur verwenden, wenn der Server darauf besteht</translation>
    </message>
    <message>
        <source>Verifies the certificate and host name (verify-full) of a database on another computer; on this computer, libpq&apos;s default.</source>
        <translation>Prüft Zertifikat und Hostnamen (verify-full) einer Datenbank auf einem anderen Computer; auf diesem Computer der Standard von libpq.</translation>
    </message>
    <message>
        <source>With no TLS, the database password and the whole key inventory cross the network to %1 unencrypted: anyone on the way can read them.</source>
        <translation>Ohne TLS gehen das Datenbankpasswort und das ganze Schlüsselinventar unverschlüsselt über das Netz zu %1: Jeder auf dem Weg kann sie lesen.</translation>
    </message>
    <message>
        <source>With this TLS mode, an attacker on the way to %1 can turn TLS off or pose as the database: the password and the key inventory would reach them readable. Choose “Automatic” or a mode that checks the certificate.</source>
        <translation>Mit diesem TLS-Modus kann ein Angreifer auf dem Weg zu %1 TLS abschalten oder sich als die Datenbank ausgeben: Passwort und Schlüsselinventar kämen lesbar bei ihm an. Wählen Sie „Automatisch“ oder einen Modus, der das Zertifikat prüft.</translation>
    </message>
    <message>
        <source>Choose a TLS mode that checks the database&apos;s certificate, or tick “Send the password with this TLS mode anyway” if this network is yours alone.</source>
        <translation>Wählen Sie einen TLS-Modus, der das Zertifikat der Datenbank prüft, oder setzen Sie das Häkchen bei „Das Passwort trotzdem mit diesem TLS-Modus senden“, wenn dieses Netz nur Ihnen gehört.</translation>
    </message>
</context>
<context>
    <name>ConnectionSecrets</name>
    <message>
        <source>The system keychain did not answer. Unlock it, or enter the secret for this session only.</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet. Entsperren Sie ihn oder geben Sie das Geheimnis nur für diese Sitzung ein.</translation>
    </message>
    <message>
        <source>No secret is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>There is no working system keychain (%1). Keyward will ask for the secret each session and store it nowhere.</source>
        <translation>Es gibt keinen funktionierenden Schlüsselbund (%1). Keyward fragt in jeder Sitzung nach dem Geheimnis und speichert es nirgends.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Der Schlüsselbund des Systems ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Secret kept for this session</source>
        <translation>Geheimnis nur für diese Sitzung gespeichert</translation>
    </message>
</context>
<context>
    <name>ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Where Keyward keeps the keys: the file on this computer, or a store your team shares — a Keyward server or a PostgreSQL database. Admin keys and passwords stay in the system keychain.</source>
        <translation>Wo Keyward die Schlüssel aufbewahrt: in der Datei auf diesem Computer oder in einem Speicher, den Ihr Team gemeinsam nutzt – einem Keyward-Server oder einer PostgreSQL-Datenbank. Admin-Schlüssel und Passwörter bleiben im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Page description</source>
        <translation>Seitenbeschreibung</translation>
    </message>
    <message>
        <source>Add a connection</source>
        <translation>Eine Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>Add connection…</source>
        <translation>Verbindung hinzufügen …</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>Open the selected connection&apos;s store</source>
        <translation>Den Speicher der ausgewählten Verbindung öffnen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Edit the selected connection</source>
        <translation>Die ausgewählte Verbindung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Forget the selected connection</source>
        <translation>Die ausgewählte Verbindung vergessen</translation>
    </message>
    <message>
        <source>&amp;Forget…</source>
        <translation>&amp;Vergessen …</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>This store is open.</source>
        <translation>Dieser Speicher ist geöffnet.</translation>
    </message>
    <message>
        <source>Work on the selected connection&apos;s store</source>
        <translation>Mit dem Speicher der ausgewählten Verbindung arbeiten</translation>
    </message>
    <message>
        <source>The store on this computer is always there.</source>
        <translation>Der Speicher auf diesem Computer ist immer vorhanden.</translation>
    </message>
    <message>
        <source>Open another store first.</source>
        <translation>Öffnen Sie zuerst einen anderen Speicher.</translation>
    </message>
    <message>
        <source>Forget the connection and delete its secret from the keychain</source>
        <translation>Die Verbindung vergessen und ihr Geheimnis aus dem Schlüsselbund löschen</translation>
    </message>
    <message>
        <source> Its %1 is deleted from the system keychain.</source>
        <translation> Ihr %1 wird aus dem Schlüsselbund des Systems gelöscht.</translation>
    </message>
    <message>
        <source>Forget connection?</source>
        <translation>Verbindung vergessen?</translation>
    </message>
    <message>
        <source>Forget “%1”?</source>
        <translation>„%1“ vergessen?</translation>
    </message>
    <message>
        <source>Keyward no longer lists it.%1 The store itself and its keys are not touched.</source>
        <translation>Keyward führt die Verbindung nicht mehr auf.%1 Der Speicher selbst und seine Schlüssel bleiben unberührt.</translation>
    </message>
    <message>
        <source>Forget connection</source>
        <translation>Verbindung vergessen</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <source>Create API key</source>
        <translation>API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Dialog title</source>
        <translation>Dialogtitel</translation>
    </message>
    <message>
        <source>Dialog description</source>
        <translation>Dialogbeschreibung</translation>
    </message>
    <message>
        <source>A key acts for you: it can never do more than your own role allows.</source>
        <translation>Ein Schlüssel handelt für Sie: Er kann nie mehr, als Ihre eigene Rolle erlaubt.</translation>
    </message>
    <message>
        <source>Key details</source>
        <translation>Angaben zum Schlüssel</translation>
    </message>
    <message>
        <source>Name label</source>
        <translation>Beschriftung für den Namen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Required. Up to 100 characters.</source>
        <translation>Erforderlich. Bis zu 100 Zeichen.</translation>
    </message>
    <message>
        <source>e.g. CRM sync</source>
        <translation>z. B. CRM-Synchronisierung</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>Description label</source>
        <translation>Beschriftung für die Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Description (optional)</source>
        <translation>&amp;Beschreibung (optional)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional. Up to 500 characters.</source>
        <translation>Optional. Bis zu 500 Zeichen.</translation>
    </message>
    <message>
        <source>What uses this key, and whom to ask about it</source>
        <translation>Was diesen Schlüssel nutzt und wen man dazu fragen kann</translation>
    </message>
    <message>
        <source>Description problem</source>
        <translation>Problem mit der Beschreibung</translation>
    </message>
    <message>
        <source>Type label</source>
        <translation>Beschriftung für den Typ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Test key</source>
        <translation>Testschlüssel</translation>
    </message>
    <message>
        <source>For building and testing. Not billable or binding.</source>
        <translation>Zum Entwickeln und Testen. Nicht abrechenbar, nicht verbindlich.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <source>Test key explanation</source>
        <translation>Erklärung zum Testschlüssel</translation>
    </message>
    <message>
        <source>Live key</source>
        <translation>Live-Schlüssel</translation>
    </message>
    <message>
        <source>Real traffic: binding and billed.</source>
        <translation>Echter Datenverkehr: verbindlich und abgerechnet.</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>Live key explanation</source>
        <translation>Erklärung zum Live-Schlüssel</translation>
    </message>
    <message>
        <source>Expiry label</source>
        <translation>Beschriftung für den Ablauf</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>Lä&amp;uft ab</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Roles label</source>
        <translation>Beschriftung für die Rollen</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Scopes label</source>
        <translation>Beschriftung für die Berechtigungen</translation>
    </message>
    <message>
        <source>&amp;Scopes</source>
        <translation>Berechti&amp;gungen</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>View permissions</source>
        <translation>Berechtigungen anzeigen</translation>
    </message>
    <message>
        <source>Show everything the key will be allowed to do: its scopes and its roles’ scopes.</source>
        <translation>Alles anzeigen, was der Schlüssel dürfen wird: seine Berechtigungen und die seiner Rollen.</translation>
    </message>
    <message>
        <source>&amp;View permissions</source>
        <translation>Berechtigungen &amp;anzeigen</translation>
    </message>
    <message>
        <source>Effective permissions</source>
        <translation>Wirksame Berechtigungen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Creating the key</source>
        <translation>Schlüssel wird erstellt</translation>
    </message>
    <message>
        <source>Busy status</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Creating the key…</source>
        <translation>Der Schlüssel wird erstellt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Ticking a role ticks its scopes in the grid; they stay ticked while the role is. The key follows later changes to its roles.</source>
        <translation>Wenn Sie eine Rolle ankreuzen, werden ihre Berechtigungen in der Tabelle angekreuzt; sie bleiben angekreuzt, solange die Rolle angekreuzt ist. Der Schlüssel folgt späteren Änderungen an seinen Rollen.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>A date…</source>
        <extracomment>Expiry choice that reveals a date field</extracomment>
        <translation>Bestimmtes Datum …</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Expiry choice: the key does not expire</extracomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Hide permissions</source>
        <translation>Berechtigungen ausblenden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>In the effective permissions: a resource and its actions, e.g. &quot;documents: read, write&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No permissions yet: tick a role or some scopes.</source>
        <translation>Noch keine Berechtigungen: Kreuzen Sie eine Rolle oder einzelne Berechtigungen an.</translation>
    </message>
    <message>
        <source>The store did not confirm the new key: %1
Press Create again once it can be reached: you get the same key, never a second one.</source>
        <translation>Der Speicher hat den neuen Schlüssel nicht bestätigt: %1
Klicken Sie erneut auf „API-Schlüssel erstellen“, sobald er wieder erreichbar ist: Sie erhalten denselben Schlüssel, nie einen zweiten.</translation>
    </message>
</context>
<context>
    <name>EditKeyDialog</name>
    <message>
        <source>Edit API key</source>
        <translation>API-Schlüssel bearbeiten</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Loading the key…</source>
        <translation>Der Schlüssel wird geladen …</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Conflict message</source>
        <translation>Konfliktmeldung</translation>
    </message>
    <message>
        <source>This key was changed elsewhere. Reload to see the current values, then make your changes again.</source>
        <translation>Dieser Schlüssel wurde an anderer Stelle geändert. Laden Sie ihn neu, um die aktuellen Werte zu sehen, und nehmen Sie Ihre Änderungen dann erneut vor.</translation>
    </message>
    <message>
        <source>Reload the key</source>
        <translation>Schlüssel neu laden</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Type (cannot change)</source>
        <translation>Typ (nicht änderbar)</translation>
    </message>
    <message>
        <source>A key&apos;s type cannot change. Create a new key instead.</source>
        <translation>Der Typ eines Schlüssels lässt sich nicht ändern. Erstellen Sie stattdessen einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation>&amp;Rollen:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>Berechti&amp;gungen:</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>The key could not be read: %1</source>
        <translation>Der Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>The key was not saved: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export inventory</source>
        <translation>Schlüsselbestand exportieren</translation>
    </message>
    <message>
        <source>What an export contains</source>
        <translation>Was ein Export enthält</translation>
    </message>
    <message>
        <source>The file lists each key&apos;s ID, hint, name, type, status, roles, scopes and dates. It never contains a secret.</source>
        <translation>Die Datei enthält für jeden Schlüssel ID, Kurzform, Name, Typ, Status, Rollen, Berechtigungen und Daten. Sie enthält nie einen Geheimwert.</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>&amp;CSV (spreadsheets)</source>
        <translation>&amp;CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;JSON (scripts)</source>
        <translation>&amp;JSON (Skripte)</translation>
    </message>
    <message>
        <source>Which keys</source>
        <translation>Welche Schlüssel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>Alle Schlüssel</translation>
    </message>
    <message>
        <source>&amp;All keys</source>
        <translation>&amp;Alle Schlüssel</translation>
    </message>
    <message>
        <source>Keys matching the current search and filters</source>
        <translation>Schlüssel, die der aktuellen Suche und den Filtern entsprechen</translation>
    </message>
    <message>
        <source>Keys &amp;matching the current search and filters</source>
        <translation>Schlüssel, die der aktuellen Suche und den Filtern &amp;entsprechen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Choose a file and export</source>
        <translation>Datei wählen und exportieren</translation>
    </message>
    <message>
        <source>No search or filter is set on the list.</source>
        <translation>Für die Liste ist keine Suche und kein Filter gesetzt.</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>Export inventory</source>
        <translation>Schlüsselbestand exportieren</translation>
    </message>
    <message>
        <source>Exporting the key inventory…</source>
        <translation>Der Schlüsselbestand wird exportiert …</translation>
    </message>
    <message>
        <source>The inventory was not exported to %1: %2</source>
        <translation>Der Schlüsselbestand wurde nicht nach %1 exportiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln key(s) to %1</source>
        <translation>
            <numerusform>%Ln Schlüssel nach %1 exportiert</numerusform>
            <numerusform>%Ln Schlüssel nach %1 exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpKeyStore</name>
    <message>
        <source>On keyward-server you act as the connection&apos;s key, not as another member.</source>
        <translation>Auf keyward-server handeln Sie mit dem Schlüssel der Verbindung, nicht als ein anderes Mitglied.</translation>
    </message>
    <message>
        <source>There is no role “%1”.</source>
        <translation>Es gibt keine Rolle „%1“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>HttpRequester</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Cannot reach keyward-server at %1: %2</source>
        <translation>keyward-server unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Its certificate&apos;s SHA-256 fingerprint is %1.</source>
        <translation>Der SHA-256-Fingerabdruck seines Zertifikats ist %1.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>keyward-server did not accept this connection&apos;s key: it is wrong, expired or revoked. Edit the connection and enter a valid key.</source>
        <translation>keyward-server hat den Schlüssel dieser Verbindung nicht angenommen: Er ist falsch, abgelaufen oder widerrufen. Bearbeiten Sie die Verbindung und geben Sie einen gültigen Schlüssel ein.</translation>
    </message>
    <message>
        <source>The connection&apos;s key may not do this.</source>
        <translation>Der Schlüssel der Verbindung darf das nicht.</translation>
    </message>
    <message>
        <source>Not found on the server.</source>
        <translation>Auf dem Server nicht gefunden.</translation>
    </message>
    <message>
        <source>Someone else changed this meanwhile.</source>
        <translation>Jemand anderes hat das inzwischen geändert.</translation>
    </message>
    <message>
        <source>keyward-server answered %1: %2</source>
        <translation>keyward-server hat mit %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Einzelheiten</translation>
    </message>
    <message>
        <source>its certificate is not the one this connection trusts, although an authority vouches for it.</source>
        <translation>sein Zertifikat ist nicht das, dem diese Verbindung vertraut, obwohl eine Zertifizierungsstelle dafür bürgt.</translation>
    </message>
    <message>
        <source>keyward-server at %1 is on another computer: Keyward reaches it only over https://, since over http:// the admin key and every answer would cross the network unencrypted. Plain http:// is for a server on this computer only (127.0.0.1, localhost or ::1).</source>
        <translation>keyward-server unter %1 läuft auf einem anderen Computer: Keyward erreicht ihn nur über https://, da über http:// der Admin-Schlüssel und jede Antwort unverschlüsselt über das Netz gingen. Einfaches http:// ist nur für einen Server auf diesem Computer (127.0.0.1, localhost oder ::1).</translation>
    </message>
    <message>
        <source>Keyward reaches keyward-server over https:// (or http:// on this computer only), not “%1”.</source>
        <translation>Keyward erreicht keyward-server über https:// (oder http:// nur auf diesem Computer), nicht über „%1“.</translation>
    </message>
    <message>
        <source>The connection to keyward-server at %1 was closed before it answered.</source>
        <translation>Die Verbindung zu keyward-server unter %1 wurde geschlossen, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <source>The answer from keyward-server at %1 was cut off: %2</source>
        <translation>Die Antwort von keyward-server unter %1 brach vorzeitig ab: %2</translation>
    </message>
</context>
<context>
    <name>InventoryCommands</name>
    <message>
        <source>Lists the keys, newest first.</source>
        <translation>Listet die Schlüssel auf, neueste zuerst.</translation>
    </message>
    <message>
        <source>table, json or csv (default: table).</source>
        <translation>table, json oder csv (Standard: table).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Shows one key in full (never its secret).</source>
        <translation>Zeigt einen Schlüssel vollständig an (nie seinen Geheimwert).</translation>
    </message>
    <message>
        <source>The key&apos;s id.</source>
        <translation>Die ID des Schlüssels.</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Exports the key inventory (ids and hints, never a secret).</source>
        <translation>Exportiert den Schlüsselbestand (IDs und Kurzformen, nie einen Geheimwert).</translation>
    </message>
    <message>
        <source>csv or json (required).</source>
        <translation>csv oder json (erforderlich).</translation>
    </message>
    <message>
        <source>The file to write, atomically. Default: standard output.</source>
        <translation>Die Datei, in die geschrieben wird (atomar). Standard: Standardausgabe.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The command export needs --format csv or --format json.</source>
        <translation>Der Befehl export braucht --format csv oder --format json.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output braucht einen Dateinamen.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n key(s) to %1.</source>
        <translation>
            <numerusform>%n Schlüssel nach %1 exportiert.</numerusform>
            <numerusform>%n Schlüssel nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only keys whose name, description or id contains this text.</source>
        <translation>Nur Schlüssel, deren Name, Beschreibung oder ID diesen Text enthält.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Only keys with this status: active, expiring, expired or revoked.</source>
        <translation>Nur Schlüssel mit diesem Status: active, expiring, expired oder revoked.</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Only test or only live keys.</source>
        <translation>Nur Schlüssel eines Typs: test oder live.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>LAST USED</source>
        <translation>ZULETZT GENUTZT</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>JsonBody</name>
    <message>
        <source>The body is larger than %1 bytes.</source>
        <translation>Der Inhalt ist größer als %1 Bytes.</translation>
    </message>
    <message>
        <source>The body is empty; send a JSON object.</source>
        <translation>Der Inhalt ist leer; senden Sie ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1.</source>
        <translation>Der Inhalt ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The body must be a JSON object.</source>
        <translation>Der Inhalt muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The field name “%1” holds U+%2; field names are printable ASCII.</source>
        <translation>Der Feldname „%1“ enthält U+%2; Feldnamen bestehen aus druckbarem ASCII.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required.</source>
        <translation>Das Feld &quot;%1&quot; ist erforderlich.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a string.</source>
        <translation>Das Feld &quot;%1&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be an array of strings.</source>
        <translation>Das Feld &quot;%1&quot; muss ein Array von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; holds an empty string (item %2); leave it out.</source>
        <translation>Das Feld &quot;%1&quot; enthält eine leere Zeichenkette (Eintrag %2); lassen Sie sie weg.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be true or false.</source>
        <translation>Das Feld &quot;%1&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>Das Feld &quot;%1&quot; muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a time such as 2027-01-31T12:00:00Z.</source>
        <translation>Das Feld &quot;%1&quot; muss eine Zeit wie 2027-01-31T12:00:00Z sein.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is not known here.</source>
        <translation>Das Feld &quot;%1&quot; ist hier nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>KeyActions</name>
    <message>
        <source>&amp;Create API key…</source>
        <translation>API-Schlüssel &amp;erstellen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Reset…</source>
        <translation>&amp;Zurücksetzen …</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Copy key &amp;ID</source>
        <translation>Schlüssel-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>&amp;Export inventory…</source>
        <translation>Schlüsselbestand e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Key actions</source>
        <translation>Schlüsselaktionen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Select a key first.</source>
        <translation>Wählen Sie zuerst einen Schlüssel aus.</translation>
    </message>
    <message>
        <source>Your role lacks the scope %1.</source>
        <translation>Ihrer Rolle fehlt die Berechtigung %1.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Der Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Reading your permissions…</source>
        <translation>Ihre Berechtigungen werden gelesen …</translation>
    </message>
    <message>
        <source>The key is revoked or expired.</source>
        <translation>Der Schlüssel ist widerrufen oder abgelaufen.</translation>
    </message>
    <message>
        <source>Create a new API key</source>
        <translation>Einen neuen API-Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Change the name, description, roles and scopes</source>
        <translation>Name, Beschreibung, Rollen und Berechtigungen ändern</translation>
    </message>
    <message>
        <source>Issue a new secret for the key</source>
        <translation>Einen neuen Geheimwert für den Schlüssel ausstellen</translation>
    </message>
    <message>
        <source>Stop the key from working, for good</source>
        <translation>Den Schlüssel endgültig ungültig machen</translation>
    </message>
    <message>
        <source>Remove the key from the list</source>
        <translation>Den Schlüssel aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Copy the key&apos;s ID (not the secret)</source>
        <translation>Die ID des Schlüssels kopieren (nicht den Geheimwert)</translation>
    </message>
    <message>
        <source>Save the key inventory as CSV or JSON</source>
        <translation>Den Schlüsselbestand als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>„%1“ gespeichert</translation>
    </message>
    <message>
        <source>Revoke key?</source>
        <translation>Schlüssel widerrufen?</translation>
    </message>
    <message>
        <source>Revoke “%1”?</source>
        <translation>„%1“ widerrufen?</translation>
    </message>
    <message>
        <source>Revoking is permanent and takes effect immediately: applications using this key stop working. Existing data is not affected.</source>
        <translation>Das Widerrufen ist endgültig und wirkt sofort: Anwendungen, die diesen Schlüssel nutzen, funktionieren nicht mehr. Vorhandene Daten sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <source>Delete key?</source>
        <translation>Schlüssel löschen?</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>The key is removed from the list for good and stops working. Its audit history stays.</source>
        <translation>Der Schlüssel wird endgültig aus der Liste entfernt und ist nicht mehr gültig. Sein Verlauf im Prüfprotokoll bleibt erhalten.</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>The key was not revoked: %1</source>
        <translation>Der Schlüssel wurde nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>Revoked “%1”</source>
        <translation>„%1“ widerrufen</translation>
    </message>
    <message>
        <source>The key was not deleted: %1</source>
        <translation>Der Schlüssel wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>„%1“ gelöscht</translation>
    </message>
    <message>
        <source>Copied the key ID %1</source>
        <translation>Schlüssel-ID %1 kopiert</translation>
    </message>
    <message>
        <source>The store cannot be reached.</source>
        <translation>Der Speicher ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>KeyCommands</name>
    <message>
        <source>Creates an API key and prints it once: store it now, it cannot be shown again.</source>
        <translation>Erstellt einen API-Schlüssel und gibt ihn einmalig aus: Bewahren Sie ihn sofort auf, er kann nicht erneut angezeigt werden.</translation>
    </message>
    <message>
        <source>The key&apos;s name (required, 1 to 100 characters).</source>
        <translation>Der Name des Schlüssels (erforderlich, 1 bis 100 Zeichen).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What the key is for.</source>
        <translation>Wofür der Schlüssel dient.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>test or live (default: test).</source>
        <translation>test oder live (Standard: test).</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>A role whose scopes the key gets; repeat for more.</source>
        <translation>Eine Rolle, deren Berechtigungen der Schlüssel erhält; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>A scope such as documents:read; repeat for more.</source>
        <translation>Eine Berechtigung wie documents:read; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>resource:action</source>
        <translation>Ressource:Aktion</translation>
    </message>
    <message>
        <source>Days until the key expires, 1 to 3650 (it expires at the end of that UTC day), or never. Default: one year.</source>
        <translation>Tage bis zum Ablauf des Schlüssels, 1 bis 3650 (er läuft am Ende dieses UTC-Tages ab), oder never. Standard: ein Jahr.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Print a JSON object: the key&apos;s fields and &quot;key&quot;.</source>
        <translation>Ein JSON-Objekt ausgeben: die Felder des Schlüssels und &quot;key&quot;.</translation>
    </message>
    <message>
        <source>The command create needs --name.</source>
        <translation>Der Befehl create braucht --name.</translation>
    </message>
    <message>
        <source>Changes a key&apos;s name, description, roles or scopes. --role and --scope replace the key&apos;s list with the ones given.</source>
        <translation>Ändert Name, Beschreibung, Rollen oder Berechtigungen eines Schlüssels. --role und --scope ersetzen die Liste des Schlüssels durch die angegebenen.</translation>
    </message>
    <message>
        <source>The key&apos;s id.</source>
        <translation>Die ID des Schlüssels.</translation>
    </message>
    <message>
        <source>The new name.</source>
        <translation>Der neue Name.</translation>
    </message>
    <message>
        <source>The new description.</source>
        <translation>Die neue Beschreibung.</translation>
    </message>
    <message>
        <source>A role for the key; repeat for more.</source>
        <translation>Eine Rolle für den Schlüssel; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>A scope for the key; repeat for more.</source>
        <translation>Eine Berechtigung für den Schlüssel; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>Remove every role from the key.</source>
        <translation>Alle Rollen vom Schlüssel entfernen.</translation>
    </message>
    <message>
        <source>Remove every scope granted directly.</source>
        <translation>Alle direkt vergebenen Berechtigungen entfernen.</translation>
    </message>
    <message>
        <source>Give either --role/--scope or --clear-roles/--clear-scopes.</source>
        <translation>Geben Sie entweder --role/--scope oder --clear-roles/--clear-scopes an.</translation>
    </message>
    <message>
        <source>Nothing to change: give --name, --description, --role or --scope.</source>
        <translation>Nichts zu ändern: Geben Sie --name, --description, --role oder --scope an.</translation>
    </message>
    <message>
        <source>Updated the key “%1” (%2).</source>
        <translation>Der Schlüssel „%1“ (%2) wurde aktualisiert.</translation>
    </message>
    <message>
        <source>Gives a key a new secret and prints it once. The old secret stops working at once, or after the grace period.</source>
        <translation>Setzt einen Schlüssel zurück und gibt den neuen Geheimwert einmalig aus. Der alte Geheimwert wird sofort ungültig oder nach der Übergangsfrist.</translation>
    </message>
    <message>
        <source>How long the old secret keeps working: 0, 1h, 24h or 7d (default 0).</source>
        <translation>Wie lange der alte Geheimwert noch gültig bleibt: 0, 1h, 24h oder 7d (Standard: 0).</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Revokes a key: it stops working at once and for good. The key stays in the list and the audit log.</source>
        <translation>Widerruft einen Schlüssel: Er wird sofort und endgültig ungültig. Der Schlüssel bleibt in der Liste und im Prüfprotokoll.</translation>
    </message>
    <message>
        <source>Revoked the key “%1” (%2).</source>
        <translation>Der Schlüssel „%1“ (%2) wurde widerrufen.</translation>
    </message>
    <message>
        <source>Deletes a key: it stops working and leaves the list. The audit log keeps its history.</source>
        <translation>Löscht einen Schlüssel: Er wird ungültig und verschwindet aus der Liste. Das Prüfprotokoll behält seinen Verlauf.</translation>
    </message>
    <message>
        <source>Deleted the key %1.</source>
        <translation>Der Schlüssel %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Makes a retry safe: run again with the same value and the same key is printed instead of a second one being made (16 to 255 printable characters, such as a UUID).</source>
        <translation>Macht eine Wiederholung sicher: Bei einem erneuten Aufruf mit demselben Wert wird derselbe Schlüssel ausgegeben, statt einen zweiten zu erstellen (16 bis 255 druckbare Zeichen, etwa eine UUID).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>--idempotency-key takes 16 to 255 printable characters without spaces.</source>
        <translation>--idempotency-key erwartet 16 bis 255 druckbare Zeichen ohne Leerzeichen.</translation>
    </message>
</context>
<context>
    <name>KeyDetails</name>
    <message>
        <source>none</source>
        <extracomment>Shown for an empty list of roles or scopes</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>previous secret, created %1, works until %2</source>
        <translation>vorheriger Geheimwert, erstellt %1, gültig bis %2</translation>
    </message>
    <message>
        <source>current secret, created %1</source>
        <translation>aktueller Geheimwert, erstellt %1</translation>
    </message>
    <message>
        <source>none (the key cannot be used)</source>
        <translation>keine (der Schlüssel ist nicht nutzbar)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Effective scopes</source>
        <translation>Wirksame Berechtigungen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Kurzform</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>KeyDetailsPane</name>
    <message>
        <source>Key details</source>
        <translation>Details zum Schlüssel</translation>
    </message>
    <message>
        <source>No key selected</source>
        <translation>Kein Schlüssel ausgewählt</translation>
    </message>
    <message>
        <source>Select a key to see its details and history.</source>
        <translation>Wählen Sie einen Schlüssel aus, um seine Details und seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Selected key</source>
        <translation>Ausgewählter Schlüssel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Effective scopes</source>
        <translation>Wirksame Berechtigungen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>History of the key</source>
        <translation>Verlauf des Schlüssels</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurückgesetzt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Keine Beschreibung</translation>
    </message>
    <message>
        <source>No roles</source>
        <translation>Keine Rollen</translation>
    </message>
    <message>
        <source>No scopes</source>
        <translation>Keine Berechtigungen</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <extracomment>When and by whom a key was created: &quot;1/2/26 12:00 by Olivia Owner&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A resource and its granted actions: &quot;documents: read, write&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Current secret, issued %1</source>
        <translation>Aktueller Geheimwert, ausgestellt am %1</translation>
    </message>
    <message>
        <source>Previous secret, stops working at %1</source>
        <translation>Vorheriger Geheimwert, gültig bis %1</translation>
    </message>
    <message>
        <source>No secret</source>
        <translation>Kein Geheimwert</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 by %2 · %3</source>
        <extracomment>An audit line: action, who, when (local time)</extracomment>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No recorded changes</source>
        <translation>Keine aufgezeichneten Änderungen</translation>
    </message>
</context>
<context>
    <name>KeyDisplay</name>
    <message>
        <source>Active</source>
        <extracomment>A key&apos;s status</extracomment>
        <translation>Aktiv</translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>A key&apos;s status</extracomment>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <extracomment>A key&apos;s status</extracomment>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Active; never expires</source>
        <translation>Aktiv; läuft nie ab</translation>
    </message>
    <message>
        <source>Active until %1</source>
        <translation>Aktiv bis %1</translation>
    </message>
    <message>
        <source>Expires on %1</source>
        <translation>Läuft am %1 ab</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <source>Revoked on %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>The type (environment) of a key</extracomment>
        <translation>Live</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>No scopes</source>
        <translation>Keine Berechtigungen</translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n Berechtigung</numerusform>
            <numerusform>%n Berechtigungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Expiry of a key that does not expire</extracomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie verwendet</translation>
    </message>
</context>
<context>
    <name>KeyRules</name>
    <message numerus="yes">
        <source>The name can be at most %n characters long.</source>
        <translation>
            <numerusform>Der Name darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Der Name darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name for the key.</source>
        <translation>Geben Sie einen Namen für den Schlüssel ein.</translation>
    </message>
    <message numerus="yes">
        <source>The description can be at most %n characters long.</source>
        <translation>
            <numerusform>Die Beschreibung darf höchstens %n Zeichen lang sein.</numerusform>
            <numerusform>Die Beschreibung darf höchstens %n Zeichen lang sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The description cannot contain control or text-direction characters.</source>
        <translation>Die Beschreibung darf keine Steuer- oder Textrichtungszeichen enthalten.</translation>
    </message>
    <message>
        <source>The name cannot contain line breaks, control, invisible or text-direction characters (it holds U+%1).</source>
        <translation>Der Name darf keine Zeilenumbrüche, Steuer-, unsichtbaren oder Textrichtungszeichen enthalten (er enthält U+%1).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings navigation</source>
        <translation>Navigation der Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Settings page</source>
        <translation>Einstellungsseite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Store summary</source>
        <translation>Übersicht des Speichers</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Keyward</source>
        <translation>Ü&amp;ber Keyward</translation>
    </message>
    <message>
        <source>About Keyward</source>
        <translation>Über Keyward</translation>
    </message>
    <message>
        <source>Keyward %1</source>
        <translation>Keyward %1</translation>
    </message>
    <message>
        <source>Issue and look after the API keys of your company&apos;s API: create, reveal once, edit, reset, revoke, delete and export.</source>
        <translation>API-Schlüssel für die API Ihres Unternehmens ausstellen und verwalten: erstellen, einmalig anzeigen, bearbeiten, zurücksetzen, widerrufen, löschen und exportieren.</translation>
    </message>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Connecting to “%1”…</source>
        <translation>Verbindung mit „%1“ wird hergestellt …</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen …</translation>
    </message>
    <message>
        <source>&amp;Switch store</source>
        <translation>Speicher &amp;wechseln</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Members table: the member has no email address</extracomment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Page description</source>
        <translation>Seitenbeschreibung</translation>
    </message>
    <message>
        <source>The people in this workspace and the role each of them has. Every change in Keyward is made by a member.</source>
        <translation>Die Personen in diesem Arbeitsbereich und die Rolle jeder einzelnen. Jede Änderung in Keyward nimmt ein Mitglied vor.</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Ein Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Mitglied hinzufügen</translation>
    </message>
    <message>
        <source>Acting member</source>
        <translation>Handelndes Mitglied</translation>
    </message>
    <message>
        <source>&amp;Acting as:</source>
        <translation>Sie &amp;handeln als:</translation>
    </message>
    <message>
        <source>Acting as member</source>
        <translation>Handeln als Mitglied</translation>
    </message>
    <message>
        <source>Every change you make in Keyward is made, and audited, as this member.</source>
        <translation>Jede Änderung, die Sie in Keyward vornehmen, erfolgt als dieses Mitglied und wird so protokolliert.</translation>
    </message>
    <message>
        <source>Who you are acting as</source>
        <translation>Als wer Sie handeln</translation>
    </message>
    <message>
        <source>About acting as a member</source>
        <translation>Über das Handeln als Mitglied</translation>
    </message>
    <message>
        <source>Why members cannot be changed</source>
        <translation>Warum Mitglieder nicht geändert werden können</translation>
    </message>
    <message>
        <source>Change the role of the selected member</source>
        <translation>Die Rolle des ausgewählten Mitglieds ändern</translation>
    </message>
    <message>
        <source>Change role…</source>
        <translation>Rolle ändern …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Acting-as choice: a member&apos;s name and role</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>Mitglieder werden geladen …</translation>
    </message>
    <message>
        <source>You are acting as &lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>Sie handeln als &lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>You are acting as %1 (%2), whose role does not include the %3 scope.</source>
        <translation>Sie handeln als %1 (%2); die Rolle dieses Mitglieds umfasst die Berechtigung %3 nicht.</translation>
    </message>
    <message>
        <source>Members can only be viewed. %1</source>
        <translation>Mitglieder können nur angesehen werden. %1</translation>
    </message>
    <message>
        <source>Add a person to this workspace</source>
        <translation>Eine Person zu diesem Arbeitsbereich hinzufügen</translation>
    </message>
    <message>
        <source>Give the selected member another role</source>
        <translation>Dem ausgewählten Mitglied eine andere Rolle geben</translation>
    </message>
    <message>
        <source>The store cannot be reached right now.</source>
        <translation>Der Speicher ist gerade nicht erreichbar.</translation>
    </message>
    <message>
        <source>On a Keyward server you act as the member whose key the connection uses.</source>
        <translation>Auf einem Keyward-Server handeln Sie als das Mitglied, dessen Schlüssel die Verbindung verwendet.</translation>
    </message>
    <message>
        <source>A local store has no sign-in: choose the member whose name and role your changes carry. Each switch is recorded in the audit log, and every change names your user account on this computer too.</source>
        <translation>Ein lokaler Speicher hat keine Anmeldung: Wählen Sie das Mitglied, dessen Name und Rolle Ihre Änderungen tragen. Jeder Wechsel wird im Prüfprotokoll festgehalten, und jede Änderung nennt auch Ihr Benutzerkonto auf diesem Computer.</translation>
    </message>
    <message>
        <source>Why the acting member did not change</source>
        <translation>Warum das handelnde Mitglied nicht gewechselt hat</translation>
    </message>
    <message>
        <source>Why no members are listed</source>
        <translation>Warum keine Mitglieder aufgeführt sind</translation>
    </message>
    <message>
        <source>You still act as %1: %2</source>
        <translation>Sie handeln weiterhin als %1: %2</translation>
    </message>
    <message>
        <source>The members cannot be listed: %1 Keys and roles are shown as usual, and each key still names who created it. A key with the teammates:read scope lists the members.</source>
        <translation>Die Mitglieder können nicht aufgeführt werden: %1 Schlüssel und Rollen werden wie gewohnt gezeigt, und jeder Schlüssel nennt weiterhin, wer ihn erstellt hat. Ein Schlüssel mit dem Berechtigungsbereich teammates:read führt die Mitglieder auf.</translation>
    </message>
    <message>
        <source>On a Keyward server you act as the member whose admin key this connection uses. The server records every change with that member and the key.</source>
        <translation>Auf einem Keyward-Server handeln Sie als das Mitglied, dessen Admin-Schlüssel diese Verbindung verwendet. Der Server hält jede Änderung mit diesem Mitglied und dem Schlüssel fest.</translation>
    </message>
</context>
<context>
    <name>OptionValues</name>
    <message>
        <source>The type must be test or live, not “%1”.</source>
        <translation>Der Typ muss test oder live sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The status must be active, expiring, expired or revoked, not “%1”.</source>
        <translation>Der Status muss active, expiring, expired oder revoked sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The grace period must be 0, 1h, 24h or 7d, not “%1”.</source>
        <translation>Die Übergangsfrist muss 0, 1h, 24h oder 7d sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>The format must be %1, not “%2”.</source>
        <translation>Das Format muss %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>A scope is written RESOURCE:ACTION (such as documents:read), not “%1”.</source>
        <translation>Eine Berechtigung wird als RESSOURCE:AKTION geschrieben (etwa documents:read), nicht „%1“.</translation>
    </message>
    <message>
        <source>--expires-in takes a number of days from 1 to %1, or never; not “%2”.</source>
        <translation>--expires-in erwartet eine Anzahl Tage von 1 bis %1 oder never, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from 1 to %2, not “%3”.</source>
        <translation>--%1 erwartet eine ganze Zahl von 1 bis %2, nicht „%3“.</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Unknown error.</source>
        <translation>Unbekannter Fehler.</translation>
    </message>
    <message>
        <source> UTC</source>
        <extracomment>Date and time in UTC as shown in tables, e.g. 2026-01-31 12:00 UTC</extracomment>
        <translation> UTC</translation>
    </message>
</context>
<context>
    <name>PreferencesPage</name>
    <message>
        <source>Preferences</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Page description</source>
        <translation>Seitenbeschreibung</translation>
    </message>
    <message>
        <source>How Keyward behaves on this computer. Changes are saved at once.</source>
        <translation>Wie sich Keyward auf diesem Computer verhält. Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>Clear copied &amp;keys after:</source>
        <translation>Kopierte &amp;Schlüssel entfernen nach:</translation>
    </message>
    <message>
        <source>Clipboard timeout in seconds</source>
        <translation>Zeitlimit der Zwischenablage in Sekunden</translation>
    </message>
    <message>
        <source>A copied API key is removed from the clipboard after this many seconds.</source>
        <translation>Ein kopierter API-Schlüssel wird nach so vielen Sekunden aus der Zwischenablage entfernt.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>About the clipboard timeout</source>
        <translation>Über das Zeitlimit der Zwischenablage</translation>
    </message>
    <message>
        <source>Only if the clipboard still holds the key.</source>
        <translation>Nur, wenn die Zwischenablage noch den Schlüssel enthält.</translation>
    </message>
    <message>
        <source>Default &amp;expiry:</source>
        <translation>Standard&amp;laufzeit:</translation>
    </message>
    <message>
        <source>Default expiry of new keys</source>
        <translation>Standardlaufzeit neuer Schlüssel</translation>
    </message>
    <message>
        <source>Default key &amp;type:</source>
        <translation>Standard-Schlüssel&amp;typ:</translation>
    </message>
    <message>
        <source>Default type of new keys</source>
        <translation>Standardtyp neuer Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>When the language changes</source>
        <translation>Wann die Sprache wechselt</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Wird beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>Never</source>
        <extracomment>Default expiry of new API keys: they do not expire</extracomment>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Test</source>
        <extracomment>Key type: for development, cannot touch production data</extracomment>
        <translation>Test</translation>
    </message>
    <message>
        <source>Live</source>
        <extracomment>Key type: for production</extracomment>
        <translation>Live</translation>
    </message>
    <message>
        <source>System</source>
        <extracomment>Interface language: follow the operating system&apos;s language</extracomment>
        <translation>System</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivateFiles</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>ResetKeyDialog</name>
    <message>
        <source>Reset key</source>
        <translation>Schlüssel zurücksetzen</translation>
    </message>
    <message>
        <source>Key to reset</source>
        <translation>Zurückzusetzender Schlüssel</translation>
    </message>
    <message>
        <source>What a reset does</source>
        <translation>Was ein Zurücksetzen bewirkt</translation>
    </message>
    <message>
        <source>A reset issues a new secret for this key. Integrations that use the current key stop working when the grace period ends, so update them with the new key before then.</source>
        <translation>Beim Zurücksetzen erhält dieser Schlüssel einen neuen Geheimwert. Integrationen, die den aktuellen Schlüssel nutzen, funktionieren nach Ende der Übergangsfrist nicht mehr. Stellen Sie sie vorher auf den neuen Schlüssel um.</translation>
    </message>
    <message>
        <source>Current key stops &amp;working:</source>
        <translation>Aktueller Schlüssel wird &amp;ungültig:</translation>
    </message>
    <message>
        <source>Grace period of the current key</source>
        <translation>Übergangsfrist des aktuellen Schlüssels</translation>
    </message>
    <message>
        <source>Type the key&apos;s &amp;name:</source>
        <translation>&amp;Namen des Schlüssels eingeben:</translation>
    </message>
    <message>
        <source>Key name, to confirm the reset of a live key</source>
        <translation>Name des Schlüssels, um das Zurücksetzen eines Live-Schlüssels zu bestätigen</translation>
    </message>
    <message>
        <source>Live key warning</source>
        <translation>Warnung zum Live-Schlüssel</translation>
    </message>
    <message>
        <source>This is a live key: real traffic uses it.</source>
        <translation>Dies ist ein Live-Schlüssel: Echter Datenverkehr nutzt ihn.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Reset “%1”?</source>
        <translation>„%1“ zurücksetzen?</translation>
    </message>
    <message>
        <source>Immediately</source>
        <extracomment>How long the current secret keeps working after a reset</extracomment>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>In 1 Stunde</translation>
    </message>
    <message>
        <source>In 24 hours</source>
        <translation>In 24 Stunden</translation>
    </message>
    <message>
        <source>In 7 days</source>
        <translation>In 7 Tagen</translation>
    </message>
    <message>
        <source>&amp;Type “%1” to confirm:</source>
        <translation>Zur Bestätigung „%1“ &amp;eingeben:</translation>
    </message>
    <message>
        <source>Type the key&apos;s name to confirm the reset.</source>
        <translation>Geben Sie zur Bestätigung den Namen des Schlüssels ein.</translation>
    </message>
    <message>
        <source>The key was not reset: %1</source>
        <translation>Der Schlüssel wurde nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>The store did not confirm the reset: %1
Press Reset again once it can be reached: the same reset is repeated, never a second one.</source>
        <translation>Der Speicher hat das Zurücksetzen nicht bestätigt: %1
Klicken Sie erneut auf „Schlüssel zurücksetzen“, sobald er wieder erreichbar ist: Dann wird dasselbe Zurücksetzen wiederholt, nie ein zweites ausgeführt.</translation>
    </message>
</context>
<context>
    <name>RevealKeyDialog</name>
    <message>
        <source>Your new API key</source>
        <translation>Ihr neuer API-Schlüssel</translation>
    </message>
    <message>
        <source>Dialog title</source>
        <translation>Dialogtitel</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Name des Schlüssels</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Copy this key now and keep it somewhere safe, such as a password manager. &lt;b&gt;For your security it will not be shown again.&lt;/b&gt;</source>
        <translation>Kopieren Sie diesen Schlüssel jetzt und bewahren Sie ihn an einem sicheren Ort auf, etwa in einem Passwort-Manager. &lt;b&gt;Zu Ihrer Sicherheit wird er nicht erneut angezeigt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>The full key. It is shown only this once.</source>
        <translation>Der vollständige Schlüssel. Er wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Schlüssel kopieren</translation>
    </message>
    <message>
        <source>Copy the key; the clipboard is cleared again after a short time.</source>
        <translation>Den Schlüssel kopieren; die Zwischenablage wird nach kurzer Zeit wieder geleert.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Clipboard status</source>
        <translation>Status der Zwischenablage</translation>
    </message>
    <message>
        <source>I have stored this key</source>
        <translation>Ich habe diesen Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>I have &amp;stored this key</source>
        <translation>Ich habe diesen Schlüssel &amp;gespeichert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Copy the key or tick “I have stored this key” first.</source>
        <translation>Kopieren Sie zuerst den Schlüssel oder kreuzen Sie „Ich habe diesen Schlüssel gespeichert“ an.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Your reset API key</source>
        <translation>Ihr zurückgesetzter API-Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard clears in %n s.</source>
        <comment>seconds left</comment>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n s geleert.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n s geleert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Zwischenablage geleert.</translation>
    </message>
    <message>
        <source>You copied something else since, so the clipboard was left as it is.</source>
        <translation>Sie haben inzwischen etwas anderes kopiert; die Zwischenablage bleibt daher unverändert.</translation>
    </message>
    <message>
        <source>Close without copying?</source>
        <translation>Ohne Kopieren schließen?</translation>
    </message>
    <message>
        <source>Close without copying the key?</source>
        <translation>Schließen, ohne den Schlüssel zu kopieren?</translation>
    </message>
    <message>
        <source>This key will not be shown again. If you have not stored it, you will have to reset it to get a new one.</source>
        <translation>Dieser Schlüssel wird nicht erneut angezeigt. Wenn Sie ihn nicht gespeichert haben, müssen Sie ihn zurücksetzen, um einen neuen zu erhalten.</translation>
    </message>
    <message>
        <source>Close without copying</source>
        <translation>Ohne Kopieren schließen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>RoleChecklist</name>
    <message>
        <source>Your role does not include %1, which this role grants.</source>
        <translation>Diese Rolle gewährt %1; Ihre eigene Rolle umfasst diese Berechtigung nicht.</translation>
    </message>
</context>
<context>
    <name>RoleChoices</name>
    <message>
        <source>Your role lacks some of this role&apos;s scopes, so you cannot give it.</source>
        <translation>Ihrer Rolle fehlen einige Berechtigungen dieser Rolle, daher können Sie sie nicht vergeben.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Dialog title</source>
        <translation>Dialogtitel</translation>
    </message>
    <message>
        <source>Why this role cannot be changed</source>
        <translation>Warum diese Rolle nicht geändert werden kann</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Name der Rolle</translation>
    </message>
    <message>
        <source>e.g. Billing integrations</source>
        <translation>z. B. Abrechnungsintegrationen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Beschreibung der Rolle</translation>
    </message>
    <message>
        <source>What members and keys with this role do</source>
        <translation>Was Mitglieder und Schlüssel mit dieser Rolle tun</translation>
    </message>
    <message>
        <source>&amp;Scopes</source>
        <translation>Berechti&amp;gungen</translation>
    </message>
    <message>
        <source>Scopes of the role</source>
        <translation>Berechtigungen der Rolle</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Edit role “%1”</source>
        <translation>Rolle „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Built-in roles cannot be changed. Create a custom role to choose other scopes.</source>
        <translation>Eingebaute Rollen können nicht geändert werden. Erstellen Sie eine benutzerdefinierte Rolle, um andere Berechtigungen zu wählen.</translation>
    </message>
    <message>
        <source>You need the %1 scope to change roles; your role (%2) does not have it.</source>
        <translation>Um Rollen zu ändern, brauchen Sie die Berechtigung %1; Ihre Rolle (%2) umfasst sie nicht.</translation>
    </message>
    <message>
        <source>Role “%1”</source>
        <translation>Rolle „%1“</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>RoleTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Kind</source>
        <extracomment>Roles table column: built-in or custom</extracomment>
        <translation>Art</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Page description</source>
        <translation>Seitenbeschreibung</translation>
    </message>
    <message>
        <source>Named sets of scopes that you give to members and keys. Built-in roles are fixed; custom roles are yours to shape.</source>
        <translation>Benannte Gruppen von Berechtigungen, die Sie Mitgliedern und Schlüsseln zuweisen. Eingebaute Rollen sind fest vorgegeben; benutzerdefinierte Rollen gestalten Sie selbst.</translation>
    </message>
    <message>
        <source>Create a new role</source>
        <translation>Eine neue Rolle erstellen</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Why roles cannot be changed</source>
        <translation>Warum Rollen nicht geändert werden können</translation>
    </message>
    <message>
        <source>Edit the selected role</source>
        <translation>Die ausgewählte Rolle bearbeiten</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Delete the selected role</source>
        <translation>Die ausgewählte Rolle löschen</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>You are acting as %1 (%2), whose role does not include the %3 scope.</source>
        <translation>Sie handeln als %1 (%2); die Rolle dieses Mitglieds umfasst die Berechtigung %3 nicht.</translation>
    </message>
    <message>
        <source>Roles can only be viewed. %1</source>
        <translation>Rollen können nur angesehen werden. %1</translation>
    </message>
    <message>
        <source>Create a custom role</source>
        <translation>Eine benutzerdefinierte Rolle erstellen</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Ansehen …</translation>
    </message>
    <message>
        <source>View the selected role</source>
        <translation>Die ausgewählte Rolle ansehen</translation>
    </message>
    <message>
        <source>Built-in roles cannot be deleted.</source>
        <translation>Eingebaute Rollen können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Delete the selected custom role</source>
        <translation>Die ausgewählte benutzerdefinierte Rolle löschen</translation>
    </message>
    <message>
        <source>Delete role?</source>
        <translation>Rolle löschen?</translation>
    </message>
    <message>
        <source>Delete the role “%1”?</source>
        <translation>Die Rolle „%1“ löschen?</translation>
    </message>
    <message>
        <source>Members and keys can no longer be given this role. This cannot be undone.</source>
        <translation>Mitglieder und Schlüssel können diese Rolle dann nicht mehr erhalten. Dies lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The store cannot be reached right now.</source>
        <translation>Der Speicher ist gerade nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>ScopeCatalog</name>
    <message>
        <source>Documents uploaded for signing</source>
        <translation>Zum Unterschreiben hochgeladene Dokumente</translation>
    </message>
    <message>
        <source>Requests for signatures</source>
        <translation>Anfragen nach Unterschriften</translation>
    </message>
    <message>
        <source>Bundles of documents sent together</source>
        <translation>Gemeinsam versendete Dokumentenpakete</translation>
    </message>
    <message>
        <source>Reusable document templates</source>
        <translation>Wiederverwendbare Dokumentvorlagen</translation>
    </message>
    <message>
        <source>Folders that organise documents</source>
        <translation>Ordner, in denen Dokumente abgelegt sind</translation>
    </message>
    <message>
        <source>People in the workspace</source>
        <translation>Personen im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Event notifications to other systems</source>
        <translation>Ereignismeldungen an andere Systeme</translation>
    </message>
    <message>
        <source>Logos, fonts and other brand assets</source>
        <translation>Logos, Schriften und andere Markenelemente</translation>
    </message>
    <message>
        <source>API keys (write and delete: manage API keys)</source>
        <translation>API-Schlüssel (Schreiben und Löschen: API-Schlüssel verwalten)</translation>
    </message>
    <message>
        <source>The workspace&apos;s audit trail</source>
        <translation>Das Prüfprotokoll des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Invoices and receipts</source>
        <translation>Rechnungen und Quittungen</translation>
    </message>
</context>
<context>
    <name>ScopeGridModel</name>
    <message>
        <source>%1 is read-only</source>
        <translation>%1 kann nur gelesen werden</translation>
    </message>
    <message>
        <source>Your role does not include %1</source>
        <translation>Ihre Rolle umfasst %1 nicht</translation>
    </message>
    <message>
        <source>Resource</source>
        <extracomment>Column header: a part of the API that scopes apply to</extracomment>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Read</source>
        <extracomment>Column header: the scope action &quot;read&quot;</extracomment>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <extracomment>Column header: the scope action &quot;write&quot;</extracomment>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Column header: the scope action &quot;delete&quot;</extracomment>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>ScopeGridWidget</name>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Space toggles a scope; Enter on a resource toggles its row.</source>
        <translation>Die Leertaste schaltet eine Berechtigung um; die Eingabetaste auf einer Ressource schaltet ihre Zeile um.</translation>
    </message>
    <message>
        <source>All read</source>
        <translation>Lesen für alle</translation>
    </message>
    <message>
        <source>All write</source>
        <translation>Schreiben für alle</translation>
    </message>
    <message>
        <source>All delete</source>
        <translation>Löschen für alle</translation>
    </message>
    <message>
        <source>Tick the scope in every row, or clear it when all are ticked.</source>
        <translation>Die Berechtigung in jeder Zeile ankreuzen oder, wenn alle angekreuzt sind, überall entfernen.</translation>
    </message>
</context>
<context>
    <name>SealSecret</name>
    <message>
        <source>Cannot read the sealing secret %1: %2</source>
        <translation>Das Versiegelungsgeheimnis %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The sealing secret %1 must hold exactly %2 bytes (e.g. from “head -c 32 /dev/urandom”).</source>
        <translation>Das Versiegelungsgeheimnis %1 muss genau %2 Bytes enthalten (z. B. aus „head -c 32 /dev/urandom“).</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the sealing secret.</source>
        <translation>Der Ordner %1 für das Versiegelungsgeheimnis kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the sealing secret %1: %2</source>
        <translation>Das Versiegelungsgeheimnis %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write the sealing secret %1: %2</source>
        <translation>Das Versiegelungsgeheimnis %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SecretPromptDialog</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Why Keyward asks</source>
        <translation>Warum Keyward fragt</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>&amp;Geheimnis</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>&amp;Remember it in the system keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Remember the secret in the system keychain</source>
        <translation>Das Geheimnis im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Connect to “%1”</source>
        <translation>Mit „%1“ verbinden</translation>
    </message>
    <message>
        <source>Enter the %1 for “%2” (%3).</source>
        <extracomment>%1 is &quot;admin key&quot; or &quot;database password&quot;; %2 the connection&apos;s name; %3 where it is</extracomment>
        <translation>Für „%2“ (%3) wird ein %1 benötigt.</translation>
    </message>
    <message>
        <source>Admin &amp;key</source>
        <translation>A&amp;dmin-Schlüssel</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>Ein %1 ist erforderlich.</translation>
    </message>
    <message>
        <source>This is not a Keyward key. Paste the whole admin key, e.g. key_live_….</source>
        <translation>Dies ist kein Keyward-Schlüssel. Fügen Sie den vollständigen Admin-Schlüssel ein, z. B. key_live_….</translation>
    </message>
</context>
<context>
    <name>SqlBackend</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Acting through a key, you cannot act as another member.</source>
        <translation>Wer über einen Schlüssel handelt, kann nicht als ein anderes Mitglied handeln.</translation>
    </message>
    <message>
        <source>There is no member with the id %1.</source>
        <translation>Es gibt kein Mitglied mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>SqlConnection</name>
    <message>
        <source>Cannot create the folder %1 for the key store.</source>
        <translation>Der Ordner %1 für den Schlüsselspeicher kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The key store %1 cannot use write-ahead logging.</source>
        <translation>Der Schlüsselspeicher %1 kann kein Write-Ahead-Logging verwenden.</translation>
    </message>
    <message>
        <source>The key store is busy: another program is writing to it. Try again.</source>
        <translation>Der Schlüsselspeicher ist belegt: Ein anderes Programm schreibt gerade hinein. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key store %1 is read-only. Check the file&apos;s permissions.</source>
        <translation>Der Schlüsselspeicher %1 ist schreibgeschützt. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>The disk is full: the change was not saved. Free some space and try again.</source>
        <translation>Der Datenträger ist voll: Die Änderung wurde nicht gespeichert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Keyward store.</source>
        <translation>Die Datei %1 ist beschädigt oder kein Keyward-Speicher.</translation>
    </message>
    <message>
        <source>Cannot open the key store %1.</source>
        <translation>Der Schlüsselspeicher %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The key store reported an error: %1</source>
        <translation>Der Schlüsselspeicher meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>This Keyward has no PostgreSQL driver: install libqt6sql6-psql.</source>
        <translation>Diesem Keyward fehlt der PostgreSQL-Treiber: Installieren Sie libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL store %1: %2</source>
        <translation>Der PostgreSQL-Speicher %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL store %1 was lost. Try again.</source>
        <translation>Die Verbindung zum PostgreSQL-Speicher %1 ist abgebrochen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The PostgreSQL store is out of space or resources: the change was not saved.</source>
        <translation>Dem PostgreSQL-Speicher fehlen Platz oder Ressourcen: Die Änderung wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>SqlDirectory</name>
    <message>
        <source>There is no member with the id %1.</source>
        <translation>Es gibt kein Mitglied mit der ID %1.</translation>
    </message>
    <message>
        <source>The key store has no members.</source>
        <translation>Der Schlüsselspeicher hat keine Mitglieder.</translation>
    </message>
    <message>
        <source>There is no workspace with the id %1.</source>
        <translation>Es gibt keinen Arbeitsbereich mit der ID %1.</translation>
    </message>
    <message>
        <source>The key in use does not hold the scope “%1”, so it cannot grant or use it.</source>
        <translation>Der verwendete Schlüssel hat die Berechtigung „%1“ nicht und kann sie daher weder vergeben noch nutzen.</translation>
    </message>
    <message>
        <source>You cannot use or grant the scope “%1”: your role (%2) does not include it.</source>
        <translation>Sie können die Berechtigung „%1“ weder nutzen noch vergeben: Ihre Rolle (%2) umfasst sie nicht.</translation>
    </message>
</context>
<context>
    <name>SqlIdempotencyLog</name>
    <message>
        <source>This idempotency key was already used for a different request.</source>
        <translation>Dieser Idempotenzschlüssel wurde bereits für eine andere Anfrage verwendet.</translation>
    </message>
    <message>
        <source>A retry-safe create or reset needs the sealing secret. %1</source>
        <translation>Ein wiederholbares Erstellen oder Zurücksetzen braucht das Versiegelungsgeheimnis. %1</translation>
    </message>
    <message>
        <source>This idempotency key already issued the key %1, but its secret cannot be shown again here: it was sealed with another sealing secret (another computer&apos;s, or the store was copied). No second key was made. Reset the key %1, with a new idempotency key, to get a secret you can use.</source>
        <translation>Dieser Idempotenzschlüssel hat bereits den Schlüssel %1 ausgegeben, aber sein Geheimnis kann hier nicht noch einmal gezeigt werden: Es wurde mit einem anderen Versiegelungsgeheimnis versiegelt (dem eines anderen Computers, oder der Speicher wurde kopiert). Es wurde kein zweiter Schlüssel erstellt. Setzen Sie den Schlüssel %1 mit einem neuen Idempotenzschlüssel zurück, um ein verwendbares Geheimnis zu erhalten.</translation>
    </message>
</context>
<context>
    <name>SqlKeyReader</name>
    <message>
        <source>The page cursor is not valid.</source>
        <translation>Der Seitenzeiger ist ungültig.</translation>
    </message>
    <message>
        <source>There is no key with the id “%1”.</source>
        <translation>Es gibt keinen Schlüssel mit der ID „%1“.</translation>
    </message>
</context>
<context>
    <name>SqlKeyWriter</name>
    <message>
        <source>The idempotency key must be 16 to 255 printable characters.</source>
        <translation>Der Idempotenzschlüssel muss aus 16 bis 255 druckbaren Zeichen bestehen.</translation>
    </message>
    <message>
        <source>Keys in this workspace must have an expiry date.</source>
        <translation>Schlüssel in diesem Arbeitsbereich brauchen ein Ablaufdatum.</translation>
    </message>
    <message>
        <source>The expiry date must be in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>The key “%1” was changed elsewhere since you opened it. Reload it and try again.</source>
        <translation>Der Schlüssel „%1“ wurde inzwischen an anderer Stelle geändert. Laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The grace period can be at most 7 days.</source>
        <translation>Die Übergangsfrist darf höchstens 7 Tage betragen.</translation>
    </message>
    <message>
        <source>The key “%1” is revoked and cannot be reset.</source>
        <translation>Der Schlüssel „%1“ ist widerrufen und kann nicht zurückgesetzt werden.</translation>
    </message>
    <message>
        <source>The key “%1” has expired and cannot be reset. Create a new key instead.</source>
        <translation>Der Schlüssel „%1“ ist abgelaufen und kann nicht zurückgesetzt werden. Erstellen Sie stattdessen einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>The key “%1” is already revoked.</source>
        <translation>Der Schlüssel „%1“ ist bereits widerrufen.</translation>
    </message>
    <message>
        <source>There is no scope “%1”.</source>
        <translation>Es gibt keine Berechtigung „%1“.</translation>
    </message>
    <message>
        <source>There is no role “%1”.</source>
        <translation>Es gibt keine Rolle „%1“.</translation>
    </message>
    <message>
        <source>You cannot reset “%1”: its new secret would act as %2, who created it, with the role %3, which holds “%4”; the key in use does not. Ask %2, or a member whose role holds every scope of %3, to reset it.</source>
        <translation>Sie können „%1“ nicht zurücksetzen: Sein neues Geheimnis würde als %2 handeln, der ihn erstellt hat, mit der Rolle %3, die „%4“ enthält; der verwendete Schlüssel hat das nicht. Bitten Sie %2 oder ein Mitglied, dessen Rolle jeden Berechtigungsbereich von %3 enthält, ihn zurückzusetzen.</translation>
    </message>
    <message>
        <source>You cannot reset “%1”: its new secret would act as %2, who created it, with the role %3, which holds “%4”; your role (%5) does not. Ask %2, or a member whose role holds every scope of %3, to reset it.</source>
        <translation>Sie können „%1“ nicht zurücksetzen: Sein neues Geheimnis würde als %2 handeln, der ihn erstellt hat, mit der Rolle %3, die „%4“ enthält; Ihre Rolle (%5) enthält das nicht. Bitten Sie %2 oder ein Mitglied, dessen Rolle jeden Berechtigungsbereich von %3 enthält, ihn zurückzusetzen.</translation>
    </message>
</context>
<context>
    <name>SqlSchema</name>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Everything, including billing and API keys.</source>
        <translation>Alles, einschließlich Abrechnung und API-Schlüsseln.</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Everything except financial documents.</source>
        <translation>Alles außer Finanzdokumenten.</translation>
    </message>
    <message>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <source>Builds integrations: works with documents, sees API keys and teammates.</source>
        <translation>Baut Integrationen: arbeitet mit Dokumenten, sieht API-Schlüssel und Teammitglieder.</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <source>Reads everything except financial documents.</source>
        <translation>Liest alles außer Finanzdokumenten.</translation>
    </message>
    <message>
        <source>The key store %1 was made by a newer version of Keyward. Update Keyward to open it.</source>
        <translation>Der Schlüsselspeicher %1 stammt von einer neueren Keyward-Version. Aktualisieren Sie Keyward, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The key prefix must be 2 to 12 lowercase letters or digits, starting with a letter.</source>
        <translation>Das Schlüsselpräfix muss aus 2 bis 12 Kleinbuchstaben oder Ziffern bestehen und mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>Default workspace</source>
        <translation>Standard-Arbeitsbereich</translation>
    </message>
    <message>
        <source>A workspace name has 1 to 100 characters.</source>
        <translation>Ein Arbeitsbereichsname hat 1 bis 100 Zeichen.</translation>
    </message>
    <message>
        <source>There is already a workspace named “%1”.</source>
        <translation>Es gibt bereits einen Arbeitsbereich namens „%1“.</translation>
    </message>
    <message>
        <source>A workspace name cannot contain line breaks, control, invisible or text-direction characters.</source>
        <translation>Ein Arbeitsbereichsname darf keine Zeilenumbrüche, Steuer-, unsichtbaren oder Textrichtungszeichen enthalten.</translation>
    </message>
</context>
<context>
    <name>SqlStoreOptions</name>
    <message>
        <source>“%1” is not a store: use sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>„%1“ ist kein Schlüsselspeicher: Verwenden Sie sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <source>Do not put the password in the URL: it would show in process lists. Use PGPASSWORD or a password file.</source>
        <translation>Geben Sie das Passwort nicht in der URL an: Es wäre in Prozesslisten sichtbar. Verwenden Sie PGPASSWORD oder eine Passwortdatei.</translation>
    </message>
    <message>
        <source>The store URL takes only ?sslmode=…, not “%1”.</source>
        <translation>Die Speicher-URL akzeptiert nur ?sslmode=…, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>SqlTeamWriter</name>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>There is already a member named “%1”.</source>
        <translation>Es gibt bereits ein Mitglied namens „%1“.</translation>
    </message>
    <message>
        <source>There is no member with the id %1.</source>
        <translation>Es gibt kein Mitglied mit der ID %1.</translation>
    </message>
    <message>
        <source>The workspace needs at least one Owner.</source>
        <translation>Der Arbeitsbereich braucht mindestens einen Inhaber.</translation>
    </message>
    <message>
        <source>There is no scope “%1”.</source>
        <translation>Es gibt keine Berechtigung „%1“.</translation>
    </message>
    <message>
        <source>There is already a role named “%1”.</source>
        <translation>Es gibt bereits eine Rolle namens „%1“.</translation>
    </message>
    <message>
        <source>There is no role with the id %1.</source>
        <translation>Es gibt keine Rolle mit der ID %1.</translation>
    </message>
    <message>
        <source>Built-in roles cannot be changed.</source>
        <translation>Eingebaute Rollen können nicht geändert werden.</translation>
    </message>
    <message>
        <source>There is no role “%1”.</source>
        <translation>Es gibt keine Rolle „%1“.</translation>
    </message>
    <message>
        <source>Built-in roles cannot be deleted.</source>
        <translation>Eingebaute Rollen können nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The role “%1” is still used by %2 and %3 (%4). Remove it from them first.</source>
        <translation>Die Rolle „%1“ wird noch von %2 und %3 (%4) verwendet. Entfernen Sie sie dort zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüsseln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitgliedern</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the member&apos;s name.</source>
        <translation>Geben Sie den Namen des Mitglieds ein.</translation>
    </message>
    <message>
        <source>Enter a name for the role.</source>
        <translation>Geben Sie einen Namen für die Rolle ein.</translation>
    </message>
</context>
<context>
    <name>SqlThreadVerifier</name>
    <message>
        <source>The key store is unavailable.</source>
        <translation>Der Schlüsselspeicher ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>StoreBanner</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Store problem</source>
        <translation>Problem mit dem Speicher</translation>
    </message>
    <message>
        <source>Try to reach the store again</source>
        <translation>Erneut versuchen, den Speicher zu erreichen</translation>
    </message>
    <message>
        <source>Trying…</source>
        <translation>Wird versucht …</translation>
    </message>
</context>
<context>
    <name>StoreStatus</name>
    <message>
        <source>Opening the store…</source>
        <translation>Der Speicher wird geöffnet …</translation>
    </message>
    <message>
        <source>Connecting to “%1”…</source>
        <translation>Verbindung mit „%1“ wird hergestellt …</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>„%1“ wird geöffnet …</translation>
    </message>
    <message>
        <source>“%1” could not be opened.</source>
        <translation>„%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>“%1” can be reached again.</source>
        <translation>„%1“ ist wieder erreichbar.</translation>
    </message>
    <message>
        <source>“%1” cannot be reached: %2
You are seeing the data loaded last. Changes are paused until the store answers again; Keyward keeps trying.</source>
        <translation>„%1“ ist nicht erreichbar: %2
Sie sehen die zuletzt geladenen Daten. Änderungen sind ausgesetzt, bis der Speicher wieder antwortet; Keyward versucht es weiter.</translation>
    </message>
    <message>
        <source>%1  ·  No API keys</source>
        <translation>%1  ·  Keine API-Schlüssel</translation>
    </message>
    <message>
        <source>The store could not be opened: %1
Keyward tries again by itself.</source>
        <translation>Der Speicher konnte nicht geöffnet werden: %1
Keyward versucht es von selbst erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %Ln key(s)</source>
        <extracomment>Status bar: store name, number of keys, how many expire within 30 days</extracomment>
        <translation>
            <numerusform>%1  ·  %Ln Schlüssel</numerusform>
            <numerusform>%1  ·  %Ln Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %Ln expiring within 30 days</source>
        <translation>
            <numerusform>  ·  %Ln davon läuft binnen 30 Tagen ab</numerusform>
            <numerusform>  ·  %Ln davon laufen binnen 30 Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the store for this version of Keyward… %1%</source>
        <extracomment>Status line while a store&apos;s tables and indexes are brought up to date</extracomment>
        <translation>Der Speicher wird für diese Keyward-Version vorbereitet … %1 %</translation>
    </message>
    <message>
        <source>Preparing “%1” for this version of Keyward… %2%</source>
        <translation>„%1“ wird für diese Keyward-Version vorbereitet … %2 %</translation>
    </message>
</context>
<context>
    <name>StoreSwitcher</name>
    <message>
        <source>No %1 is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 Keyward asks each time it connects and never writes the %2 to a file.</source>
        <translation>%1 Keyward fragt bei jedem Verbindungsaufbau nach dem %2 und schreibt dieses Geheimnis nie in eine Datei.</translation>
    </message>
    <message>
        <source>Not connected to “%1”: no %2 was entered.</source>
        <translation>Nicht mit „%1“ verbunden: Es wurde kein %2 eingegeben.</translation>
    </message>
    <message>
        <source>The %1 of “%2” could not be stored in the system keychain (%3). Keyward keeps it for this session only and will ask for it next time.</source>
        <translation>Das Geheimnis von „%2“ (%1) konnte nicht im Schlüsselbund des Systems gespeichert werden (%3). Keyward behält es nur für diese Sitzung und fragt beim nächsten Mal erneut danach.</translation>
    </message>
    <message>
        <source>The connection is forgotten, but its keychain entry could not be deleted: %1</source>
        <translation>Die Verbindung ist vergessen, aber ihr Eintrag im Schlüsselbund konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Issued to: %1
Issued by: %2
Valid until: %3
SHA-256 fingerprint:
%4

Compare the fingerprint with the one your server&apos;s administrator gave you. If they match, Keyward will trust this certificate, and only this one, for “%5”.</source>
        <extracomment>%1 the certificate&apos;s subject, %2 its issuer, %3 its end date, %4 the SHA-256 fingerprint</extracomment>
        <translation>Ausgestellt für: %1
Ausgestellt von: %2
Gültig bis: %3
SHA-256-Fingerabdruck:
%4

Vergleichen Sie den Fingerabdruck mit dem, den Sie vom Administrator Ihres Servers erhalten haben. Stimmen beide überein, vertraut Keyward diesem Zertifikat – und nur diesem – für „%5“.</translation>
    </message>
    <message>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <source>No authority this computer trusts vouches for the certificate of %1.</source>
        <translation>Keine Zertifizierungsstelle, der dieser Computer vertraut, bürgt für das Zertifikat von %1.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Not connected to “%1”: its certificate was not trusted.</source>
        <translation>Nicht mit „%1“ verbunden: Dem Zertifikat wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>%1 shows another certificate than the one this connection trusts. It may have been renewed, or someone may be in between (a proxy that inspects TLS, a certificate issued by mistake).</source>
        <translation>%1 zeigt ein anderes Zertifikat als das, dem diese Verbindung vertraut. Es kann erneuert worden sein, oder jemand steht dazwischen (ein Proxy, der TLS prüft, ein irrtümlich ausgestelltes Zertifikat).</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>the string that starts at byte %1 does not end</source>
        <translation>die Zeichenkette, die bei Byte %1 beginnt, endet nicht</translation>
    </message>
    <message>
        <source>the control character %1 must be escaped, at byte %2</source>
        <translation>das Steuerzeichen %1 muss maskiert werden, bei Byte %2</translation>
    </message>
    <message>
        <source>the text ends inside an escape, at byte %1</source>
        <translation>der Text endet innerhalb einer Maskierung, bei Byte %1</translation>
    </message>
    <message>
        <source>“\%1” is not a JSON escape (use \&quot; \\ \/ \b \f \n \r \t or \uXXXX), at byte %2</source>
        <translation>„\%1“ ist keine JSON-Maskierung (verwenden Sie \&quot; \\ \/ \b \f \n \r \t oder \uXXXX), bei Byte %2</translation>
    </message>
    <message>
        <source>\u%1 is a lone low surrogate, at byte %2</source>
        <translation>\u%1 ist ein einzelnes unteres Ersatzzeichen (Low Surrogate), bei Byte %2</translation>
    </message>
    <message>
        <source>\u%1 is a high surrogate without a low surrogate (\uDC00 to \uDFFF) after it, at byte %2</source>
        <translation>\u%1 ist ein oberes Ersatzzeichen (High Surrogate) ohne folgendes unteres (\uDC00 bis \uDFFF), bei Byte %2</translation>
    </message>
    <message>
        <source>\u needs four hexadecimal digits, at byte %1</source>
        <translation>\u braucht vier Hexadezimalziffern, bei Byte %1</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 at byte %1</source>
        <translation>der Text ist bei Byte %1 kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>the text starts with a byte order mark (U+FEFF), at byte 0</source>
        <translation>der Text beginnt mit einer Bytereihenfolge-Markierung (U+FEFF), bei Byte 0</translation>
    </message>
    <message>
        <source>the text holds no value, at byte %1</source>
        <translation>der Text enthält keinen Wert, bei Byte %1</translation>
    </message>
    <message>
        <source>something follows the value at byte %1</source>
        <translation>nach dem Wert folgt noch etwas, bei Byte %1</translation>
    </message>
    <message>
        <source>the text ends too early, at byte %1</source>
        <translation>der Text endet zu früh, bei Byte %1</translation>
    </message>
    <message>
        <source>unexpected %1 at byte %2</source>
        <translation>unerwartetes %1 bei Byte %2</translation>
    </message>
    <message>
        <source>the values nest deeper than %1 levels, at byte %2</source>
        <translation>die Werte sind tiefer als %1 Ebenen verschachtelt, bei Byte %2</translation>
    </message>
    <message>
        <source>the member name “%1” appears twice in one object, at byte %2</source>
        <translation>der Name „%1“ kommt in einem Objekt zweimal vor, bei Byte %2</translation>
    </message>
    <message>
        <source>the number at byte %1 is not written as JSON numbers are (e.g. 12, -3, 0.5, 1e6)</source>
        <translation>die Zahl bei Byte %1 ist nicht wie eine JSON-Zahl geschrieben (z. B. 12, -3, 0.5, 1e6)</translation>
    </message>
    <message>
        <source>the number at byte %1 is out of range</source>
        <translation>die Zahl bei Byte %1 liegt außerhalb des Wertebereichs</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Checks a key as the company&apos;s API would and prints the result as JSON.
Exit status: 0 valid; 3 not valid (unknown, malformed, expired or revoked); 4 valid but without the scope.</source>
        <translation>Prüft einen Schlüssel so wie die API des Unternehmens und gibt das Ergebnis als JSON aus.
Exit-Status: 0 gültig; 3 ungültig (unbekannt, fehlerhaft, abgelaufen oder widerrufen); 4 gültig, aber ohne die Berechtigung.</translation>
    </message>
    <message>
        <source>The key, or - to read it from standard input (which keeps it out of the process list).</source>
        <translation>Der Schlüssel, oder -, um ihn von der Standardeingabe zu lesen (so erscheint er nicht in der Prozessliste).</translation>
    </message>
    <message>
        <source>The scope the call needs, such as documents:read.</source>
        <translation>Die Berechtigung, die der Aufruf braucht, etwa documents:read.</translation>
    </message>
    <message>
        <source>resource:action</source>
        <translation>Ressource:Aktion</translation>
    </message>
    <message>
        <source>The key is valid but does not hold the scope %1.</source>
        <translation>Der Schlüssel ist gültig, hat aber die Berechtigung %1 nicht.</translation>
    </message>
    <message>
        <source>The key is not valid: it is unknown, malformed, expired or revoked.</source>
        <translation>Der Schlüssel ist ungültig: Er ist unbekannt, fehlerhaft, abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <source>Cannot read the key from standard input.</source>
        <translation>Der Schlüssel kann nicht von der Standardeingabe gelesen werden.</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <source>Creates the key store. Other commands create it too, with the default prefix.</source>
        <translation>Erstellt den Schlüsselspeicher. Andere Befehle erstellen ihn ebenfalls, dann mit dem Standardpräfix.</translation>
    </message>
    <message>
        <source>The vendor prefix of the store&apos;s keys: 2 to 12 lowercase letters or digits, starting with a letter (default: key).</source>
        <translation>Das Anbieterpräfix der Schlüssel im Speicher: 2 bis 12 Kleinbuchstaben oder Ziffern, beginnend mit einem Buchstaben (Standard: key).</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>The prefix must be 2 to 12 lowercase letters or digits, starting with a letter, not “%1”.</source>
        <translation>„%1“ ist kein gültiges Präfix: Es muss aus 2 bis 12 Kleinbuchstaben oder Ziffern bestehen und mit einem Buchstaben beginnen.</translation>
    </message>
    <message>
        <source>The key store %1 already exists with the prefix “%2”; a store&apos;s prefix cannot change.</source>
        <translation>Der Schlüsselspeicher %1 existiert bereits mit dem Präfix „%2“; das Präfix eines Speichers lässt sich nicht ändern.</translation>
    </message>
    <message>
        <source>The key store %1 is ready; its keys start with “%2_”.</source>
        <translation>Der Schlüsselspeicher %1 ist bereit; seine Schlüssel beginnen mit „%2_“.</translation>
    </message>
    <message>
        <source>Lists the scopes (RESOURCE:ACTION) that keys can be given.</source>
        <translation>Listet die Berechtigungen (RESSOURCE:AKTION) auf, die Schlüssel erhalten können.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>BERECHTIGUNG</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>Lists the roles and how many scopes each holds.</source>
        <translation>Listet die Rollen auf und wie viele Berechtigungen jede umfasst.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>SCOPES</source>
        <translation>BERECHTIGUNGEN</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <source>Lists the workspace&apos;s members; --as accepts their name, email or id.</source>
        <translation>Listet die Mitglieder des Arbeitsbereichs auf; --as akzeptiert Name, E-Mail-Adresse oder ID.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>table or json (default: table).</source>
        <translation>table oder json (Standard: table).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Issue and look after your API keys.</source>
        <translation>API-Schlüssel ausstellen und verwalten.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Open this SQLite store, and keep it among the connections (default: the last connection opened, at first %1).</source>
        <translation>Diesen SQLite-Speicher öffnen und in die Verbindungen aufnehmen (Standard: die zuletzt geöffnete Verbindung, anfangs %1).</translation>
    </message>
</context>
</TS>
