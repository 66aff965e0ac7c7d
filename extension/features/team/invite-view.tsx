import { useEffect, useState } from 'preact/hooks';
import { QrCode } from '../../components/qr-code';
import { useT } from '../../lib/use-t';
import { inviteLinks } from '../../stores/teams-store';
import { useTeam } from './team-context';

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

/** The team's invite links with copy buttons and QR codes for a meeting-room screen. */
export function InviteView() {
  const t = useT();
  const { record } = useTeam();
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
      <InviteLink id="invite-read" label={t('invite.read')} link={links.read} />
    </div>
  );
}
