// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'preact/hooks';
import { useT } from '../../stores/use-t';
import { useTeam, useTeamData } from '../../base/team-context';

/**
 * Editor signatures: whether the team signs its changes, and for editors of a team that does not
 * yet, the move to signatures (docs/security.md, "Only editors can change content").
 */
export function SigningSection() {
  const t = useT();
  const { record, team } = useTeam();
  const signs = useTeamData((data) => data.signs);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [failed, setFailed] = useState(false);

  const move = async () => {
    setFailed(false);
    setProgress({ done: 0, total: 0 });
    const moved = await team.moveToSignatures((done, total) => setProgress({ done, total }));
    setProgress(null);
    setFailed(!moved.ok);
  };

  return (
    <section class="fieldset" aria-labelledby="signing-heading">
      <h2 id="signing-heading">{t('signing.heading')}</h2>
      <p data-testid="signing-state">{t(signs ? 'signing.on' : 'signing.off')}</p>
      {signs && <p class="muted">{t('signing.links')}</p>}
      {!signs && record.role === 'edit' && (
        <>
          <p class="muted">{t('signing.moveHint')}</p>
          <button type="button" class="button" disabled={progress !== null} onClick={() => void move()}>
            {t('signing.move')}
          </button>
        </>
      )}
      <div role="status">
        {progress && <p>{t('signing.moving', progress.done, progress.total)}</p>}
        {failed && <p class="notice notice--error">{t('signing.failed')}</p>}
      </div>
    </section>
  );
}
