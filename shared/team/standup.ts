import * as Y from 'yjs';
import { DATE, type StandupRecord, type TeamSettings, historyArray } from './model';

/**
 * A stand-up as facts in the team document's `standup` map. Each part any member may change
 * independently is its own key, so concurrent edits to different parts all survive; each value
 * carries the run's id, so leftovers of an earlier or a concurrently started run are ignored.
 *
 * - `run`    { id, date, startedAt, totalMs, speakerMs }    set once when the stand-up starts
 * - `order`  { runId, ids }                                   speaker order (member ids)
 * - `turn`   { runId, index, startRunning }                  whose turn, and when it began
 * - `clock`  { runId, pausedAt, pausedMs }                   pauses of the whole stand-up
 * - `end`    { runId, endedAt }
 * - `notes`  { runId, text }
 * - `marks`  Y.Map<"runId|memberId", { absent, representedBy }>
 *
 * Times are server time in ms (local clock plus the sync session's offset). "Running time" is the
 * time the stand-up has been running, pauses excluded; a turn remembers the running time at which
 * it began, so both countdowns follow from the facts and the clock alone.
 */
export interface Mark {
  absent: boolean;
  /** A deputy who speaks for this member. */
  representedBy: string | null;
}

export interface Standup {
  id: string;
  date: string;
  startedAt: number;
  totalMs: number;
  speakerMs: number;
  order: string[];
  /** Position in `order`; `order.length` when everyone has spoken. */
  index: number;
  startRunning: number;
  pausedAt: number | null;
  pausedMs: number;
  endedAt: number | null;
  notes: string;
  marks: Record<string, Mark>;
}

export const NOTES_MAX = 5000;
export const DEPUTY_MAX = 60;

/**
 * A timeboxed round-robin lives in one map: the daily stand-up in `standup`, a check-in round in
 * `checkinRound`. Both work the same; only a stand-up is recorded in the history.
 */
export type RoundName = 'standup' | 'checkinRound';

const standupMap = (doc: Y.Doc, round: RoundName) => doc.getMap<unknown>(round);
const marksMap = (doc: Y.Doc, round: RoundName) => {
  const map = standupMap(doc, round);
  let marks = map.get('marks');
  if (!(marks instanceof Y.Map)) {
    marks = new Y.Map<unknown>();
    map.set('marks', marks);
  }
  return marks as Y.Map<unknown>;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const nonNegative = (value: unknown): number => (finite(value) && value > 0 ? value : 0);
const ID = /^[0-9a-f]{16,32}$/;

/** The stand-up as it stands, normalised so that any merge of valid edits reads as a valid state. */
export function readStandup(doc: Y.Doc, round: RoundName = 'standup'): Standup | null {
  const map = standupMap(doc, round);
  const run = map.get('run');
  if (!isRecord(run) || typeof run.id !== 'string' || !ID.test(run.id)) return null;
  if (typeof run.date !== 'string' || !DATE.test(run.date) || !finite(run.startedAt)) return null;
  const id = run.id;
  const part = (key: string) => {
    const value = map.get(key);
    return isRecord(value) && value.runId === id ? value : null;
  };
  const rawOrder = part('order')?.ids;
  const order = Array.isArray(rawOrder)
    ? [...new Set(rawOrder.filter((entry): entry is string => typeof entry === 'string' && ID.test(entry)))]
    : [];
  const turn = part('turn');
  const index = finite(turn?.index) ? Math.min(Math.max(0, Math.floor(turn.index)), order.length) : 0;
  const clock = part('clock');
  const end = part('end');
  const notes = part('notes');
  const marks: Record<string, Mark> = {};
  const rawMarks = map.get('marks');
  if (rawMarks instanceof Y.Map) {
    rawMarks.forEach((value, key) => {
      const [runId, memberId] = key.split('|');
      if (runId !== id || !memberId || !isRecord(value)) return;
      const deputy = typeof value.representedBy === 'string' ? value.representedBy.trim().slice(0, DEPUTY_MAX) : '';
      marks[memberId] = { absent: value.absent === true, representedBy: deputy || null };
    });
  }
  const startedAt = run.startedAt;
  const pausedAt = finite(clock?.pausedAt) ? Math.max(clock.pausedAt, startedAt) : null;
  return {
    id,
    date: run.date,
    startedAt,
    totalMs: Math.max(60_000, nonNegative(run.totalMs)),
    speakerMs: Math.max(10_000, nonNegative(run.speakerMs)),
    order,
    index,
    startRunning: nonNegative(turn?.startRunning),
    pausedAt,
    pausedMs: nonNegative(clock?.pausedMs),
    endedAt: finite(end?.endedAt) ? Math.max(end.endedAt, startedAt) : null,
    notes: typeof notes?.text === 'string' ? notes.text.slice(0, NOTES_MAX) : '',
    marks,
  };
}

/** Time the stand-up has been running at `now`, pauses excluded; it never runs backwards. */
export function runningTime(standup: Standup, now: number): number {
  const until = Math.min(standup.endedAt ?? Infinity, standup.pausedAt ?? Infinity, now);
  return Math.max(0, until - standup.startedAt - standup.pausedMs);
}

export interface StandupClock {
  /** Negative once the overall timebox is used up. */
  overallRemainingMs: number;
  /** Negative once the speaker is over time; null when nobody is speaking. */
  speakerRemainingMs: number | null;
  paused: boolean;
}

export function standupClock(standup: Standup, now: number): StandupClock {
  const running = runningTime(standup, now);
  const speaking = currentSpeaker(standup) !== null && standup.endedAt === null;
  return {
    overallRemainingMs: standup.totalMs - running,
    speakerRemainingMs: speaking ? standup.speakerMs - Math.max(0, running - standup.startRunning) : null,
    paused: standup.pausedAt !== null && standup.endedAt === null,
  };
}

const isAbsent = (standup: Standup, memberId: string | undefined) =>
  memberId !== undefined && standup.marks[memberId]?.absent === true;

/** The first position at or after `from` whose member is not absent; `order.length` if none. */
function presentFrom(standup: Standup, from: number): number {
  let index = Math.max(0, from);
  while (index < standup.order.length && isAbsent(standup, standup.order[index])) index += 1;
  return index;
}

/** Who speaks now: the turn's member, or the next one present if that member was marked absent. */
export function currentSpeaker(standup: Standup): { index: number; memberId: string } | null {
  if (standup.endedAt !== null) return null;
  const index = presentFrom(standup, standup.index);
  const memberId = standup.order[index];
  return memberId === undefined ? null : { index, memberId };
}

/** Members still to speak after the current one, absent ones left out. */
export function upcoming(standup: Standup): string[] {
  const current = currentSpeaker(standup);
  const from = current ? current.index + 1 : standup.order.length;
  return standup.order.slice(from).filter((id) => !isAbsent(standup, id));
}

/** A fair shuffle (Fisher–Yates) with the randomness passed in. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

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

/** Members who took part: neither absent nor represented by a deputy. */
export function attendance(standup: Standup) {
  const marks = standup.order.map((id) => standup.marks[id]);
  return {
    attended: marks.filter((mark) => !mark?.absent && !mark?.representedBy).length,
    represented: marks.filter((mark) => mark?.representedBy).length,
    absent: marks.filter((mark) => mark?.absent).length,
  };
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
