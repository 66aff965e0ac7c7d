// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
// The privacy notice in the product: the Art. 13 GDPR notice in docs/ (German, then English),
// rendered into the `privacy.html` page of the extension and of the web app at build time, so that
// what people read in the product is the document the data-protection officer reviewed.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import MarkdownIt from 'markdown-it';
import type { Plugin } from 'vite';

export const NOTICE_FILES = {
  de: 'docs/de/datenschutz/datenschutzhinweise.md',
  en: 'docs/en/data-protection/privacy-notice.md',
} as const;

const PLACEHOLDER = '<!-- privacy-notice -->';
const NAMES = { de: 'Deutsch', en: 'English' } as const;

/** Both languages as HTML: each a section in its language, its headings one level down under the page's own. */
export function renderNotice(): string {
  // No raw HTML from the documents: only what Markdown itself makes.
  const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
  const languages = Object.keys(NOTICE_FILES) as (keyof typeof NOTICE_FILES)[];
  const nav = `<nav aria-label="Sprache / Language"><ul class="notice-page__languages">${languages
    .map((language) => `<li><a href="#notice-${language}" lang="${language}">${NAMES[language]}</a></li>`)
    .join('')}</ul></nav>`;
  const sections = languages.map((language) => {
    const tokens = markdown.parse(readFileSync(resolve(NOTICE_FILES[language]), 'utf8'), {});
    for (const token of tokens) {
      if (token.type === 'heading_open' || token.type === 'heading_close') token.tag = `h${Number(token.tag[1]) + 1}`;
    }
    const html = markdown.renderer.render(tokens, markdown.options, {});
    return `<section id="notice-${language}" lang="${language}">${html}</section>`;
  });
  return `<h1>Datenschutzhinweise <span lang="en">· Privacy notice</span></h1>${nav}${sections.join('')}`;
}

/** Fills the placeholder in `privacy.html` with the notice. */
export function privacyNotice(): Plugin {
  return {
    name: 'privacy-notice',
    transformIndexHtml(html) {
      return html.includes(PLACEHOLDER) ? html.replace(PLACEHOLDER, renderNotice()) : html;
    },
  };
}
