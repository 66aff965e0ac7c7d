// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEditable } from './use-editable';
import type { PhaseProps } from './phase-props';
import { topicsOf } from '../../../../shared/retro/model';
import { useT } from '../../../stores/use-t';
import { useRetroData } from '../retro-context';

/** Dot voting: this member's votes stay on the device until voting closes. */
export function Vote({ local, update, mayFacilitate }: PhaseProps) {
  const t = useT();
  const closed = useRetroData((data) => data.votingClosed) || local.ballotPublished;
  const editable = useEditable() && !closed;
  const settings = useRetroData((data) => data.settings);
  const cards = useRetroData((data) => data.cards);
  const groups = useRetroData((data) => data.groups);
  const topics = topicsOf(cards, groups);
  const used = Object.entries(local.votes)
    .filter(([id]) => topics.some((topic) => topic.id === id))
    .reduce((sum, [, count]) => sum + count, 0);
  const left = Math.max(0, settings.voteLimit - used);
  const change = (id: string, delta: number) =>
    update((current) => {
      const count = Math.max(0, (current.votes[id] ?? 0) + delta);
      const votes = { ...current.votes, [id]: count };
      if (count === 0) delete votes[id];
      return { ...current, votes };
    });
  return (
    <>
      <p class="notice" role="status" data-testid="votes-left">
        {closed ? t('retro.vote.closed') : t('retro.vote.left', left, settings.voteLimit)}
      </p>
      <p class="muted">{t(mayFacilitate && !closed ? 'retro.vote.closing' : 'retro.vote.hidden')}</p>
      <ul class="topics">
        {topics.map((topic) => {
          const mine = local.votes[topic.id] ?? 0;
          const full = settings.cardVoteLimit !== null && mine >= settings.cardVoteLimit;
          return (
            <li key={topic.id} class="topic">
              <div class="topic__title">
                <strong>{topic.title || t('retro.group.unnamed')}</strong>
                {/* A group is voted on by what its cards say, not only by its name. */}
                {topic.kind === 'group' && (
                  <ul class="topic__cards">
                    {topic.cards.map((card) => (
                      <li key={card.id}>{card.text}</li>
                    ))}
                  </ul>
                )}
              </div>
              {editable && (
                <div class="topic__votes">
                  <button
                    type="button"
                    class="button button--small"
                    aria-label={t('retro.vote.remove', topic.title)}
                    disabled={mine === 0}
                    onClick={() => change(topic.id, -1)}
                  >
                    −
                  </button>
                  <span class="topic__mine" data-testid={`my-votes-${topic.id}`}>
                    <span aria-hidden="true">{mine}</span>
                    <span class="visually-hidden">{t('retro.vote.mine', mine)}</span>
                  </span>
                  <button
                    type="button"
                    class="button button--small"
                    aria-label={t('retro.vote.add', topic.title)}
                    disabled={left === 0 || full}
                    onClick={() => change(topic.id, 1)}
                  >
                    +
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
