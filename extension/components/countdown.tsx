import { formatClock } from '../../shared/focus/format';
import { useT } from '../stores/use-t';

/** Remaining time, or time over, as words a screen reader can read too. */
export function Countdown(props: { id: string; label: string; remainingMs: number; localNow: number }) {
  const { id, label, remainingMs } = props;
  const t = useT();
  const over = remainingMs < 0;
  return (
    <div
      class={`countdown${over ? ' countdown--over' : ''}`}
      data-testid={id}
      // When it reaches zero on this device's clock: lets tests compare members' countdowns exactly.
      data-deadline={Math.round(props.localNow + remainingMs)}
    >
      <span class="countdown__label">{label}</span>
      <span class="countdown__time">
        {over ? t('standup.over', formatClock(-remainingMs)) : t('standup.remaining', formatClock(remainingMs))}
      </span>
    </div>
  );
}
