// @vitest-environment happy-dom
// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { act, cleanup, render, screen } from '@testing-library/preact';
import { useEffect } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { useStore } from '../../../extension/lib/use-store';

afterEach(cleanup);

describe('useStore (zustand on Preact hooks)', () => {
  it('renders again when its slice changes, and only then', async () => {
    const store = createStore(() => ({ count: 0, other: 0 }));
    let renders = 0;
    function Count() {
      renders++;
      return <p>{useStore(store, (state) => state.count)}</p>;
    }
    render(<Count />);
    expect(screen.getByText('0')).toBeTruthy();
    const before = renders;
    await act(() => store.setState({ other: 1 }));
    expect(renders).toBe(before);
    await act(() => store.setState({ count: 1 }));
    expect(screen.getByText('1')).toBeTruthy();
    expect(renders).toBe(before + 1);
  });

  it('does not miss a change made between its render and its subscription', () => {
    const store = createStore(() => ({ count: 0 }));
    function Count() {
      return <p>{useStore(store, (state) => state.count)}</p>;
    }
    // An effect of an earlier sibling runs after Count rendered and before Count subscribed.
    function Changer() {
      useEffect(() => store.setState({ count: 5 }), []);
      return null;
    }
    render(
      <>
        <Changer />
        <Count />
      </>,
    );
    expect(screen.getByText('5')).toBeTruthy();
  });
});
