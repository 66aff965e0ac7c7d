// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useState } from 'preact/hooks';
import { editAgreement, retireAgreement } from '../../shared/team/ops';
import { TextField } from '../components/text-field';
import { useT } from '../stores/use-t';
import { useCanEdit, useTeam } from './team-context';

/** One rule with its purpose; edit it, retire it, or bring it back. */
export function AgreementRow(props: { id: string; rule: string; purpose: string; retired: boolean }) {
  const t = useT();
  const { team } = useTeam();
  const canEdit = useCanEdit();
  const [editing, setEditing] = useState(false);
  const [rule, setRule] = useState(props.rule);
  const [purpose, setPurpose] = useState(props.purpose);
  const doc = team.board.doc;
  if (editing) {
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          editAgreement(doc, props.id, rule, purpose);
          setEditing(false);
        }}
      >
        <TextField
          id={`rule-${props.id}`}
          label={t('agreements.rule')}
          value={rule}
          onInput={setRule}
          maxLength={500}
        />
        <TextField
          id={`purpose-${props.id}`}
          label={t('agreements.purpose')}
          value={purpose}
          onInput={setPurpose}
          maxLength={500}
        />
        <button type="submit" class="button button--small">
          {t('agreements.save')}
        </button>
      </form>
    );
  }
  return (
    <div>
      <p class="item__text">
        <strong>{props.rule}</strong>
        {props.purpose && <span class="muted"> — {t('agreements.purposeIs', props.purpose)}</span>}
        {props.retired && <span class="tag">{t('agreements.retired')}</span>}
      </p>
      {canEdit && (
        <div class="item__actions">
          <button
            type="button"
            class="button button--small"
            onClick={() => setEditing(true)}
            aria-label={t('agreements.edit', props.rule)}
          >
            {t('agreements.editShort')}
          </button>
          <button
            type="button"
            class="button button--small"
            onClick={() => retireAgreement(doc, props.id, !props.retired, team.serverNow())}
          >
            {props.retired ? t('agreements.reinstate') : t('agreements.retire')}
          </button>
        </div>
      )}
    </div>
  );
}
