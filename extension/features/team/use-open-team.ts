import { useEffect, useState } from 'preact/hooks';
import type { BoardDb } from '../../lib/board-db';
import type { TeamRecord } from '../../lib/storage';
import { type OpenTeam, openTeam } from './open-team';

/**
 * Opens a team's board while the component is mounted and closes it after: the document lives in
 * the page that shows it (docs/architecture.md). Follows the browser's online/offline events: drops
 * the socket when the network goes, and retries at once when it is back instead of after the backoff.
 */
export function useOpenTeam(record: TeamRecord, boardDb: Promise<BoardDb>): OpenTeam | 'failed' | null {
  const [team, setTeam] = useState<OpenTeam | 'failed' | null>(null);
  // The board opens once per team; a rename of the record must not reopen it.
  const { boardId } = record;
  useEffect(() => {
    let closed = false;
    let opened: OpenTeam | null = null;
    const online = () => opened?.board.session.reconnectNow();
    // The system says the network is gone: a socket may linger half-dead for minutes, so drop it
    // and show "offline" now; edits keep being saved locally.
    const offline = () => opened?.board.session.drop();
    void boardDb
      .then((db) => openTeam(record, db, () => Date.now()))
      .then(
        (result) => {
          if (closed) return void result.close();
          opened = result;
          setTeam(result);
        },
        // IndexedDB unavailable (e.g. disabled by policy) or a stored secret that cannot be used.
        () => !closed && setTeam('failed'),
      );
    window.addEventListener('online', online);
    window.addEventListener('offline', offline);
    const close = () => void opened?.close();
    window.addEventListener('pagehide', close);
    return () => {
      closed = true;
      window.removeEventListener('online', online);
      window.removeEventListener('offline', offline);
      window.removeEventListener('pagehide', close);
      close();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boardId, boardDb]);
  return team;
}
