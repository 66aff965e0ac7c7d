// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../../shared/i18n/locale';
import { type Standup, type StandupClock, currentSpeaker, upcoming } from '../../../shared/team/standup';
import { playChime } from '../../lib/chime';

interface Signals {
  standup: Standup;
  clock: StandupClock;
  nameOf: (memberId: string) => string;
  myId: string;
  teamName: string;
  notifyOptIn: boolean;
  overrunSound: boolean;
  notify: (title: string, message: string) => void;
  t: Translate;
}

/**
 * Says what happens, once each: a new speaker, a speaker running over, the timebox ending; and,
 * only if this person opted in, notifies "your turn is next" and "the timebox is over". Calm by
 * design: a polite announcement, an optional soft chime, never a flash or a repeated alarm.
 */
export function useStandupSignals(signals: Signals): string {
  const { standup, clock, t } = signals;
  const [message, setMessage] = useState('');
  const said = useRef(new Set<string>());
  const current = currentSpeaker(standup);
  const speakerKey = current ? `${standup.id}:${current.index}:${current.memberId}:${standup.startRunning}` : null;
  const over = clock.speakerRemainingMs !== null && clock.speakerRemainingMs < 0;
  const overallOver = clock.overallRemainingMs < 0;
  const nextUp = upcoming(standup)[0] === signals.myId;

  const once = (key: string, run: () => void) => {
    if (said.current.has(key)) return;
    said.current.add(key);
    run();
  };

  useEffect(() => {
    if (!current || !speakerKey) return;
    once(`speaker:${speakerKey}`, () => setMessage(t('standup.announceSpeaker', signals.nameOf(current.memberId))));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [speakerKey]);

  useEffect(() => {
    if (!over || !current || !speakerKey) return;
    once(`over:${speakerKey}`, () => {
      setMessage(t('standup.announceOverrun', signals.nameOf(current.memberId)));
      if (signals.overrunSound) void playChime().catch(() => undefined);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [over, speakerKey]);

  useEffect(() => {
    if (!overallOver) return;
    once(`overall:${standup.id}`, () => {
      setMessage(t('standup.announceOverallOver'));
      if (signals.notifyOptIn) signals.notify(t('notify.overTitle'), t('notify.overMessage', signals.teamName));
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [overallOver, standup.id]);

  useEffect(() => {
    if (!nextUp || !speakerKey || !signals.notifyOptIn) return;
    once(`next:${speakerKey}`, () => signals.notify(t('notify.nextTitle'), t('notify.nextMessage', signals.teamName)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [nextUp, speakerKey, signals.notifyOptIn]);

  return message;
}
