// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown, renderMarkdown } from './render-markdown.ts';

describe('renderMarkdown', () => {
  it('renders paragraphs, emphasis, lists and https links', () => {
    const html = renderMarkdown('Some **strong** and *soft* words.\n\n- one\n- two\n\n[NICE](https://www.nice.org.uk)');
    expect(html).toContain('<strong>strong</strong>');
    expect(html).toContain('<em>soft</em>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://www.nice.org.uk" target="_blank" rel="noopener noreferrer">NICE</a>');
  });

  it('drops an <img onerror> payload and every event handler', () => {
    const html = renderMarkdown('Hello <img src=x onerror="alert(1)"> <b onclick="alert(2)">there</b>');
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[a-z]+[^>]*\son(error|click)=/i);
    // Shown as the words that were typed, escaped, so a reader can see and fix it in the CMS.
    expect(html).toContain('&lt;img src=x onerror="alert(1)"&gt;');
  });

  it('removes the address of a javascript: or data: link but keeps its words', () => {
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const html = renderMarkdown(`[click me](${href})`);
      expect(html, href).not.toMatch(/href=/i);
      expect(html, href).toContain('click me');
    }
  });

  it('never lets a <script> or <iframe> through', () => {
    const html = renderMarkdown('<script>alert(1)</script><iframe src="https://evil.example"></iframe>text');
    expect(html).not.toMatch(/<script|<iframe/i);
  });

  it('renders inline text without a wrapping paragraph', () => {
    expect(renderInlineMarkdown('plain **bold**')).toBe('plain <strong>bold</strong>');
  });
});
