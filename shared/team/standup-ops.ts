// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type * as Y from 'yjs';
import { type StandupRecord, type TeamSettings, historyArray } from './model';
import {
  DEPUTY_MAX,
  type Mark,
  NOTES_MAX,
  type RoundName,
  type Standup,
  attendance,
  currentSpeaker,
  isAbsent,
  marksMap,
  presentFrom,
  readStandup,
  runningTime,
  standupMap,
} from './standup';

/** Changes to a stand-up or a check-in round (the document's layout: `./standup.ts`). */
export interface StartStandup {
  id: string;
  date: string;
  now: number;
  order: string[];
  settings: Pick<TeamSettings, 'standupMinutes' | 'speakerMinutes'>;
}

/** Starts a new stand-up; the previous one's parts are ignored from now on (they carry its id). */
export function startStandup(doc: Y.Doc, start: StartStandup, round: RoundName = 'standup'): void {
  doc.transact(() => {
    const map = standupMap(doc, round);
    const runId = start.id;
    map.set('run', {
      id: runId,
      date: start.date,
      startedAt: start.now,
      totalMs: Math.round(start.settings.standupMinutes * 60_000),
      speakerMs: Math.round(start.settings.speakerMinutes * 60_000),
    });
    map.set('order', { runId, ids: [...new Set(start.order)] });
    map.set('turn', { runId, index: 0, startRunning: 0 });
    map.set('clock', { runId, pausedAt: null, pausedMs: 0 });
    // Marks of earlier runs are dropped, so the map does not grow stand-up after stand-up.
    const marks = marksMap(doc, round);
    [...marks.keys()].filter((key) => !key.startsWith(`${runId}|`)).forEach((key) => marks.delete(key));
  });
}

/**
 * Runs `change` on the current stand-up if it is still running and its turn is still at `from`.
 * Two members pressing "next" at once both move on from the same speaker: one step, not two.
 */
function onTurn(doc: Y.Doc, from: number, round: RoundName, change: (standup: Standup) => void): boolean {
  let done = false;
  doc.transact(() => {
    const standup = readStandup(doc, round);
    if (!standup || standup.endedAt !== null || currentSpeaker(standup)?.index !== from) return;
    change(standup);
    done = true;
  });
  return done;
}

function setTurn(doc: Y.Doc, round: RoundName, standup: Standup, index: number, now: number) {
  standupMap(doc, round).set('turn', { runId: standup.id, index, startRunning: runningTime(standup, now) });
}

/** The current speaker is done; the next one present begins. */
export function nextSpeaker(doc: Y.Doc, now: number, from: number, round: RoundName = 'standup'): boolean {
  return onTurn(doc, from, round, (standup) => setTurn(doc, round, standup, presentFrom(standup, from + 1), now));
}

/** Back to the previous speaker present. */
export function previousSpeaker(doc: Y.Doc, now: number, from: number, round: RoundName = 'standup'): boolean {
  return onTurn(doc, from, round, (standup) => {
    let index = from - 1;
    while (index >= 0 && isAbsent(standup, standup.order[index])) index -= 1;
    if (index >= 0) setTurn(doc, round, standup, index, now);
  });
}

/** The current speaker is not ready: they move to the end of the queue and the next one begins. */
export function skipSpeaker(doc: Y.Doc, now: number, from: number, round: RoundName = 'standup'): boolean {
  return onTurn(doc, from, round, (standup) => {
    const order = [...standup.order];
    const [skipped] = order.splice(from, 1);
    order.push(skipped!);
    standupMap(doc, round).set('order', { runId: standup.id, ids: order });
    const moved = { ...standup, order };
    // The skipped member is last now; if they were the only one left, they simply speak again.
    setTurn(doc, round, moved, presentFrom(moved, from), now);
  });
}

/** Moves a member still waiting to another place among those waiting. */
export function moveSpeaker(doc: Y.Doc, memberId: string, to: number, round: RoundName = 'standup'): void {
  doc.transact(() => {
    const standup = readStandup(doc, round);
    if (!standup || standup.endedAt !== null) return;
    const firstWaiting = (currentSpeaker(standup)?.index ?? standup.order.length - 1) + 1;
    const from = standup.order.indexOf(memberId);
    if (from < firstWaiting) return;
    const order = [...standup.order];
    order.splice(from, 1);
    order.splice(Math.min(Math.max(to, firstWaiting), order.length), 0, memberId);
    standupMap(doc, round).set('order', { runId: standup.id, ids: order });
  });
}

export function pauseStandup(doc: Y.Doc, now: number, round: RoundName = 'standup'): void {
  doc.transact(() => {
    const standup = readStandup(doc, round);
    if (!standup || standup.endedAt !== null || standup.pausedAt !== null) return;
    standupMap(doc, round).set('clock', {
      runId: standup.id,
      pausedAt: Math.max(now, standup.startedAt),
      pausedMs: standup.pausedMs,
    });
  });
}

export function resumeStandup(doc: Y.Doc, now: number, round: RoundName = 'standup'): void {
  doc.transact(() => {
    const standup = readStandup(doc, round);
    if (!standup || standup.pausedAt === null) return;
    const pausedMs = standup.pausedMs + Math.max(0, now - standup.pausedAt);
    standupMap(doc, round).set('clock', { runId: standup.id, pausedAt: null, pausedMs });
  });
}

export function setMark(doc: Y.Doc, memberId: string, mark: Mark, round: RoundName = 'standup'): void {
  doc.transact(() => {
    const standup = readStandup(doc, round);
    if (!standup) return;
    const deputy = mark.representedBy?.trim().slice(0, DEPUTY_MAX) || null;
    marksMap(doc, round).set(`${standup.id}|${memberId}`, { absent: mark.absent && !deputy, representedBy: deputy });
  });
}

export function setNotes(doc: Y.Doc, text: string, round: RoundName = 'standup'): void {
  doc.transact(() => {
    const standup = readStandup(doc, round);
    if (standup) standupMap(doc, round).set('notes', { runId: standup.id, text: text.slice(0, NOTES_MAX) });
  });
}

/**
 * Ends the stand-up and records it in the history: date, total duration and how many attended.
 * Nothing per person is stored, by design: no speaking times, no participation.
 */
export function endStandup(doc: Y.Doc, now: number, round: RoundName = 'standup'): void {
  doc.transact(() => {
    const standup = readStandup(doc, round);
    if (!standup || standup.endedAt !== null) return;
    const endedAt = Math.max(now, standup.startedAt);
    standupMap(doc, round).set('end', { runId: standup.id, endedAt });
    if (round !== 'standup') return;
    const record: StandupRecord = {
      id: standup.id,
      date: standup.date,
      durationMs: endedAt - standup.startedAt,
      attended: attendance(standup).attended,
    };
    historyArray(doc).push([record]);
  });
}
