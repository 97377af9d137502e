<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>BacklogTab</name>
    <message>
        <source>No features yet: what the product should do next, scored and ranked, then placed on the roadmap. Press {} or choose Product ▸ New Feature to add the first.</source>
        <translation>Aucune fonctionnalité pour l&apos;instant : ce que le produit doit faire ensuite, noté et classé, puis placé sur la feuille de route. Appuyez sur {} ou choisissez Produit ▸ Nouvelle fonctionnalité pour ajouter la première.</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Rank the backlog by</source>
        <translation>Classer le backlog par</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All objectives</source>
        <translation>Tous les objectifs</translation>
    </message>
    <message>
        <source>All releases</source>
        <translation>Toutes les versions</translation>
    </message>
    <message>
        <source>{} of {} features</source>
        <translation>{} fonctionnalités sur {}</translation>
    </message>
    <message>
        <source>{} features</source>
        <translation>{} fonctionnalités</translation>
    </message>
    <message>
        <source>Rank {}</source>
        <translation>Rang {}</translation>
    </message>
    <message>
        <source> (pinned; computed {})</source>
        <translation> (épinglé ; calculé {})</translation>
    </message>
    <message>
        <source>**Problem.** {}</source>
        <translation>**Problème.** {}</translation>
    </message>
    <message>
        <source>### Evidence ({})</source>
        <translation>### Preuves ({})</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>confidentiel</translation>
    </message>
    <message>
        <source>Add feature</source>
        <translation>Ajouter une fonctionnalité</translation>
    </message>
    <message>
        <source>Delete feature “{}”</source>
        <translation>Supprimer la fonctionnalité « {} »</translation>
    </message>
    <message>
        <source>Delete {} features</source>
        <translation>Supprimer {} fonctionnalités</translation>
    </message>
    <message>
        <source>Plan feature “{}”</source>
        <translation>Planifier la fonctionnalité « {} »</translation>
    </message>
    <message>
        <source>Rank by {}</source>
        <translation>Classer par {}</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Enregistrer le diagramme</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Document PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>BaselineDialog</name>
    <message>
        <source>Clear Baseline</source>
        <translation>Effacer la référence</translation>
    </message>
    <message>
        <source>Save Baseline</source>
        <translation>Enregistrer la référence</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Baseline {}</source>
        <translation>Référence {}</translation>
    </message>
    <message>
        <source> (saved)</source>
        <translation> (enregistrée)</translation>
    </message>
    <message>
        <source>Entire project</source>
        <translation>Projet entier</translation>
    </message>
    <message>
        <source>Selected tasks ({})</source>
        <translation>Tâches sélectionnées ({})</translation>
    </message>
    <message>
        <source>Earned value and the Gantt&apos;s ghost bars use baseline 0 unless you pick another.</source>
        <translation>La valeur acquise et les barres fantômes du Gantt utilisent la référence 0, sauf si vous en choisissez une autre.</translation>
    </message>
    <message>
        <source>The tasks keep their other baselines.</source>
        <translation>Les tâches gardent leurs autres références.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Planning de référence :</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Pour :</translation>
    </message>
    <message>
        <source>Clear baseline</source>
        <translation>Effacer la référence</translation>
    </message>
    <message>
        <source>Clear baseline {}</source>
        <translation>Effacer la référence {}</translation>
    </message>
    <message>
        <source>Save baseline</source>
        <translation>Enregistrer la référence</translation>
    </message>
    <message>
        <source>Save baseline {}</source>
        <translation>Enregistrer la référence {}</translation>
    </message>
    <message>
        <source>{} for {} tasks</source>
        <translation>{} pour {} tâches</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source> · full</source>
        <translation> · pleine</translation>
    </message>
    <message>
        <source> · over limit by {count}</source>
        <translation> · {count} au-delà de la limite</translation>
    </message>
    <message>
        <source> · {count} shown</source>
        <translation> · {count} affichées</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <source>{count} card</source>
        <translation>{count} carte</translation>
    </message>
    <message>
        <source>{count} cards</source>
        <translation>{count} cartes</translation>
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
        <translation>Phase : {}</translation>
    </message>
    <message>
        <source>Assigned to {}</source>
        <translation>Attribuée à {}</translation>
    </message>
    <message>
        <source>Finish: {}</source>
        <translation>Fin : {}</translation>
    </message>
    <message>
        <source>Priority {}, {} % complete</source>
        <translation>Priorité {}, {} % achevé</translation>
    </message>
    <message>
        <source>Blocked by: {}</source>
        <translation>Bloquée par : {}</translation>
    </message>
    <message>
        <source>Tags: {}</source>
        <translation>Étiquettes : {}</translation>
    </message>
    <message>
        <source>Linked risks ({} band)</source>
        <translation>Risques liés (niveau {})</translation>
    </message>
    <message>
        <source>Add a card to {}</source>
        <translation>Ajouter une carte à {}</translation>
    </message>
    <message>
        <source>{}: {} cards, no WIP limit</source>
        <translation>{} : {} cartes, sans limite WIP</translation>
    </message>
    <message>
        <source>over its limit</source>
        <translation>au-delà de sa limite</translation>
    </message>
    <message>
        <source>within its limit</source>
        <translation>dans sa limite</translation>
    </message>
    <message>
        <source>{}: {} cards, WIP limit {} ({})</source>
        <translation>{} : {} cartes, limite WIP {} ({})</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <source>No swimlanes</source>
        <translation>Sans couloirs</translation>
    </message>
    <message>
        <source>Lanes by assignee</source>
        <translation>Couloirs par personne</translation>
    </message>
    <message>
        <source>Lanes by phase</source>
        <translation>Couloirs par phase</translation>
    </message>
    <message>
        <source>Lanes by priority</source>
        <translation>Couloirs par priorité</translation>
    </message>
    <message>
        <source>&amp;Board</source>
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Add &amp;Card</source>
        <translation>&amp;Ajouter une carte</translation>
    </message>
    <message>
        <source>Board &amp;Columns…</source>
        <translation>&amp;Colonnes du tableau…</translation>
    </message>
    <message>
        <source>&amp;Find Card…</source>
        <translation>&amp;Rechercher une carte…</translation>
    </message>
    <message>
        <source>Card &amp;Information…</source>
        <translation>&amp;Informations sur la carte…</translation>
    </message>
    <message>
        <source>&amp;Expand All Lanes</source>
        <translation>&amp;Déplier tous les couloirs</translation>
    </message>
    <message>
        <source>C&amp;ollapse All Lanes</source>
        <translation>&amp;Replier tous les couloirs</translation>
    </message>
    <message>
        <source>Group the cards in swimlanes</source>
        <translation>Grouper les cartes en couloirs</translation>
    </message>
    <message>
        <source>Filter cards</source>
        <translation>Filtrer les cartes</translation>
    </message>
    <message>
        <source>Show one person&apos;s cards</source>
        <translation>Afficher les cartes d&apos;une personne</translation>
    </message>
    <message>
        <source>Show cards with one tag</source>
        <translation>Afficher les cartes d&apos;une étiquette</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non affectée</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>{} of {} cards shown</source>
        <translation>{} cartes affichées sur {}</translation>
    </message>
    <message>
        <source> · over WIP limit: </source>
        <translation> · au-delà de la limite WIP : </translation>
    </message>
    <message>
        <source>WIP Limit</source>
        <translation>Limite WIP</translation>
    </message>
    <message>
        <source>“{}” has a WIP limit of {}. Cards there now: {}; moving “{}” there makes {}.

Finishing work in progress first keeps the flow going. Move it anyway?</source>
        <translation>« {} » a une limite WIP de {}. Cartes présentes : {} ; y déplacer « {} » en fait {}.

Terminer d&apos;abord le travail en cours garde le flux. La déplacer quand même ?</translation>
    </message>
    <message>
        <source>Move “{}” to {}</source>
        <translation>Déplacer « {} » vers {}</translation>
    </message>
    <message>
        <source>Reorder “{}”</source>
        <translation>Réordonner « {} »</translation>
    </message>
    <message>
        <source>Add card “{}”</source>
        <translation>Ajouter la carte « {} »</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Déplacer vers</translation>
    </message>
    <message>
        <source>&amp;Add Card to {}</source>
        <translation>&amp;Ajouter une carte à {}</translation>
    </message>
    <message>
        <source>&amp;Edit Column…</source>
        <translation>&amp;Modifier la colonne…</translation>
    </message>
    <message>
        <source>Add a card to the selected card&apos;s column</source>
        <translation>Ajouter une carte dans la colonne de la carte sélectionnée</translation>
    </message>
    <message>
        <source>Add, rename, reorder and delete columns; WIP limits</source>
        <translation>Ajouter, renommer, ordonner et supprimer des colonnes ; limites WIP</translation>
    </message>
    <message>
        <source>Every detail of the selected card</source>
        <translation>Tous les détails de la carte sélectionnée</translation>
    </message>
    <message>
        <source>Filter the cards</source>
        <translation>Filtrer les cartes</translation>
    </message>
    <message>
        <source>Fold every swimlane to its header</source>
        <translation>Replier chaque couloir sur son en-tête</translation>
    </message>
    <message>
        <source>Open every swimlane</source>
        <translation>Déplier chaque couloir</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <source>Category</source>
        <translation type="vanished">Catégorie</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="vanished">Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="vanished">Réel</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="vanished">Restant</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="vanished">Écart</translation>
    </message>
    <message>
        <source>Budget at completion: the baseline&apos;s cost</source>
        <translation type="vanished">Budget à l&apos;achèvement : coût du planning de référence</translation>
    </message>
    <message>
        <source>Planned value: baseline cost planned by the status date</source>
        <translation type="vanished">Valeur planifiée : coût de référence prévu à la date d&apos;état</translation>
    </message>
    <message>
        <source>Earned value: baseline cost of the work done</source>
        <translation type="vanished">Valeur acquise : coût de référence du travail effectué</translation>
    </message>
    <message>
        <source>Actual cost of the work done, with cost entries</source>
        <translation type="vanished">Coût réel du travail effectué, avec les écritures de coût</translation>
    </message>
    <message>
        <source>Schedule variance EV - PV (negative: behind schedule)</source>
        <translation type="vanished">Écart de planning EV - PV (négatif : en retard)</translation>
    </message>
    <message>
        <source>Cost variance EV - AC (negative: over budget)</source>
        <translation type="vanished">Écart de coût EV - AC (négatif : hors budget)</translation>
    </message>
    <message>
        <source>Schedule performance EV / PV (below 1: behind)</source>
        <translation type="vanished">Performance du planning EV / PV (sous 1 : en retard)</translation>
    </message>
    <message>
        <source>Cost performance EV / AC (below 1: over budget)</source>
        <translation type="vanished">Performance des coûts EV / AC (sous 1 : hors budget)</translation>
    </message>
    <message>
        <source>Estimate at completion</source>
        <translation type="vanished">Estimation à l&apos;achèvement</translation>
    </message>
    <message>
        <source>Estimate to complete: EAC - AC</source>
        <translation type="vanished">Reste à faire : EAC - AC</translation>
    </message>
    <message>
        <source>Variance at completion: BAC - EAC</source>
        <translation type="vanished">Écart à l&apos;achèvement : BAC - EAC</translation>
    </message>
    <message>
        <source>Cost performance needed on the remaining work to meet BAC</source>
        <translation type="vanished">Performance des coûts nécessaire sur le reste du travail pour tenir le BAC</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <source>No budget lines yet: the money set aside for each cost category, which planned and actual costs are measured against. Choose Budget ▸ Add Budget Line to add the first.</source>
        <translation>Aucune ligne de budget pour l&apos;instant : l&apos;argent réservé à chaque catégorie de coûts, auquel les coûts prévus et réels sont comparés. Choisissez Budget ▸ Ajouter une ligne de budget pour ajouter la première.</translation>
    </message>
    <message>
        <source>No actual costs yet: the money spent (an invoice, a licence), by date and category. Choose Budget ▸ Add Actual Cost to record the first.</source>
        <translation>Aucun coût réel pour l&apos;instant : l&apos;argent dépensé (une facture, une licence), par date et catégorie. Choisissez Budget ▸ Ajouter un coût réel pour enregistrer le premier.</translation>
    </message>
    <message>
        <source>Remaining = budget - actual (money left to spend); variance = budget - planned (negative: the plan overspends)</source>
        <translation type="vanished">Restant = budget - réel (argent encore disponible) ; écart = budget - prévu (négatif : le plan dépasse)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Budget per category&lt;/b&gt;</source>
        <translation>&lt;b&gt;Budget par catégorie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Actual costs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Coûts réels&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Budget, planned and actual&lt;/b&gt;</source>
        <translation>&lt;b&gt;Budget, prévu et réel&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add &amp;Budget Line</source>
        <translation>Ajouter une ligne de &amp;budget</translation>
    </message>
    <message>
        <source>Delete Budget Line</source>
        <translation>Supprimer la ligne de budget</translation>
    </message>
    <message>
        <source>Add &amp;Actual Cost</source>
        <translation>Ajouter un coût &amp;réel</translation>
    </message>
    <message>
        <source>Delete Actual Cost</source>
        <translation>Supprimer le coût réel</translation>
    </message>
    <message>
        <source>&amp;Save Baseline…</source>
        <translation>&amp;Enregistrer la référence…</translation>
    </message>
    <message>
        <source>C&amp;lear Baseline…</source>
        <translation>E&amp;ffacer la référence…</translation>
    </message>
    <message>
        <source> Project budget </source>
        <translation> Budget du projet </translation>
    </message>
    <message>
        <source>The approved budget of the whole project; empty or 0: the sum of the budget lines</source>
        <translation>Le budget approuvé du projet entier ; vide ou 0 : la somme des lignes budgétaires</translation>
    </message>
    <message>
        <source>Earned value</source>
        <translation>Valeur acquise</translation>
    </message>
    <message>
        <source>EAC = {}</source>
        <translation>EAC = {}</translation>
    </message>
    <message>
        <source>How the estimate at completion is worked out</source>
        <translation>Mode de calcul de l&apos;estimation à l&apos;achèvement</translation>
    </message>
    <message>
        <source>Cost: </source>
        <translation>Coûts : </translation>
    </message>
    <message>
        <source>Add budget line</source>
        <translation>Ajouter une ligne budgétaire</translation>
    </message>
    <message>
        <source>Add actual cost</source>
        <translation>Ajouter un coût réel</translation>
    </message>
    <message>
        <source>Delete {}</source>
        <translation>Supprimer : {}</translation>
    </message>
    <message>
        <source>Delete {} {}</source>
        <translation>Supprimer {} {}</translation>
    </message>
    <message>
        <source>Project budget: {}</source>
        <translation>Budget du projet : {}</translation>
    </message>
    <message>
        <source>Project budget: a budget cannot be negative</source>
        <translation>Budget du projet : un budget ne peut pas être négatif</translation>
    </message>
    <message>
        <source>Change project budget</source>
        <translation>Modifier le budget du projet</translation>
    </message>
    <message>
        <source>Change EAC method</source>
        <translation>Modifier la méthode EAC</translation>
    </message>
    <message>
        <source>at {}</source>
        <translation>le {}</translation>
    </message>
    <message>
        <source>at the end of today&apos;s working day, {} (no status date set)</source>
        <translation>à la fin de la journée de travail, {} (pas de date d&apos;état)</translation>
    </message>
    <message>
        <source>at the end of the last working day, {} (no status date set)</source>
        <translation>à la fin du dernier jour ouvré, {} (pas de date d&apos;état)</translation>
    </message>
    <message>
        <source>against baseline 0</source>
        <translation>par rapport à la référence 0</translation>
    </message>
    <message>
        <source>against the current plan: no baseline saved</source>
        <translation>par rapport au plan actuel : aucune référence enregistrée</translation>
    </message>
    <message>
        <source>Delete the selected budget lines</source>
        <translation>Supprimer les lignes de budget sélectionnées</translation>
    </message>
    <message>
        <source>Delete the selected cost entries</source>
        <translation>Supprimer les coûts sélectionnés</translation>
    </message>
    <message>
        <source>Forget a saved baseline</source>
        <translation>Oublier une référence enregistrée</translation>
    </message>
    <message>
        <source>Keep the current schedule and costs as a baseline (0-10)</source>
        <translation>Garder les dates et coûts actuels comme référence (0-10)</translation>
    </message>
    <message>
        <source>Record money spent: an invoice, a licence</source>
        <translation>Saisir une dépense : une facture, une licence</translation>
    </message>
    <message>
        <source>Set money aside for a cost category</source>
        <translation>Réserver un montant pour une catégorie de coûts</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>1 risk</source>
        <translation>1 risque</translation>
    </message>
    <message>
        <source>Chance of finishing by</source>
        <translation>Probabilité d’avoir fini au</translation>
    </message>
    <message>
        <source>Finish dates</source>
        <translation>Dates de fin</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Probability {probability} ({likelihood}), impact {impact} ({severity}): score {score}, {band}; {risks}</source>
        <translation>Probabilité {probability} ({likelihood}), impact {impact} ({severity}) : score {score}, {band} ; {risks}</translation>
    </message>
    <message>
        <source>{count} risks</source>
        <translation>{count} risques</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Reset Columns</source>
        <translation>Réinitialiser les colonnes</translation>
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
        <translation>% achevé</translation>
    </message>
    <message>
        <source>% Done</source>
        <translation>% fait</translation>
    </message>
    <message>
        <source>% complete of its linked tasks, by duration</source>
        <translation>% achevé de ses tâches liées, selon la durée</translation>
    </message>
    <message>
        <source>(current - baseline) / (target - baseline), 0-100 %</source>
        <translation>(actuel - base) / (cible - base), 0-100 %</translation>
    </message>
    <message>
        <source>1 for a top-level task, 2 for its subtasks, ...</source>
        <translation>1 pour une tâche de premier niveau, 2 pour ses sous-tâches, ...</translation>
    </message>
    <message>
        <source>A linked task is on the critical path</source>
        <translation>Une tâche liée est sur le chemin critique</translation>
    </message>
    <message>
        <source>A quarter (2027 Q1) or a period in words</source>
        <translation>Un trimestre (2027 Q1) ou une période en toutes lettres</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réel</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Baseline on</source>
        <translation>Référence du</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mieux</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget - actual: the money left to spend (negative: spent past the budget)</source>
        <translation>Budget - réel : l&apos;argent encore disponible (négatif : dépensé au-delà du budget)</translation>
    </message>
    <message>
        <source>Budget - planned (negative: the plan overspends)</source>
        <translation>Budget - prévu (négatif : le plan dépasse)</translation>
    </message>
    <message>
        <source>Business value</source>
        <translation>Valeur métier</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Chance</source>
        <translation>Chance</translation>
    </message>
    <message>
        <source>Chance the risk happens in a schedule-risk simulation run; in brackets: the probability rating&apos;s share, used when none is typed</source>
        <translation>Probabilité que le risque survienne dans une simulation du risque de délai ; entre parenthèses : la part de la note de probabilité, utilisée si aucune n’est saisie</translation>
    </message>
    <message>
        <source>Charged once for every task the resource is assigned to</source>
        <translation>Facturé une fois pour chaque tâche à laquelle la ressource est affectée</translation>
    </message>
    <message>
        <source>Conf. %</source>
        <translation>Conf. %</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Cost Var.</source>
        <translation>Écart coût</translation>
    </message>
    <message>
        <source>Cost impact</source>
        <translation>Impact sur le coût</translation>
    </message>
    <message>
        <source>Cost of an hour of overtime</source>
        <translation>Coût d’une heure supplémentaire</translation>
    </message>
    <message>
        <source>Cost of an hour of work (work resources) or of one unit (material)</source>
        <translation>Coût d’une heure de travail (ressources de travail) ou d’une unité (matériel)</translation>
    </message>
    <message>
        <source>Cost of its linked tasks</source>
        <translation>Coût de ses tâches liées</translation>
    </message>
    <message>
        <source>Cost/Use</source>
        <translation>Coût/utilisation</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Current cost minus the baseline&apos;s</source>
        <translation>Coût actuel moins celui de la référence</translation>
    </message>
    <message>
        <source>Current duration minus the baseline&apos;s</source>
        <translation>Durée actuelle moins celle de la référence</translation>
    </message>
    <message>
        <source>Current finish minus the baseline&apos;s, in working days</source>
        <translation>Fin actuelle moins celle de la référence, en jours ouvrés</translation>
    </message>
    <message>
        <source>Current start minus the baseline&apos;s, in working days</source>
        <translation>Début actuel moins celui de la référence, en jours ouvrés</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Delay added by resource leveling</source>
        <translation>Retard ajouté par le nivellement des ressources</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Duration Var.</source>
        <translation>Écart durée</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>EMV</source>
        <translation>VME</translation>
    </message>
    <message>
        <source>Earliest start of its linked tasks</source>
        <translation>Début le plus tôt de ses tâches liées</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Effort estimate in person-months (RICE effort)</source>
        <translation>Estimation de l’effort en mois-personnes (effort RICE)</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Evidence for</source>
        <translation>Preuves pour</translation>
    </message>
    <message>
        <source>Expected monetary value: probability share x cost impact (negative for a threat)</source>
        <translation>Valeur monétaire attendue : part de probabilité x impact sur le coût (négative pour une menace)</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Finish Var.</source>
        <translation>Écart fin</translation>
    </message>
    <message>
        <source>Finish in four fifths of the schedule-risk runs; ⚠ when after the feature&apos;s target quarter</source>
        <translation>Fin dans quatre cinquièmes des simulations du risque de délai ; ⚠ si après le trimestre cible de la fonctionnalité</translation>
    </message>
    <message>
        <source>Finish in half of the schedule-risk runs (Roadmap ▸ Forecast Delivery)</source>
        <translation>Fin dans la moitié des simulations du risque de délai (Feuille de route ▸ Prévision de livraison)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Held at its rank by hand; the computed rank is its score&apos;s</source>
        <translation>Maintenu à son rang à la main ; le rang calculé est celui de son score</translation>
    </message>
    <message>
        <source>Holds personal data: marked confidential, left out of shared copies</source>
        <translation>Contient des données personnelles : marqué confidentiel, omis des copies partagées</translation>
    </message>
    <message>
        <source>Hours of work assigned over the whole project</source>
        <translation>Heures de travail affectées sur tout le projet</translation>
    </message>
    <message>
        <source>How far behind the line from baseline to target the latest value may be, as a share of the distance from baseline to target, before the KPI is off track (within it: at risk)</source>
        <translation>De combien la dernière valeur peut être en retard sur la ligne de la base à la cible, en part de l’écart entre base et cible, avant que le KPI soit hors trajectoire (en deçà : à risque)</translation>
    </message>
    <message>
        <source>How long the task can slip without moving the project finish</source>
        <translation>De combien la tâche peut glisser sans déplacer la fin du projet</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
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
        <translation>ICE confiance</translation>
    </message>
    <message>
        <source>ICE confidence, 1-10</source>
        <translation>Confiance ICE, 1-10</translation>
    </message>
    <message>
        <source>ICE ease</source>
        <translation>ICE facilité</translation>
    </message>
    <message>
        <source>ICE ease, 1-10</source>
        <translation>Facilité ICE, 1-10</translation>
    </message>
    <message>
        <source>ICE impact</source>
        <translation>ICE impact</translation>
    </message>
    <message>
        <source>ICE impact, 1-10</source>
        <translation>Impact ICE, 1-10</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Impact, 1 (negligible) to 5 (severe)</source>
        <translation>Impact, de 1 (négligeable) à 5 (grave)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Indicators: ⚠ a resource of the task is over-allocated while it runs; ◆ the task finishes after its deadline</source>
        <translation>Indicateurs : ⚠ une ressource de la tâche est surutilisée pendant son exécution ; ◆ la tâche finit après son échéance</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Job size</source>
        <translation>Taille du travail</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Kano</source>
        <translation>Kano</translation>
    </message>
    <message>
        <source>Key result</source>
        <translation>Résultat clé</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Latest finish of its linked tasks</source>
        <translation>Fin la plus tardive de ses tâches liées</translation>
    </message>
    <message>
        <source>Leveling Delay</source>
        <translation>Retard de lissage</translation>
    </message>
    <message>
        <source>Linked tasks</source>
        <translation>Tâches liées</translation>
    </message>
    <message>
        <source>Manual: the task keeps the dates typed, links do not move it; Auto: pmdesk schedules it</source>
        <translation>Manuel : la tâche garde les dates saisies, les liens ne la déplacent pas ; Auto : pmdesk la planifie</translation>
    </message>
    <message>
        <source>Max. Units</source>
        <translation>Capacité max.</translation>
    </message>
    <message>
        <source>MoSCoW</source>
        <translation>MoSCoW</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>On track, at risk or off track: the latest value against the straight line from baseline to target on its day</source>
        <translation>Sur la trajectoire, à risque ou hors trajectoire : la dernière valeur face à la droite de la base à la cible ce jour-là</translation>
    </message>
    <message>
        <source>Outline Level</source>
        <translation>Niveau hiérarchique</translation>
    </message>
    <message>
        <source>Ovt. Rate</source>
        <translation>Taux heures sup.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
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
        <translation>Effet P80</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>Pic</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Épingle</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Predecessors</source>
        <translation>Prédécesseurs</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Probability x impact, coloured by band</source>
        <translation>Probabilité x impact, coloré selon le niveau</translation>
    </message>
    <message>
        <source>Probability, 1 (rare) to 5 (almost certain)</source>
        <translation>Probabilité, de 1 (rare) à 5 (presque certain)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Quote or summary</source>
        <translation>Citation ou résumé</translation>
    </message>
    <message>
        <source>RICE confidence: 100, 80 or 50 %</source>
        <translation>Confiance RICE : 100, 80 ou 50 %</translation>
    </message>
    <message>
        <source>RICE impact: 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal</source>
        <translation>Impact RICE : 3 massif, 2 élevé, 1 moyen, 0.5 faible, 0.25 minime</translation>
    </message>
    <message>
        <source>RICE reach: people or events per period</source>
        <translation>Portée RICE : personnes ou événements par période</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Rank; type a rank to pin the feature there, clear it to unpin</source>
        <translation>Rang ; saisir un rang y épingle la fonctionnalité, l’effacer la libère</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restant</translation>
    </message>
    <message>
        <source>Research insights linked to the feature</source>
        <translation>Enseignements de recherche liés à la fonctionnalité</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <source>Resource Name</source>
        <translation>Nom de la ressource</translation>
    </message>
    <message>
        <source>Resource names with units: Ana[50%], Ben</source>
        <translation>Noms des ressources avec unités : Ana[50%], Ben</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Risk red.</source>
        <translation>Réd. risque</translation>
    </message>
    <message>
        <source>Risk reduction</source>
        <translation>Réduction du risque</translation>
    </message>
    <message>
        <source>Row numbers with link type and lag: 3, 3FS+2d, 5SS-1d, 7FF+50%</source>
        <translation>Numéros de ligne avec type de lien et décalage : 3, 3FS+2d, 5SS-1d, 7FF+50%</translation>
    </message>
    <message>
        <source>Schedule impact</source>
        <translation>Impact sur le planning</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Score expected after the response</source>
        <translation>Score attendu après la réponse</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Start Var.</source>
        <translation>Écart début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Std. Rate</source>
        <translation>Taux standard</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Target by</source>
        <translation>Cible au</translation>
    </message>
    <message>
        <source>Target release or quarter</source>
        <translation>Version ou trimestre cible</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Task Mode</source>
        <translation>Mode de la tâche</translation>
    </message>
    <message>
        <source>Task Name</source>
        <translation>Nom de la tâche</translation>
    </message>
    <message>
        <source>The cost of the work done so far, plus the actual costs recorded up to the status date</source>
        <translation>Le coût du travail effectué jusqu&apos;ici, plus les coûts réels enregistrés jusqu&apos;à la date d&apos;état</translation>
    </message>
    <message>
        <source>The features this insight supports</source>
        <translation>Les fonctionnalités que cet enseignement étaye</translation>
    </message>
    <message>
        <source>The heaviest day&apos;s load, as a share of a full working day</source>
        <translation>La charge du jour le plus chargé, en part d’une journée de travail complète</translation>
    </message>
    <message>
        <source>The launched feature the KPI measures (its launch review), or none</source>
        <translation>La fonctionnalité lancée que mesure le KPI (sa revue de lancement), ou aucune</translation>
    </message>
    <message>
        <source>The mean progress of its key results</source>
        <translation>La progression moyenne de ses résultats clés</translation>
    </message>
    <message>
        <source>The money set aside for the category</source>
        <translation>L&apos;argent réservé à la catégorie</translation>
    </message>
    <message>
        <source>The most this resource can work at once: 100% is one full-time person</source>
        <translation>Le maximum que cette ressource peut travailler à la fois : 100% est une personne à temps plein</translation>
    </message>
    <message>
        <source>The objectives it serves; several separated by ;</source>
        <translation>Les objectifs qu’elle sert ; plusieurs séparés par ;</translation>
    </message>
    <message>
        <source>The owner&apos;s confidence of reaching the target</source>
        <translation>La confiance du responsable d’atteindre la cible</translation>
    </message>
    <message>
        <source>The period&apos;s first day, when given as dates</source>
        <translation>Le premier jour de la période, si elle est donnée en dates</translation>
    </message>
    <message>
        <source>The period&apos;s last day</source>
        <translation>Le dernier jour de la période</translation>
    </message>
    <message>
        <source>The score of the project&apos;s framework (RICE, ICE or WSJF)</source>
        <translation>Le score selon la méthode du projet (RICE, ICE ou WSJF)</translation>
    </message>
    <message>
        <source>The task&apos;s row number, as predecessors refer to it</source>
        <translation>Le numéro de ligne de la tâche, auquel renvoient les prédécesseurs</translation>
    </message>
    <message>
        <source>Three-point estimate for schedule risk: optimistic / most likely / pessimistic</source>
        <translation>Estimation à trois points pour le risque de délai : optimiste / probable / pessimiste</translation>
    </message>
    <message>
        <source>Time crit.</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Time criticality</source>
        <translation>Urgence temporelle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolérance</translation>
    </message>
    <message>
        <source>Total Slack</source>
        <translation>Marge totale</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <source>WSJF job size</source>
        <translation>Taille WSJF</translation>
    </message>
    <message>
        <source>WSJF risk reduction or opportunity enablement</source>
        <translation>Réduction du risque ou ouverture d’opportunité WSJF</translation>
    </message>
    <message>
        <source>WSJF time criticality</source>
        <translation>Criticité temporelle WSJF</translation>
    </message>
    <message>
        <source>WSJF user-business value</source>
        <translation>Valeur utilisateur et métier WSJF</translation>
    </message>
    <message>
        <source>What the current plan will cost: work at the resources&apos; rates, materials and fixed costs</source>
        <translation>Ce que coûtera le plan actuel : le travail aux taux des ressources, le matériel et les coûts fixes</translation>
    </message>
    <message>
        <source>Whether the KPI improves by going up (higher) or down (lower)</source>
        <translation>Si le KPI s’améliore en montant (plus haut) ou en baissant (plus bas)</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>Work at the resources&apos; rates, costs per use and the fixed cost</source>
        <translation>Travail aux taux des ressources, coûts par utilisation et coût fixe</translation>
    </message>
    <message>
        <source>Work breakdown structure code: the task&apos;s place in the outline</source>
        <translation>Code d’organigramme des tâches : la place de la tâche dans le plan</translation>
    </message>
    <message>
        <source>Working days the risk added to the P80 finish in the last run of the Schedule Risk tab: P80 of all runs minus P80 of the runs it did not happen in</source>
        <translation>Jours ouvrés que le risque a ajoutés à la fin P80 lors de la dernière simulation de l’onglet Risque de planning : P80 de toutes les simulations moins P80 de celles où il n’est pas survenu</translation>
    </message>
    <message>
        <source>Working time the risk adds to each linked task when it happens (an opportunity takes it off): one duration, or min / likely / max</source>
        <translation>Temps de travail que le risque ajoute à chaque tâche liée quand il survient (une opportunité le retire) : une durée, ou min / probable / max</translation>
    </message>
    <message>
        <source>Working time: 5d, 4h, 2w, 1mo; 3ed is elapsed days; 0 a milestone</source>
        <translation>Temps de travail : 5d, 4h, 2w, 1mo ; 3ed des jours calendaires ; 0 un jalon</translation>
    </message>
    <message>
        <source>Working time: the project&apos;s calendar, or a personal one with vacations</source>
        <translation>Temps de travail : le calendrier du projet, ou un calendrier personnel avec congés</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <source>Board Columns</source>
        <translation>Colonnes du tableau</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Most cards the column should hold; the header warns above it</source>
        <translation>Nombre maximal de cartes dans la colonne ; l&apos;en-tête avertit au-delà</translation>
    </message>
    <message>
        <source>Cards here are done (100 %, actual finish set)</source>
        <translation>Les cartes ici sont terminées (100 %, fin réelle fixée)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Vers la &amp;gauche</translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation>Vers la &amp;droite</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Where the cards of a deleted column go</source>
        <translation>Où vont les cartes d&apos;une colonne supprimée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;WIP limit:</source>
        <translation>Limite &amp;WIP :</translation>
    </message>
    <message>
        <source>moving its cards to</source>
        <translation>en déplaçant ses cartes vers</translation>
    </message>
    <message>
        <source>{} cards</source>
        <translation>{} cartes</translation>
    </message>
    <message>
        <source>WIP {}</source>
        <translation>WIP {}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Change column {}</source>
        <translation>Modifier la colonne {}</translation>
    </message>
    <message>
        <source>Add column {}</source>
        <translation>Ajouter la colonne {}</translation>
    </message>
    <message>
        <source>Move column {}</source>
        <translation>Déplacer la colonne {}</translation>
    </message>
    <message>
        <source>Delete column {}</source>
        <translation>Supprimer la colonne {}</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare With {}</source>
        <translation>Comparer avec {}</translation>
    </message>
    <message>
        <source>Changes from {} to this project: {}</source>
        <translation>Changements de {} vers ce projet : {}</translation>
    </message>
    <message>
        <source>Filter: words in the task, field or values</source>
        <translation>Filtre : mots de la tâche, du champ ou des valeurs</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>Était</translation>
    </message>
    <message>
        <source>Is now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Copy &amp;Digest</source>
        <translation>Copier le &amp;résumé</translation>
    </message>
    <message>
        <source>Copy a short summary for a status e-mail</source>
        <translation>Copier un court résumé pour un e-mail d&apos;état</translation>
    </message>
</context>
<context>
    <name>Core</name>
    <message>
        <source>Actual cost of the work done, with cost entries</source>
        <translation>Coût réel du travail effectué, avec les écritures de coût</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>All tasks</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Almost certain</source>
        <translation>Quasi certain</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Blank project</source>
        <translation>Projet vide</translation>
    </message>
    <message>
        <source>Budget at completion: the baseline&apos;s cost</source>
        <translation>Budget à l&apos;achèvement : coût du planning de référence</translation>
    </message>
    <message>
        <source>CPI</source>
        <translation>CPI</translation>
    </message>
    <message>
        <source>CSV sheet</source>
        <translation>Feuille CSV</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Confidential tasks and risks</source>
        <translation>Tâches et risques confidentiels</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Cost performance EV / AC (below 1: over budget)</source>
        <translation>Performance des coûts EV / AC (sous 1 : hors budget)</translation>
    </message>
    <message>
        <source>Cost performance needed on the remaining work to meet BAC</source>
        <translation>Performance des coûts nécessaire sur le reste du travail pour tenir le BAC</translation>
    </message>
    <message>
        <source>Cost variance EV - AC (negative: over budget)</source>
        <translation>Écart de coût EV - AC (négatif : hors budget)</translation>
    </message>
    <message>
        <source>Costs, rates and budget lines</source>
        <translation>Coûts, taux et lignes budgétaires</translation>
    </message>
    <message>
        <source>Critical tasks</source>
        <translation>Tâches critiques</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Discovery, Definition, Build, Launch and Growth with their tasks, links and milestones, ready to adjust; no people, costs or risks.</source>
        <translation>Discovery, Definition, Build, Launch et Growth avec leurs tâches, liens et jalons, prêts à ajuster ; sans personnes, coûts ni risques.</translation>
    </message>
    <message>
        <source>Earned value: baseline cost of the work done</source>
        <translation>Valeur acquise : coût de référence du travail effectué</translation>
    </message>
    <message>
        <source>Estimate at completion</source>
        <translation>Estimation à l&apos;achèvement</translation>
    </message>
    <message>
        <source>Estimate to complete: EAC - AC</source>
        <translation>Reste à faire : EAC - AC</translation>
    </message>
    <message>
        <source>Every format</source>
        <translation>Tous les formats</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
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
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Late tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>MS Project XML</source>
        <translation>MS Project XML</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Microsoft Project</source>
        <translation>Microsoft Project</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Sous surveillance</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Negligible</source>
        <translation>Négligeable</translation>
    </message>
    <message>
        <source>No tasks yet; a board with To do, In progress and Done.</source>
        <translation>Pas encore de tâches ; un tableau À faire, En cours et Terminé.</translation>
    </message>
    <message>
        <source>Notes (tasks, costs, stage changes, checklists, risk history)</source>
        <translation>Notes (tâches, coûts, changements de phase, listes de contrôle, historique des risques)</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Survenu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Planned value: baseline cost planned by the status date</source>
        <translation>Valeur planifiée : coût de référence prévu à la date d&apos;état</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Product launch (the demo&apos;s phases)</source>
        <translation>Lancement de produit (phases de la démo)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Published by</source>
        <translation>Publié par</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Rare</source>
        <translation>Rare</translation>
    </message>
    <message>
        <source>Research insights holding personal data</source>
        <translation>Enseignements contenant des données personnelles</translation>
    </message>
    <message>
        <source>Resource e-mails</source>
        <translation>E-mails des ressources</translation>
    </message>
    <message>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <source>Schedule performance EV / PV (below 1: behind)</source>
        <translation>Performance du planning EV / PV (sous 1 : en retard)</translation>
    </message>
    <message>
        <source>Schedule variance EV - PV (negative: behind schedule)</source>
        <translation>Écart de planning EV - PV (négatif : en retard)</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Menace</translation>
    </message>
    <message>
        <source>Top risk</source>
        <translation>Risque principal</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <source>Variance at completion: BAC - EAC</source>
        <translation>Écart à l&apos;achèvement : BAC - EAC</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>accepter</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>analytique</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>à risque</translation>
    </message>
    <message>
        <source>attractive</source>
        <translation>attractif</translation>
    </message>
    <message>
        <source>avoid</source>
        <translation>éviter</translation>
    </message>
    <message>
        <source>confidential</source>
        <translation>confidentiel</translation>
    </message>
    <message>
        <source>could</source>
        <translation>pourrait</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>définition</translation>
    </message>
    <message>
        <source>development</source>
        <translation>développement</translation>
    </message>
    <message>
        <source>discovery</source>
        <translation>exploration</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>enhance</source>
        <translation>amplifier</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>escalader</translation>
    </message>
    <message>
        <source>exploit</source>
        <translation>exploiter</translation>
    </message>
    <message>
        <source>go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>growth</source>
        <translation>croissance</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>plus haut</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>indifferent</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>entretien</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>lancement</translation>
    </message>
    <message>
        <source>launched</source>
        <translation>lancé</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>plus bas</translation>
    </message>
    <message>
        <source>maturity</source>
        <translation>maturité</translation>
    </message>
    <message>
        <source>mitigate</source>
        <translation>atténuer</translation>
    </message>
    <message>
        <source>must</source>
        <translation>doit</translation>
    </message>
    <message>
        <source>must-be</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>no baseline set</source>
        <translation>aucune référence</translation>
    </message>
    <message>
        <source>no budget set</source>
        <translation>aucun budget</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>hors trajectoire</translation>
    </message>
    <message>
        <source>on baseline</source>
        <translation>conforme à la référence</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>en bonne voie</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>proportionnel</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>recycle</source>
        <translation>Retravailler</translation>
    </message>
    <message>
        <source>retirement</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>reverse</source>
        <translation>inverse</translation>
    </message>
    <message>
        <source>review</source>
        <translation>avis</translation>
    </message>
    <message>
        <source>sales call</source>
        <translation>appel commercial</translation>
    </message>
    <message>
        <source>share</source>
        <translation>partager</translation>
    </message>
    <message>
        <source>should</source>
        <translation>devrait</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>support ticket</source>
        <translation>ticket de support</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>sondage</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>transférer</translation>
    </message>
    <message>
        <source>vs baseline</source>
        <translation>vs référence</translation>
    </message>
    <message>
        <source>within budget</source>
        <translation>dans le budget</translation>
    </message>
    <message>
        <source>within planned cost</source>
        <translation>dans le coût prévu</translation>
    </message>
    <message>
        <source>won&apos;t</source>
        <translation>pas cette fois</translation>
    </message>
    <message>
        <source>yes (confidential)</source>
        <translation>oui (confidentiel)</translation>
    </message>
    <message>
        <source>pinned (computed {})</source>
        <translation>épinglé (calculé {})</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>ligne budgétaire</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>lignes budgétaires</translation>
    </message>
    <message>
        <source>cost entry</source>
        <translation>écriture de coût</translation>
    </message>
    <message>
        <source>cost entries</source>
        <translation>écritures de coût</translation>
    </message>
    <message>
        <source>row</source>
        <extracomment>The widest date a table shows, in bold: a date column is at least this wide.</extracomment>
        <translation>ligne</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Stage and next gate</source>
        <translation>Phase et prochaine revue</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Schedule health</source>
        <translation>Santé du planning</translation>
    </message>
    <message>
        <source>Cost health</source>
        <translation>Santé des coûts</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Principaux risques</translation>
    </message>
    <message>
        <source>Board WIP</source>
        <translation>WIP du tableau</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Top of the backlog</source>
        <translation>Haut du backlog</translation>
    </message>
    <message>
        <source>as of {}</source>
        <translation>au {}</translation>
    </message>
    <message>
        <source>{} KPIs · {} not on track</source>
        <translation>{} indicateurs · {} hors trajectoire</translation>
    </message>
    <message>
        <source>No KPIs yet.</source>
        <translation>Pas encore d&apos;indicateurs.</translation>
    </message>
    <message>
        <source>Now {} · Next {} · Later {}&lt;br&gt;{} slipping past the target</source>
        <translation>Maintenant {} · Ensuite {} · Plus tard {}&lt;br&gt;{} en retard sur la cible</translation>
    </message>
    <message>
        <source>&lt;br&gt;{} with P80 after the target</source>
        <translation>&lt;br&gt;{} avec P80 après la cible</translation>
    </message>
    <message>
        <source>Stage: &lt;b&gt;{}&lt;/b&gt;</source>
        <translation>Phase : &lt;b&gt;{}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Next gate: {}&lt;br&gt;{} → {} on {}</source>
        <translation>&lt;br&gt;Prochaine revue : {}&lt;br&gt;{} → {} le {}</translation>
    </message>
    <message>
        <source>&lt;br&gt;No gate pending.</source>
        <translation>&lt;br&gt;Aucune revue en attente.</translation>
    </message>
    <message>
        <source>{} — was due {}</source>
        <translation>{} — prévu le {}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{} overdue&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;{} en retard&lt;/b&gt;&lt;br&gt;</translation>
    </message>
    <message>
        <source>No open milestones.</source>
        <translation>Aucun jalon ouvert.</translation>
    </message>
    <message>
        <source>Finish {}&lt;br&gt;working out SPI…</source>
        <translation>Fin {}&lt;br&gt;calcul du SPI…</translation>
    </message>
    <message>
        <source>no baseline</source>
        <translation>pas de référence</translation>
    </message>
    <message>
        <source>Finish {}&lt;br&gt;Baseline finish {}&lt;br&gt;SPI {} · {} late tasks</source>
        <translation>Fin {}&lt;br&gt;Fin de référence {}&lt;br&gt;SPI {} · {} tâches en retard</translation>
    </message>
    <message>
        <source>Budget {}&lt;br&gt;working out CPI and EAC…</source>
        <translation>Budget {}&lt;br&gt;calcul du CPI et de l&apos;EAC…</translation>
    </message>
    <message>
        <source>Budget {}&lt;br&gt;Planned cost {}&lt;br&gt;CPI {} · EAC {}</source>
        <translation>Budget {}&lt;br&gt;Coût prévu {}&lt;br&gt;CPI {} · EAC {}</translation>
    </message>
    <message>
        <source>score {}</source>
        <translation>score {}</translation>
    </message>
    <message>
        <source>{} · score {} · {}</source>
        <translation type="vanished">{} · score {} · {}</translation>
    </message>
    <message>
        <source>No open risks.</source>
        <translation>Aucun risque ouvert.</translation>
    </message>
    <message>
        <source>{}: {} / {} over limit</source>
        <translation>{} : {} / {} au-delà de la limite</translation>
    </message>
    <message>
        <source>No board columns.</source>
        <translation>Aucune colonne de tableau.</translation>
    </message>
    <message>
        <source>The backlog is empty.</source>
        <translation>Le backlog est vide.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>A date such as 2028-03-06, 6/3/2028 or 6 Mar 2028</source>
        <translation>Une date comme 2028-03-06, 6/3/2028 ou 6 mars 2028</translation>
    </message>
    <message>
        <source>, with a time such as 2028-03-06 08:00</source>
        <translation>, avec une heure comme 2028-03-06 08:00</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
</context>
<context>
    <name>DecideGateDialog</name>
    <message>
        <source>Decide Gate</source>
        <translation>Décider la revue</translation>
    </message>
    <message>
        <source>Decide gate {} → {}</source>
        <translation type="vanished">Décider la revue {} → {}</translation>
    </message>
    <message>
        <source>Decide gate {}</source>
        <translation>Décider la revue {}</translation>
    </message>
    <message>
        <source>Mandatory criteria not met: </source>
        <translation>Critères obligatoires non remplis : </translation>
    </message>
    <message>
        <source>Every mandatory criterion is met.</source>
        <translation>Tous les critères obligatoires sont remplis.</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Décision :</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Décidé &amp;le :</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Décidé &amp;par :</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>Override &amp;reason:</source>
        <translation>&amp;Motif de dérogation :</translation>
    </message>
    <message>
        <source>Decide gate {}: {}</source>
        <translation>Décider la revue {} : {}</translation>
    </message>
</context>
<context>
    <name>ExchangeCommands</name>
    <message>
        <source>Import of {} cancelled</source>
        <translation>Import de {} annulé</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>Imported {}: {} tasks</source>
        <translation>{} importé : {} tâches</translation>
    </message>
    <message>
        <source>Import Plan</source>
        <translation>Importer un plan</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
    <message>
        <source>Exported {}</source>
        <translation>{} exporté</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>Exporter le plan</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Gantt chart</source>
        <translation>Diagramme de Gantt</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Rapport d&apos;état</translation>
    </message>
    <message>
        <source>Product backlog</source>
        <translation>Backlog produit</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Fit the page width, as many pages down as needed</source>
        <translation>Remplir la largeur de page, autant de pages que nécessaire vers le bas</translation>
    </message>
    <message>
        <source>Fit on one page</source>
        <translation>Tenir sur une page</translation>
    </message>
    <message>
        <source>Tile pages to tape together</source>
        <translation>Pages en mosaïque à assembler</translation>
    </message>
    <message>
        <source>Export and Print</source>
        <translation>Exporter et imprimer</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <source>Tiles</source>
        <translation>Mosaïque</translation>
    </message>
    <message>
        <source>Time scale</source>
        <translation>Échelle de temps</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
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
        <translation>lignes ×</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Seulement du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Chart only, no table</source>
        <translation>Diagramme seul, sans tableau</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Wrote {} (1 page).</source>
        <translation>{} écrit (1 page).</translation>
    </message>
    <message>
        <source>Wrote {} ({} pages).</source>
        <translation>{} écrit ({} pages).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n page(s) to {}.</source>
        <translation type="vanished">
            <numerusform>%n page écrite dans {}.</numerusform>
            <numerusform>%n pages écrites dans {}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png)</source>
        <translation>PDF (*.pdf);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Aperçu avant impression</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Also &amp;tasks as events (each over the days it runs)</source>
        <translation>Aussi les &amp;tâches comme événements (chacune sur ses jours)</translation>
    </message>
    <message>
        <source>Milestones become all-day events; importing a newer export updates them in the calendar.</source>
        <translation>Les jalons deviennent des événements d&apos;une journée ; importer un export plus récent les met à jour dans le calendrier.</translation>
    </message>
    <message>
        <source>Write:</source>
        <translation>Écrire :</translation>
    </message>
    <message>
        <source>The task table, in the columns the &amp;Gantt view shows</source>
        <translation>La table des tâches, avec les colonnes de la vue &amp;Gantt</translation>
    </message>
    <message>
        <source>The task table, in &amp;all columns</source>
        <translation>La table des tâches, avec &amp;toutes les colonnes</translation>
    </message>
    <message>
        <source>The &amp;risk register</source>
        <translation>Le &amp;registre des risques</translation>
    </message>
    <message>
        <source>The product &amp;backlog, in rank order</source>
        <translation>Le &amp;backlog produit, par rang</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
</context>
<context>
    <name>FeatureDialog</name>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>Feature “{}”</source>
        <translation>Fonctionnalité « {} »</translation>
    </message>
    <message>
        <source>Markdown: ## headings, - lists, **bold**</source>
        <translation>Markdown : ## titres, - listes, **gras**</translation>
    </message>
    <message>
        <source>a release or a quarter: 2027 Q2</source>
        <translation>une version ou un trimestre : 2027 Q2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Problem:</source>
        <translation>&amp;Problème :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>Pa&amp;rent feature:</source>
        <translation>Fonctionnalité &amp;parente :</translation>
    </message>
    <message>
        <source>Ob&amp;jectives:</source>
        <translation>Ob&amp;jectifs :</translation>
    </message>
    <message>
        <source>Edit feature “{}”</source>
        <translation>Modifier la fonctionnalité « {} »</translation>
    </message>
</context>
<context>
    <name>FlowPanel</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>4 dernières semaines</translation>
    </message>
    <message>
        <source>Last 8 weeks</source>
        <translation>8 dernières semaines</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>12 dernières semaines</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>26 dernières semaines</translation>
    </message>
    <message>
        <source>Whole project</source>
        <translation>Projet entier</translation>
    </message>
    <message>
        <source>The dates the diagram, throughput and times cover</source>
        <translation>Les dates couvertes par le diagramme, le débit et les temps</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Délai de livraison</translation>
    </message>
    <message>
        <source>Cycle time</source>
        <translation>Temps de cycle</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Card in progress</source>
        <translation>Carte en cours</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>Cumulative flow</source>
        <translation>Flux cumulé</translation>
    </message>
    <message>
        <source>Throughput per week</source>
        <translation>Débit par semaine</translation>
    </message>
    <message>
        <source>Lead and cycle time of finished cards</source>
        <translation>Délai et temps de cycle des cartes terminées</translation>
    </message>
    <message>
        <source>Age of work in progress</source>
        <translation>Âge du travail en cours</translation>
    </message>
    <message>
        <source>mean {} d, 85th percentile {} d</source>
        <translation>moyenne {} j, 85e centile {} j</translation>
    </message>
    <message>
        <source>mean {:.1f} d, 85th percentile {:.1f} d</source>
        <translation type="vanished">moyenne {:.1f} j, 85e centile {:.1f} j</translation>
    </message>
    <message>
        <source>{} cards have no recorded moves yet; their times come from their actual dates.</source>
        <translation>{} cartes n&apos;ont pas encore de mouvements enregistrés ; leurs temps viennent de leurs dates réelles.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{}&lt;/b&gt; cards finished &amp;nbsp; &lt;b&gt;Lead time&lt;/b&gt;: {} &amp;nbsp; &lt;b&gt;Cycle time&lt;/b&gt;: {}{}</source>
        <translation>&lt;b&gt;{}&lt;/b&gt; cartes terminées &amp;nbsp; &lt;b&gt;Délai de livraison&lt;/b&gt; : {} &amp;nbsp; &lt;b&gt;Temps de cycle&lt;/b&gt; : {}{}</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <source>Start: {}</source>
        <translation>Début : {}</translation>
    </message>
    <message>
        <source>Finish: {}</source>
        <translation>Fin : {}</translation>
    </message>
    <message>
        <source>Duration: {}</source>
        <translation>Durée : {}</translation>
    </message>
    <message>
        <source>Total slack: {}</source>
        <translation>Marge totale : {}</translation>
    </message>
    <message>
        <source>Free slack: {}</source>
        <translation>Marge libre : {}</translation>
    </message>
    <message>
        <source>Manually scheduled</source>
        <translation>Planifiée manuellement</translation>
    </message>
    <message>
        <source>Split in {} parts</source>
        <translation>Scindée en {} parties</translation>
    </message>
    <message>
        <source>Complete: {}%</source>
        <translation>Achevé : {} %</translation>
    </message>
    <message>
        <source>On the critical path</source>
        <translation>Sur le chemin critique</translation>
    </message>
    <message>
        <source>Deadline: {}</source>
        <translation>Échéance : {}</translation>
    </message>
    <message>
        <source>Baseline: {} – {}</source>
        <translation>Référence : {} – {}</translation>
    </message>
    <message>
        <source>Risks: {} ({})</source>
        <translation>Risques : {} ({})</translation>
    </message>
    <message>
        <source>Move “{}”</source>
        <translation>Déplacer « {} »</translation>
    </message>
    <message>
        <source>Change progress of “{}”</source>
        <translation>Modifier l’avancement de « {} »</translation>
    </message>
    <message>
        <source>Link “{}” to “{}”</source>
        <translation>Lier « {} » à « {} »</translation>
    </message>
    <message>
        <source>Starts before its predecessor {name} allows</source>
        <translation>Commence avant ce que permet son prédécesseur {name}</translation>
    </message>
</context>
<context>
    <name>GanttView</name>
    <message>
        <source>Resource: {}</source>
        <translation>Ressource : {}</translation>
    </message>
    <message>
        <source>Phase: {}</source>
        <translation>Phase : {}</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>No tasks yet: type the first task&apos;s name, or press {}.</source>
        <translation>Aucune tâche pour l&apos;instant : tapez le nom de la première tâche ou appuyez sur {}.</translation>
    </message>
    <message>
        <source>&amp;Insert Task</source>
        <translation>&amp;Insérer une tâche</translation>
    </message>
    <message>
        <source>&amp;New Task Below</source>
        <translation>&amp;Nouvelle tâche dessous</translation>
    </message>
    <message>
        <source>&amp;Delete Task</source>
        <translation>&amp;Supprimer la tâche</translation>
    </message>
    <message>
        <source>In&amp;dent</source>
        <translation>A&amp;baisser</translation>
    </message>
    <message>
        <source>&amp;Outdent</source>
        <translation>&amp;Hausser</translation>
    </message>
    <message>
        <source>&amp;Show Subtasks</source>
        <translation>&amp;Afficher les sous-tâches</translation>
    </message>
    <message>
        <source>&amp;Hide Subtasks</source>
        <translation>&amp;Masquer les sous-tâches</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>Cu&amp;t Tasks</source>
        <translation>&amp;Couper les tâches</translation>
    </message>
    <message>
        <source>&amp;Copy Tasks</source>
        <translation>C&amp;opier les tâches</translation>
    </message>
    <message>
        <source>&amp;Paste Tasks</source>
        <translation>Co&amp;ller les tâches</translation>
    </message>
    <message>
        <source>Task &amp;Information…</source>
        <translation>&amp;Informations sur la tâche…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Fit Project</source>
        <translation>Tout le &amp;projet</translation>
    </message>
    <message>
        <source>E&amp;xpand All</source>
        <translation>Tout dé&amp;plier</translation>
    </message>
    <message>
        <source>Co&amp;llapse All</source>
        <translation>Tout re&amp;plier</translation>
    </message>
    <message>
        <source>&amp;Find Task…</source>
        <translation>&amp;Rechercher une tâche…</translation>
    </message>
    <message>
        <source>&amp;All Tasks (Clear Filter)</source>
        <translation>&amp;Toutes les tâches (sans filtre)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>Choose the columns of the task sheet</source>
        <translation>Choisir les colonnes de la table des tâches</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Find task…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>The baseline drawn under the bars and compared with in the variance columns</source>
        <translation>La référence dessinée sous les barres et comparée dans les colonnes d&apos;écart</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Baseline {}</source>
        <translation>Référence {}</translation>
    </message>
    <message>
        <source>Show only some tasks, with their summary tasks (F3 shows all tasks again)</source>
        <translation>N&apos;afficher que certaines tâches, avec leurs tâches récapitulatives (F3 les réaffiche toutes)</translation>
    </message>
    <message>
        <source>A filter hides tasks: click to show all tasks (F3)</source>
        <translation>Un filtre masque des tâches : cliquez pour tout afficher (F3)</translation>
    </message>
    <message>
        <source>Filter: {} · {} of {} tasks  ✕</source>
        <translation>Filtre : {} · {} tâches sur {}  ✕</translation>
    </message>
    <message>
        <source>Add a new task below the selected one</source>
        <translation>Ajouter une tâche sous la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Copy the selected tasks with their links</source>
        <translation>Copier les tâches sélectionnées avec leurs liens</translation>
    </message>
    <message>
        <source>Cut the selected tasks with their links</source>
        <translation>Couper les tâches sélectionnées avec leurs liens</translation>
    </message>
    <message>
        <source>Delete the selected tasks and their subtasks</source>
        <translation>Supprimer les tâches sélectionnées et leurs sous-tâches</translation>
    </message>
    <message>
        <source>Edit every detail of the task</source>
        <translation>Modifier tous les détails de la tâche</translation>
    </message>
    <message>
        <source>Find a task by name</source>
        <translation>Rechercher une tâche par son nom</translation>
    </message>
    <message>
        <source>Fold the selected summary task</source>
        <translation>Replier la tâche récapitulative sélectionnée</translation>
    </message>
    <message>
        <source>Insert a new task above the selected one</source>
        <translation>Insérer une tâche au-dessus de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Make the selected tasks subtasks of the task above</source>
        <translation>Faire des tâches sélectionnées des sous-tâches de la tâche au-dessus</translation>
    </message>
    <message>
        <source>Move the selected tasks above the previous one</source>
        <translation>Monter les tâches sélectionnées au-dessus de la précédente</translation>
    </message>
    <message>
        <source>Move the selected tasks below the next one</source>
        <translation>Descendre les tâches sélectionnées sous la suivante</translation>
    </message>
    <message>
        <source>Move the selected tasks one level up</source>
        <translation>Remonter les tâches sélectionnées d’un niveau</translation>
    </message>
    <message>
        <source>Open the selected summary task</source>
        <translation>Déplier la tâche récapitulative sélectionnée</translation>
    </message>
    <message>
        <source>Paste tasks below the selected one</source>
        <translation>Coller des tâches sous la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Show a longer time span</source>
        <translation>Afficher une période plus longue</translation>
    </message>
    <message>
        <source>Show a shorter time span</source>
        <translation>Afficher une période plus courte</translation>
    </message>
    <message>
        <source>Show every subtask</source>
        <translation>Afficher toutes les sous-tâches</translation>
    </message>
    <message>
        <source>Show every task again</source>
        <translation>Afficher de nouveau toutes les tâches</translation>
    </message>
    <message>
        <source>Show top-level tasks only</source>
        <translation>N’afficher que les tâches de premier niveau</translation>
    </message>
    <message>
        <source>Zoom to show the whole project</source>
        <translation>Zoomer pour voir tout le projet</translation>
    </message>
</context>
<context>
    <name>GatePanel</name>
    <message>
        <source>Stage gates</source>
        <translation>Revues de phase</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Transition</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Criteria met</source>
        <translation>Critères remplis</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source> (override)</source>
        <translation> (dérogation)</translation>
    </message>
    <message>
        <source>{} of {}</source>
        <translation>{} sur {}</translation>
    </message>
    <message>
        <source>No gate selected. Add a gate for the stage the product is leaving.</source>
        <translation>Aucune revue sélectionnée. Ajoutez une revue pour la phase que le produit quitte.</translation>
    </message>
    <message>
        <source>on {} by {}</source>
        <translation>le {} par {}</translation>
    </message>
    <message>
        <source>Override: {}</source>
        <translation>Dérogation : {}</translation>
    </message>
    <message>
        <source>Edit criterion “{}”</source>
        <translation>Modifier le critère « {} »</translation>
    </message>
    <message>
        <source>Add gate criterion</source>
        <translation>Ajouter un critère de gate</translation>
    </message>
</context>
<context>
    <name>HeadlineLabel</name>
    <message>
        <source>The schedule&apos;s headline, as in the status report: red when a deadline is missed or the finish slips more than 5 working days past baseline 0, amber for a smaller slip or SPI below 0.95, green on baseline</source>
        <translation>Le titre du planning, comme dans le rapport d&apos;état : rouge si une échéance est manquée ou si la fin glisse de plus de 5 jours ouvrés au-delà de la référence 0, orange pour un glissement moindre ou un SPI sous 0,95, vert dans la référence</translation>
    </message>
    <message>
        <source>The cost headline, as in the status report: the forecast (EAC, or the planned cost when that is higher) against the budget, else against the planned cost; red more than 5 % over, amber less or CPI below 0.95</source>
        <translation>Le titre des coûts, comme dans le rapport d&apos;état : la prévision (EAC, ou le coût prévu s&apos;il est plus élevé) par rapport au budget, sinon au coût prévu ; rouge au-delà de 5 %, orange en deçà ou CPI sous 0,95</translation>
    </message>
    <message>
        <source>{} deadline(s) missed</source>
        <translation>{} échéance(s) manquée(s)</translation>
    </message>
    <message>
        <source>{} over budget by EAC</source>
        <translation>{} au-delà du budget selon l&apos;EAC</translation>
    </message>
    <message>
        <source>{} over budget</source>
        <translation>{} au-delà du budget</translation>
    </message>
    <message>
        <source>{} over planned cost by EAC</source>
        <translation>{} au-delà du coût prévu selon l&apos;EAC</translation>
    </message>
    <message>
        <source>{} over planned cost</source>
        <translation>{} au-delà du coût prévu</translation>
    </message>
    <message>
        <source>{} d vs baseline {}</source>
        <translation>{} j vs référence {}</translation>
    </message>
</context>
<context>
    <name>HeatMapWidget</name>
    <message>
        <source>&lt;b&gt;Heat map&lt;/b&gt;</source>
        <translation>&lt;b&gt;Matrice des risques&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inhérent</translation>
    </message>
    <message>
        <source>Probability and impact before the response</source>
        <translation>Probabilité et impact avant la réponse</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <source>Probability and impact expected after the response (inherent when not assessed)</source>
        <translation>Probabilité et impact attendus après la réponse (inhérents s&apos;ils ne sont pas évalués)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Heat map&lt;/b&gt; ({})</source>
        <translation>&lt;b&gt;Matrice des risques&lt;/b&gt; ({})</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>KpiChart</name>
    <message>
        <source>Choose a KPI to see its values against its target.</source>
        <translation>Choisissez un KPI pour voir ses valeurs par rapport à sa cible.</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>target {value} by {date}</source>
        <translation>cible {value} au {date}</translation>
    </message>
</context>
<context>
    <name>KpiPanel</name>
    <message>
        <source>No KPIs yet: the measures of a launch&apos;s success (sign-ups, conversion, churn), each with a target and its values week by week. Click Add KPI or choose Product ▸ Add KPI to add the first.</source>
        <translation>Aucun indicateur pour l&apos;instant : ce qui mesure le succès d&apos;un lancement (inscriptions, conversion, attrition), chacun avec une cible et ses valeurs semaine après semaine. Cliquez sur Ajouter un indicateur ou choisissez Produit ▸ Ajouter un indicateur pour ajouter le premier.</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Launched</source>
        <translation>Lancée</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <source>60 days</source>
        <translation>60 jours</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 jours</translation>
    </message>
    <message>
        <source>Add &amp;KPI</source>
        <translation>Ajouter un &amp;indicateur</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>Supprimer l&apos;indicateur</translation>
    </message>
    <message>
        <source>&amp;Import Values…</source>
        <translation>&amp;Importer des valeurs…</translation>
    </message>
    <message>
        <source>Add &amp;Value</source>
        <translation>Ajouter une &amp;valeur</translation>
    </message>
    <message>
        <source>Delete Value</source>
        <translation>Supprimer la valeur</translation>
    </message>
    <message>
        <source>Launch review: each launched feature&apos;s KPIs 30, 60 and 90 days after its launch (its tasks&apos; finish)</source>
        <translation>Revue de lancement : indicateurs de chaque fonctionnalité lancée 30, 60 et 90 jours après son lancement (fin de ses tâches)</translation>
    </message>
    <message>
        <source>Add KPI “{}”</source>
        <translation>Ajouter le KPI « {} »</translation>
    </message>
    <message>
        <source>Delete KPI “{}”</source>
        <translation>Supprimer le KPI « {} »</translation>
    </message>
    <message>
        <source>Add a value of “{}”</source>
        <translation>Ajouter une valeur de « {} »</translation>
    </message>
    <message>
        <source>Delete the {} value of “{}”</source>
        <translation>Supprimer la valeur du {} de « {} »</translation>
    </message>
    <message>
        <source>Import KPI Values</source>
        <translation>Importer des valeurs d&apos;indicateur</translation>
    </message>
    <message>
        <source>CSV date,value (*.csv);;All files (*)</source>
        <translation>CSV date,valeur (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import {} values of “{}”</source>
        <translation>Importer {} valeurs de « {} »</translation>
    </message>
</context>
<context>
    <name>KpiTab</name>
    <message>
        <source>&amp;Import KPI Values…</source>
        <translation>&amp;Importer des valeurs d&apos;indicateur…</translation>
    </message>
    <message>
        <source>Add &amp;KPI</source>
        <translation>Ajouter un &amp;indicateur</translation>
    </message>
    <message>
        <source>Add KPI &amp;Value</source>
        <translation>Ajouter une &amp;valeur d&apos;indicateur</translation>
    </message>
    <message>
        <source>Add a launch KPI</source>
        <translation>Ajouter un indicateur de lancement</translation>
    </message>
    <message>
        <source>Add a measured value to the chosen KPI</source>
        <translation>Ajouter une valeur mesurée à l&apos;indicateur choisi</translation>
    </message>
    <message>
        <source>Add the chosen KPI&apos;s values from a date,value CSV file</source>
        <translation>Ajouter les valeurs de l&apos;indicateur choisi depuis un fichier CSV date,valeur</translation>
    </message>
    <message>
        <source>Delete KPI</source>
        <translation>Supprimer l&apos;indicateur</translation>
    </message>
    <message>
        <source>Delete the chosen KPI</source>
        <translation>Supprimer l&apos;indicateur choisi</translation>
    </message>
</context>
<context>
    <name>KpiValueModel</name>
    <message>
        <source>Value of {}</source>
        <translation>Valeur du {}</translation>
    </message>
</context>
<context>
    <name>LinkTasksDialog</name>
    <message>
        <source>Link Tasks</source>
        <translation>Lier des tâches</translation>
    </message>
    <message>
        <source>Link tasks to “{}”</source>
        <translation>Lier des tâches à « {} »</translation>
    </message>
    <message>
        <source>Filter tasks</source>
        <translation>Filtrer les tâches</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d&apos;ouvrir le projet</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Opened {}</source>
        <translation>{} ouvert</translation>
    </message>
</context>
<context>
    <name>LiveSync</name>
    <message>
        <source>{} changed {}: rows changed: {}</source>
        <extracomment>How often others&apos; changes are looked for: well inside the two seconds they may take.</extracomment>
        <translation type="vanished">{} a modifié {} : lignes modifiées : {}</translation>
    </message>
    <message>
        <source>{} changed 1 row of {}</source>
        <extracomment>How often others&apos; changes are looked for: well inside the two seconds they may take.</extracomment>
        <translation>{} a modifié 1 ligne de {}</translation>
    </message>
    <message>
        <source>{} changed {} rows of {}</source>
        <translation>{} a modifié {} lignes de {}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Strategy</source>
        <extracomment>Tile -&gt; the view (or Product tab) a click opens. The words a tile&apos;s tooltip names its view by (the View menu&apos;s and Product tabs&apos; names).</extracomment>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Gantt</source>
        <translation>Gantt</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Revert to Saved</source>
        <translation>&amp;Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export &amp;PDF / PNG…</source>
        <translation>Exporter en &amp;PDF / PNG…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Connect to &amp;Workspace…</source>
        <translation>Se connecter à l&apos;&amp;espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;Demo Project</source>
        <translation>Ouvrir le projet de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Project &amp;Information…</source>
        <translation>&amp;Informations sur le projet…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About pmdesk</source>
        <translation>À &amp;propos de pmdesk</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Show the {} view</source>
        <translation>Afficher la vue {}</translation>
    </message>
    <message>
        <source>unsaved</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (lecture seule)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>{tasks} tasks · {resources} resources · finish {finish} · {critical} critical</source>
        <translation>{tasks} tâches · {resources} ressources · fin {finish} · {critical} critiques</translation>
    </message>
    <message>
        <source>Change refused</source>
        <translation>Modification refusée</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Impossible d’ouvrir le projet</translation>
    </message>
    <message>
        <source>Database code removed</source>
        <translation>Code de base de données supprimé</translation>
    </message>
    <message>
        <source>Project repaired on opening</source>
        <translation>Projet réparé à l’ouverture</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “{}” before closing it?</source>
        <translation>Enregistrer les modifications de « {} » avant de le fermer ?</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>pmdesk projects (*.pmdesk)</source>
        <translation>Projets pmdesk (*.pmdesk)</translation>
    </message>
    <message>
        <source>Saved {}</source>
        <translation>{} enregistré</translation>
    </message>
    <message>
        <source>Save Project As</source>
        <translation>Enregistrer le projet sous</translation>
    </message>
    <message>
        <source>Revert to saved</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Drop every change since the last save? This cannot be undone.</source>
        <translation>Abandonner toutes les modifications depuis le dernier enregistrement ? Cette action est définitive.</translation>
    </message>
    <message>
        <source>Project not found</source>
        <translation>Projet introuvable</translation>
    </message>
    <message>
        <source>{}: no such file any more.</source>
        <translation>{} : ce fichier n’existe plus.</translation>
    </message>
    <message>
        <source>Edit project information</source>
        <translation>Modifier les informations du projet</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Rien à rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation type="vanished">&amp;Tâche</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projet</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>Fe&amp;nêtre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Close every window and quit</source>
        <translation>Fermer toutes les fenêtres et quitter</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Fermer le projet</translation>
    </message>
    <message>
        <source>Co&amp;mpare With…</source>
        <translation>&amp;Comparer avec…</translation>
    </message>
    <message>
        <source>Drop changes since the last save</source>
        <translation>Abandonner les modifications depuis le dernier enregistrement</translation>
    </message>
    <message>
        <source>Export the chart, board, risk register or a status report</source>
        <translation>Exporter le diagramme, le tableau, le registre des risques ou un rapport d’avancement</translation>
    </message>
    <message>
        <source>Language, week start, new projects&apos; hours and currency, autosave, theme</source>
        <translation>Langue, début de semaine, heures et devise des nouveaux projets, sauvegarde auto., thème</translation>
    </message>
    <message>
        <source>List the keyboard shortcuts</source>
        <translation>Lister les raccourcis clavier</translation>
    </message>
    <message>
        <source>List what changed between another version of this project and this one</source>
        <translation>Lister ce qui a changé entre une autre version de ce projet et celle-ci</translation>
    </message>
    <message>
        <source>Mer&amp;ge From…</source>
        <translation>&amp;Fusionner depuis…</translation>
    </message>
    <message>
        <source>Name, dates, currency and working calendar</source>
        <translation>Nom, dates, devise et calendrier de travail</translation>
    </message>
    <message>
        <source>Open a plan from MS Project (.mpp, XML), GanttProject, GNOME Planner, Excel or CSV as a new project</source>
        <translation>Ouvrir un plan MS Project (.mpp, XML), GanttProject, GNOME Planner, Excel ou CSV comme nouveau projet</translation>
    </message>
    <message>
        <source>Open a project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>Open or publish projects in the team&apos;s shared workspace</source>
        <translation>Ouvrir ou publier des projets dans l&apos;espace de travail partagé de l&apos;équipe</translation>
    </message>
    <message>
        <source>Open the built-in product launch demo</source>
        <translation>Ouvrir la démonstration intégrée de lancement de produit</translation>
    </message>
    <message>
        <source>Print with a preview of the pages</source>
        <translation>Imprimer avec un aperçu des pages</translation>
    </message>
    <message>
        <source>S&amp;hare a Copy…</source>
        <translation>&amp;Partager une copie…</translation>
    </message>
    <message>
        <source>Save a copy without confidential tasks, costs, e-mails, personal data or notes</source>
        <translation>Enregistrer une copie sans tâches confidentielles, coûts, e-mails, données personnelles ni notes</translation>
    </message>
    <message>
        <source>Save the plan as MS Project XML, GanttProject, Excel, CSV or iCalendar</source>
        <translation>Enregistrer le plan en XML MS Project, GanttProject, Excel, CSV ou iCalendar</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>Save the project under a new name</source>
        <translation>Enregistrer le projet sous un nouveau nom</translation>
    </message>
    <message>
        <source>Start a new project from a template</source>
        <translation>Commencer un projet à partir d’un modèle</translation>
    </message>
    <message>
        <source>Take a colleague&apos;s changes from their copy of this project</source>
        <translation>Reprendre les modifications d’un collègue depuis sa copie de ce projet</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge From {}</source>
        <translation>Fusionner depuis {}</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Le mien</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Le leur</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>All &amp;Mine</source>
        <translation>Tout le &amp;mien</translation>
    </message>
    <message>
        <source>All &amp;Theirs</source>
        <translation>Tout le &amp;leur</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>The merge closes a dependency cycle ({}). Check a link to leave out, then Merge again:</source>
        <translation>La fusion ferme un cycle de dépendances ({}). Cochez un lien à omettre, puis fusionnez à nouveau :</translation>
    </message>
</context>
<context>
    <name>NewGateDialog</name>
    <message>
        <source>Add Gate</source>
        <translation>Ajouter une revue</translation>
    </message>
    <message>
        <source>&amp;Leaving stage:</source>
        <translation>Phase &amp;quittée :</translation>
    </message>
    <message>
        <source>Gate &amp;date:</source>
        <translation>&amp;Date de revue :</translation>
    </message>
    <message>
        <source>Add gate {}</source>
        <translation>Ajouter la revue {}</translation>
    </message>
    <message>
        <source>Add gate {} → {}</source>
        <translation type="vanished">Ajouter le gate {} → {}</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Untitled project</source>
        <translation>Projet sans titre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>PDF</name>
    <message>
        <source> (limit {limit})</source>
        <translation> (limite {limit})</translation>
    </message>
    <message>
        <source> by {lanes}</source>
        <translation> par {lanes}</translation>
    </message>
    <message>
        <source> · next gate: {gate} ({before} → {after}) on {date}</source>
        <translation> · prochaine revue : {gate} ({before} → {after}) le {date}</translation>
    </message>
    <message>
        <source> — done</source>
        <translation> — terminée</translation>
    </message>
    <message>
        <source> — over the WIP limit</source>
        <translation> — au-delà de la limite WIP</translation>
    </message>
    <message>
        <source>1 late task</source>
        <translation>1 tâche en retard</translation>
    </message>
    <message>
        <source>; * pinned by hand ({count})</source>
        <translation>; * fixé à la main ({count})</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Active risks now</source>
        <translation>Risques actifs aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Actual cost (AC)</source>
        <translation>Coût réel (AC)</translation>
    </message>
    <message>
        <source>After responses</source>
        <translation>Après les réponses</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Baseline finish</source>
        <translation>Fin de référence</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Budget remaining</source>
        <translation>Budget restant</translation>
    </message>
    <message>
        <source>CPI</source>
        <translation>CPI</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Achevé</translation>
    </message>
    <message>
        <source>Contingency reserve</source>
        <translation>Réserve pour aléas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Critical task</source>
        <translation>Tâche critique</translation>
    </message>
    <message>
        <source>Critical tasks open</source>
        <translation>Tâches critiques ouvertes</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Deadlines missed</source>
        <translation>Échéances manquées</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>EMV</source>
        <translation>VME</translation>
    </message>
    <message>
        <source>EMV of opportunities</source>
        <translation>VME des opportunités</translation>
    </message>
    <message>
        <source>EMV of threats</source>
        <translation>VME des menaces</translation>
    </message>
    <message>
        <source>Earned value (EV)</source>
        <translation>Valeur acquise (EV)</translation>
    </message>
    <message>
        <source>Earned value against baseline {number}</source>
        <translation>Valeur acquise par rapport à la référence {number}</translation>
    </message>
    <message>
        <source>Earned value against the current plan: no baseline saved</source>
        <translation>Valeur acquise par rapport au plan actuel : aucune référence enregistrée</translation>
    </message>
    <message>
        <source>Estimate at completion</source>
        <translation>Estimation à l&apos;achèvement</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Finish variance</source>
        <translation>Écart de fin</translation>
    </message>
    <message>
        <source>Gantt chart</source>
        <translation>Diagramme de Gantt</translation>
    </message>
    <message>
        <source>High / medium / low</source>
        <translation>Élevé / moyen / faible</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Late tasks</source>
        <translation>Tâches en retard</translation>
    </message>
    <message>
        <source>Least slack</source>
        <translation>Marge la plus faible</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Prochain</translation>
    </message>
    <message>
        <source>No KPIs yet.</source>
        <translation>Pas encore d&apos;indicateurs.</translation>
    </message>
    <message>
        <source>No active risks.</source>
        <translation>Aucun risque actif.</translation>
    </message>
    <message>
        <source>No objectives yet.</source>
        <translation>Pas encore d&apos;objectifs.</translation>
    </message>
    <message>
        <source>No open milestones.</source>
        <translation>Aucun jalon ouvert.</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Sans cible</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Outlook</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Page {number} of {count}</source>
        <translation>Page {number} sur {count}</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Planned cost (BAC)</source>
        <translation>Coût prévu (BAC)</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Planned value (PV)</source>
        <translation>Valeur planifiée (PV)</translation>
    </message>
    <message>
        <source>Printed {date} {time} · {project}</source>
        <translation>Imprimé le {date} à {time} · {project}</translation>
    </message>
    <message>
        <source>Product backlog</source>
        <translation>Backlog produit</translation>
    </message>
    <message>
        <source>Product: {name}</source>
        <translation>Produit : {name}</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Ranked backlog</source>
        <translation>Backlog classé</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Reviews overdue</source>
        <translation>Revues en retard</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Risk register</source>
        <translation>Registre des risques</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Risks in the register</source>
        <translation>Risques au registre</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Roadmap: now, next, later</source>
        <translation>Feuille de route : maintenant, ensuite, plus tard</translation>
    </message>
    <message>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Schedule and cost</source>
        <translation>Délais et coûts</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Stage: {stage}</source>
        <translation>Étape : {stage}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Date d&apos;état</translation>
    </message>
    <message>
        <source>Status date {date}</source>
        <translation>Date d&apos;état {date}</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Rapport d&apos;état</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tâche récapitulative</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>The backlog is empty.</source>
        <translation>Le backlog est vide.</translation>
    </message>
    <message>
        <source>The register is empty.</source>
        <translation>Le registre est vide.</translation>
    </message>
    <message>
        <source>This project has no board columns.</source>
        <translation>Ce projet n&apos;a pas de colonnes de tableau.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Principaux risques</translation>
    </message>
    <message>
        <source>Variance at completion</source>
        <translation>Écart à l&apos;achèvement</translation>
    </message>
    <message>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} de plus</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>features by target quarter; red: slipping past the target or P80 after it</source>
        <translation>fonctionnalités par trimestre cible ; en rouge : glisse au-delà de la cible ou P80 après</translation>
    </message>
    <message>
        <source>latest value against the line from baseline to target</source>
        <translation>dernière valeur par rapport à la ligne de la base à la cible</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>nothing late</source>
        <translation>rien en retard</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>page {row}/{column}</source>
        <translation>page {row}/{column}</translation>
    </message>
    <message>
        <source>page {row}/{column} →</source>
        <translation>page {row}/{column} →</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>{active} ({threats} threats, {opportunities} opportunities)</source>
        <translation>{active} ({threats} menaces, {opportunities} opportunités)</translation>
    </message>
    <message>
        <source>{cards} cards in {columns} columns</source>
        <translation>{cards} cartes dans {columns} colonnes</translation>
    </message>
    <message>
        <source>{column} (continued)</source>
        <translation>{column} (suite)</translation>
    </message>
    <message>
        <source>{count} active</source>
        <translation>{count} actifs</translation>
    </message>
    <message>
        <source>{count} features by {framework}</source>
        <translation>{count} fonctionnalités par {framework}</translation>
    </message>
    <message>
        <source>{count} late tasks</source>
        <translation>{count} tâches en retard</translation>
    </message>
    <message>
        <source>{count} risks, highest score first</source>
        <translation>{count} risques, score le plus élevé d&apos;abord</translation>
    </message>
    <message>
        <source>{count}{limit} card</source>
        <translation>{count}{limit} carte</translation>
    </message>
    <message>
        <source>{count}{limit} cards</source>
        <translation>{count}{limit} cartes</translation>
    </message>
    <message>
        <source>{days} d</source>
        <translation>{days} j</translation>
    </message>
    <message>
        <source>{days} d slack</source>
        <translation>{days} j de marge</translation>
    </message>
    <message>
        <source>{days} working days late</source>
        <translation>{days} jours ouvrés de retard</translation>
    </message>
    <message>
        <source>{high} high · {medium} medium</source>
        <translation>{high} élevés · {medium} moyens</translation>
    </message>
    <message>
        <source>{high} high, {medium} medium, {low} low</source>
        <translation>{high} élevés, {medium} moyens, {low} faibles</translation>
    </message>
    <message>
        <source>{latest} of {target} {unit} by {date}</source>
        <translation>{latest} sur {target} {unit} d&apos;ici le {date}</translation>
    </message>
    <message>
        <source>{overdue} overdue · {next} next</source>
        <translation>{overdue} en retard · {next} à venir</translation>
    </message>
    <message>
        <source>← page {row}/{column}</source>
        <translation>← page {row}/{column}</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The working copy is up to date again.</source>
        <extracomment>0: the locale&apos;s first day of the week; 1 Monday ... 7 Sunday (Qt.DayOfWeek). Seconds between checks of each window&apos;s working copy; 0 switches them off.</extracomment>
        <translation>La copie de travail est de nouveau à jour.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The open windows change to the chosen language at once, and the next start speaks it too</source>
        <translation>Les fenêtres ouvertes passent aussitôt à la langue choisie, et le prochain démarrage aussi</translation>
    </message>
    <message>
        <source>As the language does</source>
        <translation>Selon la langue</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Windows opened from now on, and the next start, speak the chosen language</source>
        <translation type="vanished">Les fenêtres ouvertes désormais, et le prochain démarrage, utilisent la langue choisie</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>&amp;Week starts on:</source>
        <translation>La &amp;semaine commence le :</translation>
    </message>
    <message>
        <source>Working hours of a weekday, e.g. 08:00-12:00, 13:00-17:00</source>
        <translation>Heures de travail d’un jour ouvré, p. ex. 08:00-12:00, 13:00-17:00</translation>
    </message>
    <message>
        <source>Working &amp;hours of new projects:</source>
        <translation>&amp;Heures de travail des nouveaux projets :</translation>
    </message>
    <message>
        <source>&amp;Currency of new projects:</source>
        <translation>&amp;Devise des nouveaux projets :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>How often pmdesk makes sure the working copy, which a crash leaves for recovery, holds every change</source>
        <translation>Fréquence à laquelle pmdesk vérifie que la copie de travail, récupérable après un plantage, contient chaque modification</translation>
    </message>
    <message>
        <source>&amp;Autosave working copy every:</source>
        <translation>&amp;Sauvegarde auto. de la copie toutes les :</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>a working day needs working hours</source>
        <translation>un jour ouvré doit avoir des heures de travail</translation>
    </message>
    <message>
        <source>Working hours: {}</source>
        <translation>Heures de travail : {}</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <source>Change Stage</source>
        <translation>Changer de phase</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Runners, Parents, ...</source>
        <translation>Coureurs, Parents, ...</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Vision:</source>
        <translation>&amp;Vision :</translation>
    </message>
    <message>
        <source>&amp;Segments:</source>
        <translation>&amp;Segments :</translation>
    </message>
    <message>
        <source>&amp;Rank backlog by:</source>
        <translation>&amp;Classer le backlog par :</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>P&amp;hase :</translation>
    </message>
    <message>
        <source>Stage entered &amp;on:</source>
        <translation>Phase commencée &amp;le :</translation>
    </message>
    <message>
        <source>Change stage to {}</source>
        <translation>Passer à la phase {}</translation>
    </message>
    <message>
        <source>Edit product</source>
        <translation>Modifier le produit</translation>
    </message>
</context>
<context>
    <name>ProductView</name>
    <message>
        <source>&amp;Find in Research…</source>
        <translation>&amp;Rechercher dans les études…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Des&amp;cendre</translation>
    </message>
    <message>
        <source>&amp;Unpin</source>
        <translation type="vanished">&amp;Détacher</translation>
    </message>
    <message>
        <source>&amp;Plan This Feature</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <source>&amp;Link Tasks…</source>
        <translation>&amp;Lier des tâches…</translation>
    </message>
    <message>
        <source>&amp;Decide Gate…</source>
        <translation>&amp;Statuer sur la revue…</translation>
    </message>
    <message>
        <source>&amp;Delete Features</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Edit Feature…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>A gate for leaving the product&apos;s stage: a milestone in the plan and a checklist</source>
        <translation>Une revue de passage pour quitter la phase du produit : un jalon dans le plan et une liste de contrôle</translation>
    </message>
    <message>
        <source>Add a criterion to the selected gate</source>
        <translation>Ajouter un critère à la revue sélectionnée</translation>
    </message>
    <message>
        <source>Add a feature to the backlog</source>
        <translation>Ajouter une fonctionnalité au backlog</translation>
    </message>
    <message>
        <source>Add a key result to the selected objective</source>
        <translation>Ajouter un résultat clé à l&apos;objectif sélectionné</translation>
    </message>
    <message>
        <source>Add an objective for the product team</source>
        <translation>Ajouter un objectif pour l&apos;équipe produit</translation>
    </message>
    <message>
        <source>Save &amp;Chart…</source>
        <translation>Enregistrer le &amp;graphique…</translation>
    </message>
    <message>
        <source>&amp;Add Feature</source>
        <translation type="vanished">&amp;Ajouter une fonctionnalité</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="vanished">&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Add Insight</source>
        <translation type="vanished">&amp;Ajouter un enseignement</translation>
    </message>
    <message>
        <source>&amp;Link to Feature</source>
        <translation>&amp;Lier à la fonctionnalité</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation type="vanished">&amp;Délier</translation>
    </message>
    <message>
        <source>Add a feature</source>
        <translation type="vanished">Ajouter une fonctionnalité</translation>
    </message>
    <message>
        <source>Back to the rank its score gives</source>
        <translation>Revenir au rang que donne son score</translation>
    </message>
    <message>
        <source>Change &amp;Stage…</source>
        <translation>Changer de &amp;phase…</translation>
    </message>
    <message>
        <source>Create a summary task group for it in the Gantt view</source>
        <translation>Créer pour elle un groupe de tâches récapitulatif dans la vue Gantt</translation>
    </message>
    <message>
        <source>Delete Insi&amp;ghts</source>
        <translation>Supprimer les &amp;enseignements</translation>
    </message>
    <message>
        <source>Delete the selected features</source>
        <translation>Supprimer les fonctionnalités sélectionnées</translation>
    </message>
    <message>
        <source>Delete the selected insights</source>
        <translation>Supprimer les enseignements sélectionnés</translation>
    </message>
    <message>
        <source>Edit &amp;Product…</source>
        <translation>Modifier le &amp;produit…</translation>
    </message>
    <message>
        <source>Every field of the feature: problem, Markdown description, parent, objectives</source>
        <translation>Tous les champs de la fonctionnalité : problème, description Markdown, parent, objectifs</translation>
    </message>
    <message>
        <source>Go, hold, recycle or stop, with the date, who decided and why</source>
        <translation>Go, Hold, Recycle ou Stop, avec la date, le décideur et la raison</translation>
    </message>
    <message>
        <source>Link existing tasks to the feature</source>
        <translation>Lier des tâches existantes à la fonctionnalité</translation>
    </message>
    <message>
        <source>Make the selected insights evidence for the chosen feature</source>
        <translation>Faire des enseignements sélectionnés des preuves pour la fonctionnalité choisie</translation>
    </message>
    <message>
        <source>Move the product to another lifecycle stage (kept in its history)</source>
        <translation>Faire passer le produit à une autre phase de son cycle de vie (conservée dans son historique)</translation>
    </message>
    <message>
        <source>New &amp;Criterion</source>
        <translation>Nouveau &amp;critère</translation>
    </message>
    <message>
        <source>New &amp;Feature</source>
        <translation>Nouvelle &amp;fonctionnalité</translation>
    </message>
    <message>
        <source>New &amp;Gate…</source>
        <translation>Nouvelle &amp;revue…</translation>
    </message>
    <message>
        <source>New &amp;Insight</source>
        <translation>Nouvel &amp;enseignement</translation>
    </message>
    <message>
        <source>New &amp;Key Result</source>
        <translation>Nouveau résultat &amp;clé</translation>
    </message>
    <message>
        <source>New &amp;Objective</source>
        <translation>Nouvel &amp;objectif</translation>
    </message>
    <message>
        <source>Pin the feature one rank higher</source>
        <translation>Épingler la fonctionnalité un rang plus haut</translation>
    </message>
    <message>
        <source>Pin the feature one rank lower</source>
        <translation>Épingler la fonctionnalité un rang plus bas</translation>
    </message>
    <message>
        <source>Record a piece of user research</source>
        <translation>Saisir un résultat de recherche utilisateur</translation>
    </message>
    <message>
        <source>Remove the link to the chosen feature</source>
        <translation>Supprimer le lien avec la fonctionnalité choisie</translation>
    </message>
    <message>
        <source>Save the value-versus-effort chart as PNG or PDF</source>
        <translation>Enregistrer le graphique valeur/effort en PNG ou PDF</translation>
    </message>
    <message>
        <source>Search insights and features</source>
        <translation>Rechercher dans les enseignements et fonctionnalités</translation>
    </message>
    <message>
        <source>The product&apos;s name, vision, segments, ranking framework and stage</source>
        <translation>Nom, vision, segments, méthode de priorisation et phase du produit</translation>
    </message>
    <message>
        <source>U&amp;npin</source>
        <translation>&amp;Détacher</translation>
    </message>
    <message>
        <source>Unl&amp;ink from Feature</source>
        <translation>Dé&amp;lier de la fonctionnalité</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Rank by {}</source>
        <translation>Rang : {}</translation>
    </message>
    <message>
        <source>Rank the backlog by its {} scores</source>
        <translation>Prioriser le backlog selon ses scores {}</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Études</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Pro&amp;duct</source>
        <extracomment>The tabs, in order: each made from the view.</extracomment>
        <translation>Pro&amp;duit</translation>
    </message>
    <message>
        <source>Show the {} tab</source>
        <translation>Afficher l&apos;onglet {}</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Project Information</source>
        <translation>Informations sur le projet</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Date d’état</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Tasks with this much total slack or less are critical.</source>
        <translation>Les tâches avec au plus cette marge totale sont critiques.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Critical if slack ≤</source>
        <translation>Critique si marge ≤</translation>
    </message>
    <message>
        <source>Working hours per weekday (empty = day off)</source>
        <translation>Heures de travail par jour (vide = chômé)</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Ouvré</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Holidays and other exceptions (empty hours = no work)</source>
        <translation>Jours fériés et autres exceptions (heures vides = pas de travail)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>Ajouter un jour férié</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Project start date</source>
        <translation>Date de début du projet</translation>
    </message>
    <message>
        <source>Project finish date</source>
        <translation>Date de fin du projet</translation>
    </message>
    <message>
        <source>From the finish date, tasks are placed as late as possible back from it</source>
        <translation>À partir de la date de fin : les tâches sont placées au plus tard avant elle</translation>
    </message>
    <message>
        <source>Auto Scheduled</source>
        <translation>Planifiée automatiquement</translation>
    </message>
    <message>
        <source>Manually Scheduled</source>
        <translation>Planifiée manuellement</translation>
    </message>
    <message>
        <source>Schedule from</source>
        <translation>Planifier à partir de</translation>
    </message>
    <message>
        <source>Finish date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>New tasks</source>
        <translation>Nouvelles tâches</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Project cannot be scheduled as saved</source>
        <translation>Le projet ne peut pas être planifié tel quel</translation>
    </message>
    <message>
        <source>pmdesk can open it with these changes:
{}

The file stays as it is until you save.</source>
        <translation>pmdesk peut l’ouvrir avec ces modifications :
{}

Le fichier reste inchangé jusqu’à l’enregistrement.</translation>
    </message>
    <message>
        <source>Open With These Changes</source>
        <translation>Ouvrir avec ces modifications</translation>
    </message>
    <message>
        <source>Project in use</source>
        <translation>Projet en cours d’utilisation</translation>
    </message>
    <message>
        <source>{} is open elsewhere; opened read-only.</source>
        <translation>{} est ouvert ailleurs ; ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Open it read-only, or take over the lock if you know that nobody is editing it (for example after a crash).</source>
        <translation>Ouvrez-le en lecture seule, ou reprenez le verrou si vous savez que personne ne le modifie (par exemple après un plantage).</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Cannot take over</source>
        <translation>Reprise impossible</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Récupérer les modifications non enregistrées ?</translation>
    </message>
    <message>
        <source>an unsaved project</source>
        <translation>un projet non enregistré</translation>
    </message>
    <message>
        <source>pmdesk closed unexpectedly while “{project}” ({file}) had unsaved changes from {when}.</source>
        <translation>pmdesk s’est fermé inopinément alors que « {project} » ({file}) avait des modifications non enregistrées du {when}.</translation>
    </message>
    <message>
        <source>Recover them now? Discarding deletes that copy for good.</source>
        <translation>Les récupérer maintenant ? Abandonner supprime définitivement cette copie.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Récupérer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Project changed by someone else</source>
        <translation>Projet modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About pmdesk</source>
        <translation>À propos de pmdesk</translation>
    </message>
    <message>
        <source>Offline planning for product managers: timelines, resources, budgets and risks in one project file.</source>
        <translation>Planification hors ligne pour les chefs de produit : calendriers, ressources, budgets et risques dans un seul fichier de projet.</translation>
    </message>
</context>
<context>
    <name>QuickAddEditor</name>
    <message>
        <source>New card name, then Enter</source>
        <translation>Nom de la nouvelle carte, puis Entrée</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>Supprimer les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <extracomment>A row&apos;s answer to the proxy&apos;s filter (&quot;1&quot;: shown); asked only while a filter is set.</extracomment>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>ResearchTab</name>
    <message>
        <source>No insights yet: what users said or did in interviews, surveys and support tickets, kept as evidence for the features it supports. Press {} or choose Product ▸ New Insight to record the first.</source>
        <translation>Aucun enseignement pour l&apos;instant : ce que les utilisateurs ont dit ou fait lors d&apos;entretiens, d&apos;enquêtes et de tickets de support, gardé comme preuve pour les fonctionnalités qu&apos;il soutient. Appuyez sur {} ou choisissez Produit ▸ Nouvel enseignement pour enregistrer le premier.</translation>
    </message>
    <message>
        <source>Features matching the search</source>
        <translation>Fonctionnalités correspondant à la recherche</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Études</translation>
    </message>
    <message>
        <source>Search insights and features</source>
        <translation>Chercher dans les enseignements et fonctionnalités</translation>
    </message>
    <message>
        <source>The feature to link the selected insights to</source>
        <translation>La fonctionnalité à laquelle lier les enseignements choisis</translation>
    </message>
    <message>
        <source>{} of {} insights</source>
        <translation>{} enseignements sur {}</translation>
    </message>
    <message>
        <source>{} insights</source>
        <translation>{} enseignements</translation>
    </message>
    <message>
        <source>; {} confidential (personal data)</source>
        <translation> ; {} confidentielles (données personnelles)</translation>
    </message>
    <message>
        <source>*Select an insight to see the features it supports.*</source>
        <translation>*Choisissez un enseignement pour voir les fonctionnalités qu’il étaye.*</translation>
    </message>
    <message>
        <source>**Confidential: holds personal data.**</source>
        <translation>**Confidentiel : contient des données personnelles.**</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>### Evidence for</source>
        <translation>### Étaye</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien pour l’instant</translation>
    </message>
    <message>
        <source>Add insight</source>
        <translation>Ajouter un enseignement</translation>
    </message>
    <message>
        <source>Delete insight</source>
        <translation>Supprimer l’enseignement</translation>
    </message>
    <message>
        <source>Delete {} insights</source>
        <translation>Supprimer {} enseignements</translation>
    </message>
    <message>
        <source>Link insight to feature</source>
        <translation>Lier l’enseignement à une fonctionnalité</translation>
    </message>
    <message>
        <source>Unlink insight</source>
        <translation>Délier l’enseignement</translation>
    </message>
</context>
<context>
    <name>ResourceTableModel</name>
    <message>
        <source> and {} more</source>
        <translation> et {} de plus</translation>
    </message>
    <message>
        <source>Over-allocated: {}{}</source>
        <translation>Surutilisée : {}{}</translation>
    </message>
</context>
<context>
    <name>ResourceView</name>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Ressources</translation>
    </message>
    <message>
        <source>No resources yet: the people, equipment and material the tasks are assigned to, with their costs and working time. Press {} or choose Resources ▸ Add Resource to add the first.</source>
        <translation>Aucune ressource pour l&apos;instant : les personnes, équipements et matériaux auxquels les tâches sont affectées, avec leurs coûts et leur temps de travail. Appuyez sur {} ou choisissez Ressources ▸ Ajouter une ressource pour ajouter la première.</translation>
    </message>
    <message>
        <source>&amp;Add Resource</source>
        <translation>&amp;Ajouter une ressource</translation>
    </message>
    <message>
        <source>&amp;Delete Resource</source>
        <translation>&amp;Supprimer la ressource</translation>
    </message>
    <message>
        <source>&amp;Level Resources</source>
        <translation>&amp;Lisser les ressources</translation>
    </message>
    <message>
        <source>&amp;Clear Leveling</source>
        <translation>&amp;Annuler le lissage</translation>
    </message>
    <message>
        <source>&amp;Vacations…</source>
        <translation>&amp;Congés…</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source> Usage per </source>
        <translation> Charge par </translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Show the load per day or per week</source>
        <translation>Afficher la charge par jour ou par semaine</translation>
    </message>
    <message>
        <source>Add resource {}</source>
        <translation>Ajouter la ressource {}</translation>
    </message>
    <message>
        <source>Delete resource {}</source>
        <translation>Supprimer la ressource {}</translation>
    </message>
    <message>
        <source>Delete {} resources</source>
        <translation>Supprimer {} ressources</translation>
    </message>
    <message>
        <source>Level resources</source>
        <translation>Lisser les ressources</translation>
    </message>
    <message>
        <source>Clear leveling</source>
        <translation>Effacer le lissage</translation>
    </message>
    <message>
        <source>{} of {} work resources over-allocated</source>
        <translation>{} ressources sur {} surutilisées</translation>
    </message>
    <message>
        <source>No resource is over-allocated</source>
        <translation>Aucune ressource n&apos;est surutilisée</translation>
    </message>
    <message>
        <source>; {} tasks delayed by leveling</source>
        <translation> ; {} tâches retardées par le nivellement</translation>
    </message>
    <message>
        <source>{} is never over-allocated.</source>
        <translation>{} n&apos;est jamais surutilisée.</translation>
    </message>
    <message>
        <source> and {} more</source>
        <translation> et {} de plus</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;Over-allocated&lt;/b&gt;&lt;/span&gt;: {}{}</source>
        <translation>&lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;Surutilisée&lt;/b&gt;&lt;/span&gt; : {}{}</translation>
    </message>
    <message>
        <source>Add a resource to the project</source>
        <translation>Ajouter une ressource au projet</translation>
    </message>
    <message>
        <source>Delay tasks, in standard order, until no resource is over-allocated</source>
        <translation>Retarder les tâches, dans l’ordre standard, jusqu’à ce qu’aucune ressource ne soit surutilisée</translation>
    </message>
    <message>
        <source>Delete the selected resources and their assignments</source>
        <translation>Supprimer les ressources sélectionnées et leurs affectations</translation>
    </message>
    <message>
        <source>Edit the days off of the selected resource</source>
        <translation>Modifier les jours de congé de la ressource sélectionnée</translation>
    </message>
    <message>
        <source>Remove every leveling delay</source>
        <translation>Supprimer tous les retards de lissage</translation>
    </message>
</context>
<context>
    <name>RiskDialog</name>
    <message>
        <source>Risk {}</source>
        <translation>Risque {}</translation>
    </message>
    <message>
        <source>New Risk</source>
        <translation>Nouveau risque</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;Response</source>
        <translation>&amp;Réponse</translation>
    </message>
    <message>
        <source>&amp;Linked Tasks</source>
        <translation>Tâches &amp;liées</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>What could happen, in a few words</source>
        <translation>Ce qui pourrait arriver, en quelques mots</translation>
    </message>
    <message>
        <source>Because &lt;cause&gt;, &lt;event&gt; may happen, which would lead to &lt;effect&gt;.</source>
        <translation>Parce que &lt;cause&gt;, &lt;événement&gt; peut survenir, ce qui mènerait à &lt;effet&gt;.</translation>
    </message>
    <message>
        <source>Pick a category, or type a new one to add it to the project</source>
        <translation>Choisissez une catégorie, ou tapez-en une nouvelle pour l&apos;ajouter au projet</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Confidential: left out of shared copies</source>
        <translation>Confidentiel : omis des copies partagées</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates :</translation>
    </message>
    <message>
        <source>Money lost if a threat happens, or gained if an opportunity does</source>
        <translation>Argent perdu si une menace survient, ou gagné si une opportunité se réalise</translation>
    </message>
    <message>
        <source>Percent of schedule-risk simulation runs the risk happens in; empty: the probability rating&apos;s share (1 = 10 % … 5 = 90 %)</source>
        <translation>Pourcentage des simulations où le risque survient ; vide : la part de la note de probabilité (1 = 10 % … 5 = 90 %)</translation>
    </message>
    <message>
        <source>5d, or min / likely / max: 2d / 5d / 10d</source>
        <translation>5d, ou min / probable / max : 2d / 5d / 10d</translation>
    </message>
    <message>
        <source>Working time the risk adds to each linked task when it happens (an opportunity takes it off); the schedule-risk simulation and delivery forecasts use it</source>
        <translation>Temps de travail que le risque ajoute à chaque tâche liée quand il survient (une opportunité le retire) ; la simulation du risque de planning et les prévisions de livraison l&apos;utilisent</translation>
    </message>
    <message>
        <source>&amp;Probability:</source>
        <translation>&amp;Probabilité :</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Impact :</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Score :</translation>
    </message>
    <message>
        <source>Residual p&amp;robability:</source>
        <translation>P&amp;robabilité résiduelle :</translation>
    </message>
    <message>
        <source>Residual i&amp;mpact:</source>
        <translation>I&amp;mpact résiduel :</translation>
    </message>
    <message>
        <source>Residual score:</source>
        <translation>Score résiduel :</translation>
    </message>
    <message>
        <source>&amp;Cost impact ({}):</source>
        <translation>&amp;Impact coût ({}) :</translation>
    </message>
    <message>
        <source>Expected monetary value:</source>
        <translation>Valeur monétaire attendue :</translation>
    </message>
    <message>
        <source>Sc&amp;hedule impact:</source>
        <translation>Impact sur le &amp;planning :</translation>
    </message>
    <message>
        <source>C&amp;hance in a simulation run (%):</source>
        <translation>C&amp;hance par simulation (%) :</translation>
    </message>
    <message>
        <source>Actions that carry out the strategy, with owners</source>
        <translation>Actions qui mettent en œuvre la stratégie, avec leurs responsables</translation>
    </message>
    <message>
        <source>The early warning sign that the risk is happening</source>
        <translation>Le signe avant-coureur que le risque survient</translation>
    </message>
    <message>
        <source>What to do if it happens anyway</source>
        <translation>Que faire si cela arrive quand même</translation>
    </message>
    <message>
        <source>&amp;Strategy:</source>
        <translation>&amp;Stratégie :</translation>
    </message>
    <message>
        <source>Response &amp;actions:</source>
        <translation>&amp;Actions de réponse :</translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation>&amp;Déclencheur :</translation>
    </message>
    <message>
        <source>&amp;Contingency plan:</source>
        <translation>Plan de &amp;secours :</translation>
    </message>
    <message>
        <source>Filter tasks by name</source>
        <translation>Filtrer les tâches par nom</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Résiduel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>{} (the probability rating&apos;s share)</source>
        <translation>{} (part de la note de probabilité)</translation>
    </message>
    <message>
        <source>No linked tasks</source>
        <translation>Aucune tâche liée</translation>
    </message>
    <message>
        <source>Chance: {}</source>
        <translation>Chance : {}</translation>
    </message>
    <message>
        <source>Schedule impact: {}</source>
        <translation>Impact sur le planning : {}</translation>
    </message>
    <message>
        <source>Edit risk {}</source>
        <translation>Modifier le risque {}</translation>
    </message>
    <message>
        <source>Add risk {}</source>
        <translation>Ajouter le risque {}</translation>
    </message>
</context>
<context>
    <name>RiskSettingsDialog</name>
    <message>
        <source>Risk Settings</source>
        <translation>Paramètres des risques</translation>
    </message>
    <message>
        <source>Categories (one a line):</source>
        <translation>Catégories (une par ligne) :</translation>
    </message>
    <message>
        <source>Medium from score:</source>
        <translation>Moyen à partir du score :</translation>
    </message>
    <message>
        <source>High from score:</source>
        <translation>Élevé à partir du score :</translation>
    </message>
    <message>
        <source>Categories: keep at least one category.</source>
        <translation>Catégories : gardez au moins une catégorie.</translation>
    </message>
    <message>
        <source>Thresholds: the medium band must start below the high band.</source>
        <translation>Seuils : le niveau moyen doit commencer sous le niveau élevé.</translation>
    </message>
    <message>
        <source>Change risk settings</source>
        <translation>Modifier les paramètres des risques</translation>
    </message>
</context>
<context>
    <name>RiskView</name>
    <message>
        <source>&amp;Add Risk…</source>
        <translation>&amp;Ajouter un risque…</translation>
    </message>
    <message>
        <source>&amp;Edit Risk…</source>
        <translation>&amp;Modifier le risque…</translation>
    </message>
    <message>
        <source>&amp;Delete Risk</source>
        <translation>&amp;Supprimer le risque</translation>
    </message>
    <message>
        <source>&amp;Find Risk…</source>
        <translation>&amp;Rechercher un risque…</translation>
    </message>
    <message>
        <source>Show &amp;Residual</source>
        <translation>Afficher le risque &amp;résiduel</translation>
    </message>
    <message>
        <source>Export &amp;Register…</source>
        <translation>Exporter le &amp;registre…</translation>
    </message>
    <message>
        <source>Risk &amp;Settings…</source>
        <translation>&amp;Paramètres des risques…</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>Search risks</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Show risks by status</source>
        <translation>Afficher les risques par état</translation>
    </message>
    <message>
        <source>Show one category</source>
        <translation>Afficher une catégorie</translation>
    </message>
    <message>
        <source>Threats, opportunities or both</source>
        <translation>Menaces, opportunités ou les deux</translation>
    </message>
    <message>
        <source>Threats and opportunities</source>
        <translation>Menaces et opportunités</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Menaces</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunités</translation>
    </message>
    <message>
        <source>Show one band</source>
        <translation>Afficher un niveau</translation>
    </message>
    <message>
        <source>All bands</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Delete risk {}</source>
        <translation>Supprimer le risque {}</translation>
    </message>
    <message>
        <source>Delete {} risks</source>
        <translation>Supprimer {} risques</translation>
    </message>
    <message>
        <source>Export Risk Register</source>
        <translation>Exporter le registre des risques</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV sheet (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Feuille CSV (*.csv)</translation>
    </message>
    <message>
        <source>{} of {} risks shown{}</source>
        <translation>{} risques affichés sur {}{}</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>&amp;Risks</source>
        <translation>&amp;Risques</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Schedule Risk</source>
        <translation>Risque de planning</translation>
    </message>
    <message>
        <source>No risks yet. The register lists what could delay or harm the project, and the opportunities, each scored by probability and impact. Press {} or choose Risks ▸ Add Risk… to raise the first.</source>
        <translation>Aucun risque pour l&apos;instant. Le registre liste ce qui pourrait retarder ou nuire au projet, et les opportunités, chacun noté par probabilité et impact. Appuyez sur {} ou choisissez Risques ▸ Ajouter un risque… pour signaler le premier.</translation>
    </message>
    <message>
        <source>Cannot write {}: {}</source>
        <translation>Impossible d&apos;écrire {} : {}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Active risks&lt;/b&gt;: {} of {}</source>
        <translation>&lt;b&gt;Risques actifs&lt;/b&gt; : {} sur {}</translation>
    </message>
    <message>
        <source>&lt;b&gt;EMV of threats&lt;/b&gt;: {}</source>
        <translation>&lt;b&gt;VME des menaces&lt;/b&gt; : {}</translation>
    </message>
    <message>
        <source>&lt;b&gt;EMV of opportunities&lt;/b&gt;: {}</source>
        <translation>&lt;b&gt;VME des opportunités&lt;/b&gt; : {}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested contingency reserve&lt;/b&gt;: {}</source>
        <translation>&lt;b&gt;Réserve pour aléas suggérée&lt;/b&gt; : {}</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#b3261e&apos;&gt;Reviews overdue&lt;/b&gt;: {}</source>
        <translation>&lt;b style=&apos;color:#b3261e&apos;&gt;Revues en retard&lt;/b&gt; : {}</translation>
    </message>
    <message>
        <source>The reserve is the EMV of the threats not closed, with an occurred threat at its full cost; opportunities are not subtracted.</source>
        <translation>La réserve est la VME des menaces non closes, une menace survenue comptant pour son coût complet ; les opportunités ne sont pas déduites.</translation>
    </message>
    <message>
        <source>Categories and the score bands</source>
        <translation>Catégories et niveaux de score</translation>
    </message>
    <message>
        <source>Delete the selected risks</source>
        <translation>Supprimer les risques sélectionnés</translation>
    </message>
    <message>
        <source>Edit every field of the selected risk</source>
        <translation>Modifier tous les champs du risque sélectionné</translation>
    </message>
    <message>
        <source>Heat map and band filter after the response</source>
        <translation>Carte de chaleur et filtre de niveau après la réponse</translation>
    </message>
    <message>
        <source>Raise a new risk or opportunity</source>
        <translation>Signaler un nouveau risque ou une opportunité</translation>
    </message>
    <message>
        <source>Save the register as Excel or CSV</source>
        <translation>Enregistrer le registre en Excel ou CSV</translation>
    </message>
    <message>
        <source>Search the register</source>
        <translation>Rechercher dans le registre</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Sous surveillance</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>Survenu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>Risks</name>
    <message>
        <source>{impact} at {chance} %</source>
        <translation>{impact} à {chance} %</translation>
    </message>
</context>
<context>
    <name>Roadmap</name>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Ensuite</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>P50 to P80 finish</source>
        <translation>fin P50 à P80</translation>
    </message>
    <message>
        <source>P80 after the target quarter</source>
        <translation>P80 après le trimestre cible</translation>
    </message>
    <message>
        <source>P80 misses target</source>
        <translation>P80 manque la cible</translation>
    </message>
    <message>
        <source>dates of its tasks</source>
        <translation>dates de ses tâches</translation>
    </message>
    <message>
        <source>no tasks yet</source>
        <translation>pas encore de tâches</translation>
    </message>
    <message>
        <source>ships {date}</source>
        <translation>livrée le {date}</translation>
    </message>
    <message>
        <source>slip past the target</source>
        <translation>retard sur la cible</translation>
    </message>
    <message>
        <source>slips {days} d</source>
        <translation>retard de {days} j</translation>
    </message>
    <message>
        <source>target quarter, no tasks yet</source>
        <translation>trimestre cible, pas encore de tâches</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
</context>
<context>
    <name>RoadmapCanvas</name>
    <message>
        <source>Tasks: {} to {}</source>
        <translation>Tâches : du {} au {}</translation>
    </message>
    <message>
        <source>No tasks yet: drawn over its target quarter</source>
        <translation>Pas encore de tâches : dessinée sur son trimestre cible</translation>
    </message>
    <message>
        <source>Target: {} (by {})</source>
        <translation>Cible : {} (au {})</translation>
    </message>
    <message>
        <source>Its tasks finish {} days after the target</source>
        <translation>Ses tâches finissent {} jours après la cible</translation>
    </message>
    <message>
        <source>Forecast: P50 {}, P80 {}</source>
        <translation>Prévision : P50 {}, P80 {}</translation>
    </message>
    <message>
        <source> — P80 misses the target</source>
        <translation> — P80 manque la cible</translation>
    </message>
</context>
<context>
    <name>RoadmapView</name>
    <message>
        <source>&amp;Forecast Delivery</source>
        <translation>&amp;Prévoir la livraison</translation>
    </message>
    <message>
        <source>Run the schedule-risk simulation over each feature&apos;s tasks: P50 and P80 finish</source>
        <translation>Lancer la simulation du risque de planning sur les tâches de chaque fonctionnalité : fin P50 et P80</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise chronologique</translation>
    </message>
    <message>
        <source>Now / Next / Later</source>
        <translation>Maintenant / Ensuite / Plus tard</translation>
    </message>
    <message>
        <source>Quarters</source>
        <translation>Trimestres</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Lanes by theme</source>
        <translation>Couloirs par thème</translation>
    </message>
    <message>
        <source>Lanes by objective</source>
        <translation>Couloirs par objectif</translation>
    </message>
    <message>
        <source>Lanes by owner</source>
        <translation>Couloirs par responsable</translation>
    </message>
    <message>
        <source>No features on the roadmap yet: it shows the backlog&apos;s features over time, by the dates of their tasks or their target quarter. Show the Product view and choose Product ▸ New Feature to add the first.</source>
        <translation>Aucune fonctionnalité sur la feuille de route pour l&apos;instant : elle montre les fonctionnalités du backlog dans le temps, selon les dates de leurs tâches ou leur trimestre cible. Affichez la vue Produit et choisissez Produit ▸ Nouvelle fonctionnalité pour ajouter la première.</translation>
    </message>
    <message>
        <source>{} features · {} slipping past their target · {} with P80 after the target</source>
        <translation>{} fonctionnalités · {} en retard sur leur cible · {} avec P80 après la cible</translation>
    </message>
    <message>
        <source>Re-plan “{}” to {}</source>
        <translation>Replanifier « {} » vers {}</translation>
    </message>
    <message>
        <source>Forecast Delivery</source>
        <translation>Prévision de livraison</translation>
    </message>
    <message>
        <source> · forecast with {} risks</source>
        <translation> · prévision avec {} risques</translation>
    </message>
    <message>
        <source>Forecast delivery</source>
        <translation>Prévoir la livraison</translation>
    </message>
</context>
<context>
    <name>SCurveChart</name>
    <message>
        <source>Earned value S-curve</source>
        <translation>Courbe en S de la valeur acquise</translation>
    </message>
    <message>
        <source>Earned value over time</source>
        <translation>Valeur acquise dans le temps</translation>
    </message>
    <message>
        <source>Status date</source>
        <translation>Date d&apos;état</translation>
    </message>
    <message>
        <source>PV planned</source>
        <translation>PV prévu</translation>
    </message>
    <message>
        <source>EV earned</source>
        <translation>EV acquis</translation>
    </message>
    <message>
        <source>AC actual</source>
        <translation>AC réel</translation>
    </message>
</context>
<context>
    <name>ScheduleRiskPanel</name>
    <message>
        <source>Triangular</source>
        <translation>Triangulaire</translation>
    </message>
    <message>
        <source>How many times to schedule the plan</source>
        <translation>Nombre de fois où le plan est calculé</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <source>The same seed repeats a run exactly; leave empty for a new one</source>
        <translation>La même graine répète exactement une simulation ; laissez vide pour une nouvelle</translation>
    </message>
    <message>
        <source>PERT-beta weights the most likely duration; triangular spreads more to the ends</source>
        <translation>PERT-bêta pondère la durée la plus probable ; triangulaire étale davantage vers les extrêmes</translation>
    </message>
    <message>
        <source>&amp;Run Simulation</source>
        <translation>&amp;Lancer la simulation</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>Itérations</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Mean ± std</source>
        <translation>Moyenne ± écart-type</translation>
    </message>
    <message>
        <source>Chance of planned finish</source>
        <translation>Chance de finir à la date prévue</translation>
    </message>
    <message>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Criticité</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimé</translation>
    </message>
    <message>
        <source>The share of runs in which each task was critical</source>
        <translation>La part des simulations où chaque tâche était critique</translation>
    </message>
    <message>
        <source>Seed &apos;{}&apos; is not a whole number.</source>
        <translation>La graine « {} » n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Simulating…</source>
        <translation>Simulation…</translation>
    </message>
    <message>
        <source>{:,} runs, {}, seed {}; {} tasks with three-point estimates (the others keep their duration). Durations in working days from the start.</source>
        <translation>{:,} simulations, {}, graine {} ; {} tâches avec estimation à trois points (les autres gardent leur durée). Durées en jours ouvrés depuis le début.</translation>
    </message>
    <message>
        <source>{} happened in {:.0%} of runs</source>
        <translation>{} est survenu dans {:.0%} des simulations</translation>
    </message>
    <message>
        <source>No task has a three-point estimate yet: enter optimistic, most likely and pessimistic durations in the task dialog or the Gantt table, then run.</source>
        <translation>Aucune tâche n&apos;a encore d&apos;estimation à trois points : saisissez les durées optimiste, probable et pessimiste dans la fiche de tâche ou la table du Gantt, puis lancez.</translation>
    </message>
    <message>
        <source>{} tasks have three-point estimates; {} risks have a schedule impact.</source>
        <translation>{} tâches ont des estimations à trois points ; {} risques ont un impact sur le planning.</translation>
    </message>
    <message>
        <source>{} tasks have three-point estimates.</source>
        <translation type="vanished">{} tâches ont des estimations à trois points.</translation>
    </message>
    <message>
        <source>The plan has changed since this run; run again to update it.</source>
        <translation>Le plan a changé depuis cette simulation ; relancez-la pour la mettre à jour.</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share a Copy</source>
        <translation>Partager une copie</translation>
    </message>
    <message>
        <source>The copy leaves out what is checked. Nothing left out stays anywhere in the file: not in its free space, its search index or its journal.</source>
        <translation>La copie omet ce qui est coché. Rien d&apos;omis ne reste dans le fichier : ni dans son espace libre, ni dans son index de recherche, ni dans son journal.</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Omis</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Save Copy…</source>
        <translation>&amp;Enregistrer la copie…</translation>
    </message>
    <message>
        <source>Nothing to leave out</source>
        <translation>Rien à omettre</translation>
    </message>
    <message>
        <source>Left out: {}</source>
        <translation>Omis : {}</translation>
    </message>
</context>
<context>
    <name>SharingCommands</name>
    <message>
        <source>Share a Copy</source>
        <translation>Partager une copie</translation>
    </message>
    <message>
        <source>Save the project first: the copy is made from the saved file, so your colleague&apos;s changes can be merged back.</source>
        <translation>Enregistrez d&apos;abord le projet : la copie est faite depuis le fichier enregistré, pour que les modifications de votre collègue puissent être réintégrées.</translation>
    </message>
    <message>
        <source>Cannot share a copy</source>
        <translation>Impossible de partager une copie</translation>
    </message>
    <message>
        <source>Wrote {}: {}</source>
        <translation>{} écrit : {}</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>Merge From</source>
        <translation>Fusionner depuis</translation>
    </message>
    <message>
        <source>Open your copy of the project (not read-only) to merge a colleague&apos;s into it.</source>
        <translation>Ouvrez votre copie du projet (pas en lecture seule) pour y fusionner celle d&apos;un collègue.</translation>
    </message>
    <message>
        <source>Cannot merge</source>
        <translation>Fusion impossible</translation>
    </message>
    <message>
        <source>Merge from {}</source>
        <translation>Fusionner depuis {}</translation>
    </message>
    <message>
        <source>Merged {}</source>
        <translation>{} fusionné</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <source>Import {}</source>
        <translation>Importer {}</translation>
    </message>
    <message>
        <source>Choose the task field each column becomes. Columns set to “{}” are left out. Durations such as 5d or 2w, dates, predecessors by ID (3FS+2d) and resources (Ana[50%], Ben) are read as the task table reads them; a bad row is reported with its number and nothing is imported.</source>
        <translation>Choisissez le champ de tâche que devient chaque colonne. Les colonnes réglées sur « {} » sont ignorées. Les durées comme 5d ou 2w, les dates, les prédécesseurs par ID (3FS+2d) et les ressources (Ana[50%], Ben) sont lus comme dans la table des tâches ; une ligne erronée est signalée avec son numéro et rien n&apos;est importé.</translation>
    </message>
    <message>
        <source>&amp;Worksheet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>Day first (31/12/2026)</source>
        <translation>Jour d&apos;abord (31/12/2026)</translation>
    </message>
    <message>
        <source>Month first (12/31/2026)</source>
        <translation>Mois d&apos;abord (12/31/2026)</translation>
    </message>
    <message>
        <source>Dates such as 03/04/2026:</source>
        <translation>Dates comme 03/04/2026 :</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose the column that holds the task names.</source>
        <translation>Choisissez la colonne des noms de tâches.</translation>
    </message>
    <message>
        <source>Importing {}{}.</source>
        <translation>Import de {}{}.</translation>
    </message>
</context>
<context>
    <name>StrategyTab</name>
    <message>
        <source>Objectives and key results</source>
        <translation>Objectifs et résultats clés</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No product yet&lt;/h2&gt;&lt;p&gt;Describe the product this project delivers: its vision, segments and lifecycle stage. Click &lt;b&gt;Edit Product…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pas encore de produit&lt;/h2&gt;&lt;p&gt;Décrivez le produit que livre ce projet : sa vision, ses segments et sa phase de cycle de vie. Cliquez sur &lt;b&gt;Modifier le produit…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Segments: {}&lt;/p&gt;&lt;p&gt;Stage: {}{}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Segments : {}&lt;/p&gt;&lt;p&gt;Phase : {}{}&lt;/p&gt;</translation>
    </message>
    <message>
        <source> &amp;nbsp; since {}</source>
        <translation> &amp;nbsp; depuis le {}</translation>
    </message>
    <message>
        <source>History: {}</source>
        <translation>Historique : {}</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Delete objective</source>
        <translation>Supprimer l’objectif</translation>
    </message>
    <message>
        <source>Delete {} objectives</source>
        <translation>Supprimer {} objectifs</translation>
    </message>
    <message>
        <source>Add key result</source>
        <translation>Ajouter un résultat clé</translation>
    </message>
    <message>
        <source>Delete key results</source>
        <translation>Supprimer les résultats clés</translation>
    </message>
    <message>
        <source>Delete key result</source>
        <translation>Supprimer le résultat clé</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Task Information — {}</source>
        <translation>Informations sur la tâche — {}</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Predecessors</source>
        <translation>&amp;Prédécesseurs</translation>
    </message>
    <message>
        <source>&amp;Resources</source>
        <translation>&amp;Ressources</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avancé</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>5d, 4h, 2w, 1mo, 3ed; 0 makes a milestone</source>
        <translation>5d, 4h, 2w, 1mo, 3ed ; 0 en fait un jalon</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>% &amp;Complete:</source>
        <translation>% &amp;Achevé :</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorité :</translation>
    </message>
    <message>
        <source>Show as a milestone</source>
        <translation>Afficher comme jalon</translation>
    </message>
    <message>
        <source>Auto Scheduled</source>
        <translation>Planifiée automatiquement</translation>
    </message>
    <message>
        <source>Manually Scheduled</source>
        <translation>Planifiée manuellement</translation>
    </message>
    <message>
        <source>Manual: the task keeps its dates; links do not move it</source>
        <translation>Manuelle : la tâche garde ses dates ; les liens ne la déplacent pas</translation>
    </message>
    <message>
        <source>Task &amp;mode:</source>
        <translation>&amp;Mode de la tâche :</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <source>Finish:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>  (critical)</source>
        <translation>  (critique)</translation>
    </message>
    <message>
        <source>Total slack:</source>
        <translation>Marge totale :</translation>
    </message>
    <message>
        <source>Actual s&amp;tart:</source>
        <translation>&amp;Début réel :</translation>
    </message>
    <message>
        <source>Actual &amp;finish:</source>
        <translation>&amp;Fin réelle :</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Task Name</source>
        <translation>Nom de la tâche</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Work Contour</source>
        <translation>Profil de travail</translation>
    </message>
    <message>
        <source>How the work is spread over the task. A contour other than Flat works less than the units most of the time, so the same work takes longer, as in MS Project</source>
        <translation>Répartition du travail sur la tâche. Un profil autre que Plat travaille le plus souvent moins que les unités, donc le même travail dure plus longtemps, comme dans MS Project</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Affecter</translation>
    </message>
    <message>
        <source>&amp;Confidential: the task (with its subtasks and notes) is left out of shared copies</source>
        <translation>&amp;Confidentiel : la tâche (avec ses sous-tâches et notes) est omise des copies partagées</translation>
    </message>
    <message>
        <source>Con&amp;straint:</source>
        <translation>&amp;Contrainte :</translation>
    </message>
    <message>
        <source>Constraint &amp;date:</source>
        <translation>&amp;Date de contrainte :</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Échéance :</translation>
    </message>
    <message>
        <source>Project calendar</source>
        <translation>Calendrier du projet</translation>
    </message>
    <message>
        <source>&amp;Calendar:</source>
        <translation>&amp;Calendrier :</translation>
    </message>
    <message>
        <source>Scheduling ignores resource calendars</source>
        <translation>La planification ignore les calendriers des ressources</translation>
    </message>
    <message>
        <source>optimistic / most likely / pessimistic, e.g. 3d / 5d / 9d</source>
        <translation>optimiste / probable / pessimiste, p. ex. 3d / 5d / 9d</translation>
    </message>
    <message>
        <source>Three-point estimate for schedule risk (Risks ▸ Schedule Risk); empty: none</source>
        <translation>Estimation à trois points pour le risque de planning (Risques ▸ Risque de planning) ; vide : aucune</translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation>&amp;Estimation :</translation>
    </message>
    <message>
        <source>Edit “{}”</source>
        <translation>Modifier « {} »</translation>
    </message>
</context>
<context>
    <name>TaskItemDelegate</name>
    <message>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <source>Not in this project&apos;s resources yet: {}.</source>
        <translation>Pas encore parmi les ressources de ce projet : {}.</translation>
    </message>
    <message>
        <source>Add to the resource sheet and assign the task? You can set rates and calendars in the Resources view later.</source>
        <translation>Ajouter à la liste des ressources et affecter la tâche ? Taux et calendriers se règlent plus tard dans la vue Ressources.</translation>
    </message>
    <message>
        <source>Create and Assign</source>
        <translation>Créer et affecter</translation>
    </message>
    <message>
        <source>Create All and Assign</source>
        <translation>Tout créer et affecter</translation>
    </message>
    <message>
        <source>Add resources {} to “{}”</source>
        <translation>Ajouter les ressources {} à « {} »</translation>
    </message>
    <message>
        <source>Add resource {} to “{}”</source>
        <translation>Ajouter la ressource {} à « {} »</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>Click to open {}</source>
        <translation>Cliquez pour ouvrir {}</translation>
    </message>
</context>
<context>
    <name>TimeScale</name>
    <message>
        <source>Week {week}, {date}</source>
        <extracomment>The weekday the time scale&apos;s weeks start on (0 Monday ... 6 Sunday); the window sets it from Preferences (:func:`set_first_weekday`).</extracomment>
        <translation>Semaine {week}, {date}</translation>
    </message>
    <message>
        <source>W{week}</source>
        <translation>S{week}</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <source>Edit {noun} {column}</source>
        <translation>Modifier {column} ({noun})</translation>
    </message>
    <message>
        <source>Edit {column} of “{name}”</source>
        <translation>Modifier {column} de « {name} »</translation>
    </message>
    <message>
        <source>Change % complete of “{name}”</source>
        <translation>Modifier le % achevé de « {name} »</translation>
    </message>
    <message>
        <source>Change duration of “{name}”</source>
        <translation>Modifier la durée de « {name} »</translation>
    </message>
    <message>
        <source>Change estimate of “{name}”</source>
        <translation>Modifier l’estimation de « {name} »</translation>
    </message>
    <message>
        <source>Change finish of “{name}”</source>
        <translation>Modifier la fin de « {name} »</translation>
    </message>
    <message>
        <source>Change predecessors of “{name}”</source>
        <translation>Modifier les prédécesseurs de « {name} »</translation>
    </message>
    <message>
        <source>Change resources of “{name}”</source>
        <translation>Modifier les ressources de « {name} »</translation>
    </message>
    <message>
        <source>Change start of “{name}”</source>
        <translation>Modifier le début de « {name} »</translation>
    </message>
    <message>
        <source>Change task mode of “{name}”</source>
        <translation>Modifier le mode de planification de « {name} »</translation>
    </message>
    <message>
        <source>Rename “{name}” to “{text}”</source>
        <translation>Renommer « {name} » en « {text} »</translation>
    </message>
    <message>
        <source>Cut {what}</source>
        <translation>Couper {what}</translation>
    </message>
    <message>
        <source>Delete {what}</source>
        <translation>Supprimer {what}</translation>
    </message>
    <message>
        <source>Indent {what}</source>
        <translation>Abaisser {what}</translation>
    </message>
    <message>
        <source>Move down {what}</source>
        <translation>Descendre {what}</translation>
    </message>
    <message>
        <source>Move up {what}</source>
        <translation>Monter {what}</translation>
    </message>
    <message>
        <source>Outdent {what}</source>
        <translation>Hausser {what}</translation>
    </message>
    <message>
        <source>Paste {what}</source>
        <translation>Coller {what}</translation>
    </message>
    <message>
        <source>assign {name}</source>
        <translation>affecter {name}</translation>
    </message>
    <message>
        <source>unassign {names}</source>
        <translation>désaffecter {names}</translation>
    </message>
    <message>
        <source>{name} replaces {old}</source>
        <translation>{name} remplace {old}</translation>
    </message>
    <message>
        <source>{} tasks</source>
        <translation>{} tâches</translation>
    </message>
    <message>
        <source>“{}”</source>
        <translation>« {} »</translation>
    </message>
    <message>
        <source>“{}” and “{}”</source>
        <translation>« {} » et « {} »</translation>
    </message>
    <message>
        <source>Insert task</source>
        <translation>Insérer une tâche</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Pin “{name}” at rank {rank}</source>
        <translation>Épingler « {name} » au rang {rank}</translation>
    </message>
    <message>
        <source>Unpin “{name}”</source>
        <translation>Désépingler « {name} »</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Resource usage</source>
        <translation>Charge des ressources</translation>
    </message>
    <message>
        <source>Select a work resource to see its load</source>
        <translation>Choisissez une ressource de travail pour voir sa charge</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>week</source>
        <translation>semaine</translation>
    </message>
    <message>
        <source>{}: hours of work per {} against capacity</source>
        <translation>{} : heures de travail par {} face à la capacité</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Over-allocated</source>
        <translation>Surutilisée</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
</context>
<context>
    <name>VacationsDialog</name>
    <message>
        <source>Vacations of {}</source>
        <translation>Congés de {}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Add vacation</source>
        <translation>Ajouter des congés</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Days off of {}, on top of the holidays of its calendar</source>
        <translation>Jours de congé de {}, en plus des jours fériés de son calendrier</translation>
    </message>
    <message>
        <source>Vacation</source>
        <translation>Congé</translation>
    </message>
</context>
<context>
    <name>ValueEffortChart</name>
    <message>
        <source>Value: reach × impact × confidence</source>
        <translation>Valeur : portée × impact × confiance</translation>
    </message>
    <message>
        <source>Effort (person-months)</source>
        <translation>Effort (mois-personne)</translation>
    </message>
    <message>
        <source>Value: impact × confidence</source>
        <translation>Valeur : impact × confiance</translation>
    </message>
    <message>
        <source>Effort: 11 − ease</source>
        <translation>Effort : 11 − facilité</translation>
    </message>
    <message>
        <source>Value: cost of delay</source>
        <translation>Valeur : coût du retard</translation>
    </message>
    <message>
        <source>Effort: job size</source>
        <translation>Effort : taille du travail</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Gains rapides</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Gros paris</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Bouche-trous</translation>
    </message>
    <message>
        <source>Time sinks</source>
        <translation>Gouffres à temps</translation>
    </message>
    <message>
        <source>Value versus effort ({}), {} scored features; lines at the medians</source>
        <translation>Valeur face à l&apos;effort ({}), {} fonctionnalités notées ; lignes aux médianes</translation>
    </message>
    <message>
        <source>median {}</source>
        <translation>médiane {}</translation>
    </message>
    <message>
        <source>(log scale)</source>
        <translation>(échelle log.)</translation>
    </message>
    <message>
        <source>No scored features yet: give features their score inputs
to place them on the chart.</source>
        <translation>Pas encore de fonctionnalités notées : renseignez leurs critères de notation
pour les placer sur le graphique.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDialog</name>
    <message>
        <source>Connect to Workspace</source>
        <translation>Se connecter à l&apos;espace de travail</translation>
    </message>
    <message>
        <source>postgresql://you@db.example.com/team</source>
        <translation>postgresql://vous@db.example.com/equipe</translation>
    </message>
    <message>
        <source>The workspace&apos;s PostgreSQL database. The password comes from ~/.pgpass, a libpq service or the system keyring.</source>
        <translation>La base PostgreSQL de l&apos;espace de travail. Le mot de passe vient de ~/.pgpass, d&apos;un service libpq ou du trousseau du système.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Publish This Project</source>
        <translation>&amp;Publier ce projet</translation>
    </message>
    <message>
        <source>&amp;Merge a Copy Back…</source>
        <translation>&amp;Réintégrer une copie…</translation>
    </message>
    <message>
        <source>Merge a checked-out .pmdesk copy of the chosen project back into it (three-way, against the copy as checked out)</source>
        <translation>Réintégrer une copie .pmdesk extraite du projet choisi (fusion à trois voies, par rapport à la copie extraite)</translation>
    </message>
    <message>
        <source>The workspace has no projects yet: publish this one.</source>
        <translation>L’espace de travail n’a pas encore de projet : publiez celui-ci.</translation>
    </message>
    <message>
        <source>Choose a project in the list.</source>
        <translation>Choisissez un projet dans la liste.</translation>
    </message>
    <message>
        <source>Merge a Copy Back</source>
        <translation>Réintégrer une copie</translation>
    </message>
    <message>
        <source>pmdesk projects (*.pmdesk)</source>
        <translation>Projets pmdesk (*.pmdesk)</translation>
    </message>
    <message>
        <source>{} between the copy and the workspace:</source>
        <translation>{} entre la copie et l’espace de travail :</translation>
    </message>
    <message>
        <source>Keep the Workspace&apos;s</source>
        <translation>Garder celle de l&apos;espace</translation>
    </message>
    <message>
        <source>Take the Copy&apos;s</source>
        <translation>Prendre celle de la copie</translation>
    </message>
    <message>
        <source>Nothing merged.</source>
        <translation>Rien n’a été fusionné.</translation>
    </message>
    <message>
        <source>Merged {} into {}: {} rows taken from the copy, {} conflicts decided.</source>
        <translation>{} fusionné dans {} : {} lignes reprises de la copie, {} conflits tranchés.</translation>
    </message>
    <message>
        <source>Added in both, settled: {}</source>
        <translation>Ajouté des deux côtés, réglé : {}</translation>
    </message>
    <message>
        <source>Published {}: open it to edit it with the team.</source>
        <translation>{} publié : ouvrez-le pour le modifier avec l’équipe.</translation>
    </message>
</context>
</TS>
