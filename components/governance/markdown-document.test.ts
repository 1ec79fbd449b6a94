import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkdownDocument } from './markdown-document';

const render = (text: string) => renderToStaticMarkup(createElement(MarkdownDocument, { text }));

describe('MarkdownDocument', () => {
  it('renders headings, lists, tables and links of a proposal document', () => {
    const html = render('# Raise the cap\n\n## Proposal\n- keep the minimum\n- raise the maximum\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n[forum](https://forum.example/t/1)');
    expect(html).toContain('<h3 class="mt-4 text-lg font-semibold first:mt-0">Raise the cap</h3>');
    expect(html).toMatch(/<ul[^>]*>\s*<li>keep the minimum<\/li>\s*<li>raise the maximum<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<td[^>]*>1<\/td><td[^>]*>2<\/td>/);
    expect(html).toContain('href="https://forum.example/t/1" target="_blank" rel="noreferrer nofollow"');
  });

  it('shows raw HTML as text and renders no script, handler or javascript: link', () => {
    const html = render('<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3))');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
  });
});
