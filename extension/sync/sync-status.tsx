// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { Translate } from '../../shared/i18n/locale';
import type { BoardHealth } from './open-board';
import { LiveRegion } from '../components/live-region';

type Tone = 'ok' | 'busy' | 'warn' | 'error';

function describe(t: Translate, status: BoardHealth['status']): { tone: Tone; text: string } {
  switch (status.state) {
    case 'online':
      return { tone: 'ok', text: t('sync.online') };
    case 'connecting':
      return { tone: 'busy', text: t('sync.connecting') };
    case 'offline':
      return { tone: 'warn', text: t('sync.offline') };
    case 'error':
      return { tone: status.reason === 'unreachable' ? 'warn' : 'error', text: t(`sync.error.${status.reason}`) };
  }
}

/**
 * The connection as words and a shape, not colour alone. The state is announced politely when it
 * changes; the pending count is shown but not announced, or every keystroke would be read out.
 * Once the board is gone from the server (erased or expired), it offers the copy on this device.
 */
export function SyncStatus({
  t,
  health,
  onRetry,
  onExport,
}: {
  t: Translate;
  health: BoardHealth;
  onRetry: () => void;
  onExport: () => void;
}) {
  const { status } = health;
  const { tone, text } = describe(t, status);
  const canRetry = status.state === 'offline' || (status.state === 'error' && status.reason === 'unreachable');
  return (
    <section class={`sync-status sync-status--${tone}`} aria-label={t('sync.label')}>
      <p class="sync-status__line">
        <span class="sync-status__mark" aria-hidden="true" />
        <span>{text}</span>
        {status.pending > 0 && <span class="sync-status__pending">{t('sync.pending', status.pending)}</span>}
        {canRetry && (
          <button type="button" class="button button--small" onClick={onRetry}>
            {t('sync.retryNow')}
          </button>
        )}
      </p>
      {status.state === 'error' && status.reason === 'board-deleted' && (
        <button type="button" class="button button--small" onClick={onExport}>
          {t('sync.exportCopy')}
        </button>
      )}
      {health.recovered && <p class="sync-status__note">{t('sync.recovered')}</p>}
      {health.localSaveFailed && <p class="sync-status__note">{t('sync.localSaveFailed')}</p>}
      <LiveRegion message={text} />
    </section>
  );
}
