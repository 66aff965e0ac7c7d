// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type * as Y from 'yjs';
import { setCalendar } from '../../shared/team/calendar';
import { retroKeys } from '../../extension/base/retro-keys';
import type { OpenBoard } from '../../extension/sync/open-board';
import { recordKeys } from '../../extension/lib/record-keys';
import type { TeamRecord } from '../../extension/lib/records';
import {
  answerHealth,
  closeHealthRound,
  defaultRoundDimensions,
  setCurrentQuestion,
  startHealthRound,
} from '../../shared/checkin/board';
import { answerPoll, closePoll, startPoll } from '../../shared/checkin/poll';
import { DECK } from '../../shared/checkin/deck';
import { toHex } from '../../shared/encoding/hex';
import { readRetros, readTeam } from '../../shared/team/model';
import { addAgreement, addItem, postUpdate } from '../../shared/team/ops';
import { type NewCard, createGroup, publishBallot, publishCards } from '../../shared/retro/ops';
import { openNodeBoard } from '../../tests/support/node-member';

const id = () => toHex(crypto.getRandomValues(new Uint8Array(8)));
const clientId = () => crypto.getRandomValues(new Uint32Array(1))[0]!;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Waits until `done` holds, checking every 50 ms; throws after 30 s. */
export async function until(done: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A fourth device of the team, in Node: writes what a team accumulates over weeks. */
export async function openTeamAsNode(record: TeamRecord): Promise<OpenBoard> {
  const board = await openNodeBoard({
    server: record.server,
    boardId: record.boardId,
    keys: await recordKeys(crypto, record),
  });
  await until(() => board.session.status().state === 'online', 'the Node member is online');
  return board;
}

/** Waits until the server has confirmed everything this device wrote. */
export const confirmed = (board: OpenBoard) => until(() => board.session.status().pending === 0, 'confirmed');

/** Open items, working agreements, a posted update, and the check-in's question, polls and health rounds. */
export async function fillTeam(board: OpenBoard, members: Record<string, string>) {
  const doc = board.doc;
  const now = Date.now();
  const { Cem } = members as Record<'Cem', string>;
  doc.transact(() => {
    addItem(doc, { id: id(), kind: 'blocker', text: 'VPN bricht stündlich ab, Zugriff auf das DMS dann weg', now });
    addItem(doc, { id: id(), kind: 'blocker', text: 'Mitzeichnung durch Referat Z 1 steht seit drei Wochen aus', now });
    addItem(doc, { id: id(), kind: 'topic', text: 'Raumbuchung für die Klausur im Januar', now });
    addItem(doc, { id: id(), kind: 'topic', text: 'Vertretungsregelung über Weihnachten', now });
    addItem(doc, {
      id: id(),
      kind: 'action',
      text: 'Vorlage für den Vermerk zur E-Akte abstimmen',
      now,
      owner: 'Ben Krüger', // an owner is a name (free text), not a member id
      due: day(10),
    });
    addItem(doc, {
      id: id(),
      kind: 'action',
      text: 'Schulungstermine für das neue Ticketsystem anfragen',
      now,
      owner: 'Cem Yılmaz',
      due: day(17),
    });
    addItem(doc, {
      id: id(),
      kind: 'action',
      text: 'Checkliste für die Übergabe bei Urlaub ins Wiki stellen',
      now,
      owner: 'Anna Schmidt',
      due: day(-2),
    });
    addAgreement(doc, { id: id(), rule: 'Kamera an im Stand-up', purpose: 'Wir sehen, wie es allen geht.', now });
    addAgreement(doc, {
      id: id(),
      rule: 'Mails nach 18 Uhr erst am nächsten Morgen beantworten',
      purpose: 'Feierabend ist Feierabend.',
      now,
    });
    postUpdate(doc, {
      memberId: Cem,
      date: day(0),
      answers: ['Stellungnahme zum Haushaltsentwurf fertig', 'Abstimmung mit dem Justiziariat', 'Keine'],
      postedAt: now,
    });
    const question = DECK.find((entry) => entry.category === 'work')!;
    setCurrentQuestion(doc, { id: question.id, text: question.de, pickedAt: now });
    setCalendar(doc, {
      timeZone: 'Europe/Berlin',
      holidaysOf: 'BE',
      standup: { weekdays: [1, 2, 3, 4, 5], time: '09:15' },
      retro: { weekday: 4, time: '14:00', everyWeeks: 2, from: day(3), minutes: 90 },
    });
  });
  // Two closed health rounds for the trend, and a third that is open with two answers.
  for (const [n, values] of [
    [0, [4, 3, 4, 5]],
    [1, [4, 4, 5, 4]],
  ] as const) {
    const round = {
      id: toHex(crypto.getRandomValues(new Uint8Array(16))),
      startedAt: now,
      dimensions: defaultRoundDimensions(),
      threshold: 3,
    };
    startHealthRound(doc, round);
    values.forEach((value) => {
      const answers = Object.fromEntries(
        round.dimensions.map((dimension, index) => [dimension.id, Math.max(1, Math.min(5, value - (index % 3) + 1))]),
      );
      answerHealth(doc, round.id, toHex(crypto.getRandomValues(new Uint8Array(16))), clientId(), answers);
    });
    closeHealthRound(doc, day(n * 14 - 28));
  }
  // A mood check that ended with four answers.
  const poll = {
    id: toHex(crypto.getRandomValues(new Uint8Array(16))),
    kind: 'mood' as const,
    namesOn: false,
    startedAt: now,
  };
  startPoll(doc, poll);
  for (const value of [4, 5, 3, 4])
    answerPoll(doc, poll, toHex(crypto.getRandomValues(new Uint8Array(16))), value, { clientId: clientId() });
  closePoll(doc);
  await confirmed(board);
}

/** A health round that is open, with two answers so far. */
export async function openHealthRound(board: OpenBoard) {
  const round = {
    id: toHex(crypto.getRandomValues(new Uint8Array(16))),
    startedAt: Date.now(),
    dimensions: defaultRoundDimensions(),
    threshold: 3,
  };
  startHealthRound(board.doc, round);
  for (const value of [3, 4])
    answerHealth(
      board.doc,
      round.id,
      toHex(crypto.getRandomValues(new Uint8Array(16))),
      clientId(),
      Object.fromEntries(round.dimensions.map((dimension) => [dimension.id, value])),
    );
  await confirmed(board);
}

const CARDS: [number, string][] = [
  [0, 'Wir haben die Frist für die Stellungnahme gerissen, weil die Mitzeichnung zu spät angefragt wurde.'],
  [0, 'Im Entwurf stand noch die alte Rechtsgrundlage.'],
  [0, 'Das Protokoll der Klausur lag erst nach drei Wochen vor.'],
  [1, 'Mitzeichnungen gleich beim Start eines Vorgangs anfragen.'],
  [1, 'Vier-Augen-Prinzip für Rechtsgrundlagen.'],
  [1, 'Protokoll noch am selben Tag, Stichpunkte reichen.'],
  [2, 'Die Vorlage aus Referat Z 2 für Stellungnahmen übernehmen.'],
  [2, 'Ein fester Tag in der Woche für Mitzeichnungen.'],
];

/** The retro's cards (as written by the three members), a group, and votes, through a Node member. */
export async function fillRetro(record: TeamRecord, team: OpenBoard, members: Record<string, string>) {
  const link = readRetros(team.doc)[0]!;
  const retro = await openNodeBoard({
    server: record.server,
    boardId: link.boardId,
    keys: await retroKeys(record, link),
  });
  await until(() => retro.session.status().state === 'online', 'retro online');
  const authors = Object.values(members);
  const cards: NewCard[] = CARDS.map(([column, text], index) => ({
    id: id(),
    column,
    text,
    createdAt: Date.now() + index,
  }));
  cards.forEach((card, index) => publishCards(retro.doc, [card], { memberId: authors[index % authors.length]! }));
  await confirmed(retro);
  return { retro, cards };
}

/** Groups two cards of the first column, as the grouping phase would. */
export function groupCards(retro: OpenBoard, cards: NewCard[]) {
  createGroup(retro.doc, { id: id(), name: 'Mitzeichnung zu spät', column: 0, now: Date.now() }, [
    cards[0]!.id,
    cards[1]!.id,
  ]);
}

/** Ballots of the two other members, once voting has closed. */
export function castBallots(retro: OpenBoard, cards: NewCard[]) {
  const group = [...retro.doc.getMap<Y.Map<unknown>>('groups').keys()][0]!;
  publishBallot(
    retro.doc,
    toHex(crypto.getRandomValues(new Uint8Array(16))),
    { [group]: 2, [cards[4]!.id]: 1 },
    clientId(),
  );
  publishBallot(
    retro.doc,
    toHex(crypto.getRandomValues(new Uint8Array(16))),
    { [group]: 1, [cards[6]!.id]: 2 },
    clientId(),
  );
}

/** The member ids by first name, read from the team board. */
export function memberIds(team: OpenBoard): Record<string, string> {
  return Object.fromEntries(readTeam(team.doc).members.map((member) => [member.name.split(' ')[0]!, member.id]));
}
