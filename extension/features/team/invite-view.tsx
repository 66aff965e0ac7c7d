// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { useEffect, useState } from 'preact/hooks';
import type { BoardChangeError } from '../../../shared/sync/access';
import { QrCode } from '../../components/qr-code';
import { useT } from '../../stores/use-t';
import { inviteLinks } from '../../stores/teams-store';
import { useTeam, useTeamData } from '../../base/team-context';

function InviteLink({ id, label, link }: { id: string; label: string; link: string }) {
  const t = useT();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <div class="invite">
      <label for={id}>{label}</label>
      <div class="invite__row">
        <input
          id={id}
          class="input invite__link"
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" class="button" onClick={() => void copy()}>
          {t('invite.copy')}
        </button>
      </div>
      <p role="status" class="invite__status">
        {copied && t(copied === 'copied' ? 'invite.copied' : 'invite.copyFailed')}
      </p>
      <QrCode text={link} label={t('invite.qr', label)} />
    </div>
  );
}

/** Editors turn the read-only link off (and on again): the server then refuses its token. */
function ReadLinkSwitch({ off }: { off: boolean }) {
  const t = useT();
  const { team } = useTeam();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<BoardChangeError | null>(null);
  const change = async () => {
    setBusy(true);
    const changed = await team.setReadLink(off);
    setFailure(changed.ok ? null : changed.error);
    setBusy(false);
  };
  return (
    <div class="invite">
      <button
        type="button"
        class="button"
        disabled={busy}
        aria-describedby={off ? undefined : 'read-link-hint'}
        onClick={() => void change()}
      >
        {t(off ? 'invite.turnOn' : 'invite.turnOff')}
      </button>
      {!off && (
        <p id="read-link-hint" class="muted">
          {t('invite.turnOffHint')}
        </p>
      )}
      <div role="alert">{failure && <p class="notice notice--error">{t(`invite.changeFailed.${failure}`)}</p>}</div>
    </div>
  );
}

/** The team's invite links with copy buttons and QR codes for a meeting-room screen. */
export function InviteView() {
  const t = useT();
  const { record } = useTeam();
  const readLinkOff = useTeamData((data) => data.readLinkOff);
  const [links, setLinks] = useState<{ edit: string | null; read: string } | null>(null);
  useEffect(() => {
    void inviteLinks(record, crypto).then(setLinks);
  }, [record]);
  if (!links) return null;
  return (
    <div>
      <h2>{t('invite.heading')}</h2>
      <p class="muted">{t('invite.secret')}</p>
      {links.edit && <InviteLink id="invite-edit" label={t('invite.edit')} link={links.edit} />}
      <div role="status">{readLinkOff && <p class="notice">{t('invite.readOff')}</p>}</div>
      {!readLinkOff && <InviteLink id="invite-read" label={t('invite.read')} link={links.read} />}
      {record.role === 'edit' && <ReadLinkSwitch off={readLinkOff} />}
    </div>
  );
}
