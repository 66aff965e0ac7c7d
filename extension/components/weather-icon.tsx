// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
/**
 * The mood check's weather, drawn here rather than as emoji: office PCs often lack an emoji font and
 * show empty boxes. Lines in the text colour, so they follow the theme and forced colours; the
 * label next to each icon names it (the icon itself is decoration).
 */
const SUN = (
  <>
    <circle cx="12" cy="12" r="4" />
    <path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1" />
  </>
);
const CLOUD = <path d="M7 18h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.2 11.1 3.5 3.5 0 0 0 7 18Z" />;

const ICONS: Record<number, preact.JSX.Element> = {
  1: (
    <>
      <path d="M7 15h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.2 8.1 3.5 3.5 0 0 0 7 15Z" />
      <path d="m12 15-2 4h3l-2 4" />
    </>
  ),
  2: (
    <>
      <path d="M7 15h10a4 4 0 0 0 .6-7.95A6 6 0 0 0 6.2 8.1 3.5 3.5 0 0 0 7 15Z" />
      <path d="M8 18l-1 3M12 18l-1 3M16 18l-1 3" />
    </>
  ),
  3: CLOUD,
  4: (
    <>
      <circle cx="8" cy="8" r="3" />
      <path d="M8 2v1.5M2 8h1.5M3.8 3.8l1 1M12.2 3.8l-1 1" />
      <path d="M9 20h9a3.5 3.5 0 0 0 .5-6.96A5 5 0 0 0 9.1 13.2 3.4 3.4 0 0 0 9 20Z" />
    </>
  ),
  5: SUN,
};

export function WeatherIcon({ value }: { value: number }) {
  return (
    <svg
      class="weather-icon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="1.75"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      {ICONS[value]}
    </svg>
  );
}
