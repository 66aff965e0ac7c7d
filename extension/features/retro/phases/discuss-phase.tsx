// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { PhaseProps } from './phase-props';
import { setTopic, startTimer } from '../../../../shared/retro/ops';
import { rankedTopics } from '../../../../shared/retro/export';
import { useT } from '../../../stores/use-t';
import { useRetro, useRetroData } from '../retro-context';

/** Topics by votes, one at a time, each with its timebox. */
export function Discuss({ mayFacilitate }: PhaseProps) {
  const t = useT();
  const { retro, team } = useRetro();
  const view = useRetroData((data) => data);
  const ranked = rankedTopics(view);
  const index = Math.min(view.topic.index, ranked.length);
  const current = ranked[index];
  const doc = retro.board.doc;
  const go = (target: number) => {
    setTopic(doc, target, team.serverNow());
    if (view.timer) startTimer(doc, 'discuss', team.serverNow(), view.timer.durationMs);
  };
  return (
    <>
      {current ? (
        <section class="card speaker" aria-labelledby="topic-heading">
          <h3 id="topic-heading" class="speaker__label">
            {t('retro.discuss.current', index + 1, ranked.length)}
          </h3>
          <p class="speaker__name" data-testid="current-topic">
            {current.title || t('retro.group.unnamed')}
          </p>
          <p>{t('retro.votes', current.votes)}</p>
          {current.kind === 'group' && (
            <ul>
              {current.cards.map((card) => (
                <li key={card.id}>{card.text}</li>
              ))}
            </ul>
          )}
        </section>
      ) : (
        <p class="notice">{t('retro.discuss.done')}</p>
      )}
      {mayFacilitate && (
        <div class="controls">
          <button type="button" class="button" disabled={index === 0} onClick={() => go(index - 1)}>
            {t('retro.discuss.previous')}
          </button>
          <button
            type="button"
            class="button button--primary"
            disabled={index >= ranked.length}
            onClick={() => go(index + 1)}
          >
            {t('retro.discuss.next')}
          </button>
        </div>
      )}
      <h3 id="agenda-heading" class="agenda-heading">
        {t('retro.discuss.agenda')}
      </h3>
      <ol class="agenda" aria-labelledby="agenda-heading">
        {ranked.map((topic, position) => (
          <li
            key={topic.id}
            aria-current={position === index ? 'true' : undefined}
            class={position < index ? 'agenda__topic agenda__topic--done' : 'agenda__topic'}
          >
            <span>{topic.title || t('retro.group.unnamed')}</span>
            <span class="tag">{t('retro.votes', topic.votes)}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
