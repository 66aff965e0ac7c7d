// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { Countdown } from '../../components/countdown';
import { useStore } from '../../lib/use-store';
import { PHASES, type RetroView, timerRemaining } from '../../../shared/retro/model';
import type { RetroLink } from '../../../shared/team/model';
import { useT } from '../../stores/use-t';
import type { BoardView } from '../../sync/board-store';
import { useServerNow, useTeam } from '../../base/team-context';
import { retroPageUrl } from './create-retro';
import type { OpenRetro } from './open-retro';
import { useOpenRetro } from './use-open-retro';

/** The side panel's compact view of a running retro: phase, timer, cards, and the way to the board. */
export function RetroCompact({ link }: { link: RetroLink }) {
  const { record, boardDb } = useTeam();
  const retro = useOpenRetro(record, link, boardDb);
  if (!retro || retro === 'failed') return null;
  return <CompactBody retro={retro} link={link} />;
}

function CompactBody({ retro, link }: { retro: OpenRetro; link: RetroLink }) {
  const t = useT();
  const { record } = useTeam();
  const view = useStore(retro.store, (state: BoardView<RetroView>) => state.data);
  const now = useServerNow(view.timer !== null && view.timer.pausedAt === null, 500);
  const remaining = view.timer ? timerRemaining(view.timer, now.server) : null;
  return (
    <section class="card" aria-labelledby="compact-retro-heading" data-testid="retro-compact">
      <h3 id="compact-retro-heading">{view.settings.title || t('retro.untitled')}</h3>
      <p>{t('retro.phaseOf', PHASES.indexOf(view.phase) + 1, PHASES.length, t(`retro.phase.${view.phase}`))}</p>
      {remaining !== null && <Countdown as="p" label={t('retro.timer')} remainingMs={remaining} />}
      <p class="muted">{t('retro.cards', view.cards.length)}</p>
      <a href={retroPageUrl(record.boardId, link.boardId)} target="_blank" rel="noopener">
        {t('retros.open', view.settings.title || t('retro.untitled'))}
      </a>
    </section>
  );
}
