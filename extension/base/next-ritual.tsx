// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'preact/hooks';
import { formatFromNow, formatWhen } from '../../shared/i18n/format';
import { nextRituals } from '../../shared/team/calendar';
import { useT } from '../stores/use-t';
import { useTeamData } from './team-context';

/** "Next stand-up: Mon, 7 Dec, 09:00 (in 2 hours)" from the team's schedule; nothing if none. */
export function NextRitual({ ritual }: { ritual: 'standup' | 'retro' }) {
  const t = useT();
  const calendar = useTeamData((data) => data.calendar);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const next = nextRituals(calendar, now)[ritual];
  if (next === null) return null;
  return (
    <p class="next-ritual" data-testid={`next-${ritual}`}>
      {t(
        ritual === 'standup' ? 'calendar.nextStandup' : 'calendar.nextRetro',
        formatWhen(next, t.locale, calendar.timeZone),
        formatFromNow(next, now, t.locale),
      )}
    </p>
  );
}
