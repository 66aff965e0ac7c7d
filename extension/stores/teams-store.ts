import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { useStore } from 'zustand';
import { type StoreApi, createStore } from 'zustand/vanilla';
import { fromBase64Url, toBase64Url } from '../../shared/encoding/base64url';
import { toHex } from '../../shared/encoding/hex';
import { isInsecureServer } from '../../shared/preferences';
import { type Result, err, ok } from '../../shared/result';
import { type CreateBoardError, type FetchLike, createBoard } from '../../shared/sync/access';
import { deriveBoardKeys } from '../../shared/sync/crypto';
import { type InviteError, formatInvite, parseInvite } from '../../shared/sync/invite';
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
  }) => Promise<Result<TeamRecord, CreateBoardError>>;
  /** Joins from an invite link; a team already joined is simply opened. */
  join: (link: string, memberName: string) => Promise<Result<{ record: TeamRecord; existed: boolean }, JoinError>>;
  update: (boardId: string, patch: Partial<Pick<TeamRecord, 'memberName' | 'teamName' | 'creator'>>) => Promise<void>;
  /** Forgets a team on this device (its local board copy is erased by the caller). */
  forget: (boardId: string) => Promise<void>;
  /** Removes the unreadable entries from storage for good. */
  dropDamaged: () => Promise<void>;
}

/**
 * `other-server`: the web app only reaches its own server (its CSP allows nothing else).
 * `insecure-server`: plain http to another computer would send tokens and metadata in clear.
 * `wrong-key`: an edit link whose key does not belong to the team this device follows read-only.
 */
export type JoinError = InviteError | 'other-server' | 'insecure-server' | 'wrong-key';

export interface TeamsStoreDeps {
  /** Writes the team list; unreadable entries are passed along so that they are kept. */
  writeTeams: (entries: readonly unknown[]) => Promise<void>;
  writeActive: (boardId: string | null) => Promise<void>;
  /** The only server this shell may join teams on (the web app's own origin); any if absent. */
  onlyServer?: string;
  fetch: FetchLike;
  crypto: Crypto;
  now: () => number;
}

export type TeamsStore = StoreApi<TeamsState>;

const newMemberId = (crypto: Crypto) => toHex(crypto.getRandomValues(new Uint8Array(8)));

export function createTeamsStore(deps: TeamsStoreDeps): TeamsStore {
  return createStore<TeamsState>()((set, get) => {
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
      create: async ({ server, teamName, memberName }) => {
        const created = await createBoard(deps.fetch, deps.crypto, server);
        if (!created.ok) return err(created.error);
        const { invite } = created.value;
        const record: TeamRecord = {
          boardId: invite.boardId,
          server: invite.server,
          role: 'edit',
          secret: toBase64Url(invite.secret),
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
        const known = get().teams.find((team) => team.boardId === invite.boardId && team.server === invite.server);
        if (known) {
          // An edit link upgrades a read-only membership, if its key is the one the read-only key
          // comes from (else it would lock this member out); a read-only link never downgrades.
          const upgrade = known.role === 'read' && invite.role === 'edit';
          if (upgrade) {
            const { readSecret } = await deriveBoardKeys(deps.crypto, 'edit', invite.secret);
            if (toBase64Url(readSecret) !== known.secret) return err('wrong-key');
          }
          const upgraded: TeamRecord = upgrade ? { ...known, role: 'edit', secret: toBase64Url(invite.secret) } : known;
          await save(
            get().teams.map((team) => (team === known ? upgraded : team)),
            known.boardId,
          );
          return ok({ record: upgraded, existed: true });
        }
        const record: TeamRecord = {
          boardId: invite.boardId,
          server: invite.server,
          role: invite.role,
          secret: toBase64Url(invite.secret),
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

/** The invite links of a team: edit (only for editors) and read-only. */
export async function inviteLinks(record: TeamRecord, crypto: Crypto) {
  const secret = fromBase64Url(record.secret)!;
  const keys = await deriveBoardKeys(crypto, record.role, secret);
  const base = { server: record.server, boardId: record.boardId };
  return {
    edit: record.role === 'edit' ? formatInvite({ ...base, role: 'edit', secret }) : null,
    read: formatInvite({ ...base, role: 'read', secret: keys.readSecret }),
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

/** The teams of this device, for a page that only reads them (the retro board). */
export const readTeams = async (local: LocalStore) => parseTeams(await local.get(TEAMS_KEY));

export const TeamsStoreContext = createContext<TeamsStore | null>(null);

export function useTeams<T>(selector: (state: TeamsState) => T): T {
  const store = useContext(TeamsStoreContext);
  if (!store) throw new Error('useTeams outside TeamsStoreContext');
  return useStore(store, selector);
}
