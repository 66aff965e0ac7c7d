// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import { retroActionsCsv, retroCardsCsv, retroDocument, retroJson } from '../../../../shared/retro/export';
import { DocumentExport } from '../../../components/document-view';
import { downloadText } from '../../../lib/download';
import { useLocale, useT } from '../../../stores/use-t';
import { useTeamData } from '../../../base/team-context';
import { retroExportInput, useRetro, useRetroData } from '../retro-context';

/** The summary, with exports and a printable page. */
export function Close({ columns }: { columns: string[] }) {
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
