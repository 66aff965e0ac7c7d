// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { formatClock } from '../../shared/focus/format';
import { useT } from '../stores/use-t';

/**
 * Remaining time, or time over, as words a screen reader can read too: the stand-up's speaker and
 * meeting clocks, the check-in round's, and a retro's phase timer.
 */
export function Countdown(props: {
  id?: string;
  label: string;
  remainingMs: number;
  /** This device's clock now; when given, the element carries the deadline it counts towards. */
  localNow?: number;
  /** Shown after the time while the countdown is paused. */
  pausedNote?: string;
  /** A paragraph where the countdown stands in running text (a card), a block elsewhere. */
  as?: 'div' | 'p';
  /** An Element Timing identifier for the time, where it is part of a view's first useful content. */
  elementTiming?: string;
}) {
  const { label, remainingMs, localNow } = props;
  const t = useT();
  const over = remainingMs < 0;
  const Tag = props.as ?? 'div';
  return (
    <Tag
      class={`countdown${over ? ' countdown--over' : ''}`}
      data-testid={props.id}
      // When it reaches zero on this device's clock: lets tests compare members' countdowns exactly.
      data-deadline={localNow === undefined ? undefined : Math.round(localNow + remainingMs)}
    >
      <span class="countdown__label">{label}</span>{' '}
      <span class="countdown__time" elementtiming={props.elementTiming}>
        {over ? t('standup.over', formatClock(-remainingMs)) : t('standup.remaining', formatClock(remainingMs))}
      </span>
      {props.pausedNote && <span> · {props.pausedNote}</span>}
    </Tag>
  );
}
