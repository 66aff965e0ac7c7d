// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { Countdown } from '../../components/countdown';
import { FloatButton, FloatingPortal, useFloatingWindow } from '../../components/floating-window';
import { LiveRegion } from '../../components/live-region';
import type { Translate } from '../../../shared/i18n/locale';
import { PHASES, type RetroPhase } from '../../../shared/retro/model';
import { useT } from '../../stores/use-t';
import { useRetroData } from './retro-context';

/** "Phase 3 of 9: Write". */
export const phaseHeading = (t: Translate, phase: RetroPhase) =>
  t('retro.phaseOf', PHASES.indexOf(phase) + 1, PHASES.length, t(`retro.phase.${phase}`));

/**
 * The retro's phase and its timer in a small window over the video call, with the button that opens
 * it. The phase is announced politely when it changes.
 */
export function FloatingPhase({
  phase,
  remainingMs,
  paused,
}: {
  phase: RetroPhase;
  remainingMs: number | null;
  paused: boolean;
}) {
  const t = useT();
  const title = useRetroData((data) => data.settings.title) || t('retro.untitled');
  const floating = useFloatingWindow(t('floating.retroTitle', title));
  const phaseName = phaseHeading(t, phase);
  return (
    <>
      <FloatButton floating={floating} label={t('floating.floatTimer')} />
      <FloatingPortal floating={floating}>
        <h1 class="floating__label">{title}</h1>
        <p class="floating__speaker" data-testid="floating-phase">
          {phaseName}
        </p>
        {remainingMs === null ? (
          <p class="muted">{t('floating.noTimer')}</p>
        ) : (
          <Countdown
            id="floating-phase-timer"
            label={t('retro.timer')}
            remainingMs={remainingMs}
            pausedNote={paused ? t('standup.paused') : undefined}
          />
        )}
        <LiveRegion message={phaseName} />
      </FloatingPortal>
    </>
  );
}
