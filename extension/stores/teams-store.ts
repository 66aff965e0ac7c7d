// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useStore } from '../lib/use-store';
import { type StoreApi, createStore } from 'zustand/vanilla';
import { fromBase64Url, toBase64Url } from '../../shared/encoding/base64url';
import { toHex } from '../../shared/encoding/hex';
import { isInsecureServer } from '../../shared/preferences';
import { type Result, err, ok } from '../../shared/result';
import { type CreateBoardError, type FetchLike, createBoard } from '../../shared/sync/access';
import { deriveBoardKeys } from '../../shared/sync/crypto';
import { type Invite, type InviteError, formatInvite, parseInvite } from '../../shared/sync/invite';
import type { Bytes } from '../../shared/encoding/bytes';
import { recordKeys } from '../lib/record-keys';
import type { LocalStore } from '../lib/local-store';
import { type TeamRecord, parseTeams, readTeamRecords } from '../lib/records';

/** The teams of this browser and which one the side panel shows. */
export interface TeamsState {
  loaded: boolean;
  teams: TeamRecord[];
  /** Stored entries that could not be read; kept in storage until `dropDamaged`. */
  damaged: unknown[];
  active: string | null;
  select: (boardId: string | null) => Promise<void>;
  create: (input: {
    server: string;
    teamName: string;
    memberName: string;
    /** Days the server keeps the team once unused; the server's default if absent. */
    retentionDays?: number;
  }) => Promise<Result<TeamRecord, CreateBoardError | 'server-not-allowed'>>;
  /** Joins from an invite link; a team already joined is simply opened. */
  join: (link: string, memberName: string) => Promise<Result<{ record: TeamRecord; existed: boolean }, JoinError>>;
  update: (
    boardId: string,
    patch: Partial<Pick<TeamRecord, 'memberName' | 'teamName' | 'creator' | 'keyVersion'>>,
  ) => Promise<void>;
  /** Forgets a team on this device (its local board copy is erased by the caller). */
  forget: (boardId: string) => Promise<void>;
  /** Removes the unreadable entries from storage for good. */
  dropDamaged: () => Promise<void>;
}

/**
 * `other-server`: the web app only reaches its own server (its CSP allows nothing else).
 * `insecure-server`: plain http to another computer would send tokens and metadata in clear.
 * `wrong-key`: an edit link whose key does not belong to the team this device follows read-only.
 * `server-not-allowed`: the organisation's policy does not allow teams on that server.
 */
export type JoinError = InviteError | 'other-server' | 'insecure-server' | 'wrong-key' | 'server-not-allowed';

export interface TeamsStoreDeps {
  /** Writes the team list; unreadable entries are passed along so that they are kept. */
  writeTeams: (entries: readonly unknown[]) => Promise<void>;
  writeActive: (boardId: string | null) => Promise<void>;
  /** The only server this shell may join teams on (the web app's own origin); any if absent. */
  onlyServer?: string;
  /** The servers the organisation allows (`allowedServers` policy); any if it returns undefined. */
  allowedServers?: () => readonly string[] | undefined;
  fetch: FetchLike;
  crypto: Crypto;
  now: () => number;
}

export type TeamsStore = StoreApi<TeamsState>;

const newMemberId = (crypto: Crypto) => toHex(crypto.getRandomValues(new Uint8Array(8)));

export function createTeamsStore(deps: TeamsStoreDeps): TeamsStore {
  return createStore<TeamsState>()((set, get) => {
    const allowed = (server: string) => deps.allowedServers?.()?.includes(server) ?? true;
    const writeTeams = (teams: TeamRecord[]) => deps.writeTeams([...teams, ...get().damaged]);
    const save = async (teams: TeamRecord[], active: string | null) => {
      set({ teams, active });
      await writeTeams(teams);
      await deps.writeActive(active);
    };
    return {
      loaded: false,
      teams: [],
      damaged: [],
      active: null,
      select: async (boardId) => {
        set({ active: boardId });
        await deps.writeActive(boardId);
      },
      create: async ({ server, teamName, memberName, retentionDays }) => {
        if (!allowed(server)) return err('server-not-allowed');
        const created = await createBoard(deps.fetch, deps.crypto, server, { retentionDays });
        if (!created.ok) return err(created.error);
        const { invite } = created.value;
        const record: TeamRecord = {
          boardId: invite.boardId,
          server: invite.server,
          ...linkFields(invite),
          memberId: newMemberId(deps.crypto),
          memberName: memberName.trim(),
          teamName: teamName.trim(),
          creator: true,
          joinedAt: deps.now(),
        };
        await save([...get().teams, record], record.boardId);
        return ok(record);
      },
      join: async (link, memberName) => {
        const parsed = parseInvite(link);
        if (!parsed.ok) return parsed;
        const invite = parsed.value;
        if (isInsecureServer(invite.server)) return err('insecure-server');
        if (deps.onlyServer !== undefined && invite.server !== deps.onlyServer) return err('other-server');
        if (!allowed(invite.server)) return err('server-not-allowed');
        const known = get().teams.find((team) => team.boardId === invite.boardId && team.server === invite.server);
        if (known) {
          const merged = await mergeMembership(deps.crypto, known, invite);
          if (!merged.ok) return merged;
          await save(
            get().teams.map((team) => (team === known ? merged.value : team)),
            known.boardId,
          );
          return ok({ record: merged.value, existed: true });
        }
        const record: TeamRecord = {
          boardId: invite.boardId,
          server: invite.server,
          ...linkFields(invite),
          memberId: newMemberId(deps.crypto),
          memberName: memberName.trim(),
          teamName: '',
          creator: false,
          joinedAt: deps.now(),
        };
        await save([...get().teams, record], record.boardId);
        return ok({ record, existed: false });
      },
      update: async (boardId, patch) => {
        const teams = get().teams.map((team) => (team.boardId === boardId ? { ...team, ...patch } : team));
        if (teams.every((team, index) => team === get().teams[index])) return;
        set({ teams });
        await writeTeams(teams);
      },
      forget: async (boardId) => {
        const teams = get().teams.filter((team) => team.boardId !== boardId);
        await save(teams, get().active === boardId ? null : get().active);
      },
      dropDamaged: async () => {
        set({ damaged: [] });
        await writeTeams(get().teams);
      },
    };
  });
}

/** What a record keeps of the link it was joined with. */
function linkFields(invite: Invite): Pick<TeamRecord, 'role' | 'secret' | 'keyVersion' | 'verifyKey'> {
  return {
    role: invite.role,
    secret: toBase64Url(invite.secret),
    ...(invite.version === 2 ? { keyVersion: 2 as const } : {}),
    ...(invite.verifyKey ? { verifyKey: toBase64Url(invite.verifyKey) } : {}),
  };
}

/**
 * A link for a team this device is in already. An edit link makes a read-only member an editor,
 * and a newer link moves the record to signatures, but only if the link's keys are the team's
 * keys: the read secret (and the editors' public key) this device holds must follow from it.
 * Otherwise it is a forged or wrong link, which would lock this member out. A read-only link
 * never takes edit rights away.
 */
async function mergeMembership(
  crypto: Crypto,
  known: TeamRecord,
  invite: Invite,
): Promise<Result<TeamRecord, 'wrong-key'>> {
  const held = await recordKeys(crypto, known);
  const offered = await deriveBoardKeys(crypto, invite.role, invite.secret, {
    version: invite.version,
    verifyKey: invite.verifyKey,
  });
  const same = (a: Bytes | null, b: Bytes | null) => !a || !b || toBase64Url(a) === toBase64Url(b);
  const matches =
    toBase64Url(held.readSecret) === toBase64Url(offered.readSecret) &&
    same(held.verifyKeyBytes, offered.verifyKeyBytes) &&
    (known.role === 'read' || invite.role === 'read' || known.secret === toBase64Url(invite.secret));
  if (!matches) return err('wrong-key');
  const role = known.role === 'edit' || invite.role === 'edit' ? 'edit' : 'read';
  const secret = role === known.role ? known.secret : toBase64Url(invite.secret);
  const signed = known.keyVersion === 2 || invite.version === 2;
  const verifyKey =
    role === 'read' ? (known.verifyKey ?? (invite.verifyKey ? toBase64Url(invite.verifyKey) : undefined)) : undefined;
  const merged: TeamRecord = { ...known, role, secret, keyVersion: signed ? 2 : undefined, verifyKey };
  if (merged.keyVersion === undefined) delete merged.keyVersion;
  if (merged.verifyKey === undefined) delete merged.verifyKey;
  return ok(merged);
}

/**
 * The invite links of a team: edit (only for editors) and read-only, of the team's key schedule
 * (a read-only member of version 1 can hand on only the link it has).
 */
export async function inviteLinks(record: TeamRecord, crypto: Crypto) {
  const keys = await recordKeys(crypto, record);
  const base = { server: record.server, boardId: record.boardId, version: keys.version };
  const secret = fromBase64Url(record.secret)!;
  return {
    edit: record.role === 'edit' ? formatInvite({ ...base, role: 'edit', secret, verifyKey: null }) : null,
    read: formatInvite({
      ...base,
      role: 'read',
      secret: keys.readSecret,
      verifyKey: keys.version === 2 ? keys.verifyKeyBytes : null,
    }),
  };
}

const TEAMS_KEY = 'teams';
const ACTIVE_KEY = 'activeTeam';

/** A teams store that keeps its list in `local`, loaded now and kept in step with other pages. */
export function createStoredTeamsStore(
  local: LocalStore,
  deps: Omit<TeamsStoreDeps, 'writeTeams' | 'writeActive'>,
): TeamsStore {
  const store = createTeamsStore({
    ...deps,
    writeTeams: (teams) => local.set(TEAMS_KEY, teams),
    writeActive: (boardId) => local.set(ACTIVE_KEY, boardId),
  });
  void Promise.all([local.get(TEAMS_KEY), local.get(ACTIVE_KEY)]).then(([records, active]) => {
    const { teams, damaged } = readTeamRecords(records);
    const known = teams.find((team) => team.boardId === active);
    store.setState({ loaded: true, teams, damaged, active: known?.boardId ?? null });
  });
  // Another page (a second side panel, a tab) changed the list.
  local.watch(TEAMS_KEY, (records) => store.setState(readTeamRecords(records)));
  return store;
}

/** The team open now (or last, once loaded), if any. */
export const activeTeam = (state: TeamsState): TeamRecord | null =>
  state.teams.find((team) => team.boardId === state.active) ?? null;

/** The board of the team that was open last on this device, if any (the side panel opens it first). */
export const readActiveTeam = async (local: LocalStore): Promise<string | null> => {
  const active = await local.get(ACTIVE_KEY);
  return typeof active === 'string' ? active : null;
};

/** The teams of this device, for a page that only reads them (the retro board). */
export const readTeams = async (local: LocalStore) => parseTeams(await local.get(TEAMS_KEY));

export const TeamsStoreContext = createContext<TeamsStore | null>(null);

export function useTeams<T>(selector: (state: TeamsState) => T): T {
  const store = useContext(TeamsStoreContext);
  if (!store) throw new Error('useTeams outside TeamsStoreContext');
  return useStore(store, selector);
}
