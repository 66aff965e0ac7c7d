// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import * as v from 'valibot';
import { type LanguagePreference, LanguagePreferenceSchema } from './i18n/locale';
import { type Preferences, normalizeServer } from './preferences';

/**
 * Settings an organisation's IT sets by policy (`storage.managed`: Chrome's and Edge's `3rdparty`
 * policy, Firefox's `3rdparty` in policies.json). Each wins over the member's own choice. The
 * schema the browser checks is `extension/public/managed-schema.json`; docs/rollout.md names them.
 */
export interface ManagedPolicy {
  /** The sync server new teams are created on. */
  syncServer?: string;
  /** Whether members may not change `syncServer` (it is a default they may change otherwise). */
  syncServerLocked: boolean;
  /** The only servers teams may be created on or joined from (`syncServer` is always among them). */
  allowedServers?: string[];
  /** How long a new team or retro is kept once unused, in days. */
  defaultRetentionDays?: number;
  /** The most days a member may choose. */
  maxRetentionDays?: number;
  language?: LanguagePreference;
  /** Where barriers are reported: a `mailto:` address or an https page. */
  accessibilityContact?: string;
  /** The organisation's own privacy notice (an https page), linked instead of the built-in one. */
  privacyNotice?: string;
  /** false: personal focus statistics are not kept (and what was kept is deleted). */
  keepFocusStatistics: boolean;
}

export const NO_POLICY: ManagedPolicy = { syncServerLocked: false, keepFocusStatistics: true };

/**
 * The links a web app server's operator sets (`ACCESSIBILITY_CONTACT`, `PRIVACY_NOTICE`), by the
 * policy setting they stand for, and the meta tag that brings each to the page.
 */
export const OPERATOR_LINK_METAS = {
  accessibilityContact: 'accessibility-contact',
  privacyNotice: 'privacy-notice',
} as const;
export type OperatorLinks = Partial<Record<keyof typeof OPERATOR_LINK_METAS, string>>;

/** The policy names, in the order the settings page lists them. */
export const POLICY_KEYS = [
  'syncServer',
  'syncServerLocked',
  'allowedServers',
  'defaultRetentionDays',
  'maxRetentionDays',
  'language',
  'accessibilityContact',
  'privacyNotice',
  'keepFocusStatistics',
] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

/** Days a board may be kept unused: the server's default and, unless its operator allows more, its maximum. */
export const RETENTION_DAYS = { default: 90, max: 365, limit: 3650 } as const;
export const RETENTION_RANGE = { min: 1, max: RETENTION_DAYS.limit };

/** What IT set that could not be used: the setting's name and whether it is unknown or invalid. */
export interface PolicyProblem {
  key: string;
  kind: 'invalid' | 'unknown';
}

export interface ReadPolicy {
  policy: ManagedPolicy;
  /** The settings that were set, valid or not (for "set by your organisation"). */
  set: PolicyKey[];
  problems: PolicyProblem[];
}

const ServerSchema = v.pipe(
  v.string(),
  v.check((text) => normalizeServer(text) !== null),
  v.transform((text) => normalizeServer(text)!),
);
const DaysSchema = v.pipe(v.number(), v.integer(), v.minValue(RETENTION_RANGE.min), v.maxValue(RETENTION_RANGE.max));
/** An https address with a host name, no spaces (a page where barriers are reported, a privacy notice). */
const HTTPS_PAGE = /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?([/?#][^\s]*)?$/i;
const ContactSchema = v.pipe(
  v.string(),
  v.trim(),
  v.check((text) => /^mailto:[^\s@/]+@[^\s@/]+\.[^\s@/]+$/i.test(text) || HTTPS_PAGE.test(text)),
);

const SCHEMAS = {
  syncServer: ServerSchema,
  syncServerLocked: v.boolean(),
  allowedServers: v.array(v.string()),
  defaultRetentionDays: DaysSchema,
  maxRetentionDays: DaysSchema,
  language: LanguagePreferenceSchema,
  accessibilityContact: ContactSchema,
  privacyNotice: v.pipe(
    v.string(),
    v.trim(),
    v.check((text) => HTTPS_PAGE.test(text)),
  ),
  keepFocusStatistics: v.boolean(),
} satisfies Record<PolicyKey, v.GenericSchema>;

/**
 * Reads what `storage.managed` returned. Every setting is checked on its own: a bad value is
 * reported and its default applies, and nothing IT sets can break the extension. Two rules keep
 * the policy safe rather than lenient: a server list keeps its valid entries (an empty result
 * allows only `syncServer`), and a lock without a server is no lock.
 */
export function readPolicy(raw: unknown): ReadPolicy {
  const fields = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const problems: PolicyProblem[] = [];
  const set: PolicyKey[] = [];
  const policy: ManagedPolicy = { ...NO_POLICY };
  const accept = <K extends PolicyKey>(key: K): v.InferOutput<(typeof SCHEMAS)[K]> | undefined => {
    if (fields[key] === undefined) return undefined;
    set.push(key);
    const result = v.safeParse(SCHEMAS[key], fields[key]);
    if (!result.success) problems.push({ key, kind: 'invalid' });
    return result.success ? result.output : undefined;
  };
  for (const key of Object.keys(fields)) {
    if (!(POLICY_KEYS as readonly string[]).includes(key)) problems.push({ key, kind: 'unknown' });
  }
  policy.syncServer = accept('syncServer');
  const locked = accept('syncServerLocked');
  if (locked && policy.syncServer === undefined) problems.push({ key: 'syncServerLocked', kind: 'invalid' });
  policy.syncServerLocked = locked === true && policy.syncServer !== undefined;
  const servers = accept('allowedServers');
  if (servers) {
    const valid = servers.map((text) => normalizeServer(text)).filter((url): url is string => url !== null);
    if (valid.length < servers.length) problems.push({ key: 'allowedServers', kind: 'invalid' });
    policy.allowedServers = [...new Set([...valid, ...(policy.syncServer ? [policy.syncServer] : [])])];
  }
  policy.maxRetentionDays = accept('maxRetentionDays');
  const days = accept('defaultRetentionDays');
  if (days !== undefined && policy.maxRetentionDays !== undefined && days > policy.maxRetentionDays) {
    problems.push({ key: 'defaultRetentionDays', kind: 'invalid' });
  } else policy.defaultRetentionDays = days;
  policy.language = accept('language');
  policy.accessibilityContact = accept('accessibilityContact');
  policy.privacyNotice = accept('privacyNotice');
  policy.keepFocusStatistics = accept('keepFocusStatistics') ?? true;
  return { policy: stripUndefined(policy), set, problems };
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}

/** The longest a member may keep a board: the organisation's maximum, else the server's usual one. */
export const maxRetention = (policy: ManagedPolicy) => policy.maxRetentionDays ?? RETENTION_DAYS.max;

/** The days a board is kept when the member has not chosen. */
export const defaultRetention = (policy: ManagedPolicy) =>
  Math.min(policy.defaultRetentionDays ?? RETENTION_DAYS.default, maxRetention(policy));

/**
 * The settings in force: the member's, overruled by the organisation's. `unsetServer` is the
 * build's starting server, which counts as "not chosen" so that an unlocked policy server
 * replaces it.
 */
export function effectivePreferences(
  preferences: Preferences,
  policy: ManagedPolicy,
  unsetServer: string,
): Preferences {
  const chosen = preferences.server !== '' && preferences.server !== unsetServer;
  const server =
    policy.syncServer !== undefined && (policy.syncServerLocked || !chosen) ? policy.syncServer : preferences.server;
  return {
    ...preferences,
    language: policy.language ?? preferences.language,
    server,
    retentionDays: Math.min(preferences.retentionDays ?? defaultRetention(policy), maxRetention(policy)),
  };
}

/** Whether the organisation lets this extension use a server (to create a team on or join from). */
export function serverAllowed(policy: ManagedPolicy, server: string): boolean {
  return policy.allowedServers === undefined || policy.allowedServers.includes(server);
}
