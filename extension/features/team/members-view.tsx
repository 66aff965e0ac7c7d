// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { TextField } from '../../components/text-field';
import { useState } from 'preact/hooks';
import { Confirm } from '../../components/confirm';
import { removeMember, setFacilitator } from '../../../shared/team/ops';
import { useT } from '../../stores/use-t';
import { useTeams } from '../../stores/teams-store';
import { useCanEdit, usePresent, useTeam, useTeamData } from '../../base/team-context';

/** Who is in the team and who is here now; rename yourself, leave, remove others. */
export function MembersView() {
  const t = useT();
  const { record, team } = useTeam();
  const members = useTeamData((data) => data.members);
  const here = usePresent();
  const canEdit = useCanEdit();
  const { update, forget } = useTeams((state) => state);
  const me = members.find((member) => member.id === record.memberId);
  const [name, setName] = useState(me?.name ?? record.memberName);
  const [saved, setSaved] = useState(false);
  /** A member id to confirm their removal, or 'leave'. */
  const [confirm, setConfirm] = useState<string | null>(null);
  const doc = team.board.doc;

  const rename = async (event: Event) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    team.rename(trimmed);
    await update(record.boardId, { memberName: trimmed });
    setSaved(true);
  };

  const leave = async () => {
    await team.leave();
    await forget(record.boardId);
  };

  const presentCount = members.filter((member) => here.includes(member.id)).length;
  return (
    <div>
      <h2>{t('members.heading')}</h2>
      <p class="muted">{t('members.count', presentCount, members.length)}</p>
      <ul class="member-list">
        {members.map((member) => {
          const present = here.includes(member.id);
          return (
            <li key={member.id} class="member">
              <span class={`presence presence--${present ? 'here' : 'away'}`} aria-hidden="true" />
              <span class="member__name">
                {member.name} {member.id === record.memberId && <span class="muted">{t('members.you')}</span>}
              </span>
              <span class="visually-hidden">{present ? t('members.here') : t('members.away')}</span>
              {member.facilitator && <span class="tag">{t('members.facilitator')}</span>}
              {me?.facilitator && canEdit && member.id !== record.memberId && (
                <span class="member__actions">
                  {!member.facilitator && (
                    <button
                      type="button"
                      class="button button--quiet button--small"
                      aria-label={t('members.makeFacilitator', member.name)}
                      onClick={() => setFacilitator(doc, member.id, true)}
                    >
                      {t('members.makeFacilitatorShort')}
                    </button>
                  )}
                  <button
                    type="button"
                    class="button button--quiet button--small"
                    aria-label={t('members.remove', member.name)}
                    onClick={() => setConfirm(member.id)}
                  >
                    {t('members.removeShort')}
                  </button>
                </span>
              )}
              {confirm === member.id && (
                <Confirm
                  question={t('members.removeConfirm', member.name)}
                  yes={t('members.removeYes')}
                  onYes={() => {
                    removeMember(doc, member.id, team.serverNow());
                    setConfirm(null);
                  }}
                  onNo={() => setConfirm(null)}
                />
              )}
            </li>
          );
        })}
      </ul>

      {canEdit && (
        <form class="card" onSubmit={(event) => void rename(event)}>
          <TextField
            id="my-name"
            label={t('members.rename')}
            value={name}
            maxLength={60}
            onInput={(value) => {
              setName(value);
              setSaved(false);
            }}
          />
          <button type="submit" class="button">
            {t('members.saveName')}
          </button>
          <p role="status">{saved && t('members.renamed')}</p>
        </form>
      )}

      {confirm === 'leave' ? (
        <Confirm
          question={t('members.leaveConfirm')}
          yes={t('members.leaveYes')}
          onYes={() => void leave()}
          onNo={() => setConfirm(null)}
        />
      ) : (
        <button type="button" class="button" onClick={() => setConfirm('leave')}>
          {t('members.leave')}
        </button>
      )}
    </div>
  );
}
