// SPDX-FileCopyrightText: 2026 The Team Rituals authors
// SPDX-License-Identifier: EUPL-1.2
import type { ComponentChildren } from 'preact';
import { createPortal } from 'preact/compat';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../stores/use-t';

/** Document Picture-in-Picture (Chromium 116+, Firefox 151+): an always-on-top window this page can render into. */
interface DocumentPictureInPicture {
  requestWindow(options?: { width?: number; height?: number }): Promise<Window>;
}

/** How this browser floats a view: above every other window, or only as a small window of its own. */
export type FloatingKind = 'on-top' | 'window';

export const floatingKind = (): FloatingKind => ('documentPictureInPicture' in window ? 'on-top' : 'window');

export interface Floating {
  kind: FloatingKind;
  /** The open window's root, to render into; null while none is open. */
  root: HTMLElement | null;
  /** Opens the window (or brings it forward); false if the browser refused it. */
  open: () => Promise<boolean>;
}

const SIZE = { width: 360, height: 300 };

/**
 * A small window beside the video call that shows part of this page, rendered from this page's
 * own state (so it stays in sync with nothing more to connect): Document Picture-in-Picture where
 * the browser has it, else a popup window (not on top). It closes with this page or when the view
 * that opened it goes away, for example when the stand-up ends.
 */
export function useFloatingWindow(title: string): Floating {
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const windowRef = useRef<Window | null>(null);
  const kind = floatingKind();
  // The language the page shows (which may lag a moment behind a switch while its texts load).
  const { locale } = useT();

  // The window speaks the page's language, also after the person switches it.
  useEffect(() => {
    if (root) label(root, locale, title);
  }, [root, locale, title]);

  const open = async () => {
    if (windowRef.current && !windowRef.current.closed) {
      windowRef.current.focus();
      return true;
    }
    let opened: Window | null = null;
    try {
      opened =
        kind === 'on-top'
          ? await (
              window as unknown as { documentPictureInPicture: DocumentPictureInPicture }
            ).documentPictureInPicture.requestWindow(SIZE)
          : window.open('', 'team-rituals-floating', `popup,width=${SIZE.width},height=${SIZE.height}`);
    } catch {
      opened = null;
    }
    if (!opened) return false;
    windowRef.current = opened;
    setRoot(prepare(opened));
    opened.addEventListener('pagehide', () => {
      if (windowRef.current === opened) {
        windowRef.current = null;
        setRoot(null);
      }
    });
    return true;
  };

  useEffect(() => {
    const closeWithPage = () => windowRef.current?.close();
    window.addEventListener('pagehide', closeWithPage);
    return () => {
      window.removeEventListener('pagehide', closeWithPage);
      closeWithPage();
    };
  }, []);

  return { kind, root, open };
}

/** Gives the window its language and title, and its main landmark the same name. */
function label(root: HTMLElement, locale: string, title: string) {
  root.ownerDocument.documentElement.lang = locale;
  root.ownerDocument.title = title;
  root.setAttribute('aria-label', title);
}

/** Gives the new window this page's styles and a main landmark to render into. */
function prepare(target: Window): HTMLElement {
  const doc = target.document;
  doc.head.replaceChildren(
    ...[...document.querySelectorAll<HTMLElement>('link[rel="stylesheet"], style')].map((node) => {
      const copy = node.cloneNode(true) as HTMLElement;
      // The popup's blank document resolves relative addresses against nothing useful.
      if (copy instanceof HTMLLinkElement) copy.href = (node as HTMLLinkElement).href;
      return copy;
    }),
  );
  const main = doc.createElement('main');
  main.className = 'floating';
  doc.body.replaceChildren(main);
  return main;
}

/**
 * Renders `children` into the floating window while it is open, followed, where the window does not
 * stay on top, by a note that says so.
 */
export function FloatingPortal({ floating, children }: { floating: Floating; children: ComponentChildren }) {
  const t = useT();
  if (!floating.root) return null;
  return createPortal(
    <>
      {children}
      {floating.kind === 'window' && <p class="muted floating__hint">{t('floating.notOnTop')}</p>}
    </>,
    floating.root,
  );
}

/**
 * The button that floats a view, with what the window will be in this browser and a clear message
 * when the browser blocks it.
 */
export function FloatButton({ floating, label }: { floating: Floating; label: string }) {
  const t = useT();
  const [refused, setRefused] = useState(false);
  const hint = floating.kind === 'window' ? t('floating.notOnTop') : null;
  return (
    <div class="float-control">
      <button
        type="button"
        class="button button--small"
        aria-describedby={hint ? 'float-hint' : undefined}
        onClick={() => void floating.open().then((opened) => setRefused(!opened))}
      >
        {label}
      </button>
      {hint && (
        <p id="float-hint" class="muted float-control__hint">
          {hint}
        </p>
      )}
      {refused && (
        <p class="field-error" role="alert">
          {t('floating.blocked')}
        </p>
      )}
    </div>
  );
}
