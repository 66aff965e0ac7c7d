// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useRef, useState } from 'preact/hooks';
import { focusRecordsToCsv, focusRecordsToJson } from '../../../shared/focus/export';
import { downloadText } from '../../lib/download';
import { useLocale, useT } from '../../stores/use-t';
import { useApp } from '../../stores/app-store';

/** The locally stored focus statistics: export as CSV or JSON, or delete after a confirmation. */
export function FocusRecordsManager() {
  const t = useT();
  const locale = useLocale();
  const records = useApp((state) => state.records);
  const clearRecords = useApp((state) => state.clearRecords);
  const kept = useApp((state) => state.policy.policy.keepFocusStatistics);
  const dialog = useRef<HTMLDialogElement>(null);
  const [message, setMessage] = useState('');
  const sessions = records.filter((record) => record.completed).length;
  const minutes = Math.round(records.reduce((sum, record) => sum + record.focusedMs, 0) / 60_000);
  const stamp = new Date().toISOString().slice(0, 10);

  const confirmClear = async () => {
    dialog.current?.close();
    const cleared = await clearRecords();
    setMessage(cleared ? t('options.cleared') : t('focus.backgroundUnavailable'));
  };

  if (!kept) {
    // Nothing is kept (the background deleted what was): nothing to export or delete.
    return (
      <section class="section" aria-labelledby="records-heading">
        <h2 id="records-heading">{t('options.statsHeading')}</h2>
        <p data-testid="stats-off">{t('options.statsOff')}</p>
      </section>
    );
  }
  return (
    <section class="section" aria-labelledby="records-heading">
      <h2 id="records-heading">{t('options.statsHeading')}</h2>
      <p data-testid="records-summary">{t('options.statsSummary', sessions, minutes)}</p>
      <div class="actions">
        <button
          type="button"
          class="button"
          onClick={() =>
            downloadText(`focus-statistics-${stamp}.csv`, 'text/csv', focusRecordsToCsv(records, t, locale))
          }
        >
          {t('options.exportCsv')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() =>
            downloadText(`focus-statistics-${stamp}.json`, 'application/json', focusRecordsToJson(records, Date.now()))
          }
        >
          {t('options.exportJson')}
        </button>
        <button type="button" class="button" onClick={() => dialog.current?.showModal()}>
          {t('options.clear')}
        </button>
      </div>
      <div role="status">{message && <p class="notice">{message}</p>}</div>
      <dialog ref={dialog} class="dialog" aria-labelledby="clear-title" aria-describedby="clear-text">
        <h2 id="clear-title">{t('options.clearConfirmTitle')}</h2>
        <p id="clear-text">{t('options.clearConfirmText')}</p>
        <div class="actions">
          <button type="button" class="button" onClick={() => dialog.current?.close()} autoFocus>
            {t('options.cancel')}
          </button>
          <button type="button" class="button button--danger" onClick={() => void confirmClear()}>
            {t('options.clearConfirm')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
