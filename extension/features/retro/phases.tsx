import { memo } from 'preact/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type Card, type RetroPhase, topicsOf } from '../../../shared/retro/model';
import { createGroup, moveCard, renameGroup, setTopic, startTimer } from '../../../shared/retro/ops';
import { rankedTopics, retroActionsCsv, retroCardsCsv, retroDocument, retroJson } from '../../../shared/retro/export';
import { openActionItems } from '../../../shared/team/model';
import { addItem, deleteItem, setItemDone } from '../../../shared/team/ops';
import { DocumentExport } from '../../components/document-view';
import { downloadText } from '../../lib/download';
import { newId } from '../../lib/ids';
import { formatDate } from '../../../shared/i18n/format';
import { useLocale, useT } from '../../stores/use-t';
import { Pulse } from '../../base/pulse';
import { QuestionPicker } from '../../base/question-picker';
import { ItemRow } from '../../base/item-row';
import { AgreementRow } from '../../base/agreement-row';
import { useTeamData } from '../../base/team-context';
import { retroExportInput, useRetro, useRetroData } from './retro-context';
import type { RetroLocal } from './use-retro-local';

interface PhaseProps {
  phase: RetroPhase;
  columns: string[];
  local: RetroLocal;
  update: (change: (local: RetroLocal) => RetroLocal) => void;
  mayFacilitate: boolean;
}

export function PhaseBody(props: PhaseProps) {
  switch (props.phase) {
    case 'checkin':
      return <Checkin />;
    case 'review':
      return <Review />;
    case 'write':
      return <Write {...props} />;
    case 'reveal':
      return <CardColumns columns={props.columns} grouping={false} />;
    case 'group':
      return <CardColumns columns={props.columns} grouping />;
    case 'vote':
      return <Vote {...props} />;
    case 'discuss':
      return <Discuss {...props} />;
    case 'actions':
      return <Actions />;
    case 'close':
      return <Close columns={props.columns} />;
  }
}

const useEditable = () => {
  const { retro, link } = useRetro();
  return retro.role === 'edit' && link.closedAt === null;
};

/** The retro's own question if it has one, else the team's check-in question and a mood poll. */
function Checkin() {
  const t = useT();
  const question = useRetroData((data) => data.settings.checkin);
  return (
    <>
      {question && (
        <div class="card">
          <p class="checkin-question">{question}</p>
          <p class="muted">{t('retro.checkinHint')}</p>
        </div>
      )}
      {!question && <QuestionPicker />}
      <Pulse />
    </>
  );
}

/** Open action items from earlier retros (done, keep or drop) and the working agreements. */
function Review() {
  const t = useT();
  const { team, link } = useRetro();
  const editable = useEditable();
  // Select whole lists and filter here: a selector must return the same object while nothing changed.
  const actions = openActionItems(
    useTeamData((data) => data.items),
    link.boardId,
  );
  const agreements = useTeamData((data) => data.agreements).filter((agreement) => agreement.retiredAt === null);
  const doc = team.board.doc;
  const [kept, setKept] = useState<string[]>([]);
  return (
    <>
      <section class="card" aria-labelledby="review-actions">
        <h3 id="review-actions">{t('retro.review.heading')}</h3>
        {actions.length === 0 && <p>{t('retro.review.none')}</p>}
        <ul class="item-list">
          {actions.map((item) => (
            <li key={item.id} class="item">
              <p class="item__text">
                {item.text}
                {item.owner && (
                  <span class="muted">
                    {' '}
                    · {t('items.ownerDue', item.owner, item.due ? formatDate(item.due, t.locale) : '')}
                  </span>
                )}
                {kept.includes(item.id) && <span class="tag">{t('retro.review.kept')}</span>}
              </p>
              {editable && (
                <div class="item__actions">
                  <button
                    type="button"
                    class="button button--small"
                    onClick={() => setItemDone(doc, item.id, true, team.serverNow())}
                    aria-label={t('retro.review.doneLabel', item.text)}
                  >
                    {t('retro.review.done')}
                  </button>
                  <button
                    type="button"
                    class="button button--small"
                    onClick={() => setKept([...kept, item.id])}
                    aria-label={t('retro.review.keepLabel', item.text)}
                  >
                    {t('retro.review.keep')}
                  </button>
                  <button
                    type="button"
                    class="button button--small"
                    onClick={() => deleteItem(doc, item.id, team.serverNow())}
                    aria-label={t('retro.review.dropLabel', item.text)}
                  >
                    {t('retro.review.drop')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section class="card" aria-labelledby="review-agreements">
        <h3 id="review-agreements">{t('agreements.heading')}</h3>
        <p class="muted">{t('agreements.question')}</p>
        {agreements.length === 0 && <p>{t('agreements.none')}</p>}
        <ul class="item-list">
          {agreements.map((agreement) => (
            <li key={agreement.id} class="item">
              <AgreementRow id={agreement.id} rule={agreement.rule} purpose={agreement.purpose} retired={false} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** Private drafts: kept on this device and sent to nobody until the reveal. */
function Write({ columns, local, update }: PhaseProps) {
  const t = useT();
  const { team } = useRetro();
  const editable = useEditable();
  const [texts, setTexts] = useState<string[]>(() => columns.map(() => ''));
  if (!editable) return <p>{t('retro.write.others')}</p>;
  return (
    <>
      <p class="notice">{t('retro.write.hint')}</p>
      <p class="muted" role="status">
        {t('retro.write.mine', local.drafts.length)}
      </p>
      <div class="columns">
        {columns.map((title, column) => (
          <section key={column} class="column" aria-labelledby={`column-${column}`}>
            <h3 id={`column-${column}`}>{title}</h3>
            <form
              onSubmit={(event) => {
                event.preventDefault();
                const text = texts[column]!.trim();
                if (!text) return;
                update((current) => ({
                  ...current,
                  drafts: [
                    ...current.drafts,
                    { id: newId(), column, text: text.slice(0, 500), createdAt: team.serverNow() },
                  ],
                }));
                setTexts(texts.map((value, index) => (index === column ? '' : value)));
              }}
            >
              <label for={`draft-${column}`} class="visually-hidden">
                {t('retro.write.add', title)}
              </label>
              <textarea
                id={`draft-${column}`}
                class="input"
                rows={2}
                maxLength={500}
                placeholder={t('retro.write.add', title)}
                value={texts[column]}
                onInput={(event) =>
                  setTexts(texts.map((value, index) => (index === column ? event.currentTarget.value : value)))
                }
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.shiftKey) {
                    event.preventDefault();
                    event.currentTarget.form?.requestSubmit();
                  }
                }}
              />
              <button type="submit" class="button button--small">
                {t('retro.write.addButton')}
              </button>
            </form>
            <ul class="cards">
              {local.drafts
                .filter((draft) => draft.column === column)
                .map((draft) => (
                  <li key={draft.id} class="retro-card retro-card--draft">
                    <span>{draft.text}</span>
                    <button
                      type="button"
                      class="button button--quiet button--small"
                      aria-label={t('retro.write.delete', draft.text)}
                      onClick={() =>
                        update((current) => ({
                          ...current,
                          drafts: current.drafts.filter((entry) => entry.id !== draft.id),
                        }))
                      }
                    >
                      {t('items.deleteShort')}
                    </button>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}

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
      <span class="retro-card__text">{card.text}</span>
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
function CardColumns({ columns, grouping }: { columns: string[]; grouping: boolean }) {
  const t = useT();
  const { retro } = useRetro();
  const editable = useEditable();
  const cards = useRetroData((data) => data.cards);
  const groups = useRetroData((data) => data.groups);
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

/** Dot voting: this member's votes stay on the device until voting closes. */
function Vote({ local, update, mayFacilitate }: PhaseProps) {
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

/** Topics by votes, one at a time, each with its timebox. */
function Discuss({ mayFacilitate }: PhaseProps) {
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

/** Action items: title, owner (a member or free text), due date; they live on the team board. */
function Actions() {
  const t = useT();
  const { team, link } = useRetro();
  const editable = useEditable();
  const members = useTeamData((data) => data.members);
  const actions = useTeamData((data) => data.items).filter((item) => item.retroId === link.boardId);
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  return (
    <>
      {editable && (
        <form
          class="card action-form"
          onSubmit={(event) => {
            event.preventDefault();
            const added = addItem(team.board.doc, {
              id: newId(),
              kind: 'action',
              text: title,
              now: team.serverNow(),
              retroId: link.boardId,
              owner: owner.trim() || null,
              due: /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : null,
            });
            if (added) {
              setTitle('');
              setOwner('');
              setDue('');
            }
          }}
        >
          <div class="field">
            <label for="action-title">{t('retro.actions.title')}</label>
            <input
              id="action-title"
              class="input"
              value={title}
              maxLength={500}
              onInput={(event) => setTitle(event.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="action-owner">{t('items.owner')}</label>
            <input
              id="action-owner"
              class="input"
              list="action-members"
              value={owner}
              maxLength={60}
              onInput={(event) => setOwner(event.currentTarget.value)}
            />
            <datalist id="action-members">
              {members.map((member) => (
                <option key={member.id} value={member.name} />
              ))}
            </datalist>
          </div>
          <div class="field">
            <label for="action-due">{t('items.due')}</label>
            <input
              id="action-due"
              class="input"
              type="date"
              value={due}
              onInput={(event) => setDue(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button button--primary">
            {t('retro.actions.add')}
          </button>
        </form>
      )}
      {actions.length === 0 ? (
        <p>{t('items.empty')}</p>
      ) : (
        <ul class="item-list" data-testid="retro-actions">
          {actions.map((item) => (
            <ItemRow key={item.id} item={item} />
          ))}
        </ul>
      )}
    </>
  );
}

/** The summary, with exports and a printable page. */
function Close({ columns }: { columns: string[] }) {
  const t = useT();
  const locale = useLocale();
  const { link } = useRetro();
  const view = useRetroData((data) => data);
  const items = useTeamData((data) => data.items);
  const input = retroExportInput(link, view, items, columns);
  const base = `retro-${input.date}`;
  return (
    <DocumentExport blocks={retroDocument(t, input)} baseLevel={3} fileName={base} testId="retro-summary">
      <button
        type="button"
        class="button"
        onClick={() => downloadText(`${base}-cards.csv`, 'text/csv', retroCardsCsv(t, locale, input))}
      >
        {t('retro.export.cardsCsv')}
      </button>
      <button
        type="button"
        class="button"
        onClick={() => downloadText(`${base}-actions.csv`, 'text/csv', retroActionsCsv(t, locale, input))}
      >
        {t('retro.export.actionsCsv')}
      </button>
      <button
        type="button"
        class="button"
        onClick={() => downloadText(`${base}.json`, 'application/json', retroJson(input))}
      >
        {t('retro.export.json')}
      </button>
      <button type="button" class="button" onClick={() => window.print()}>
        {t('retro.print')}
      </button>
    </DocumentExport>
  );
}
