// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { FIRST_USEFUL_CONTENT } from '../../../lib/performance-marks';
import { useEditable } from './use-editable';
import { memo } from 'preact/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Card } from '../../../../shared/retro/model';
import { createGroup, moveCard, renameGroup } from '../../../../shared/retro/ops';
import { newId } from '../../../lib/ids';
import { useFirstScreen } from '../../../lib/use-first-screen';
import { useT } from '../../../stores/use-t';
import { useRetro, useRetroData } from '../retro-context';

const DRAG_TYPE = 'application/x-team-rituals-card';

/**
 * A card's "move to" menu: the keyboard way to group, beside drag and drop. A quiet button on the
 * card opens the list of places (its column without a group, each group, a new group); Escape
 * closes it and returns to the button.
 */
function MoveMenu({ card, columns }: { card: Card; columns: string[] }) {
  const t = useT();
  const { retro, team } = useRetro();
  const groups = useRetroData((data) => data.groups);
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const doc = retro.board.doc;
  useEffect(() => {
    if (open) list.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const move = (target: { kind: 'column'; column: number } | { kind: 'group'; id: string } | { kind: 'new' }) => {
    if (target.kind === 'new') {
      createGroup(doc, { id: newId(), name: '', column: card.column, now: team.serverNow() }, [card.id]);
    } else if (target.kind === 'group') {
      const group = groups.find((entry) => entry.id === target.id);
      if (group) moveCard(doc, card.id, { groupId: group.id, column: group.column });
    } else moveCard(doc, card.id, { column: target.column });
    close();
  };
  return (
    <div class="move">
      <button
        ref={button}
        type="button"
        class="button button--quiet button--small"
        aria-expanded={open}
        aria-label={t('retro.group.moveTo', card.text)}
        onClick={() => setOpen(!open)}
      >
        {t('retro.group.move')}
      </button>
      {open && (
        <ul
          ref={list}
          class="move__list"
          aria-label={t('retro.group.moveTo', card.text)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          {columns.map((title, column) => (
            <li key={`c${column}`}>
              <button
                type="button"
                class="move__option"
                disabled={card.groupId === null && card.column === column}
                onClick={() => move({ kind: 'column', column })}
              >
                {t('retro.group.noGroup', title)}
              </button>
            </li>
          ))}
          {groups.map((group) => (
            <li key={group.id}>
              <button
                type="button"
                class="move__option"
                disabled={card.groupId === group.id}
                onClick={() => move({ kind: 'group', id: group.id })}
              >
                {t('retro.group.inGroup', group.name || t('retro.group.unnamed'))}
              </button>
            </li>
          ))}
          <li>
            <button type="button" class="move__option" onClick={() => move({ kind: 'new' })}>
              {t('retro.group.newGroup')}
            </button>
          </li>
        </ul>
      )}
    </div>
  );
}

/**
 * One card. Memoised: the projection keeps unchanged cards by reference, so moving or adding one
 * card re-renders that card only, not all 300 of a big board.
 */
const CardItem = memo(function CardItem({
  card,
  columns,
  grouping,
}: {
  card: Card;
  columns: string[];
  grouping: boolean;
}) {
  const editable = useEditable();
  return (
    <li
      class="retro-card"
      draggable={grouping && editable}
      onDragStart={(event) => event.dataTransfer?.setData(DRAG_TYPE, card.id)}
    >
      {/* The board's first useful content is its cards in the first screen (`bench/views.ts`). */}
      <span class="retro-card__text" elementtiming={FIRST_USEFUL_CONTENT}>
        {card.text}
      </span>
      {grouping && editable && <MoveMenu card={card} columns={columns} />}
    </li>
  );
});

/** A drop target for dragged cards; keyboard users use each card's menu instead. */
function dropProps(onDrop: (cardId: string) => void) {
  return {
    onDragOver: (event: DragEvent) => {
      if (event.dataTransfer?.types.includes(DRAG_TYPE)) event.preventDefault();
    },
    onDrop: (event: DragEvent) => {
      const id = event.dataTransfer?.getData(DRAG_TYPE);
      if (!id) return;
      event.preventDefault();
      // A group sits inside its column: the innermost target takes the card.
      event.stopPropagation();
      onDrop(id);
    },
  };
}

/** All cards by column, and in the group phase their groups, with drag and drop and a menu. */
export function CardColumns({ columns, grouping }: { columns: string[]; grouping: boolean }) {
  const t = useT();
  const { retro } = useRetro();
  const editable = useEditable();
  const cards = useRetroData((data) => data.cards);
  const groups = useRetroData((data) => data.groups);
  const firstScreen = useFirstScreen();
  const doc = retro.board.doc;
  return (
    <>
      <p class="muted">{t(grouping ? 'retro.group.hint' : 'retro.reveal.hint', cards.length)}</p>
      <div class="columns">
        {columns.map((title, column) => (
          <section
            key={column}
            class="column"
            aria-labelledby={`column-${column}`}
            {...(grouping && editable ? dropProps((id) => moveCard(doc, id, { column })) : {})}
          >
            <h3 id={`column-${column}`}>{title}</h3>
            {groups
              .filter((group) => group.column === column && cards.some((card) => card.groupId === group.id))
              .map((group) => (
                <div
                  key={group.id}
                  class="group"
                  {...(grouping && editable
                    ? dropProps((id) => moveCard(doc, id, { groupId: group.id, column: group.column }))
                    : {})}
                >
                  {grouping && editable ? (
                    <>
                      <label for={`group-${group.id}`} class="visually-hidden">
                        {t('retro.group.name')}
                      </label>
                      <input
                        id={`group-${group.id}`}
                        class="input group__name"
                        placeholder={t('retro.group.name')}
                        value={group.name}
                        maxLength={60}
                        onChange={(event) => renameGroup(doc, group.id, event.currentTarget.value)}
                      />
                    </>
                  ) : (
                    <h4 class="group__title">{group.name || t('retro.group.unnamed')}</h4>
                  )}
                  <ul class="cards">
                    {cards
                      .filter((card) => card.groupId === group.id)
                      .map((card) => (
                        <CardItem key={card.id} card={card} columns={columns} grouping={grouping} />
                      ))}
                  </ul>
                </div>
              ))}
            <ul class="cards">
              {cards
                .filter((card) => card.column === column && card.groupId === null)
                .slice(0, firstScreen)
                .map((card) => (
                  <CardItem key={card.id} card={card} columns={columns} grouping={grouping} />
                ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
