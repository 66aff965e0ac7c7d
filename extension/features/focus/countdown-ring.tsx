// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
const RADIUS = 52;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** A ring that empties as the phase runs down; decorative, the time is given as text beside it. */
export function CountdownRing({ fraction, tone }: { fraction: number; tone: 'focus' | 'break' }) {
  const clamped = Math.min(1, Math.max(0, fraction));
  return (
    <svg class="ring" viewBox="0 0 120 120" aria-hidden="true" focusable="false">
      <circle class="ring__track" cx="60" cy="60" r={RADIUS} />
      <circle
        class={`ring__progress ring__progress--${tone}`}
        cx="60"
        cy="60"
        r={RADIUS}
        stroke-dasharray={CIRCUMFERENCE}
        stroke-dashoffset={CIRCUMFERENCE * (1 - clamped)}
      />
    </svg>
  );
}
