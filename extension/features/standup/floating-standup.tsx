// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { Countdown } from '../../components/countdown';
import { type Floating, FloatingPortal } from '../../components/floating-window';
import { LiveRegion } from '../../components/live-region';
import type { Standup, StandupClock } from '../../../shared/team/standup';
import { upcoming } from '../../../shared/team/standup';
import { useT } from '../../stores/use-t';

interface Props {
  floating: Floating;
  standup: Standup;
  clock: StandupClock;
  localNow: number;
  /** Who speaks, as the side panel names them; null once everyone has spoken. */
  speaker: string | null;
  nameOf: (memberId: string) => string;
  /** Next and Back, for whoever may advance; null for the others. */
  controls: { next: () => void; back: () => void; atStart: boolean } | null;
  message: string;
}

/**
 * The running stand-up in a small window over the video call: who speaks, both countdowns, who is
 * next, and Next/Back. Rendered from the side panel's own state, so it never lags behind it.
 */
export function FloatingStandup(props: Props) {
  const { floating, standup, clock, localNow, speaker, nameOf, controls, message } = props;
  const t = useT();
  const next = upcoming(standup)[0];
  return (
    <FloatingPortal floating={floating}>
      <h1 class="floating__label">{t('standup.speaking')}</h1>
      <p class="floating__speaker" data-testid="floating-speaker">
        {speaker ?? t('floating.everyoneSpoke')}
      </p>
      {clock.speakerRemainingMs !== null && (
        <Countdown
          id="floating-speaker-time"
          label={t('standup.speakerTime')}
          remainingMs={clock.speakerRemainingMs}
          localNow={localNow}
        />
      )}
      <Countdown
        id="floating-overall-time"
        label={t('standup.overallTime')}
        remainingMs={clock.overallRemainingMs}
        localNow={localNow}
        pausedNote={clock.paused ? t('standup.paused') : undefined}
      />
      <p class="floating__next" data-testid="floating-next">
        {next ? t('floating.next', nameOf(next)) : t('floating.nobodyNext')}
      </p>
      {controls && (
        <div class="floating__controls">
          <button type="button" class="button" onClick={controls.back} disabled={controls.atStart}>
            {t('standup.back')}
          </button>
          <button type="button" class="button button--primary" onClick={controls.next} disabled={speaker === null}>
            {t('standup.next')}
          </button>
        </div>
      )}
      <LiveRegion message={message} />
    </FloatingPortal>
  );
}
