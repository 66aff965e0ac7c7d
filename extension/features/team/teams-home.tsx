// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../../shared/i18n/messages';
import { TextField } from '../../components/text-field';
import { inviteInBrowser } from '../../../shared/sync/invite';
import { useHost } from '../../lib/host';
import { useT } from '../../stores/use-t';
import { useApp } from '../../stores/app-store';
import { useTeams } from '../../stores/teams-store';
import { peekTeamName } from './peek-team';

type Field = 'teamName' | 'createName' | 'link' | 'joinName';

/** The team list, and the forms to create a team or join one by link. */
export function TeamsHome({ joinLink, onOpened }: { joinLink: string | null; onOpened: () => void }) {
  const t = useT();
  const server = useApp((state) => state.preferences.server);
  const retentionDays = useApp((state) => state.preferences.retentionDays);
  const { shell } = useHost();
  const teams = useTeams((state) => state.teams);
  const { select, create, join, dropDamaged } = useTeams((state) => state);
  const damaged = useTeams((state) => state.damaged.length);
  const [values, setValues] = useState<Record<Field, string>>({
    teamName: '',
    createName: '',
    link: joinLink ?? '',
    joinName: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [failure, setFailure] = useState<{ form: 'create' | 'join'; key: MessageKey } | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // Opened by an invite link: the team's name, read with the link's key before joining.
  const [peeked, setPeeked] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    if (!joinLink) return;
    root.current?.querySelector<HTMLInputElement>('#joinName')?.focus();
    let current = true;
    void peekTeamName(joinLink).then((name) => current && setPeeked(name));
    return () => {
      current = false;
    };
  }, [joinLink]);
  const set = (field: Field) => (value: string) => setValues({ ...values, [field]: value });
  const error = (field: Field) => (errors[field] ? t(errors[field] as 'teams.error.required') : null);

  const require = (fields: Field[]) => {
    const missing = fields.filter((field) => !values[field].trim());
    setErrors(Object.fromEntries(missing.map((field) => [field, 'teams.error.required'])));
    if (missing[0]) root.current?.querySelector<HTMLInputElement>(`#${missing[0]}`)?.focus();
    return missing.length === 0;
  };

  const submitCreate = async (event: Event) => {
    event.preventDefault();
    setFailure(null);
    if (!require(['teamName', 'createName'])) return;
    if (!server) return setFailure({ form: 'create', key: 'teams.noServer' });
    setBusy(true);
    const result = await create({
      server,
      teamName: values.teamName,
      memberName: values.createName,
      retentionDays: retentionDays ?? undefined,
    });
    setBusy(false);
    if (!result.ok) return setFailure({ form: 'create', key: `teams.error.${result.error}` });
    onOpened();
  };

  const submitJoin = async (event: Event) => {
    event.preventDefault();
    setFailure(null);
    if (!require(['link', 'joinName'])) return;
    const result = await join(values.link, values.joinName);
    if (!result.ok) {
      setErrors({ link: `teams.error.${result.error}` });
      root.current?.querySelector<HTMLInputElement>('#link')?.focus();
      return;
    }
    onOpened();
  };

  const joinForm = (
    <form class="card" onSubmit={(event) => void submitJoin(event)} noValidate aria-labelledby="join-heading">
      <h2 id="join-heading">{joinLink ? t('teams.joinNamed') : t('teams.joinHeading')}</h2>
      {joinLink && (
        <p data-testid="join-team-name">
          {peeked === undefined
            ? t('teams.peeking')
            : peeked === null
              ? t('teams.peekFailed')
              : t('teams.joiningTeam', peeked)}
        </p>
      )}
      <TextField
        id="link"
        type="url"
        maxLength={500}
        spellcheck={false}
        label={t('teams.inviteLink')}
        value={values.link}
        error={error('link')}
        onInput={set('link')}
      />
      <TextField
        id="joinName"
        maxLength={80}
        label={t('teams.yourName')}
        value={values.joinName}
        error={error('joinName')}
        onInput={set('joinName')}
      />
      {joinLink && <p class="muted">{t('teams.historyNote')}</p>}
      <button type="submit" class="button button--primary">
        {t('teams.join')}
      </button>
    </form>
  );

  const createForm = (
    <form class="card" onSubmit={(event) => void submitCreate(event)} noValidate aria-labelledby="create-heading">
      <h2 id="create-heading">{t('teams.createHeading')}</h2>
      <TextField
        id="teamName"
        maxLength={80}
        label={t('teams.teamName')}
        value={values.teamName}
        error={error('teamName')}
        onInput={set('teamName')}
      />
      <TextField
        id="createName"
        maxLength={80}
        label={t('teams.yourName')}
        value={values.createName}
        error={error('createName')}
        onInput={set('createName')}
      />
      {server ? (
        <p class="muted">{t('teams.server', server)}</p>
      ) : (
        <p class="muted">
          {t('teams.noServer')}{' '}
          <a href="/options.html" target="_blank" rel="noopener">
            {t('nav.settings')}
          </a>
        </p>
      )}
      <button type="submit" class="button button--primary" disabled={busy}>
        {busy ? t('teams.creating') : t('teams.create')}
      </button>
      <div role="status">
        {failure?.form === 'create' && <p class="notice notice--error">{t(failure.key as 'teams.error.refused')}</p>}
      </div>
    </form>
  );

  const teamList = teams.length > 0 && (
    <ul class="team-list">
      {teams.map((team) => (
        <li key={team.boardId}>
          <button
            type="button"
            class="button team-list__button"
            onClick={() => {
              void select(team.boardId);
              onOpened();
            }}
          >
            {team.teamName || team.boardId.slice(0, 8)}
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    <div ref={root} class="teams-home">
      {damaged > 0 && (
        <div class="notice notice--error" role="alert">
          <p>{t('teams.damaged', damaged)}</p>
          <button type="button" class="button button--small" onClick={() => void dropDamaged()}>
            {t('teams.dropDamaged')}
          </button>
        </div>
      )}
      {joinLink ? (
        <>
          {/* Opened by an invite link: joining is what this page is for. */}
          <h1>{t('teams.joinTitle')}</h1>
          {joinForm}
          {shell === 'extension' && (
            <section class="card card--quiet" aria-labelledby="offer-heading">
              <h2 id="offer-heading">{t('teams.offer.heading')}</h2>
              <p>{t('teams.offer.text')}</p>
              <a class="button" href={inviteInBrowser(joinLink)}>
                {t('teams.offer.web')}
              </a>
            </section>
          )}
          {teams.length > 0 && (
            <section aria-labelledby="teams-heading">
              <h2 id="teams-heading">{t('teams.heading')}</h2>
              {teamList}
            </section>
          )}
        </>
      ) : (
        <>
          <h1>{t('teams.heading')}</h1>
          {teams.length === 0 ? <p>{t('teams.none')}</p> : teamList}
          {joinForm}
        </>
      )}
      <details class="disclosure" open={!joinLink && teams.length === 0}>
        <summary>{t('teams.createHeading')}</summary>
        {createForm}
      </details>
    </div>
  );
}
