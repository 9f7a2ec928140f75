import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/**
 * Catalog text is written by specialists in a small markdown: paragraphs, emphasis, lists and
 * links. It is turned into HTML by marked and then cleaned by DOMPurify with an allow-list, so
 * stored HTML such as `<img onerror>` or a `javascript:` link renders as inert text or not at
 * all. The CMS preview and the patient app both render through here, so they show the same.
 */
const ALLOWED_TAGS = ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'code', 'blockquote'];
const ALLOWED_ATTR = ['href'];
const SAFE_LINK = /^(?:https:|mailto:|tel:)/i;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// HTML typed into catalog text is shown as the characters it is, never parsed: DOMPurify then
// never meets an element with a handler (parsing one would already count as a CSP violation).
const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: { html: ({ text }) => escapeHtml(text) },
});
let hooksInstalled = false;

function installHooks(): void {
  if (hooksInstalled) return;
  hooksInstalled = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName !== 'A') return;
    const href = node.getAttribute('href') ?? '';
    if (!SAFE_LINK.test(href)) {
      node.removeAttribute('href');
      return;
    }
    // Links open in a new tab without giving that page a handle on this one.
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  });
}

const sanitize = (html: string) => DOMPurify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false });

/** Markdown to sanitised HTML. Only https:, mailto: and tel: links keep their address. */
export function renderMarkdown(source: string): string {
  installHooks();
  return sanitize(marked.parse(source) as string);
}

/** Markdown rendered inline (no wrapping paragraph), for one-line texts such as a list item. */
export function renderInlineMarkdown(source: string): string {
  installHooks();
  return sanitize(marked.parseInline(source) as string);
}
