<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>BacklogTab</name>
    <message>
        <source>No features yet: what the product should do next, scored and ranked, then placed on the roadmap. Press {} or choose Product ▸ New Feature to add the first.</source>
        <translation>Noch keine Features: was das Produkt als Nächstes können soll, bewertet und gereiht, dann auf die Roadmap gesetzt. Drücken Sie {} oder wählen Sie Produkt ▸ Neues Feature, um das erste anzulegen.</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Rank the backlog by</source>
        <translation>Backlog ordnen nach</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>All releases</source>
        <translation>Alle Releases</translation>
    </message>
    <message>
        <source>{} of {} features</source>
        <translation>{} von {} Features</translation>
    </message>
    <message>
        <source>{} features</source>
        <translation>{} Features</translation>
    </message>
    <message>
        <source>Rank {}</source>
        <translation>Rang {}</translation>
    </message>
    <message>
        <source> (pinned; computed {})</source>
        <translation> (angeheftet; berechnet {})</translation>
    </message>
    <message>
        <source>**Problem.** {}</source>
        <translation>**Problem.** {}</translation>
    </message>
    <message>
        <source>### Evidence ({})</source>
        <translation>### Belege ({})</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation>Feature hinzufügen</translation>
    </message>
    <message>
        <source>Delete feature “{}”</source>
        <translation>Feature „{}“ löschen</translation>
    </message>
    <message>
        <source>Delete {} features</source>
        <translation>{} Features löschen</translation>
    </message>
    <message>
        <source>Plan feature “{}”</source>
        <translation>Feature „{}“ einplanen</translation>
    </message>
    <message>
        <source>Rank by {}</source>
        <translation>Nach {} priorisieren</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <source>Clear Baseline</source>
        <translation>Basisplan löschen</translation>
    </message>
    <message>
        <source>Save Baseline</source>
        <translation>Basisplan speichern</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <source>Baseline {}</source>
        <translation>Basisplan {}</translation>
    </message>
    <message>
        <source> (saved)</source>
        <translation> (gespeichert)</translation>
    </message>
    <message>
        <source>Entire project</source>
        <translation>Gesamtes Projekt</translation>
    </message>
    <message>
        <source>Selected tasks ({})</source>
        <translation>Ausgewählte Vorgänge ({})</translation>
    </message>
    <message>
        <source>Earned value and the Gantt&apos;s ghost bars use baseline 0 unless you pick another.</source>
        <translation>Fertigstellungswert und die Schattenbalken im Gantt nutzen Basisplan 0, sofern Sie keinen anderen wählen.</translation>
    </message>
    <message>
        <source>The tasks keep their other baselines.</source>
        <translation>Die Vorgänge behalten ihre anderen Basispläne.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Basisplan:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Für:</translation>
    </message>
    <message>
        <source>Clear baseline</source>
        <translation>Basisplan löschen</translation>
    </message>
    <message>
        <source>Clear baseline {}</source>
        <translation>Basisplan {} löschen</translation>
    </message>
    <message>
        <source>Save baseline</source>
        <translation>Basisplan speichern</translation>
    </message>
    <message>
        <source>Save baseline {}</source>
        <translation>Basisplan {} speichern</translation>
    </message>
    <message>
        <source>{} for {} tasks</source>
        <translation>{} für {} Vorgänge</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source> · full</source>
        <translation> · voll</translation>
    </message>
    <message>
        <source> · over limit by {count}</source>
        <translation> · {count} über dem Limit</translation>
    </message>
    <message>
        <source> · {count} shown</source>
        <translation> · {count} angezeigt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>{count} card</source>
        <translation>{count} Karte</translation>
    </message>
    <message>
        <source>{count} cards</source>
        <translation>{count} Karten</translation>
    </message>
    <message>
        <source>{figure} WIP</source>
        <translation>{figure} WIP</translation>
    </message>
</context>
<context>
    <name>BoardCanvas</name>
    <message>
        <source>Phase: {}</source>
        <translation>Phase: {}</translation>
    </message>
    <message>
        <source>Assigned to {}</source>
        <translation>Zugewiesen an {}</translation>
    </message>
    <message>
        <source>Finish: {}</source>
        <translation>Ende: {}</translation>
    </message>
    <message>
        <source>Priority {}, {} % complete</source>
        <translation>Priorität {}, {} % erledigt</translation>
    </message>
    <message>
        <source>Blocked by: {}</source>
        <translation>Blockiert durch: {}</translation>
    </message>
    <message>
        <source>Tags: {}</source>
        <translation>Schlagwörter: {}</translation>
    </message>
    <message>
        <source>Linked risks ({} band)</source>
        <translation>Verknüpfte Risiken (Stufe {})</translation>
    </message>
    <message>
        <source>Add a card to {}</source>
        <translation>Karte zu {} hinzufügen</translation>
    </message>
    <message>
        <source>{}: {} cards, no WIP limit</source>
        <translation>{}: {} Karten, kein WIP-Limit</translation>
    </message>
    <message>
        <source>over its limit</source>
        <translation>über dem Limit</translation>
    </message>
    <message>
        <source>within its limit</source>
        <translation>im Limit</translation>
    </message>
    <message>
        <source>{}: {} cards, WIP limit {} ({})</source>
        <translation>{}: {} Karten, WIP-Limit {} ({})</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>No swimlanes</source>
        <translation>Keine Bahnen</translation>
    </message>
    <message>
        <source>Lanes by assignee</source>
        <translation>Bahnen nach Zuständigen</translation>
    </message>
    <message>
        <source>Lanes by phase</source>
        <translation>Bahnen nach Phase</translation>
    </message>
    <message>
        <source>Lanes by priority</source>
        <translation>Bahnen nach Priorität</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Board</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Fluss</translation>
    </message>
    <message>
        <source>Add &amp;Card</source>
        <translation>&amp;Karte hinzufügen</translation>
    </message>
    <message>
        <source>Board &amp;Columns…</source>
        <translation>Board-&amp;Spalten…</translation>
    </message>
    <message>
        <source>&amp;Find Card…</source>
        <translation>Karte &amp;suchen…</translation>
    </message>
    <message>
        <source>Card &amp;Information…</source>
        <translation>Karten&amp;informationen…</translation>
    </message>
    <message>
        <source>&amp;Expand All Lanes</source>
        <translation>Alle Bahnen &amp;aufklappen</translation>
    </message>
    <message>
        <source>C&amp;ollapse All Lanes</source>
        <translation>Alle Bahnen &amp;zuklappen</translation>
    </message>
    <message>
        <source>Group the cards in swimlanes</source>
        <translation>Karten in Bahnen gruppieren</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Karten filtern</translation>
    </message>
    <message>
        <source>Show one person&apos;s cards</source>
        <translation>Karten einer Person zeigen</translation>
    </message>
    <message>
        <source>Show cards with one tag</source>
        <translation>Karten mit einem Schlagwort zeigen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>{} of {} cards shown</source>
        <translation>{} von {} Karten angezeigt</translation>
    </message>
    <message>
        <source> · over WIP limit: </source>
        <translation> · über WIP-Limit: </translation>
    </message>
    <message>
        <source>WIP Limit</source>
        <translation>WIP-Limit</translation>
    </message>
    <message>
        <source>“{}” has a WIP limit of {}. Cards there now: {}; moving “{}” there makes {}.

Finishing work in progress first keeps the flow going. Move it anyway?</source>
        <translation>„{}“ hat ein WIP-Limit von {}. Karten dort jetzt: {}; mit „{}“ werden es {}.

Laufende Arbeit zuerst abzuschließen hält den Fluss in Gang. Trotzdem verschieben?</translation>
    </message>
    <message>
        <source>Move “{}” to {}</source>
        <translation>„{}“ nach {} verschieben</translation>
    </message>
    <message>
        <source>Reorder “{}”</source>
        <translation>„{}“ umsortieren</translation>
    </message>
    <message>
        <source>Add card “{}”</source>
        <translation>Karte „{}“ hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben nach</translation>
    </message>
    <message>
        <source>&amp;Add Card to {}</source>
        <translation>Karte zu {} &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Column…</source>
        <translation>Spalte &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Add a card to the selected card&apos;s column</source>
        <translation>Eine Karte in der Spalte der gewählten Karte anlegen</translation>
    </message>
    <message>
        <source>Add, rename, reorder and delete columns; WIP limits</source>
        <translation>Spalten anlegen, umbenennen, ordnen und löschen; WIP-Limits</translation>
    </message>
    <message>
        <source>Every detail of the selected card</source>
        <translation>Alle Angaben der gewählten Karte</translation>
    </message>
    <message>
        <source>Filter the cards</source>
        <translation>Karten filtern</translation>
    </message>
    <message>
        <source>Fold every swimlane to its header</source>
        <translation>Jede Bahn auf ihre Kopfzeile zuklappen</translation>
    </message>
    <message>
        <source>Open every swimlane</source>
        <translation>Jede Bahn aufklappen</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Category</source>
        <translation type="vanished">Kategorie</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="vanished">Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="vanished">Ist</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="vanished">Verbleibend</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="vanished">Abweichung</translation>
    </message>
    <message>
        <source>Budget at completion: the baseline&apos;s cost</source>
        <translation type="vanished">Budget bei Fertigstellung: Kosten des Basisplans</translation>
    </message>
    <message>
        <source>Planned value: baseline cost planned by the status date</source>
        <translation type="vanished">Planwert: bis zum Statusdatum geplante Basisplankosten</translation>
    </message>
    <message>
        <source>Earned value: baseline cost of the work done</source>
        <translation type="vanished">Fertigstellungswert: Basisplankosten der geleisteten Arbeit</translation>
    </message>
    <message>
        <source>Actual cost of the work done, with cost entries</source>
        <translation type="vanished">Ist-Kosten der geleisteten Arbeit, mit Kostenbuchungen</translation>
    </message>
    <message>
        <source>Schedule variance EV - PV (negative: behind schedule)</source>
        <translation type="vanished">Terminabweichung EV - PV (negativ: im Verzug)</translation>
    </message>
    <message>
        <source>Cost variance EV - AC (negative: over budget)</source>
        <translation type="vanished">Kostenabweichung EV - AC (negativ: über Budget)</translation>
    </message>
    <message>
        <source>Schedule performance EV / PV (below 1: behind)</source>
        <translation type="vanished">Terminentwicklung EV / PV (unter 1: im Verzug)</translation>
    </message>
    <message>
        <source>Cost performance EV / AC (below 1: over budget)</source>
        <translation type="vanished">Kostenentwicklung EV / AC (unter 1: über Budget)</translation>
    </message>
    <message>
        <source>Estimate at completion</source>
        <translation type="vanished">Prognose bei Fertigstellung</translation>
    </message>
    <message>
        <source>Estimate to complete: EAC - AC</source>
        <translation type="vanished">Restkosten: EAC - AC</translation>
    </message>
    <message>
        <source>Variance at completion: BAC - EAC</source>
        <translation type="vanished">Abweichung bei Fertigstellung: BAC - EAC</translation>
    </message>
    <message>
        <source>Cost performance needed on the remaining work to meet BAC</source>
        <translation type="vanished">Nötige Kosteneffizienz der Restarbeit, um BAC einzuhalten</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>No budget lines yet: the money set aside for each cost category, which planned and actual costs are measured against. Choose Budget ▸ Add Budget Line to add the first.</source>
        <translation>Noch keine Budgetposten: das Geld, das für jede Kostenkategorie vorgesehen ist und an dem geplante und Istkosten gemessen werden. Wählen Sie Budget ▸ Budgetposten hinzufügen, um den ersten anzulegen.</translation>
    </message>
    <message>
        <source>No actual costs yet: the money spent (an invoice, a licence), by date and category. Choose Budget ▸ Add Actual Cost to record the first.</source>
        <translation>Noch keine Istkosten: das ausgegebene Geld (eine Rechnung, eine Lizenz), nach Datum und Kategorie. Wählen Sie Budget ▸ Istkosten hinzufügen, um die ersten zu erfassen.</translation>
    </message>
    <message>
        <source>Remaining = budget - actual (money left to spend); variance = budget - planned (negative: the plan overspends)</source>
        <translation type="vanished">Verbleibend = Budget - Ist (noch verfügbares Geld); Abweichung = Budget - Plan (negativ: der Plan überzieht)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Budget per category&lt;/b&gt;</source>
        <translation>&lt;b&gt;Budget je Kategorie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actual costs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ist-Kosten&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Budget, planned and actual&lt;/b&gt;</source>
        <translation>&lt;b&gt;Budget, Plan und Ist&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add &amp;Budget Line</source>
        <translation>&amp;Budgetposten hinzufügen</translation>
    </message>
    <message>
        <source>Delete Budget Line</source>
        <translation>Budgetposten löschen</translation>
    </message>
    <message>
        <source>Add &amp;Actual Cost</source>
        <translation>&amp;Istkosten hinzufügen</translation>
    </message>
    <message>
        <source>Delete Actual Cost</source>
        <translation>Istkosten löschen</translation>
    </message>
    <message>
        <source>&amp;Save Baseline…</source>
        <translation>&amp;Basisplan speichern…</translation>
    </message>
    <message>
        <source>C&amp;lear Baseline…</source>
        <translation>Basisplan &amp;entfernen…</translation>
    </message>
    <message>
        <source> Project budget </source>
        <translation> Projektbudget </translation>
    </message>
    <message>
        <source>The approved budget of the whole project; empty or 0: the sum of the budget lines</source>
        <translation>Das genehmigte Budget des ganzen Projekts; leer oder 0: die Summe der Budgetposten</translation>
    </message>
    <message>
        <source>Earned value</source>
        <translation>Fertigstellungswert</translation>
    </message>
    <message>
        <source>EAC = {}</source>
        <translation>EAC = {}</translation>
    </message>
    <message>
        <source>How the estimate at completion is worked out</source>
        <translation>Wie die Prognose bei Fertigstellung berechnet wird</translation>
    </message>
    <message>
        <source>Cost: </source>
        <translation>Kosten: </translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>Budgetposten hinzufügen</translation>
    </message>
    <message>
        <source>Add actual cost</source>
        <translation>Ist-Kosten hinzufügen</translation>
    </message>
    <message>
        <source>Delete {}</source>
        <translation>{} löschen</translation>
    </message>
    <message>
        <source>Delete {} {}</source>
        <translation>{} {} löschen</translation>
    </message>
    <message>
        <source>Project budget: {}</source>
        <translation>Projektbudget: {}</translation>
    </message>
    <message>
        <source>Project budget: a budget cannot be negative</source>
        <translation>Projektbudget: ein Budget kann nicht negativ sein</translation>
    </message>
    <message>
        <source>Change project budget</source>
        <translation>Projektbudget ändern</translation>
    </message>
    <message>
        <source>Change EAC method</source>
        <translation>EAC-Methode ändern</translation>
    </message>
    <message>
        <source>at {}</source>
        <translation>am {}</translation>
    </message>
    <message>
        <source>at the end of today&apos;s working day, {} (no status date set)</source>
        <translation>am Ende des heutigen Arbeitstags, {} (kein Statusdatum gesetzt)</translation>
    </message>
    <message>
        <source>at the end of the last working day, {} (no status date set)</source>
        <translation>am Ende des letzten Arbeitstags, {} (kein Statusdatum gesetzt)</translation>
    </message>
    <message>
        <source>against baseline 0</source>
        <translation>gegen Basisplan 0</translation>
    </message>
    <message>
        <source>against the current plan: no baseline saved</source>
        <translation>gegen den aktuellen Plan: kein Basisplan gespeichert</translation>
    </message>
    <message>
        <source>Delete the selected budget lines</source>
        <translation>Die gewählten Budgetposten löschen</translation>
    </message>
    <message>
        <source>Delete the selected cost entries</source>
        <translation>Die gewählten Kosteneinträge löschen</translation>
    </message>
    <message>
        <source>Forget a saved baseline</source>
        <translation>Einen gespeicherten Basisplan verwerfen</translation>
    </message>
    <message>
        <source>Keep the current schedule and costs as a baseline (0-10)</source>
        <translation>Aktuelle Termine und Kosten als Basisplan festhalten (0-10)</translation>
    </message>
    <message>
        <source>Record money spent: an invoice, a licence</source>
        <translation>Ausgegebenes Geld erfassen: eine Rechnung, eine Lizenz</translation>
    </message>
    <message>
        <source>Set money aside for a cost category</source>
        <translation>Geld für eine Kostenkategorie einplanen</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>1 risk</source>
        <translation>1 Risiko</translation>
    </message>
    <message>
        <source>Chance of finishing by</source>
        <translation>Wahrscheinlichkeit, fertig zu sein bis</translation>
    </message>
    <message>
        <source>Finish dates</source>
        <translation>Endtermine</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Probability {probability} ({likelihood}), impact {impact} ({severity}): score {score}, {band}; {risks}</source>
        <translation>Wahrscheinlichkeit {probability} ({likelihood}), Auswirkung {impact} ({severity}): Wert {score}, {band}; {risks}</translation>
    </message>
    <message>
        <source>{count} risks</source>
        <translation>{count} Risiken</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
    <message>
        <source>!</source>
        <translation>!</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>% Complete</source>
        <translation>% abgeschlossen</translation>
    </message>
    <message>
        <source>% Done</source>
        <translation>% erledigt</translation>
    </message>
    <message>
        <source>% complete of its linked tasks, by duration</source>
        <translation>% erledigt seiner verknüpften Vorgänge, nach Dauer</translation>
    </message>
    <message>
        <source>(current - baseline) / (target - baseline), 0-100 %</source>
        <translation>(aktuell - Ausgangswert) / (Ziel - Ausgangswert), 0-100 %</translation>
    </message>
    <message>
        <source>1 for a top-level task, 2 for its subtasks, ...</source>
        <translation>1 für einen Vorgang der obersten Ebene, 2 für seine Teilvorgänge, ...</translation>
    </message>
    <message>
        <source>A linked task is on the critical path</source>
        <translation>Ein verknüpfter Vorgang liegt auf dem kritischen Pfad</translation>
    </message>
    <message>
        <source>A quarter (2027 Q1) or a period in words</source>
        <translation>Ein Quartal (2027 Q1) oder ein Zeitraum in Worten</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <source>Baseline on</source>
        <translation>Basisplan vom</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget - actual: the money left to spend (negative: spent past the budget)</source>
        <translation>Budget - Ist: das noch verfügbare Geld (negativ: über das Budget hinaus ausgegeben)</translation>
    </message>
    <message>
        <source>Budget - planned (negative: the plan overspends)</source>
        <translation>Budget - Plan (negativ: der Plan überzieht)</translation>
    </message>
    <message>
        <source>Business value</source>
        <translation>Geschäftswert</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Chance the risk happens in a schedule-risk simulation run; in brackets: the probability rating&apos;s share, used when none is typed</source>
        <translation>Wahrscheinlichkeit, dass das Risiko in einem Lauf der Terminrisiko-Simulation eintritt; in Klammern: der Anteil der Wahrscheinlichkeitsstufe, der gilt, wenn keine eingegeben ist</translation>
    </message>
    <message>
        <source>Charged once for every task the resource is assigned to</source>
        <translation>Einmal je Vorgang berechnet, dem die Ressource zugeordnet ist</translation>
    </message>
    <message>
        <source>Conf. %</source>
        <translation>Konf. %</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuversicht</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost Var.</source>
        <translation>Kostenabw.</translation>
    </message>
    <message>
        <source>Cost impact</source>
        <translation>Kostenauswirkung</translation>
    </message>
    <message>
        <source>Cost of an hour of overtime</source>
        <translation>Kosten einer Überstunde</translation>
    </message>
    <message>
        <source>Cost of an hour of work (work resources) or of one unit (material)</source>
        <translation>Kosten einer Arbeitsstunde (Arbeitsressourcen) oder einer Einheit (Material)</translation>
    </message>
    <message>
        <source>Cost of its linked tasks</source>
        <translation>Kosten seiner verknüpften Vorgänge</translation>
    </message>
    <message>
        <source>Cost/Use</source>
        <translation>Kosten/Einsatz</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Current cost minus the baseline&apos;s</source>
        <translation>Aktuelle Kosten minus die des Basisplans</translation>
    </message>
    <message>
        <source>Current duration minus the baseline&apos;s</source>
        <translation>Aktuelle Dauer minus die des Basisplans</translation>
    </message>
    <message>
        <source>Current finish minus the baseline&apos;s, in working days</source>
        <translation>Aktuelles Ende minus das des Basisplans, in Arbeitstagen</translation>
    </message>
    <message>
        <source>Current start minus the baseline&apos;s, in working days</source>
        <translation>Aktueller Anfang minus der des Basisplans, in Arbeitstagen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Delay added by resource leveling</source>
        <translation>Verzögerung durch den Kapazitätsabgleich</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Duration Var.</source>
        <translation>Dauerabw.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>EMV</source>
        <translation>EMV</translation>
    </message>
    <message>
        <source>Earliest start of its linked tasks</source>
        <translation>Frühester Anfang seiner verknüpften Vorgänge</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Aufwand</translation>
    </message>
    <message>
        <source>Effort estimate in person-months (RICE effort)</source>
        <translation>Aufwandsschätzung in Personenmonaten (RICE-Aufwand)</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>Belege für</translation>
    </message>
    <message>
        <source>Expected monetary value: probability share x cost impact (negative for a threat)</source>
        <translation>Erwarteter Geldwert: Wahrscheinlichkeitsanteil x Kostenauswirkung (negativ bei einer Bedrohung)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Finish Var.</source>
        <translation>Endabw.</translation>
    </message>
    <message>
        <source>Finish in four fifths of the schedule-risk runs; ⚠ when after the feature&apos;s target quarter</source>
        <translation>Ende in vier Fünfteln der Terminrisiko-Läufe; ⚠ wenn nach dem Zielquartal des Features</translation>
    </message>
    <message>
        <source>Finish in half of the schedule-risk runs (Roadmap ▸ Forecast Delivery)</source>
        <translation>Ende in der Hälfte der Terminrisiko-Läufe (Roadmap ▸ Lieferprognose)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Held at its rank by hand; the computed rank is its score&apos;s</source>
        <translation>Von Hand auf seinem Rang gehalten; der berechnete Rang ergibt sich aus seiner Bewertung</translation>
    </message>
    <message>
        <source>Holds personal data: marked confidential, left out of shared copies</source>
        <translation>Enthält personenbezogene Daten: als vertraulich markiert, in geteilten Kopien weggelassen</translation>
    </message>
    <message>
        <source>Hours of work assigned over the whole project</source>
        <translation>Zugewiesene Arbeitsstunden über das ganze Projekt</translation>
    </message>
    <message>
        <source>How far behind the line from baseline to target the latest value may be, as a share of the distance from baseline to target, before the KPI is off track (within it: at risk)</source>
        <translation>Wie weit der letzte Wert hinter der Linie vom Ausgangswert zum Ziel liegen darf, als Anteil des Abstands vom Ausgangswert zum Ziel, bevor der KPI vom Kurs abweicht (innerhalb: gefährdet)</translation>
    </message>
    <message>
        <source>How long the task can slip without moving the project finish</source>
        <translation>Wie weit sich der Vorgang verschieben kann, ohne das Projektende zu verschieben</translation>
    </message>
    <message>
        <source>I</source>
        <translation>A</translation>
    </message>
    <message>
        <source>ICE C</source>
        <translation>ICE C</translation>
    </message>
    <message>
        <source>ICE E</source>
        <translation>ICE E</translation>
    </message>
    <message>
        <source>ICE I</source>
        <translation>ICE I</translation>
    </message>
    <message>
        <source>ICE confidence</source>
        <translation>ICE Zuversicht</translation>
    </message>
    <message>
        <source>ICE confidence, 1-10</source>
        <translation>ICE-Zuversicht, 1-10</translation>
    </message>
    <message>
        <source>ICE ease</source>
        <translation>ICE Einfachheit</translation>
    </message>
    <message>
        <source>ICE ease, 1-10</source>
        <translation>ICE-Einfachheit, 1-10</translation>
    </message>
    <message>
        <source>ICE impact</source>
        <translation>ICE Wirkung</translation>
    </message>
    <message>
        <source>ICE impact, 1-10</source>
        <translation>ICE-Wirkung, 1-10</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Impact, 1 (negligible) to 5 (severe)</source>
        <translation>Auswirkung, 1 (vernachlässigbar) bis 5 (schwerwiegend)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <source>Indicators: ⚠ a resource of the task is over-allocated while it runs; ◆ the task finishes after its deadline</source>
        <translation>Indikatoren: ⚠ eine Ressource des Vorgangs ist während seiner Laufzeit überlastet; ◆ der Vorgang endet nach seinem Stichtag</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Job size</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Kano</source>
        <translation>Kano</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Schlüsselergebnis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Latest finish of its linked tasks</source>
        <translation>Spätestes Ende seiner verknüpften Vorgänge</translation>
    </message>
    <message>
        <source>Leveling Delay</source>
        <translation>Abgleichsverzögerung</translation>
    </message>
    <message>
        <source>Linked tasks</source>
        <translation>Verknüpfte Vorgänge</translation>
    </message>
    <message>
        <source>Manual: the task keeps the dates typed, links do not move it; Auto: pmdesk schedules it</source>
        <translation>Manuell: der Vorgang behält die eingegebenen Daten, Verknüpfungen verschieben ihn nicht; Automatisch: pmdesk plant ihn</translation>
    </message>
    <message>
        <source>Max. Units</source>
        <translation>Max. Einheiten</translation>
    </message>
    <message>
        <source>MoSCoW</source>
        <translation>MoSCoW</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>On track, at risk or off track: the latest value against the straight line from baseline to target on its day</source>
        <translation>Im Plan, gefährdet oder vom Kurs ab: der letzte Wert gegenüber der Geraden vom Ausgangswert zum Ziel an seinem Tag</translation>
    </message>
    <message>
        <source>Outline Level</source>
        <translation>Gliederungsebene</translation>
    </message>
    <message>
        <source>Ovt. Rate</source>
        <translation>Überst.-Satz</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>P</source>
        <translation>W</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P80</source>
        <translation>P80</translation>
    </message>
    <message>
        <source>P80 effect</source>
        <translation>P80-Effekt</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Probability x impact, coloured by band</source>
        <translation>Wahrscheinlichkeit x Auswirkung, nach Stufe gefärbt</translation>
    </message>
    <message>
        <source>Probability, 1 (rare) to 5 (almost certain)</source>
        <translation>Wahrscheinlichkeit, 1 (selten) bis 5 (fast sicher)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Quote or summary</source>
        <translation>Zitat oder Zusammenfassung</translation>
    </message>
    <message>
        <source>RICE confidence: 100, 80 or 50 %</source>
        <translation>RICE-Zuversicht: 100, 80 oder 50 %</translation>
    </message>
    <message>
        <source>RICE impact: 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal</source>
        <translation>RICE-Wirkung: 3 enorm, 2 hoch, 1 mittel, 0.5 niedrig, 0.25 minimal</translation>
    </message>
    <message>
        <source>RICE reach: people or events per period</source>
        <translation>RICE-Reichweite: Personen oder Ereignisse je Zeitraum</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Rank; type a rank to pin the feature there, clear it to unpin</source>
        <translation>Rang; einen Rang eingeben fixiert das Feature dort, Leeren löst es</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Research insights linked to the feature</source>
        <translation>Mit dem Feature verknüpfte Erkenntnisse aus der Nutzerforschung</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Resource Name</source>
        <translation>Ressourcenname</translation>
    </message>
    <message>
        <source>Resource names with units: Ana[50%], Ben</source>
        <translation>Ressourcennamen mit Einheiten: Ana[50%], Ben</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Risk red.</source>
        <translation>Risikoreduz.</translation>
    </message>
    <message>
        <source>Risk reduction</source>
        <translation>Risikoreduzierung</translation>
    </message>
    <message>
        <source>Row numbers with link type and lag: 3, 3FS+2d, 5SS-1d, 7FF+50%</source>
        <translation>Zeilennummern mit Verknüpfungsart und Abstand: 3, 3FS+2d, 5SS-1d, 7FF+50%</translation>
    </message>
    <message>
        <source>Schedule impact</source>
        <translation>Terminauswirkung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Score expected after the response</source>
        <translation>Erwartete Bewertung nach der Maßnahme</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Start Var.</source>
        <translation>Anfangsabw.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Std. Rate</source>
        <translation>Standardsatz</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Target by</source>
        <translation>Ziel bis</translation>
    </message>
    <message>
        <source>Target release or quarter</source>
        <translation>Ziel-Release oder -Quartal</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Task Mode</source>
        <translation>Vorgangsmodus</translation>
    </message>
    <message>
        <source>Task Name</source>
        <translation>Vorgangsname</translation>
    </message>
    <message>
        <source>The cost of the work done so far, plus the actual costs recorded up to the status date</source>
        <translation>Die Kosten der bisher geleisteten Arbeit plus die bis zum Statusdatum erfassten Ist-Kosten</translation>
    </message>
    <message>
        <source>The features this insight supports</source>
        <translation>Die Features, die diese Erkenntnis stützt</translation>
    </message>
    <message>
        <source>The heaviest day&apos;s load, as a share of a full working day</source>
        <translation>Die Auslastung des vollsten Tages, als Anteil eines vollen Arbeitstags</translation>
    </message>
    <message>
        <source>The launched feature the KPI measures (its launch review), or none</source>
        <translation>Das eingeführte Feature, das der KPI misst (seine Einführungsbewertung), oder keines</translation>
    </message>
    <message>
        <source>The mean progress of its key results</source>
        <translation>Der mittlere Fortschritt seiner Schlüsselergebnisse</translation>
    </message>
    <message>
        <source>The money set aside for the category</source>
        <translation>Das für die Kategorie vorgesehene Geld</translation>
    </message>
    <message>
        <source>The most this resource can work at once: 100% is one full-time person</source>
        <translation>Das Höchste, was diese Ressource gleichzeitig arbeiten kann: 100% ist eine Vollzeitkraft</translation>
    </message>
    <message>
        <source>The objectives it serves; several separated by ;</source>
        <translation>Die Ziele, denen es dient; mehrere durch ; getrennt</translation>
    </message>
    <message>
        <source>The owner&apos;s confidence of reaching the target</source>
        <translation>Die Zuversicht des Verantwortlichen, das Ziel zu erreichen</translation>
    </message>
    <message>
        <source>The period&apos;s first day, when given as dates</source>
        <translation>Der erste Tag des Zeitraums, wenn er als Daten angegeben ist</translation>
    </message>
    <message>
        <source>The period&apos;s last day</source>
        <translation>Der letzte Tag des Zeitraums</translation>
    </message>
    <message>
        <source>The score of the project&apos;s framework (RICE, ICE or WSJF)</source>
        <translation>Die Bewertung nach dem Verfahren des Projekts (RICE, ICE oder WSJF)</translation>
    </message>
    <message>
        <source>The task&apos;s row number, as predecessors refer to it</source>
        <translation>Die Zeilennummer des Vorgangs, auf die sich Vorgänger beziehen</translation>
    </message>
    <message>
        <source>Three-point estimate for schedule risk: optimistic / most likely / pessimistic</source>
        <translation>Dreipunktschätzung für das Terminrisiko: optimistisch / wahrscheinlich / pessimistisch</translation>
    </message>
    <message>
        <source>Time crit.</source>
        <translation>Zeitkrit.</translation>
    </message>
    <message>
        <source>Time criticality</source>
        <translation>Zeitkritikalität</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Total Slack</source>
        <translation>Gesamtpuffer</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>WBS</source>
        <translation>PSP</translation>
    </message>
    <message>
        <source>WSJF job size</source>
        <translation>WSJF-Umfang</translation>
    </message>
    <message>
        <source>WSJF risk reduction or opportunity enablement</source>
        <translation>WSJF-Risikominderung oder Chancenermöglichung</translation>
    </message>
    <message>
        <source>WSJF time criticality</source>
        <translation>WSJF-Zeitkritikalität</translation>
    </message>
    <message>
        <source>WSJF user-business value</source>
        <translation>WSJF-Nutzer- und Geschäftswert</translation>
    </message>
    <message>
        <source>What the current plan will cost: work at the resources&apos; rates, materials and fixed costs</source>
        <translation>Was der aktuelle Plan kosten wird: Arbeit zu den Sätzen der Ressourcen, Material und Fixkosten</translation>
    </message>
    <message>
        <source>Whether the KPI improves by going up (higher) or down (lower)</source>
        <translation>Ob sich der KPI durch Steigen (höher) oder Sinken (niedriger) verbessert</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Work at the resources&apos; rates, costs per use and the fixed cost</source>
        <translation>Arbeit zu den Sätzen der Ressourcen, Kosten pro Einsatz und die Fixkosten</translation>
    </message>
    <message>
        <source>Work breakdown structure code: the task&apos;s place in the outline</source>
        <translation>Projektstrukturplan-Code: die Stelle des Vorgangs in der Gliederung</translation>
    </message>
    <message>
        <source>Working days the risk added to the P80 finish in the last run of the Schedule Risk tab: P80 of all runs minus P80 of the runs it did not happen in</source>
        <translation>Arbeitstage, die das Risiko im letzten Lauf des Reiters Terminrisiko zum P80-Ende hinzufügte: P80 aller Läufe minus P80 der Läufe, in denen es nicht eintrat</translation>
    </message>
    <message>
        <source>Working time the risk adds to each linked task when it happens (an opportunity takes it off): one duration, or min / likely / max</source>
        <translation>Arbeitszeit, die das Risiko bei Eintritt jedem verknüpften Vorgang hinzufügt (eine Chance zieht sie ab): eine Dauer oder min / wahrscheinlich / max</translation>
    </message>
    <message>
        <source>Working time: 5d, 4h, 2w, 1mo; 3ed is elapsed days; 0 a milestone</source>
        <translation>Arbeitszeit: 5d, 4h, 2w, 1mo; 3ed sind fortlaufende Tage; 0 ein Meilenstein</translation>
    </message>
    <message>
        <source>Working time: the project&apos;s calendar, or a personal one with vacations</source>
        <translation>Arbeitszeit: der Kalender des Projekts oder ein persönlicher mit Urlaub</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Board Columns</source>
        <translation>Board-Spalten</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Kein Limit</translation>
    </message>
    <message>
        <source>Most cards the column should hold; the header warns above it</source>
        <translation>Höchstzahl Karten in der Spalte; darüber warnt die Kopfzeile</translation>
    </message>
    <message>
        <source>Cards here are done (100 %, actual finish set)</source>
        <translation>Karten hier sind erledigt (100 %, tatsächliches Ende gesetzt)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Where the cards of a deleted column go</source>
        <translation>Wohin die Karten einer gelöschten Spalte gehen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;WIP limit:</source>
        <translation>&amp;WIP-Limit:</translation>
    </message>
    <message>
        <source>moving its cards to</source>
        <translation>und ihre Karten verschieben nach</translation>
    </message>
    <message>
        <source>{} cards</source>
        <translation>{} Karten</translation>
    </message>
    <message>
        <source>WIP {}</source>
        <translation>WIP {}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Change column {}</source>
        <translation>Spalte {} ändern</translation>
    </message>
    <message>
        <source>Add column {}</source>
        <translation>Spalte {} hinzufügen</translation>
    </message>
    <message>
        <source>Move column {}</source>
        <translation>Spalte {} verschieben</translation>
    </message>
    <message>
        <source>Delete column {}</source>
        <translation>Spalte {} löschen</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare With {}</source>
        <translation>Vergleichen mit {}</translation>
    </message>
    <message>
        <source>{} change{} from {} to this project</source>
        <translation type="vanished">{} Änderung(en) von {} zu diesem Projekt{}</translation>
    </message>
    <message>
        <source>Changes from {} to this project: {}</source>
        <translation>Änderungen von {} zu diesem Projekt: {}</translation>
    </message>
    <message>
        <source>Filter: words in the task, field or values</source>
        <translation>Filter: Wörter in Vorgang, Feld oder Werten</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>War</translation>
    </message>
    <message>
        <source>Is now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Copy &amp;Digest</source>
        <translation>&amp;Kurzfassung kopieren</translation>
    </message>
    <message>
        <source>Copy a short summary for a status e-mail</source>
        <translation>Eine kurze Zusammenfassung für eine Status-E-Mail kopieren</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Actual cost of the work done, with cost entries</source>
        <translation>Ist-Kosten der geleisteten Arbeit, mit Kostenbuchungen</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Alle Vorgänge</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Fast sicher</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Blank project</source>
        <translation>Leeres Projekt</translation>
    </message>
    <message>
        <source>Budget at completion: the baseline&apos;s cost</source>
        <translation>Budget bei Fertigstellung: Kosten des Basisplans</translation>
    </message>
    <message>
        <source>CPI</source>
        <translation>CPI</translation>
    </message>
    <message>
        <source>CSV sheet</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Confidential tasks and risks</source>
        <translation>Vertrauliche Vorgänge und Risiken</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost performance EV / AC (below 1: over budget)</source>
        <translation>Kostenentwicklung EV / AC (unter 1: über Budget)</translation>
    </message>
    <message>
        <source>Cost performance needed on the remaining work to meet BAC</source>
        <translation>Nötige Kosteneffizienz der Restarbeit, um BAC einzuhalten</translation>
    </message>
    <message>
        <source>Cost variance EV - AC (negative: over budget)</source>
        <translation>Kostenabweichung EV - AC (negativ: über Budget)</translation>
    </message>
    <message>
        <source>Costs, rates and budget lines</source>
        <translation>Kosten, Sätze und Budgetposten</translation>
    </message>
    <message>
        <source>Critical tasks</source>
        <translation>Kritische Vorgänge</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Discovery, Definition, Build, Launch and Growth with their tasks, links and milestones, ready to adjust; no people, costs or risks.</source>
        <translation>Discovery, Definition, Build, Launch und Growth mit ihren Vorgängen, Verknüpfungen und Meilensteinen, bereit zum Anpassen; ohne Personen, Kosten oder Risiken.</translation>
    </message>
    <message>
        <source>Earned value: baseline cost of the work done</source>
        <translation>Fertigstellungswert: Basisplankosten der geleisteten Arbeit</translation>
    </message>
    <message>
        <source>Estimate at completion</source>
        <translation>Prognose bei Fertigstellung</translation>
    </message>
    <message>
        <source>Estimate to complete: EAC - AC</source>
        <translation>Restkosten: EAC - AC</translation>
    </message>
    <message>
        <source>Every format</source>
        <translation>Alle Formate</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>GNOME Planner</source>
        <translation>GNOME Planner</translation>
    </message>
    <message>
        <source>GanttProject</source>
        <translation>GanttProject</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Late tasks</source>
        <translation>Verspätete Vorgänge</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>MS Project XML</source>
        <translation>MS Project XML</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Groß</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Microsoft Project</source>
        <translation>Microsoft Project</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Vernachlässigbar</translation>
    </message>
    <message>
        <source>No tasks yet; a board with To do, In progress and Done.</source>
        <translation>Noch keine Vorgänge; ein Board mit Zu erledigen, In Arbeit und Erledigt.</translation>
    </message>
    <message>
        <source>Notes (tasks, costs, stage changes, checklists, risk history)</source>
        <translation>Notizen (Vorgänge, Kosten, Phasenwechsel, Checklisten, Risikoverlauf)</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Planned value: baseline cost planned by the status date</source>
        <translation>Planwert: bis zum Statusdatum geplante Basisplankosten</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <source>Product launch (the demo&apos;s phases)</source>
        <translation>Produkteinführung (Phasen der Demo)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Veröffentlicht von</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>Selten</translation>
    </message>
    <message>
        <source>Research insights holding personal data</source>
        <translation>Erkenntnisse mit personenbezogenen Daten</translation>
    </message>
    <message>
        <source>Resource e-mails</source>
        <translation>E-Mail-Adressen der Ressourcen</translation>
    </message>
    <message>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <source>Schedule performance EV / PV (below 1: behind)</source>
        <translation>Terminentwicklung EV / PV (unter 1: im Verzug)</translation>
    </message>
    <message>
        <source>Schedule variance EV - PV (negative: behind schedule)</source>
        <translation>Terminabweichung EV - PV (negativ: im Verzug)</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Top risk</source>
        <translation>Größtes Risiko</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Unwahrscheinlich</translation>
    </message>
    <message>
        <source>Variance at completion: BAC - EAC</source>
        <translation>Abweichung bei Fertigstellung: BAC - EAC</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>akzeptieren</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>Analytics</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>attractive</source>
        <translation>begeisternd</translation>
    </message>
    <message>
        <source>avoid</source>
        <translation>vermeiden</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>vertraulich</translation>
    </message>
    <message>
        <source>could</source>
        <translation>kann</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>discovery</source>
        <translation>Erkundung</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>verworfen</translation>
    </message>
    <message>
        <source>enhance</source>
        <translation>verstärken</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>eskalieren</translation>
    </message>
    <message>
        <source>exploit</source>
        <translation>ausnutzen</translation>
    </message>
    <message>
        <source>go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>Wachstum</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>Warten</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>indifferent</source>
        <translation>indifferent</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>Markteinführung</translation>
    </message>
    <message>
        <source>launched</source>
        <translation>eingeführt</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>maturity</source>
        <translation>Reife</translation>
    </message>
    <message>
        <source>mitigate</source>
        <translation>mindern</translation>
    </message>
    <message>
        <source>must</source>
        <translation>muss</translation>
    </message>
    <message>
        <source>must-be</source>
        <translation>Basismerkmal</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>no baseline set</source>
        <translation>kein Basisplan gesetzt</translation>
    </message>
    <message>
        <source>no budget set</source>
        <translation>kein Budget gesetzt</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>nicht im Plan</translation>
    </message>
    <message>
        <source>on baseline</source>
        <translation>im Basisplan</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>Leistungsmerkmal</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>recycle</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>retirement</source>
        <translation>Auslauf</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>Rückweisungsmerkmal</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>sales call</source>
        <translation>Vertriebsgespräch</translation>
    </message>
    <message>
        <source>share</source>
        <translation>teilen</translation>
    </message>
    <message>
        <source>should</source>
        <translation>soll</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>support ticket</source>
        <translation>Support-Ticket</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>übertragen</translation>
    </message>
    <message>
        <source>vs baseline</source>
        <translation>ggü. Basisplan</translation>
    </message>
    <message>
        <source>within budget</source>
        <translation>im Budget</translation>
    </message>
    <message>
        <source>within planned cost</source>
        <translation>innerhalb der Plankosten</translation>
    </message>
    <message>
        <source>won&apos;t</source>
        <translation>nicht jetzt</translation>
    </message>
    <message>
        <source>yes (confidential)</source>
        <translation>ja (vertraulich)</translation>
    </message>
    <message>
        <source>pinned (computed {})</source>
        <translation>fixiert (berechnet {})</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>Budgetposten</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>Budgetposten</translation>
    </message>
    <message>
        <source>cost entry</source>
        <translation>Kostenbuchung</translation>
    </message>
    <message>
        <source>cost entries</source>
        <translation>Kostenbuchungen</translation>
    </message>
    <message>
        <source>row</source>
        <extracomment>The widest date a table shows, in bold: a date column is at least this wide.</extracomment>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Stage and next gate</source>
        <translation>Phase und nächstes Gate</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Schedule health</source>
        <translation>Terminlage</translation>
    </message>
    <message>
        <source>Cost health</source>
        <translation>Kostenlage</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Größte Risiken</translation>
    </message>
    <message>
        <source>Board WIP</source>
        <translation>Board-WIP</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Top of the backlog</source>
        <translation>Spitze des Backlogs</translation>
    </message>
    <message>
        <source>as of {}</source>
        <translation>Stand {}</translation>
    </message>
    <message>
        <source>{} KPIs · {} not on track</source>
        <translation>{} Kennzahlen · {} nicht im Plan</translation>
    </message>
    <message>
        <source>No KPIs yet.</source>
        <translation>Noch keine Kennzahlen.</translation>
    </message>
    <message>
        <source>Now {} · Next {} · Later {}&lt;br&gt;{} slipping past the target</source>
        <translation>Jetzt {} · Als Nächstes {} · Später {}&lt;br&gt;{} verfehlen das Ziel</translation>
    </message>
    <message>
        <source>&lt;br&gt;{} with P80 after the target</source>
        <translation>&lt;br&gt;{} mit P80 nach dem Ziel</translation>
    </message>
    <message>
        <source>Stage: &lt;b&gt;{}&lt;/b&gt;</source>
        <translation>Phase: &lt;b&gt;{}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Next gate: {}&lt;br&gt;{} → {} on {}</source>
        <translation>&lt;br&gt;Nächstes Gate: {}&lt;br&gt;{} → {} am {}</translation>
    </message>
    <message>
        <source>&lt;br&gt;No gate pending.</source>
        <translation>&lt;br&gt;Kein Gate offen.</translation>
    </message>
    <message>
        <source>{} — was due {}</source>
        <translation>{} — fällig war {}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{} overdue&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;{} überfällig&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>No open milestones.</source>
        <translation>Keine offenen Meilensteine.</translation>
    </message>
    <message>
        <source>Finish {}&lt;br&gt;working out SPI…</source>
        <translation>Ende {}&lt;br&gt;SPI wird berechnet…</translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation>kein Basisplan</translation>
    </message>
    <message>
        <source>Finish {}&lt;br&gt;Baseline finish {}&lt;br&gt;SPI {} · {} late tasks</source>
        <translation>Ende {}&lt;br&gt;Ende laut Basisplan {}&lt;br&gt;SPI {} · {} verspätete Vorgänge</translation>
    </message>
    <message>
        <source>Budget {}&lt;br&gt;working out CPI and EAC…</source>
        <translation>Budget {}&lt;br&gt;CPI und EAC werden berechnet…</translation>
    </message>
    <message>
        <source>Budget {}&lt;br&gt;Planned cost {}&lt;br&gt;CPI {} · EAC {}</source>
        <translation>Budget {}&lt;br&gt;Plankosten {}&lt;br&gt;CPI {} · EAC {}</translation>
    </message>
    <message>
        <source>score {}</source>
        <translation>Wert {}</translation>
    </message>
    <message>
        <source>{} · score {} · {}</source>
        <translation type="vanished">{} · Wert {} · {}</translation>
    </message>
    <message>
        <source>No open risks.</source>
        <translation>Keine offenen Risiken.</translation>
    </message>
    <message>
        <source>{}: {} / {} over limit</source>
        <translation>{}: {} / {} über dem Limit</translation>
    </message>
    <message>
        <source>No board columns.</source>
        <translation>Keine Board-Spalten.</translation>
    </message>
    <message>
        <source>The backlog is empty.</source>
        <translation>Der Backlog ist leer.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>A date such as 2028-03-06, 6/3/2028 or 6 Mar 2028</source>
        <translation>Ein Datum wie 2028-03-06, 6.3.2028 oder 6 Mär 2028</translation>
    </message>
    <message>
        <source>, with a time such as 2028-03-06 08:00</source>
        <translation>, mit einer Uhrzeit wie 2028-03-06 08:00</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Aus einem Kalender wählen</translation>
    </message>
</context>
<context>
    <name>DecideGateDialog</name>
    <message>
        <source>Decide Gate</source>
        <translation>Gate entscheiden</translation>
    </message>
    <message>
        <source>Decide gate {} → {}</source>
        <translation type="vanished">Gate {} → {} entscheiden</translation>
    </message>
    <message>
        <source>Decide gate {}</source>
        <translation>Gate entscheiden: {}</translation>
    </message>
    <message>
        <source>Mandatory criteria not met: </source>
        <translation>Nicht erfüllte Pflichtkriterien: </translation>
    </message>
    <message>
        <source>Every mandatory criterion is met.</source>
        <translation>Alle Pflichtkriterien sind erfüllt.</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Entscheidung:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Entschieden &amp;am:</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Entschieden &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Override &amp;reason:</source>
        <translation>&amp;Begründung der Ausnahme:</translation>
    </message>
    <message>
        <source>Decide gate {}: {}</source>
        <translation>Gate {} entscheiden: {}</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>Import of {} cancelled</source>
        <translation>Import von {} abgebrochen</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Imported {}: {} tasks</source>
        <translation>{} importiert: {} Vorgänge</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>Plan importieren</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Exported {}</source>
        <translation>{} exportiert</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>Plan exportieren</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Gantt chart</source>
        <translation>Gantt-Diagramm</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Statusbericht</translation>
    </message>
    <message>
        <source>Product backlog</source>
        <translation>Produkt-Backlog</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Fit the page width, as many pages down as needed</source>
        <translation>Seitenbreite füllen, so viele Seiten nach unten wie nötig</translation>
    </message>
    <message>
        <source>Fit on one page</source>
        <translation>Auf eine Seite einpassen</translation>
    </message>
    <message>
        <source>Tile pages to tape together</source>
        <translation>Kachelseiten zum Zusammenkleben</translation>
    </message>
    <message>
        <source>Export and Print</source>
        <translation>Exportieren und Drucken</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Ränder</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Kacheln</translation>
    </message>
    <message>
        <source>Time scale</source>
        <translation>Zeitskala</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>rows ×</source>
        <translation>Zeilen ×</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Nur von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Chart only, no table</source>
        <translation>Nur Diagramm, keine Tabelle</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Wrote {} (1 page).</source>
        <translation>{} geschrieben (1 Seite).</translation>
    </message>
    <message>
        <source>Wrote {} ({} pages).</source>
        <translation>{} geschrieben ({} Seiten).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to {}.</source>
        <translation type="vanished">
            <numerusform>%n Seite in {} geschrieben.</numerusform>
            <numerusform>%n Seiten in {} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Also &amp;tasks as events (each over the days it runs)</source>
        <translation>Auch &amp;Vorgänge als Termine (jeweils über ihre Dauer)</translation>
    </message>
    <message>
        <source>Milestones become all-day events; importing a newer export updates them in the calendar.</source>
        <translation>Meilensteine werden ganztägige Termine; ein neuerer Export aktualisiert sie im Kalender.</translation>
    </message>
    <message>
        <source>Write:</source>
        <translation>Schreiben:</translation>
    </message>
    <message>
        <source>The task table, in the columns the &amp;Gantt view shows</source>
        <translation>Die Vorgangstabelle mit den Spalten der &amp;Gantt-Ansicht</translation>
    </message>
    <message>
        <source>The task table, in &amp;all columns</source>
        <translation>Die Vorgangstabelle mit &amp;allen Spalten</translation>
    </message>
    <message>
        <source>The &amp;risk register</source>
        <translation>Das &amp;Risikoregister</translation>
    </message>
    <message>
        <source>The product &amp;backlog, in rank order</source>
        <translation>Der Produkt-&amp;Backlog in Rangfolge</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
</context>
<context>
    <name>FeatureDialog</name>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>Feature “{}”</source>
        <translation>Feature „{}“</translation>
    </message>
    <message>
        <source>Markdown: ## headings, - lists, **bold**</source>
        <translation>Markdown: ## Überschriften, - Listen, **fett**</translation>
    </message>
    <message>
        <source>a release or a quarter: 2027 Q2</source>
        <translation>ein Release oder ein Quartal: 2027 Q2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Problem:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>&amp;Release:</translation>
    </message>
    <message>
        <source>Pa&amp;rent feature:</source>
        <translation>Über&amp;geordnetes Feature:</translation>
    </message>
    <message>
        <source>Ob&amp;jectives:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>Edit feature “{}”</source>
        <translation>Feature „{}“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>FlowPanel</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation>Letzte 8 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>Letzte 26 Wochen</translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation>Ganzes Projekt</translation>
    </message>
    <message>
        <source>The dates the diagram, throughput and times cover</source>
        <translation>Der Zeitraum für Diagramm, Durchsatz und Zeiten</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Durchlaufzeit</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Bearbeitungszeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Card in progress</source>
        <translation>Karte in Arbeit</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Cumulative flow</source>
        <translation>Kumulatives Flussdiagramm</translation>
    </message>
    <message>
        <source>Throughput per week</source>
        <translation>Durchsatz pro Woche</translation>
    </message>
    <message>
        <source>Lead and cycle time of finished cards</source>
        <translation>Durchlauf- und Bearbeitungszeit erledigter Karten</translation>
    </message>
    <message>
        <source>Age of work in progress</source>
        <translation>Alter der laufenden Arbeit</translation>
    </message>
    <message>
        <source>mean {} d, 85th percentile {} d</source>
        <translation>Mittel {} T, 85. Perzentil {} T</translation>
    </message>
    <message>
        <source>mean {:.1f} d, 85th percentile {:.1f} d</source>
        <translation type="vanished">Mittel {:.1f} T, 85. Perzentil {:.1f} T</translation>
    </message>
    <message>
        <source>{} cards have no recorded moves yet; their times come from their actual dates.</source>
        <translation>{} Karten haben noch keine erfassten Bewegungen; ihre Zeiten stammen aus den tatsächlichen Daten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{}&lt;/b&gt; cards finished &amp;nbsp; &lt;b&gt;Lead time&lt;/b&gt;: {} &amp;nbsp; &lt;b&gt;Cycle time&lt;/b&gt;: {}{}</source>
        <translation>&lt;b&gt;{}&lt;/b&gt; Karten erledigt &amp;nbsp; &lt;b&gt;Durchlaufzeit&lt;/b&gt;: {} &amp;nbsp; &lt;b&gt;Bearbeitungszeit&lt;/b&gt;: {}{}</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>Start: {}</source>
        <translation>Anfang: {}</translation>
    </message>
    <message>
        <source>Finish: {}</source>
        <translation>Ende: {}</translation>
    </message>
    <message>
        <source>Duration: {}</source>
        <translation>Dauer: {}</translation>
    </message>
    <message>
        <source>Total slack: {}</source>
        <translation>Gesamtpuffer: {}</translation>
    </message>
    <message>
        <source>Free slack: {}</source>
        <translation>Freie Pufferzeit: {}</translation>
    </message>
    <message>
        <source>Manually scheduled</source>
        <translation>Manuell geplant</translation>
    </message>
    <message>
        <source>Split in {} parts</source>
        <translation>In {} Teile unterbrochen</translation>
    </message>
    <message>
        <source>Complete: {}%</source>
        <translation>Abgeschlossen: {}%</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>Auf dem kritischen Pfad</translation>
    </message>
    <message>
        <source>Deadline: {}</source>
        <translation>Stichtag: {}</translation>
    </message>
    <message>
        <source>Baseline: {} – {}</source>
        <translation>Basisplan: {} – {}</translation>
    </message>
    <message>
        <source>Risks: {} ({})</source>
        <translation>Risiken: {} ({})</translation>
    </message>
    <message>
        <source>Move “{}”</source>
        <translation>„{}“ verschieben</translation>
    </message>
    <message>
        <source>Change progress of “{}”</source>
        <translation>Fortschritt von „{}“ ändern</translation>
    </message>
    <message>
        <source>Link “{}” to “{}”</source>
        <translation>„{}“ mit „{}“ verknüpfen</translation>
    </message>
    <message>
        <source>Starts before its predecessor {name} allows</source>
        <translation>Beginnt früher, als sein Vorgänger {name} erlaubt</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <source>Resource: {}</source>
        <translation>Ressource: {}</translation>
    </message>
    <message>
        <source>Phase: {}</source>
        <translation>Phase: {}</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Vorgang</translation>
    </message>
    <message>
        <source>No tasks yet: type the first task&apos;s name, or press {}.</source>
        <translation>Noch keine Vorgänge: Geben Sie den Namen des ersten Vorgangs ein oder drücken Sie {}.</translation>
    </message>
    <message>
        <source>&amp;Insert Task</source>
        <translation>Vorgang &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;New Task Below</source>
        <translation>&amp;Neuer Vorgang darunter</translation>
    </message>
    <message>
        <source>&amp;Delete Task</source>
        <translation>Vorgang &amp;löschen</translation>
    </message>
    <message>
        <source>In&amp;dent</source>
        <translation>Tiefer &amp;stufen</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Höher stufen</translation>
    </message>
    <message>
        <source>&amp;Show Subtasks</source>
        <translation>Unter&amp;vorgänge zeigen</translation>
    </message>
    <message>
        <source>&amp;Hide Subtasks</source>
        <translation>Untervorgänge &amp;ausblenden</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Cu&amp;t Tasks</source>
        <translation>Vorgänge &amp;ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy Tasks</source>
        <translation>Vorgänge &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste Tasks</source>
        <translation>Vorgänge &amp;einfügen</translation>
    </message>
    <message>
        <source>Task &amp;Information…</source>
        <translation>Vorgangs&amp;informationen…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Project</source>
        <translation>&amp;Ganzes Projekt</translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation>Alle auf&amp;klappen</translation>
    </message>
    <message>
        <source>Co&amp;llapse All</source>
        <translation>Alle &amp;zuklappen</translation>
    </message>
    <message>
        <source>&amp;Find Task…</source>
        <translation>Vorgang &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;All Tasks (Clear Filter)</source>
        <translation>&amp;Alle Vorgänge (Filter aufheben)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Choose the columns of the task sheet</source>
        <translation>Die Spalten der Vorgangstabelle wählen</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Find task…</source>
        <translation>Vorgang suchen…</translation>
    </message>
    <message>
        <source>The baseline drawn under the bars and compared with in the variance columns</source>
        <translation>Der Basisplan, der unter den Balken gezeichnet und in den Abweichungsspalten verglichen wird</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <source>Baseline {}</source>
        <translation>Basisplan {}</translation>
    </message>
    <message>
        <source>Show only some tasks, with their summary tasks (F3 shows all tasks again)</source>
        <translation>Nur einige Vorgänge mit ihren Sammelvorgängen zeigen (F3 zeigt wieder alle)</translation>
    </message>
    <message>
        <source>A filter hides tasks: click to show all tasks (F3)</source>
        <translation>Ein Filter blendet Vorgänge aus: klicken, um alle zu zeigen (F3)</translation>
    </message>
    <message>
        <source>Filter: {} · {} of {} tasks  ✕</source>
        <translation>Filter: {} · {} von {} Vorgängen  ✕</translation>
    </message>
    <message>
        <source>Add a new task below the selected one</source>
        <translation>Einen neuen Vorgang unter dem gewählten anlegen</translation>
    </message>
    <message>
        <source>Copy the selected tasks with their links</source>
        <translation>Die gewählten Vorgänge mit ihren Verknüpfungen kopieren</translation>
    </message>
    <message>
        <source>Cut the selected tasks with their links</source>
        <translation>Die gewählten Vorgänge mit ihren Verknüpfungen ausschneiden</translation>
    </message>
    <message>
        <source>Delete the selected tasks and their subtasks</source>
        <translation>Die gewählten Vorgänge samt Untervorgängen löschen</translation>
    </message>
    <message>
        <source>Edit every detail of the task</source>
        <translation>Alle Angaben des Vorgangs bearbeiten</translation>
    </message>
    <message>
        <source>Find a task by name</source>
        <translation>Einen Vorgang nach Namen suchen</translation>
    </message>
    <message>
        <source>Fold the selected summary task</source>
        <translation>Den gewählten Sammelvorgang zuklappen</translation>
    </message>
    <message>
        <source>Insert a new task above the selected one</source>
        <translation>Einen neuen Vorgang über dem gewählten einfügen</translation>
    </message>
    <message>
        <source>Make the selected tasks subtasks of the task above</source>
        <translation>Die gewählten Vorgänge zu Untervorgängen des Vorgangs darüber machen</translation>
    </message>
    <message>
        <source>Move the selected tasks above the previous one</source>
        <translation>Die gewählten Vorgänge über den vorigen verschieben</translation>
    </message>
    <message>
        <source>Move the selected tasks below the next one</source>
        <translation>Die gewählten Vorgänge unter den nächsten verschieben</translation>
    </message>
    <message>
        <source>Move the selected tasks one level up</source>
        <translation>Die gewählten Vorgänge eine Ebene höher stufen</translation>
    </message>
    <message>
        <source>Open the selected summary task</source>
        <translation>Den gewählten Sammelvorgang aufklappen</translation>
    </message>
    <message>
        <source>Paste tasks below the selected one</source>
        <translation>Vorgänge unter dem gewählten einfügen</translation>
    </message>
    <message>
        <source>Show a longer time span</source>
        <translation>Einen längeren Zeitraum zeigen</translation>
    </message>
    <message>
        <source>Show a shorter time span</source>
        <translation>Einen kürzeren Zeitraum zeigen</translation>
    </message>
    <message>
        <source>Show every subtask</source>
        <translation>Alle Untervorgänge zeigen</translation>
    </message>
    <message>
        <source>Show every task again</source>
        <translation>Wieder alle Vorgänge zeigen</translation>
    </message>
    <message>
        <source>Show top-level tasks only</source>
        <translation>Nur Vorgänge der obersten Ebene zeigen</translation>
    </message>
    <message>
        <source>Zoom to show the whole project</source>
        <translation>So zoomen, dass das ganze Projekt zu sehen ist</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <source>Stage gates</source>
        <translation>Phasen-Gates</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Kriterien erfüllt</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Pflicht</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source> (override)</source>
        <translation> (übersteuert)</translation>
    </message>
    <message>
        <source>{} of {}</source>
        <translation>{} von {}</translation>
    </message>
    <message>
        <source>No gate selected. Add a gate for the stage the product is leaving.</source>
        <translation>Kein Gate ausgewählt. Legen Sie ein Gate für die Phase an, die das Produkt verlässt.</translation>
    </message>
    <message>
        <source>on {} by {}</source>
        <translation>am {} von {}</translation>
    </message>
    <message>
        <source>Override: {}</source>
        <translation>Übersteuert: {}</translation>
    </message>
    <message>
        <source>Edit criterion “{}”</source>
        <translation>Kriterium „{}“ bearbeiten</translation>
    </message>
    <message>
        <source>Add gate criterion</source>
        <translation>Gate-Kriterium hinzufügen</translation>
    </message>
</context>
<context>
    <name>HeadlineLabel</name>
    <message>
        <source>The schedule&apos;s headline, as in the status report: red when a deadline is missed or the finish slips more than 5 working days past baseline 0, amber for a smaller slip or SPI below 0.95, green on baseline</source>
        <translation>Die Terminaussage wie im Statusbericht: rot, wenn ein Stichtag verfehlt wird oder das Ende mehr als 5 Arbeitstage hinter Basisplan 0 rutscht, gelb bei kleinerem Verzug oder SPI unter 0,95, grün im Basisplan</translation>
    </message>
    <message>
        <source>The cost headline, as in the status report: the forecast (EAC, or the planned cost when that is higher) against the budget, else against the planned cost; red more than 5 % over, amber less or CPI below 0.95</source>
        <translation>Die Kostenaussage wie im Statusbericht: die Prognose (EAC oder die Plankosten, wenn höher) gegen das Budget, sonst gegen die Plankosten; rot bei mehr als 5 % darüber, gelb bei weniger oder CPI unter 0,95</translation>
    </message>
    <message>
        <source>{} deadline(s) missed</source>
        <translation>{} Stichtag(e) verfehlt</translation>
    </message>
    <message>
        <source>{} over budget by EAC</source>
        <translation>{} über Budget laut EAC</translation>
    </message>
    <message>
        <source>{} over budget</source>
        <translation>{} über Budget</translation>
    </message>
    <message>
        <source>{} over planned cost by EAC</source>
        <translation>{} über den Plankosten laut EAC</translation>
    </message>
    <message>
        <source>{} over planned cost</source>
        <translation>{} über den Plankosten</translation>
    </message>
    <message>
        <source>{} d vs baseline {}</source>
        <translation>{} T ggü. Basisplan {}</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <source>&lt;b&gt;Heat map&lt;/b&gt;</source>
        <translation>&lt;b&gt;Risikomatrix&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inhärent</translation>
    </message>
    <message>
        <source>Probability and impact before the response</source>
        <translation>Wahrscheinlichkeit und Auswirkung vor den Maßnahmen</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Probability and impact expected after the response (inherent when not assessed)</source>
        <translation>Erwartete Wahrscheinlichkeit und Auswirkung nach den Maßnahmen (inhärent, wenn nicht bewertet)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Heat map&lt;/b&gt; ({})</source>
        <translation>&lt;b&gt;Risikomatrix&lt;/b&gt; ({})</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>Choose a KPI to see its values against its target.</source>
        <translation>Wählen Sie einen KPI, um seine Werte im Vergleich zum Ziel zu sehen.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>target {value} by {date}</source>
        <translation>Zielwert {value} bis {date}</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>No KPIs yet: the measures of a launch&apos;s success (sign-ups, conversion, churn), each with a target and its values week by week. Click Add KPI or choose Product ▸ Add KPI to add the first.</source>
        <translation>Noch keine Kennzahlen: woran sich der Erfolg einer Markteinführung misst (Anmeldungen, Konversion, Abwanderung), jede mit einem Ziel und ihren Werten Woche für Woche. Klicken Sie auf Kennzahl hinzufügen oder wählen Sie Produkt ▸ Kennzahl hinzufügen, um die erste anzulegen.</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 Tage</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 Tage</translation>
    </message>
    <message>
        <source>Add &amp;KPI</source>
        <translation>&amp;Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>Kennzahl löschen</translation>
    </message>
    <message>
        <source>&amp;Import Values…</source>
        <translation>Werte &amp;importieren…</translation>
    </message>
    <message>
        <source>Add &amp;Value</source>
        <translation>&amp;Wert hinzufügen</translation>
    </message>
    <message>
        <source>Delete Value</source>
        <translation>Wert löschen</translation>
    </message>
    <message>
        <source>Launch review: each launched feature&apos;s KPIs 30, 60 and 90 days after its launch (its tasks&apos; finish)</source>
        <translation>Launch-Review: Kennzahlen jedes gestarteten Features 30, 60 und 90 Tage nach dem Start (Ende seiner Vorgänge)</translation>
    </message>
    <message>
        <source>Add KPI “{}”</source>
        <translation>KPI „{}“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete KPI “{}”</source>
        <translation>KPI „{}“ löschen</translation>
    </message>
    <message>
        <source>Add a value of “{}”</source>
        <translation>Wert von „{}“ hinzufügen</translation>
    </message>
    <message>
        <source>Delete the {} value of “{}”</source>
        <translation>Wert vom {} von „{}“ löschen</translation>
    </message>
    <message>
        <source>Import KPI Values</source>
        <translation>Kennzahlwerte importieren</translation>
    </message>
    <message>
        <source>CSV date,value (*.csv);;All files (*)</source>
        <translation>CSV Datum,Wert (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import {} values of “{}”</source>
        <translation>{} Werte von „{}“ importieren</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <source>&amp;Import KPI Values…</source>
        <translation>Kennzahl&amp;werte importieren…</translation>
    </message>
    <message>
        <source>Add &amp;KPI</source>
        <translation>&amp;Kennzahl hinzufügen</translation>
    </message>
    <message>
        <source>Add KPI &amp;Value</source>
        <translation>&amp;Wert hinzufügen</translation>
    </message>
    <message>
        <source>Add a launch KPI</source>
        <translation>Eine Kennzahl für die Produkteinführung anlegen</translation>
    </message>
    <message>
        <source>Add a measured value to the chosen KPI</source>
        <translation>Der gewählten Kennzahl einen gemessenen Wert hinzufügen</translation>
    </message>
    <message>
        <source>Add the chosen KPI&apos;s values from a date,value CSV file</source>
        <translation>Werte der gewählten Kennzahl aus einer CSV-Datei (Datum,Wert) hinzufügen</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>Kennzahl löschen</translation>
    </message>
    <message>
        <source>Delete the chosen KPI</source>
        <translation>Die gewählte Kennzahl löschen</translation>
    </message>
</context>
<context>
    <name>KpiValueModel</name>
    <message>
        <source>Value of {}</source>
        <translation>Wert vom {}</translation>
    </message>
</context>
<context>
    <name>LinkTasksDialog</name>
    <message>
        <source>Link Tasks</source>
        <translation>Vorgänge verknüpfen</translation>
    </message>
    <message>
        <source>Link tasks to “{}”</source>
        <translation>Vorgänge mit „{}“ verknüpfen</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation>Vorgänge filtern</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Opened {}</source>
        <translation>{} geöffnet</translation>
    </message>
</context>
<context>
    <name>LiveSync</name>
    <message>
        <source>{} changed {}: rows changed: {}</source>
        <extracomment>How often others&apos; changes are looked for: well inside the two seconds they may take.</extracomment>
        <translation type="vanished">{} hat {} geändert: geänderte Zeilen: {}</translation>
    </message>
    <message>
        <source>{} changed 1 row of {}</source>
        <extracomment>How often others&apos; changes are looked for: well inside the two seconds they may take.</extracomment>
        <translation>{} hat 1 Zeile von {} geändert</translation>
    </message>
    <message>
        <source>{} changed {} rows of {}</source>
        <translation>{} hat {} Zeilen von {} geändert</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Strategy</source>
        <extracomment>Tile -&gt; the view (or Product tab) a click opens. The words a tile&apos;s tooltip names its view by (the View menu&apos;s and Product tabs&apos; names).</extracomment>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Gantt</source>
        <translation>Gantt</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation>&amp;Zurück zur gespeicherten Fassung</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF / PNG…</source>
        <translation>Als &amp;PDF / PNG exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Connect to &amp;Workspace…</source>
        <translation>Mit &amp;Arbeitsbereich verbinden…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Project &amp;Information…</source>
        <translation>Projekt&amp;informationen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About pmdesk</source>
        <translation>Ü&amp;ber pmdesk</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Show the {} view</source>
        <translation>Ansicht {} zeigen</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>{tasks} tasks · {resources} resources · finish {finish} · {critical} critical</source>
        <translation>{tasks} Vorgänge · {resources} Ressourcen · Ende {finish} · {critical} kritisch</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Änderung abgelehnt</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Database code removed</source>
        <translation>Datenbankcode entfernt</translation>
    </message>
    <message>
        <source>Project repaired on opening</source>
        <translation>Projekt beim Öffnen repariert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “{}” before closing it?</source>
        <translation>Änderungen an „{}“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>pmdesk projects (*.pmdesk)</source>
        <translation>pmdesk-Projekte (*.pmdesk)</translation>
    </message>
    <message>
        <source>Saved {}</source>
        <translation>{} gespeichert</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Projekt speichern unter</translation>
    </message>
    <message>
        <source>Revert to saved</source>
        <translation>Zurück zur gespeicherten Fassung</translation>
    </message>
    <message>
        <source>Drop every change since the last save? This cannot be undone.</source>
        <translation>Alle Änderungen seit dem letzten Speichern verwerfen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation>Projekt nicht gefunden</translation>
    </message>
    <message>
        <source>{}: no such file any more.</source>
        <translation>{}: Diese Datei gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Edit project information</source>
        <translation>Projektinformationen bearbeiten</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="vanished">&amp;Vorgang</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>&amp;Fenster</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Keine zuletzt geöffneten Projekte</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;geöffnet&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation>Alle Fenster schließen und beenden</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Das Projekt schließen</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>Drop changes since the last save</source>
        <translation>Änderungen seit dem letzten Speichern verwerfen</translation>
    </message>
    <message>
        <source>Export the chart, board, risk register or a status report</source>
        <translation>Diagramm, Board, Risikoregister oder einen Statusbericht exportieren</translation>
    </message>
    <message>
        <source>Language, week start, new projects&apos; hours and currency, autosave, theme</source>
        <translation>Sprache, Wochenbeginn, Arbeitszeit und Währung neuer Projekte, Autosicherung, Farbschema</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Die Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>List what changed between another version of this project and this one</source>
        <translation>Auflisten, was sich zwischen einer anderen Fassung dieses Projekts und dieser geändert hat</translation>
    </message>
    <message>
        <source>Mer&amp;ge From…</source>
        <translation>&amp;Zusammenführen aus…</translation>
    </message>
    <message>
        <source>Name, dates, currency and working calendar</source>
        <translation>Name, Termine, Währung und Arbeitskalender</translation>
    </message>
    <message>
        <source>Open a plan from MS Project (.mpp, XML), GanttProject, GNOME Planner, Excel or CSV as a new project</source>
        <translation>Einen Plan aus MS Project (.mpp, XML), GanttProject, GNOME Planner, Excel oder CSV als neues Projekt öffnen</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ein Projekt öffnen</translation>
    </message>
    <message>
        <source>Open or publish projects in the team&apos;s shared workspace</source>
        <translation>Projekte im gemeinsamen Arbeitsbereich des Teams öffnen oder veröffentlichen</translation>
    </message>
    <message>
        <source>Open the built-in product launch demo</source>
        <translation>Das eingebaute Demoprojekt einer Produkteinführung öffnen</translation>
    </message>
    <message>
        <source>Print with a preview of the pages</source>
        <translation>Mit einer Vorschau der Seiten drucken</translation>
    </message>
    <message>
        <source>S&amp;hare a Copy…</source>
        <translation>Kopie &amp;weitergeben…</translation>
    </message>
    <message>
        <source>Save a copy without confidential tasks, costs, e-mails, personal data or notes</source>
        <translation>Eine Kopie ohne vertrauliche Vorgänge, Kosten, E-Mail-Adressen, persönliche Daten oder Notizen speichern</translation>
    </message>
    <message>
        <source>Save the plan as MS Project XML, GanttProject, Excel, CSV or iCalendar</source>
        <translation>Den Plan als MS-Project-XML, GanttProject, Excel, CSV oder iCalendar speichern</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Das Projekt unter neuem Namen speichern</translation>
    </message>
    <message>
        <source>Start a new project from a template</source>
        <translation>Ein neues Projekt aus einer Vorlage beginnen</translation>
    </message>
    <message>
        <source>Take a colleague&apos;s changes from their copy of this project</source>
        <translation>Die Änderungen eines Kollegen aus seiner Kopie dieses Projekts übernehmen</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge From {}</source>
        <translation>Zusammenführen aus {}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meins</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Ihre übernehmen</translation>
    </message>
    <message>
        <source>All &amp;Mine</source>
        <translation>Alle &amp;meine</translation>
    </message>
    <message>
        <source>All &amp;Theirs</source>
        <translation>Alle &amp;ihre</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>The merge closes a dependency cycle ({}). Check a link to leave out, then Merge again:</source>
        <translation>Das Zusammenführen schließt einen Abhängigkeitskreis ({}). Haken Sie eine Verknüpfung zum Weglassen an und führen Sie erneut zusammen:</translation>
    </message>
</context>
<context>
    <name>NewGateDialog</name>
    <message>
        <source>Add Gate</source>
        <translation>Gate hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Leaving stage:</source>
        <translation>&amp;Verlassene Phase:</translation>
    </message>
    <message>
        <source>Gate &amp;date:</source>
        <translation>Gate-&amp;Datum:</translation>
    </message>
    <message>
        <source>Add gate {}</source>
        <translation>Gate {} anlegen</translation>
    </message>
    <message>
        <source>Add gate {} → {}</source>
        <translation type="vanished">Gate {} → {} hinzufügen</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Unbenanntes Projekt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Anfang:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
</context>
<context>
    <name>PDF</name>
    <message>
        <source> (limit {limit})</source>
        <translation> (Limit {limit})</translation>
    </message>
    <message>
        <source> by {lanes}</source>
        <translation> nach {lanes}</translation>
    </message>
    <message>
        <source> · next gate: {gate} ({before} → {after}) on {date}</source>
        <translation> · nächstes Gate: {gate} ({before} → {after}) am {date}</translation>
    </message>
    <message>
        <source> — done</source>
        <translation> — erledigt</translation>
    </message>
    <message>
        <source> — over the WIP limit</source>
        <translation> — über dem WIP-Limit</translation>
    </message>
    <message>
        <source>1 late task</source>
        <translation>1 verspäteter Vorgang</translation>
    </message>
    <message>
        <source>; * pinned by hand ({count})</source>
        <translation>; * von Hand festgelegt ({count})</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Active risks now</source>
        <translation>Aktive Risiken jetzt</translation>
    </message>
    <message>
        <source>Actual cost (AC)</source>
        <translation>Istkosten (AC)</translation>
    </message>
    <message>
        <source>After responses</source>
        <translation>Nach Maßnahmen</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basisplan</translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation>Ende laut Basisplan</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget remaining</source>
        <translation>Restbudget</translation>
    </message>
    <message>
        <source>CPI</source>
        <translation>CPI</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Contingency reserve</source>
        <translation>Risikoreserve</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Critical task</source>
        <translation>Kritischer Vorgang</translation>
    </message>
    <message>
        <source>Critical tasks open</source>
        <translation>Offene kritische Vorgänge</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Deadlines missed</source>
        <translation>Verfehlte Stichtage</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>EMV</source>
        <translation>EMV</translation>
    </message>
    <message>
        <source>EMV of opportunities</source>
        <translation>EMV der Chancen</translation>
    </message>
    <message>
        <source>EMV of threats</source>
        <translation>EMV der Bedrohungen</translation>
    </message>
    <message>
        <source>Earned value (EV)</source>
        <translation>Fertigstellungswert (EV)</translation>
    </message>
    <message>
        <source>Earned value against baseline {number}</source>
        <translation>Fertigstellungswert gegen Basisplan {number}</translation>
    </message>
    <message>
        <source>Earned value against the current plan: no baseline saved</source>
        <translation>Fertigstellungswert gegen den aktuellen Plan: kein Basisplan gespeichert</translation>
    </message>
    <message>
        <source>Estimate at completion</source>
        <translation>Prognose bei Fertigstellung</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Finish variance</source>
        <translation>Abweichung Ende</translation>
    </message>
    <message>
        <source>Gantt chart</source>
        <translation>Gantt-Diagramm</translation>
    </message>
    <message>
        <source>High / medium / low</source>
        <translation>Hoch / mittel / niedrig</translation>
    </message>
    <message>
        <source>I</source>
        <translation>A</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Late tasks</source>
        <translation>Verspätete Vorgänge</translation>
    </message>
    <message>
        <source>Least slack</source>
        <translation>Geringster Puffer</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächste</translation>
    </message>
    <message>
        <source>No KPIs yet.</source>
        <translation>Noch keine Kennzahlen.</translation>
    </message>
    <message>
        <source>No active risks.</source>
        <translation>Keine aktiven Risiken.</translation>
    </message>
    <message>
        <source>No objectives yet.</source>
        <translation>Noch keine Ziele.</translation>
    </message>
    <message>
        <source>No open milestones.</source>
        <translation>Keine offenen Meilensteine.</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Ohne Ziel</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Ausblick</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>P</source>
        <translation>W</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Seite {number} von {count}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Planned cost (BAC)</source>
        <translation>Plankosten (BAC)</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Planned value (PV)</source>
        <translation>Planwert (PV)</translation>
    </message>
    <message>
        <source>Printed {date} {time} · {project}</source>
        <translation>Gedruckt {date} {time} · {project}</translation>
    </message>
    <message>
        <source>Product backlog</source>
        <translation>Produkt-Backlog</translation>
    </message>
    <message>
        <source>Product: {name}</source>
        <translation>Produkt: {name}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Ranked backlog</source>
        <translation>Backlog nach Rang</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Überfällige Prüfungen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Risikoregister</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Risks in the register</source>
        <translation>Risiken im Register</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Roadmap: now, next, later</source>
        <translation>Roadmap: jetzt, als Nächstes, später</translation>
    </message>
    <message>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Schedule and cost</source>
        <translation>Termine und Kosten</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Phase: {stage}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Statusdatum</translation>
    </message>
    <message>
        <source>Status date {date}</source>
        <translation>Statusdatum {date}</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Statusbericht</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammelvorgang</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>The backlog is empty.</source>
        <translation>Der Backlog ist leer.</translation>
    </message>
    <message>
        <source>The register is empty.</source>
        <translation>Das Register ist leer.</translation>
    </message>
    <message>
        <source>This project has no board columns.</source>
        <translation>Dieses Projekt hat keine Board-Spalten.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Größte Risiken</translation>
    </message>
    <message>
        <source>Variance at completion</source>
        <translation>Abweichung bei Abschluss</translation>
    </message>
    <message>
        <source>WBS</source>
        <translation>PSP</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>features by target quarter; red: slipping past the target or P80 after it</source>
        <translation>Features nach Zielquartal; rot: rutscht über das Ziel oder P80 danach</translation>
    </message>
    <message>
        <source>latest value against the line from baseline to target</source>
        <translation>letzter Wert gegen die Linie vom Ausgangswert zum Ziel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>nothing late</source>
        <translation>nichts verspätet</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlichen</translation>
    </message>
    <message>
        <source>page {row}/{column}</source>
        <translation>Seite {row}/{column}</translation>
    </message>
    <message>
        <source>page {row}/{column} →</source>
        <translation>Seite {row}/{column} →</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>{active} ({threats} threats, {opportunities} opportunities)</source>
        <translation>{active} ({threats} Bedrohungen, {opportunities} Chancen)</translation>
    </message>
    <message>
        <source>{cards} cards in {columns} columns</source>
        <translation>{cards} Karten in {columns} Spalten</translation>
    </message>
    <message>
        <source>{column} (continued)</source>
        <translation>{column} (Forts.)</translation>
    </message>
    <message>
        <source>{count} active</source>
        <translation>{count} aktiv</translation>
    </message>
    <message>
        <source>{count} features by {framework}</source>
        <translation>{count} Features nach {framework}</translation>
    </message>
    <message>
        <source>{count} late tasks</source>
        <translation>{count} verspätete Vorgänge</translation>
    </message>
    <message>
        <source>{count} risks, highest score first</source>
        <translation>{count} Risiken, höchster Wert zuerst</translation>
    </message>
    <message>
        <source>{count}{limit} card</source>
        <translation>{count}{limit} Karte</translation>
    </message>
    <message>
        <source>{count}{limit} cards</source>
        <translation>{count}{limit} Karten</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} T</translation>
    </message>
    <message>
        <source>{days} d slack</source>
        <translation>{days} T Puffer</translation>
    </message>
    <message>
        <source>{days} working days late</source>
        <translation>{days} Arbeitstage verspätet</translation>
    </message>
    <message>
        <source>{high} high · {medium} medium</source>
        <translation>{high} hoch · {medium} mittel</translation>
    </message>
    <message>
        <source>{high} high, {medium} medium, {low} low</source>
        <translation>{high} hoch, {medium} mittel, {low} niedrig</translation>
    </message>
    <message>
        <source>{latest} of {target} {unit} by {date}</source>
        <translation>{latest} von {target} {unit} bis {date}</translation>
    </message>
    <message>
        <source>{overdue} overdue · {next} next</source>
        <translation>{overdue} überfällig · {next} als Nächstes</translation>
    </message>
    <message>
        <source>← page {row}/{column}</source>
        <translation>← Seite {row}/{column}</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The working copy is up to date again.</source>
        <extracomment>0: the locale&apos;s first day of the week; 1 Monday ... 7 Sunday (Qt.DayOfWeek). Seconds between checks of each window&apos;s working copy; 0 switches them off.</extracomment>
        <translation>Die Arbeitskopie ist wieder aktuell.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The open windows change to the chosen language at once, and the next start speaks it too</source>
        <translation>Die offenen Fenster wechseln sofort in die gewählte Sprache, und der nächste Start spricht sie auch</translation>
    </message>
    <message>
        <source>As the language does</source>
        <translation>Wie in der Sprache üblich</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Windows opened from now on, and the next start, speak the chosen language</source>
        <translation type="vanished">Ab jetzt geöffnete Fenster und der nächste Start verwenden die gewählte Sprache</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>&amp;Week starts on:</source>
        <translation>&amp;Woche beginnt am:</translation>
    </message>
    <message>
        <source>Working hours of a weekday, e.g. 08:00-12:00, 13:00-17:00</source>
        <translation>Arbeitszeit eines Werktags, z. B. 08:00-12:00, 13:00-17:00</translation>
    </message>
    <message>
        <source>Working &amp;hours of new projects:</source>
        <translation>Arbeits&amp;zeit neuer Projekte:</translation>
    </message>
    <message>
        <source>&amp;Currency of new projects:</source>
        <translation>&amp;Währung neuer Projekte:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>How often pmdesk makes sure the working copy, which a crash leaves for recovery, holds every change</source>
        <translation>Wie oft pmdesk prüft, ob die Arbeitskopie, die nach einem Absturz wiederhergestellt wird, jede Änderung enthält</translation>
    </message>
    <message>
        <source>&amp;Autosave working copy every:</source>
        <translation>Arbeitskopie &amp;automatisch sichern alle:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>a working day needs working hours</source>
        <translation>ein Arbeitstag braucht Arbeitszeit</translation>
    </message>
    <message>
        <source>Working hours: {}</source>
        <translation>Arbeitszeit: {}</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Change Stage</source>
        <translation>Phase ändern</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Runners, Parents, ...</source>
        <translation>Läufer, Eltern, ...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Vision:</source>
        <translation>&amp;Vision:</translation>
    </message>
    <message>
        <source>&amp;Segments:</source>
        <translation>&amp;Segmente:</translation>
    </message>
    <message>
        <source>&amp;Rank backlog by:</source>
        <translation>Backlog &amp;ordnen nach:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>Stage entered &amp;on:</source>
        <translation>Phase begonnen &amp;am:</translation>
    </message>
    <message>
        <source>Change stage to {}</source>
        <translation>Phase auf {} ändern</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Produkt bearbeiten</translation>
    </message>
</context>
<context>
    <name>ProductView</name>
    <message>
        <source>&amp;Find in Research…</source>
        <translation>In Recherche &amp;suchen…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation type="vanished">&amp;Lösen</translation>
    </message>
    <message>
        <source>&amp;Plan This Feature</source>
        <translation>Feature &amp;planen</translation>
    </message>
    <message>
        <source>&amp;Link Tasks…</source>
        <translation>&amp;Verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;Decide Gate…</source>
        <translation>Über Gate &amp;entscheiden…</translation>
    </message>
    <message>
        <source>&amp;Delete Features</source>
        <translation>Features &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Edit Feature…</source>
        <translation>Feature &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>A gate for leaving the product&apos;s stage: a milestone in the plan and a checklist</source>
        <translation>Ein Gate, um die Phase des Produkts zu verlassen: ein Meilenstein im Plan und eine Checkliste</translation>
    </message>
    <message>
        <source>Add a criterion to the selected gate</source>
        <translation>Dem gewählten Gate ein Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Add a feature to the backlog</source>
        <translation>Dem Backlog ein Feature hinzufügen</translation>
    </message>
    <message>
        <source>Add a key result to the selected objective</source>
        <translation>Dem gewählten Ziel ein Schlüsselergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Add an objective for the product team</source>
        <translation>Ein Ziel für das Produktteam anlegen</translation>
    </message>
    <message>
        <source>Save &amp;Chart…</source>
        <translation>&amp;Diagramm speichern…</translation>
    </message>
    <message>
        <source>&amp;Add Feature</source>
        <translation type="vanished">Feature &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="vanished">&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Add Insight</source>
        <translation type="vanished">Erkenntnis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Link to Feature</source>
        <translation>Mit Feature &amp;verknüpfen</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="vanished">Verknüpfung &amp;lösen</translation>
    </message>
    <message>
        <source>Add a feature</source>
        <translation type="vanished">Ein Feature anlegen</translation>
    </message>
    <message>
        <source>Back to the rank its score gives</source>
        <translation>Zurück auf den Rang, den sein Wert ergibt</translation>
    </message>
    <message>
        <source>Change &amp;Stage…</source>
        <translation>&amp;Phase wechseln…</translation>
    </message>
    <message>
        <source>Create a summary task group for it in the Gantt view</source>
        <translation>Dafür eine Sammelvorgangsgruppe in der Gantt-Ansicht anlegen</translation>
    </message>
    <message>
        <source>Delete Insi&amp;ghts</source>
        <translation>Erkenntnisse lö&amp;schen</translation>
    </message>
    <message>
        <source>Delete the selected features</source>
        <translation>Die gewählten Features löschen</translation>
    </message>
    <message>
        <source>Delete the selected insights</source>
        <translation>Die gewählten Erkenntnisse löschen</translation>
    </message>
    <message>
        <source>Edit &amp;Product…</source>
        <translation>&amp;Produkt bearbeiten…</translation>
    </message>
    <message>
        <source>Every field of the feature: problem, Markdown description, parent, objectives</source>
        <translation>Alle Felder des Features: Problem, Markdown-Beschreibung, übergeordnetes Feature, Ziele</translation>
    </message>
    <message>
        <source>Go, hold, recycle or stop, with the date, who decided and why</source>
        <translation>Go, Hold, Recycle oder Stop, mit Datum, Entscheider und Begründung</translation>
    </message>
    <message>
        <source>Link existing tasks to the feature</source>
        <translation>Vorhandene Vorgänge mit dem Feature verknüpfen</translation>
    </message>
    <message>
        <source>Make the selected insights evidence for the chosen feature</source>
        <translation>Die gewählten Erkenntnisse zu Belegen für das gewählte Feature machen</translation>
    </message>
    <message>
        <source>Move the product to another lifecycle stage (kept in its history)</source>
        <translation>Das Produkt in eine andere Lebenszyklusphase versetzen (bleibt in seiner Historie festgehalten)</translation>
    </message>
    <message>
        <source>New &amp;Criterion</source>
        <translation>Neues &amp;Kriterium</translation>
    </message>
    <message>
        <source>New &amp;Feature</source>
        <translation>Neues &amp;Feature</translation>
    </message>
    <message>
        <source>New &amp;Gate…</source>
        <translation>Neues &amp;Gate…</translation>
    </message>
    <message>
        <source>New &amp;Insight</source>
        <translation>Neue &amp;Erkenntnis</translation>
    </message>
    <message>
        <source>New &amp;Key Result</source>
        <translation>Neues &amp;Schlüsselergebnis</translation>
    </message>
    <message>
        <source>New &amp;Objective</source>
        <translation>Neues &amp;Ziel</translation>
    </message>
    <message>
        <source>Pin the feature one rank higher</source>
        <translation>Das Feature einen Rang höher festsetzen</translation>
    </message>
    <message>
        <source>Pin the feature one rank lower</source>
        <translation>Das Feature einen Rang tiefer festsetzen</translation>
    </message>
    <message>
        <source>Record a piece of user research</source>
        <translation>Eine Erkenntnis aus der Nutzerforschung erfassen</translation>
    </message>
    <message>
        <source>Remove the link to the chosen feature</source>
        <translation>Die Verknüpfung mit dem gewählten Feature lösen</translation>
    </message>
    <message>
        <source>Save the value-versus-effort chart as PNG or PDF</source>
        <translation>Das Nutzen-Aufwand-Diagramm als PNG oder PDF speichern</translation>
    </message>
    <message>
        <source>Search insights and features</source>
        <translation>Erkenntnisse und Features durchsuchen</translation>
    </message>
    <message>
        <source>The product&apos;s name, vision, segments, ranking framework and stage</source>
        <translation>Name, Vision, Segmente, Bewertungsmethode und Phase des Produkts</translation>
    </message>
    <message>
        <source>U&amp;npin</source>
        <translation>L&amp;ösen</translation>
    </message>
    <message>
        <source>Unl&amp;ink from Feature</source>
        <translation>Vom Feature &amp;trennen</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Rank by {}</source>
        <translation>Rang: {}</translation>
    </message>
    <message>
        <source>Rank the backlog by its {} scores</source>
        <translation>Das Backlog nach seinen {}-Bewertungen priorisieren</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Pro&amp;duct</source>
        <extracomment>The tabs, in order: each made from the view.</extracomment>
        <translation>Pro&amp;dukt</translation>
    </message>
    <message>
        <source>Show the {} tab</source>
        <translation>Registerkarte {} zeigen</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project Information</source>
        <translation>Projektinformationen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Terminplanung</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Statusdatum</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Tasks with this much total slack or less are critical.</source>
        <translation>Vorgänge mit höchstens so viel Gesamtpuffer sind kritisch.</translation>
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
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Critical if slack ≤</source>
        <translation>Kritisch bei Puffer ≤</translation>
    </message>
    <message>
        <source>Working hours per weekday (empty = day off)</source>
        <translation>Arbeitszeit je Wochentag (leer = arbeitsfrei)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeitszeit</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Holidays and other exceptions (empty hours = no work)</source>
        <translation>Feiertage und andere Ausnahmen (leere Zeiten = keine Arbeit)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Feiertag hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Project start date</source>
        <translation>Projektbeginn</translation>
    </message>
    <message>
        <source>Project finish date</source>
        <translation>Projektende</translation>
    </message>
    <message>
        <source>From the finish date, tasks are placed as late as possible back from it</source>
        <translation>Ab dem Enddatum: Vorgänge werden so spät wie möglich davor eingeplant</translation>
    </message>
    <message>
        <source>Auto Scheduled</source>
        <translation>Automatisch geplant</translation>
    </message>
    <message>
        <source>Manually Scheduled</source>
        <translation>Manuell geplant</translation>
    </message>
    <message>
        <source>Schedule from</source>
        <translation>Planen ab</translation>
    </message>
    <message>
        <source>Finish date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>New tasks</source>
        <translation>Neue Vorgänge</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Project cannot be scheduled as saved</source>
        <translation>Projekt lässt sich so nicht planen</translation>
    </message>
    <message>
        <source>pmdesk can open it with these changes:
{}

The file stays as it is until you save.</source>
        <translation>pmdesk kann es mit diesen Änderungen öffnen:
{}

Die Datei bleibt unverändert, bis Sie speichern.</translation>
    </message>
    <message>
        <source>Open With These Changes</source>
        <translation>Mit diesen Änderungen öffnen</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Projekt wird verwendet</translation>
    </message>
    <message>
        <source>{} is open elsewhere; opened read-only.</source>
        <translation>{} ist anderswo geöffnet; schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Open it read-only, or take over the lock if you know that nobody is editing it (for example after a crash).</source>
        <translation>Schreibgeschützt öffnen oder die Sperre übernehmen, wenn sicher niemand daran arbeitet (etwa nach einem Absturz).</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Cannot take over</source>
        <translation>Übernahme nicht möglich</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>ein ungespeichertes Projekt</translation>
    </message>
    <message>
        <source>pmdesk closed unexpectedly while “{project}” ({file}) had unsaved changes from {when}.</source>
        <translation>pmdesk wurde unerwartet beendet, als „{project}“ ({file}) ungespeicherte Änderungen vom {when} hatte.</translation>
    </message>
    <message>
        <source>Recover them now? Discarding deletes that copy for good.</source>
        <translation>Jetzt wiederherstellen? Verwerfen löscht diese Kopie endgültig.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Project changed by someone else</source>
        <translation>Projekt wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About pmdesk</source>
        <translation>Über pmdesk</translation>
    </message>
    <message>
        <source>Offline planning for product managers: timelines, resources, budgets and risks in one project file.</source>
        <translation>Offline-Planung für Produktmanager: Zeitpläne, Ressourcen, Budgets und Risiken in einer Projektdatei.</translation>
    </message>
</context>
<context>
    <name>QuickAddEditor</name>
    <message>
        <source>New card name, then Enter</source>
        <translation>Name der neuen Karte, dann Eingabe</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Eine Zeile anlegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Die gewählten Zeilen löschen</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <extracomment>A row&apos;s answer to the proxy&apos;s filter (&quot;1&quot;: shown); asked only while a filter is set.</extracomment>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>ResearchTab</name>
    <message>
        <source>No insights yet: what users said or did in interviews, surveys and support tickets, kept as evidence for the features it supports. Press {} or choose Product ▸ New Insight to record the first.</source>
        <translation>Noch keine Erkenntnisse: was Nutzer in Interviews, Umfragen und Support-Tickets gesagt oder getan haben, festgehalten als Beleg für die Features, die es stützt. Drücken Sie {} oder wählen Sie Produkt ▸ Neue Erkenntnis, um die erste zu erfassen.</translation>
    </message>
    <message>
        <source>Features matching the search</source>
        <translation>Features, die zur Suche passen</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search insights and features</source>
        <translation>Erkenntnisse und Features durchsuchen</translation>
    </message>
    <message>
        <source>The feature to link the selected insights to</source>
        <translation>Das Feature, mit dem die gewählten Erkenntnisse verknüpft werden</translation>
    </message>
    <message>
        <source>{} of {} insights</source>
        <translation>{} von {} Erkenntnissen</translation>
    </message>
    <message>
        <source>{} insights</source>
        <translation>{} Erkenntnisse</translation>
    </message>
    <message>
        <source>; {} confidential (personal data)</source>
        <translation>; {} vertraulich (personenbezogene Daten)</translation>
    </message>
    <message>
        <source>*Select an insight to see the features it supports.*</source>
        <translation>*Wählen Sie eine Erkenntnis, um die Features zu sehen, die sie stützt.*</translation>
    </message>
    <message>
        <source>**Confidential: holds personal data.**</source>
        <translation>**Vertraulich: enthält personenbezogene Daten.**</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>### Evidence for</source>
        <translation>### Beleg für</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <source>Add insight</source>
        <translation>Erkenntnis hinzufügen</translation>
    </message>
    <message>
        <source>Delete insight</source>
        <translation>Erkenntnis löschen</translation>
    </message>
    <message>
        <source>Delete {} insights</source>
        <translation>{} Erkenntnisse löschen</translation>
    </message>
    <message>
        <source>Link insight to feature</source>
        <translation>Erkenntnis mit Feature verknüpfen</translation>
    </message>
    <message>
        <source>Unlink insight</source>
        <translation>Verknüpfung der Erkenntnis lösen</translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source> and {} more</source>
        <translation> und {} weitere</translation>
    </message>
    <message>
        <source>Over-allocated: {}{}</source>
        <translation>Überlastet: {}{}</translation>
    </message>
</context>
<context>
    <name>ResourceView</name>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Ressourcen</translation>
    </message>
    <message>
        <source>No resources yet: the people, equipment and material the tasks are assigned to, with their costs and working time. Press {} or choose Resources ▸ Add Resource to add the first.</source>
        <translation>Noch keine Ressourcen: die Personen, Geräte und Materialien, denen Vorgänge zugeordnet werden, mit ihren Kosten und Arbeitszeiten. Drücken Sie {} oder wählen Sie Ressourcen ▸ Ressource hinzufügen, um die erste anzulegen.</translation>
    </message>
    <message>
        <source>&amp;Add Resource</source>
        <translation>Ressource &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete Resource</source>
        <translation>Ressource &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Level Resources</source>
        <translation>Ressourcen &amp;abgleichen</translation>
    </message>
    <message>
        <source>&amp;Clear Leveling</source>
        <translation>Abgleich &amp;aufheben</translation>
    </message>
    <message>
        <source>&amp;Vacations…</source>
        <translation>&amp;Urlaub…</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source> Usage per </source>
        <translation> Auslastung pro </translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Show the load per day or per week</source>
        <translation>Auslastung pro Tag oder Woche zeigen</translation>
    </message>
    <message>
        <source>Add resource {}</source>
        <translation>Ressource {} hinzufügen</translation>
    </message>
    <message>
        <source>Delete resource {}</source>
        <translation>Ressource {} löschen</translation>
    </message>
    <message>
        <source>Delete {} resources</source>
        <translation>{} Ressourcen löschen</translation>
    </message>
    <message>
        <source>Level resources</source>
        <translation>Ressourcen abgleichen</translation>
    </message>
    <message>
        <source>Clear leveling</source>
        <translation>Abgleich aufheben</translation>
    </message>
    <message>
        <source>{} of {} work resources over-allocated</source>
        <translation>{} von {} Ressourcen überlastet</translation>
    </message>
    <message>
        <source>No resource is over-allocated</source>
        <translation>Keine Ressource ist überlastet</translation>
    </message>
    <message>
        <source>; {} tasks delayed by leveling</source>
        <translation>; {} Vorgänge durch Kapazitätsabgleich verschoben</translation>
    </message>
    <message>
        <source>{} is never over-allocated.</source>
        <translation>{} ist nie überlastet.</translation>
    </message>
    <message>
        <source> and {} more</source>
        <translation> und {} weitere</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;Over-allocated&lt;/b&gt;&lt;/span&gt;: {}{}</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;Überlastet&lt;/b&gt;&lt;/span&gt;: {}{}</translation>
    </message>
    <message>
        <source>Add a resource to the project</source>
        <translation>Dem Projekt eine Ressource hinzufügen</translation>
    </message>
    <message>
        <source>Delay tasks, in standard order, until no resource is over-allocated</source>
        <translation>Vorgänge in Standardreihenfolge verschieben, bis keine Ressource überlastet ist</translation>
    </message>
    <message>
        <source>Delete the selected resources and their assignments</source>
        <translation>Die gewählten Ressourcen und ihre Zuordnungen löschen</translation>
    </message>
    <message>
        <source>Edit the days off of the selected resource</source>
        <translation>Die freien Tage der gewählten Ressource bearbeiten</translation>
    </message>
    <message>
        <source>Remove every leveling delay</source>
        <translation>Jede Abgleichsverzögerung entfernen</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Risk {}</source>
        <translation>Risiko {}</translation>
    </message>
    <message>
        <source>New Risk</source>
        <translation>Neues Risiko</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Linked Tasks</source>
        <translation>&amp;Verknüpfte Vorgänge</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>What could happen, in a few words</source>
        <translation>Was passieren könnte, in wenigen Worten</translation>
    </message>
    <message>
        <source>Because &lt;cause&gt;, &lt;event&gt; may happen, which would lead to &lt;effect&gt;.</source>
        <translation>Weil &lt;Ursache&gt;, kann &lt;Ereignis&gt; eintreten, was zu &lt;Auswirkung&gt; führen würde.</translation>
    </message>
    <message>
        <source>Pick a category, or type a new one to add it to the project</source>
        <translation>Kategorie wählen oder eine neue eingeben, um sie dem Projekt hinzuzufügen</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Confidential: left out of shared copies</source>
        <translation>Vertraulich: fehlt in weitergegebenen Kopien</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Daten:</translation>
    </message>
    <message>
        <source>Money lost if a threat happens, or gained if an opportunity does</source>
        <translation>Geld, das bei Eintritt einer Bedrohung verloren oder einer Chance gewonnen wird</translation>
    </message>
    <message>
        <source>Percent of schedule-risk simulation runs the risk happens in; empty: the probability rating&apos;s share (1 = 10 % … 5 = 90 %)</source>
        <translation>Anteil der Simulationsläufe, in denen das Risiko eintritt, in Prozent; leer: der Anteil der Wahrscheinlichkeitsstufe (1 = 10 % … 5 = 90 %)</translation>
    </message>
    <message>
        <source>5d, or min / likely / max: 2d / 5d / 10d</source>
        <translation>5d, oder min / wahrscheinlich / max: 2d / 5d / 10d</translation>
    </message>
    <message>
        <source>Working time the risk adds to each linked task when it happens (an opportunity takes it off); the schedule-risk simulation and delivery forecasts use it</source>
        <translation>Arbeitszeit, die das Risiko bei Eintritt jedem verknüpften Vorgang hinzufügt (eine Chance zieht sie ab); Terminrisiko-Simulation und Lieferprognosen nutzen sie</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;Wahrscheinlichkeit:</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Auswirkung:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Residual p&amp;robability:</source>
        <translation>Rest-Wahrschein&amp;lichkeit:</translation>
    </message>
    <message>
        <source>Residual i&amp;mpact:</source>
        <translation>Rest-Aus&amp;wirkung:</translation>
    </message>
    <message>
        <source>Residual score:</source>
        <translation>Restwert:</translation>
    </message>
    <message>
        <source>&amp;Cost impact ({}):</source>
        <translation>&amp;Kostenauswirkung ({}):</translation>
    </message>
    <message>
        <source>Expected monetary value:</source>
        <translation>Erwarteter Geldwert:</translation>
    </message>
    <message>
        <source>Sc&amp;hedule impact:</source>
        <translation>&amp;Terminauswirkung:</translation>
    </message>
    <message>
        <source>C&amp;hance in a simulation run (%):</source>
        <translation>C&amp;hance je Simulationslauf (%):</translation>
    </message>
    <message>
        <source>Actions that carry out the strategy, with owners</source>
        <translation>Maßnahmen zur Umsetzung der Strategie, mit Verantwortlichen</translation>
    </message>
    <message>
        <source>The early warning sign that the risk is happening</source>
        <translation>Das Frühwarnzeichen, dass das Risiko eintritt</translation>
    </message>
    <message>
        <source>What to do if it happens anyway</source>
        <translation>Was zu tun ist, wenn es trotzdem eintritt</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Strategie:</translation>
    </message>
    <message>
        <source>Response &amp;actions:</source>
        <translation>&amp;Maßnahmen:</translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation>&amp;Auslöser:</translation>
    </message>
    <message>
        <source>&amp;Contingency plan:</source>
        <translation>&amp;Notfallplan:</translation>
    </message>
    <message>
        <source>Filter tasks by name</source>
        <translation>Vorgänge nach Name filtern</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>{} (the probability rating&apos;s share)</source>
        <translation>{} (Anteil der Wahrscheinlichkeitsstufe)</translation>
    </message>
    <message>
        <source>No linked tasks</source>
        <translation>Keine verknüpften Vorgänge</translation>
    </message>
    <message>
        <source>Chance: {}</source>
        <translation>Chance: {}</translation>
    </message>
    <message>
        <source>Schedule impact: {}</source>
        <translation>Terminauswirkung: {}</translation>
    </message>
    <message>
        <source>Edit risk {}</source>
        <translation>Risiko {} bearbeiten</translation>
    </message>
    <message>
        <source>Add risk {}</source>
        <translation>Risiko {} hinzufügen</translation>
    </message>
</context>
<context>
    <name>RiskSettingsDialog</name>
    <message>
        <source>Risk Settings</source>
        <translation>Risikoeinstellungen</translation>
    </message>
    <message>
        <source>Categories (one a line):</source>
        <translation>Kategorien (eine je Zeile):</translation>
    </message>
    <message>
        <source>Medium from score:</source>
        <translation>Mittel ab Wert:</translation>
    </message>
    <message>
        <source>High from score:</source>
        <translation>Hoch ab Wert:</translation>
    </message>
    <message>
        <source>Categories: keep at least one category.</source>
        <translation>Kategorien: mindestens eine Kategorie behalten.</translation>
    </message>
    <message>
        <source>Thresholds: the medium band must start below the high band.</source>
        <translation>Schwellen: Die mittlere Stufe muss unter der hohen beginnen.</translation>
    </message>
    <message>
        <source>Change risk settings</source>
        <translation>Risikoeinstellungen ändern</translation>
    </message>
</context>
<context>
    <name>RiskView</name>
    <message>
        <source>&amp;Add Risk…</source>
        <translation>Risiko &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit Risk…</source>
        <translation>Risiko &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Risk</source>
        <translation>Risiko &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Find Risk…</source>
        <translation>Risiko &amp;suchen…</translation>
    </message>
    <message>
        <source>Show &amp;Residual</source>
        <translation>&amp;Restrisiko zeigen</translation>
    </message>
    <message>
        <source>Export &amp;Register…</source>
        <translation>Risiko&amp;register exportieren…</translation>
    </message>
    <message>
        <source>Risk &amp;Settings…</source>
        <translation>Risiko&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Search risks</source>
        <translation>Risiken durchsuchen</translation>
    </message>
    <message>
        <source>Show risks by status</source>
        <translation>Risiken nach Status zeigen</translation>
    </message>
    <message>
        <source>Show one category</source>
        <translation>Eine Kategorie zeigen</translation>
    </message>
    <message>
        <source>Threats, opportunities or both</source>
        <translation>Bedrohungen, Chancen oder beides</translation>
    </message>
    <message>
        <source>Threats and opportunities</source>
        <translation>Bedrohungen und Chancen</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Chancen</translation>
    </message>
    <message>
        <source>Show one band</source>
        <translation>Eine Stufe zeigen</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Delete risk {}</source>
        <translation>Risiko {} löschen</translation>
    </message>
    <message>
        <source>Delete {} risks</source>
        <translation>{} Risiken löschen</translation>
    </message>
    <message>
        <source>Export Risk Register</source>
        <translation>Risikoregister exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV sheet (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>{} of {} risks shown{}</source>
        <translation>{} von {} Risiken angezeigt{}</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Risiken</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Schedule Risk</source>
        <translation>Terminrisiko</translation>
    </message>
    <message>
        <source>No risks yet. The register lists what could delay or harm the project, and the opportunities, each scored by probability and impact. Press {} or choose Risks ▸ Add Risk… to raise the first.</source>
        <translation>Noch keine Risiken. Das Register führt auf, was das Projekt verzögern oder ihm schaden könnte, und die Chancen, jeweils bewertet nach Wahrscheinlichkeit und Auswirkung. Drücken Sie {} oder wählen Sie Risiken ▸ Risiko hinzufügen…, um das erste zu erfassen.</translation>
    </message>
    <message>
        <source>Cannot write {}: {}</source>
        <translation>{} kann nicht geschrieben werden: {}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Active risks&lt;/b&gt;: {} of {}</source>
        <translation>&lt;b&gt;Aktive Risiken&lt;/b&gt;: {} von {}</translation>
    </message>
    <message>
        <source>&lt;b&gt;EMV of threats&lt;/b&gt;: {}</source>
        <translation>&lt;b&gt;EMV der Bedrohungen&lt;/b&gt;: {}</translation>
    </message>
    <message>
        <source>&lt;b&gt;EMV of opportunities&lt;/b&gt;: {}</source>
        <translation>&lt;b&gt;EMV der Chancen&lt;/b&gt;: {}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested contingency reserve&lt;/b&gt;: {}</source>
        <translation>&lt;b&gt;Empfohlene Risikoreserve&lt;/b&gt;: {}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;Reviews overdue&lt;/b&gt;: {}</source>
        <translation>&lt;b style=&apos;color:#b3261e&apos;&gt;Überfällige Überprüfungen&lt;/b&gt;: {}</translation>
    </message>
    <message>
        <source>The reserve is the EMV of the threats not closed, with an occurred threat at its full cost; opportunities are not subtracted.</source>
        <translation>Die Reserve ist der EMV der nicht geschlossenen Bedrohungen, eine eingetretene Bedrohung mit ihren vollen Kosten; Chancen werden nicht abgezogen.</translation>
    </message>
    <message>
        <source>Categories and the score bands</source>
        <translation>Kategorien und Wertstufen</translation>
    </message>
    <message>
        <source>Delete the selected risks</source>
        <translation>Die gewählten Risiken löschen</translation>
    </message>
    <message>
        <source>Edit every field of the selected risk</source>
        <translation>Alle Felder des gewählten Risikos bearbeiten</translation>
    </message>
    <message>
        <source>Heat map and band filter after the response</source>
        <translation>Heatmap und Stufenfilter nach der Gegenmaßnahme</translation>
    </message>
    <message>
        <source>Raise a new risk or opportunity</source>
        <translation>Ein neues Risiko oder eine Chance erfassen</translation>
    </message>
    <message>
        <source>Save the register as Excel or CSV</source>
        <translation>Das Register als Excel oder CSV speichern</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Das Register durchsuchen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Eingetreten</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>Risks</name>
    <message>
        <source>{impact} at {chance} %</source>
        <translation>{impact} bei {chance} %</translation>
    </message>
</context>
<context>
    <name>Roadmap</name>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Als Nächstes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>P50 to P80 finish</source>
        <translation>Ende P50 bis P80</translation>
    </message>
    <message>
        <source>P80 after the target quarter</source>
        <translation>P80 nach dem Zielquartal</translation>
    </message>
    <message>
        <source>P80 misses target</source>
        <translation>P80 verfehlt das Ziel</translation>
    </message>
    <message>
        <source>dates of its tasks</source>
        <translation>Termine seiner Vorgänge</translation>
    </message>
    <message>
        <source>no tasks yet</source>
        <translation>noch keine Vorgänge</translation>
    </message>
    <message>
        <source>ships {date}</source>
        <translation>fertig {date}</translation>
    </message>
    <message>
        <source>slip past the target</source>
        <translation>Verzug über das Ziel hinaus</translation>
    </message>
    <message>
        <source>slips {days} d</source>
        <translation>verzögert um {days} d</translation>
    </message>
    <message>
        <source>target quarter, no tasks yet</source>
        <translation>Zielquartal, noch keine Vorgänge</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
</context>
<context>
    <name>RoadmapCanvas</name>
    <message>
        <source>Tasks: {} to {}</source>
        <translation>Vorgänge: {} bis {}</translation>
    </message>
    <message>
        <source>No tasks yet: drawn over its target quarter</source>
        <translation>Noch keine Vorgänge: über seinem Zielquartal gezeichnet</translation>
    </message>
    <message>
        <source>Target: {} (by {})</source>
        <translation>Ziel: {} (bis {})</translation>
    </message>
    <message>
        <source>Its tasks finish {} days after the target</source>
        <translation>Seine Vorgänge enden {} Tage nach dem Ziel</translation>
    </message>
    <message>
        <source>Forecast: P50 {}, P80 {}</source>
        <translation>Prognose: P50 {}, P80 {}</translation>
    </message>
    <message>
        <source> — P80 misses the target</source>
        <translation> — P80 verfehlt das Ziel</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <source>&amp;Forecast Delivery</source>
        <translation>Lieferung &amp;prognostizieren</translation>
    </message>
    <message>
        <source>Run the schedule-risk simulation over each feature&apos;s tasks: P50 and P80 finish</source>
        <translation>Die Terminrisiko-Simulation über die Vorgänge jedes Features laufen lassen: Ende mit P50 und P80</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Now / Next / Later</source>
        <translation>Jetzt / Als Nächstes / Später</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>Lanes by theme</source>
        <translation>Bahnen nach Thema</translation>
    </message>
    <message>
        <source>Lanes by objective</source>
        <translation>Bahnen nach Ziel</translation>
    </message>
    <message>
        <source>Lanes by owner</source>
        <translation>Bahnen nach Verantwortlichen</translation>
    </message>
    <message>
        <source>No features on the roadmap yet: it shows the backlog&apos;s features over time, by the dates of their tasks or their target quarter. Show the Product view and choose Product ▸ New Feature to add the first.</source>
        <translation>Noch keine Features auf der Roadmap: Sie zeigt die Features des Backlogs im Zeitverlauf, nach den Terminen ihrer Vorgänge oder ihrem Zielquartal. Öffnen Sie die Ansicht Produkt und wählen Sie Produkt ▸ Neues Feature, um das erste anzulegen.</translation>
    </message>
    <message>
        <source>{} features · {} slipping past their target · {} with P80 after the target</source>
        <translation>{} Features · {} verfehlen ihr Ziel · {} mit P80 nach dem Ziel</translation>
    </message>
    <message>
        <source>Re-plan “{}” to {}</source>
        <translation>„{}“ nach {} umplanen</translation>
    </message>
    <message>
        <source>Forecast Delivery</source>
        <translation>Lieferprognose</translation>
    </message>
    <message>
        <source> · forecast with {} risks</source>
        <translation> · Prognose mit {} Risiken</translation>
    </message>
    <message>
        <source>Forecast delivery</source>
        <translation>Lieferung prognostizieren</translation>
    </message>
</context>
<context>
    <name>SCurveChart</name>
    <message>
        <source>Earned value S-curve</source>
        <translation>S-Kurve des Fertigstellungswerts</translation>
    </message>
    <message>
        <source>Earned value over time</source>
        <translation>Fertigstellungswert im Zeitverlauf</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Statusdatum</translation>
    </message>
    <message>
        <source>PV planned</source>
        <translation>PV geplant</translation>
    </message>
    <message>
        <source>EV earned</source>
        <translation>EV erarbeitet</translation>
    </message>
    <message>
        <source>AC actual</source>
        <translation>AC Ist</translation>
    </message>
</context>
<context>
    <name>ScheduleRiskPanel</name>
    <message>
        <source>Triangular</source>
        <translation>Dreieck</translation>
    </message>
    <message>
        <source>How many times to schedule the plan</source>
        <translation>Wie oft der Plan berechnet wird</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>The same seed repeats a run exactly; leave empty for a new one</source>
        <translation>Derselbe Startwert wiederholt einen Lauf genau; leer lassen für einen neuen</translation>
    </message>
    <message>
        <source>PERT-beta weights the most likely duration; triangular spreads more to the ends</source>
        <translation>PERT-Beta gewichtet die wahrscheinlichste Dauer; Dreieck streut mehr zu den Rändern</translation>
    </message>
    <message>
        <source>&amp;Run Simulation</source>
        <translation>Simulation &amp;starten</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <source>Mean ± std</source>
        <translation>Mittel ± Std.</translation>
    </message>
    <message>
        <source>Chance of planned finish</source>
        <translation>Chance auf geplantes Ende</translation>
    </message>
    <message>
        <source>WBS</source>
        <translation>PSP</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source>The share of runs in which each task was critical</source>
        <translation>Der Anteil der Läufe, in denen jeder Vorgang kritisch war</translation>
    </message>
    <message>
        <source>Seed &apos;{}&apos; is not a whole number.</source>
        <translation>Startwert „{}“ ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Simulation läuft…</translation>
    </message>
    <message>
        <source>{:,} runs, {}, seed {}; {} tasks with three-point estimates (the others keep their duration). Durations in working days from the start.</source>
        <translation>{:,} Läufe, {}, Startwert {}; {} Vorgänge mit Drei-Punkt-Schätzung (die anderen behalten ihre Dauer). Dauern in Arbeitstagen ab Beginn.</translation>
    </message>
    <message>
        <source>{} happened in {:.0%} of runs</source>
        <translation>{} trat in {:.0%} der Läufe ein</translation>
    </message>
    <message>
        <source>No task has a three-point estimate yet: enter optimistic, most likely and pessimistic durations in the task dialog or the Gantt table, then run.</source>
        <translation>Noch kein Vorgang hat eine Drei-Punkt-Schätzung: optimistische, wahrscheinlichste und pessimistische Dauer im Vorgangsdialog oder in der Gantt-Tabelle eingeben, dann starten.</translation>
    </message>
    <message>
        <source>{} tasks have three-point estimates; {} risks have a schedule impact.</source>
        <translation>{} Vorgänge haben Drei-Punkt-Schätzungen; {} Risiken haben eine Terminauswirkung.</translation>
    </message>
    <message>
        <source>{} tasks have three-point estimates.</source>
        <translation type="vanished">{} Vorgänge haben Drei-Punkt-Schätzungen.</translation>
    </message>
    <message>
        <source>The plan has changed since this run; run again to update it.</source>
        <translation>Der Plan hat sich seit diesem Lauf geändert; erneut starten, um ihn zu aktualisieren.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share a Copy</source>
        <translation>Kopie weitergeben</translation>
    </message>
    <message>
        <source>The copy leaves out what is checked. Nothing left out stays anywhere in the file: not in its free space, its search index or its journal.</source>
        <translation>Die Kopie lässt weg, was angehakt ist. Nichts Weggelassenes bleibt in der Datei: weder im freien Speicher noch im Suchindex oder im Journal.</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>&amp;Save Copy…</source>
        <translation>Kopie &amp;speichern…</translation>
    </message>
    <message>
        <source>Nothing to leave out</source>
        <translation>Nichts wegzulassen</translation>
    </message>
    <message>
        <source>Left out: {}</source>
        <translation>Weggelassen: {}</translation>
    </message>
</context>
<context>
    <name>SharingCommands</name>
    <message>
        <source>Share a Copy</source>
        <translation>Kopie weitergeben</translation>
    </message>
    <message>
        <source>Save the project first: the copy is made from the saved file, so your colleague&apos;s changes can be merged back.</source>
        <translation>Speichern Sie das Projekt zuerst: Die Kopie entsteht aus der gespeicherten Datei, damit die Änderungen Ihres Kollegen zurückgeführt werden können.</translation>
    </message>
    <message>
        <source>Cannot share a copy</source>
        <translation>Kopie kann nicht weitergegeben werden</translation>
    </message>
    <message>
        <source>Wrote {}: {}</source>
        <translation>{} geschrieben: {}</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>Merge From</source>
        <translation>Zusammenführen aus</translation>
    </message>
    <message>
        <source>Open your copy of the project (not read-only) to merge a colleague&apos;s into it.</source>
        <translation>Öffnen Sie Ihre Kopie des Projekts (nicht schreibgeschützt), um die eines Kollegen hineinzuführen.</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Zusammenführen nicht möglich</translation>
    </message>
    <message>
        <source>Merge from {}</source>
        <translation>Zusammenführen aus {}</translation>
    </message>
    <message>
        <source>Merged {}</source>
        <translation>{} zusammengeführt</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import {}</source>
        <translation>{} importieren</translation>
    </message>
    <message>
        <source>Choose the task field each column becomes. Columns set to “{}” are left out. Durations such as 5d or 2w, dates, predecessors by ID (3FS+2d) and resources (Ana[50%], Ben) are read as the task table reads them; a bad row is reported with its number and nothing is imported.</source>
        <translation>Wählen Sie, welches Vorgangsfeld jede Spalte wird. Spalten mit „{}“ werden ausgelassen. Dauern wie 5d oder 2w, Daten, Vorgänger nach ID (3FS+2d) und Ressourcen (Ana[50%], Ben) werden wie in der Vorgangstabelle gelesen; eine fehlerhafte Zeile wird mit ihrer Nummer gemeldet und nichts importiert.</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Tag zuerst (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Monat zuerst (12/31/2026)</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026:</source>
        <translation>Daten wie 03/04/2026:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose the column that holds the task names.</source>
        <translation>Wählen Sie die Spalte mit den Vorgangsnamen.</translation>
    </message>
    <message>
        <source>Importing {}{}.</source>
        <translation>Importiert werden {}{}.</translation>
    </message>
</context>
<context>
    <name>StrategyTab</name>
    <message>
        <source>Objectives and key results</source>
        <translation>Ziele und Schlüsselergebnisse</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No product yet&lt;/h2&gt;&lt;p&gt;Describe the product this project delivers: its vision, segments and lifecycle stage. Click &lt;b&gt;Edit Product…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch kein Produkt&lt;/h2&gt;&lt;p&gt;Beschreiben Sie das Produkt, das dieses Projekt liefert: Vision, Segmente und Lebenszyklusphase. Klicken Sie auf &lt;b&gt;Produkt bearbeiten…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Segments: {}&lt;/p&gt;&lt;p&gt;Stage: {}{}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Segmente: {}&lt;/p&gt;&lt;p&gt;Phase: {}{}&lt;/p&gt;</translation>
    </message>
    <message>
        <source> &amp;nbsp; since {}</source>
        <translation> &amp;nbsp; seit {}</translation>
    </message>
    <message>
        <source>History: {}</source>
        <translation>Verlauf: {}</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <source>Delete {} objectives</source>
        <translation>{} Ziele löschen</translation>
    </message>
    <message>
        <source>Add key result</source>
        <translation>Schlüsselergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Delete key results</source>
        <translation>Schlüsselergebnisse löschen</translation>
    </message>
    <message>
        <source>Delete key result</source>
        <translation>Schlüsselergebnis löschen</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task Information — {}</source>
        <translation>Informationen zum Vorgang — {}</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Predecessors</source>
        <translation>&amp;Vorgänger</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Ressourcen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>5d, 4h, 2w, 1mo, 3ed; 0 makes a milestone</source>
        <translation>5d, 4h, 2w, 1mo, 3ed; 0 ergibt einen Meilenstein</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>% &amp;Complete:</source>
        <translation>% &amp;Abgeschlossen:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorität:</translation>
    </message>
    <message>
        <source>Show as a milestone</source>
        <translation>Als Meilenstein anzeigen</translation>
    </message>
    <message>
        <source>Auto Scheduled</source>
        <translation>Automatisch geplant</translation>
    </message>
    <message>
        <source>Manually Scheduled</source>
        <translation>Manuell geplant</translation>
    </message>
    <message>
        <source>Manual: the task keeps its dates; links do not move it</source>
        <translation>Manuell: der Vorgang behält seine Daten; Verknüpfungen verschieben ihn nicht</translation>
    </message>
    <message>
        <source>Task &amp;mode:</source>
        <translation>Vorgangs&amp;modus:</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Anfang:</translation>
    </message>
    <message>
        <source>Finish:</source>
        <translation>Ende:</translation>
    </message>
    <message>
        <source>  (critical)</source>
        <translation>  (kritisch)</translation>
    </message>
    <message>
        <source>Total slack:</source>
        <translation>Gesamtpuffer:</translation>
    </message>
    <message>
        <source>Actual s&amp;tart:</source>
        <translation>Tatsächlicher &amp;Anfang:</translation>
    </message>
    <message>
        <source>Actual &amp;finish:</source>
        <translation>Tatsächliches &amp;Ende:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Task Name</source>
        <translation>Vorgangsname</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Abstand</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Work Contour</source>
        <translation>Arbeitsprofil</translation>
    </message>
    <message>
        <source>How the work is spread over the task. A contour other than Flat works less than the units most of the time, so the same work takes longer, as in MS Project</source>
        <translation>Wie die Arbeit über den Vorgang verteilt ist. Ein anderes Profil als Flach arbeitet meist weniger als die Einheiten, sodass dieselbe Arbeit länger dauert, wie in MS Project</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Zuordnen</translation>
    </message>
    <message>
        <source>&amp;Confidential: the task (with its subtasks and notes) is left out of shared copies</source>
        <translation>&amp;Vertraulich: der Vorgang (mit Untervorgängen und Notizen) fehlt in weitergegebenen Kopien</translation>
    </message>
    <message>
        <source>Con&amp;straint:</source>
        <translation>&amp;Einschränkung:</translation>
    </message>
    <message>
        <source>Constraint &amp;date:</source>
        <translation>Einschränkungs&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Stichtag:</translation>
    </message>
    <message>
        <source>Project calendar</source>
        <translation>Projektkalender</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Kalender:</translation>
    </message>
    <message>
        <source>Scheduling ignores resource calendars</source>
        <translation>Die Terminplanung ignoriert Ressourcenkalender</translation>
    </message>
    <message>
        <source>optimistic / most likely / pessimistic, e.g. 3d / 5d / 9d</source>
        <translation>optimistisch / wahrscheinlich / pessimistisch, z. B. 3d / 5d / 9d</translation>
    </message>
    <message>
        <source>Three-point estimate for schedule risk (Risks ▸ Schedule Risk); empty: none</source>
        <translation>Drei-Punkt-Schätzung für das Terminrisiko (Risiken ▸ Terminrisiko); leer: keine</translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation>&amp;Schätzung:</translation>
    </message>
    <message>
        <source>Edit “{}”</source>
        <translation>„{}“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>TaskItemDelegate</name>
    <message>
        <source>New resource</source>
        <translation>Neue Ressource</translation>
    </message>
    <message>
        <source>Not in this project&apos;s resources yet: {}.</source>
        <translation>Noch nicht unter den Ressourcen dieses Projekts: {}.</translation>
    </message>
    <message>
        <source>Add to the resource sheet and assign the task? You can set rates and calendars in the Resources view later.</source>
        <translation>Zur Ressourcentabelle hinzufügen und den Vorgang zuordnen? Sätze und Kalender lassen sich später in der Ansicht Ressourcen festlegen.</translation>
    </message>
    <message>
        <source>Create and Assign</source>
        <translation>Anlegen und zuordnen</translation>
    </message>
    <message>
        <source>Create All and Assign</source>
        <translation>Alle anlegen und zuordnen</translation>
    </message>
    <message>
        <source>Add resources {} to “{}”</source>
        <translation>Ressourcen {} zu „{}“ hinzufügen</translation>
    </message>
    <message>
        <source>Add resource {} to “{}”</source>
        <translation>Ressource {} zu „{}“ hinzufügen</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Click to open {}</source>
        <translation>Klicken, um {} zu öffnen</translation>
    </message>
</context>
<context>
    <name>TimeScale</name>
    <message>
        <source>Week {week}, {date}</source>
        <extracomment>The weekday the time scale&apos;s weeks start on (0 Monday ... 6 Sunday); the window sets it from Preferences (:func:`set_first_weekday`).</extracomment>
        <translation>KW {week}, {date}</translation>
    </message>
    <message>
        <source>W{week}</source>
        <translation>KW{week}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit {noun} {column}</source>
        <translation>{noun}: {column} bearbeiten</translation>
    </message>
    <message>
        <source>Edit {column} of “{name}”</source>
        <translation>{column} von „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Change % complete of “{name}”</source>
        <translation>% abgeschlossen von „{name}“ ändern</translation>
    </message>
    <message>
        <source>Change duration of “{name}”</source>
        <translation>Dauer von „{name}“ ändern</translation>
    </message>
    <message>
        <source>Change estimate of “{name}”</source>
        <translation>Schätzung von „{name}“ ändern</translation>
    </message>
    <message>
        <source>Change finish of “{name}”</source>
        <translation>Ende von „{name}“ ändern</translation>
    </message>
    <message>
        <source>Change predecessors of “{name}”</source>
        <translation>Vorgänger von „{name}“ ändern</translation>
    </message>
    <message>
        <source>Change resources of “{name}”</source>
        <translation>Ressourcen von „{name}“ ändern</translation>
    </message>
    <message>
        <source>Change start of “{name}”</source>
        <translation>Anfang von „{name}“ ändern</translation>
    </message>
    <message>
        <source>Change task mode of “{name}”</source>
        <translation>Vorgangsmodus von „{name}“ ändern</translation>
    </message>
    <message>
        <source>Rename “{name}” to “{text}”</source>
        <translation>„{name}“ in „{text}“ umbenennen</translation>
    </message>
    <message>
        <source>Cut {what}</source>
        <translation>{what} ausschneiden</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>{what} löschen</translation>
    </message>
    <message>
        <source>Indent {what}</source>
        <translation>{what} tiefer stufen</translation>
    </message>
    <message>
        <source>Move down {what}</source>
        <translation>{what} nach unten verschieben</translation>
    </message>
    <message>
        <source>Move up {what}</source>
        <translation>{what} nach oben verschieben</translation>
    </message>
    <message>
        <source>Outdent {what}</source>
        <translation>{what} höher stufen</translation>
    </message>
    <message>
        <source>Paste {what}</source>
        <translation>{what} einfügen</translation>
    </message>
    <message>
        <source>assign {name}</source>
        <translation>{name} zuordnen</translation>
    </message>
    <message>
        <source>unassign {names}</source>
        <translation>{names} abziehen</translation>
    </message>
    <message>
        <source>{name} replaces {old}</source>
        <translation>{name} ersetzt {old}</translation>
    </message>
    <message>
        <source>{} tasks</source>
        <translation>{} Vorgänge</translation>
    </message>
    <message>
        <source>“{}”</source>
        <translation>„{}“</translation>
    </message>
    <message>
        <source>“{}” and “{}”</source>
        <translation>„{}“ und „{}“</translation>
    </message>
    <message>
        <source>Insert task</source>
        <translation>Vorgang einfügen</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Neuer Vorgang</translation>
    </message>
    <message>
        <source>Pin “{name}” at rank {rank}</source>
        <translation>„{name}“ auf Rang {rank} festsetzen</translation>
    </message>
    <message>
        <source>Unpin “{name}”</source>
        <translation>Festsetzung von „{name}“ lösen</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Resource usage</source>
        <translation>Ressourcenauslastung</translation>
    </message>
    <message>
        <source>Select a work resource to see its load</source>
        <translation>Eine Arbeitsressource wählen, um ihre Auslastung zu sehen</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>{}: hours of work per {} against capacity</source>
        <translation>{}: Arbeitsstunden pro {} gegenüber der Kapazität</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Over-allocated</source>
        <translation>Überlastet</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
</context>
<context>
    <name>VacationsDialog</name>
    <message>
        <source>Vacations of {}</source>
        <translation>Urlaub von {}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Add vacation</source>
        <translation>Urlaub hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Days off of {}, on top of the holidays of its calendar</source>
        <translation>Freie Tage von {}, zusätzlich zu den Feiertagen des Kalenders</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Urlaub</translation>
    </message>
</context>
<context>
    <name>ValueEffortChart</name>
    <message>
        <source>Value: reach × impact × confidence</source>
        <translation>Wert: Reichweite × Auswirkung × Zuversicht</translation>
    </message>
    <message>
        <source>Effort (person-months)</source>
        <translation>Aufwand (Personenmonate)</translation>
    </message>
    <message>
        <source>Value: impact × confidence</source>
        <translation>Wert: Auswirkung × Zuversicht</translation>
    </message>
    <message>
        <source>Effort: 11 − ease</source>
        <translation>Aufwand: 11 − Einfachheit</translation>
    </message>
    <message>
        <source>Value: cost of delay</source>
        <translation>Wert: Verzögerungskosten</translation>
    </message>
    <message>
        <source>Effort: job size</source>
        <translation>Aufwand: Umfang</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Quick Wins</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Big Bets</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Füller</translation>
    </message>
    <message>
        <source>Time sinks</source>
        <translation>Zeitfresser</translation>
    </message>
    <message>
        <source>Value versus effort ({}), {} scored features; lines at the medians</source>
        <translation>Wert gegen Aufwand ({}), {} bewertete Features; Linien an den Medianen</translation>
    </message>
    <message>
        <source>median {}</source>
        <translation>Median {}</translation>
    </message>
    <message>
        <source>(log scale)</source>
        <translation>(log. Skala)</translation>
    </message>
    <message>
        <source>No scored features yet: give features their score inputs
to place them on the chart.</source>
        <translation>Noch keine bewerteten Features: Geben Sie Features ihre Bewertungswerte,
um sie im Diagramm zu platzieren.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Connect to Workspace</source>
        <translation>Mit Arbeitsbereich verbinden</translation>
    </message>
    <message>
        <source>postgresql://you@db.example.com/team</source>
        <translation>postgresql://sie@db.example.com/team</translation>
    </message>
    <message>
        <source>The workspace&apos;s PostgreSQL database. The password comes from ~/.pgpass, a libpq service or the system keyring.</source>
        <translation>Die PostgreSQL-Datenbank des Arbeitsbereichs. Das Passwort kommt aus ~/.pgpass, einem libpq-Dienst oder dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Publish This Project</source>
        <translation>Dieses Projekt &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Merge a Copy Back…</source>
        <translation>Kopie &amp;zurückführen…</translation>
    </message>
    <message>
        <source>Merge a checked-out .pmdesk copy of the chosen project back into it (three-way, against the copy as checked out)</source>
        <translation>Eine ausgecheckte .pmdesk-Kopie des gewählten Projekts zurückführen (Dreiwege-Abgleich gegen die Kopie beim Auschecken)</translation>
    </message>
    <message>
        <source>The workspace has no projects yet: publish this one.</source>
        <translation>Der Arbeitsbereich hat noch keine Projekte: veröffentlichen Sie dieses.</translation>
    </message>
    <message>
        <source>Choose a project in the list.</source>
        <translation>Wählen Sie ein Projekt in der Liste.</translation>
    </message>
    <message>
        <source>Merge a Copy Back</source>
        <translation>Kopie zurückführen</translation>
    </message>
    <message>
        <source>pmdesk projects (*.pmdesk)</source>
        <translation>pmdesk-Projekte (*.pmdesk)</translation>
    </message>
    <message>
        <source>{} between the copy and the workspace:</source>
        <translation>{} zwischen der Kopie und dem Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Keep the Workspace&apos;s</source>
        <translation>Arbeitsbereich-Stand behalten</translation>
    </message>
    <message>
        <source>Take the Copy&apos;s</source>
        <translation>Stand der Kopie übernehmen</translation>
    </message>
    <message>
        <source>Nothing merged.</source>
        <translation>Nichts zusammengeführt.</translation>
    </message>
    <message>
        <source>Merged {} into {}: {} rows taken from the copy, {} conflicts decided.</source>
        <translation>{} in {} zusammengeführt: {} Zeilen aus der Kopie übernommen, {} Konflikte entschieden.</translation>
    </message>
    <message>
        <source>Added in both, settled: {}</source>
        <translation>In beiden hinzugefügt, geklärt: {}</translation>
    </message>
    <message>
        <source>Published {}: open it to edit it with the team.</source>
        <translation>{} veröffentlicht: öffnen Sie es, um es mit dem Team zu bearbeiten.</translation>
    </message>
</context>
</TS>
