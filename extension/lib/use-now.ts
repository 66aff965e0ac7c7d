// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, refreshed right after each whole second of `deadline` passes while `active`,
 * so a countdown changes digits exactly when a second is used up.
 */
export function useNow(active: boolean, deadline: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (!active) return;
    let timeout: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      const untilNextSecond = deadline === null ? 1000 : (((deadline - current) % 1000) + 1000) % 1000;
      timeout = setTimeout(tick, untilNextSecond + 15);
    };
    tick();
    return () => clearTimeout(timeout);
  }, [active, deadline]);
  return now;
}
