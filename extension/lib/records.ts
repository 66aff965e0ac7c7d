// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as v from 'valibot';
import { FocusRecordsSchema, FocusTimerSchema } from '../../shared/focus/schemas';
import type { FocusRecord } from '../../shared/focus/stats';
import { type FocusTimer, INITIAL_FOCUS_TIMER } from '../../shared/focus/timer';
import { type Preferences, PreferencesSchema } from '../../shared/preferences';
import { INITIAL_PREFERENCES } from './build-mode';

// What this device keeps, and how each stored value is read back. Used by the extension's
// storage items and by the web app's local store alike; nothing here touches a browser API.

/**
 * Stored records are validated on every read: a damaged value falls back field by field, so one
 * bad field never costs the others.
 */
export function parsePreferences(raw: unknown): Preferences {
  const whole = v.safeParse(PreferencesSchema, raw);
  if (whole.success) return whole.output;
  const fields = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const pick = <S extends v.GenericSchema>(schema: S, value: unknown, fallback: v.InferOutput<S>) => {
    const result = v.safeParse(schema, value);
    return result.success ? result.output : fallback;
  };
  return {
    language: pick(PreferencesSchema.entries.language, fields.language, INITIAL_PREFERENCES.language),
    sound: pick(PreferencesSchema.entries.sound, fields.sound, INITIAL_PREFERENCES.sound),
    focus: pick(PreferencesSchema.entries.focus, fields.focus, INITIAL_PREFERENCES.focus),
    server: pick(PreferencesSchema.entries.server, fields.server, INITIAL_PREFERENCES.server),
    notifyStandup: pick(
      PreferencesSchema.entries.notifyStandup,
      fields.notifyStandup,
      INITIAL_PREFERENCES.notifyStandup,
    ),
    retentionDays: pick(
      PreferencesSchema.entries.retentionDays,
      fields.retentionDays,
      INITIAL_PREFERENCES.retentionDays,
    ),
  };
}

export function parseFocusTimer(raw: unknown): FocusTimer {
  const result = v.safeParse(FocusTimerSchema, raw);
  return result.success ? result.output : INITIAL_FOCUS_TIMER;
}

/** Keeps every valid record and drops only damaged ones. */
export function parseFocusRecords(raw: unknown): FocusRecord[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((entry) => v.is(FocusRecordsSchema.item, entry));
}

/**
 * A team this browser belongs to: where its board is, the secret from the invite link (the only
 * copy of the team key on this device), and who this person is in it.
 */
export interface TeamRecord {
  boardId: string;
  server: string;
  role: 'edit' | 'read';
  /** base64url */
  secret: string;
  /**
   * The key schedule of the link (absent: 1, as every record stored before signatures). 2: editors
   * sign, and the record of a read-only member holds the editors' public key.
   */
  keyVersion?: 2;
  /** base64url; version-2 read-only members only. */
  verifyKey?: string;
  /** Random id of this person in this team; other teams never see it. */
  memberId: string;
  memberName: string;
  /** Shown in the team list before the board has loaded. */
  teamName: string;
  /** Set for the person who created the team: they initialise the empty board. */
  creator: boolean;
  joinedAt: number;
}

const TeamRecordSchema = v.pipe(
  v.object({
    boardId: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)),
    server: v.string(),
    role: v.picklist(['edit', 'read']),
    secret: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/)),
    keyVersion: v.optional(v.literal(2)),
    verifyKey: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{43}$/))),
    memberId: v.pipe(v.string(), v.regex(/^[0-9a-f]{16,32}$/)),
    memberName: v.string(),
    teamName: v.string(),
    creator: v.boolean(),
    joinedAt: v.number(),
  }),
  // A version-2 read-only member cannot check signatures without the editors' key.
  v.check((record) => record.keyVersion !== 2 || record.role === 'edit' || record.verifyKey !== undefined),
);

/** Keeps every valid team record; a damaged one is left out alone (its board stays in IndexedDB). */
export function parseTeams(raw: unknown): TeamRecord[] {
  return readTeamRecords(raw).teams;
}

/**
 * The stored team list split into what can be used and what cannot: a damaged entry holds the
 * only copy of a team's key on this device, so it is kept as it is (and written back) until the
 * person removes it, rather than being dropped without a word.
 */
export function readTeamRecords(raw: unknown): { teams: TeamRecord[]; damaged: unknown[] } {
  if (raw === undefined || raw === null) return { teams: [], damaged: [] };
  if (!Array.isArray(raw)) return { teams: [], damaged: [raw] };
  const teams: TeamRecord[] = [];
  const damaged: unknown[] = [];
  for (const entry of raw) {
    if (v.is(TeamRecordSchema, entry)) teams.push(entry);
    else damaged.push(entry);
  }
  return { teams, damaged };
}

export function parseTodayPlan(raw: unknown, today: string): string[] {
  const plan = raw as { date?: unknown; items?: unknown } | null;
  if (plan?.date !== today || !Array.isArray(plan.items)) return [];
  return plan.items.filter((item): item is string => typeof item === 'string').slice(0, 20);
}
