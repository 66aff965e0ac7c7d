// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'preact/hooks';
import type { BoardChangeError } from '../../../shared/sync/access';
import { teamJson } from '../../../shared/team/export';
import { Confirm } from '../../components/confirm';
import { downloadText } from '../../lib/download';
import { localDate } from '../../lib/ids';
import { useT } from '../../stores/use-t';
import { useTeams } from '../../stores/teams-store';
import { useTeam } from '../../base/team-context';

/** Downloads everything on the team board as this device has it: works offline and after erasure. */
export function useTeamExport(): () => void {
  const { team } = useTeam();
  return () => {
    const view = team.store.getState().data;
    downloadText(`team-${localDate(Date.now())}.json`, 'application/json', teamJson(view, new Date().toISOString()));
  };
}

/** The team's data: download it all; editors can erase the team from the server for everyone. */
export function TeamDataSection() {
  const t = useT();
  const { record, team } = useTeam();
  const forget = useTeams((state) => state.forget);
  const exportTeam = useTeamExport();
  const [step, setStep] = useState<'idle' | 'confirm' | 'erasing'>('idle');
  const [failure, setFailure] = useState<BoardChangeError | null>(null);

  const erase = async () => {
    setStep('erasing');
    setFailure(null);
    const erased = await team.erase();
    if (!erased.ok) {
      setFailure(erased.error);
      setStep('idle');
      return;
    }
    await forget(record.boardId);
  };

  return (
    <section class="fieldset" aria-labelledby="team-data-heading">
      <h2 id="team-data-heading">{t('data.heading')}</h2>
      <p class="muted">{t('data.hint')}</p>
      <button type="button" class="button" onClick={exportTeam}>
        {t('data.download')}
      </button>
      {record.role === 'edit' && step === 'confirm' && (
        <Confirm
          question={t('data.eraseConfirm', team.store.getState().data.name || record.teamName)}
          yes={t('data.eraseYes')}
          onYes={() => void erase()}
          onNo={() => setStep('idle')}
        />
      )}
      {record.role === 'edit' && step !== 'confirm' && (
        <button
          type="button"
          class="button button--danger"
          disabled={step === 'erasing'}
          onClick={() => setStep('confirm')}
        >
          {t(step === 'erasing' ? 'data.erasing' : 'data.erase')}
        </button>
      )}
      <div role="alert">{failure && <p class="notice notice--error">{t(`data.eraseFailed.${failure}`)}</p>}</div>
    </section>
  );
}
