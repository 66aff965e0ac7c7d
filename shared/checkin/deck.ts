// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The built-in deck of check-in questions and icebreakers. Written for a workplace with a
 * hierarchy: light, about work and the team, or reflective, but nothing that pries into private
 * life (no family, health, money, politics or religion). Ids are stable: teams hide built-in
 * questions by id, and the recent-picks history refers to them.
 */
export const CATEGORIES = ['light', 'reflective', 'work', 'team'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Question {
  id: string;
  category: Category;
  de: string;
  en: string;
}

const q = (id: string, category: Category, de: string, en: string): Question => ({ id, category, de, en });

export const DECK: readonly Question[] = [
  q('l01', 'light', 'Welches Wetter beschreibt Ihre Stimmung heute?', 'Which weather describes your mood today?'),
  q('l02', 'light', 'Was war heute Ihr erstes Getränk?', 'What was your first drink today?'),
  q('l03', 'light', 'Welches Lied hatten Sie zuletzt im Ohr?', 'Which song was last stuck in your head?'),
  q('l04', 'light', 'Welches Tier wären Sie heute gern?', 'Which animal would you like to be today?'),
  q('l05', 'light', 'Was ist Ihr liebster Snack für zwischendurch?', 'What is your favourite snack between meetings?'),
  q('l06', 'light', 'Welche Jahreszeit mögen Sie am liebsten, und warum?', 'Which season do you like best, and why?'),
  q('l07', 'light', 'Welches Buch oder welchen Film können Sie empfehlen?', 'Which book or film would you recommend?'),
  q(
    'l08',
    'light',
    'Wohin würden Sie jetzt gern für eine Stunde verschwinden?',
    'Where would you like to disappear to for an hour right now?',
  ),
  q('l09', 'light', 'Was hat Sie diese Woche zum Schmunzeln gebracht?', 'What made you smile this week?'),
  q('l10', 'light', 'Welches Emoji passt zu Ihrem Tag?', 'Which emoji fits your day?'),
  q('l11', 'light', 'Kaffee, Tee oder etwas ganz anderes?', 'Coffee, tea or something else entirely?'),
  q('l12', 'light', 'Was ist das Nützlichste auf Ihrem Schreibtisch?', 'What is the most useful thing on your desk?'),
  q(
    'l13',
    'light',
    'Welche Fähigkeit würden Sie gern über Nacht beherrschen?',
    'Which skill would you like to master overnight?',
  ),
  q('l14', 'light', 'Was ist Ihr liebster Ort in unserem Haus?', 'What is your favourite place in our building?'),
  q('l15', 'light', 'In einem Wort: Wie kommen Sie heute an?', 'In one word: how are you arriving today?'),
  q('r01', 'reflective', 'Was haben Sie in letzter Zeit dazugelernt?', 'What have you learned recently?'),
  q('r02', 'reflective', 'Worauf sind Sie in diesem Monat stolz?', 'What are you proud of this month?'),
  q('r03', 'reflective', 'Was gibt Ihnen bei der Arbeit Energie?', 'What gives you energy at work?'),
  q('r04', 'reflective', 'Was kostet Sie bei der Arbeit Energie?', 'What drains your energy at work?'),
  q('r05', 'reflective', 'Welche Gewohnheit hat Ihnen zuletzt geholfen?', 'Which habit has helped you lately?'),
  q(
    'r06',
    'reflective',
    'Welchen Rat würden Sie Ihrem früheren Ich im ersten Arbeitsjahr geben?',
    'What advice would you give yourself in your first year at work?',
  ),
  q('r07', 'reflective', 'Wofür sind Sie heute dankbar?', 'What are you grateful for today?'),
  q(
    'r08',
    'reflective',
    'Was möchten Sie diese Woche auf keinen Fall vergessen?',
    'What do you not want to forget this week?',
  ),
  q(
    'r09',
    'reflective',
    'Welcher Fehler hat Ihnen zuletzt etwas beigebracht?',
    'Which mistake taught you something recently?',
  ),
  q('r10', 'reflective', 'Was würden Sie gern öfter tun?', 'What would you like to do more often?'),
  q('r11', 'reflective', 'Was würden Sie gern seltener tun?', 'What would you like to do less often?'),
  q('r12', 'reflective', 'Woran merken Sie, dass ein Tag gut war?', 'How do you notice that a day went well?'),
  q('r13', 'reflective', 'Welche Frage beschäftigt Sie gerade?', 'Which question is on your mind at the moment?'),
  q('r14', 'reflective', 'Was hat Sie zuletzt überrascht?', 'What surprised you recently?'),
  q(
    'r15',
    'reflective',
    'Was möchten Sie in diesem Jahr noch ausprobieren?',
    'What would you still like to try this year?',
  ),
  q('w01', 'work', 'Was ist heute Ihre wichtigste Aufgabe?', 'What is your most important task today?'),
  q(
    'w02',
    'work',
    'Was hat Sie diese Woche bei der Arbeit weitergebracht?',
    'What moved you forward at work this week?',
  ),
  q(
    'w03',
    'work',
    'Welches Werkzeug oder welche Vorlage erleichtert Ihnen die Arbeit?',
    'Which tool or template makes your work easier?',
  ),
  q(
    'w04',
    'work',
    'Welcher Vorgang hat Sie zuletzt am meisten Zeit gekostet?',
    'Which piece of work took you the most time lately?',
  ),
  q(
    'w05',
    'work',
    'Was würden Sie an unseren Abläufen sofort ändern?',
    'What would you change about our procedures right away?',
  ),
  q('w06', 'work', 'Wann arbeiten Sie am konzentriertesten?', 'When do you work with the most focus?'),
  q(
    'w07',
    'work',
    'Welche Besprechung war zuletzt richtig gut, und warum?',
    'Which meeting was really good recently, and why?',
  ),
  q('w08', 'work', 'Was hilft Ihnen, Unterbrechungen abzuwehren?', 'What helps you fend off interruptions?'),
  q('w09', 'work', 'Welche Aufgabe schieben Sie gerade vor sich her?', 'Which task are you putting off at the moment?'),
  q(
    'w10',
    'work',
    'Was sollte jede neue Kollegin, jeder neue Kollege bei uns zuerst wissen?',
    'What should every new colleague here know first?',
  ),
  q('w11', 'work', 'Welche Rückmeldung hat Ihnen zuletzt geholfen?', 'Which feedback helped you recently?'),
  q('w12', 'work', 'Was war diese Woche Ihr kleiner Erfolg?', 'What was your small win this week?'),
  q('w13', 'work', 'Wo könnten wir eine Regel streichen?', 'Where could we drop a rule?'),
  q('w14', 'work', 'Welche Information fehlt Ihnen oft?', 'Which information do you often lack?'),
  q('w15', 'work', 'Was möchten Sie bis Freitag abgeschlossen haben?', 'What do you want to have finished by Friday?'),
  q(
    't01',
    'team',
    'Wofür möchten Sie jemandem im Team danken?',
    'Whom in the team would you like to thank, and for what?',
  ),
  q('t02', 'team', 'Was macht unser Team besonders gut?', 'What does our team do particularly well?'),
  q('t03', 'team', 'Was könnten wir als Team ausprobieren?', 'What could we try as a team?'),
  q(
    't04',
    'team',
    'Welche Stärke eines Teammitglieds sollten mehr kennen?',
    'Which strength of a team member should more people know about?',
  ),
  q(
    't05',
    'team',
    'Wie könnten wir einander die Arbeit leichter machen?',
    'How could we make each other’s work easier?',
  ),
  q('t06', 'team', 'Welche Vereinbarung im Team hilft Ihnen am meisten?', 'Which team agreement helps you most?'),
  q('t07', 'team', 'Was sollten wir öfter gemeinsam tun?', 'What should we do together more often?'),
  q(
    't08',
    'team',
    'Welches Thema sollten wir einmal gemeinsam durchdenken?',
    'Which topic should we think through together some time?',
  ),
  q(
    't09',
    'team',
    'Wo brauchen Sie gerade Unterstützung aus dem Team?',
    'Where could you use support from the team right now?',
  ),
  q('t10', 'team', 'Wo können Sie dem Team gerade helfen?', 'Where can you help the team right now?'),
  q('t11', 'team', 'Woran erkennen Außenstehende unser Team?', 'How would outsiders recognise our team?'),
  q(
    't12',
    'team',
    'Was war unser bester gemeinsamer Moment in diesem Jahr?',
    'What was our best moment together this year?',
  ),
  q(
    't13',
    'team',
    'Was sollte ein neues Teammitglied über unsere Zusammenarbeit wissen?',
    'What should a new team member know about how we work together?',
  ),
  q('t14', 'team', 'Welche Tradition sollten wir beibehalten?', 'Which tradition should we keep?'),
  q(
    't15',
    'team',
    'Was würden Sie einer anderen Einheit von uns abschauen lassen?',
    'What would you let another unit copy from us?',
  ),
];

/** How many recent picks a random pick avoids, if enough other questions remain. */
export const AVOID_RECENT = 10;

/**
 * Picks a question at random among `available`, avoiding the ones picked most recently (`recent`,
 * newest last). When the deck is small, it avoids as many recent ones as it can.
 */
export function pickQuestion<T extends { id: string }>(
  available: readonly T[],
  recent: readonly string[],
  random: () => number,
): T | null {
  if (available.length === 0) return null;
  const window = Math.min(AVOID_RECENT, available.length - 1);
  const avoid = new Set(window > 0 ? recent.slice(-window) : []);
  const fresh = available.filter((question) => !avoid.has(question.id));
  const pool = fresh.length > 0 ? fresh : available;
  return pool[Math.min(pool.length - 1, Math.floor(random() * pool.length))]!;
}
