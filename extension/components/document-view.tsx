// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { type Block, toMarkdown } from '../../shared/export/document';
import { copyFormatted } from '../lib/clipboard';
import { downloadText } from '../lib/download';
import { useT } from '../stores/use-t';

/**
 * A summary shown formatted, as it will look in the minutes: headings, lists with check boxes,
 * paragraphs. Headings start at `baseLevel` so that they fit the page's outline.
 */
export function DocumentView({
  blocks,
  baseLevel,
  testId,
}: {
  blocks: readonly Block[];
  baseLevel: 2 | 3;
  testId?: string;
}) {
  return (
    <div class="document" data-testid={testId}>
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'heading': {
            const Heading = `h${Math.min(6, block.level + baseLevel - 1)}` as 'h2';
            return <Heading key={index}>{block.text}</Heading>;
          }
          case 'list':
            return (
              <ul key={index}>
                {block.items.map((item, position) => (
                  <li key={position} class={item.done === undefined ? undefined : 'document__task'}>
                    {item.done !== undefined && (
                      <span class="document__box" role="img" aria-label={item.done ? '✓' : '○'}>
                        {item.done ? '☑' : '☐'}
                      </span>
                    )}
                    {item.text}
                  </li>
                ))}
              </ul>
            );
          case 'paragraph':
            return (
              <p key={index} class="document__paragraph">
                {block.text}
              </p>
            );
        }
      })}
    </div>
  );
}

/**
 * A summary for the minutes with its ways out: shown formatted, copied for Word or Outlook (HTML
 * with a plain-text twin), copied or downloaded as Markdown, and the Markdown itself on request.
 * `children` are further export buttons, placed after the Markdown download.
 */
export function DocumentExport({
  blocks,
  baseLevel,
  fileName,
  testId,
  children,
}: {
  blocks: readonly Block[];
  baseLevel: 2 | 3;
  /** Without extension: `standup-2026-12-02` becomes `standup-2026-12-02.md`. */
  fileName: string;
  /** The formatted view's test id; the Markdown's is the same with `-markdown`. */
  testId: string;
  children?: ComponentChildren;
}) {
  const t = useT();
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const markdown = toMarkdown(blocks);
  const copy = async (write: () => Promise<void>) => {
    try {
      await write();
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <>
      <DocumentView blocks={blocks} baseLevel={baseLevel} testId={testId} />
      <div class="controls no-print">
        <button type="button" class="button button--primary" onClick={() => void copy(() => copyFormatted(blocks))}>
          {t('summary.copyFormatted')}
        </button>
        <button type="button" class="button" onClick={() => void copy(() => navigator.clipboard.writeText(markdown))}>
          {t('summary.copyMarkdown')}
        </button>
        <button type="button" class="button" onClick={() => downloadText(`${fileName}.md`, 'text/markdown', markdown)}>
          {t('summary.downloadMarkdown')}
        </button>
        {children}
      </div>
      <p role="status" class="no-print">
        {copied && t(copied === 'copied' ? 'summary.copied' : 'summary.copyFailed')}
      </p>
      <details class="disclosure no-print">
        <summary>{t('summary.markdown')}</summary>
        <pre class="summary" data-testid={`${testId}-markdown`} tabIndex={0} aria-label={t('summary.markdown')}>
          {markdown}
        </pre>
      </details>
    </>
  );
}
