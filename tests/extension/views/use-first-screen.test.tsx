// @vitest-environment happy-dom
// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { useFirstScreen } from '../../../extension/lib/use-first-screen';

/** A long list, as a column of a 300-card retro board renders it. */
function List({ items }: { items: number[] }) {
  const firstScreen = useFirstScreen();
  return (
    <ul>
      {items.slice(0, firstScreen).map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

describe('useFirstScreen', () => {
  it('renders what fits the first screen first, and the rest once the browser has painted', async () => {
    const root = document.body.appendChild(document.createElement('div'));
    const items = Array.from({ length: 300 }, (_, index) => index);
    render(<List items={items} />, root);
    // The first render, as it is painted: a screen's worth of one-line cards (40 px each).
    const first = root.querySelectorAll('li').length;
    expect(first).toBe(Math.ceil(window.innerHeight / 40));
    expect(first).toBeLessThan(items.length);
    await waitFor(() => expect(root.querySelectorAll('li')).toHaveLength(items.length));
    // Later renders show everything.
    render(<List items={[...items, 300]} />, root);
    expect(root.querySelectorAll('li')).toHaveLength(301);
  });
});
