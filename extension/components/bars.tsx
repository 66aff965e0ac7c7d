// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/**
 * How many chose what, as horizontal bars with the numbers beside them: readable at side-panel
 * width, and a plain list of "label: number" for screen readers (the bars are decoration).
 */
export function Bars({ rows, label }: { rows: { label: string; count: number }[]; label: string }) {
  const max = Math.max(1, ...rows.map((row) => row.count));
  return (
    <ul class="bars" aria-label={label}>
      {rows.map((row) => (
        <li key={row.label} class="bars__row">
          <span class="bars__label">{row.label}</span>
          <span class="bars__track" aria-hidden="true">
            <span class="bars__bar" style={{ width: `${(row.count / max) * 100}%` }} />
          </span>
          <span class="bars__count">
            <span class="visually-hidden">: </span>
            {row.count}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * A value on a scale from `min` to `max` as a filled track with the number beside it (the mean of a
 * health statement); the text says it in words for screen readers.
 */
export function ScaleBar({ value, min, max, text }: { value: number; min: number; max: number; text: string }) {
  const share = Math.min(1, Math.max(0, (value - min) / (max - min)));
  return (
    <span class="scale-bar">
      <span class="bars__track" aria-hidden="true">
        <span class="bars__bar" style={{ width: `${share * 100}%` }} />
      </span>
      <span class="scale-bar__value">{text}</span>
    </span>
  );
}
