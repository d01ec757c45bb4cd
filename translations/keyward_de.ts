<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>&apos;CRM integration&apos;</source>
        <extracomment>An example key name in a command line; keep the quotes</extracomment>
        <translation>&apos;CRM-Integration&apos;</translation>
    </message>
    <message>
        <source>For now, create keys with keyward-cli</source>
        <translation>Erstellen Sie Schlüssel vorerst mit keyward-cli</translation>
    </message>
    <message>
        <source>How to create an API key</source>
        <translation>So erstellen Sie einen API-Schlüssel</translation>
    </message>
    <message>
        <source>Keys cannot be created in this window yet. Run this command in a terminal; the new key appears in this list by itself:</source>
        <translation>In diesem Fenster lassen sich noch keine Schlüssel erstellen. Führen Sie diesen Befehl in einem Terminal aus; der neue Schlüssel erscheint dann von selbst in dieser Liste:</translation>
    </message>
    <message>
        <source>The command prints the key once. Store it somewhere safe right away.</source>
        <translation>Der Befehl gibt den Schlüssel nur einmal aus. Bewahren Sie ihn sofort an einem sicheren Ort auf.</translation>
    </message>
    <message>
        <source>Columns to show</source>
        <translation>Anzuzeigende Spalten</translation>
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
    <message>
        <source>The name cannot contain line breaks, control or text-direction characters.</source>
        <translation>Der Name darf keine Zeilenumbrüche, Steuer- oder Textrichtungszeichen enthalten.</translation>
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
        <source>Opening the store…</source>
        <translation>Der Speicher wird geöffnet …</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Named sets of scopes that you give to members and keys.</source>
        <translation>Benannte Gruppen von Berechtigungen, die Sie Mitgliedern und Schlüsseln zuweisen.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>The people in this workspace and the role each of them has.</source>
        <translation>Die Personen in diesem Arbeitsbereich und die Rolle jeder einzelnen.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Every change to keys, roles and members: who made it, and when.</source>
        <translation>Jede Änderung an Schlüsseln, Rollen und Mitgliedern: wer sie vorgenommen hat und wann.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <source>How Keyward behaves on this computer.</source>
        <translation>Wie sich Keyward auf diesem Computer verhält.</translation>
    </message>
    <message>
        <source>The store could not be opened.</source>
        <translation>Der Speicher konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The store could not be opened: %1</source>
        <translation>Der Speicher konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Keyward — %1</source>
        <extracomment>Window title: the application, a dash and the store&apos;s name</extracomment>
        <translation>Keyward — %1</translation>
    </message>
    <message>
        <source>%1  ·  No API keys</source>
        <translation>%1  ·  Keine API-Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%1  ·  %n key(s)</source>
        <extracomment>Status bar: store name, number of keys, how many expire within 30 days</extracomment>
        <translation>
            <numerusform>%1  ·  %n Schlüssel</numerusform>
            <numerusform>%1  ·  %n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ·  %n expiring within 30 days</source>
        <translation>
            <numerusform>  ·  %n davon läuft binnen 30 Tagen ab</numerusform>
            <numerusform>  ·  %n davon laufen binnen 30 Tagen ab</numerusform>
        </translation>
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
    <name>PlaceholderPage</name>
    <message>
        <source>Settings page</source>
        <translation>Einstellungsseite</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Page description</source>
        <translation>Seitenbeschreibung</translation>
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
    <name>SqlBackend</name>
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
        <translation>Der Schlüssel „%1“ ist widerrufen und kann nicht erneuert werden.</translation>
    </message>
    <message>
        <source>The key “%1” has expired and cannot be reset. Create a new key instead.</source>
        <translation>Der Schlüssel „%1“ ist abgelaufen und kann nicht erneuert werden. Erstellen Sie stattdessen einen neuen Schlüssel.</translation>
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
</context>
<context>
    <name>SqlTeamWriter</name>
    <message>
        <source>Member name: %1</source>
        <translation>Name des Mitglieds: %1</translation>
    </message>
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
        <source>Role name: %1</source>
        <translation>Name der Rolle: %1</translation>
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
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitgliedern</numerusform>
        </translation>
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
        <source>The SQLite store to open (default: %1).</source>
        <translation>Der zu öffnende SQLite-Speicher (Standard: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
</context>
</TS>
